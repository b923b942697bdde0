#include "services/need_service.hpp"

#include <boost/json.hpp>

#include "services/audit_service.hpp"
#include "services/partnership_service.hpp"
#include "store/region_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;

// Public reads of the needs board per client address: a page a few times a minute is plenty.
constexpr RateLimiter::Limit kPublicNeedsLimit{120, std::chrono::seconds(600)};

Error need_not_found() { return not_found("Kebutuhan tidak ditemukan."); }

std::string details(boost::json::object o) { return boost::json::serialize(o); }

// Who speaks for an organisation in a partnership: its managers, not its field workers.
bool manages(const Actor& a) {
  return a.user.active && (a.has(Role::supervisor) || a.has(Role::partner_manager) || a.has(Role::admin));
}

long long minutes_between(const std::string& from, const std::string& to) {
  TimePoint a{}, b{};
  if (!parse_time(from, a) || !parse_time(to, b)) return 0;
  return std::chrono::duration_cast<std::chrono::minutes>(b - a).count();
}

// The need with its fulfilment (and the pledges when `with_pledges`), as `actor` sees it.
NeedView view_of(store::UnitOfWork& unit, const Actor* actor, const store::NeedRecord& n, bool with_pledges) {
  NeedView v;
  v.record = n;
  v.publisher = store::find_organization(unit, n.publisher_id).value_or(Organization{});
  if (auto region = store::find_region(unit, n.region_code)) v.region_name = region->name;
  v.fulfilment.needed = n.quantity;
  for (const auto& p : store::pledges_of_need(unit, n.id)) {
    if (p.status == PledgeStatus::cancelled) {
      if (!with_pledges) continue;
    } else {
      ++v.pledge_count;
      v.fulfilment.promised += p.quantity;
      if (p.status == PledgeStatus::delivered) v.fulfilment.delivered += p.quantity;
      const auto minutes = minutes_between(n.published_at, p.pledged_at);
      if (v.first_response_minutes < 0 || minutes < v.first_response_minutes) v.first_response_minutes = minutes;
    }
    if (with_pledges)
      v.pledges.push_back({p, store::find_organization(unit, p.organization_id).value_or(Organization{}),
                           minutes_between(n.published_at, p.pledged_at)});
  }
  v.may_manage = actor && manages(*actor) && actor->organization.id == n.publisher_id;
  return v;
}

Error throttled(int wait) {
  Error e{ErrorCode::too_many_attempts,
          "Terlalu banyak permintaan dari alamat Anda. Coba lagi dalam " + std::to_string(wait) + " detik.",
          {}};
  e.retry_after_seconds = wait;
  return e;
}

template <class Record>
std::string trim_page(std::vector<Record>& records, int limit) {
  if (static_cast<int>(records.size()) <= limit) return {};
  records.pop_back();
  return records.back().id;
}

}  // namespace

Result<NeedView> publish_need(const Context& ctx, const Actor& actor, const NeedInput& in) {
  if (!manages(actor))
    return forbidden("Hanya supervisor, pengelola kemitraan, atau admin yang dapat mempublikasikan kebutuhan.");
  if (auto s = check_need({in.title, in.description, in.item, in.unit, in.needed_by, in.pmks_category, in.quantity}); !s)
    return s.error();
  store::UnitOfWork unit(ctx.db, Mode::write);
  std::string region = in.region_code.empty() ? actor.organization.region_code : in.region_code;
  if (!store::find_region(unit, region))
    return invalid_input("region_code", "Kode wilayah tidak dikenal (contoh: 31.75 untuk Kota Jakarta Timur).");
  if (auto s = check_partnership_link(unit, actor, in.partnership_id); !s) return s.error();
  const std::string now = format_time(ctx.clock.now());
  store::NeedRecord n;
  n.id = ctx.ids.next();
  n.publisher_id = actor.organization.id;
  n.region_code = region;
  n.title = in.title;
  n.description = in.description;
  n.item = in.item;
  n.quantity = in.quantity;
  n.unit = in.unit;
  n.pmks_category = in.pmks_category;
  n.needed_by = in.needed_by;
  n.is_public = in.is_public;
  n.partnership_id = in.partnership_id;
  n.status = NeedStatus::open;
  n.published_at = n.updated_at = now;
  n.published_by = actor.user.id;
  store::insert_need(unit, n);
  write_audit(unit, ctx, actor,
              {"need.publish", "need", n.id,
               details({{"quantity", n.quantity}, {"region_code", n.region_code}, {"public", n.is_public}})});
  auto view = view_of(unit, &actor, n, true);
  unit.commit();
  return view;
}

Result<NeedView> get_need(const Context& ctx, const Actor& actor, const std::string& id) {
  if (!actor.user.active) return forbidden();
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto n = store::find_need(unit, id);
  if (!n) return need_not_found();
  return view_of(unit, &actor, *n, true);
}

Result<NeedPage> list_needs(const Context& ctx, const Actor& actor, store::NeedFilter filter) {
  if (!actor.user.active) return forbidden();
  if (!filter.status.empty() && !parse_need_status(filter.status))
    return invalid_input("status", "Status harus open, fulfilled, atau closed.");
  filter.public_only = false;
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto records = store::list_needs(unit, filter);
  NeedPage page;
  page.next_cursor = trim_page(records, filter.limit);
  for (const auto& n : records) page.items.push_back(view_of(unit, &actor, n, false));
  return page;
}

