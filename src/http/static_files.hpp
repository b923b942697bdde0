// The built web app (web/dist), loaded into memory at start. Hashed assets are cached for a year,
// index.html never; a precompressed .gz twin is served to clients that accept gzip.
#pragma once
#include <map>
#include <optional>
#include <string>

#include "http/message.hpp"

namespace mitra::http {

class StaticFiles {
 public:
  // Loads every file under `dir`; a missing dir leaves the set empty (the API still works).
  explicit StaticFiles(const std::string& dir);
  bool empty() const { return files_.empty(); }
  std::size_t size() const { return files_.size(); }

  // Answers a GET/HEAD for `path` (already without query). Unknown paths without a file
  // extension get index.html, so client-side routes work on reload. nullopt: not found.
  std::optional<Response> serve(const std::string& path, bool accepts_gzip, bool head) const;

 private:
  struct File {
    std::string body;
    std::optional<std::string> gzip;
    std::string content_type;
    std::string cache_control;
  };
  Response make(const File& f, bool accepts_gzip, bool head) const;
  std::map<std::string, File, std::less<>> files_;
};

}  // namespace mitra::http
