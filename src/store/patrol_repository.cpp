#include "store/patrol_repository.hpp"

#include <soci/soci.h>

#include "store/query.hpp"

namespace mitra::store {
namespace {

using soci::into;
using soci::use;

constexpr const char* kColumns =
    "SELECT id, organization_id, region_code, kind, started_at, ended_at, place_region, place, latitude, longitude, "
    "agencies, team, receiving_organization, notes, created_by, created_at, "
    "(SELECT COUNT(*) FROM patrol_person pp WHERE pp.patrol_id = patrol.id) FROM patrol ";

struct PatrolRow {
  PatrolRecord r;
  std::string agencies;
  void bind(soci::statement& st) {
    for (auto* s : {&r.id, &r.organization_id, &r.region_code, &r.kind, &r.started_at, &r.ended_at, &r.place_region,
                    &r.place, &r.latitude, &r.longitude, &agencies, &r.team, &r.receiving_organization, &r.notes,
                    &r.created_by, &r.created_at})
      st.exchange(into(*s));
    st.exchange(into(r.persons));
  }
  PatrolRecord take() const {
    PatrolRecord out = r;
    out.agencies = split_list(agencies);
    return out;
  }
};

}  // namespace

void insert_patrol(UnitOfWork& u, const PatrolRecord& p) {
  const std::string agencies = join_list(p.agencies);
  u.sql() << "INSERT INTO patrol (id, organization_id, region_code, kind, started_at, ended_at, place_region, place, "
             "latitude, longitude, agencies, team, receiving_organization, notes, created_by, created_at) VALUES (:id, "
             ":o, :r, :k, :s, :e, :pr, :pl, :lat, :lon, :a, :t, :recv, :n, :by, :at)",
      use(p.id), use(p.organization_id), use(p.region_code), use(p.kind), use(p.started_at), use(p.ended_at),
      use(p.place_region), use(p.place), use(p.latitude), use(p.longitude), use(agencies), use(p.team),
      use(p.receiving_organization), use(p.notes), use(p.created_by), use(p.created_at);
}

void update_patrol_end(UnitOfWork& u, const std::string& id, const std::string& ended_at, const std::string& notes) {
  u.sql() << "UPDATE patrol SET ended_at = :e, notes = :n WHERE id = :id", use(ended_at), use(notes), use(id);
}

std::optional<PatrolRecord> find_patrol(UnitOfWork& u, const std::string& id) {
  return select_one<PatrolRow>(u, kColumns, "WHERE id = :k", id);
}

std::vector<PatrolRecord> list_patrols(UnitOfWork& u, const PatrolFilter& f) {
  std::vector<PatrolRecord> out;
  PatrolRow row;
  soci::statement st(u.sql());
  row.bind(st);
  PatrolFilter v = f;
  int limit = f.limit + 1;
  st.exchange(use(v.organization_id, "o1"));
  st.exchange(use(v.organization_id, "o2"));
  st.exchange(use(v.kind, "k1"));
  st.exchange(use(v.kind, "k2"));
  st.exchange(use(v.from, "f1"));
  st.exchange(use(v.from, "f2"));
  st.exchange(use(v.to, "t1"));
  st.exchange(use(v.to, "t2"));
  st.exchange(use(v.cursor, "c1"));
  st.exchange(use(v.cursor, "c2"));
  st.exchange(use(limit, "lim"));
  st.alloc();
  st.prepare(std::string(kColumns) +
             "WHERE (organization_id = :o1 OR receiving_organization = :o2) AND (:k1 = '' OR kind = :k2) "
             "AND (:f1 = '' OR started_at >= :f2) AND (:t1 = '' OR started_at < :t2) AND (:c1 = '' OR id < :c2) "
             "ORDER BY id DESC LIMIT :lim");
  st.define_and_bind();
  st.execute();
  while (st.fetch()) out.push_back(row.take());
  return out;
}

void insert_netted(UnitOfWork& u, const NettedRecord& n) {
  u.sql() << "INSERT INTO patrol_person (patrol_id, person_id, case_id, found_note, added_by, added_at) VALUES (:p, "
             ":person, :c, :note, :by, :at)",
      use(n.patrol_id), use(n.person_id), use(n.case_id), use(n.found_note), use(n.added_by), use(n.added_at);
}

std::vector<NettedRecord> list_netted(UnitOfWork& u, const std::string& patrol_id) {
  std::vector<NettedRecord> out;
  NettedRecord n;
  soci::statement st = (u.sql().prepare << "SELECT patrol_id, person_id, case_id, found_note, added_by, added_at FROM "
                                           "patrol_person WHERE patrol_id = :p ORDER BY added_at, person_id",
                        into(n.patrol_id), into(n.person_id), into(n.case_id), into(n.found_note), into(n.added_by),
                        into(n.added_at), use(patrol_id));
  st.execute();
  while (st.fetch()) out.push_back(n);
  return out;
}

bool is_netted(UnitOfWork& u, const std::string& patrol_id, const std::string& person_id) {
  long long n = 0;
  u.sql() << "SELECT COUNT(*) FROM patrol_person WHERE patrol_id = :p AND person_id = :person", into(n), use(patrol_id),
      use(person_id);
  return n > 0;
}

std::vector<std::string> open_case_ids(UnitOfWork& u, const std::string& person_id, const std::string& organization_id) {
  std::vector<std::string> out;
  std::string id;
  soci::statement st = (u.sql().prepare << "SELECT id FROM client_case WHERE person_id = :p AND organization_id = :o "
                                           "AND stage <> 'closed' ORDER BY id",
                        into(id), use(person_id), use(organization_id));
  st.execute();
  while (st.fetch()) out.push_back(id);
  return out;
}

}  // namespace mitra::store
