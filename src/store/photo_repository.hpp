// A person's photo.
#pragma once
#include <optional>
#include <string>

#include "store/database.hpp"

namespace mitra::store {

struct PhotoRecord {
  std::string person_id, content_type, data_base64, sha256, uploaded_by, uploaded_at;
  long long bytes = 0;
};

// Inserts or replaces the person's photo.
void save_photo(UnitOfWork& u, const PhotoRecord& p);
std::optional<PhotoRecord> find_photo(UnitOfWork& u, const std::string& person_id);
// False when there was none.
bool delete_photo(UnitOfWork& u, const std::string& person_id);

}  // namespace mitra::store
