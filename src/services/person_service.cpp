#include "services/person_service.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <chrono>
#include <set>
#include <sstream>

#include "domain/pmks.hpp"
#include "domain/text_list.hpp"
#include "services/audit_service.hpp"
#include "services/name_search.hpp"
#include "services/person_linkage.hpp"
#include "services/policy.hpp"
#include "store/case_repository.hpp"
#include "store/emergency_repository.hpp"
#include "store/identity_repository.hpp"
#include "store/referral_repository.hpp"
#include "store/region_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;
using namespace std::chrono;

const std::set<std::string> kDocuments{"akta_lahir", "kk", "ktp", "bpjs_kis"};
const std::set<std::string> kEducation{"", "none", "paud", "sd", "smp", "sma", "higher"};
const std::set<std::string> kSchool{"", "in_school", "dropped_out", "never", "graduated"};

std::string today_text(const Context& ctx) { return format_time(ctx.clock.now()).substr(0, 10); }

year_month_day ymd_of(TimePoint t) { return year_month_day{floor<days>(t)}; }

std::string date_text(year_month_day d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return buf;
}

std::vector<std::string> name_tokens(const std::string& name) {
  std::vector<std::string> out;
  std::string folded = name;
  for (auto& c : folded) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : (c == '.' || c == ',' ? ' ' : c);
  std::stringstream ss(folded);
  for (std::string t; ss >> t;)
    if (t.size() >= 2) out.push_back(t);
  return out;
}

std::string initials(const std::string& name) {
  std::string out;
  std::stringstream ss(name);
  for (std::string t; ss >> t;) {
    if (!out.empty()) out.push_back(' ');
    out.push_back(t.front());
    out.append("***");
  }
  return out;
}

bool is_child(const Person& p, const std::string& today) {
  if (p.birth_date.size() != 10) return false;
  const int born = std::stoi(p.birth_date.substr(0, 4)), now = std::stoi(today.substr(0, 4));
  const int age = now - born - (today.substr(5) < p.birth_date.substr(5) ? 1 : 0);
  return age < 18;
}

PersonAccess access_of(store::UnitOfWork& unit, const Actor& actor, const store::PersonRecord& r) {
  auto organizations = store::case_organizations(unit, r.person.id);
  for (auto& o : store::open_receivers_of_person(unit, r.person.id)) organizations.push_back(std::move(o));
  return {r.person.registered_by, r.person.region_code, r.sensitive, r.created_by, std::move(organizations),
          store::person_workers(unit, r.person.id), store::has_active_grant(unit, actor.user.id, r.person.id, actor.now)};
}

store::PersonScope scope_of(const Actor& a) { return {a.organization.id, supervised_region(a), a.user.id}; }

