// What a document (dokumen) attached to an organisation, a registration, an agreement, an LPJ or
// a request letter may be: a PDF, JPEG or PNG file, recognised by its first bytes (never by what
// the client claims), of at most 10 MiB.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace mitra {

inline constexpr std::size_t kMaxDocumentBytes = 10 * 1024 * 1024;

// "application/pdf", "image/jpeg" or "image/png"; nullopt for anything else.
std::optional<std::string> document_type(std::string_view bytes);
// A file name safe to show and to send in Content-Disposition: path parts, control characters
// and quotes dropped, at most 120 bytes; "dokumen" when nothing is left.
std::string clean_file_name(std::string_view name);

}  // namespace mitra
