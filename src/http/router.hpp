// Maps (method, path) to a handler. Patterns are literal segments and {name} parameters:
// "/api/v1/users/{id}". Pure: no sockets, tested on its own.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mitra::http {

using PathParams = std::map<std::string, std::string, std::less<>>;

template <class Handler>
class Router {
 public:
  struct Match {
    enum class Kind { found, not_found, method_not_allowed } kind = Kind::not_found;
    const Handler* handler = nullptr;
    std::string pattern;  // the route, for logs and metrics (never the raw path)
    PathParams params;
    std::string allow;  // for method_not_allowed: "GET, POST"
  };

  void add(std::string method, std::string pattern, Handler handler) {
    routes_.push_back(Route{std::move(method), pattern, split(pattern), std::move(handler)});
  }

  Match match(std::string_view method, std::string_view path) const {
    Match m;
    const auto segments = split(path);
    for (const auto& route : routes_) {
      PathParams params;
      if (!matches(route.segments, segments, params)) continue;
      if (route.method == method || (method == "HEAD" && route.method == "GET")) {
        m.kind = Match::Kind::found;
        m.handler = &route.handler;
        m.pattern = route.pattern;
        m.params = std::move(params);
        return m;
      }
      if (m.allow.find(route.method) == std::string::npos) {
        if (!m.allow.empty()) m.allow += ", ";
        m.allow += route.method;
      }
      m.pattern = route.pattern;
    }
    if (!m.allow.empty()) m.kind = Match::Kind::method_not_allowed;
    return m;
  }

 private:
  struct Route {
    std::string method;
    std::string pattern;
    std::vector<std::string> segments;
    Handler handler;
  };

  static std::vector<std::string> split(std::string_view path) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < path.size()) {
      if (path[start] == '/') {
        ++start;
        continue;
      }
      auto end = path.find('/', start);
      if (end == std::string_view::npos) end = path.size();
      out.emplace_back(path.substr(start, end - start));
      start = end;
    }
    return out;
  }

  static bool matches(const std::vector<std::string>& pattern, const std::vector<std::string>& path,
                      PathParams& params) {
    if (pattern.size() != path.size()) return false;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
      const auto& p = pattern[i];
      if (p.size() > 2 && p.front() == '{' && p.back() == '}') {
        params.emplace(p.substr(1, p.size() - 2), path[i]);
      } else if (p != path[i]) {
        return false;
      }
    }
    return true;
  }

  std::vector<Route> routes_;
};

}  // namespace mitra::http
