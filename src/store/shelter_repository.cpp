#include "store/shelter_repository.hpp"

#include <soci/soci.h>

#include <utility>

#include "store/query.hpp"

namespace mitra::store {
namespace {

using soci::into;
using soci::use;

constexpr const char* kFacilityColumns =
    "SELECT organization_id, region_code, beds_male_child, beds_female_child, beds_male_adult, beds_female_adult, "
    "updated_by, updated_at FROM shelter_facility ";

struct FacilityRowBinding {
  FacilityRecord f;
  void bind(soci::statement& st) {
    st.exchange(into(f.organization_id));
    st.exchange(into(f.region_code));
    for (auto& beds : f.capacity.beds) st.exchange(into(beds));
    st.exchange(into(f.updated_by));
    st.exchange(into(f.updated_at));
  }
  FacilityRecord take() const { return f; }
};

constexpr const char* kStayColumns =
    "SELECT id, facility_id, case_id, person_id, region_code, bed_group, status, admitted_at, planned_days, "
    "planned_until, health_checked, health_note, belongings, admitted_by, discharged_at, destination, "
    "belongings_returned, handover_name, handover_relation, handover_organization, discharge_note, discharged_by, "
    "created_at, updated_at FROM shelter_stay ";

struct StayRow {
  StayRecord s;
  std::string group, status, belongings, destination, returned;
  int health_checked = 0;
  void bind(soci::statement& st) {
    st.exchange(into(s.id));
    st.exchange(into(s.facility_id));
    st.exchange(into(s.case_id));
    st.exchange(into(s.person_id));
    st.exchange(into(s.region_code));
    st.exchange(into(group));
    st.exchange(into(status));
    st.exchange(into(s.admitted_at));
    st.exchange(into(s.planned_days));
    st.exchange(into(s.planned_until));
    st.exchange(into(health_checked));
    st.exchange(into(s.health_note));
    st.exchange(into(belongings));
    st.exchange(into(s.admitted_by));
    st.exchange(into(s.discharged_at));
    st.exchange(into(destination));
    st.exchange(into(returned));
    st.exchange(into(s.handover_name));
    st.exchange(into(s.handover_relation));
    st.exchange(into(s.handover_organization));
    st.exchange(into(s.discharge_note));
    st.exchange(into(s.discharged_by));
    st.exchange(into(s.created_at));
    st.exchange(into(s.updated_at));
  }
  StayRecord take() const {
    StayRecord out = s;
    out.group = parse_bed_group(group).value_or(BedGroup{});
    out.open = status == "open";
    out.health_checked = health_checked != 0;
    out.belongings = split_lines(belongings);
    out.returned = split_lines(returned);
    out.destination = parse_destination(destination);
    return out;
  }
};

// Runs a stay query whose parameters are bound by `bind_params`, collecting every row.
template <class F>
std::vector<StayRecord> select_stays(UnitOfWork& u, const std::string& where, F&& bind_params) {
  return select_all<StayRow>(u, kStayColumns, where, std::forward<F>(bind_params));
}

}  // namespace

void save_facility(UnitOfWork& u, const FacilityRecord& f) {
  const auto& b = f.capacity.beds;
  u.sql()
      << "INSERT INTO shelter_facility (organization_id, region_code, beds_male_child, beds_female_child, "
         "beds_male_adult, beds_female_adult, updated_by, updated_at) VALUES (:o, :r, :mc, :fc, :ma, :fa, :by, :at) "
         "ON CONFLICT (organization_id) DO UPDATE SET region_code = excluded.region_code, "
         "beds_male_child = excluded.beds_male_child, beds_female_child = excluded.beds_female_child, "
         "beds_male_adult = excluded.beds_male_adult, beds_female_adult = excluded.beds_female_adult, "
         "updated_by = excluded.updated_by, updated_at = excluded.updated_at",
      use(f.organization_id), use(f.region_code), use(b[0]), use(b[1]), use(b[2]), use(b[3]), use(f.updated_by),
      use(f.updated_at);
}

std::optional<FacilityRecord> find_facility(UnitOfWork& u, const std::string& organization_id) {
  return select_one<FacilityRowBinding>(u, kFacilityColumns, "WHERE organization_id = :k", organization_id);
}

std::optional<FacilityRecord> lock_facility(UnitOfWork& u, const std::string& organization_id) {
  u.sql() << "UPDATE shelter_facility SET admissions = admissions + 1 WHERE organization_id = :o", use(organization_id);
  return find_facility(u, organization_id);
}

std::vector<FacilityRow> list_facilities(UnitOfWork& u, const std::string& cursor, int limit) {
  std::vector<FacilityRow> out;
  FacilityRowBinding row;
  std::string code;
  soci::statement st(u.sql());
  row.bind(st);
  st.exchange(into(code));
  std::string c = cursor;
  int lim = limit + 1;
  st.exchange(use(c, "c1"));
  st.exchange(use(c, "c2"));
  st.exchange(use(lim, "lim"));
  st.alloc();
  st.prepare(
      "SELECT f.organization_id, f.region_code, f.beds_male_child, f.beds_female_child, f.beds_male_adult, "
      "f.beds_female_adult, f.updated_by, f.updated_at, o.code FROM shelter_facility f JOIN organization o ON "
      "o.id = f.organization_id WHERE (:c1 = '' OR o.code > :c2) ORDER BY o.code LIMIT :lim");
  st.define_and_bind();
  st.execute();
  while (st.fetch()) out.push_back({row.take(), code});
  return out;
}

bool insert_stay(UnitOfWork& u, const StayRecord& s) {
  const std::string group = group_code(s.group), status = s.open ? "open" : "discharged",
                    belongings = join_lines(s.belongings);
  const int health = s.health_checked ? 1 : 0;
  try {
    u.sql() << "INSERT INTO shelter_stay (id, facility_id, case_id, person_id, region_code, bed_group, status, "
               "admitted_at, planned_days, planned_until, health_checked, health_note, belongings, admitted_by, "
               "created_at, updated_at) VALUES (:id, :f, :c, :p, :r, :g, :s, :at, :days, :until, :hc, :hn, :b, :by, "
               ":created, :updated)",
        use(s.id), use(s.facility_id), use(s.case_id), use(s.person_id), use(s.region_code), use(group), use(status),
        use(s.admitted_at), use(s.planned_days), use(s.planned_until), use(health), use(s.health_note), use(belongings),
        use(s.admitted_by), use(s.created_at), use(s.updated_at);
  } catch (const soci::soci_error& e) {
    const std::string what = e.what();
    if (what.find("shelter_stay_open_person") != std::string::npos ||
        what.find("shelter_stay.person_id") != std::string::npos)
      return false;
    throw;
  }
  return true;
}

void discharge_stay(UnitOfWork& u, const StayRecord& s) {
  const std::string destination(s.destination ? to_string(*s.destination) : ""), returned = join_lines(s.returned);
  u.sql() << "UPDATE shelter_stay SET status = 'discharged', discharged_at = :at, destination = :d, "
             "belongings_returned = :r, handover_name = :hn, handover_relation = :hr, handover_organization = :ho, "
             "discharge_note = :n, discharged_by = :by, updated_at = :u WHERE id = :id",
      use(s.discharged_at), use(destination), use(returned), use(s.handover_name), use(s.handover_relation),
      use(s.handover_organization), use(s.discharge_note), use(s.discharged_by), use(s.updated_at), use(s.id);
}

std::optional<StayRecord> find_stay(UnitOfWork& u, const std::string& id) {
  return select_one<StayRow>(u, kStayColumns, "WHERE id = :k", id);
}

long long count_open(UnitOfWork& u, const std::string& facility_id, BedGroup g) {
  long long n = 0;
  const std::string group = group_code(g);
  u.sql() << "SELECT COUNT(*) FROM shelter_stay WHERE facility_id = :f AND bed_group = :g AND status = 'open'", into(n),
      use(facility_id), use(group);
  return n;
}

std::string last_discharge_of_person(UnitOfWork& u, const std::string& person_id) {
  std::string last;
  u.sql() << "SELECT COALESCE(MAX(discharged_at), '') FROM shelter_stay WHERE person_id = :p AND status = 'discharged'",
      into(last), use(person_id);
  return last;
}

std::optional<StayRecord> open_stay_of_person(UnitOfWork& u, const std::string& person_id) {
  return select_one<StayRow>(u, kStayColumns, "WHERE person_id = :k AND status = 'open'", person_id);
}

std::vector<StayRecord> list_stays(UnitOfWork& u, const StayFilter& f) {
  StayFilter v = f;
  int limit = f.limit + 1;
  std::string where = f.case_id.empty() ? "WHERE facility_id = :key " : "WHERE case_id = :key ";
  std::string& key = f.case_id.empty() ? v.facility_id : v.case_id;
  if (f.status == "open") where += "AND status = 'open' ";
  if (f.status == "discharged") where += "AND status = 'discharged' ";
  if (f.status == "overdue") where += "AND status = 'open' AND planned_until < :now ";
  where += "AND (:c1 = '' OR id < :c2) ORDER BY id DESC LIMIT :lim";
  return select_stays(u, where, [&](soci::statement& st) {
    st.exchange(use(key, "key"));
    if (f.status == "overdue") st.exchange(use(v.now, "now"));
    st.exchange(use(v.cursor, "c1"));
    st.exchange(use(v.cursor, "c2"));
    st.exchange(use(limit, "lim"));
  });
}

std::vector<StayRecord> stays_present(UnitOfWork& u, const std::string& facility_id, const std::string& cutoff) {
  std::string f = facility_id, c = cutoff;
  return select_stays(u,
                      "WHERE facility_id = :f AND admitted_at < :c1 AND (discharged_at = '' OR discharged_at >= :c2) "
                      "ORDER BY admitted_at, id",
                      [&](soci::statement& st) {
                        st.exchange(use(f, "f"));
                        st.exchange(use(c, "c1"));
                        st.exchange(use(c, "c2"));
                      });
}

}  // namespace mitra::store
