#include "services/referral_service.hpp"

#include <boost/json.hpp>

#include "services/audit_service.hpp"
#include "services/case_service.hpp"
#include "services/person_service.hpp"
#include "services/policy.hpp"
#include "store/case_repository.hpp"
#include "store/identity_repository.hpp"
#include "store/person_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;
constexpr auto kReplyDeadline = std::chrono::hours(72);

ReferralView view_of(store::UnitOfWork& unit, const Context& ctx, const Actor& actor, const store::ReferralRecord& r) {
  ReferralView v;
  v.record = r;
  auto person = store::find_person(unit, r.person_id);
  v.person_name = person && can_see_person(unit, actor, *person) ? person->person.full_name : "";
  v.from = store::find_organization(unit, r.from_organization).value_or(Organization{});
  v.to = store::find_organization(unit, r.to_organization).value_or(Organization{});
  v.overdue = is_overdue(r.status, r.reply_due, format_time(ctx.clock.now()));
  return v;
}

bool party(const Actor& a, const store::ReferralRecord& r) {
  return a.organization.id == r.from_organization || a.organization.id == r.to_organization;
}

Error referral_not_found() { return not_found("Rujukan tidak ditemukan."); }

}  // namespace

Result<ReferralView> send_referral(const Context& ctx, const Actor& actor, const ReferralInput& in) {
  if (!serves_clients(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang dapat merujuk.");
  const auto kind = parse_referral_kind(in.kind);
  if (!kind) return invalid_input("kind", "Jenis harus referral (rujukan layanan) atau transfer (pindah kasus).");
  if (in.service.empty()) return invalid_input("service", "Tuliskan layanan yang diminta.");
  if (in.reason.find_first_not_of(" \t\n") == std::string::npos) return invalid_input("reason", "Tuliskan alasan rujukan.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto c = store::find_case(unit, in.case_id);
  if (!c || c->organization_id != actor.organization.id) return not_found("Kasus tidak ditemukan di lembaga Anda.");
  if (c->stage == Stage::closed) return conflict("case_id", "Kasus sudah selesai; buka kembali sebelum merujuk.");
  auto to = store::find_organization(unit, in.to_organization);
  if (!to || !to->active) return invalid_input("to_organization", "Lembaga tujuan tidak ditemukan atau tidak aktif.");
  if (to->id == actor.organization.id) return invalid_input("to_organization", "Tidak dapat merujuk ke lembaga sendiri.");
  if (store::has_open_referral(unit, c->id, to->id))
    return conflict("to_organization", "Kasus ini sudah dirujuk ke lembaga tersebut dan rujukannya masih berjalan.");
  // Sharing needs the person's (or guardian's) consent, or a supervisor's recorded override.
  bool consent = false;
  for (const auto& k : store::list_consents(unit, c->person_id)) consent = consent || k.withdrawn_on.empty();
  const bool override_given = in.override_reason.find_first_not_of(" \t\n") != std::string::npos;
  if (!consent && !(override_given && actor.has(Role::supervisor)))
    return conflict("consent", "Belum ada persetujuan penerima manfaat atau orang tua/wali untuk berbagi data. "
                               "Catat persetujuan dahulu, atau minta supervisor memberi alasan pengecualian.");
  const auto now = ctx.clock.now();
  store::ReferralRecord r;
  r.id = ctx.ids.next();
  r.case_id = c->id;
  r.person_id = c->person_id;
  r.from_organization = actor.organization.id;
  r.to_organization = to->id;
  r.kind = *kind;
  r.service = in.service;
  r.reason = in.reason;
  r.status = ReferralStatus::pending;
  r.consent_basis = consent ? "consent" : "supervisor_override";
  r.override_reason = consent ? "" : in.override_reason;
  r.reply_due = format_time(now + kReplyDeadline);
  r.created_by = actor.user.id;
  r.created_at = r.updated_at = format_time(now);
  store::insert_referral(unit, r);
  write_audit(unit, ctx, actor,
              {"referral.create", "referral", r.id,
               boost::json::serialize(boost::json::object{{"case_id", r.case_id},
                                                          {"to_organization", r.to_organization},
                                                          {"kind", to_string(r.kind)},
                                                          {"consent_basis", r.consent_basis}})});
  auto view = view_of(unit, ctx, actor, r);
  unit.commit();
  return view;
}

Result<ReferralView> get_referral(const Context& ctx, const Actor& actor, const std::string& id) {
  if (!serves_clients(actor)) return forbidden();
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto r = store::find_referral(unit, id);
  if (!r || !party(actor, *r)) return referral_not_found();
  auto view = view_of(unit, ctx, actor, *r);
  write_audit(unit, ctx, actor, {"referral.read", "referral", id, "{}"});
  unit.commit();
  return view;
}

Result<ReferralPage> list_referrals(const Context& ctx, const Actor& actor, store::ReferralFilter filter) {
  if (!serves_clients(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang melihat rujukan.");
  if (!filter.status.empty() && !parse_referral_status(filter.status))
    return invalid_input("status", "Status rujukan tidak dikenal.");
  filter.organization_id = actor.organization.id;
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto records = store::list_referrals(unit, filter);
  ReferralPage page;
  if (static_cast<int>(records.size()) > filter.limit) {
    records.pop_back();
    page.next_cursor = records.back().id;
  }
  for (const auto& r : records) page.items.push_back(view_of(unit, ctx, actor, r));
  write_audit(unit, ctx, actor,
              {"referral.search", "referral", "",
               boost::json::serialize(boost::json::object{{"results", page.items.size()}, {"inbox", filter.inbox}})});
  unit.commit();
  return page;
}

Result<InboxCounts> inbox_counts(const Context& ctx, const Actor& actor) {
  if (!serves_clients(actor)) return forbidden();
  store::UnitOfWork unit(ctx.db, Mode::read);
  InboxCounts c;
  store::count_inbox(unit, actor.organization.id, format_time(ctx.clock.now()), c.pending, c.overdue);
  return c;
}

Result<ReferralView> reply_referral(const Context& ctx, const Actor& actor, const std::string& id, bool accept,
                                    const std::string& reason) {
  if (!serves_clients(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang dapat menjawab rujukan.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto r = store::find_referral(unit, id);
  if (!r || !party(actor, *r)) return referral_not_found();
  if (actor.organization.id != r->to_organization) return forbidden("Hanya lembaga penerima yang menjawab rujukan.");
  auto status = reply(r->status, accept, reason);
  if (!status) return status.error();
  const std::string now = format_time(ctx.clock.now());
  r->status = *status;
  r->replied_at = r->updated_at = now;
  r->reply_reason = reason;
  if (accept && r->kind == ReferralKind::transfer) {
    // The case now belongs to the receiver; the referral has done its work.
    store::transfer_case(unit, r->case_id, r->to_organization, now);
    r->status = ReferralStatus::completed;
    r->ended_at = now;
  }
  store::update_referral(unit, *r);
  write_audit(unit, ctx, actor,
              {accept ? "referral.accept" : "referral.decline", "referral", id,
               boost::json::serialize(boost::json::object{{"status", to_string(r->status)}})});
  auto view = view_of(unit, ctx, actor, *r);
  unit.commit();
  return view;
}

Result<ReferralView> end_referral(const Context& ctx, const Actor& actor, const std::string& id,
                                  const std::string& reason) {
  if (!serves_clients(actor)) return forbidden();
  if (reason.find_first_not_of(" \t\n") == std::string::npos) return invalid_input("reason", "Tuliskan alasan.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto r = store::find_referral(unit, id);
  if (!r || !party(actor, *r)) return referral_not_found();
  auto status = end(r->status, actor.organization.id == r->from_organization);
  if (!status) return status.error();
  const std::string now = format_time(ctx.clock.now());
  r->status = *status;
  r->ended_at = r->updated_at = now;
  if (r->reply_reason.empty()) r->reply_reason = reason;
  store::update_referral(unit, *r);
  write_audit(unit, ctx, actor,
              {"referral.end", "referral", id, boost::json::serialize(boost::json::object{{"status", to_string(r->status)}})});
  auto view = view_of(unit, ctx, actor, *r);
  unit.commit();
  return view;
}

std::vector<NotificationItem> referral_notifications(const NotificationRequest& request) {
  std::vector<NotificationItem> out;
  if (!serves_clients(request.actor)) return out;
  store::ReferralFilter filter;
  filter.organization_id = request.actor.organization.id;
  filter.inbox = true;
  filter.status = "pending";
  filter.limit = 200;
  for (const auto& r : store::list_referrals(request.unit, filter)) {
    const bool overdue = is_overdue(r.status, r.reply_due, request.now);
    const auto from = store::find_organization(request.unit, r.from_organization).value_or(Organization{});
    NotificationItem item;
    item.key = "referral:" + r.id + (overdue ? ":overdue" : "");
    item.kind = overdue ? "referral_overdue" : "referral_waiting";
    item.title = overdue ? "Rujukan melewati batas waktu jawaban" : "Rujukan menunggu jawaban";
    item.detail = "Dari " + from.name + (r.service.empty() ? "" : " · layanan " + r.service);
    item.due = r.reply_due;
    item.link = "/rujukan";
    item.severity = overdue ? Severity::danger : Severity::warning;
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace mitra::services
