#include "store/photo_repository.hpp"

#include <soci/soci.h>

namespace mitra::store {

using soci::into;
using soci::use;

void save_photo(UnitOfWork& u, const PhotoRecord& p) {
  delete_photo(u, p.person_id);
  u.sql() << "INSERT INTO person_photo (person_id, content_type, data, sha256, bytes, uploaded_by, uploaded_at) "
             "VALUES (:p, :t, :d, :h, :b, :u, :at)",
      use(p.person_id), use(p.content_type), use(p.data_base64), use(p.sha256), use(p.bytes), use(p.uploaded_by),
      use(p.uploaded_at);
}

std::optional<PhotoRecord> find_photo(UnitOfWork& u, const std::string& person_id) {
  PhotoRecord p;
  soci::indicator ind = soci::i_ok;
  u.sql() << "SELECT person_id, content_type, data, sha256, bytes, uploaded_by, uploaded_at FROM person_photo "
             "WHERE person_id = :p",
      into(p.person_id, ind), into(p.content_type), into(p.data_base64), into(p.sha256), into(p.bytes),
      into(p.uploaded_by), into(p.uploaded_at), use(person_id);
  if (!u.sql().got_data()) return std::nullopt;
  return p;
}

bool delete_photo(UnitOfWork& u, const std::string& person_id) {
  soci::statement st = (u.sql().prepare << "DELETE FROM person_photo WHERE person_id = :p", use(person_id));
  st.execute(true);
  return st.get_affected_rows() > 0;
}

}  // namespace mitra::store
