#include "services/assistance_request_service.hpp"

#include <boost/json.hpp>
#include <map>

#include "domain/region_time.hpp"
#include "reports/reply_letter.hpp"
#include "services/audit_service.hpp"
#include "services/holiday_service.hpp"
#include "services/partnership_service.hpp"
#include "services/policy.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;

constexpr std::size_t kMaxEscalationsPerCall = 500;

Error request_not_found() { return not_found("Permohonan bantuan tidak ditemukan."); }

std::string details(boost::json::object o) { return boost::json::serialize(o); }

Day day_of(const std::string& text) { return parse_day(text).value_or(Day{}); }

bool may_request(const Actor& a) {
  return a.user.active && (a.has(Role::partner_manager) || a.has(Role::supervisor) || a.has(Role::social_worker) ||
                           a.has(Role::admin));
}

// Reviews, decides and escalations are the responder's managers' work.
bool responds_for(const Actor& a, const std::string& organization_id) {
  return a.user.active && a.organization.id == organization_id &&
         (a.has(Role::supervisor) || a.has(Role::partner_manager) || a.has(Role::admin));
}

bool party_to(const Actor& a, const store::RequestRecord& r) {
  return a.user.active && (a.organization.id == r.requester_id || a.organization.id == r.responder_id);
}

RequestView view_of(const Context& ctx, store::UnitOfWork& unit, const Actor& actor, const store::RequestRecord& r,
                    const WorkingCalendar& calendar, bool with_events) {
  RequestView v;
  v.record = r;
  v.requester = store::find_organization(unit, r.requester_id).value_or(Organization{});
  v.responder = store::find_organization(unit, r.responder_id).value_or(Organization{});
  const Day due = day_of(r.reply_due), today = day_of(local_date_in(ctx.clock.now(), r.region_code));
  v.overdue = is_overdue(r.status, due, today);
  const Day reference = r.decided_on.empty() ? today : day_of(r.decided_on);
  v.days_late = calendar.working_days_between(due, reference);
  v.may_decide = awaits_decision(r.status) && responds_for(actor, r.responder_id);
  v.may_deliver = r.status == RequestStatus::approved && party_to(actor, r) &&
                  (responds_for(actor, r.responder_id) || responds_for(actor, r.requester_id));
  if (with_events) v.events = store::request_events(unit, r.id);
  return v;
}

void record_event(const Context& ctx, store::UnitOfWork& unit, const std::string& request_id, const std::string& status,
                  const std::string& at, const Actor* actor, const std::string& note) {
  store::RequestEventRecord e;
  e.id = ctx.ids.next();
  e.request_id = request_id;
  e.status = status;
  e.at = at;
  if (actor) {
    e.user_id = actor->user.id;
    e.organization_id = actor->organization.id;
  }
  e.note = note;
  store::insert_request_event(unit, e);
}

// Escalates the overdue requests of one responder ("" for all), each judged on its responder's
// own day. Idempotent: a request is escalated once.
std::size_t escalate(const Context& ctx, store::UnitOfWork& unit, const std::string& responder_id,
                     const Origin& origin) {
  // WIT (UTC+9) is the first to reach a new day: a superset, narrowed per request below.
  const std::string earliest_today = local_date(ctx.clock.now(), 9);
  const std::string now = format_time(ctx.clock.now());
  std::size_t count = 0;
  for (const auto& id : store::overdue_unescalated(unit, responder_id, earliest_today)) {
    if (count >= kMaxEscalationsPerCall) break;
    auto r = store::find_request(unit, id);
    if (!r || !is_overdue(r->status, day_of(r->reply_due), day_of(local_date_in(ctx.clock.now(), r->region_code)))) continue;
    if (!store::mark_escalated(unit, id, now)) continue;
    record_event(ctx, unit, id, "escalated", now, nullptr, "");
    write_audit_anonymous(unit, ctx, origin,
                          {"assistance_request.escalate", "assistance_request", id,
                           details({{"responder_id", r->responder_id}, {"reply_due", r->reply_due}})});
    ++count;
  }
  return count;
}

Origin origin_of(const Actor& a) { return {a.request_id, a.client_address}; }

