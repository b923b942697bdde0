#include "services/partnership_service.hpp"

#include <boost/json.hpp>
#include <map>

#include "domain/pmks.hpp"
#include "services/audit_service.hpp"
#include "services/policy.hpp"
#include "store/region_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;

Error partnership_not_found() { return not_found("Kemitraan tidak ditemukan."); }

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

// Checks and applies the given fields onto `p`. Errors: invalid_input naming the field.
Status apply(store::UnitOfWork& unit, const PartnershipInput& in, store::PartnershipRecord& p) {
  if (in.title) {
    if (blank(*in.title)) return invalid_input("title", "Isi nama kemitraan.");
    p.title = *in.title;
  }
  if (in.purpose) p.purpose = *in.purpose;
  if (in.programme) p.programme = *in.programme;
  if (in.type) {
    if (!is_partnership_type(*in.type))
      return invalid_input("partnership_type",
                           "Jenis kemitraan harus salah satu dari: management_contract, lease, "
                           "build_operate_transfer, community_based_provision, mou_collaboration.");
    p.type = *in.type;
  }
  if (in.categories) {
    for (const auto& c : *in.categories)
      if (!find_pmks(c)) return invalid_input("categories", "Kategori PMKS sasaran tidak dikenal: " + c + ".");
    p.categories = *in.categories;
  }
  if (in.start_date) p.start_date = *in.start_date;
  if (in.end_date) p.end_date = *in.end_date;
  if (auto s = check_period(p.start_date, p.end_date, "start_date", "end_date", true); !s) return s;
  if (in.parties) {
    if (auto s = check_parties(*in.parties); !s) return s;
    p.parties.clear();
    for (const auto& party : *in.parties) {
      if (!store::find_organization(unit, party.organization_id))
        return invalid_input("parties", "Lembaga pihak tidak ditemukan: periksa daftar pihak.");
      p.parties.push_back({party.organization_id, party.roles});
    }
  }
  if (p.type.empty()) return invalid_input("partnership_type", "Pilih jenis kemitraan.");
  return ok_status();
}

PartnershipView view_of(store::UnitOfWork& unit, const Actor& actor, const store::PartnershipRecord& p,
                        bool detail) {
  PartnershipView v;
  v.record = p;
  v.can_edit = may_edit_partnership(actor, scope_of(p));
  for (const auto& party : p.parties) {
    auto org = store::find_organization(unit, party.organization_id).value_or(Organization{});
    v.parties.push_back({std::move(org), party.roles});
  }
  if (detail) {
    v.evidence = store::list_evidence(unit, p.id);
    v.history = store::list_stage_changes(unit, p.id);
    std::map<std::string, std::string> names;
    auto name = [&](const std::string& user_id) {
      if (names.count(user_id)) return;
      auto u = store::find_user(unit, user_id);
      names[user_id] = u ? u->user.display_name : "";
    };
    for (const auto& e : v.evidence) name(e.created_by);
    for (const auto& h : v.history) name(h.changed_by);
    v.who.assign(names.begin(), names.end());
  }
  return v;
}

std::string details(boost::json::object o) { return boost::json::serialize(o); }

}  // namespace

PartnershipScope scope_of(const store::PartnershipRecord& p) { return {p.region_code, p.party_ids()}; }

store::PartnershipViewer viewer_of(const Actor& actor) {
  return {actor.organization.id, partnership_region(actor)};
}

std::string today(const Context& ctx) { return format_time(ctx.clock.now()).substr(0, 10); }

std::vector<Organization> organizations_of(store::UnitOfWork& unit, const std::vector<std::string>& ids) {
  std::vector<Organization> out;
  for (const auto& id : ids)
    if (auto o = store::find_organization(unit, id)) out.push_back(*o);
  return out;
}

Result<store::PartnershipRecord> visible_partnership(store::UnitOfWork& unit, const Actor& actor,
                                                     const std::string& id) {
  auto p = store::find_partnership(unit, id);
  if (!p || !may_see_partnership(actor, scope_of(*p))) return partnership_not_found();
  return *p;
}

