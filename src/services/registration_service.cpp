#include "services/registration_service.hpp"

#include <boost/json.hpp>
#include <map>

#include "domain/region_time.hpp"
#include "domain/service.hpp"
#include "services/audit_service.hpp"
#include "services/document_access.hpp"
#include "services/document_service.hpp"
#include "services/holiday_service.hpp"
#include "services/policy.hpp"
#include "store/identity_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;
const Origin kSystem{"setup", "local"};

Error no_organization() { return not_found("Lembaga tidak ditemukan."); }
Error no_registration() { return not_found("Permohonan pendaftaran tidak ditemukan."); }

// Whether the organisation's region lies within `region` (the same code, or below it).
bool within(const std::string& code, const std::string& region) {
  return !region.empty() && code.rfind(region, 0) == 0 && (code.size() == region.size() || code[region.size()] == '.');
}

// A Dinsos whose region covers the organisation's region.
bool dinsos_over(const Actor& a, const std::string& region_code) {
  return is_dinsos(a.organization.type) && within(region_code, a.organization.region_code);
}

bool manages(const Actor& a) { return a.has(Role::admin) || a.has(Role::supervisor) || a.has(Role::partner_manager); }
bool leads_dinsos(const Actor& a) { return a.has(Role::admin) || a.has(Role::supervisor); }

// The organisation's own managers, the Dinsos over its region (supervisors, admins), and admins.
bool may_edit_organization(const Actor& a, const Organization& o) {
  if (!a.user.active) return false;
  if (a.organization.id == o.id) return manages(a);
  if (dinsos_over(a, o.region_code)) return leads_dinsos(a);
  return a.has(Role::admin) && is_dinsos(a.organization.type);
}

// The organisation's own users, the Dinsos over its region, and admins.
bool may_read_organization_documents(const Actor& a, const Organization& o) {
  if (!a.user.active) return false;
  return a.organization.id == o.id || dinsos_over(a, o.region_code) || a.has(Role::admin);
}

// --- profile --------------------------------------------------------------------------------

Status apply_profile(store::ProfileRecord& p, const ProfileInput& in) {
  auto date = [](const std::optional<std::string>& v, const char* field, std::string& out) -> Status {
    if (!v) return ok_status();
    if (!v->empty() && !parse_day(*v)) return invalid_input(field, "Tanggal harus berformat YYYY-MM-DD.");
    out = *v;
    return ok_status();
  };
  auto text = [](const std::optional<std::string>& v, const char* field, std::size_t max, std::string& out) -> Status {
    if (!v) return ok_status();
    if (v->size() > max) return invalid_input(field, "Isian terlalu panjang (paling banyak " + std::to_string(max) + " karakter).");
    out = *v;
    return ok_status();
  };
  for (auto s : {text(in.deed_number, "deed_number", 100, p.deed_number), date(in.deed_date, "deed_date", p.deed_date),
                 text(in.decree_number, "decree_number", 100, p.decree_number),
                 text(in.lks_number, "lks_number", 100, p.lks_number),
                 date(in.lks_valid_until, "lks_valid_until", p.lks_valid_until),
                 date(in.accreditation_date, "accreditation_date", p.accreditation_date),
                 text(in.address, "address", 500, p.address), text(in.contact_person, "contact_person", 200, p.contact_person)})
    if (!s) return s;
  if (in.accreditation) {
    if (!in.accreditation->empty() && *in.accreditation != "A" && *in.accreditation != "B" && *in.accreditation != "C")
      return invalid_input("accreditation", "Akreditasi harus A, B, C, atau kosong.");
    p.accreditation = *in.accreditation;
  }
  if (in.npwp) {
    if (!in.npwp->empty())
      if (auto msg = check_npwp(*in.npwp); !msg.empty()) return invalid_input("npwp", msg);
    p.npwp = npwp_digits(*in.npwp);
  }
  if (in.phone) {
    if (!in.phone->empty())
      if (auto msg = check_phone(*in.phone); !msg.empty()) return invalid_input("phone", msg);
    p.phone = *in.phone;
  }
  if (in.email) {
    if (!in.email->empty())
      if (auto msg = check_email(*in.email); !msg.empty()) return invalid_input("email", msg);
    p.email = *in.email;
  }
  if (in.services) {
    for (const auto& code : *in.services)
      if (!find_service_type(code)) return invalid_input("services", "Jenis layanan ATENSI '" + code + "' tidak dikenal.");
    p.services = *in.services;
  }
  auto count = [](const std::optional<int>& v, const char* field, int min, int max, int& out) -> Status {
    if (!v) return ok_status();
    if (*v < min || *v > max)
      return invalid_input(field, "Isian harus angka " + std::to_string(min) + " sampai " + std::to_string(max) + ".");
    out = *v;
    return ok_status();
  };
  for (auto s : {count(in.capacity, "capacity", 0, 100000, p.capacity),
                 count(in.social_workers, "social_workers", 0, 10000, p.social_workers),
                 count(in.registration_sla_days, "registration_sla_days", 1, 90, p.registration_sla_days)})
    if (!s) return s;
  return ok_status();
}