// Loads a request the actor is party to, escalating it first when overdue.
Result<store::RequestRecord> load(const Context& ctx, store::UnitOfWork& unit, const Actor& actor,
                                  const std::string& id) {
  auto r = store::find_request(unit, id);
  if (!r || !party_to(actor, *r)) return request_not_found();
  if (r->escalated_at.empty() && escalate(ctx, unit, r->responder_id, origin_of(actor)) > 0)
    r = store::find_request(unit, id);
  return *r;
}

std::optional<Error> check_day(const std::string& text, const char* field, const char* what, bool required) {
  if (text.empty()) {
    if (required) return invalid_input(field, std::string("Isi ") + what + " (YYYY-MM-DD).");
    return std::nullopt;
  }
  if (!parse_day(text)) return invalid_input(field, std::string(what) + " harus berformat YYYY-MM-DD.");
  return std::nullopt;
}

std::string generated_letter_number(const store::RequestRecord& r, const Organization& responder,
                                    const std::string& today) {
  return "460/" + r.id.substr(r.id.size() - 6) + "/" + responder.code + "/" + today.substr(0, 4);
}

}  // namespace

Result<ServiceLevelView> get_service_level(const Context& ctx, const Actor& actor, const std::string& organization_id) {
  if (!actor.user.active) return forbidden();
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto org = store::find_organization(unit, organization_id);
  if (!org) return not_found("Lembaga tidak ditemukan.");
  ServiceLevelView v{*org, store::find_service_level(unit, org->id).value_or(store::ServiceLevelRecord{})};
  v.level.organization_id = org->id;
  return v;
}

