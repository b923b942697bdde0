#include "app/demo_registration.hpp"

#include "app/demo.hpp"

#include <stdexcept>

#include "domain/working_days.hpp"
#include "services/registration_service.hpp"
#include "store/identity_repository.hpp"

namespace mitra::app {
namespace {

using services::ProfileInput;
using services::StepInput;

const DemoOrganizationSpec kOrganizations[] = {
    {"LKSA-HARAPAN-BDL", "LKSA Harapan Kita Bandar Lampung", "lksa", "18.71", ""},
    {"YAY-PELITA-BDL", "Yayasan Pelita Hati Lampung", "yayasan", "18.71", ""},
    {"RS-CAHAYA-BDL", "Rumah Singgah Cahaya Bandar Lampung", "rumah_singgah", "18.71", ""},
};

const DemoUserSpec kUsers[] = {
    {"lampung_supervisor", "Kepala Bidang Rehsos Dinsos Provinsi Lampung (demo)", "supervisor", "DINSOS-LAMPUNG"},
    {"bdl_supervisor", "Kepala Seksi Dinsos Kota Bandar Lampung (demo)", "supervisor", "DINSOS-BDL"},
    {"amanah_manager", "Pengelola LKS Amanah Bunda (demo)", "partner_manager", "LKS-AMANAH-BUNDA"},
    {"harapan_manager", "Pengelola LKSA Harapan Kita (demo)", "partner_manager", "LKSA-HARAPAN-BDL"},
    {"pelita_manager", "Pengelola Yayasan Pelita Hati (demo)", "partner_manager", "YAY-PELITA-BDL"},
};

std::string describe(const Error& e) { return e.message + (e.field.empty() ? "" : " (" + e.field + ")"); }

template <class T>
T must(Result<T> r, const std::string& what) {
  if (!r) throw std::runtime_error("demo registration " + what + ": " + describe(r.error()));
  return std::move(r).value();
}

services::Actor actor_of(store::UnitOfWork& unit, const std::string& user_id) {
  auto u = store::find_user(unit, user_id);
  if (!u) throw std::runtime_error("demo registration: user missing");
  auto o = store::find_organization(unit, u->user.organization_id);
  return services::Actor{u->user, *o, "demo", "local", ""};
}

// A context whose clock shows `day` at 09:00 WIB (02:00 UTC) plus `hour` hours.
struct Moment {
  FakeClock clock;
  services::Context ctx;
  Moment(const services::Context& base, Day day, int hour = 0)
      : clock(TimePoint{day} + std::chrono::hours(2 + hour)), ctx{base.db, clock, base.ids} {
    ctx.files_dir = base.files_dir;
  }
};

ProfileInput profile(const char* deed, const char* deed_date, const char* decree, const char* npwp, const char* address,
                     const char* phone, const char* email, const char* contact, std::vector<std::string> services,
                     int capacity, int workers, const char* accreditation = "", const char* accreditation_date = "") {
  ProfileInput p;
  p.deed_number = deed;
  p.deed_date = deed_date;
  p.decree_number = decree;
  p.npwp = npwp;
  p.address = address;
  p.phone = phone;
  p.email = email;
  p.contact_person = contact;
  p.services = std::move(services);
  p.capacity = capacity;
  p.social_workers = workers;
  p.accreditation = accreditation;
  p.accreditation_date = accreditation_date;
  return p;
}

}  // namespace

RegistrationDemo load_registrations(store::UnitOfWork& unit, const services::Context& ctx,
                                    std::map<std::string, std::string>& codes, std::map<std::string, std::string>& users,
                                    std::string& lines) {
  RegistrationDemo out;
  for (const auto& o : kOrganizations) {
    add_demo_organization(unit, ctx, o, codes);
    ++out.organizations;
  }
  for (const auto& u : kUsers) {
    add_demo_user(unit, ctx, u, codes, users, lines);
    ++out.users;
  }

  // Legal data (illustrative numbers in the formats the offices use).
  auto set_profile = [&](const char* code, const ProfileInput& p) {
    if (auto s = services::bootstrap_profile(unit, ctx, codes.at(code), p); !s)
      throw std::runtime_error(std::string("demo profile ") + code + ": " + describe(s.error()));
  };
  set_profile("LKS-AMANAH-BUNDA",
              profile("12", "2015-08-17", "AHU-0012345.AH.01.04.Tahun 2015", "02.345.678.9-325.000",
                      "Jl. Pramuka No. 17, Rajabasa, Bandar Lampung", "+62 721 780123", "lks.amanahbunda@contoh.or.id",
                      "Ibu Siti Aminah", {"vocational_training", "assistive_device", "social_care"}, 40, 6, "B", "2022-11-10"));
  set_profile("LKSA-HARAPAN-BDL",
              profile("7", "2019-03-02", "AHU-0004567.AH.01.04.Tahun 2019", "03.456.789.0-325.000",
                      "Jl. Teuku Umar No. 5, Kedaton, Bandar Lampung", "0721-702456", "lksa.harapankita@contoh.or.id",
                      "Bapak Ahmad Fauzi", {"social_care", "basic_needs", "education"}, 30, 3));
  set_profile("YAY-PELITA-BDL",
              profile("21", "2018-05-14", "AHU-0009876.AH.01.04.Tahun 2018", "1871015505800002",
                      "Jl. Sultan Agung No. 40, Way Halim, Bandar Lampung", "0721-774321", "pelitahati@contoh.or.id",
                      "Ibu Rina Marlina", {"family_support", "counselling"}, 25, 4, "C", "2021-06-30"));
  set_profile("RS-CAHAYA-BDL",
              profile("3", "2012-01-09", "AHU-0001111.AH.01.04.Tahun 2012", "01.222.333.4-325.000",
                      "Jl. Ikan Hiu No. 8, Teluk Betung Selatan, Bandar Lampung", "0721-481122", "",
                      "Bapak Joko Susilo", {"basic_needs", "social_care"}, 20, 2));
  ProfileInput province;
  province.address = "Jl. Basuki Rahmat No. 20, Teluk Betung Utara, Bandar Lampung";
  province.phone = "0721-481234";
  province.registration_sla_days = 14;
  set_profile("DINSOS-LAMPUNG", province);
  ProfileInput city;
  city.address = "Jl. Dr. Susilo No. 2, Teluk Betung Utara, Bandar Lampung";
  city.phone = "0721-473521";
  set_profile("DINSOS-BDL", city);

  const auto amanah = actor_of(unit, users.at("amanah_manager"));
  const auto harapan = actor_of(unit, users.at("harapan_manager"));
  const auto pelita = actor_of(unit, users.at("pelita_manager"));
  const auto city_dinsos = actor_of(unit, users.at("bdl_supervisor"));
  const auto province_dinsos = actor_of(unit, users.at("lampung_supervisor"));
  auto check_all = [&](const services::Context& c, const std::string& id, int count, const char* note) {
    int n = 0;
    for (const auto& item : registration_check_items()) {
      if (n++ == count) break;
      must(services::record_check_in(unit, c, province_dinsos, id, {item, "ok", note, ""}), "check " + item);
    }
  };

  // LKS Amanah Bunda (seed 003): registered in February 2023, valid five years.
  {
    Moment applied(ctx, *parse_day("2023-02-06"));
    auto r = must(services::apply_registration_in(unit, applied.ctx, amanah, codes.at("LKS-AMANAH-BUNDA"),
                                                  "Permohonan tanda daftar LKS; berkas lengkap terlampir."),
                  "Amanah Bunda apply");
    Moment recommended(ctx, *parse_day("2023-02-10"));
    must(services::registration_step_in(unit, recommended.ctx, city_dinsos, r.record.id, RegistrationStep::recommend,
                                        {"Berkas lengkap, lembaga aktif melayani penyandang disabilitas.", "", "", ""}),
         "Amanah Bunda recommend");
    Moment surveyed(ctx, *parse_day("2023-02-20"));
    check_all(surveyed.ctx, r.record.id, 7, "Sesuai dokumen asli saat kunjungan lapangan.");
    Moment approved(ctx, *parse_day("2023-02-24"));
    must(services::registration_step_in(unit, approved.ctx, province_dinsos, r.record.id, RegistrationStep::approve,
                                        {"Memenuhi seluruh kriteria legalitas.", "", "460/123/V.08/2023", "2028-02-23"}),
         "Amanah Bunda approve");
    ++out.registrations;
  }

  // Rumah Singgah Cahaya: registered in 2019 for five years, not renewed: expired.
  {
    Moment applied(ctx, *parse_day("2019-03-04"));
    auto r = must(services::apply_registration_in(unit, applied.ctx, city_dinsos, codes.at("RS-CAHAYA-BDL"),
                                                  "Diajukan oleh Dinsos Kota atas nama lembaga."),
                  "Cahaya apply");
    Moment recommended(ctx, *parse_day("2019-03-06"));
    must(services::registration_step_in(unit, recommended.ctx, city_dinsos, r.record.id, RegistrationStep::recommend,
                                        {"Direkomendasikan.", "", "", ""}),
         "Cahaya recommend");
    Moment surveyed(ctx, *parse_day("2019-03-18"));
    check_all(surveyed.ctx, r.record.id, 7, "Sesuai.");
    must(services::registration_step_in(unit, surveyed.ctx, province_dinsos, r.record.id, RegistrationStep::approve,
                                        {"", "", "460/087/V.08/2019", "2024-03-17"}),
         "Cahaya approve");
    ++out.registrations;
  }

  const Day today = std::chrono::floor<std::chrono::days>(ctx.clock.now());
  // LKSA Harapan Kita: applied five weeks ago; the city Dinsos has not answered (overdue).
  {
    Moment applied(ctx, today - std::chrono::days(35));
    must(services::apply_registration_in(unit, applied.ctx, harapan, codes.at("LKSA-HARAPAN-BDL"),
                                         "Permohonan pendaftaran baru sebagai LKSA."),
         "Harapan apply");
    ++out.registrations;
  }

  // Yayasan Pelita Hati: recommended this week; the province has checked three items.
  {
    Moment applied(ctx, today - std::chrono::days(8));
    auto r = must(services::apply_registration_in(unit, applied.ctx, pelita, codes.at("YAY-PELITA-BDL"),
                                                  "Permohonan pendaftaran LKS."),
                  "Pelita apply");
    Moment recommended(ctx, today - std::chrono::days(5));
    must(services::registration_step_in(unit, recommended.ctx, city_dinsos, r.record.id, RegistrationStep::recommend,
                                        {"Lembaga aktif di Way Halim; berkas lengkap.", "", "", ""}),
         "Pelita recommend");
    Moment surveyed(ctx, today - std::chrono::days(1));
    check_all(surveyed.ctx, r.record.id, 3, "Sesuai.");
    ++out.registrations;
  }
  return out;
}

}  // namespace mitra::app
