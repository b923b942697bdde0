#include "services/document_access.hpp"

#include <map>
#include <mutex>

#include "services/registration_service.hpp"

namespace mitra::services {
namespace {

struct Registry {
  std::mutex mutex;
  std::map<std::string, DocumentAccessRule> rules;
};

// The owner types known from the start. Features add theirs here (one line each).
void register_builtin_owners() {
  register_registration_document_owners();  // organization, registration
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