Result<store::PartnershipRecord> editable_partnership(store::UnitOfWork& unit, const Actor& actor,
                                                      const std::string& id) {
  auto p = visible_partnership(unit, actor, id);
  if (!p) return p;
  if (!may_edit_partnership(actor, scope_of(*p)))
    return forbidden(
        "Hanya pengelola kemitraan lembaga pihak atau supervisor/admin Dinas Sosial yang dapat mengubah kemitraan ini.");
  return p;
}

Status check_partnership_link(store::UnitOfWork& unit, const Actor& actor, const std::string& partnership_id) {
  if (partnership_id.empty() || visible_partnership(unit, actor, partnership_id)) return ok_status();
  return invalid_input("partnership_id", "Kemitraan tidak ditemukan atau tidak dapat Anda lihat; pilih kemitraan lembaga Anda.");
}

Result<PartnershipView> create_partnership(const Context& ctx, const Actor& actor, const PartnershipInput& in) {
  if (!works_on_partnerships(actor)) return forbidden("Peran Anda tidak dapat membuat kemitraan.");
  if (!in.title) return invalid_input("title", "Isi nama kemitraan.");
  if (!in.parties) return invalid_input("parties", "Kemitraan membutuhkan paling sedikit dua lembaga pihak.");
  if (!in.start_date) return invalid_input("start_date", "Isi tanggal mulai (YYYY-MM-DD).");
  auto stage = in.stage.empty() ? PartnershipStage::problem_recognition : parse_partnership_stage(in.stage);
  if (!stage) return invalid_input("stage", "Tahap kemitraan tidak dikenal.");
  const std::string now = format_time(ctx.clock.now());
  store::UnitOfWork unit(ctx.db, Mode::write);
  store::PartnershipRecord p;
  p.id = ctx.ids.next();
  p.type = in.type.value_or("");
  p.region_code = in.region_code.value_or(actor.organization.region_code);
  if (!store::find_region(unit, p.region_code))
    return invalid_input("region_code", "Kode wilayah tidak dikenal (kode Kemendagri, mis. 18.71).");
  if (auto s = apply(unit, in, p); !s) return s.error();
  if (!may_edit_partnership(actor, scope_of(p)))
    return forbidden(
        "Hanya pengelola kemitraan dari lembaga pihak, atau supervisor/admin Dinas Sosial di wilayah kemitraan, yang "
        "dapat membuat kemitraan.");
  p.stage = *stage;
  p.stage_since = p.created_at = p.updated_at = now;
  p.created_by = actor.user.id;
  store::insert_partnership(unit, p);
  store::insert_stage_change(unit, {ctx.ids.next(), p.id, "", std::string(to_string(p.stage)),
                                    blank(in.stage_reason) ? "Kemitraan dicatat" : in.stage_reason, actor.user.id, now});
  write_audit(unit, ctx, actor,
              {"partnership.create", "partnership", p.id,
               details({{"stage", to_string(p.stage)},
                        {"parties", p.parties.size()},
                        {"region_code", p.region_code},
                        {"partnership_type", p.type}})});
  auto view = view_of(unit, actor, p, true);
  unit.commit();
  return view;
}

