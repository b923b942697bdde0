#include "services/complaint_service.hpp"

#include <sodium.h>

#include <boost/json.hpp>

#include "services/audit_service.hpp"
#include "services/case_service.hpp"
#include "services/person_service.hpp"
#include "services/policy.hpp"
#include "store/identity_repository.hpp"
#include "store/person_repository.hpp"
#include "store/region_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;
constexpr std::size_t kMaxTeam = 100;
constexpr std::size_t kMaxNote = 2000;
constexpr std::size_t kMaxLinkedPersons = 50;

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

Error complaint_not_found() { return not_found("Pengaduan tidak ditemukan."); }

Error throttled(int wait, const char* what) {
  Error e{ErrorCode::too_many_attempts,
          std::string(what) + " dari alamat Anda. Coba lagi dalam " + std::to_string(wait) + " detik.",
          {}};
  e.retry_after_seconds = wait;
  return e;
}

bool in_supervised_region(const Actor& a, const store::ComplaintRecord& c) {
  const std::string region = supervised_region(a);
  return !region.empty() && (c.region_code == region || c.region_code.rfind(region + ".", 0) == 0);
}

// Handles it: triage, dispatch, reject (and resolve).
bool handles(const Actor& a, const store::ComplaintRecord& c) {
  return a.organization.id == c.organization_id || in_supervised_region(a, c);
}

bool sees(const Actor& a, const store::ComplaintRecord& c) {
  return handles(a, c) || (!c.dispatched_organization.empty() && a.organization.id == c.dispatched_organization);
}

ComplaintReceipt receipt_of(const store::ComplaintRecord& c) {
  return {c.ticket, c.status, c.created_at, c.updated_at, c.closed_at};
}

ComplaintView view_of(store::UnitOfWork& unit, const Actor& actor, const store::ComplaintRecord& c, bool with_persons) {
  ComplaintView v;
  v.record = c;
  v.handler = store::find_organization(unit, c.organization_id).value_or(Organization{});
  if (!c.dispatched_organization.empty())
    v.dispatched = store::find_organization(unit, c.dispatched_organization).value_or(Organization{});
  if (with_persons)
    for (const auto& id : store::complaint_persons(unit, c.id)) {
      auto p = store::find_person(unit, id);
      v.persons.push_back({id, p && can_see_person(unit, actor, *p) ? p->person.full_name : ""});
    }
  return v;
}

// Region code as reported: "" or a known Kemendagri code.
std::optional<Error> check_region(store::UnitOfWork& unit, const std::string& code) {
  if (code.empty()) return std::nullopt;
  if (code.size() > 13 || code.find_first_not_of("0123456789.") != std::string::npos || !store::find_region(unit, code))
    return invalid_input("region_code", "Kode wilayah tidak dikenal (contoh: 73.71 untuk Kota Makassar).");
  return std::nullopt;
}

// A ticket no other complaint has (40 random bits: a clash is rare, but checked).
std::string new_ticket(store::UnitOfWork& unit) {
  for (;;) {
    TicketBytes bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    auto ticket = make_ticket(bytes);
    if (!store::find_complaint_by_ticket(unit, ticket)) return ticket;
  }
}

store::ComplaintRecord new_record(const Context& ctx, store::UnitOfWork& unit, const ComplaintReport& r,
                                  const std::string& seen_at) {
  store::ComplaintRecord c;
  c.id = ctx.ids.next();
  c.ticket = new_ticket(unit);
  c.category = r.category;
  c.description = r.description;
  c.region_code = r.region_code;
  c.place = r.place;
  c.seen_at = seen_at;
  c.reporter_name = r.reporter_name;
  c.reporter_phone = r.reporter_phone;
  c.status = ComplaintStatus::new_;
  c.created_at = c.updated_at = format_time(ctx.clock.now());
  return c;
}

std::string details(boost::json::object o) { return boost::json::serialize(o); }

// Loads a complaint the actor may change; `by_team` also lets the dispatched organisation in.
Result<store::ComplaintRecord> load_for_change(store::UnitOfWork& unit, const Actor& actor, const std::string& id,
                                               bool by_team) {
  auto c = store::find_complaint(unit, id);
  if (!c || !sees(actor, *c)) return complaint_not_found();
  if (!handles(actor, *c) && !by_team)
    return forbidden("Hanya lembaga penanggung jawab pengaduan yang dapat memilah, menugaskan, atau menolaknya.");
  return *c;
}

}  // namespace

