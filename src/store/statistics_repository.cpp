#include "store/statistics_repository.hpp"

#include <soci/soci.h>

#include <stdexcept>

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
    for (std::size_t i = 0; i < params_.size(); ++i) st.exchange(soci::use(params_[i], "s" + std::to_string(i)));
  }
  // `column` (a region code) is `code` or below it: a key range ('/' follows '.'), which an index serves.
  std::string in_region(const std::string& column, const std::string& code) {
    return "(" + column + " = " + add(code) + " OR (" + column + " > " + add(code + ".") + " AND " + column + " < " +
           add(code + "/") + "))";
  }
  // An organisation id column within the scope and filters.
  std::string org_conditions(const std::string& column, const StatScopeQuery& q) {
    std::string w;
    if (!q.scope_organization.empty()) w += " AND " + column + " = " + add(q.scope_organization);
    if (!q.scope_region.empty())
      w += " AND " + column + " IN (SELECT id FROM organization WHERE " + in_region("region_code", q.scope_region) + ")";
    if (!q.organization.empty()) w += " AND " + column + " = " + add(q.organization);
    if (!q.region.empty())
      w += " AND " + column + " IN (SELECT id FROM organization WHERE " + in_region("region_code", q.region) + ")";
    return w;
  }
  // A person (alias p) within the scope and filters.
  std::string person_conditions(const StatScopeQuery& q) {
    std::string w;
    // The organisation's persons as a set (two index searches), not a test per category row.
    auto of_org = [&](const std::string& org) {
      const auto o1 = add(org), o2 = add(org);
      return " AND p.id IN (SELECT id FROM person WHERE registered_by = " + o1 +
             " UNION SELECT person_id FROM client_case WHERE organization_id = " + o2 + ")";
    };
    if (!q.scope_organization.empty()) w += of_org(q.scope_organization);
    // The region's persons as a set read in index order, rather than a region test per category row.
    if (!q.scope_region.empty())
      w += " AND p.id IN (SELECT id FROM person WHERE " + in_region("region_code", q.scope_region) + ")";
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
// the scope's rows are materialised.
std::string pmks_source(const std::string& rows_case, StatSql& s, const StatScopeQuery& q) {
  std::string out;
  for (const char* table : {"person_category", "person_category_past"}) {
    if (!out.empty()) out += " UNION ALL ";
    out += "SELECT " + rows_case + " AS row_no, p.sex AS sex, pc.person_id AS person_id, pc.category AS category FROM " +
           table + " pc JOIN person p ON p.id = pc.person_id WHERE pc.assessed_on >= " + s.add(q.from) +
           " AND pc.assessed_on < " + s.add(q.to) + s.person_conditions(q);
  }
  return out;
}

template <class F>
void each_row(UnitOfWork& u, StatSql& s, const std::string& sql, F&& define) {
  soci::statement st(u.sql());
  define(&st);
  s.bind(st);
  st.alloc();
  st.prepare(sql);
  st.define_and_bind();
  st.execute();
  while (st.fetch()) define(nullptr);
}

}  // namespace

std::vector<PmksRowCount> pmks_row_counts(UnitOfWork& u, const std::vector<std::vector<std::string>>& rows,
                                          const StatScopeQuery& q) {
  StatSql s;
  const auto sql = "SELECT row_no, sex, COUNT(DISTINCT person_id) FROM (" + pmks_source(row_case(rows), s, q) +
                   ") x GROUP BY row_no, sex";
  std::vector<PmksRowCount> out;
  int row = 0;
  std::string sex;
  long long n = 0;
  each_row(u, s, sql, [&](soci::statement* st) {
    if (st) {
      st->exchange(soci::into(row));
      st->exchange(soci::into(sex));
      st->exchange(soci::into(n));
    } else {
      out.push_back({row, sex == "P", n});
    }
  });
  return out;
}