// Checks and completes the input; collects warnings the worker must confirm.
Status validate(store::UnitOfWork& unit, const Context& ctx, PersonInput& in, std::vector<std::string>& warnings,
                bool& sensitive) {
  auto& p = in.person;
  const std::string today = today_text(ctx);
  if (p.full_name.empty() || p.full_name.size() > 200)
    return invalid_input("full_name", "Nama lengkap wajib diisi (maksimal 200 karakter). Bila nama tidak diketahui, "
                                      "isi dengan nama panggilan.");
  if (!p.birth_date.empty() && !valid_birth_date(p.birth_date, today))
    return invalid_input("birth_date", "Tanggal lahir harus tanggal yang ada, tidak di masa depan, berformat TTTT-BB-HH.");
  if (p.birth_date.empty() && in.age_years) {
    if (*in.age_years < 0 || *in.age_years > 120) return invalid_input("age_years", "Umur harus 0 sampai 120 tahun.");
    // An age gives only the year: 1 July of that year, marked as estimated.
    const int year = static_cast<int>(ymd_of(ctx.clock.now()).year()) - *in.age_years;
    p.birth_date = date_text(year_month_day{std::chrono::year{year}, July, std::chrono::day{1}});
    p.birth_date_estimated = true;
  }
  if (!p.nik.empty()) {
    const auto check = check_nik(p.nik);
    if (!check.parts) return invalid_input("nik", check.error);
    if (!store::find_region(unit, check.parts->regency))
      warnings.push_back("Kode wilayah NIK (" + check.parts->regency +
                         ") tidak ada dalam daftar Kemendagri saat ini; mungkin wilayah itu sudah dimekarkan.");
    if (check.parts->sex != p.sex)
      warnings.push_back("Jenis kelamin pada NIK berbeda dengan yang diisi.");
    if (!p.birth_date.empty() && !p.birth_date_estimated) {
      const auto from_nik = nik_birth_date(*check.parts, ymd_of(ctx.clock.now()));
      if (!from_nik || date_text(*from_nik) != p.birth_date)
        warnings.push_back("Tanggal lahir pada NIK berbeda dengan tanggal lahir yang diisi.");
    }
  }
  if (!p.kk_number.empty() && (p.kk_number.size() != 16 || p.kk_number.find_first_not_of("0123456789") != std::string::npos))
    return invalid_input("kk_number", "Nomor KK harus 16 angka.");
  for (const auto& d : p.documents)
    if (!kDocuments.count(d)) return invalid_input("documents", "Dokumen '" + d + "' tidak dikenal (akta_lahir, kk, ktp, bpjs_kis).");
  if (!valid_religion(p.religion))
    return invalid_input("religion", "Agama tidak dikenal (islam, kristen, katolik, hindu, buddha, konghucu, kepercayaan).");
  if (const auto bad = invalid_disability(p.disabilities))
    return invalid_input("disabilities", "Ragam disabilitas '" + *bad +
                                             "' tidak dikenal atau tercantum dua kali (fisik, intelektual, mental, "
                                             "sensorik_netra, sensorik_rungu, sensorik_wicara).");
  if (!kEducation.count(p.education_level)) return invalid_input("education_level", "Jenjang pendidikan tidak dikenal.");
  if (!kSchool.count(p.school_status)) return invalid_input("school_status", "Status sekolah tidak dikenal.");
  for (const auto* region : {&p.domicile_region, &p.origin_region})
    if (!region->empty() && !store::find_region(unit, *region))
      return invalid_input(region == &p.domicile_region ? "domicile_region" : "origin_region",
                           "Kode wilayah tidak dikenal dalam daftar Kemendagri.");
  std::set<std::string> seen;
  for (const auto& c : in.categories) {
    const auto category = find_pmks(c);
    if (!category) return invalid_input("categories", "Kategori PMKS '" + c + "' tidak dikenal.");
    if (!seen.insert(c).second) return invalid_input("categories", "Kategori PMKS '" + c + "' tercantum dua kali.");
    sensitive = sensitive || category->sensitive;
  }
  if (in.consent) {
    const auto& c = *in.consent;
    if (c.given_by.empty()) return invalid_input("consent.given_by", "Isi nama pemberi persetujuan.");
    if (c.relation != "self" && c.relation != "parent" && c.relation != "guardian")
      return invalid_input("consent.relation", "Hubungan pemberi persetujuan harus self, parent, atau guardian.");
    if (is_child(p, today) && c.relation == "self")
      return invalid_input("consent.relation", "Untuk anak, persetujuan diberikan oleh orang tua atau wali.");
    if (c.purpose.empty()) return invalid_input("consent.purpose", "Isi tujuan persetujuan.");
    if (!valid_birth_date(c.given_on, today)) return invalid_input("consent.given_on", "Tanggal persetujuan tidak sah.");
  }
  return ok_status();
}

// Only those who work with the person's case record assess categories: social workers and
// supervisors (not partner managers, analysts, auditors).
bool may_assess(const Actor& a) { return a.user.active && (a.has(Role::social_worker) || a.has(Role::supervisor)); }

