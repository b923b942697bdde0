#include "store/registration_repository.hpp"

#include <soci/soci.h>

#include "store/query.hpp"

namespace mitra::store {
namespace {

using soci::into;
using soci::use;

constexpr const char* kProfileColumns =
    "SELECT organization_id, deed_number, deed_date, decree_number, lks_number, lks_valid_until, accreditation, "
    "accreditation_date, npwp, address, phone, email, contact_person, services, capacity, social_workers, "
    "registration_sla_days, updated_by, updated_at FROM organization_profile ";

struct ProfileRow {
  ProfileRecord p;
  std::string services;
  void bind(soci::statement& st) {
    for (auto* s : {&p.organization_id, &p.deed_number, &p.deed_date, &p.decree_number, &p.lks_number,
                    &p.lks_valid_until, &p.accreditation, &p.accreditation_date, &p.npwp, &p.address, &p.phone,
                    &p.email, &p.contact_person, &services})
      st.exchange(into(*s));
    st.exchange(into(p.capacity));
    st.exchange(into(p.social_workers));
    st.exchange(into(p.registration_sla_days));
    st.exchange(into(p.updated_by));
    st.exchange(into(p.updated_at));
  }
  ProfileRecord take() const {
    ProfileRecord out = p;
    out.services = split_list(services);
    return out;
  }
};

constexpr const char* kRegistrationColumns =
    "SELECT id, organization_id, kind, status, COALESCE(regency_dinsos_id, ''), province_dinsos_id, region_code, note, "
    "submitted_at, due_on, recommended_at, decided_at, reason, registration_number, valid_until, created_by, "
    "created_at, updated_at FROM organization_registration ";

struct RegistrationRow {
  RegistrationRecord r;
  void bind(soci::statement& st) {
    for (auto* s : {&r.id, &r.organization_id, &r.kind, &r.status, &r.regency_dinsos_id, &r.province_dinsos_id,
                    &r.region_code, &r.note, &r.submitted_at, &r.due_on, &r.recommended_at, &r.decided_at, &r.reason,
                    &r.registration_number, &r.valid_until, &r.created_by, &r.created_at, &r.updated_at})
      st.exchange(into(*s));
  }
  RegistrationRecord take() const { return r; }
};

}  // namespace

std::optional<ProfileRecord> find_profile(UnitOfWork& u, const std::string& organization_id) {
  return select_one<ProfileRow>(u, kProfileColumns, "WHERE organization_id = :k", organization_id);
}

void save_profile(UnitOfWork& u, const ProfileRecord& p) {
  const std::string services = join_list(p.services);
  int exists = 0;
  u.sql() << "SELECT COUNT(*) FROM organization_profile WHERE organization_id = :id", into(exists),
      use(p.organization_id);
  if (exists == 0) {
    u.sql() << "INSERT INTO organization_profile (organization_id, updated_at) VALUES (:id, :at)",
        use(p.organization_id), use(p.updated_at);
  }
  u.sql() << "UPDATE organization_profile SET deed_number = :a, deed_date = :b, decree_number = :c, lks_number = :d, "
             "lks_valid_until = :e, accreditation = :f, accreditation_date = :g, npwp = :h, address = :i, phone = :j, "
             "email = :k, contact_person = :l, services = :m, capacity = :n, social_workers = :o, "
             "registration_sla_days = :p, updated_by = :q, updated_at = :r WHERE organization_id = :id",
      use(p.deed_number), use(p.deed_date), use(p.decree_number), use(p.lks_number), use(p.lks_valid_until),
      use(p.accreditation), use(p.accreditation_date), use(p.npwp), use(p.address), use(p.phone), use(p.email),
      use(p.contact_person), use(services), use(p.capacity), use(p.social_workers), use(p.registration_sla_days),
      use(p.updated_by), use(p.updated_at), use(p.organization_id);
}

std::optional<RegistrationRecord> find_registration(UnitOfWork& u, const std::string& id) {
  return select_one<RegistrationRow>(u, kRegistrationColumns, "WHERE id = :k", id);
}

std::optional<RegistrationRecord> find_open_registration(UnitOfWork& u, const std::string& organization_id) {
  return select_one<RegistrationRow>(
      u, kRegistrationColumns,
      "WHERE organization_id = :k AND status IN ('submitted', 'returned', 'recommended') ORDER BY id DESC LIMIT 1",
      organization_id);
}

void insert_registration(UnitOfWork& u, const RegistrationRecord& r) {
  std::string regency = r.regency_dinsos_id;
  soci::indicator regency_ind = regency.empty() ? soci::i_null : soci::i_ok;
  u.sql() << "INSERT INTO organization_registration (id, organization_id, kind, status, regency_dinsos_id, "
             "province_dinsos_id, region_code, note, submitted_at, due_on, created_by, created_at, updated_at) "
             "VALUES (:id, :org, :kind, :status, :regency, :province, :region, :note, :submitted, :due, :by, :created, "
             ":updated)",
      use(r.id), use(r.organization_id), use(r.kind), use(r.status), use(regency, regency_ind),
      use(r.province_dinsos_id), use(r.region_code), use(r.note), use(r.submitted_at), use(r.due_on),
      use(r.created_by), use(r.created_at), use(r.updated_at);
  update_registration(u, r);
}

void update_registration(UnitOfWork& u, const RegistrationRecord& r) {
  u.sql() << "UPDATE organization_registration SET status = :status, note = :note, submitted_at = :submitted, "
             "due_on = :due, recommended_at = :recommended, decided_at = :decided, reason = :reason, "
             "registration_number = :number, valid_until = :until, updated_at = :updated WHERE id = :id",
      use(r.status), use(r.note), use(r.submitted_at), use(r.due_on), use(r.recommended_at), use(r.decided_at),
      use(r.reason), use(r.registration_number), use(r.valid_until), use(r.updated_at), use(r.id);
}

std::vector<RegistrationRecord> list_registrations(UnitOfWork& u, const RegistrationFilter& f) {
  std::vector<RegistrationRecord> out;
  RegistrationRow row;
  soci::statement st(u.sql());
  row.bind(st);
  std::string org = f.organization_id, status = f.status, regency = f.regency_dinsos_id,
              province = f.province_dinsos_id, viewer = f.viewer_organization_id, cursor = f.cursor;
  int limit = f.limit + 1;
  st.exchange(use(org, "org1"));
  st.exchange(use(org, "org2"));
  st.exchange(use(status, "st1"));
  st.exchange(use(status, "st2"));
  st.exchange(use(status, "st3"));
  st.exchange(use(regency, "rg1"));
  st.exchange(use(regency, "rg2"));
  st.exchange(use(province, "pv1"));
  st.exchange(use(province, "pv2"));
  st.exchange(use(viewer, "v1"));
  st.exchange(use(viewer, "v2"));
  st.exchange(use(viewer, "v3"));
  st.exchange(use(viewer, "v4"));
  st.exchange(use(cursor, "c1"));
  st.exchange(use(cursor, "c2"));
  st.exchange(use(limit, "lim"));
  st.alloc();
  st.prepare(std::string(kRegistrationColumns) +
             "WHERE (:org1 = '' OR organization_id = :org2) "
             "AND (:st1 = '' OR status = :st2 OR (:st3 = 'open' AND status IN ('submitted', 'returned', 'recommended'))) "
             "AND (:rg1 = '' OR regency_dinsos_id = :rg2) AND (:pv1 = '' OR province_dinsos_id = :pv2) "
             "AND (:v1 = '' OR organization_id = :v2 OR regency_dinsos_id = :v3 OR province_dinsos_id = :v4) "
             "AND (:c1 = '' OR id < :c2) ORDER BY id DESC LIMIT :lim");
  st.define_and_bind();
  st.execute();
  while (st.fetch()) out.push_back(row.take());
  return out;
}

std::vector<CheckRecord> list_checks(UnitOfWork& u, const std::string& registration_id) {
  std::vector<CheckRecord> out;
  CheckRecord c;
  std::string doc;
  soci::indicator doc_ind = soci::i_null;
  soci::statement st = (u.sql().prepare << "SELECT registration_id, item, result, note, document_id, checked_by, "
                                           "checked_at FROM registration_check WHERE registration_id = :id",
                        into(c.registration_id), into(c.item), into(c.result), into(c.note), into(doc, doc_ind),
                        into(c.checked_by), into(c.checked_at), use(registration_id));
  st.execute();
  while (st.fetch()) {
    c.document_id = doc_ind == soci::i_ok ? doc : "";
    out.push_back(c);
  }
  return out;
}

void save_check(UnitOfWork& u, const CheckRecord& c) {
  std::string doc = c.document_id;
  soci::indicator doc_ind = doc.empty() ? soci::i_null : soci::i_ok;
  u.sql() << "DELETE FROM registration_check WHERE registration_id = :id AND item = :item", use(c.registration_id),
      use(c.item);
  u.sql() << "INSERT INTO registration_check (registration_id, item, result, note, document_id, checked_by, checked_at) "
             "VALUES (:id, :item, :result, :note, :doc, :by, :at)",
      use(c.registration_id), use(c.item), use(c.result), use(c.note), use(doc, doc_ind), use(c.checked_by),
      use(c.checked_at);
}

std::vector<EventRecord> list_events(UnitOfWork& u, const std::string& registration_id) {
  std::vector<EventRecord> out;
  EventRecord e;
  soci::statement st =
      (u.sql().prepare << "SELECT e.id, e.registration_id, e.action, e.status, e.note, e.actor_id, "
                          "e.actor_organization_id, e.at, COALESCE(a.display_name, ''), COALESCE(o.name, '') "
                          "FROM registration_event e LEFT JOIN app_user a ON a.id = e.actor_id "
                          "LEFT JOIN organization o ON o.id = e.actor_organization_id "
                          "WHERE e.registration_id = :id ORDER BY e.at, e.id",
       into(e.id), into(e.registration_id), into(e.action), into(e.status), into(e.note), into(e.actor_id),
       into(e.actor_organization_id), into(e.at), into(e.actor_name), into(e.actor_organization_name),
       use(registration_id));
  st.execute();
  while (st.fetch()) out.push_back(e);
  return out;
}

void insert_event(UnitOfWork& u, const EventRecord& e) {
  u.sql() << "INSERT INTO registration_event (id, registration_id, action, status, note, actor_id, "
             "actor_organization_id, at) VALUES (:id, :reg, :action, :status, :note, :actor, :org, :at)",
      use(e.id), use(e.registration_id), use(e.action), use(e.status), use(e.note), use(e.actor_id),
      use(e.actor_organization_id), use(e.at);
}

}  // namespace mitra::store