std::vector<std::string> pmks_other_categories(UnitOfWork& u, const std::vector<std::vector<std::string>>& rows,
                                               const StatScopeQuery& q) {
  StatSql s;
  const auto sql = "SELECT DISTINCT category FROM (" + pmks_source(row_case(rows), s, q) +
                   ") x WHERE row_no = -1 ORDER BY category";
  std::vector<std::string> out;
  std::string c;
  each_row(u, s, sql, [&](soci::statement* st) {
    if (st)
      st->exchange(soci::into(c));
    else
      out.push_back(c);
  });
  return out;
}

std::vector<MonthSexCount> monthly_intakes(UnitOfWork& u, const StatScopeQuery& q) {
  StatSql s;
  const auto sql = "SELECT SUBSTR(c.opened_at, 1, 7) AS m, p.sex, COUNT(*) FROM client_case c JOIN person p ON p.id = c.person_id "
                   "WHERE c.opened_at >= " + s.add(q.from) + " AND c.opened_at < " + s.add(q.to) +
                   s.org_conditions("c.organization_id", q) + (q.source.empty() ? "" : [&] {
                     StatScopeQuery only_source;
                     only_source.source = q.source;
                     return s.person_conditions(only_source);
                   }()) +
                   " GROUP BY SUBSTR(c.opened_at, 1, 7), p.sex ORDER BY m";
  std::vector<MonthSexCount> out;
  std::string month, sex;
  long long n = 0;
  each_row(u, s, sql, [&](soci::statement* st) {
    if (st) {
      st->exchange(soci::into(month));
      st->exchange(soci::into(sex));
      st->exchange(soci::into(n));
      return;
    }
    if (out.empty() || out.back().month != month) out.push_back({month, 0, 0});
    (sex == "P" ? out.back().female : out.back().male) += n;
  });
  return out;
}

std::vector<KeyCount> services_by_type(UnitOfWork& u, const StatScopeQuery& q) {
  StatSql s;
  const auto sql = "SELECT cs.service_type, COUNT(*), COUNT(DISTINCT cs.person_id) FROM case_service cs WHERE cs.starts_on >= " +
                   s.add(q.from) + " AND cs.starts_on < " + s.add(q.to) + s.org_conditions("cs.provider_organization", q) +
                   " GROUP BY cs.service_type ORDER BY cs.service_type";
  std::vector<KeyCount> out;
  KeyCount k;
  each_row(u, s, sql, [&](soci::statement* st) {
    if (st) {
      st->exchange(soci::into(k.key));
      st->exchange(soci::into(k.count));
      st->exchange(soci::into(k.persons));
    } else {
      out.push_back(k);
    }
  });
  return out;
}

std::vector<StayRow> shelter_stays(UnitOfWork& u, const StatScopeQuery& q) {
  StatSql s;
  const auto sql = "SELECT o.name, st.admitted_at, st.discharged_at, st.destination FROM shelter_stay st "
                   "JOIN organization o ON o.id = st.facility_id WHERE st.admitted_at < " + s.add(q.to) +
                   " AND (st.discharged_at = '' OR st.discharged_at >= " + s.add(q.from) + ")" +
                   s.org_conditions("st.facility_id", q) + " ORDER BY o.name";
  std::vector<StayRow> out;
  StayRow r;
  each_row(u, s, sql, [&](soci::statement* st) {
    if (st) {
      st->exchange(soci::into(r.facility));
      st->exchange(soci::into(r.admitted_at));
      st->exchange(soci::into(r.discharged_at));
      st->exchange(soci::into(r.destination));
    } else {
      out.push_back(r);
    }
  });
  return out;
}

