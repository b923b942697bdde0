#include "store/assistance_request_repository.hpp"

#include <soci/soci.h>

#include "store/query.hpp"

namespace mitra::store {
namespace {

using soci::into;
using soci::use;

struct ServiceLevelRow {
  ServiceLevelRecord s;
  void bind(soci::statement& st) {
    st.exchange(into(s.organization_id));
    st.exchange(into(s.working_days));
    st.exchange(into(s.letterhead_address));
    st.exchange(into(s.signatory_name));
    st.exchange(into(s.signatory_title));
    st.exchange(into(s.updated_by));
    st.exchange(into(s.updated_at));
  }
  ServiceLevelRecord take() const { return s; }
};

constexpr const char* kRequestColumns =
    "SELECT id, requester_id, responder_id, region_code, title, purpose, activity_name, activity_date, activity_id, "
    "partnership_id, beneficiaries, letter_number, letter_date, letter_document_id, received_on, service_level_days, "
    "reply_due, status, partial, decided_on, decided_at, decided_by, decision_note, reply_letter_number, "
    "delivered_on, delivered_at, escalated_at, created_by, created_at, updated_at FROM assistance_request ";

struct RequestRow {
  RequestRecord r;
  std::string status;
  int partial = 0;
  void bind(soci::statement& st) {
    for (auto* s : {&r.id, &r.requester_id, &r.responder_id, &r.region_code, &r.title, &r.purpose, &r.activity_name,
                    &r.activity_date, &r.activity_id, &r.partnership_id})
      st.exchange(into(*s));
    st.exchange(into(r.beneficiaries));
    for (auto* s : {&r.letter_number, &r.letter_date, &r.letter_document_id, &r.received_on}) st.exchange(into(*s));
    st.exchange(into(r.service_level_days));
    st.exchange(into(r.reply_due));
    st.exchange(into(status));
    st.exchange(into(partial));
    for (auto* s : {&r.decided_on, &r.decided_at, &r.decided_by, &r.decision_note, &r.reply_letter_number,
                    &r.delivered_on, &r.delivered_at, &r.escalated_at, &r.created_by, &r.created_at, &r.updated_at})
      st.exchange(into(*s));
  }
  RequestRecord take() const {
    RequestRecord out = r;
    out.status = parse_request_status(status).value_or(RequestStatus::submitted);
    out.partial = partial != 0;
    return out;
  }
};

std::vector<RequestItem> items_of(UnitOfWork& u, const std::string& request_id) {
  std::vector<RequestItem> out;
  RequestItem it;
  long long value = 0;
  int approved = -1;
  soci::statement st =
      (u.sql().prepare << "SELECT description, quantity, unit, estimated_value, approved_quantity FROM "
                          "assistance_request_item WHERE request_id = :r ORDER BY position",
       into(it.description), into(it.quantity), into(it.unit), into(value), into(approved), use(request_id));
  st.execute();
  while (st.fetch()) {
    RequestItem copy = it;
    copy.estimated_value = value;
    if (approved >= 0) copy.approved_quantity = approved;
    out.push_back(std::move(copy));
  }
  return out;
}

}  // namespace

std::optional<ServiceLevelRecord> find_service_level(UnitOfWork& u, const std::string& organization_id) {
  return select_one<ServiceLevelRow>(u,
                                     "SELECT organization_id, working_days, letterhead_address, signatory_name, "
                                     "signatory_title, updated_by, updated_at FROM assistance_service_level ",
                                     "WHERE organization_id = :k", organization_id);
}

void save_service_level(UnitOfWork& u, const ServiceLevelRecord& s) {
  u.sql() << "INSERT INTO assistance_service_level (organization_id, working_days, letterhead_address, "
             "signatory_name, signatory_title, updated_by, updated_at) VALUES (:o, :d, :a, :n, :t, :by, :at) "
             "ON CONFLICT (organization_id) DO UPDATE SET working_days = excluded.working_days, "
             "letterhead_address = excluded.letterhead_address, signatory_name = excluded.signatory_name, "
             "signatory_title = excluded.signatory_title, updated_by = excluded.updated_by, "
             "updated_at = excluded.updated_at",
      use(s.organization_id), use(s.working_days), use(s.letterhead_address), use(s.signatory_name),
      use(s.signatory_title), use(s.updated_by), use(s.updated_at);
}

void insert_request(UnitOfWork& u, const RequestRecord& r) {
  const std::string status(to_string(r.status));
  const int partial = r.partial ? 1 : 0;
  u.sql() << "INSERT INTO assistance_request (id, requester_id, responder_id, region_code, title, purpose, "
             "activity_name, activity_date, activity_id, partnership_id, beneficiaries, letter_number, letter_date, "
             "letter_document_id, received_on, service_level_days, reply_due, status, partial, created_by, "
             "created_at, updated_at) VALUES (:id, :rq, :rs, :reg, :t, :p, :an, :ad, :ai, :pi, :b, :ln, :ld, :doc, "
             ":recv, :sl, :due, :st, :part, :by, :ca, :ua)",
      use(r.id), use(r.requester_id), use(r.responder_id), use(r.region_code), use(r.title), use(r.purpose),
      use(r.activity_name), use(r.activity_date), use(r.activity_id), use(r.partnership_id), use(r.beneficiaries),
      use(r.letter_number), use(r.letter_date), use(r.letter_document_id), use(r.received_on),
      use(r.service_level_days), use(r.reply_due), use(status), use(partial), use(r.created_by), use(r.created_at),
      use(r.updated_at);
  for (std::size_t i = 0; i < r.items.size(); ++i) {
    const auto& it = r.items[i];
    const int position = static_cast<int>(i);
    const long long value = it.estimated_value;
    const int approved = it.approved_quantity.value_or(-1);
    u.sql() << "INSERT INTO assistance_request_item (request_id, position, description, quantity, unit, "
               "estimated_value, approved_quantity) VALUES (:r, :p, :d, :q, :u, :v, :a)",
        use(r.id), use(position), use(it.description), use(it.quantity), use(it.unit), use(value), use(approved);
  }
}

void update_request(UnitOfWork& u, const RequestRecord& r) {
  const std::string status(to_string(r.status));
  const int partial = r.partial ? 1 : 0;
  u.sql() << "UPDATE assistance_request SET status = :st, partial = :p, decided_on = :don, decided_at = :dat, "
             "decided_by = :dby, decision_note = :dn, reply_letter_number = :rl, delivered_on = :von, "
             "delivered_at = :vat, escalated_at = :e, updated_at = :u WHERE id = :id",
      use(status), use(partial), use(r.decided_on), use(r.decided_at), use(r.decided_by), use(r.decision_note),
      use(r.reply_letter_number), use(r.delivered_on), use(r.delivered_at), use(r.escalated_at), use(r.updated_at),
      use(r.id);
  for (std::size_t i = 0; i < r.items.size(); ++i) {
    const int position = static_cast<int>(i);
    const int approved = r.items[i].approved_quantity.value_or(-1);
    u.sql() << "UPDATE assistance_request_item SET approved_quantity = :a WHERE request_id = :r AND position = :p",
        use(approved), use(r.id), use(position);
  }
}

std::optional<RequestRecord> find_request(UnitOfWork& u, const std::string& id) {
  auto r = select_one<RequestRow>(u, kRequestColumns, "WHERE id = :k", id);
  if (r) r->items = items_of(u, r->id);
  return r;
}

void insert_request_event(UnitOfWork& u, const RequestEventRecord& e) {
  u.sql() << "INSERT INTO assistance_request_event (id, request_id, status, at, user_id, organization_id, note) "
             "VALUES (:id, :r, :s, :at, :u, :o, :n)",
      use(e.id), use(e.request_id), use(e.status), use(e.at), use(e.user_id), use(e.organization_id), use(e.note);
}

std::vector<RequestEventRecord> request_events(UnitOfWork& u, const std::string& request_id) {
  std::vector<RequestEventRecord> out;
  RequestEventRecord e;
  soci::statement st =
      (u.sql().prepare << "SELECT e.id, e.request_id, e.status, e.at, e.user_id, e.organization_id, e.note, "
                          "COALESCE(a.display_name, '') FROM assistance_request_event e LEFT JOIN app_user a ON "
                          "a.id = e.user_id WHERE e.request_id = :r ORDER BY e.at, e.id",
       into(e.id), into(e.request_id), into(e.status), into(e.at), into(e.user_id), into(e.organization_id),
       into(e.note), into(e.user_name), use(request_id));
  st.execute();
  while (st.fetch()) out.push_back(e);
  return out;
}

std::vector<RequestRecord> list_requests(UnitOfWork& u, const RequestFilter& f) {
  RequestFilter v = f;
  int limit = f.limit + 1;
  std::string where;
  if (f.box == "inbox" || f.box == "escalated")
    where = "WHERE responder_id = :o1 ";
  else if (f.box == "outbox")
    where = "WHERE requester_id = :o1 ";
  else
    where = "WHERE (responder_id = :o1 OR requester_id = :o2) ";
  if (f.box == "escalated") where += "AND escalated_at <> '' AND status IN ('submitted', 'under_review') ";
  if (!f.status.empty()) where += "AND status = :st ";
  if (!f.partnership_id.empty()) where += "AND partnership_id = :pid ";
  if (f.overdue) where += "AND status IN ('submitted', 'under_review') AND reply_due < :today ";
  std::string pattern;
  if (!f.q.empty()) {
    pattern = like_containing(f.q);
    where += "AND (LOWER(title) LIKE LOWER(:q1) OR LOWER(letter_number) LIKE LOWER(:q2) OR "
             "LOWER(activity_name) LIKE LOWER(:q3)) ";
  }
  where += "AND (:c1 = '' OR id < :c2) ORDER BY id DESC LIMIT :lim";

  std::vector<RequestRecord> out;
  RequestRow row;
  soci::statement st(u.sql());
  row.bind(st);
  st.exchange(use(v.organization_id, "o1"));
  if (f.box.empty()) st.exchange(use(v.organization_id, "o2"));
  if (!f.status.empty()) st.exchange(use(v.status, "st"));
  if (!f.partnership_id.empty()) st.exchange(use(v.partnership_id, "pid"));
  if (f.overdue) st.exchange(use(v.today, "today"));
  if (!f.q.empty()) {
    st.exchange(use(pattern, "q1"));
    st.exchange(use(pattern, "q2"));
    st.exchange(use(pattern, "q3"));
  }
  st.exchange(use(v.cursor, "c1"));
  st.exchange(use(v.cursor, "c2"));
  st.exchange(use(limit, "lim"));
  st.alloc();
  st.prepare(kRequestColumns + where);
  st.define_and_bind();
  st.execute();
  while (st.fetch()) out.push_back(row.take());
  for (auto& r : out) r.items = items_of(u, r.id);
  return out;
}

std::vector<std::string> overdue_unescalated(UnitOfWork& u, const std::string& responder_id,
                                             const std::string& today) {
  std::vector<std::string> out;
  std::string id;
  std::string r1 = responder_id, r2 = responder_id, t = today;
  soci::statement st =
      (u.sql().prepare << "SELECT id FROM assistance_request WHERE status IN ('submitted', 'under_review') AND "
                          "reply_due < :t AND escalated_at = '' AND (:r1 = '' OR responder_id = :r2) ORDER BY id",
       into(id), use(t, "t"), use(r1, "r1"), use(r2, "r2"));
  st.execute();
  while (st.fetch()) out.push_back(id);
  return out;
}

bool mark_escalated(UnitOfWork& u, const std::string& id, const std::string& at) {
  soci::statement st = (u.sql().prepare << "UPDATE assistance_request SET escalated_at = :at WHERE id = :id AND "
                                           "escalated_at = ''",
                        use(at), use(id));
  st.execute(true);
  return st.get_affected_rows() > 0;
}

std::vector<ResponseRow> response_rows(UnitOfWork& u, const std::string& responder_id, const std::string& from,
                                       const std::string& to) {
  std::vector<ResponseRow> out;
  ResponseRow row;
  std::string r1 = responder_id, r2 = responder_id, f = from, t = to;
  soci::statement st =
      (u.sql().prepare << "SELECT responder_id, received_on, reply_due, decided_on, delivered_on, activity_date FROM "
                          "assistance_request WHERE (:r1 = '' OR responder_id = :r2) AND received_on >= :f AND "
                          "received_on <= :t ORDER BY responder_id, received_on",
       into(row.responder_id), into(row.received_on), into(row.reply_due), into(row.decided_on),
       into(row.delivered_on), into(row.activity_date), use(r1, "r1"), use(r2, "r2"), use(f, "f"), use(t, "t"));
  st.execute();
  while (st.fetch()) out.push_back(row);
  return out;
}

}  // namespace mitra::store
