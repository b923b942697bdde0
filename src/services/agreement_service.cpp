#include "services/agreement_service.hpp"

#include <boost/json.hpp>
#include <set>

#include "domain/partnership.hpp"
#include "services/audit_service.hpp"
#include "services/partnership_service.hpp"
#include "services/policy.hpp"
#include "store/partnership_activity_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

AgreementView view_of(store::UnitOfWork& unit, const store::AgreementRecord& a, const std::string& day) {
  AgreementView v;
  v.record = a;
  if (auto p = store::find_partnership(unit, a.partnership_id)) v.partnership_title = p->title;
  for (const auto& party : a.parties)
    v.parties.push_back({store::find_organization(unit, party.organization_id).value_or(Organization{}),
                         party.signatory_name, party.signatory_position, party.obligations});
  if (!a.end_date.empty()) v.days_left = days_between(day, a.end_date);
  v.reminder_due = reminder_due(a.end_date, day);
  return v;
}

Status check_input(const AgreementInput& in) {
  if (!is_agreement_kind(in.kind))
    return invalid_input("kind", "Jenis perjanjian harus salah satu dari: mou, pks, nphd, sk.");
  if (blank(in.number)) return invalid_input("number", "Isi nomor perjanjian sesuai yang tertulis.");
  if (blank(in.title)) return invalid_input("title", "Isi judul perjanjian.");
  if (!in.signed_on.empty() && !is_day(in.signed_on))
    return invalid_input("signed_on", "Tanggal penandatanganan harus berformat YYYY-MM-DD.");
  if (auto s = check_period(in.start_date, in.end_date, "start_date", "end_date", true); !s) return s;
  if (auto s = check_amount(in.budget, "budget", true); !s) return s;
  if (in.parties.size() < 2) return invalid_input("parties", "Perjanjian ditandatangani paling sedikit dua pihak.");
  std::set<std::string> seen;
  for (const auto& p : in.parties) {
    if (!seen.insert(p.organization_id).second)
      return invalid_input("parties", "Satu lembaga hanya boleh muncul sekali sebagai pihak perjanjian.");
    for (const auto& o : p.obligations)
      if (blank(o) || o.find('\n') != std::string::npos)
        return invalid_input("parties", "Setiap kewajiban pihak harus berupa teks satu baris.");
  }
  return ok_status();
}

}  // namespace

// The signing parties and the activity must belong to the partnership.
static Status check_links(store::UnitOfWork& unit, const store::PartnershipRecord& p, const AgreementInput& in) {
  for (const auto& party : in.parties)
    if (!p.has_party(party.organization_id))
      return invalid_input("parties", "Pihak perjanjian harus merupakan pihak dalam kemitraan ini.");
  if (!in.activity_id.empty()) {
    auto act = store::find_activity(unit, in.activity_id);
    if (!act || act->partnership_id != p.id) return invalid_input("activity_id", "Kegiatan tidak ditemukan dalam kemitraan ini.");
  }
  return ok_status();
}

static void apply_input(store::AgreementRecord& a, const AgreementInput& in) {
  a.kind = in.kind;
  a.number = in.number;
  a.title = in.title;
  a.signed_on = in.signed_on;
  a.start_date = in.start_date;
  a.end_date = in.end_date;
  a.budget = in.budget;
  a.document_id = in.document_id;
  a.activity_id = in.activity_id;
  a.parties.clear();
  for (const auto& party : in.parties)
    a.parties.push_back({party.organization_id, party.signatory_name, party.signatory_position, party.obligations});
}

static std::string audit_details(const store::AgreementRecord& a) {
  return boost::json::serialize(boost::json::object{{"partnership_id", a.partnership_id},
                                                    {"kind", a.kind},
                                                    {"parties", a.parties.size()},
                                                    {"activity_id", a.activity_id},
                                                    {"document_id", a.document_id}});
}

Result<AgreementView> create_agreement(const Context& ctx, const Actor& actor, const AgreementInput& in) {
  if (auto s = check_input(in); !s) return s.error();
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto p = editable_partnership(unit, actor, in.partnership_id);
  if (!p) return p.error();
  if (auto s = check_links(unit, *p, in); !s) return s.error();
  const std::string now = format_time(ctx.clock.now());
  store::AgreementRecord a;
  a.id = ctx.ids.next();
  a.partnership_id = p->id;
  apply_input(a, in);
  a.created_by = actor.user.id;
  a.created_at = a.updated_at = now;
  store::insert_agreement(unit, a);
  write_audit(unit, ctx, actor, {"agreement.create", "agreement", a.id, audit_details(a)});
  auto view = view_of(unit, a, today(ctx));
  unit.commit();
  return view;
}