std::vector<ReferralRow> referral_rows(UnitOfWork& u, const StatScopeQuery& q) {
  StatSql s;
  const auto from_scope = s.org_conditions("r.from_organization", q);
  const auto to_scope = s.org_conditions("r.to_organization", q);
  const auto sql = "SELECT f.name, t.name, r.status, r.created_at, r.replied_at FROM referral r "
                   "JOIN organization f ON f.id = r.from_organization JOIN organization t ON t.id = r.to_organization "
                   "WHERE r.created_at >= " + s.add(q.from) + " AND r.created_at < " + s.add(q.to) +
                   " AND ((1 = 1" + from_scope + ") OR (1 = 1" + to_scope + ")) ORDER BY f.name, t.name";
  std::vector<ReferralRow> out;
  ReferralRow r;
  each_row(u, s, sql, [&](soci::statement* st) {
    if (st) {
      st->exchange(soci::into(r.from_name));
      st->exchange(soci::into(r.to_name));
      st->exchange(soci::into(r.status));
      st->exchange(soci::into(r.created_at));
      st->exchange(soci::into(r.replied_at));
    } else {
      out.push_back(r);
    }
  });
  return out;
}

std::vector<AgreementRow> agreements_in_force(UnitOfWork& u, const StatScopeQuery& q, const std::string& day) {
  StatSql s;
  const auto sql = "SELECT a.id, a.kind, a.number, a.title, a.start_date, a.end_date, a.budget_rupiah FROM agreement a "
                   "WHERE a.start_date <= " + s.add(day) + " AND (a.end_date = '' OR a.end_date >= " + s.add(day) +
                   ") AND EXISTS (SELECT 1 FROM agreement_party ap WHERE ap.agreement_id = a.id" +
                   s.org_conditions("ap.organization_id", q) + ") ORDER BY a.start_date, a.number";
  std::vector<AgreementRow> out;
  std::vector<std::string> ids;
  std::string id;
  AgreementRow r;
  each_row(u, s, sql, [&](soci::statement* st) {
    if (st) {
      st->exchange(soci::into(id));
      st->exchange(soci::into(r.kind));
      st->exchange(soci::into(r.number));
      st->exchange(soci::into(r.title));
      st->exchange(soci::into(r.start_date));
      st->exchange(soci::into(r.end_date));
      st->exchange(soci::into(r.budget));
    } else {
      ids.push_back(id);
      out.push_back(r);
    }
  });
  for (std::size_t i = 0; i < ids.size(); ++i) {
    std::string name;
    soci::statement st = (u.sql().prepare << "SELECT o.code FROM agreement_party ap JOIN organization o ON o.id = ap.organization_id "
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
  const auto sql = "SELECT title, source, CAST(SUM(amount) AS BIGINT), CAST(SUM(spent) AS BIGINT) FROM (SELECT pa.title AS title, "
                   "b.source AS source, b.amount AS amount, (SELECT COALESCE(SUM(d.amount), 0) FROM budget_disbursement d "
                   "WHERE d.allocation_id = b.id AND d.on_date >= " + from + " AND d.on_date < " + to +
                   ") AS spent FROM budget_allocation b JOIN partnership pa ON pa.id = b.partnership_id "
                   "WHERE EXISTS (SELECT 1 FROM partnership_party pp WHERE pp.partnership_id = pa.id" +
                   s.org_conditions("pp.organization_id", q) + ")) x GROUP BY title, source ORDER BY title, source";
  std::vector<BudgetRow> out;
  BudgetRow r;
  each_row(u, s, sql, [&](soci::statement* st) {
    if (st) {
      st->exchange(soci::into(r.partnership));
      st->exchange(soci::into(r.source));
      st->exchange(soci::into(r.allocated));
      st->exchange(soci::into(r.disbursed));
    } else {
      out.push_back(r);
    }
  });
  return out;
}

std::vector<OutcomeServiceRow> outcome_services(UnitOfWork& u, const StatScopeQuery& q) {
  StatSql s;
  const auto sql = "SELECT cs.service_type, cs.details, cs.status FROM case_service cs WHERE cs.service_type IN "
                   "('education', 'civil_document') AND cs.starts_on >= " + s.add(q.from) + " AND cs.starts_on < " +
                   s.add(q.to) + s.org_conditions("cs.provider_organization", q);
  std::vector<OutcomeServiceRow> out;
  OutcomeServiceRow r;
  each_row(u, s, sql, [&](soci::statement* st) {
    if (st) {
      st->exchange(soci::into(r.service_type));
      st->exchange(soci::into(r.details));
      st->exchange(soci::into(r.status));
    } else {
      out.push_back(r);
    }
  });
  return out;
}

std::vector<DischargeRow> discharges(UnitOfWork& u, const StatScopeQuery& q) {
  StatSql s;
  const auto sql = "SELECT st.person_id, st.discharged_at, st.destination FROM shelter_stay st WHERE st.discharged_at >= " +
                   s.add(q.from) + " AND st.discharged_at < " + s.add(q.to) + s.org_conditions("st.facility_id", q);
  std::vector<DischargeRow> out;
  DischargeRow r;
  each_row(u, s, sql, [&](soci::statement* st) {
    if (st) {
      st->exchange(soci::into(r.person_id));
      st->exchange(soci::into(r.discharged_at));
      st->exchange(soci::into(r.destination));
    } else {
      out.push_back(r);
    }
  });
  return out;
}

std::vector<std::pair<std::string, std::string>> netted_days(UnitOfWork& u, const std::vector<std::string>& person_ids) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& id : person_ids) {
    std::string day;
    std::string key = id;
    soci::statement st = (u.sql().prepare << "SELECT pt.started_at FROM patrol_person pp JOIN patrol pt ON pt.id = pp.patrol_id "
                                             "WHERE pp.person_id = :p",
                          soci::into(day), soci::use(key));
    st.execute();
    while (st.fetch()) out.emplace_back(id, day.substr(0, 10));
  }
  return out;
}

