#include "http/json_input.hpp"

#include <boost/url.hpp>
#include <charconv>

namespace mitra::http {

Result<boost::json::object> parse_object(const std::string& body) {
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(body, ec);
  if (ec)
    return Error{ErrorCode::invalid_json,
                 "Isi permintaan bukan JSON yang sah (periksa tanda kutip, koma, kurung, dan pengodean UTF-8).",
                 {}};
  if (!v.is_object()) return Error{ErrorCode::invalid_input, "Isi permintaan harus berupa objek JSON {...}.", {}};
  return std::move(v.as_object());
}

void Fields::fail(const char* key, std::string message) {
  if (!error_) error_ = invalid_input(key, std::move(message));
}

std::optional<std::string> Fields::text(const char* key, bool required, std::size_t max_bytes) {
  const auto* v = o_.if_contains(key);
  if (!v || v->is_null()) {
    if (required) fail(key, std::string("Kolom '") + key + "' wajib diisi.");
    return std::nullopt;
  }
  if (!v->is_string()) {
    fail(key, std::string("Kolom '") + key + "' harus berupa teks.");
    return std::nullopt;
  }
  std::string s(v->as_string());
  if (s.find('\0') != std::string::npos) {
    fail(key, std::string("Kolom '") + key + "' berisi karakter NUL yang tidak diizinkan.");
    return std::nullopt;
  }
  if (s.size() > max_bytes) {
    fail(key, std::string("Kolom '") + key + "' terlalu panjang.");
    return std::nullopt;
  }
  if (required && s.empty()) {
    fail(key, std::string("Kolom '") + key + "' wajib diisi.");
    return std::nullopt;
  }
  return s;
}

std::optional<bool> Fields::boolean(const char* key) {
  const auto* v = o_.if_contains(key);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_bool()) {
    fail(key, std::string("Kolom '") + key + "' harus bernilai true atau false.");
    return std::nullopt;
  }
  return v->as_bool();
}

std::optional<std::vector<std::string>> Fields::texts(const char* key) {
  const auto* v = o_.if_contains(key);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_array()) {
    fail(key, std::string("Kolom '") + key + "' harus berupa daftar.");
    return std::nullopt;
  }
  std::vector<std::string> out;
  for (const auto& item : v->as_array()) {
    if (!item.is_string()) {
      fail(key, std::string("Setiap isi kolom '") + key + "' harus berupa teks.");
      return std::nullopt;
    }
    if (item.as_string().find('\0') != boost::json::string::npos) {
      fail(key, std::string("Kolom '") + key + "' berisi karakter NUL yang tidak diizinkan.");
      return std::nullopt;
    }
    out.emplace_back(item.as_string());
  }
  return out;
}

std::optional<int> Fields::integer(const char* key) {
  const auto* v = o_.if_contains(key);
  if (!v || v->is_null()) return std::nullopt;
  if (v->is_int64() && v->as_int64() >= -(1 << 30) && v->as_int64() <= (1 << 30)) return static_cast<int>(v->as_int64());
  if (v->is_uint64() && v->as_uint64() <= (1u << 30)) return static_cast<int>(v->as_uint64());
  fail(key, std::string("Kolom '") + key + "' harus berupa bilangan bulat.");
  return std::nullopt;
}

std::optional<std::optional<std::string>> Fields::nullable_text(const char* key) {
  const auto* v = o_.if_contains(key);
  if (!v) return std::nullopt;
  if (v->is_null()) return std::optional<std::string>{};
  if (!v->is_string() || v->as_string().find('\0') != boost::json::string::npos) {
    fail(key, std::string("Kolom '") + key + "' harus berupa teks atau null.");
    return std::nullopt;
  }
  return std::optional<std::string>{std::string(v->as_string())};
}

bool is_clean_text(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0) return false;
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    if ((n == 2 && c < 0xC2) || (n == 3 && c == 0xE0 && static_cast<unsigned char>(s[i + 1]) < 0xA0) ||
        (n == 3 && c == 0xED && static_cast<unsigned char>(s[i + 1]) > 0x9F) ||
        (n == 4 && (c > 0xF4 || (c == 0xF0 && static_cast<unsigned char>(s[i + 1]) < 0x90) ||
                    (c == 0xF4 && static_cast<unsigned char>(s[i + 1]) > 0x8F))))
      return false;
    i += n;
  }
  return true;
}

std::optional<Error> check_query(const Query& q) {
  for (const auto& [key, value] : q)
    if (!is_clean_text(key) || !is_clean_text(value))
      return invalid_input(is_clean_text(key) ? key : "query",
                           "Parameter alamat berisi karakter yang tidak sah (bukan teks UTF-8).");
  return std::nullopt;
}

Query parse_query(std::string_view target) {
  Query q;
  auto parsed = boost::urls::parse_origin_form(target);
  if (!parsed) return q;
  for (const auto& p : parsed->params()) q[std::string(p.key)] = std::string(p.value);
  return q;
}

std::string query_value(const Query& q, std::string_view key) {
  auto it = q.find(key);
  return it == q.end() ? std::string() : it->second;
}

Result<store::Page> parse_page(const Query& q) {
  store::Page page;
  page.q = query_value(q, "q");
  if (page.q.size() > 200) return invalid_input("q", "Teks pencarian terlalu panjang (maksimal 200 karakter).");
  page.cursor = query_value(q, "cursor");
  const auto limit = query_value(q, "limit");
  if (!limit.empty()) {
    int n = 0;
    auto [ptr, ec] = std::from_chars(limit.data(), limit.data() + limit.size(), n);
    if (ec != std::errc() || ptr != limit.data() + limit.size() || n < 1 || n > 200)
      return invalid_input("limit", "Parameter limit harus bilangan bulat 1 sampai 200.");
    page.limit = n;
  }
  return page;
}

}  // namespace mitra::http
