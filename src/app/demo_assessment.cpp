#include "app/demo_assessment.hpp"

#include <stdexcept>
#include <vector>

#include "domain/working_days.hpp"
#include "store/assessment_repository.hpp"
#include "store/budget_repository.hpp"
#include "store/query.hpp"
#include "store/referral_repository.hpp"

namespace mitra::app {
namespace {

struct AssessmentDemo {
  store::UnitOfWork& unit;
  const services::Context& ctx;
  const std::map<std::string, std::string>& codes;
  const std::map<std::string, std::string>& users;
  int referrals = 0;

  std::string user(const char* name) const {
    auto it = users.find(name);
    return it != users.end() ? it->second : users.at("admin");
  }

  // The oldest cases of an organisation, to refer on.
  std::vector<std::string> cases_of(const char* org, std::size_t n) {
    auto ids = store::select_strings(
        unit, "SELECT id FROM client_case WHERE organization_id = :k ORDER BY opened_at, id", codes.at(org));
    if (ids.size() < n) throw std::runtime_error(std::string("demo assessment: too few cases at ") + org);
    ids.resize(n);
    return ids;
  }

  // A referral sent on `day`, answered `reply_after` days later (accepted) within its 3-day window.
  void referral(const std::string& case_id, const char* from, const char* to, const std::string& day, int reply_after,
                const char* service, const char* by) {
    store::ReferralRecord r;
    r.id = ctx.ids.next();
    r.case_id = case_id;
    r.person_id = store::select_strings(unit, "SELECT person_id FROM client_case WHERE id = :k", case_id).at(0);
    r.from_organization = codes.at(from);
    r.to_organization = codes.at(to);
    r.kind = ReferralKind::referral;
    r.service = service;
    r.reason = "Rujukan antar pihak kemitraan (data contoh)";
    r.consent_basis = "consent";
    r.created_by = user(by);
    r.created_at = r.updated_at = day + "T02:00:00.000Z";
    r.reply_due = add_days(day, 3) + "T02:00:00.000Z";
    store::insert_referral(unit, r);
    r.status = ReferralStatus::accepted;
    r.replied_at = r.updated_at = add_days(day, reply_after) + "T03:00:00.000Z";
    r.reply_reason = "Diterima";
    store::update_referral(unit, r);
    ++referrals;
  }

