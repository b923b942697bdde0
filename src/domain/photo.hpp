// What a person's photo may be: a JPEG, PNG or WebP image, recognised by its first bytes (never
// by what the client claims), of at most 512 KiB.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace mitra {

inline constexpr std::size_t kMaxPhotoBytes = 512 * 1024;

// "image/jpeg", "image/png" or "image/webp"; nullopt for anything else.
std::optional<std::string> image_type(std::string_view bytes);

}  // namespace mitra