Result<PartnershipView> update_partnership(const Context& ctx, const Actor& actor, const std::string& id,
                                           const PartnershipInput& in) {
  if (!works_on_partnerships(actor)) return forbidden("Peran Anda tidak dapat mengubah kemitraan.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto p = editable_partnership(unit, actor, id);
  if (!p) return p.error();
  if (auto s = apply(unit, in, *p); !s) return s.error();
  if (!may_edit_partnership(actor, scope_of(*p)))
    return invalid_input("parties", "Lembaga Anda tidak boleh dikeluarkan dari daftar pihak oleh Anda sendiri.");
  p->updated_at = format_time(ctx.clock.now());
  store::update_partnership(unit, *p);
  boost::json::array fields;
  for (auto [name, given] : {std::pair{"title", in.title.has_value()}, {"purpose", in.purpose.has_value()},
                             {"programme", in.programme.has_value()}, {"partnership_type", in.type.has_value()},
                             {"categories", in.categories.has_value()}, {"start_date", in.start_date.has_value()},
                             {"end_date", in.end_date.has_value()}, {"parties", in.parties.has_value()}})
    if (given) fields.emplace_back(name);
  write_audit(unit, ctx, actor, {"partnership.update", "partnership", id, details({{"fields", fields}})});
  auto view = view_of(unit, actor, *p, true);
  unit.commit();
  return view;
}

Result<PartnershipView> get_partnership(const Context& ctx, const Actor& actor, const std::string& id) {
  if (!works_on_partnerships(actor)) return forbidden("Peran Anda hanya dapat melihat ringkasan kemitraan.");
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto p = visible_partnership(unit, actor, id);
  if (!p) return p.error();
  return view_of(unit, actor, *p, true);
}

Result<PartnershipPage> list_partnerships(const Context& ctx, const Actor& actor, store::PartnershipFilter filter) {
  if (!works_on_partnerships(actor)) return forbidden("Peran Anda hanya dapat melihat ringkasan kemitraan.");
  if (!filter.stage.empty() && !parse_partnership_stage(filter.stage))
    return invalid_input("stage", "Tahap kemitraan tidak dikenal.");
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto rows = store::list_partnerships(unit, viewer_of(actor), filter);
  PartnershipPage page;
  if (static_cast<int>(rows.size()) > filter.limit) {
    rows.pop_back();
    page.next_cursor = rows.back().id;
  }
  for (const auto& r : rows) page.items.push_back(view_of(unit, actor, r, false));
  return page;
}

Result<std::vector<StageCount>> partnership_stage_counts(const Context& ctx, const Actor& actor) {
  if (!actor.user.active) return forbidden();
  store::UnitOfWork unit(ctx.db, Mode::read);
  std::map<std::string, long long> counts;
  for (const auto& [stage, n] : store::count_by_stage(unit, actor.organization.region_code)) counts[stage] = n;
  std::vector<StageCount> out;
  for (auto s : partnership_stages()) out.push_back({s, counts[std::string(to_string(s))]});
  return out;
}

Result<PartnershipView> move_stage(const Context& ctx, const Actor& actor, const std::string& id,
                                   const std::string& stage, const std::string& reason) {
  auto to = parse_partnership_stage(stage);
  if (!to)
    return invalid_input("stage",
                         "Tahap kemitraan tidak dikenal: gunakan salah satu dari delapan tahap (mis. "
                         "problem_selection).");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto p = editable_partnership(unit, actor, id);
  if (!p) return p.error();
  if (auto s = check_stage_move(p->stage, *to, reason); !s) return s.error();
  const std::string now = format_time(ctx.clock.now());
  const std::string from(to_string(p->stage));
  store::set_stage(unit, id, *to, now);
  store::insert_stage_change(unit, {ctx.ids.next(), id, from, std::string(to_string(*to)), reason, actor.user.id, now});
  write_audit(unit, ctx, actor,
              {"partnership.stage", "partnership", id, details({{"from", from}, {"to", to_string(*to)}})});
  p->stage = *to;
  p->stage_since = p->updated_at = now;
  auto view = view_of(unit, actor, *p, true);
  unit.commit();
  return view;
}

Result<store::EvidenceRecord> add_evidence(const Context& ctx, const Actor& actor, const std::string& id,
                                           const EvidenceInput& in) {
  auto stage = parse_partnership_stage(in.stage);
  if (!stage) return invalid_input("stage", "Pilih tahap kemitraan yang dibuktikan.");
  const std::string day = in.on_date.empty() ? today(ctx) : in.on_date;
  if (!is_day(day)) return invalid_input("on_date", "Tanggal bukti harus berformat YYYY-MM-DD.");
  if (blank(in.note) && in.document_id.empty() && in.meeting_id.empty())
    return invalid_input("note", "Isi catatan, dokumen, atau rapat sebagai bukti tahap ini.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto p = editable_partnership(unit, actor, id);
  if (!p) return p.error();
  store::EvidenceRecord e{ctx.ids.next(),  id,         std::string(to_string(*stage)), day, in.note, in.document_id,
                          in.meeting_id, actor.user.id, format_time(ctx.clock.now())};
  store::insert_evidence(unit, e);
  write_audit(unit, ctx, actor,
              {"partnership.evidence", "partnership", id,
               details({{"evidence_id", e.id},
                        {"stage", e.stage},
                        {"document_id", e.document_id},
                        {"meeting_id", e.meeting_id}})});
  unit.commit();
  return e;
}

}  // namespace mitra::services
