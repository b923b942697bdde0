// Documents' records (the files themselves live on disk, see services/document_service.hpp).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace mitra::store {

struct DocumentRecord {
  std::string id, owner_type, owner_id, kind, title, file_name, content_type;
  long long bytes = 0;
  std::string sha256, uploaded_by, uploaded_at, deleted_at;
  std::string uploaded_by_name;  // filled by reads
};
// Deleted ones too (deleted_at set).
std::optional<DocumentRecord> find_document(UnitOfWork& u, const std::string& id);
// The owner's documents not deleted, oldest first.
std::vector<DocumentRecord> list_documents(UnitOfWork& u, const std::string& owner_type, const std::string& owner_id);
void insert_document(UnitOfWork& u, const DocumentRecord& d);
void mark_document_deleted(UnitOfWork& u, const std::string& id, const std::string& at);

}  // namespace mitra::store
