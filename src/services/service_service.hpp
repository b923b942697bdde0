// Layanan ATENSI: the services a person receives within a case (education, therapy, documents,
// assistance...), by the case's organisation or another provider, with dates, status and outcome.
#pragma once
#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "domain/service.hpp"
#include "services/context.hpp"
#include "store/service_repository.hpp"

namespace mitra::services {

struct ServiceInput {
  std::string case_id, type;
  std::string provider_organization_id;  // "" -> the case's organisation
  std::string status = "planned";
  std::string starts_on;                 // "" -> today
  std::string ends_on, outcome;
  boost::json::object details;
};

struct ServiceView {
  store::ServiceRecord record;
  Organization provider;
};

// Errors: forbidden (not a social worker or supervisor), not_found (case not visible),
// invalid_input (type, details.<field>, dates, status, provider), conflict (case closed).
Result<ServiceView> add_service(const Context& ctx, const Actor& actor, const ServiceInput& in);
// A case's services, oldest first. Audited. Errors: forbidden, not_found.
Result<std::vector<ServiceView>> list_case_services(const Context& ctx, const Actor& actor, const std::string& case_id);

// What a PATCH may change; absent members stay as they are.
struct ServiceChange {
  std::optional<std::string> status, outcome, ends_on;
  std::optional<boost::json::object> details;  // replaces the whole object, validated per type
};
// Errors: forbidden, not_found, invalid_input, conflict (a status move the model does not allow).
Result<ServiceView> update_service(const Context& ctx, const Actor& actor, const std::string& id,
                                   const ServiceChange& change);

}  // namespace mitra::services
