#include "store/statistics_repository.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <tuple>
#include <unordered_set>

namespace mitra::store {
namespace {

// Conditions and their parameters, bound by name (:s0, :s1, ...).
class StatSql {
 public:
  std::string add(const std::string& value) {
    params_.push_back(value);
    return ":s" + std::to_string(params_.size() - 1);
  }
  void bind(soci::statement& st) {
    for (std::size_t i = 0; i < params_.size(); ++i) {
      std::string name = std::to_string(i);
      name.insert(0, 1, 's');  // not "s" + ...: GCC 12 warns falsely (-Wstringop-overflow) on that
      st.exchange(soci::use(params_[i], name));
    }
  }
  // `column` (a region code) is `code` or below it: one key range, which an index serves. Codes
  // are digits and dots, and '/' follows '.' and precedes the digits, so [code, code + "/")
  // holds exactly `code` and the codes starting with `code` + ".".
  std::string in_region(const std::string& column, const std::string& code) {
    return "(" + column + " >= " + add(code) + " AND " + column + " < " + add(code + "/") + ")";
  }
  // An organisation id column within the scope and filters.
  std::string org_conditions(const std::string& column, const StatScopeQuery& q) {
    std::string w;
    if (!q.scope_organization.empty()) w += " AND " + column + " = " + add(q.scope_organization);
    if (!q.scope_region.empty())
      w +=
          " AND " + column + " IN (SELECT id FROM organization WHERE " + in_region("region_code", q.scope_region) + ")";
    if (!q.organization.empty()) w += " AND " + column + " = " + add(q.organization);
    if (!q.region.empty())
      w += " AND " + column + " IN (SELECT id FROM organization WHERE " + in_region("region_code", q.region) + ")";
    return w;
  }
  // A person (alias p) within the scope and filters.
  std::string person_conditions(const StatScopeQuery& q) {
    // Not a record merged into another: the person is counted once, as the record kept (a PMKS
    // category both records held stays on the merged one). Few ids, read once (migration 0025).
    std::string w = " AND p.id NOT IN (SELECT id FROM person WHERE merged_into IS NOT NULL)";
    // The organisation's persons as a set (two index searches), not a test per category row.
    auto of_org = [&](const std::string& org) {
      const auto o1 = add(org), o2 = add(org);
      return " AND p.id IN (SELECT id FROM person WHERE registered_by = " + o1 +
             " UNION SELECT person_id FROM client_case WHERE organization_id = " + o2 + ")";
    };
    if (!q.scope_organization.empty()) w += of_org(q.scope_organization);
    // The region's persons as a key range of person (region_code, id, sex); see pmks_source.
    if (!q.scope_region.empty()) w += " AND " + in_region("p.region_code", q.scope_region);
    if (!q.organization.empty()) w += of_org(q.organization);
    if (!q.region.empty()) w += " AND " + in_region("p.region_code", q.region);
    const std::string patrol = "EXISTS (SELECT 1 FROM patrol_person sp WHERE sp.person_id = p.id)";
    const std::string complaint = "EXISTS (SELECT 1 FROM complaint_person sq WHERE sq.person_id = p.id)";
    const std::string referral = "EXISTS (SELECT 1 FROM referral sr WHERE sr.person_id = p.id)";
    if (q.source == "patrol") w += " AND " + patrol;
    if (q.source == "complaint") w += " AND " + complaint;
    if (q.source == "referral") w += " AND " + referral;
    if (q.source == "direct") w += " AND NOT " + patrol + " AND NOT " + complaint + " AND NOT " + referral;
    return w;
  }

  // Only the persons in `person_column` who came in through q.source ("" when no source is asked).
  std::string source_condition(const std::string& person_column, const StatScopeQuery& q) {
    if (q.source.empty()) return "";
    StatScopeQuery only_source;
    only_source.source = q.source;
    return " AND " + person_column + " IN (SELECT p.id FROM person p WHERE 1 = 1" + person_conditions(only_source) + ")";
  }

