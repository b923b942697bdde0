#include "store/complaint_repository.hpp"

#include <soci/soci.h>

#include "store/query.hpp"

namespace mitra::store {
namespace {

using soci::into;
using soci::use;

constexpr const char* kColumns =
    "SELECT id, ticket, channel, category, description, region_code, place, seen_at, reporter_name, reporter_phone, "
    "organization_id, status, priority, triage_note, team, dispatched_organization, outcome, created_by, created_at, "
    "updated_at, triaged_at, dispatched_at, closed_at FROM complaint ";

constexpr const char* kDinsosTypes = "('dinsos_regency', 'dinsos_province')";

struct ComplaintRow {
  ComplaintRecord r;
  std::string status;
  void bind(soci::statement& st) {
    for (std::string* field : {&r.id,
                               &r.ticket,
                               &r.channel,
                               &r.category,
                               &r.description,
                               &r.region_code,
                               &r.place,
                               &r.seen_at,
                               &r.reporter_name,
                               &r.reporter_phone,
                               &r.organization_id,
                               &status,
                               &r.priority,
                               &r.triage_note,
                               &r.team,
                               &r.dispatched_organization,
                               &r.outcome,
                               &r.created_by,
                               &r.created_at,
                               &r.updated_at,
                               &r.triaged_at,
                               &r.dispatched_at,
                               &r.closed_at})
      st.exchange(into(*field));
  }
  ComplaintRecord take() const {
    ComplaintRecord out = r;
    out.status = parse_complaint_status(status).value_or(ComplaintStatus::new_);
    return out;
  }
};

}  // namespace

void insert_complaint(UnitOfWork& u, const ComplaintRecord& c) {
  std::string status(to_string(c.status));
  u.sql() << "INSERT INTO complaint (id, ticket, channel, category, description, region_code, place, seen_at, "
             "reporter_name, reporter_phone, organization_id, status, created_by, created_at, updated_at) VALUES (:id, "
             ":ticket, :channel, :category, :description, :region, :place, :seen, :rname, :rphone, :org, :status, :by, "
             ":created, :updated)",
      use(c.id), use(c.ticket), use(c.channel), use(c.category), use(c.description), use(c.region_code), use(c.place),
      use(c.seen_at), use(c.reporter_name), use(c.reporter_phone), use(c.organization_id), use(status),
      use(c.created_by), use(c.created_at), use(c.updated_at);
}

void update_complaint(UnitOfWork& u, const ComplaintRecord& c) {
  std::string status(to_string(c.status));
  u.sql() << "UPDATE complaint SET status = :status, priority = :priority, triage_note = :note, team = :team, "
             "dispatched_organization = :dorg, outcome = :outcome, updated_at = :updated, triaged_at = :ta, "
             "dispatched_at = :da, closed_at = :ca WHERE id = :id",
      use(status), use(c.priority), use(c.triage_note), use(c.team), use(c.dispatched_organization), use(c.outcome),
      use(c.updated_at), use(c.triaged_at), use(c.dispatched_at), use(c.closed_at), use(c.id);
}

std::optional<ComplaintRecord> find_complaint(UnitOfWork& u, const std::string& id) {
  return select_one<ComplaintRow>(u, kColumns, "WHERE id = :k", id);
}

std::optional<ComplaintRecord> find_complaint_by_ticket(UnitOfWork& u, const std::string& ticket) {
  return select_one<ComplaintRow>(u, kColumns, "WHERE ticket = :k", ticket);
}

std::vector<ComplaintRecord> list_complaints(UnitOfWork& u, const ComplaintFilter& f) {
  std::vector<ComplaintRecord> out;
  ComplaintRow row;
  soci::statement st(u.sql());
  row.bind(st);
  ComplaintFilter v = f;
  std::string region_below = f.region + ".%";
  int limit = f.limit + 1;
  st.exchange(use(v.organization_id, "org1"));
  st.exchange(use(v.organization_id, "org2"));
  st.exchange(use(v.region, "r1"));
  st.exchange(use(v.region, "r2"));
  st.exchange(use(region_below, "r3"));
  st.exchange(use(v.status, "s1"));
  st.exchange(use(v.status, "s2"));
  st.exchange(use(v.ticket, "t1"));
  st.exchange(use(v.ticket, "t2"));
  st.exchange(use(v.cursor, "c1"));
  st.exchange(use(v.cursor, "c2"));
  st.exchange(use(limit, "lim"));
  st.alloc();
  st.prepare(std::string(kColumns) +
             "WHERE (organization_id = :org1 OR dispatched_organization = :org2 OR (:r1 <> '' AND (region_code = :r2 "
             "OR region_code LIKE :r3))) AND (:s1 = '' OR status = :s2) AND (:t1 = '' OR ticket = :t2) "
             "AND (:c1 = '' OR id < :c2) ORDER BY id DESC LIMIT :lim");
  st.define_and_bind();
  st.execute();
  while (st.fetch()) out.push_back(row.take());
  return out;
}

void link_complaint_person(UnitOfWork& u, const std::string& complaint_id, const std::string& person_id,
                           const std::string& user_id, const std::string& now) {
  long long n = 0;
  u.sql() << "SELECT COUNT(*) FROM complaint_person WHERE complaint_id = :c AND person_id = :p", into(n),
      use(complaint_id), use(person_id);
  if (n > 0) return;
  u.sql() << "INSERT INTO complaint_person (complaint_id, person_id, linked_by, linked_at) VALUES (:c, :p, :u, :at)",
      use(complaint_id), use(person_id), use(user_id), use(now);
}

std::vector<std::string> complaint_persons(UnitOfWork& u, const std::string& complaint_id) {
  return select_strings(
      u, "SELECT person_id FROM complaint_person WHERE complaint_id = :c ORDER BY linked_at, person_id", complaint_id);
}

std::optional<std::string> dinsos_for_region(UnitOfWork& u, const std::string& region_code) {
  // The code and its ancestors: 73.71.01.1001 -> 73.71.01, 73.71, 73 (padded to four binds).
  std::vector<std::string> prefixes{region_code};
  for (auto dot = region_code.rfind('.'); dot != std::string::npos && dot > 0; dot = region_code.rfind('.', dot - 1))
    prefixes.push_back(region_code.substr(0, dot));
  while (prefixes.size() < 4) prefixes.push_back(prefixes.back());
  std::string id;
  soci::indicator ind = soci::i_null;
  u.sql() << "SELECT id FROM organization WHERE active = 1 AND type IN " + std::string(kDinsosTypes) +
                 " AND region_code IN (:a, :b, :c, :d) ORDER BY LENGTH(region_code) DESC, code LIMIT 1",
      into(id, ind), use(prefixes[0]), use(prefixes[1]), use(prefixes[2]), use(prefixes[3]);
  if (!u.sql().got_data() || ind != soci::i_ok) return std::nullopt;
  return id;
}

std::optional<std::string> any_dinsos(UnitOfWork& u) {
  std::string id;
  soci::indicator ind = soci::i_null;
  u.sql() << "SELECT id FROM organization WHERE active = 1 AND type IN " + std::string(kDinsosTypes) +
                 " ORDER BY code LIMIT 1",
      into(id, ind);
  if (!u.sql().got_data() || ind != soci::i_ok) return std::nullopt;
  return id;
}

std::vector<ServedArea> served_areas(UnitOfWork& u) {
  std::vector<ServedArea> out;
  ServedArea a;
  soci::statement st =
      (u.sql().prepare << "SELECT o.id, o.name, o.region_code, COALESCE(r.name, '') FROM organization o "
                          "LEFT JOIN region r ON r.code = o.region_code WHERE o.active = 1 AND o.type IN " +
                              std::string(kDinsosTypes) + " ORDER BY o.region_code, o.code",
       into(a.organization_id), into(a.organization_name), into(a.region_code), into(a.region_name));
  st.execute();
  while (st.fetch()) out.push_back(a);
  return out;
}

}  // namespace mitra::store
