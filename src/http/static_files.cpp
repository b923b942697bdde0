#include "http/static_files.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace mitra::http {
namespace {

namespace fs = std::filesystem;

std::string content_type_for(const std::string& ext) {
  static const std::map<std::string, std::string> kTypes{
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},   {".json", "application/json; charset=utf-8"},
      {".svg", "image/svg+xml"},             {".png", "image/png"},
      {".ico", "image/x-icon"},              {".woff2", "font/woff2"},
      {".txt", "text/plain; charset=utf-8"}, {".webmanifest", "application/manifest+json"},
      {".jpg", "image/jpeg"},                {".map", "application/json"}};
  auto it = kTypes.find(ext);
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

StaticFiles::StaticFiles(const std::string& dir) {
  std::error_code ec;
  if (dir.empty() || !fs::is_directory(dir, ec)) return;
  for (const auto& entry : fs::recursive_directory_iterator(dir, ec)) {
    if (!entry.is_regular_file()) continue;
    const auto& p = entry.path();
    if (p.extension() == ".gz") continue;
    std::string rel = "/" + fs::relative(p, dir).generic_string();
    File f;
    f.body = read_file(p);
    if (fs::exists(p.string() + ".gz")) f.gzip = read_file(p.string() + ".gz");
    f.content_type = content_type_for(p.extension().string());
    if (rel.rfind("/assets/", 0) == 0)
      f.cache_control = "public, max-age=31536000, immutable";
    else if (p.extension() == ".html")
      f.cache_control = "no-cache";
    else
      f.cache_control = "public, max-age=3600";
    files_.emplace(std::move(rel), std::move(f));
  }
}

Response StaticFiles::make(const File& f, bool accepts_gzip, bool head) const {
  Response res{Status::ok, 11};
  res.set(beast_http::field::content_type, f.content_type);
  res.set(beast_http::field::cache_control, f.cache_control);
  res.set(beast_http::field::vary, "Accept-Encoding");
  const bool gz = accepts_gzip && f.gzip;
  if (gz) res.set(beast_http::field::content_encoding, "gzip");
  const std::string& body = gz ? *f.gzip : f.body;
  if (head) {
    res.content_length(body.size());
  } else {
    res.body() = body;
    res.prepare_payload();
  }
  return res;
}

std::optional<Response> StaticFiles::serve(const std::string& path, bool accepts_gzip, bool head) const {
  if (path.find("..") != std::string::npos) return std::nullopt;
  auto it = files_.find(path == "/" ? "/index.html" : path);
  if (it != files_.end()) return make(it->second, accepts_gzip, head);
  const auto last = path.substr(path.find_last_of('/') + 1);
  if (last.find('.') != std::string::npos) return std::nullopt;
  auto index = files_.find("/index.html");
  if (index == files_.end()) return std::nullopt;
  return make(index->second, accepts_gzip, head);
}

}  // namespace mitra::http
