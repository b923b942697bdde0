#include "services/document_access.hpp"

#include <map>
#include <mutex>

#include "services/partnership_service.hpp"
#include "services/policy.hpp"
#include "services/registration_service.hpp"
#include "store/assistance_request_repository.hpp"
#include "store/budget_repository.hpp"
#include "store/partnership_repository.hpp"

namespace mitra::services {
namespace {

struct Registry {
  std::mutex mutex;
  std::map<std::string, DocumentAccessRule> rules;
};

// Documents of a partnership and of what hangs on it (stage evidence, signed agreements, LPJ):
// whoever sees the partnership reads them, whoever edits it attaches them.
DocumentAccess partnership_access(store::UnitOfWork& unit, const Actor& actor, const std::string& partnership_id) {
  const auto p = store::find_partnership(unit, partnership_id);
  if (!p || !works_on_partnerships(actor)) return {};
  const auto scope = scope_of(*p);
  const bool sees = may_see_partnership(actor, scope);
  return {sees, sees, sees && may_edit_partnership(actor, scope)};
}

void register_partnership_document_owners() {
  register_document_owner("partnership", [](store::UnitOfWork& unit, const Context&, const Actor& actor,
                                            const std::string& id) { return partnership_access(unit, actor, id); });
  register_document_owner("agreement", [](store::UnitOfWork& unit, const Context&, const Actor& actor, const std::string& id) {
    const auto a = store::find_agreement(unit, id);
    return a ? partnership_access(unit, actor, a->partnership_id) : DocumentAccess{};
  });
  register_document_owner("lpj", [](store::UnitOfWork& unit, const Context&, const Actor& actor, const std::string& id) {
    const auto l = store::find_lpj(unit, id);
    return l ? partnership_access(unit, actor, l->partnership_id) : DocumentAccess{};
  });
  // A request letter and its reply: the two organisations of the request only.
  register_document_owner("assistance_request", [](store::UnitOfWork& unit, const Context&, const Actor& actor,
                                                   const std::string& id) {
    const auto r = store::find_request(unit, id);
    const bool party = r && (actor.organization.id == r->requester_id || actor.organization.id == r->responder_id) &&
                       !actor.has(Role::analyst) && !actor.has(Role::auditor);
    return DocumentAccess{party, party, party};
  });
}

// The owner types known from the start. Features add theirs here (one line each).
void register_builtin_owners() {
  register_registration_document_owners();  // organization, registration
  register_partnership_document_owners();   // partnership, agreement, lpj, assistance_request
}

Registry& registry() {
  static Registry r;
  return r;
}

void ensure_builtins() {
  static std::once_flag once;
  std::call_once(once, register_builtin_owners);
}

}  // namespace

void register_document_owner(const std::string& owner_type, DocumentAccessRule rule) {
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  r.rules[owner_type] = std::move(rule);
}

std::optional<DocumentAccess> document_access(store::UnitOfWork& unit, const Context& ctx, const Actor& actor,
                                              const std::string& owner_type, const std::string& owner_id) {
  ensure_builtins();
  DocumentAccessRule rule;
  {
    auto& r = registry();
    std::lock_guard lock(r.mutex);
    auto it = r.rules.find(owner_type);
    if (it == r.rules.end()) return std::nullopt;
    rule = it->second;
  }
  if (!actor.user.active) return DocumentAccess{};
  return rule(unit, ctx, actor, owner_id);
}

}  // namespace mitra::services