Result<NeedPage> list_public_needs(const Context& ctx, RateLimiter& limiter, const Origin& origin,
                                   store::NeedFilter filter) {
  if (const int wait = limiter.acquire("needs-public:" + origin.client_address, kPublicNeedsLimit); wait > 0)
    return throttled(wait);
  if (!filter.status.empty() && !parse_need_status(filter.status))
    return invalid_input("status", "Status harus open, fulfilled, atau closed.");
  filter.public_only = true;
  filter.publisher_id.clear();
  filter.partnership_id.clear();  // the public page does not name partnerships
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto records = store::list_needs(unit, filter);
  NeedPage page;
  page.next_cursor = trim_page(records, filter.limit);
  for (const auto& n : records) page.items.push_back(view_of(unit, nullptr, n, false));
  return page;
}

Result<NeedView> close_need(const Context& ctx, const Actor& actor, const std::string& id, const std::string& reason) {
  if (reason.empty()) return invalid_input("reason", "Tuliskan alasan kebutuhan ditutup.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto n = store::find_need(unit, id);
  if (!n) return need_not_found();
  if (!manages(actor) || actor.organization.id != n->publisher_id)
    return forbidden("Hanya lembaga yang mempublikasikan kebutuhan ini yang dapat menutupnya.");
  if (n->status != NeedStatus::open) return conflict("status", "Kebutuhan ini sudah terpenuhi atau ditutup.");
  n->status = NeedStatus::closed;
  n->closed_at = n->updated_at = format_time(ctx.clock.now());
  n->close_reason = reason;
  store::update_need_status(unit, *n);
  write_audit(unit, ctx, actor, {"need.close", "need", n->id, "{}"});
  auto view = view_of(unit, &actor, *n, true);
  unit.commit();
  return view;
}

Result<NeedView> pledge(const Context& ctx, const Actor& actor, const std::string& need_id, int quantity,
                        const std::string& note) {
  if (!manages(actor))
    return forbidden("Hanya supervisor, pengelola kemitraan, atau admin yang dapat menjanjikan bantuan.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  store::lock_need(unit, need_id);  // pledges to one need are counted one after the other
  auto n = store::find_need(unit, need_id);
  if (!n) return need_not_found();
  if (actor.organization.id == n->publisher_id)
    return forbidden("Lembaga yang mempublikasikan kebutuhan tidak dapat menjanjikan bantuan untuknya.");
  const auto before = view_of(unit, &actor, *n, false);
  if (auto s = check_pledge(n->status, before.fulfilment, quantity); !s) return s.error();
  const std::string now = format_time(ctx.clock.now());
  store::PledgeRecord p;
  p.id = ctx.ids.next();
  p.need_id = n->id;
  p.organization_id = actor.organization.id;
  p.quantity = quantity;
  p.status = PledgeStatus::pledged;
  p.note = note;
  p.pledged_at = p.updated_at = now;
  p.pledged_by = p.updated_by = actor.user.id;
  store::insert_pledge(unit, p);
  write_audit(unit, ctx, actor,
              {"pledge.create", "pledge", p.id,
               details({{"need_id", n->id}, {"quantity", quantity},
                        {"minutes_after_publication", minutes_between(n->published_at, now)}})});
  auto view = view_of(unit, &actor, *n, true);
  unit.commit();
  return view;
}

Result<NeedView> set_pledge_status(const Context& ctx, const Actor& actor, const std::string& pledge_id,
                                   const std::string& status) {
  const auto to = parse_pledge_status(status);
  if (!to || *to == PledgeStatus::pledged)
    return invalid_input("status", "Status harus delivered (diterima) atau cancelled (dibatalkan).");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto p = store::find_pledge(unit, pledge_id);
  if (!p) return not_found("Janji bantuan tidak ditemukan.");
  store::lock_need(unit, p->need_id);
  auto n = store::find_need(unit, p->need_id);
  if (!n) return need_not_found();
  const bool publisher = manages(actor) && actor.organization.id == n->publisher_id;
  const bool pledger = manages(actor) && actor.organization.id == p->organization_id;
  if (*to == PledgeStatus::delivered && !publisher)
    return forbidden("Hanya lembaga yang mempublikasikan kebutuhan yang mencatat bantuan diterima.");
  if (*to == PledgeStatus::cancelled && !publisher && !pledger)
    return forbidden("Hanya lembaga yang berjanji atau yang mempublikasikan kebutuhan yang dapat membatalkan.");
  if (auto s = check_pledge_transition(p->status, *to); !s) return s.error();
  const std::string now = format_time(ctx.clock.now());
  p->status = *to;
  (*to == PledgeStatus::delivered ? p->delivered_at : p->cancelled_at) = now;
  p->updated_by = actor.user.id;
  p->updated_at = now;
  store::update_pledge(unit, *p);
  write_audit(unit, ctx, actor,
              {"pledge.update", "pledge", p->id, details({{"need_id", n->id}, {"status", status}})});
  auto view = view_of(unit, &actor, *n, true);
  if (n->status == NeedStatus::open && view.fulfilment.met()) {
    n->status = NeedStatus::fulfilled;
    n->closed_at = n->updated_at = now;
    store::update_need_status(unit, *n);
    write_audit(unit, ctx, actor, {"need.fulfil", "need", n->id, details({{"delivered", view.fulfilment.delivered}})});
    view.record = *n;
  }
  unit.commit();
  return view;
}

Result<PledgePage> list_own_pledges(const Context& ctx, const Actor& actor, const store::Page& page) {
  if (!actor.user.active) return forbidden();
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto records = store::pledges_of_organization(unit, actor.organization.id, page.cursor, page.limit);
  PledgePage out;
  out.next_cursor = trim_page(records, page.limit);
  for (const auto& p : records) {
    auto n = store::find_need(unit, p.need_id).value_or(store::NeedRecord{});
    out.items.push_back({{p, actor.organization, minutes_between(n.published_at, p.pledged_at)}, n.title});
  }
  return out;
}

}  // namespace mitra::services
