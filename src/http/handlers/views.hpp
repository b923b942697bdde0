// JSON shapes of the domain types, as docs/api.md describes them.
#pragma once
#include <boost/json.hpp>
#include <vector>

#include "domain/audit.hpp"
#include "domain/identity.hpp"
#include "services/directory_service.hpp"

namespace mitra::http {

boost::json::object to_json(const Organization& o);
boost::json::object to_json(const User& u, const Organization& org);
boost::json::object to_json(const store::Region& r);
boost::json::object to_json(const AuditEntry& e);

template <class T, class F>
boost::json::object page_json(const services::Page<T>& page, F&& item) {
  boost::json::array items;
  for (const auto& x : page.items) items.emplace_back(item(x));
  return {{"items", std::move(items)},
          {"next_cursor", page.next_cursor.empty() ? boost::json::value(nullptr) : boost::json::value(page.next_cursor)}};
}

}  // namespace mitra::http