std::string profile_fields(const ProfileInput& in) {
  boost::json::array fields;
  auto add = [&](const char* name, bool given) {
    if (given) fields.emplace_back(name);
  };
  add("deed_number", in.deed_number.has_value());
  add("deed_date", in.deed_date.has_value());
  add("decree_number", in.decree_number.has_value());
  add("lks_number", in.lks_number.has_value());
  add("lks_valid_until", in.lks_valid_until.has_value());
  add("accreditation", in.accreditation.has_value());
  add("accreditation_date", in.accreditation_date.has_value());
  add("npwp", in.npwp.has_value());
  add("address", in.address.has_value());
  add("phone", in.phone.has_value());
  add("email", in.email.has_value());
  add("contact_person", in.contact_person.has_value());
  add("services", in.services.has_value());
  add("capacity", in.capacity.has_value());
  add("social_workers", in.social_workers.has_value());
  add("registration_sla_days", in.registration_sla_days.has_value());
  return boost::json::serialize(boost::json::object{{"fields", std::move(fields)}});
}

store::ProfileRecord profile_or_empty(store::UnitOfWork& unit, const std::string& organization_id) {
  auto p = store::find_profile(unit, organization_id);
  if (p) return *p;
  store::ProfileRecord empty;
  empty.organization_id = organization_id;
  empty.registration_sla_days = kDefaultRegistrationSlaDays;
  return empty;
}

// --- registration -----------------------------------------------------------------------------

struct Parties {
  Organization organization;
  std::optional<Organization> regency, province;
};

Parties parties_of(store::UnitOfWork& unit, const store::RegistrationRecord& r) {
  Parties p;
  p.organization = store::find_organization(unit, r.organization_id).value_or(Organization{});
  if (!r.regency_dinsos_id.empty()) p.regency = store::find_organization(unit, r.regency_dinsos_id);
  p.province = store::find_organization(unit, r.province_dinsos_id);
  return p;
}

bool visible(const Actor& a, const store::RegistrationRecord& r) {
  if (!a.user.active) return false;
  return a.organization.id == r.organization_id || a.organization.id == r.regency_dinsos_id ||
         a.organization.id == r.province_dinsos_id || a.has(Role::admin) || a.has(Role::auditor);
}

// May act for the applicant: its managers, or the regency/city Dinsos that receives it.
bool acts_for_applicant(const Actor& a, const store::RegistrationRecord& r) {
  if (a.organization.id == r.organization_id) return manages(a);
  return !r.regency_dinsos_id.empty() && a.organization.id == r.regency_dinsos_id && leads_dinsos(a);
}

bool allowed_step(const Actor& a, const store::RegistrationRecord& r, RegistrationStep step) {
  switch (step) {
    case RegistrationStep::resubmit: return acts_for_applicant(a, r);
    case RegistrationStep::recommend:
    case RegistrationStep::send_back: return a.organization.id == r.regency_dinsos_id && leads_dinsos(a);
    case RegistrationStep::approve:
    case RegistrationStep::reject: return a.organization.id == r.province_dinsos_id && leads_dinsos(a);
  }
  return false;
}