std::vector<FollowUpRow> follow_ups(UnitOfWork& u, const StatScopeQuery& q) {
  StatSql s;
  const auto sql = "SELECT v.due_on, v.visited_on FROM follow_up_visit v WHERE v.due_on >= " + s.add(q.from) +
                   " AND v.due_on < " + s.add(q.to) + s.org_conditions("v.organization_id", q);
  std::vector<FollowUpRow> out;
  FollowUpRow r;
  each_row(u, s, sql, [&](soci::statement* st) {
    if (st) {
      st->exchange(soci::into(r.due_on));
      st->exchange(soci::into(r.visited_on));
    } else {
      out.push_back(r);
    }
  });
  return out;
}

}  // namespace mitra::store

namespace mitra::store {

std::vector<ListedPerson> listed_persons(UnitOfWork& u, const StatScopeQuery& q, int limit) {
  StatSql s;
  const auto sql = "SELECT p.id, p.full_name, p.sex, p.birth_date, p.sensitive, pc.category, pc.assessed_on FROM "
                   "(SELECT person_id, category, assessed_on FROM person_category UNION ALL "
                   "SELECT person_id, category, assessed_on FROM person_category_past) pc JOIN person p ON p.id = pc.person_id "
                   "WHERE pc.assessed_on >= " + s.add(q.from) + " AND pc.assessed_on < " + s.add(q.to) +
                   s.person_conditions(q) + " ORDER BY p.name_folded, p.id, pc.category LIMIT " + std::to_string(limit);
  std::vector<ListedPerson> out;
  ListedPerson r;
  int sensitive = 0;
  each_row(u, s, sql, [&](soci::statement* st) {
    if (st) {
      st->exchange(soci::into(r.id));
      st->exchange(soci::into(r.full_name));
      st->exchange(soci::into(r.sex));
      st->exchange(soci::into(r.birth_date));
      st->exchange(soci::into(sensitive));
      st->exchange(soci::into(r.category));
      st->exchange(soci::into(r.assessed_on));
    } else {
      r.sensitive = sensitive != 0;
      out.push_back(r);
    }
  });
  return out;
}

}  // namespace mitra::store