// The person when the actor may assess their categories; not_found when they may not see them.
Result<store::PersonRecord> assessable_person(store::UnitOfWork& unit, const Actor& actor, const std::string& id) {
  auto record = store::find_person(unit, id);
  if (!record || !can_see_person(unit, actor, *record)) return not_found("Penerima manfaat tidak ditemukan.");
  if (auto merged = refuse_if_merged(*record)) return *merged;
  return *record;
}

PersonView view_of(store::UnitOfWork& unit, store::PersonRecord record) {
  const auto id = record.person.id;
  const auto holder = store::find_organization(unit, record.person.registered_by).value_or(Organization{});
  return {std::move(record), store::list_categories(unit, id), store::list_consents(unit, id), holder, {}};
}

std::string holder_message(const Organization& holder) {
  return "NIK ini sudah terdaftar di mitra oleh " + holder.name + " (" + holder.code +
         "). Ajukan rujukan ke lembaga itu, jangan mendaftarkan ulang.";
}

std::string nik_holder_message(const Organization& holder) {
  return "NIK ini sudah terdaftar di mitra oleh " + holder.name + " (" + holder.code +
         ") untuk penerima manfaat lain. Periksa kembali NIK yang diisi; bila orangnya sama, ajukan rujukan ke "
         "lembaga itu.";
}

// The fields a correction may change, by API name, read from a person.
struct EditableField {
  const char* name;
  std::string (*text)(const Person&);
};

const EditableField kEditable[] = {
    {"full_name", [](const Person& p) { return p.full_name; }},
    {"other_names", [](const Person& p) { return p.other_names; }},
    {"sex", [](const Person& p) { return std::string(to_string(p.sex)); }},
    {"birth_date", [](const Person& p) { return p.birth_date; }},
    {"birth_date_estimated", [](const Person& p) { return std::string(p.birth_date_estimated ? "1" : "0"); }},
    {"birth_place", [](const Person& p) { return p.birth_place; }},
    {"nik", [](const Person& p) { return p.nik; }},
    {"kk_number", [](const Person& p) { return p.kk_number; }},
    {"mother_name", [](const Person& p) { return p.mother_name; }},
    {"father_name", [](const Person& p) { return p.father_name; }},
    {"religion", [](const Person& p) { return p.religion; }},
    {"phone", [](const Person& p) { return p.phone; }},
    {"domicile_region", [](const Person& p) { return p.domicile_region; }},
    {"domicile_address", [](const Person& p) { return p.domicile_address; }},
    {"origin_region", [](const Person& p) { return p.origin_region; }},
    {"origin_address", [](const Person& p) { return p.origin_address; }},
    {"education_level", [](const Person& p) { return p.education_level; }},
    {"school_status", [](const Person& p) { return p.school_status; }},
    {"documents", [](const Person& p) { return join_list(p.documents); }},
    {"disabilities", [](const Person& p) { return join_list(p.disabilities); }},
};

// The person with the patch's fields applied (birth date rules as at registration: a date sent
// without birth_date_estimated is exact; an age replaces the date with an estimate).
Person apply_patch(const Person& old, const PersonPatch& patch) {
  Person p = old;
  const auto& n = patch.person;
  const auto sent = [&](const char* f) { return patch.fields.count(f) > 0; };
  if (sent("full_name")) p.full_name = n.full_name;
  if (sent("other_names")) p.other_names = n.other_names;
  if (sent("sex")) p.sex = n.sex;
  if (sent("birth_date")) {
    p.birth_date = n.birth_date;
    p.birth_date_estimated = false;
  }
  if (sent("birth_date_estimated")) p.birth_date_estimated = n.birth_date_estimated;
  if (sent("age_years") && patch.age_years && (!sent("birth_date") || n.birth_date.empty())) p.birth_date.clear();
  if (p.birth_date.empty()) p.birth_date_estimated = false;
  if (sent("birth_place")) p.birth_place = n.birth_place;
  if (sent("nik")) p.nik = n.nik;
  if (sent("kk_number")) p.kk_number = n.kk_number;
  if (sent("mother_name")) p.mother_name = n.mother_name;
  if (sent("father_name")) p.father_name = n.father_name;
  if (sent("religion")) p.religion = n.religion;
  if (sent("phone")) p.phone = n.phone;
  if (sent("domicile_region")) p.domicile_region = n.domicile_region;
  if (sent("domicile_address")) p.domicile_address = n.domicile_address;
  if (sent("origin_region")) p.origin_region = n.origin_region;
  if (sent("origin_address")) p.origin_address = n.origin_address;
  if (sent("education_level")) p.education_level = n.education_level;
  if (sent("school_status")) p.school_status = n.school_status;
  if (sent("documents")) p.documents = n.documents;
  if (sent("disabilities")) p.disabilities = n.disabilities;
  return p;
}

}  // namespace

