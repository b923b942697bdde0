#include "store/document_repository.hpp"

#include <soci/soci.h>

#include "store/query.hpp"

namespace mitra::store {
namespace {

using soci::into;
using soci::use;

constexpr const char* kDocumentColumns =
    "SELECT d.id, d.owner_type, d.owner_id, d.kind, d.title, d.file_name, d.content_type, d.bytes, d.sha256, "
    "d.uploaded_by, d.uploaded_at, d.deleted_at, COALESCE(a.display_name, '') FROM document d "
    "LEFT JOIN app_user a ON a.id = d.uploaded_by ";

struct DocumentRow {
  DocumentRecord d;
  int bytes = 0;
  void bind(soci::statement& st) {
    for (auto* s : {&d.id, &d.owner_type, &d.owner_id, &d.kind, &d.title, &d.file_name, &d.content_type})
      st.exchange(into(*s));
    st.exchange(into(bytes));
    for (auto* s : {&d.sha256, &d.uploaded_by, &d.uploaded_at, &d.deleted_at, &d.uploaded_by_name})
      st.exchange(into(*s));
  }
  DocumentRecord take() const {
    DocumentRecord out = d;
    out.bytes = bytes;
    return out;
  }
};

}  // namespace

std::optional<DocumentRecord> find_document(UnitOfWork& u, const std::string& id) {
  return select_one<DocumentRow>(u, kDocumentColumns, "WHERE d.id = :k", id);
}

std::vector<DocumentRecord> list_documents(UnitOfWork& u, const std::string& owner_type, const std::string& owner_id) {
  std::vector<DocumentRecord> out;
  DocumentRow row;
  soci::statement st(u.sql());
  row.bind(st);
  std::string type = owner_type, owner = owner_id;
  st.exchange(use(type, "type"));
  st.exchange(use(owner, "owner"));
  st.alloc();
  st.prepare(std::string(kDocumentColumns) +
             "WHERE d.owner_type = :type AND d.owner_id = :owner AND d.deleted_at = '' ORDER BY d.uploaded_at, d.id");
  st.define_and_bind();
  st.execute();
  while (st.fetch()) out.push_back(row.take());
  return out;
}

void insert_document(UnitOfWork& u, const DocumentRecord& d) {
  int bytes = static_cast<int>(d.bytes);
  u.sql() << "INSERT INTO document (id, owner_type, owner_id, kind, title, file_name, content_type, bytes, sha256, "
             "uploaded_by, uploaded_at) VALUES (:id, :type, :owner, :kind, :title, :file, :ct, :bytes, :sha, :by, :at)",
      use(d.id), use(d.owner_type), use(d.owner_id), use(d.kind), use(d.title), use(d.file_name), use(d.content_type),
      use(bytes), use(d.sha256), use(d.uploaded_by), use(d.uploaded_at);
}

void mark_document_deleted(UnitOfWork& u, const std::string& id, const std::string& at) {
  u.sql() << "UPDATE document SET deleted_at = :at WHERE id = :id", use(at), use(id);
}

}  // namespace mitra::store