Result<ServiceLevelView> set_service_level(const Context& ctx, const Actor& actor, const std::string& organization_id,
                                           const ServiceLevelInput& in) {
  if (!actor.user.active || actor.organization.id != organization_id ||
      !(actor.has(Role::admin) || actor.has(Role::supervisor)))
    return forbidden("Hanya admin atau supervisor lembaga ini yang dapat mengatur batas waktu balasan.");
  if (in.working_days < 1 || in.working_days > kMaxServiceLevelDays)
    return invalid_input("working_days", "Batas waktu balasan harus 1 sampai 60 hari kerja.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto org = store::find_organization(unit, organization_id);
  if (!org) return not_found("Lembaga tidak ditemukan.");
  store::ServiceLevelRecord s{org->id,           in.working_days, in.letterhead_address, in.signatory_name,
                              in.signatory_title, actor.user.id,   format_time(ctx.clock.now())};
  store::save_service_level(unit, s);
  write_audit(unit, ctx, actor,
              {"assistance_service_level.update", "organization", org->id,
               details({{"working_days", in.working_days}})});
  unit.commit();
  return ServiceLevelView{*org, s};
}

Result<RequestView> submit_request(const Context& ctx, const Actor& actor, const RequestInput& in) {
  if (!may_request(actor)) return forbidden("Peran Anda tidak dapat mengajukan permohonan bantuan.");
  if (in.responder_id.empty()) return invalid_input("responder_id", "Pilih lembaga yang dimohon bantuan.");
  if (in.title.empty()) return invalid_input("title", "Isi perihal permohonan.");
  if (in.letter_number.empty()) return invalid_input("letter_number", "Isi nomor surat permohonan.");
  if (auto e = check_day(in.letter_date, "letter_date", "tanggal surat", true)) return *e;
  if (auto e = check_day(in.activity_date, "activity_date", "Tanggal kegiatan", false)) return *e;
  if (auto e = check_day(in.received_on, "received_on", "Tanggal surat diterima", false)) return *e;
  if (in.beneficiaries < 0 || in.beneficiaries > 1000000)
    return invalid_input("beneficiaries", "Jumlah penerima manfaat harus 0 sampai 1.000.000.");
  if (auto s = check_items(in.items); !s) return s.error();
  for (const auto& it : in.items)
    if (it.approved_quantity) return invalid_input("items", "Jumlah disetujui diisi oleh lembaga yang dimohon.");

  store::UnitOfWork unit(ctx.db, Mode::write);
  auto responder = store::find_organization(unit, in.responder_id);
  if (!responder || !responder->active) return invalid_input("responder_id", "Lembaga yang dimohon tidak ditemukan.");
  std::string requester_id = in.requester_id.empty() ? actor.organization.id : in.requester_id;
  if (requester_id != actor.organization.id && !responds_for(actor, responder->id))
    return forbidden("Permohonan hanya dapat diajukan atas nama lembaga Anda sendiri.");
  auto requester = store::find_organization(unit, requester_id);
  if (!requester) return invalid_input("requester_id", "Lembaga pemohon tidak ditemukan.");
  if (requester->id == responder->id)
    return invalid_input("responder_id", "Lembaga pemohon dan lembaga yang dimohon tidak boleh sama.");
  if (auto s = check_partnership_link(unit, actor, in.partnership_id); !s) return s.error();

  const std::string today = local_date_in(ctx.clock.now(), responder->region_code);
  const std::string received = in.received_on.empty() ? today : in.received_on;
  if (received > today) return invalid_input("received_on", "Tanggal surat diterima tidak boleh di masa depan.");
  if (day_of(received) < day_of(today) - std::chrono::days(kMaxBackdatedLetterDays))
    return invalid_input("received_on", "Tanggal surat diterima paling lama 90 hari yang lalu.");
  if (in.letter_date > received)
    return invalid_input("letter_date", "Tanggal surat tidak boleh sesudah tanggal surat diterima.");

  const auto level = store::find_service_level(unit, responder->id).value_or(store::ServiceLevelRecord{});
  const auto calendar = working_calendar(unit);
  const std::string now = format_time(ctx.clock.now());
  store::RequestRecord r;
  r.id = ctx.ids.next();
  r.requester_id = requester->id;
  r.responder_id = responder->id;
  r.region_code = responder->region_code;
  r.title = in.title;
  r.purpose = in.purpose;
  r.activity_name = in.activity_name;
  r.activity_date = in.activity_date;
  r.activity_id = in.activity_id;
  r.partnership_id = in.partnership_id;
  r.beneficiaries = in.beneficiaries;
  r.letter_number = in.letter_number;
  r.letter_date = in.letter_date;
  r.letter_document_id = in.letter_document_id;
  r.received_on = received;
  r.service_level_days = level.working_days;
  r.reply_due = format_day(reply_due(calendar, day_of(received), level.working_days));
  r.status = RequestStatus::submitted;
  r.items = in.items;
  r.created_by = actor.user.id;
  r.created_at = r.updated_at = now;
  store::insert_request(unit, r);
  record_event(ctx, unit, r.id, "submitted", now, &actor, "");
  write_audit(unit, ctx, actor,
              {"assistance_request.submit", "assistance_request", r.id,
               details({{"requester_id", r.requester_id},
                        {"responder_id", r.responder_id},
                        {"items", r.items.size()},
                        {"received_on", r.received_on},
                        {"reply_due", r.reply_due}})});
  escalate(ctx, unit, r.responder_id, origin_of(actor));  // a paper letter may be late already
  auto stored = store::find_request(unit, r.id);
  auto view = view_of(ctx, unit, actor, *stored, calendar, true);
  unit.commit();
  return view;
}

Result<RequestView> get_request(const Context& ctx, const Actor& actor, const std::string& id) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto r = load(ctx, unit, actor, id);
  if (!r) return r.error();
  auto view = view_of(ctx, unit, actor, *r, working_calendar(unit), true);
  unit.commit();
  return view;
}