bool can_see_person(store::UnitOfWork& unit, const Actor& actor, const store::PersonRecord& person) {
  return may_see_person(actor, access_of(unit, actor, person));
}

Result<PersonView> register_person(const Context& ctx, const Actor& actor, PersonInput in) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto view = register_person_in(unit, ctx, actor, std::move(in));
  if (view) unit.commit();
  return view;
}

Result<PersonView> register_person_in(store::UnitOfWork& unit, const Context& ctx, const Actor& actor, PersonInput in) {
  if (!allowed(actor, Resource::person_identity, Action::create))
    return forbidden("Peran Anda tidak dapat mendaftarkan penerima manfaat.");
  std::vector<std::string> warnings;
  bool sensitive = false;
  if (auto s = validate(unit, ctx, in, warnings, sensitive); !s) return s.error();
  if (!in.person.nik.empty()) {
    if (auto existing = store::find_person_by_nik(unit, in.person.nik)) {
      auto holder = store::find_organization(unit, existing->person.registered_by);
      return conflict("nik", holder_message(holder.value_or(Organization{})));
    }
  }
  if (!warnings.empty() && !in.confirm_warnings) {
    std::string message = "Periksa lalu konfirmasi:";
    for (const auto& w : warnings) message += " " + w;
    return conflict("warnings", message);
  }
  auto& p = in.person;
  p.id = ctx.ids.next();
  p.region_code = actor.organization.region_code;
  p.registered_by = actor.organization.id;
  p.created_at = p.updated_at = format_time(ctx.clock.now());
  store::insert_person(unit, p, actor.user.id, sensitive);
  // Before the caller commits: a rolled-back registration leaves a stale entry, which
  // likely_matches() skips (it reads every hit back from the table).
  if (ctx.linkage) ctx.linkage->upsert(p);
  const std::string today = today_text(ctx);
  for (const auto& c : in.categories) store::insert_category(unit, {p.id, c, today, actor.user.id, "", ""});
  if (in.consent) {
    const auto& c = *in.consent;
    store::insert_consent(unit, {ctx.ids.next(), p.id, c.given_by, c.relation, c.purpose, c.given_on, "", actor.user.id},
                          p.created_at);
  }
  boost::json::array categories;
  for (const auto& c : in.categories) categories.emplace_back(c);
  write_audit(unit, ctx, actor,
              {"person.create", "person", p.id,
               boost::json::serialize(boost::json::object{{"categories", categories},
                                                          {"has_nik", !p.nik.empty()},
                                                          {"has_religion", !p.religion.empty()},
                                                          {"disabilities", p.disabilities.size()},
                                                          {"consent", in.consent.has_value()},
                                                          {"warnings_confirmed", !warnings.empty()}})});
  PersonView view{store::find_person(unit, p.id).value(), store::list_categories(unit, p.id),
                  store::list_consents(unit, p.id), actor.organization, warnings};
  return view;
}

