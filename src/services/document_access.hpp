// Who may read and attach documents, per kind of owner. One generic mechanism: each feature
// whose records carry documents (organisations, registrations, agreements, LPJ reports, request
// letters...) registers a rule for its owner type; the document service asks it first.
#pragma once
#include <functional>
#include <optional>
#include <string>

#include "services/context.hpp"
#include "store/database.hpp"

namespace mitra::services {

struct DocumentAccess {
  bool visible = false;    // the owner exists and the actor may know it (otherwise: 404)
  bool may_read = false;   // may list and download its documents (otherwise: 403)
  bool may_write = false;  // may upload and delete them (otherwise: 403)
};

// Runs inside the document service's unit of work.
using DocumentAccessRule =
    std::function<DocumentAccess(store::UnitOfWork& unit, const Context& ctx, const Actor& actor, const std::string& owner_id)>;

// Adds or replaces the rule of an owner type ("organization", "registration", "agreement", "lpj",
// "assistance_request"...). Thread-safe; normally called once at start-up.
void register_document_owner(const std::string& owner_type, DocumentAccessRule rule);
// The actor's access to one owner's documents; nullopt when the owner type is unknown.
std::optional<DocumentAccess> document_access(store::UnitOfWork& unit, const Context& ctx, const Actor& actor,
                                              const std::string& owner_type, const std::string& owner_id);

}  // namespace mitra::services