Result<RequestPage> list_requests(const Context& ctx, const Actor& actor, store::RequestFilter filter) {
  if (!actor.user.active) return forbidden();
  if (!filter.box.empty() && filter.box != "inbox" && filter.box != "outbox" && filter.box != "escalated")
    return invalid_input("box", "Kotak harus inbox, outbox, atau escalated.");
  if (!filter.status.empty() && !parse_request_status(filter.status))
    return invalid_input("status", "Status harus submitted, under_review, approved, rejected, atau delivered.");
  if (filter.box == "escalated" && !(actor.has(Role::supervisor) || actor.has(Role::admin)))
    return forbidden("Daftar eskalasi hanya untuk supervisor lembaga yang dimohon.");
  filter.organization_id = actor.organization.id;
  filter.today = local_date_in(ctx.clock.now(), actor.organization.region_code);
  store::UnitOfWork unit(ctx.db, Mode::write);
  escalate(ctx, unit, actor.organization.id, origin_of(actor));
  const auto calendar = working_calendar(unit);
  auto records = store::list_requests(unit, filter);
  RequestPage page;
  if (static_cast<int>(records.size()) > filter.limit) {
    records.pop_back();
    page.next_cursor = records.back().id;
  }
  for (const auto& r : records) page.items.push_back(view_of(ctx, unit, actor, r, calendar, false));
  unit.commit();
  return page;
}

Result<RequestView> start_review(const Context& ctx, const Actor& actor, const std::string& id) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto r = load(ctx, unit, actor, id);
  if (!r) return r.error();
  if (!responds_for(actor, r->responder_id))
    return forbidden("Hanya supervisor atau pengelola kemitraan lembaga yang dimohon yang dapat meninjau.");
  if (auto s = check_transition(r->status, RequestStatus::under_review); !s) return s.error();
  const std::string now = format_time(ctx.clock.now());
  r->status = RequestStatus::under_review;
  r->updated_at = now;
  store::update_request(unit, *r);
  record_event(ctx, unit, r->id, "under_review", now, &actor, "");
  write_audit(unit, ctx, actor, {"assistance_request.review", "assistance_request", r->id, "{}"});
  auto view = view_of(ctx, unit, actor, *r, working_calendar(unit), true);
  unit.commit();
  return view;
}

Result<RequestView> decide(const Context& ctx, const Actor& actor, const std::string& id, const DecisionInput& in) {
  if (in.decision != "approve" && in.decision != "reject")
    return invalid_input("decision", "Keputusan harus approve (setujui) atau reject (tolak).");
  if (in.decision == "reject" && in.note.empty())
    return invalid_input("note", "Tuliskan alasan penolakan.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto r = load(ctx, unit, actor, id);
  if (!r) return r.error();
  if (!responds_for(actor, r->responder_id))
    return forbidden("Hanya supervisor atau pengelola kemitraan lembaga yang dimohon yang dapat memutuskan.");
  const auto to = in.decision == "approve" ? RequestStatus::approved : RequestStatus::rejected;
  if (auto s = check_transition(r->status, to); !s) return s.error();
  bool full = false;
  if (to == RequestStatus::approved) {
    auto approval = check_approval(r->items, in.approved);
    if (!approval) return approval.error();
    full = *approval;
    for (std::size_t i = 0; i < r->items.size(); ++i) r->items[i].approved_quantity = in.approved[i];
  } else {
    for (auto& it : r->items) it.approved_quantity = 0;
  }
  const std::string now = format_time(ctx.clock.now());
  const auto responder = store::find_organization(unit, r->responder_id).value_or(Organization{});
  r->status = to;
  r->partial = to == RequestStatus::approved && !full;
  r->decided_at = now;
  r->decided_on = local_date_in(ctx.clock.now(), r->region_code);
  r->decided_by = actor.user.id;
  r->decision_note = in.note;
  r->reply_letter_number =
      in.reply_letter_number.empty() ? generated_letter_number(*r, responder, r->decided_on) : in.reply_letter_number;
  r->updated_at = now;
  store::update_request(unit, *r);
  record_event(ctx, unit, r->id, std::string(to_string(to)), now, &actor, in.note);
  const auto calendar = working_calendar(unit);
  auto view = view_of(ctx, unit, actor, *r, calendar, true);
  write_audit(unit, ctx, actor,
              {"assistance_request.decide", "assistance_request", r->id,
               details({{"decision", in.decision}, {"partial", r->partial}, {"days_late", view.days_late}})});
  unit.commit();
  return view;
}

Result<RequestView> mark_delivered(const Context& ctx, const Actor& actor, const std::string& id,
                                   const std::string& delivered_on, const std::string& note) {
  if (auto e = check_day(delivered_on, "delivered_on", "Tanggal diterima", false)) return *e;
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto r = load(ctx, unit, actor, id);
  if (!r) return r.error();
  if (!responds_for(actor, r->responder_id) && !responds_for(actor, r->requester_id))
    return forbidden("Hanya supervisor atau pengelola kemitraan kedua lembaga yang dapat mencatat penyerahan.");
  if (auto s = check_transition(r->status, RequestStatus::delivered); !s) return s.error();
  const std::string today = local_date_in(ctx.clock.now(), r->region_code);
  const std::string day = delivered_on.empty() ? today : delivered_on;
  if (day > today) return invalid_input("delivered_on", "Tanggal penyerahan tidak boleh di masa depan.");
  if (day < r->decided_on) return invalid_input("delivered_on", "Tanggal penyerahan tidak boleh sebelum keputusan.");
  const std::string now = format_time(ctx.clock.now());
  r->status = RequestStatus::delivered;
  r->delivered_on = day;
  r->delivered_at = now;
  r->updated_at = now;
  store::update_request(unit, *r);
  record_event(ctx, unit, r->id, "delivered", now, &actor, note);
  write_audit(unit, ctx, actor,
              {"assistance_request.deliver", "assistance_request", r->id, details({{"delivered_on", day}})});
  auto view = view_of(ctx, unit, actor, *r, working_calendar(unit), true);
  unit.commit();
  return view;
}

int escalate_overdue(const Context& ctx) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  const auto n = escalate(ctx, unit, "", Origin{"sweep", ""});
  unit.commit();
  return static_cast<int>(n);
}

