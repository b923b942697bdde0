#include "http/handlers/views.hpp"

#include "domain/region_time.hpp"
#include "domain/registration.hpp"

namespace mitra::http {

boost::json::value nullable(const std::string& s) {
  return s.empty() ? boost::json::value(nullptr) : boost::json::value(s);
}

boost::json::object list_body(boost::json::array items, const std::string& next_cursor) {
  return {{"items", std::move(items)}, {"next_cursor", nullable(next_cursor)}};
}

boost::json::object registration_json(const Organization& o) {
  // Judged on the organisation's local day, whoever shows it (lists, pickers, pages).
  const auto today = parse_day(local_date_in(std::chrono::system_clock::now(), o.region_code));
  const bool expired = today && registration_expired(o.registration_valid_until, *today);
  return {{"status", o.registration_status},
          {"number", nullable(o.registration_number)},
          {"valid_until", nullable(o.registration_valid_until)},
          {"expired", expired},
          {"renewal_open", today && renewal_open(o.registration_valid_until, *today)}};
}

boost::json::object to_json(const Organization& o) {
  return {{"id", o.id},
          {"code", o.code},
          {"name", o.name},
          {"type", to_string(o.type)},
          {"region_code", o.region_code},
          {"region_name", o.region_name},
          {"parent_id", o.parent_id ? boost::json::value(*o.parent_id) : boost::json::value(nullptr)},
          {"active", o.active},
          {"created_at", o.created_at},
          {"registration", registration_json(o)}};
}

boost::json::object to_json(const User& u, const Organization& org) {
  boost::json::array roles;
  for (Role r : u.roles) roles.emplace_back(to_string(r));
  return {{"id", u.id},
          {"username", u.username},
          {"display_name", u.display_name},
          {"organization", {{"id", org.id}, {"code", org.code}, {"name", org.name}, {"type", to_string(org.type)}}},
          {"roles", std::move(roles)},
          {"active", u.active},
          {"language", u.language},
          {"created_at", u.created_at}};
}

boost::json::object to_json(const store::Region& r) {
  return {{"code", r.code},
          {"name", r.name},
          {"level", r.level},
          {"parent_code", nullable(r.parent_code)}};
}

boost::json::object to_json(const AuditEntry& e) {
  boost::system::error_code ec;
  auto details = boost::json::parse(e.details, ec);
  if (ec) details = boost::json::object{};
  return {{"seq", e.seq},
          {"at", e.at},
          {"user_id", nullable(e.user_id)},
          {"username", nullable(e.username)},
          {"organization_id", nullable(e.organization_id)},
          {"action", e.action},
          {"entity_type", e.entity_type},
          {"entity_id", e.entity_id},
          {"request_id", e.request_id},
          {"client_address", e.client_address},
          {"details", std::move(details)},
          {"hash", e.hash}};
}

}  // namespace mitra::http
