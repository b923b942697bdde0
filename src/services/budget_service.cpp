#include "services/budget_service.hpp"

#include <boost/json.hpp>

#include "services/audit_service.hpp"
#include "services/partnership_service.hpp"
#include "services/policy.hpp"
#include "store/partnership_activity_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

std::string json(boost::json::object o) { return boost::json::serialize(o); }

bool may_verify(const Actor& actor, const store::PartnershipRecord& p) {
  return is_dinsos(actor.organization.type) && (actor.has(Role::supervisor) || actor.has(Role::admin)) &&
         may_edit_partnership(actor, scope_of(p));
}

BudgetView budget_of(store::UnitOfWork& unit, const Actor& actor, const store::PartnershipRecord& p,
                     const std::string& day) {
  BudgetView v;
  v.partnership_id = p.id;
  v.partnership_title = p.title;
  v.allocations = store::list_allocations(unit, p.id);
  v.disbursements = store::list_disbursements(unit, p.id);
  for (const auto& l : store::list_lpj(unit, p.id))
    v.lpj.push_back({l, lpj_status(l.due_date, l.submitted_on, l.verified_at, day), p.title});
  for (auto source : kFundingSources) {
    SourceTotal t{std::string(source)};
    bool any = false;
    for (const auto& a : v.allocations)
      if (a.source == source) {
        any = true;
        t.allocated += a.amount;
        t.disbursed += a.disbursed;
      }
    if (!any) continue;
    t.realisation = realisation_percent(t.allocated, t.disbursed);
    v.allocated += t.allocated;
    v.disbursed += t.disbursed;
    v.by_source.push_back(t);
  }
  v.realisation = realisation_percent(v.allocated, v.disbursed);
  v.can_edit = may_edit_partnership(actor, scope_of(p));
  v.can_verify = may_verify(actor, p);
  return v;
}

// The LPJ and its partnership, when the actor may edit the partnership.
Result<store::LpjRecord> editable_lpj(store::UnitOfWork& unit, const Actor& actor, const std::string& id,
                                      store::PartnershipRecord& partnership) {
  auto l = store::find_lpj(unit, id);
  if (!l || !visible_partnership(unit, actor, l->partnership_id)) return not_found("LPJ tidak ditemukan.");
  auto p = editable_partnership(unit, actor, l->partnership_id);
  if (!p) return p.error();
  partnership = *p;
  return *l;
}

}  // namespace

Result<BudgetView> get_budget(const Context& ctx, const Actor& actor, const std::string& partnership_id) {
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto p = visible_partnership(unit, actor, partnership_id);
  if (!p) return p.error();
  return budget_of(unit, actor, *p, today(ctx));
}

Result<BudgetView> add_allocation(const Context& ctx, const Actor& actor, const AllocationInput& in) {
  if (!is_funding_source(in.source))
    return invalid_input("source", "Sumber dana harus salah satu dari: apbd, apbn, csr, own_funds, in_kind.");
  if (auto s = check_amount(in.amount, "amount", false); !s) return s.error();
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto p = editable_partnership(unit, actor, in.partnership_id);
  if (!p) return p.error();
  if (!in.activity_id.empty()) {
    auto a = store::find_activity(unit, in.activity_id);
    if (!a || a->partnership_id != p->id)
      return invalid_input("activity_id", "Kegiatan tidak ditemukan dalam kemitraan ini.");
  }
  store::AllocationRecord a{ctx.ids.next(), p->id,        in.activity_id,
                            in.source,      in.description, actor.user.id,
                            format_time(ctx.clock.now()), in.amount, 0};
  store::insert_allocation(unit, a);
  write_audit(unit, ctx, actor,
              {"budget.allocation", "partnership", p->id,
               json({{"allocation_id", a.id}, {"source", a.source}, {"amount", a.amount}, {"activity_id", a.activity_id}})});
  auto v = budget_of(unit, actor, *p, today(ctx));
  unit.commit();
  return v;
}

Result<BudgetView> add_disbursement(const Context& ctx, const Actor& actor, const DisbursementInput& in) {
  const std::string day = in.on_date.empty() ? today(ctx) : in.on_date;
  if (!is_day(day)) return invalid_input("on_date", "Tanggal pencairan harus berformat YYYY-MM-DD.");
  if (auto s = check_amount(in.amount, "amount", false); !s) return s.error();
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto found = store::find_allocation(unit, in.allocation_id);
  if (!found || !visible_partnership(unit, actor, found->partnership_id))
    return not_found("Alokasi anggaran tidak ditemukan.");
  auto p = editable_partnership(unit, actor, found->partnership_id);
  if (!p) return p.error();
  // Held until commit: a concurrent disbursement against this allocation waits and then counts ours.
  auto after = store::add_disbursed(unit, in.allocation_id, in.amount);
  if (auto s = check_disbursement(after->amount, after->disbursed - in.amount, in.amount); !s) return s.error();
  store::DisbursementRecord d{ctx.ids.next(), after->id, p->id, day, in.note, actor.user.id,
                              format_time(ctx.clock.now()), in.amount};
  store::insert_disbursement(unit, d);
  write_audit(unit, ctx, actor,
              {"budget.disbursement", "partnership", p->id,
               json({{"allocation_id", d.allocation_id}, {"disbursement_id", d.id}, {"amount", d.amount}})});
  auto v = budget_of(unit, actor, *p, today(ctx));
  unit.commit();
  return v;
}