 private:
  std::vector<std::string> params_;
};

std::string row_case(const std::vector<std::vector<std::string>>& rows) {
  std::string out = "CASE pc.category";
  for (std::size_t i = 0; i < rows.size(); ++i)
    for (const auto& c : rows[i]) {
      for (char ch : c)
        if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_'))
          throw std::invalid_argument("PMKS code with an unexpected character");
      out += " WHEN '" + c + "' THEN " + std::to_string(i);
    }
  return out + " ELSE -1 END";
}

// Both category tables, each joined to its persons and filtered before the union, so that only
// the scope's rows are materialised. Within a region the persons come first (SQLite keeps the
// order of a CROSS JOIN; PostgreSQL plans it as any inner join): the region's key range of
// person (region_code, id, sex), then each person's category rows of the period in
// (person_id, assessed_on, category): two covering indexes (migration 0024). Otherwise the
// planner chooses (an organisation's persons as a set, or the period's category rows).
std::string pmks_source(const std::string& rows_case, StatSql& s, const StatScopeQuery& q) {
  std::string out;
  const bool by_region = !q.scope_region.empty() || !q.region.empty();
  for (const std::string table : {"person_category", "person_category_past"}) {
    if (!out.empty()) out += " UNION ALL ";
    out += "SELECT " + rows_case + " AS row_no, p.sex AS sex, pc.person_id AS person_id, pc.category AS category FROM " +
           (by_region ? "person p CROSS JOIN " + table + " pc WHERE p.id = pc.person_id AND"
                      : table + " pc JOIN person p ON p.id = pc.person_id WHERE") +
           " pc.assessed_on >= " + s.add(q.from) + " AND pc.assessed_on < " + s.add(q.to) + s.person_conditions(q);
  }
  return out;
}

// One Row per result row; `fields(row)` ties the row's members to the columns, in order.
template <class Row, class Fields>
std::vector<Row> collect(UnitOfWork& u, StatSql& s, const std::string& sql, Fields&& fields) {
  std::vector<Row> out;
  Row r{};
  soci::statement st(u.sql());
  std::apply([&](auto&... f) { (st.exchange(soci::into(f)), ...); }, fields(r));
  s.bind(st);
  st.alloc();
  st.prepare(sql);
  st.define_and_bind();
  st.execute();
  while (st.fetch()) out.push_back(r);
  return out;
}

}  // namespace

std::vector<PmksRowCount> pmks_row_counts(UnitOfWork& u, const std::vector<std::vector<std::string>>& rows,
                                          const StatScopeQuery& q, std::vector<std::string>& other_categories) {
  StatSql s;
  // One pass over the scope's category rows (a CTE read twice is materialised by both engines):
  // the persons per row and sex, and (row_no -2) the categories that fall into no row.
  const auto sql = "WITH x AS (" + pmks_source(row_case(rows), s, q) +
                   ") SELECT row_no, sex, COUNT(DISTINCT person_id), '' FROM x GROUP BY row_no, sex "
                   "UNION ALL SELECT DISTINCT -2, '', 0, category FROM x WHERE row_no = -1";
  struct Raw {
    int row;
    std::string sex;
    long long n;
    std::string category;
  };
  std::vector<PmksRowCount> out;
  other_categories.clear();
  for (auto& r : collect<Raw>(u, s, sql, [](Raw& r) { return std::tie(r.row, r.sex, r.n, r.category); })) {
    if (r.row == -2)
      other_categories.push_back(std::move(r.category));
    else
      out.push_back({r.row, r.sex == "P", r.n});
  }
  std::sort(other_categories.begin(), other_categories.end());
  return out;
}

std::vector<MonthSexCount> monthly_intakes(UnitOfWork& u, const StatScopeQuery& q) {
  StatSql s;
  // The person's sex is on the case row (migration 0027): one covering index range per
  // organisation, (organization_id, opened_at, person_id, id, person_sex), no person looked up.
  const auto sql = "SELECT SUBSTR(c.opened_at, 1, 7), c.person_sex, COUNT(*) FROM client_case c WHERE c.opened_at >= " +
                   s.add(q.from) + " AND c.opened_at < " + s.add(q.to) + s.org_conditions("c.organization_id", q) +
                   s.source_condition("c.person_id", q) + " GROUP BY SUBSTR(c.opened_at, 1, 7), c.person_sex ORDER BY 1";
  struct Raw {
    std::string month, sex;
    long long n;
  };
  std::vector<MonthSexCount> out;
  for (const auto& r : collect<Raw>(u, s, sql, [](Raw& r) { return std::tie(r.month, r.sex, r.n); })) {
    if (out.empty() || out.back().month != r.month) out.push_back({r.month, 0, 0});
    (r.sex == "P" ? out.back().female : out.back().male) += r.n;
  }
  return out;
}

std::vector<KeyCount> services_by_type(UnitOfWork& u, const StatScopeQuery& q) {
  StatSql s;
  // A key range of case_service (provider_organization, starts_on, service_type, person_id) per
  // organisation (migration 0028); the distinct persons per type are counted in hash sets rather
  // than by COUNT(DISTINCT ...), which sorts (a city's 140,923 services of a year at 1M: 0.24 s).
  const auto sql = "SELECT cs.service_type, cs.person_id FROM case_service cs WHERE cs.starts_on >= " + s.add(q.from) +
                   " AND cs.starts_on < " + s.add(q.to) + s.org_conditions("cs.provider_organization", q) +
                   s.source_condition("cs.person_id", q);
  struct Raw {
    std::string type, person_id;
  };
  std::map<std::string, std::pair<long long, std::unordered_set<std::string>>> by_type;
  for (auto& r : collect<Raw>(u, s, sql, [](Raw& r) { return std::tie(r.type, r.person_id); })) {
    auto& [count, persons] = by_type[r.type];
    ++count;
    persons.insert(std::move(r.person_id));
  }
  std::vector<KeyCount> out;
  for (const auto& [type, t] : by_type) out.push_back({type, t.first, static_cast<long long>(t.second.size())});
  return out;
}

std::vector<StayRow> shelter_stays(UnitOfWork& u, const StatScopeQuery& q) {
  StatSql s;
  const auto sql =
      "SELECT o.name, st.admitted_at, st.discharged_at, st.destination FROM shelter_stay st "
      "JOIN organization o ON o.id = st.facility_id WHERE st.admitted_at < " +
      s.add(q.to) + " AND (st.discharged_at = '' OR st.discharged_at >= " + s.add(q.from) + ")" +
      s.org_conditions("st.facility_id", q) + s.source_condition("st.person_id", q) + " ORDER BY o.name";
  return collect<StayRow>(
      u, s, sql, [](StayRow& r) { return std::tie(r.facility, r.admitted_at, r.discharged_at, r.destination); });
}

std::vector<ReferralRow> referral_rows(UnitOfWork& u, const StatScopeQuery& q) {
  StatSql s;
  const auto from_scope = s.org_conditions("r.from_organization", q);
  const auto to_scope = s.org_conditions("r.to_organization", q);
  const auto sql =
      "SELECT f.name, t.name, r.status, r.created_at, r.replied_at FROM referral r "
      "JOIN organization f ON f.id = r.from_organization JOIN organization t ON t.id = r.to_organization "
      "WHERE r.created_at >= " +
      s.add(q.from) + " AND r.created_at < " + s.add(q.to) + " AND ((1 = 1" + from_scope + ") OR (1 = 1" + to_scope +
      "))" + s.source_condition("r.person_id", q) + " ORDER BY f.name, t.name";
  return collect<ReferralRow>(
      u, s, sql, [](ReferralRow& r) { return std::tie(r.from_name, r.to_name, r.status, r.created_at, r.replied_at); });
}

std::vector<AgreementRow> agreements_in_force(UnitOfWork& u, const StatScopeQuery& q, const std::string& day) {
  StatSql s;
  const auto sql =
      "SELECT a.id, a.kind, a.number, a.title, a.start_date, a.end_date, a.budget_rupiah FROM agreement a "
      "WHERE a.start_date <= " +
      s.add(day) + " AND (a.end_date = '' OR a.end_date >= " + s.add(day) +
      ") AND EXISTS (SELECT 1 FROM agreement_party ap WHERE ap.agreement_id = a.id" +
      s.org_conditions("ap.organization_id", q) + ") ORDER BY a.start_date, a.number";
  struct Raw {
    std::string id;
    AgreementRow a;
  };
  std::vector<AgreementRow> out;
  std::vector<std::string> ids;
  for (auto& r : collect<Raw>(u, s, sql, [](Raw& r) {
         return std::tie(r.id, r.a.kind, r.a.number, r.a.title, r.a.start_date, r.a.end_date, r.a.budget);
       })) {
    ids.push_back(r.id);
    out.push_back(std::move(r.a));
  }
  for (std::size_t i = 0; i < ids.size(); ++i) {
    std::string name;
    soci::statement st =
        (u.sql().prepare << "SELECT o.code FROM agreement_party ap JOIN organization o ON o.id = ap.organization_id "
                            "WHERE ap.agreement_id = :a ORDER BY ap.position",
         soci::into(name), soci::use(ids[i]));
    st.execute();
    while (st.fetch()) out[i].parties += (out[i].parties.empty() ? "" : ", ") + name;
  }
  return out;
}

std::vector<BudgetRow> budget_realisation(UnitOfWork& u, const StatScopeQuery& q) {
  StatSql s;
  const auto from = s.add(q.from), to = s.add(q.to);
  const auto sql =
      "SELECT title, source, CAST(SUM(amount) AS BIGINT), CAST(SUM(spent) AS BIGINT) FROM (SELECT pa.title AS title, "
      "b.source AS source, b.amount AS amount, (SELECT COALESCE(SUM(d.amount), 0) FROM budget_disbursement d "
      "WHERE d.allocation_id = b.id AND d.on_date >= " +
      from + " AND d.on_date < " + to +
      ") AS spent FROM budget_allocation b JOIN partnership pa ON pa.id = b.partnership_id "
      "WHERE EXISTS (SELECT 1 FROM partnership_party pp WHERE pp.partnership_id = pa.id" +
      s.org_conditions("pp.organization_id", q) + ")) x GROUP BY title, source ORDER BY title, source";
  return collect<BudgetRow>(u, s, sql,
                            [](BudgetRow& r) { return std::tie(r.partnership, r.source, r.allocated, r.disbursed); });
}

std::vector<OutcomeServiceRow> outcome_services(UnitOfWork& u, const StatScopeQuery& q) {
  StatSql s;
  const auto sql =
      "SELECT cs.service_type, cs.details, cs.status FROM case_service cs WHERE cs.service_type IN "
      "('education', 'civil_document') AND cs.starts_on >= " +
      s.add(q.from) + " AND cs.starts_on < " + s.add(q.to) + s.org_conditions("cs.provider_organization", q) +
      s.source_condition("cs.person_id", q);
  return collect<OutcomeServiceRow>(u, s, sql,
                                    [](OutcomeServiceRow& r) { return std::tie(r.service_type, r.details, r.status); });
}

std::vector<DischargeRow> discharges(UnitOfWork& u, const StatScopeQuery& q) {
  StatSql s;
  const auto sql =
      "SELECT st.person_id, st.discharged_at, st.destination FROM shelter_stay st WHERE st.discharged_at >= " +
      s.add(q.from) + " AND st.discharged_at < " + s.add(q.to) + s.org_conditions("st.facility_id", q) + s.source_condition("st.person_id", q);
  return collect<DischargeRow>(u, s, sql,
                               [](DischargeRow& r) { return std::tie(r.person_id, r.discharged_at, r.destination); });
}

std::vector<std::pair<std::string, std::string>> netted_after_discharge(UnitOfWork& u, const StatScopeQuery& q) {
  StatSql s;
  // One statement for all the persons discharged in the period (not one per person: a city's
  // 40,559 discharges of a year at 1M); only patrols from the period's start can follow them.
  const auto sql = "SELECT pp.person_id, pt.started_at FROM patrol_person pp JOIN patrol pt ON pt.id = pp.patrol_id "
                   "WHERE pt.started_at >= " + s.add(q.from) +
                   " AND pp.person_id IN (SELECT st.person_id FROM shelter_stay st WHERE st.discharged_at >= " +
                   s.add(q.from) + " AND st.discharged_at < " + s.add(q.to) + s.org_conditions("st.facility_id", q) +
                   s.source_condition("st.person_id", q) + ")";
  using Netted = std::pair<std::string, std::string>;
  auto out = collect<Netted>(u, s, sql, [](Netted& r) { return std::tie(r.first, r.second); });
  for (auto& [person, day] : out) day = day.substr(0, 10);
  return out;
}

std::vector<FollowUpRow> follow_ups(UnitOfWork& u, const StatScopeQuery& q) {
  StatSql s;
  const auto sql = "SELECT v.due_on, v.visited_on FROM follow_up_visit v WHERE v.due_on >= " + s.add(q.from) +
                   " AND v.due_on < " + s.add(q.to) + s.org_conditions("v.organization_id", q) +
                   s.source_condition("v.person_id", q);
  return collect<FollowUpRow>(u, s, sql, [](FollowUpRow& r) { return std::tie(r.due_on, r.visited_on); });
}

}  // namespace mitra::store

