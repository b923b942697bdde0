#include "domain/photo.hpp"

namespace mitra {

std::optional<std::string> image_type(std::string_view b) {
  using namespace std::string_view_literals;
  if (b.size() >= 3 && b.substr(0, 3) == "\xFF\xD8\xFF"sv) return "image/jpeg";
  if (b.size() >= 8 && b.substr(0, 8) == "\x89PNG\r\n\x1A\n"sv) return "image/png";
  if (b.size() >= 12 && b.substr(0, 4) == "RIFF"sv && b.substr(8, 4) == "WEBP"sv) return "image/webp";
  return std::nullopt;
}

}  // namespace mitra