Result<BudgetView> add_lpj(const Context& ctx, const Actor& actor, const LpjInput& in) {
  if (blank(in.title)) return invalid_input("title", "Isi judul LPJ.");
  if (!is_day(in.due_date)) return invalid_input("due_date", "Batas waktu LPJ harus berformat YYYY-MM-DD.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto p = editable_partnership(unit, actor, in.partnership_id);
  if (!p) return p.error();
  if (!in.allocation_id.empty()) {
    auto a = store::find_allocation(unit, in.allocation_id);
    if (!a || a->partnership_id != p->id)
      return invalid_input("allocation_id", "Alokasi anggaran tidak ditemukan dalam kemitraan ini.");
  }
  store::LpjRecord l;
  l.id = ctx.ids.next();
  l.partnership_id = p->id;
  l.allocation_id = in.allocation_id;
  l.title = in.title;
  l.due_date = in.due_date;
  l.created_by = actor.user.id;
  l.created_at = format_time(ctx.clock.now());
  store::insert_lpj(unit, l);
  write_audit(unit, ctx, actor,
              {"budget.lpj", "partnership", p->id, json({{"lpj_id", l.id}, {"due_date", l.due_date}})});
  auto v = budget_of(unit, actor, *p, today(ctx));
  unit.commit();
  return v;
}

Result<BudgetView> submit_lpj(const Context& ctx, const Actor& actor, const std::string& lpj_id,
                              const std::string& submitted_on, const std::string& document_id) {
  const std::string day = submitted_on.empty() ? today(ctx) : submitted_on;
  if (!is_day(day)) return invalid_input("submitted_on", "Tanggal penyerahan LPJ harus berformat YYYY-MM-DD.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  store::PartnershipRecord p;
  auto l = editable_lpj(unit, actor, lpj_id, p);
  if (!l) return l.error();
  if (!l->verified_at.empty()) return conflict("status", "LPJ ini sudah diverifikasi.");
  l->submitted_on = day;
  l->document_id = document_id;
  l->submitted_by = actor.user.id;
  store::update_lpj(unit, *l);
  write_audit(unit, ctx, actor,
              {"lpj.submit", "budget_lpj", l->id, json({{"submitted_on", day}, {"document_id", document_id}})});
  auto v = budget_of(unit, actor, p, today(ctx));
  unit.commit();
  return v;
}

Result<BudgetView> verify_lpj(const Context& ctx, const Actor& actor, const std::string& lpj_id) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  store::PartnershipRecord p;
  auto l = editable_lpj(unit, actor, lpj_id, p);
  if (!l) return l.error();
  if (!may_verify(actor, p)) return forbidden("Hanya supervisor atau admin Dinas Sosial yang dapat memverifikasi LPJ.");
  if (l->submitted_on.empty()) return conflict("status", "LPJ belum diserahkan.");
  if (!l->verified_at.empty()) return conflict("status", "LPJ ini sudah diverifikasi.");
  l->verified_by = actor.user.id;
  l->verified_at = format_time(ctx.clock.now());
  store::update_lpj(unit, *l);
  write_audit(unit, ctx, actor, {"lpj.verify", "budget_lpj", l->id, "{}"});
  auto v = budget_of(unit, actor, p, today(ctx));
  unit.commit();
  return v;
}

Result<std::vector<LpjView>> overdue_lpj(const Context& ctx, const Actor& actor, const std::string& day) {
  if (!works_on_partnerships(actor)) return forbidden("Peran Anda tidak dapat melihat LPJ.");
  if (!is_day(day)) return invalid_input("day", "Tanggal harus berformat YYYY-MM-DD.");
  store::UnitOfWork unit(ctx.db, Mode::read);
  std::vector<LpjView> out;
  for (const auto& l : store::list_overdue_lpj(unit, viewer_of(actor), day)) {
    auto p = store::find_partnership(unit, l.partnership_id);
    out.push_back({l, LpjStatus::overdue, p ? p->title : ""});
  }
  return out;
}

}  // namespace mitra::services