namespace mitra::store {

std::vector<ListedPerson> listed_persons(UnitOfWork& u, const StatScopeQuery& q, int limit) {
  StatSql s;
  const auto sql =
      "SELECT p.id, p.full_name, p.sex, p.birth_date, p.sensitive, pc.category, pc.assessed_on FROM "
      "(SELECT person_id, category, assessed_on FROM person_category UNION ALL "
      "SELECT person_id, category, assessed_on FROM person_category_past) pc JOIN person p ON p.id = pc.person_id "
      "WHERE pc.assessed_on >= " +
      s.add(q.from) + " AND pc.assessed_on < " + s.add(q.to) + s.person_conditions(q) +
      " ORDER BY p.name_folded, p.id, pc.category LIMIT " + std::to_string(limit);
  struct Raw {
    ListedPerson p;
    int sensitive;
  };
  std::vector<ListedPerson> out;
  for (auto& r : collect<Raw>(u, s, sql, [](Raw& r) {
         return std::tie(r.p.id, r.p.full_name, r.p.sex, r.p.birth_date, r.sensitive, r.p.category, r.p.assessed_on);
       })) {
    r.p.sensitive = r.sensitive != 0;
    out.push_back(std::move(r.p));
  }
  return out;
}

}  // namespace mitra::store