std::vector<std::string> actions_for(const Actor& a, const store::RegistrationRecord& r) {
  std::vector<std::string> out;
  const auto status = parse_registration_status(r.status).value_or(RegistrationStatus::rejected);
  const std::pair<RegistrationStep, const char*> steps[] = {{RegistrationStep::resubmit, "resubmit"},
                                                            {RegistrationStep::recommend, "recommend"},
                                                            {RegistrationStep::send_back, "return"},
                                                            {RegistrationStep::approve, "approve"},
                                                            {RegistrationStep::reject, "reject"}};
  for (const auto& [step, name] : steps)
    if (move_registration(status, step) && allowed_step(a, r, step)) out.emplace_back(name);
  if (status == RegistrationStatus::recommended && allowed_step(a, r, RegistrationStep::approve))
    out.insert(out.begin(), "check");
  return out;
}

RegistrationView view_of(store::UnitOfWork& unit, const Context& ctx, const Actor& actor,
                         const store::RegistrationRecord& r, bool full) {
  RegistrationView v;
  v.record = r;
  auto parties = parties_of(unit, r);
  v.organization = parties.organization;
  v.regency_dinsos = parties.regency;
  v.province_dinsos = parties.province;
  const auto status = parse_registration_status(r.status).value_or(RegistrationStatus::rejected);
  auto today = parse_day(local_date_in(ctx.clock.now(), r.region_code));
  auto due = parse_day(r.due_on);
  if (today && due) {
    v.overdue = registration_overdue(status, *due, *today);
    if (is_open(status)) {
      const auto calendar = working_calendar(unit);
      v.working_days_left = *today <= *due ? calendar.working_days_between(*today, *due)
                                           : -calendar.working_days_between(*due, *today);
    }
  }
  v.actions = actions_for(actor, r);
  if (full) {
    v.checks = store::list_checks(unit, r.id);
    v.events = store::list_events(unit, r.id);
  }
  return v;
}

std::string step_details(const store::RegistrationRecord& r) {
  return boost::json::serialize(boost::json::object{{"organization_id", r.organization_id}, {"status", r.status}});
}

void record_event(store::UnitOfWork& unit, const Context& ctx, const Actor& actor, const store::RegistrationRecord& r,
                  const std::string& action, const std::string& note) {
  store::insert_event(unit, {ctx.ids.next(), r.id, action, r.status, note, actor.user.id, actor.organization.id,
                             format_time(ctx.clock.now()), "", ""});
  write_audit(unit, ctx, actor, {"registration." + action, "organization_registration", r.id, step_details(r)});
}

std::optional<std::string> dinsos_id(store::UnitOfWork& unit, OrganizationType type, const std::string& region) {
  if (region.empty()) return std::nullopt;
  store::OrganizationFilter f;
  f.type = std::string(to_string(type));
  f.region = region;
  store::Page page;
  page.limit = 50;
  for (const auto& o : store::list_organizations(unit, page, f))
    if (o.active && o.region_code == region) return o.id;
  return std::nullopt;
}

int sla_days(store::UnitOfWork& unit, const std::string& province_id) {
  auto p = store::find_profile(unit, province_id);
  return p ? p->registration_sla_days : kDefaultRegistrationSlaDays;
}

Status check_text(const std::string& s, const char* field, std::size_t max) {
  if (s.size() > max) return invalid_input(field, "Isian terlalu panjang (paling banyak " + std::to_string(max) + " karakter).");
  return ok_status();
}

}  // namespace

// --- document owners --------------------------------------------------------------------------

void register_registration_document_owners() {
  register_document_owner("organization", [](store::UnitOfWork& unit, const Context&, const Actor& a, const std::string& id) {
    DocumentAccess access;
    auto o = store::find_organization(unit, id);
    if (!o) return access;
    access.visible = true;
    access.may_read = may_read_organization_documents(a, *o);
    access.may_write = access.may_read && may_edit_organization(a, *o);
    return access;
  });
  register_document_owner("registration", [](store::UnitOfWork& unit, const Context&, const Actor& a, const std::string& id) {
    DocumentAccess access;
    auto r = store::find_registration(unit, id);
    if (!r || !visible(a, *r)) return access;
    access.visible = access.may_read = true;
    const bool party = a.organization.id == r->organization_id || a.organization.id == r->regency_dinsos_id ||
                       a.organization.id == r->province_dinsos_id;
    access.may_write = party && (a.organization.id == r->organization_id ? manages(a) : leads_dinsos(a));
    return access;
  });
}