std::vector<RequestView> overdue_requests_for(const Context& ctx, const Actor& actor) {
  std::vector<RequestView> out;
  if (!responds_for(actor, actor.organization.id)) return out;
  store::RequestFilter f;
  f.organization_id = actor.organization.id;
  f.box = "inbox";
  f.overdue = true;
  f.today = local_date_in(ctx.clock.now(), actor.organization.region_code);
  f.limit = 200;
  store::UnitOfWork unit(ctx.db, Mode::write);
  escalate(ctx, unit, actor.organization.id, origin_of(actor));
  const auto calendar = working_calendar(unit);
  auto records = store::list_requests(unit, f);
  if (static_cast<int>(records.size()) > f.limit) records.pop_back();
  for (const auto& r : records) out.push_back(view_of(ctx, unit, actor, r, calendar, false));
  unit.commit();
  return out;
}

std::vector<NotificationItem> assistance_request_notifications(const NotificationRequest& request) {
  std::vector<NotificationItem> out;
  const Actor& actor = request.actor;
  if (!responds_for(actor, actor.organization.id)) return out;
  const auto calendar = working_calendar(request.unit);
  const std::string today = local_date_in(request.ctx.clock.now(), actor.organization.region_code);
  // Letters due up to two working days from now, and every one past its day.
  const std::string soon = format_day(calendar.add_working_days(day_of(today), 2));
  store::RequestFilter f;
  f.organization_id = actor.organization.id;
  f.box = "inbox";
  f.limit = 200;
  for (const auto status : {"submitted", "under_review"}) {
    f.status = status;
    for (const auto& r : store::list_requests(request.unit, f)) {
      if (r.reply_due > soon) continue;
      const bool overdue = is_overdue(r.status, day_of(r.reply_due), day_of(today));
      const auto requester = store::find_organization(request.unit, r.requester_id).value_or(Organization{});
      NotificationItem item;
      item.key = "assistance_request:" + r.id + (overdue ? ":overdue" : "");
      item.kind = overdue ? "assistance_request_overdue" : "assistance_request_due";
      item.title = overdue ? (actor.has(Role::supervisor) ? "Permohonan bantuan dieskalasi: melewati batas balasan"
                                                          : "Permohonan bantuan melewati batas balasan")
                           : "Permohonan bantuan menunggu keputusan";
      item.detail = "Dari " + requester.name + " · surat " + r.letter_number;
      item.due = r.reply_due;
      item.link = "/permohonan-bantuan/" + r.id;
      item.severity = overdue ? Severity::danger : Severity::warning;
      out.push_back(std::move(item));
    }
  }
  return out;
}