Result<AgreementView> update_agreement(const Context& ctx, const Actor& actor, const std::string& id,
                                       const AgreementInput& input) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto a = store::find_agreement(unit, id);
  if (!a || !works_on_partnerships(actor) || !visible_partnership(unit, actor, a->partnership_id))
    return not_found("Perjanjian tidak ditemukan.");
  AgreementInput in = input;
  in.partnership_id = a->partnership_id;
  if (auto s = check_input(in); !s) return s.error();
  auto p = editable_partnership(unit, actor, a->partnership_id);
  if (!p) return p.error();
  if (auto s = check_links(unit, *p, in); !s) return s.error();
  apply_input(*a, in);
  a->updated_at = format_time(ctx.clock.now());
  store::update_agreement(unit, *a);
  write_audit(unit, ctx, actor, {"agreement.update", "agreement", a->id, audit_details(*a)});
  auto view = view_of(unit, *a, today(ctx));
  unit.commit();
  return view;
}

Result<AgreementView> get_agreement(const Context& ctx, const Actor& actor, const std::string& id) {
  if (!works_on_partnerships(actor)) return forbidden("Peran Anda tidak dapat melihat perjanjian.");
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto a = store::find_agreement(unit, id);
  if (!a || !visible_partnership(unit, actor, a->partnership_id)) return not_found("Perjanjian tidak ditemukan.");
  return view_of(unit, *a, today(ctx));
}

Result<AgreementPage> list_agreements(const Context& ctx, const Actor& actor, const std::string& partnership_id,
                                      int expiring_within, const store::Page& page) {
  if (!works_on_partnerships(actor)) return forbidden("Peran Anda tidak dapat melihat perjanjian.");
  if (expiring_within < 0 || expiring_within > 3650)
    return invalid_input("expiring_within", "expiring_within harus jumlah hari 1 sampai 3650.");
  if (partnership_id.empty() && expiring_within == 0)
    return invalid_input("partnership", "Pilih kemitraan (partnership) atau isi expiring_within.");
  const std::string day = today(ctx);
  store::UnitOfWork unit(ctx.db, Mode::read);
  if (!partnership_id.empty())
    if (auto p = visible_partnership(unit, actor, partnership_id); !p) return p.error();
  store::AgreementFilter f;
  f.partnership_id = partnership_id;
  if (expiring_within > 0) {
    f.ends_from = day;
    f.ends_until = add_days(day, expiring_within);
  }
  f.cursor = page.cursor;
  f.limit = page.limit;
  auto rows = store::list_agreements(unit, viewer_of(actor), f);
  AgreementPage out;
  if (static_cast<int>(rows.size()) > page.limit) {
    rows.pop_back();
    out.next_cursor = expiring_within > 0 ? rows.back().end_date + "|" + rows.back().id : rows.back().id;
  }
  for (const auto& a : rows) out.items.push_back(view_of(unit, a, day));
  return out;
}

Result<std::vector<AgreementReminder>> agreements_due_for_reminder(const Context& ctx, const Actor& actor,
                                                                   const std::string& day) {
  if (!works_on_partnerships(actor)) return forbidden("Peran Anda tidak dapat melihat perjanjian.");
  if (!is_day(day)) return invalid_input("day", "Tanggal harus berformat YYYY-MM-DD.");
  store::AgreementFilter f;
  f.ends_from = day;
  f.ends_until = add_days(day, kFirstReminderDays);
  f.limit = 1000;
  store::UnitOfWork unit(ctx.db, Mode::read);
  std::vector<AgreementReminder> out;
  for (const auto& a : store::list_agreements(unit, viewer_of(actor), f))
    if (auto due = reminder_due(a.end_date, day))
      out.push_back({a.id, a.partnership_id, a.number, a.title, a.end_date, days_between(day, a.end_date).value_or(0), *due});
  return out;
}

}  // namespace mitra::services