Result<PersonView> add_person_category(const Context& ctx, const Actor& actor, const std::string& person_id,
                                       const std::string& category, std::string assessed_on) {
  if (!may_assess(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang dapat mencatat kategori PMKS.");
  const auto pmks = find_pmks(category);
  if (!pmks) return invalid_input("category", "Kategori PMKS tidak dikenal.");
  const std::string today = today_text(ctx);
  if (assessed_on.empty()) assessed_on = today;
  if (!valid_date(assessed_on) || assessed_on > today)
    return invalid_input("assessed_on", "Tanggal asesmen harus tanggal yang ada, tidak di masa depan, berformat TTTT-BB-HH.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto record = assessable_person(unit, actor, person_id);
  if (!record) return record.error();
  for (const auto& c : store::list_categories(unit, person_id)) {
    if (c.category != category) continue;
    if (c.ended_on.empty()) return conflict("category", "Kategori PMKS ini masih berlaku untuk penerima manfaat ini.");
    if (assessed_on < c.ended_on)
      return invalid_input("assessed_on", "Tanggal asesmen tidak boleh sebelum akhir periode kategori ini sebelumnya.");
  }
  const std::string now = format_time(ctx.clock.now());
  store::archive_ended_category(unit, ctx.ids.next(), person_id, category);
  store::insert_category(unit, {person_id, category, assessed_on, actor.user.id, "", ""});
  // A category whose identity is never published makes the person sensitive for good: ending it
  // later does not make a former child in conflict with the law publishable.
  if (pmks->sensitive && !record->sensitive)
    store::mark_person_sensitive(unit, person_id, now);
  else
    store::touch_person(unit, person_id, now);
  write_audit(unit, ctx, actor,
              {"person.category_add", "person", person_id,
               boost::json::serialize(boost::json::object{{"category", category}, {"assessed_on", assessed_on}})});
  auto view = view_of(unit, store::find_person(unit, person_id).value());
  unit.commit();
  return view;
}

Result<PersonView> end_person_category(const Context& ctx, const Actor& actor, const std::string& person_id,
                                       const std::string& category, std::string ended_on) {
  if (!may_assess(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang dapat mengakhiri kategori PMKS.");
  const std::string today = today_text(ctx);
  if (ended_on.empty()) ended_on = today;
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto record = assessable_person(unit, actor, person_id);
  if (!record) return record.error();
  std::optional<PersonCategory> open;
  bool ever = false;
  for (const auto& c : store::list_categories(unit, person_id)) {
    if (c.category != category) continue;
    ever = true;
    if (c.ended_on.empty()) open = c;
  }
  if (!ever) return not_found("Kategori PMKS ini tidak tercatat untuk penerima manfaat ini.");
  if (!open) return conflict("category", "Kategori PMKS ini sudah berakhir.");
  if (!valid_category_end(open->assessed_on, ended_on, today))
    return invalid_input("ended_on", "Tanggal akhir harus tanggal yang ada, tidak sebelum tanggal asesmen kategori ini "
                                     "dan tidak di masa depan.");
  store::end_category(unit, person_id, category, ended_on, actor.user.id);
  store::touch_person(unit, person_id, format_time(ctx.clock.now()));
  write_audit(unit, ctx, actor,
              {"person.category_end", "person", person_id,
               boost::json::serialize(boost::json::object{{"category", category}, {"ended_on", ended_on}})});
  auto view = view_of(unit, store::find_person(unit, person_id).value());
  unit.commit();
  return view;
}

Result<PersonView> update_person(const Context& ctx, const Actor& actor, const std::string& id, PersonPatch patch) {
  if (!may_assess(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang dapat mengubah data penerima manfaat.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto record = assessable_person(unit, actor, id);
  if (!record) return record.error();
  const Person& old = record->person;
  // Registration's rules on the corrected record as a whole.
  PersonInput in;
  in.person = apply_patch(old, patch);
  if (patch.fields.count("age_years")) in.age_years = patch.age_years;
  std::vector<std::string> warnings;
  bool sensitive = false;
  if (auto s = validate(unit, ctx, in, warnings, sensitive); !s) return s.error();
  Person& p = in.person;
  std::vector<std::string> changed;
  for (const auto& f : kEditable)
    if (f.text(old) != f.text(p)) changed.emplace_back(f.name);
  const auto did_change = [&](std::string_view name) { return std::find(changed.begin(), changed.end(), name) != changed.end(); };
  if (did_change("nik") && !p.nik.empty()) {
    if (auto holder = store::find_person_by_nik(unit, p.nik); holder && holder->person.id != id)
      return conflict("nik", nik_holder_message(
                                 store::find_organization(unit, holder->person.registered_by).value_or(Organization{})));
  }
  // The NIK's warnings concern the NIK, sex and birth date: confirmed again only when one of
  // them changes (a new phone number does not ask about a mismatch confirmed at registration).
  const bool identity_changed =
      did_change("nik") || did_change("sex") || did_change("birth_date") || did_change("birth_date_estimated");
  if (!identity_changed) warnings.clear();
  if (!warnings.empty() && !patch.confirm_warnings) {
    std::string message = "Periksa lalu konfirmasi:";
    for (const auto& w : warnings) message += " " + w;
    return conflict("warnings", message);
  }
  if (!changed.empty()) {
    p.updated_at = format_time(ctx.clock.now());
    store::update_person(unit, p, did_change("full_name") || did_change("other_names"));
    if (ctx.linkage) ctx.linkage->upsert(p);
  }
  boost::json::array fields;
  for (const auto& f : changed) fields.emplace_back(f);
  write_audit(unit, ctx, actor,
              {"person.update", "person", id,
               boost::json::serialize(
                   boost::json::object{{"fields", std::move(fields)}, {"warnings_confirmed", !warnings.empty()}})});
  auto view = view_of(unit, store::find_person(unit, id).value());
  view.warnings = std::move(warnings);
  unit.commit();
  return view;
}

Result<PersonView> get_person(const Context& ctx, const Actor& actor, const std::string& id) {
  if (!allowed(actor, Resource::person_identity, Action::read)) return forbidden("Peran Anda tidak dapat melihat identitas penerima manfaat.");
  store::UnitOfWork unit(ctx.db, Mode::write);  // the read itself is audited
  auto record = store::find_person(unit, id);
  if (!record || !may_see_person(actor, access_of(unit, actor, *record))) return not_found("Penerima manfaat tidak ditemukan.");
  PersonView view{*record, store::list_categories(unit, id), store::list_consents(unit, id),
                  store::find_organization(unit, record->person.registered_by).value_or(Organization{}), {}};
  write_audit(unit, ctx, actor, {"person.read", "person", id, "{}"});
  unit.commit();
  return view;
}

Result<PersonPage> search_persons(const Context& ctx, const Actor& actor, store::PersonFilter filter) {
  if (!allowed(actor, Resource::person_identity, Action::list)) return forbidden("Peran Anda tidak dapat melihat identitas penerima manfaat.");
  if (!filter.category.empty() && !find_pmks(filter.category)) return invalid_input("category", "Kategori PMKS tidak dikenal.");
  const bool by_name = filter.name.find_first_not_of(" \t") != std::string::npos;
  // The search reads outside the writers' queue (a read unit: SQLite readers do not wait for
  // writers), then appends its audit entry in a short write unit; the page is returned only
  // once that entry is committed, so nothing is disclosed unaudited. Reading inside the write
  // unit serialised every search behind every other write (docs/performance.md).
  PersonPage page;
  const auto scope = scope_of(actor);
  {
    // Released before the write unit is leased: a request holding two pooled sessions at once
    // could exhaust the pool when every thread does it.
    store::UnitOfWork read(ctx.db, Mode::read);
    if (!filter.organization_id.empty()) {
      // An organisation by id or by code.
      auto org = store::find_organization(read, filter.organization_id);
      if (!org) org = store::find_organization_by_code(read, filter.organization_id);
      if (!org) return invalid_input("organization", "Lembaga tidak dikenal.");
      filter.organization_id = org->id;
    }
    if (by_name) {
      // Typo tolerant and ranked best first (services/name_search.hpp).
      auto matches = match_names(read, &scope, filter);
      if (static_cast<int>(matches.size()) > filter.limit) {
        matches.pop_back();
        page.next_cursor = matches.back().sort_key;
      }
      for (auto& m : matches) page.items.push_back(std::move(m.record));
    } else {
      filter.name.clear();
      page.items = store::list_persons(read, scope, filter);
      if (static_cast<int>(page.items.size()) > filter.limit) {
        page.items.pop_back();
        std::string last = page.items.back().person.full_name;
        for (auto& c : last)
          if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        page.next_cursor = last + "|" + page.items.back().person.id;
      }
    }
  }
  // Every read of identifiable data is audited; the search words are not (they are names).
  store::UnitOfWork unit(ctx.db, Mode::write);
  write_audit(unit, ctx, actor,
              {"person.search", "person", "",
               boost::json::serialize(boost::json::object{{"results", page.items.size()},
                                                          {"by_name", by_name},
                                                          {"by_nik", !filter.nik.empty()}})});
  unit.commit();
  return page;
}

std::optional<Error> refuse_if_merged(const store::PersonRecord& person) {
  if (person.merged_into.empty()) return std::nullopt;
  return conflict("person_id",
                  "Data ini sudah digabungkan ke data lain (data ganda); catat di data yang dipertahankan.");
}

Result<std::vector<Candidate>> likely_matches(const Context& ctx, const Actor& actor, const PersonInput& in) {
  if (!allowed(actor, Resource::person_identity, Action::create)) return forbidden();
  const auto tokens = name_tokens(in.person.full_name);
  if (tokens.empty() && in.person.nik.empty())
    return invalid_input("full_name", "Isi nama atau NIK untuk mencari data yang mungkin sama.");
  // The linkage engine (services/person_linkage.hpp) over every organisation's records, before
  // the write unit is leased (it may read the registry once to build its index).
  std::vector<LinkageHit> hits;
  if (!tokens.empty()) hits = query_linkage(ctx.db, ctx.linkage, in.person, 10, /*sex_known=*/false);
  store::UnitOfWork unit(ctx.db, Mode::write);
  std::vector<Candidate> out;
  // Same NIK first (the record it was merged into, if it was), then the engine's likely
  // matches, best first. Every lookup here is by key: at 1M persons a scan would cost the
  // registration form hundreds of milliseconds.
  std::vector<store::PersonRecord> found;
  if (!in.person.nik.empty())
    if (auto same = store::find_person_by_nik(unit, in.person.nik)) {
      if (!same->merged_into.empty()) same = store::find_person(unit, same->merged_into);
      if (same) found.push_back(std::move(*same));
    }
  for (const auto& h : hits)
    if (std::none_of(found.begin(), found.end(), [&](const auto& f) { return f.person.id == h.person_id; }))
      if (auto r = store::find_person(unit, h.person_id); r && r->merged_into.empty()) found.push_back(std::move(*r));
  for (const auto& r : found) {
    Candidate c;
    c.reason = !in.person.nik.empty() && r.person.nik == in.person.nik ? "same_nik" : "similar_name";
    c.visible = may_see_person(actor, access_of(unit, actor, r));
    c.person_id = c.visible ? r.person.id : "";
    // Children in conflict with the law and victims: not even initials outside their circle.
    const bool hidden = !c.visible && r.sensitive;
    c.display_name = c.visible ? r.person.full_name : hidden ? "" : initials(r.person.full_name);
    c.birth_year = hidden ? "" : r.person.birth_date.substr(0, 4);
    c.sex = r.person.sex;
    c.holder = store::find_organization(unit, r.person.registered_by).value_or(Organization{});
    out.push_back(std::move(c));
    if (out.size() == 10) break;
  }
  write_audit(unit, ctx, actor,
              {"person.match_check", "person", "",
               boost::json::serialize(boost::json::object{{"candidates", out.size()}})});
  unit.commit();
  return out;
}

}  // namespace mitra::services