Result<std::vector<ResponderFigures>> response_figures(const Context& ctx, const Actor& actor,
                                                       const std::string& responder_id, const std::string& from,
                                                       const std::string& to) {
  if (!actor.user.active) return forbidden();
  if (auto e = check_day(from, "from", "Tanggal awal", false)) return *e;
  if (auto e = check_day(to, "to", "Tanggal akhir", false)) return *e;
  const Day today = day_of(local_date(ctx.clock.now(), 7));
  const std::string end = to.empty() ? format_day(today) : to;
  const std::string start = from.empty() ? format_day(day_of(end) - std::chrono::days(365)) : from;
  if (start > end) return invalid_input("from", "Tanggal awal harus sebelum tanggal akhir.");
  store::UnitOfWork unit(ctx.db, Mode::read);
  if (!responder_id.empty() && !store::find_organization(unit, responder_id))
    return invalid_input("responder", "Lembaga tidak ditemukan.");
  const auto calendar = working_calendar(unit);
  std::map<std::string, std::vector<ResponseSample>> by_responder;
  for (const auto& row : store::response_rows(unit, responder_id, start, end)) {
    ResponseSample s{day_of(row.received_on), day_of(row.reply_due), std::nullopt, std::nullopt, std::nullopt};
    if (!row.decided_on.empty()) s.decided = day_of(row.decided_on);
    if (!row.delivered_on.empty()) s.delivered = day_of(row.delivered_on);
    if (!row.activity_date.empty()) s.activity = day_of(row.activity_date);
    by_responder[row.responder_id].push_back(s);
  }
  std::vector<ResponderFigures> out;
  for (const auto& [id, samples] : by_responder)
    out.push_back({store::find_organization(unit, id).value_or(Organization{}), mitra::response_figures(samples, calendar)});
  if (out.empty() && !responder_id.empty())
    out.push_back({*store::find_organization(unit, responder_id), ResponseFigures{}});
  return out;
}

Result<ReplyLetter> reply_letter(const Context& ctx, const Actor& actor, const std::string& id) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto r = store::find_request(unit, id);
  if (!r || !party_to(actor, *r)) return request_not_found();
  if (r->decided_on.empty())
    return conflict("status", "Surat balasan baru tersedia setelah permohonan diputuskan.");
  const auto responder = store::find_organization(unit, r->responder_id).value_or(Organization{});
  const auto requester = store::find_organization(unit, r->requester_id).value_or(Organization{});
  const auto level = store::find_service_level(unit, responder.id).value_or(store::ServiceLevelRecord{});
  reports::ReplyLetterData d;
  d.organization_name = responder.name;
  d.address = level.letterhead_address.empty() ? responder.region_name : level.letterhead_address;
  d.number = r->reply_letter_number;
  d.place = responder.region_name;
  d.date = reports::indonesian_date(r->decided_on);
  d.addressee = requester.name;
  d.subject = "Balasan Permohonan Bantuan: " + r->title;
  d.reference = "surat Saudara nomor " + r->letter_number + " tanggal " + reports::indonesian_date(r->letter_date);
  if (!r->activity_name.empty() || !r->activity_date.empty())
    d.activity = r->activity_name + (r->activity_date.empty() ? "" : " pada " + reports::indonesian_date(r->activity_date));
  d.decision = r->status == RequestStatus::rejected ? "DITOLAK"
               : r->partial                         ? "DISETUJUI SEBAGIAN"
                                                    : "DISETUJUI SELURUHNYA";
  d.note = r->decision_note;
  for (const auto& it : r->items)
    d.lines.push_back({it.description, it.unit, it.quantity, it.approved_quantity.value_or(0)});
  d.signatory_title = level.signatory_title;
  d.signatory_name = level.signatory_name;
  ReplyLetter letter{"surat-balasan-" + r->id + ".pdf", reports::render_reply_letter(d)};
  write_audit(unit, ctx, actor, {"assistance_request.letter", "assistance_request", r->id, "{}"});
  unit.commit();
  return letter;
}

}  // namespace mitra::services