// --- profile --------------------------------------------------------------------------------

Result<ProfileView> get_profile(const Context& ctx, const Actor& actor, const std::string& organization_id) {
  if (!allowed(actor, Resource::organization, Action::read, {organization_id, ""})) return forbidden();
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto o = store::find_organization(unit, organization_id);
  if (!o) return no_organization();
  return ProfileView{*o, profile_or_empty(unit, organization_id), may_edit_organization(actor, *o)};
}

Result<ProfileView> update_profile(const Context& ctx, const Actor& actor, const std::string& organization_id,
                                   const ProfileInput& in) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto o = store::find_organization(unit, organization_id);
  if (!o) return no_organization();
  if (!may_edit_organization(actor, *o))
    return forbidden("Hanya pengelola lembaga ini atau Dinas Sosial wilayahnya yang dapat mengubah profil.");
  if (in.registration_sla_days && o->type != OrganizationType::dinsos_province)
    return invalid_input("registration_sla_days", "Batas waktu layanan pendaftaran hanya diatur oleh Dinas Sosial provinsi.");
  auto p = profile_or_empty(unit, organization_id);
  if (auto s = apply_profile(p, in); !s) return s.error();
  p.updated_by = actor.user.id;
  p.updated_at = format_time(ctx.clock.now());
  store::save_profile(unit, p);
  write_audit(unit, ctx, actor, {"organization.profile", "organization", organization_id, profile_fields(in)});
  unit.commit();
  return ProfileView{*o, p, true};
}

Status bootstrap_profile(store::UnitOfWork& unit, const Context& ctx, const std::string& organization_id,
                         const ProfileInput& in) {
  if (!store::find_organization(unit, organization_id)) return no_organization();
  auto p = profile_or_empty(unit, organization_id);
  if (auto s = apply_profile(p, in); !s) return s;
  p.updated_at = format_time(ctx.clock.now());
  store::save_profile(unit, p);
  write_audit_anonymous(unit, ctx, kSystem, {"organization.profile", "organization", organization_id, profile_fields(in)});
  return ok_status();
}

// --- workflow -------------------------------------------------------------------------------

Result<RegistrationView> apply_registration_in(store::UnitOfWork& unit, const Context& ctx, const Actor& actor,
                                               const std::string& organization_id, const std::string& note) {
  auto o = store::find_organization(unit, organization_id);
  if (!o) return no_organization();
  const bool own = actor.organization.id == o->id;
  if (!(own ? manages(actor) : dinsos_over(actor, o->region_code) && leads_dinsos(actor)))
    return forbidden("Hanya pengelola lembaga ini atau Dinas Sosial wilayahnya yang dapat mengajukan pendaftaran.");
  if (!is_registrable(o->type))
    return invalid_input("organization_id", "Hanya lembaga kesejahteraan sosial (LKS, LKSA, yayasan, LSM, ...) yang didaftarkan.");
  if (auto s = check_text(note, "note", 2000); !s) return s.error();
  if (store::find_open_registration(unit, o->id))
    return conflict("organization_id", "Lembaga ini masih punya permohonan pendaftaran yang sedang diproses.");
  const std::string today = local_date_in(ctx.clock.now(), o->region_code);
  const bool renewal = !o->registration_number.empty();
  if (renewal && !renewal_open(o->registration_valid_until, *parse_day(today))) {
    const auto opens = *parse_day(o->registration_valid_until) - std::chrono::days(kRenewalWindowDays);
    return conflict("organization_id", "Perpanjangan baru dapat diajukan mulai " + format_day(opens) +
                                           " (90 hari sebelum masa berlaku berakhir).");
  }
  auto province = dinsos_id(unit, OrganizationType::dinsos_province, province_of(o->region_code));
  if (!province)
    return invalid_input("organization_id", "Dinas Sosial provinsi untuk wilayah lembaga ini belum terdaftar di mitra.");
  auto regency = dinsos_id(unit, OrganizationType::dinsos_regency, regency_of(o->region_code));

  store::RegistrationRecord r;
  r.id = ctx.ids.next();
  r.organization_id = o->id;
  r.kind = renewal ? "renewal" : "new";
  r.regency_dinsos_id = regency.value_or("");
  r.province_dinsos_id = *province;
  r.region_code = o->region_code;
  r.note = note;
  r.created_by = actor.user.id;
  r.created_at = r.updated_at = r.submitted_at = format_time(ctx.clock.now());
  r.due_on = format_day(registration_due(working_calendar(unit), *parse_day(today), sla_days(unit, *province)));
  // Where the city has no Dinsos of its own in mitra, the application goes straight to the province.
  r.status = std::string(to_string(regency ? RegistrationStatus::submitted : RegistrationStatus::recommended));
  if (!regency) r.recommended_at = r.submitted_at;
  store::insert_registration(unit, r);
  store::set_organization_registration(unit, o->id, r.status, o->registration_number, o->registration_valid_until);
  record_event(unit, ctx, actor, r, "submit", note);
  return view_of(unit, ctx, actor, r, true);
}