  // Each organisation's answers (1-5) to the statements, in the order given.
  void survey(const std::string& partnership, const char* period, const char* answered_on,
              const std::vector<std::pair<const char*, const char*>>& who,
              const std::vector<std::pair<const char*, std::vector<int>>>& statements) {
    for (std::size_t k = 0; k < who.size(); ++k)
      for (const auto& [statement, scores] : statements)
        store::save_survey_answer(unit, {partnership, codes.at(who[k].first), period, statement, user(who[k].second),
                                         std::string(answered_on) + "T05:00:00.000Z", scores.at(k)});
  }
};

}  // namespace

int load_assessment_demo(store::UnitOfWork& unit, const services::Context& ctx,
                         const std::map<std::string, std::string>& codes,
                         const std::map<std::string, std::string>& users, const DemoPartnerships& p) {
  AssessmentDemo d{unit, ctx, codes, users};

  // 000, Makassar RHRB: no joint work at first (2019-2020: poor communication, each for itself);
  // each runs its own role (2021-2022); from 2023 the Dinsos and the RHRB drop-in house refer
  // children to each other (coaching at RHRB one way, documents and shelter the other way).
  const auto rptc_cases = d.cases_of("RPTC-MKS", 12);
  const char* coaching = "Pembinaan, sekolah dan bakat anak di Rumah Hati Rumah Bakat";
  const char* documents = "Pengurusan dokumen kependudukan dan penampungan";
  d.referral(rptc_cases[0], "DINSOS-MKS", "RHRB-MKS", "2023-03-08", 1, coaching, "supervisor");
  d.referral(rptc_cases[1], "RHRB-MKS", "DINSOS-MKS", "2023-09-13", 2, documents, "admin");
  d.referral(rptc_cases[2], "DINSOS-MKS", "RHRB-MKS", "2024-02-07", 1, coaching, "supervisor");
  d.referral(rptc_cases[3], "RHRB-MKS", "DINSOS-MKS", "2024-05-15", 2, documents, "admin");
  d.referral(rptc_cases[4], "DINSOS-MKS", "RHRB-MKS", "2024-08-21", 1, coaching, "supervisor");
  const std::vector<std::pair<const char*, const char*>> rhrb_parties{{"DINSOS-MKS", "supervisor"},
                                                                      {"LSM-FPS", "partner_manager"}};
  d.survey(
      p.rhrb, "2020", "2020-12-18", rhrb_parties,
      {{"productivity.communication", {1, 2}}, {"productivity.joint_work", {1, 1}}, {"productivity.trust", {2, 1}}});
  d.survey(
      p.rhrb, "2022", "2022-12-16", rhrb_parties,
      {{"productivity.communication", {3, 3}}, {"productivity.joint_work", {2, 2}}, {"productivity.trust", {2, 3}}});
  d.survey(
      p.rhrb, "2024", "2024-12-13", rhrb_parties,
      {{"productivity.communication", {5, 4}}, {"productivity.joint_work", {4, 5}}, {"productivity.trust", {4, 5}}});

  // 001, Makassar RPTC: children move from the RPTC to the foundations and back to the Dinsos
  // for documents (breaking silos); the 2023 budget line keeps the funding steady.
  d.referral(rptc_cases[5], "RPTC-MKS", "YSY-MKS", "2024-03-06", 2, "Pengasuhan dan sekolah anak", "rptc_worker");
  d.referral(rptc_cases[6], "RPTC-MKS", "YSY-MKS", "2024-07-10", 1, "Pengasuhan dan sekolah anak", "rptc_worker");
  d.referral(rptc_cases[7], "RPTC-MKS", "YPKDS-MKS", "2024-09-04", 3, "Bimbingan keterampilan", "rptc_worker");
  d.referral(rptc_cases[8], "YSY-MKS", "DINSOS-MKS", "2024-10-16", 2, "Akta kelahiran dan KK", "admin");
  store::AllocationRecord a{
      ctx.ids.next(), p.rptc, "", "apbd", "APBD: operasional RPTC 2023", d.user("admin"), "2023-02-01T02:00:00.000Z",
      380'000'000,    0};
  store::insert_allocation(unit, a);
  store::add_disbursed(unit, a.id, 361'000'000);
  store::insert_disbursement(unit, {ctx.ids.next(), a.id, p.rptc, "2023-02-01", "Pencairan (data contoh)",
                                    d.user("admin"), "2023-02-01T03:00:00.000Z", 361'000'000});
  d.survey(p.rptc, "2024", "2024-12-11", {{"DINSOS-MKS", "supervisor"}, {"RPTC-MKS", "rptc_worker"}},
           {{"psp.leadership", {4, 4}}, {"psp.user_involvement", {4, 3}}, {"psp.flexibility", {4, 4}}});

  // 002, Semarang: the parties' own view of the slow letters.
  d.survey(
      p.bangjo, "2023", "2023-12-15", {{"DINSOS-SMG", "smg_supervisor"}, {"RUMPIN-BANGJO", "bangjo_manager"}},
      {{"brinkerhoff.mutuality", {4, 4}}, {"brinkerhoff.performance", {3, 2}}, {"brinkerhoff.efficiency", {3, 3}}});

  // 003, Lampung: people with disabilities referred both ways between the city Dinsos (which
  // recommended the LKS) and the LKS;
  // the parties see equality, openness and mutual benefit.
  const auto lks_cases = d.cases_of("LKS-AMANAH-BUNDA", 2);
  d.referral(lks_cases[0], "DINSOS-BDL", "LKS-AMANAH-BUNDA", "2024-04-17", 1, "Kursus Loka Bina Karya dan asrama",
             "admin");
  d.referral(lks_cases[1], "LKS-AMANAH-BUNDA", "DINSOS-BDL", "2024-05-22", 2, "Alat bantu dari Kemensos",
             "amanah_worker");
  d.survey(p.lampung, "2024", "2024-12-12", {{"DINSOS-LAMPUNG", "admin"}, {"LKS-AMANAH-BUNDA", "amanah_worker"}},
           {{"union.equality", {4, 5}},
            {"union.complementarity", {5, 5}},
            {"tandon.independence", {4, 4}},
            {"tandon.cooperation", {5, 4}},
            {"suroyo.equality", {5, 4}},
            {"suroyo.openness", {4, 4}},
            {"suroyo.mutual_benefit", {5, 4}}});

  // 004, DKI: long history, facilitation by the Dinsos, but no common ground rules.
  d.survey(p.dki, "2024", "2024-12-10", {{"DINSOS-DKI", "dki_supervisor"}, {"CSR-DKI", "csr_manager"}},
           {{"ansell_gash.initial_conditions", {4, 3}},
            {"ansell_gash.institutional_design", {2, 1}},
            {"ansell_gash.facilitative_leadership", {4, 3}},
            {"ansell_gash.collaborative_process", {3, 3}}});
  return d.referrals;
}

}  // namespace mitra::app
