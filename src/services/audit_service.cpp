#include "services/audit_service.hpp"

#include "services/policy.hpp"

namespace mitra::services {

namespace {

void append(store::UnitOfWork& unit, const Context& ctx, const Origin& origin, const std::string& user_id,
            const std::string& organization_id, const AuditEvent& event) {
  AuditEntry e;
  e.at = format_time(ctx.clock.now());
  e.user_id = user_id;
  e.organization_id = organization_id;
  e.action = event.action;
  e.entity_type = event.entity_type;
  e.entity_id = event.entity_id;
  e.request_id = origin.request_id;
  e.client_address = origin.client_address;
  e.details = event.details;
  store::append_audit(unit, e);
}

}  // namespace

void write_audit(store::UnitOfWork& unit, const Context& ctx, const Actor& actor, const AuditEvent& event) {
  append(unit, ctx, {actor.request_id, actor.client_address}, actor.user.id, actor.organization.id, event);
}

void write_audit_anonymous(store::UnitOfWork& unit, const Context& ctx, const Origin& origin, const AuditEvent& event) {
  append(unit, ctx, origin, "", "", event);
}

Result<AuditPage> list_audit(const Context& ctx, const Actor& actor, store::AuditFilter filter) {
  if (!allowed(actor, Resource::audit_log, Action::list)) return forbidden("Hanya auditor yang dapat membaca log audit.");
  store::UnitOfWork unit(ctx.db, store::UnitOfWork::Mode::read);
  AuditPage page;
  page.items = store::list_audit(unit, filter);
  if (static_cast<int>(page.items.size()) > filter.limit) {
    page.items.pop_back();
    page.next_cursor = std::to_string(page.items.back().seq);
  }
  return page;
}

AuditVerification verify_audit(store::Database& db) {
  store::UnitOfWork unit(db, store::UnitOfWork::Mode::read);
  AuditVerification v;
  std::string prev;
  std::int64_t expected_seq = 1;
  store::scan_audit(unit, [&](const AuditEntry& e) {
    ++v.rows;
    auto fail = [&](std::int64_t seq, std::string reason) {
      v.intact = false;
      v.first_broken_seq = seq;
      v.reason = std::move(reason);
      return false;
    };
    if (e.seq != expected_seq) return fail(expected_seq, "row missing (deleted)");
    if (e.prev_hash != prev) return fail(e.seq, "previous-hash link does not match the row before");
    if (audit_hash(e) != e.hash) return fail(e.seq, "row content does not match its hash (edited)");
    prev = e.hash;
    ++expected_seq;
    return true;
  });
  if (v.intact) {
    std::int64_t head_seq = 0;
    std::string head_hash;
    store::audit_head(unit, head_seq, head_hash);
    if (head_seq != expected_seq - 1 || head_hash != prev) {
      v.intact = false;
      v.first_broken_seq = expected_seq;
      v.reason = head_seq > expected_seq - 1 ? "rows missing at the end of the log (deleted)"
                                             : "chain tip does not match the last row";
    }
  }
  return v;
}

}  // namespace mitra::services