Result<RegistrationView> registration_step_in(store::UnitOfWork& unit, const Context& ctx, const Actor& actor,
                                              const std::string& id, RegistrationStep step, const StepInput& in) {
  auto r = store::find_registration(unit, id);
  if (!r || !visible(actor, *r)) return no_registration();
  if (!allowed_step(actor, *r, step)) return forbidden("Langkah ini dilakukan oleh Dinas Sosial lain atau peran lain.");
  auto status = parse_registration_status(r->status);
  if (!status) return no_registration();
  auto next = move_registration(*status, step);
  if (!next) return next.error();
  for (auto s : {check_text(in.note, "note", 2000), check_text(in.reason, "reason", 2000),
                 check_text(in.registration_number, "registration_number", 100)})
    if (!s) return s.error();
  const std::string now = format_time(ctx.clock.now());
  const std::string today = local_date_in(ctx.clock.now(), r->region_code);
  auto org = store::find_organization(unit, r->organization_id);
  if (!org) return no_registration();
  std::string action, note = in.note;
  switch (step) {
    case RegistrationStep::resubmit:
      action = "resubmit";
      r->submitted_at = now;
      r->due_on = format_day(registration_due(working_calendar(unit), *parse_day(today), sla_days(unit, r->province_dinsos_id)));
      r->reason.clear();
      break;
    case RegistrationStep::recommend:
      action = "recommend";
      r->recommended_at = now;
      break;
    case RegistrationStep::send_back:
    case RegistrationStep::reject:
      action = step == RegistrationStep::reject ? "reject" : "return";
      if (in.reason.empty()) return invalid_input("reason", "Tuliskan alasannya agar lembaga dapat memperbaikinya.");
      r->reason = note = in.reason;
      if (step == RegistrationStep::reject) r->decided_at = now;
      break;
    case RegistrationStep::approve: {
      action = "approve";
      if (in.registration_number.empty()) return invalid_input("registration_number", "Nomor tanda daftar LKS wajib diisi.");
      auto until = parse_day(in.valid_until);
      if (!until) return invalid_input("valid_until", "Masa berlaku harus tanggal berformat YYYY-MM-DD.");
      const auto day = *parse_day(today);
      if (*until <= day) return invalid_input("valid_until", "Masa berlaku harus setelah hari ini.");
      if (*until > day + std::chrono::days(366 * kMaxRegistrationYears))
        return invalid_input("valid_until", "Masa berlaku paling lama 5 tahun.");
      std::map<std::string, CheckResult> checks;
      for (const auto& c : store::list_checks(unit, r->id)) checks[c.item] = *parse_check_result(c.result);
      if (auto s = check_survey_complete(checks); !s) return s.error();
      r->registration_number = in.registration_number;
      r->valid_until = in.valid_until;
      r->decided_at = now;
      r->reason.clear();
      break;
    }
  }
  r->status = std::string(to_string(*next));
  r->updated_at = now;
  store::update_registration(unit, *r);
  if (step == RegistrationStep::approve) {
    store::set_organization_registration(unit, org->id, r->status, r->registration_number, r->valid_until);
    auto p = profile_or_empty(unit, org->id);
    p.lks_number = r->registration_number;
    p.lks_valid_until = r->valid_until;
    p.updated_by = actor.user.id;
    p.updated_at = now;
    store::save_profile(unit, p);
  } else {
    store::set_organization_registration(unit, org->id, r->status, org->registration_number, org->registration_valid_until);
  }
  record_event(unit, ctx, actor, *r, action, note);
  return view_of(unit, ctx, actor, *r, true);
}

