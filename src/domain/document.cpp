#include "domain/document.hpp"

#include "domain/photo.hpp"

namespace mitra {

std::optional<std::string> document_type(std::string_view b) {
  using namespace std::string_view_literals;
  if (b.size() >= 5 && b.substr(0, 5) == "%PDF-"sv) return "application/pdf";
  auto image = image_type(b);
  if (image && (*image == "image/jpeg" || *image == "image/png")) return image;
  return std::nullopt;
}

std::string clean_file_name(std::string_view name) {
  const auto slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  std::string out;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F || c == '"' || c == ';') continue;
    out += c;
  }
  while (!out.empty() && (out.front() == '.' || out.front() == ' ')) out.erase(out.begin());
  if (out.size() > 120) {
    out.resize(120);
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();  // whole UTF-8 characters
    if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
  }
  return out.empty() ? "dokumen" : out;
}

}  // namespace mitra
