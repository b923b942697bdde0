// JSON shapes of the domain types, as docs/api.md describes them.
#pragma once
#include <boost/json.hpp>
#include <vector>

#include "domain/audit.hpp"
#include "domain/identity.hpp"
#include "services/directory_service.hpp"
#include "services/person_service.hpp"

namespace mitra::http {

boost::json::object to_json(const Organization& o);  // with its "registration" summary
// {status, number, valid_until, expired, renewal_open} of an organisation's LKS registration.
boost::json::object registration_json(const Organization& o);
boost::json::object to_json(const User& u, const Organization& org);
boost::json::object to_json(const store::Region& r);
boost::json::object to_json(const AuditEntry& e);

// Reads a person registration body (POST /api/v1/persons, a patrol's quick registration).
// Returns the error to answer, if any.
std::optional<Error> read_person(const boost::json::object& body, services::PersonInput& in);

// A person's whole record as GET /api/v1/persons/{id} answers it.
boost::json::object person_detail_json(const services::PersonView& v);

// null for an empty text, the text otherwise.
boost::json::value nullable(const std::string& s);

// The body of every list: {"items": [...], "next_cursor": "..." | null}.
boost::json::object list_body(boost::json::array items, const std::string& next_cursor);

// A list body from any page with `items` and `next_cursor`, mapping each item.
template <class Page, class F>
boost::json::object page_json(const Page& page, F&& item) {
  boost::json::array items;
  for (const auto& x : page.items) items.emplace_back(item(x));
  return list_body(std::move(items), page.next_cursor);
}

}  // namespace mitra::http
