// A person's photo: set, read and removed by the social workers and supervisors who may see the
// person; every read and change audited (sizes and types only).
#pragma once
#include <string>

#include "domain/result.hpp"
#include "services/context.hpp"

namespace mitra::services {

struct Photo {
  std::string content_type;
  std::string bytes;
  std::string sha256;  // hex
};

// `base64` is the image in standard base64. Errors: forbidden, not_found (person not visible),
// invalid_input (field `data`: not base64, too large, not a JPEG/PNG/WebP image).
Result<Photo> set_photo(const Context& ctx, const Actor& actor, const std::string& person_id, const std::string& base64);
// Errors: forbidden, not_found (person not visible, or no photo).
Result<Photo> get_photo(const Context& ctx, const Actor& actor, const std::string& person_id);
Status delete_photo(const Context& ctx, const Actor& actor, const std::string& person_id);

}  // namespace mitra::services