Result<ComplaintReceipt> submit_public_complaint(const Context& ctx, RateLimiter& limiter, const Origin& origin,
                                                 const ComplaintReport& report) {
  const auto seen_at = check_report(report, format_time(ctx.clock.now()));
  if (!seen_at) return seen_at.error();
  // Before any database work, so that a flood from one address never queues for the write lock.
  if (const int wait = limiter.acquire("complaint:" + origin.client_address, kPublicComplaintLimit); wait > 0)
    return throttled(wait, "Terlalu banyak pengaduan dikirim");
  store::UnitOfWork unit(ctx.db, Mode::write);
  if (auto bad = check_region(unit, report.region_code)) return *bad;
  auto handler = report.region_code.empty() ? std::nullopt : store::dinsos_for_region(unit, report.region_code);
  if (!handler) handler = store::any_dinsos(unit);
  if (!handler) return conflict("region_code", "Belum ada Dinas Sosial yang menerima pengaduan di sistem ini.");
  auto c = new_record(ctx, unit, report, seen_at.value());
  c.channel = "web";
  c.organization_id = *handler;
  if (c.region_code.empty())
    c.region_code = store::find_organization(unit, *handler).value_or(Organization{}).region_code;
  store::insert_complaint(unit, c);
  write_audit_anonymous(
      unit, ctx, origin,
      {"complaint.submit", "complaint", c.id,
       details({{"channel", c.channel}, {"category", c.category}, {"organization_id", c.organization_id}})});
  unit.commit();
  return receipt_of(c);
}

Result<ComplaintReceipt> public_complaint_status(const Context& ctx, RateLimiter& limiter, const Origin& origin,
                                                 const std::string& ticket) {
  const auto canonical = normalize_ticket(ticket);
  if (!canonical) return invalid_input("ticket", "Nomor tiket tidak sah (contoh: PGD-7K3F-9Q2M).");
  if (const int wait = limiter.acquire("complaint-lookup:" + origin.client_address, kPublicLookupLimit); wait > 0)
    return throttled(wait, "Terlalu banyak pengecekan tiket");
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto c = store::find_complaint_by_ticket(unit, *canonical);
  if (!c) return not_found("Nomor tiket tidak ditemukan. Periksa kembali penulisannya.");
  return receipt_of(*c);
}

std::vector<store::ServedArea> complaint_areas(const Context& ctx) {
  store::UnitOfWork unit(ctx.db, Mode::read);
  return store::served_areas(unit);
}