Result<RegistrationView> record_check_in(store::UnitOfWork& unit, const Context& ctx, const Actor& actor,
                                         const std::string& id, const CheckInput& in) {
  auto r = store::find_registration(unit, id);
  if (!r || !visible(actor, *r)) return no_registration();
  if (!allowed_step(actor, *r, RegistrationStep::approve))
    return forbidden("Survei legalitas dilakukan oleh Dinas Sosial provinsi.");
  if (r->status != "recommended")
    return conflict("status", "Survei hanya dapat dicatat setelah permohonan direkomendasikan dan sebelum diputuskan.");
  if (!is_check_item(in.item)) return invalid_input("item", "Butir pemeriksaan tidak dikenal.");
  if (!parse_check_result(in.result))
    return invalid_input("result", "Hasil pemeriksaan harus ok, not_ok, atau not_applicable.");
  if (auto s = check_text(in.note, "note", 1000); !s) return s.error();
  if (!in.document_id.empty() && !document_of(unit, in.document_id, "registration", r->id) &&
      !document_of(unit, in.document_id, "organization", r->organization_id))
    return invalid_input("document_id", "Dokumen tidak ditemukan pada permohonan atau lembaga ini.");
  const std::string now = format_time(ctx.clock.now());
  store::save_check(unit, {r->id, in.item, in.result, in.note, in.document_id, actor.user.id, now});
  r->updated_at = now;
  store::update_registration(unit, *r);
  record_event(unit, ctx, actor, *r, "check", in.item + ": " + in.result + (in.note.empty() ? "" : " - " + in.note));
  return view_of(unit, ctx, actor, *r, true);
}

Result<RegistrationView> apply_registration(const Context& ctx, const Actor& actor, const std::string& organization_id,
                                            const std::string& note) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto v = apply_registration_in(unit, ctx, actor, organization_id, note);
  if (v) unit.commit();
  return v;
}

Result<RegistrationView> registration_step(const Context& ctx, const Actor& actor, const std::string& id,
                                           RegistrationStep step, const StepInput& in) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto v = registration_step_in(unit, ctx, actor, id, step, in);
  if (v) unit.commit();
  return v;
}

Result<RegistrationView> record_check(const Context& ctx, const Actor& actor, const std::string& id, const CheckInput& in) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto v = record_check_in(unit, ctx, actor, id, in);
  if (v) unit.commit();
  return v;
}

Result<RegistrationView> get_registration(const Context& ctx, const Actor& actor, const std::string& id) {
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto r = store::find_registration(unit, id);
  if (!r || !visible(actor, *r)) return no_registration();
  return view_of(unit, ctx, actor, *r, true);
}

Result<RegistrationPage> list_registrations(const Context& ctx, const Actor& actor, const RegistrationQuery& q) {
  if (!actor.user.active) return forbidden();
  store::RegistrationFilter f;
  f.organization_id = q.organization_id;
  f.status = q.status;
  f.cursor = q.cursor;
  f.limit = q.limit;
  if (!q.status.empty() && q.status != "open" && !parse_registration_status(q.status))
    return invalid_input("status", "Status permohonan tidak dikenal.");
  if (q.inbox == "regency") {
    f.regency_dinsos_id = actor.organization.id;
    f.status = "submitted";
  } else if (q.inbox == "province") {
    f.province_dinsos_id = actor.organization.id;
    f.status = "recommended";
  } else if (!q.inbox.empty()) {
    return invalid_input("inbox", "Kotak masuk harus regency atau province.");
  }
  if (!(actor.has(Role::admin) || actor.has(Role::auditor)) || !q.inbox.empty())
    f.viewer_organization_id = actor.organization.id;
  store::UnitOfWork unit(ctx.db, Mode::read);
  RegistrationPage out;
  auto rows = store::list_registrations(unit, f);
  if (static_cast<int>(rows.size()) > q.limit) {
    rows.pop_back();
    out.next_cursor = rows.back().id;
  }
  for (const auto& r : rows) out.items.push_back(view_of(unit, ctx, actor, r, false));
  return out;
}

}  // namespace mitra::services