Result<ComplaintView> take_complaint(const Context& ctx, const Actor& actor, const std::string& channel,
                                     const ComplaintReport& report) {
  if (!serves_clients(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang dapat mencatat pengaduan.");
  if (!is_complaint_channel(channel))
    return invalid_input("channel", "Saluran harus web, phone, whatsapp, walk_in, atau sms.");
  const auto seen_at = check_report(report, format_time(ctx.clock.now()));
  if (!seen_at) return seen_at.error();
  store::UnitOfWork unit(ctx.db, Mode::write);
  if (auto bad = check_region(unit, report.region_code)) return *bad;
  auto c = new_record(ctx, unit, report, seen_at.value());
  c.channel = channel;
  c.organization_id = actor.organization.id;
  if (c.region_code.empty()) c.region_code = actor.organization.region_code;
  c.created_by = actor.user.id;
  store::insert_complaint(unit, c);
  write_audit(unit, ctx, actor,
              {"complaint.create", "complaint", c.id, details({{"channel", c.channel}, {"category", c.category}})});
  auto view = view_of(unit, actor, c, true);
  unit.commit();
  return view;
}

Result<ComplaintView> get_complaint(const Context& ctx, const Actor& actor, const std::string& id) {
  if (!serves_clients(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang melihat pengaduan.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto c = store::find_complaint(unit, id);
  if (!c || !sees(actor, *c)) return complaint_not_found();
  auto view = view_of(unit, actor, *c, true);
  write_audit(unit, ctx, actor, {"complaint.read", "complaint", id, "{}"});
  unit.commit();
  return view;
}

Result<ComplaintPage> list_complaints(const Context& ctx, const Actor& actor, store::ComplaintFilter filter) {
  if (!serves_clients(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang melihat pengaduan.");
  if (!filter.status.empty() && !parse_complaint_status(filter.status))
    return invalid_input("status", "Status pengaduan harus new, triaged, dispatched, resolved, atau rejected.");
  if (!filter.ticket.empty()) {
    auto t = normalize_ticket(filter.ticket);
    if (!t) return invalid_input("q", "Cari dengan nomor tiket (contoh: PGD-7K3F-9Q2M).");
    filter.ticket = *t;
  }
  filter.organization_id = actor.organization.id;
  filter.region = supervised_region(actor);
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto records = store::list_complaints(unit, filter);
  ComplaintPage page;
  if (static_cast<int>(records.size()) > filter.limit) {
    records.pop_back();
    page.next_cursor = records.back().id;
  }
  for (const auto& c : records) page.items.push_back(view_of(unit, actor, c, false));
  write_audit(
      unit, ctx, actor,
      {"complaint.search", "complaint", "", details({{"results", page.items.size()}, {"status", filter.status}})});
  unit.commit();
  return page;
}

Result<ComplaintView> triage_complaint(const Context& ctx, const Actor& actor, const std::string& id,
                                       const std::string& priority, const std::string& note) {
  if (!serves_clients(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang dapat memilah pengaduan.");
  if (!is_complaint_priority(priority))
    return invalid_input("priority", "Prioritas harus low, medium, high, atau urgent.");
  if (count_characters(note) > kMaxNote)
    return invalid_input("note", "Catatan terlalu panjang (maksimal 2000 karakter).");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto c = load_for_change(unit, actor, id, false);
  if (!c) return c.error();
  auto status = advance(c->status, ComplaintStep::triage);
  if (!status) return status.error();
  const std::string now = format_time(ctx.clock.now());
  c->status = *status;
  c->priority = priority;
  c->triage_note = note;
  c->triaged_at = c->updated_at = now;
  store::update_complaint(unit, *c);
  write_audit(
      unit, ctx, actor,
      {"complaint.triage", "complaint", id, details({{"status", to_string(c->status)}, {"priority", priority}})});
  auto view = view_of(unit, actor, *c, true);
  unit.commit();
  return view;
}

Result<ComplaintView> dispatch_complaint(const Context& ctx, const Actor& actor, const std::string& id,
                                         const std::string& team, const std::string& organization_id) {
  if (!serves_clients(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang dapat menugaskan tim.");
  if (blank(team)) return invalid_input("team", "Tuliskan tim atau instansi yang ditugaskan (mis. TRC, Satpol PP).");
  if (count_characters(team) > kMaxTeam)
    return invalid_input("team", "Nama tim terlalu panjang (maksimal 100 karakter).");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto c = load_for_change(unit, actor, id, false);
  if (!c) return c.error();
  if (!organization_id.empty()) {
    auto org = store::find_organization(unit, organization_id);
    if (!org || !org->active) return invalid_input("organization_id", "Lembaga tim tidak ditemukan atau tidak aktif.");
  }
  auto status = advance(c->status, ComplaintStep::dispatch);
  if (!status) return status.error();
  const std::string now = format_time(ctx.clock.now());
  c->status = *status;
  c->team = team;
  c->dispatched_organization = organization_id;
  c->dispatched_at = c->updated_at = now;
  store::update_complaint(unit, *c);
  write_audit(unit, ctx, actor,
              {"complaint.dispatch", "complaint", id,
               details({{"status", to_string(c->status)}, {"dispatched_organization", organization_id}})});
  auto view = view_of(unit, actor, *c, true);
  unit.commit();
  return view;
}

Result<ComplaintView> resolve_complaint(const Context& ctx, const Actor& actor, const std::string& id,
                                        const std::string& outcome, const std::vector<std::string>& person_ids) {
  if (!serves_clients(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang dapat mencatat hasil.");
  if (blank(outcome)) return invalid_input("outcome", "Tuliskan hasil penanganan (apa yang ditemukan tim).");
  if (count_characters(outcome) > kMaxNote)
    return invalid_input("outcome", "Hasil terlalu panjang (maksimal 2000 karakter).");
  if (person_ids.size() > kMaxLinkedPersons)
    return invalid_input("person_ids", "Paling banyak 50 penerima manfaat per pengaduan.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto c = load_for_change(unit, actor, id, true);
  if (!c) return c.error();
  auto status = advance(c->status, ComplaintStep::resolve);
  if (!status) return status.error();
  for (const auto& pid : person_ids) {
    auto p = store::find_person(unit, pid);
    if (!p || !can_see_person(unit, actor, *p))
      return invalid_input("person_ids",
                           "Penerima manfaat yang ditautkan tidak ditemukan atau tidak dapat Anda lihat.");
  }
  const std::string now = format_time(ctx.clock.now());
  c->status = *status;
  c->outcome = outcome;
  c->closed_at = c->updated_at = now;
  store::update_complaint(unit, *c);
  boost::json::array linked;
  for (const auto& pid : person_ids) {
    store::link_complaint_person(unit, c->id, pid, actor.user.id, now);
    linked.emplace_back(pid);
  }
  write_audit(
      unit, ctx, actor,
      {"complaint.resolve", "complaint", id, details({{"status", to_string(c->status)}, {"person_ids", linked}})});
  auto view = view_of(unit, actor, *c, true);
  unit.commit();
  return view;
}

Result<ComplaintView> reject_complaint(const Context& ctx, const Actor& actor, const std::string& id,
                                       const std::string& reason) {
  if (!serves_clients(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang dapat menolak pengaduan.");
  if (blank(reason)) return invalid_input("reason", "Tuliskan alasan menolak pengaduan.");
  if (count_characters(reason) > kMaxNote)
    return invalid_input("reason", "Alasan terlalu panjang (maksimal 2000 karakter).");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto c = load_for_change(unit, actor, id, false);
  if (!c) return c.error();
  auto status = advance(c->status, ComplaintStep::reject);
  if (!status) return status.error();
  const std::string now = format_time(ctx.clock.now());
  c->status = *status;
  c->outcome = reason;
  c->closed_at = c->updated_at = now;
  store::update_complaint(unit, *c);
  write_audit(unit, ctx, actor, {"complaint.reject", "complaint", id, details({{"status", to_string(c->status)}})});
  auto view = view_of(unit, actor, *c, true);
  unit.commit();
  return view;
}

}  // namespace mitra::services
