#include "store/partnership_repository.hpp"

#include <soci/soci.h>

#include <algorithm>

#include "store/query.hpp"

namespace mitra::store {
namespace {

using soci::into;
using soci::use;

constexpr const char* kPartnershipColumns =
    "SELECT p.id, p.title, p.purpose, p.programme, p.partnership_type, p.categories, p.region_code, p.stage, "
    "p.stage_since, p.start_date, p.end_date, p.created_by, p.created_at, p.updated_at FROM partnership p ";

struct PartnershipRow {
  PartnershipRecord p;
  std::string categories, stage;
  void bind(soci::statement& st) {
    st.exchange(into(p.id));
    st.exchange(into(p.title));
    st.exchange(into(p.purpose));
    st.exchange(into(p.programme));
    st.exchange(into(p.type));
    st.exchange(into(categories));
    st.exchange(into(p.region_code));
    st.exchange(into(stage));
    st.exchange(into(p.stage_since));
    st.exchange(into(p.start_date));
    st.exchange(into(p.end_date));
    st.exchange(into(p.created_by));
    st.exchange(into(p.created_at));
    st.exchange(into(p.updated_at));
  }
  PartnershipRecord take() const {
    PartnershipRecord out = p;
    out.categories = split_list(categories);
    out.stage = parse_partnership_stage(stage).value_or(PartnershipStage::problem_recognition);
    return out;
  }
};

struct PartyRow {
  PartyRecord p;
  std::string roles;
  void bind(soci::statement& st) {
    st.exchange(into(p.organization_id));
    st.exchange(into(roles));
  }
  PartyRecord take() const { return {p.organization_id, split_list(roles)}; }
};

std::vector<PartyRecord> parties_of(UnitOfWork& u, const std::string& partnership_id) {
  std::string id = partnership_id;
  return select_rows<PartyRow>(
      u, "SELECT organization_id, roles FROM partnership_party WHERE partnership_id = :p ORDER BY position",
      [&](soci::statement& st) { st.exchange(use(id, "p")); });
}

void write_parties(UnitOfWork& u, const PartnershipRecord& p) {
  u.sql() << "DELETE FROM partnership_party WHERE partnership_id = :p", use(p.id);
  int position = 0;
  for (const auto& party : p.parties) {
    const std::string roles = join_list(party.roles);
    u.sql() << "INSERT INTO partnership_party (partnership_id, organization_id, roles, position) VALUES (:p, :o, :r, "
               ":n)",
        use(p.id), use(party.organization_id), use(roles), use(position);
    ++position;
  }
}

std::string fold(const std::string& s) {
  std::string out = s;
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

struct EvidenceRow {
  EvidenceRecord e;
  void bind(soci::statement& st) {
    for (auto* f : {&e.id, &e.partnership_id, &e.stage, &e.on_date, &e.note, &e.document_id, &e.meeting_id,
                    &e.created_by, &e.created_at})
      st.exchange(into(*f));
  }
  EvidenceRecord take() const { return e; }
};

struct StageChangeRow {
  StageChangeRecord c;
  void bind(soci::statement& st) {
    for (auto* f : {&c.id, &c.partnership_id, &c.from_stage, &c.to_stage, &c.reason, &c.changed_by, &c.changed_at})
      st.exchange(into(*f));
  }
  StageChangeRecord take() const { return c; }
};

constexpr const char* kAgreementColumns =
    "SELECT a.id, a.partnership_id, a.kind, a.number, a.title, a.signed_on, a.start_date, a.end_date, a.document_id, "
    "a.activity_id, a.created_by, a.created_at, a.updated_at, a.budget_rupiah FROM agreement a ";

struct AgreementRow {
  AgreementRecord a;
  void bind(soci::statement& st) {
    for (auto* f : {&a.id, &a.partnership_id, &a.kind, &a.number, &a.title, &a.signed_on, &a.start_date, &a.end_date,
                    &a.document_id, &a.activity_id, &a.created_by, &a.created_at, &a.updated_at})
      st.exchange(into(*f));
    st.exchange(into(a.budget));
  }
  AgreementRecord take() const { return a; }
};

struct AgreementPartyRow {
  AgreementPartyRecord p;
  std::string obligations;
  void bind(soci::statement& st) {
    st.exchange(into(p.organization_id));
    st.exchange(into(p.signatory_name));
    st.exchange(into(p.signatory_position));
    st.exchange(into(obligations));
  }
  AgreementPartyRecord take() const {
    AgreementPartyRecord out = p;
    out.obligations = split_lines(obligations);
    return out;
  }
};

void fill_agreement_parties(UnitOfWork& u, AgreementRecord& a) {
  std::string id = a.id;
  a.parties = select_rows<AgreementPartyRow>(u,
                                             "SELECT organization_id, signatory_name, signatory_position, obligations "
                                             "FROM agreement_party WHERE agreement_id = :a ORDER BY position",
                                             [&](soci::statement& st) { st.exchange(use(id, "a")); });
}

}  // namespace

bool PartnershipRecord::has_party(const std::string& organization_id) const {
  return std::any_of(parties.begin(), parties.end(),
                     [&](const PartyRecord& p) { return p.organization_id == organization_id; });
}

std::vector<std::string> PartnershipRecord::party_ids() const {
  std::vector<std::string> out;
  for (const auto& p : parties) out.push_back(p.organization_id);
  return out;
}

std::string visible_sql() {
  return "(EXISTS (SELECT 1 FROM partnership_party vp WHERE vp.partnership_id = p.id AND vp.organization_id = :vo) "
         "OR (:vr1 <> '' AND p.region_code LIKE :vr2)) ";
}

void bind_viewer(soci::statement& st, PartnershipViewer& v, std::string& region_like) {
  region_like = v.dinsos_region + "%";
  st.exchange(use(v.organization_id, "vo"));
  st.exchange(use(v.dinsos_region, "vr1"));
  st.exchange(use(region_like, "vr2"));
}

void insert_partnership(UnitOfWork& u, const PartnershipRecord& p) {
  const std::string folded = fold(p.title), categories = join_list(p.categories), stage(to_string(p.stage));
  u.sql() << "INSERT INTO partnership (id, title, title_folded, purpose, programme, partnership_type, categories, "
             "region_code, stage, stage_since, start_date, end_date, created_by, created_at, updated_at) VALUES (:id, "
             ":t, :tf, :pu, :pr, :ty, :c, :r, :s, :ss, :sd, :ed, :by, :ca, :ua)",
      use(p.id), use(p.title), use(folded), use(p.purpose), use(p.programme), use(p.type), use(categories),
      use(p.region_code), use(stage), use(p.stage_since), use(p.start_date), use(p.end_date), use(p.created_by),
      use(p.created_at), use(p.updated_at);
  write_parties(u, p);
}

void update_partnership(UnitOfWork& u, const PartnershipRecord& p) {
  const std::string folded = fold(p.title), categories = join_list(p.categories);
  u.sql() << "UPDATE partnership SET title = :t, title_folded = :tf, purpose = :pu, programme = :pr, "
             "partnership_type = :ty, categories = :c, start_date = :sd, end_date = :ed, updated_at = :ua WHERE id = :id",
      use(p.title), use(folded), use(p.purpose), use(p.programme), use(p.type), use(categories), use(p.start_date),
      use(p.end_date), use(p.updated_at), use(p.id);
  write_parties(u, p);
}

void set_stage(UnitOfWork& u, const std::string& id, PartnershipStage stage, const std::string& at) {
  const std::string code(to_string(stage));
  u.sql() << "UPDATE partnership SET stage = :s, stage_since = :a, updated_at = :u WHERE id = :id", use(code), use(at),
      use(at), use(id);
}

std::optional<PartnershipRecord> find_partnership(UnitOfWork& u, const std::string& id) {
  auto p = select_one<PartnershipRow>(u, kPartnershipColumns, "WHERE p.id = :k", id);
  if (p) p->parties = parties_of(u, p->id);
  return p;
}

std::vector<PartnershipRecord> list_partnerships(UnitOfWork& u, const PartnershipViewer& viewer,
                                                 const PartnershipFilter& f) {
  PartnershipViewer v = viewer;
  PartnershipFilter x = f;
  std::string region_like, q_like = like_containing(f.q), filter_region = f.region + "%";
  int limit = f.limit + 1;
  std::string where = "WHERE " + visible_sql();
  if (!f.q.empty()) where += "AND p.title_folded LIKE :q ";
  if (!f.region.empty()) where += "AND p.region_code LIKE :fr ";
  if (!f.stage.empty()) where += "AND p.stage = :st ";
  if (!f.party.empty())
    where += "AND EXISTS (SELECT 1 FROM partnership_party fp WHERE fp.partnership_id = p.id AND "
             "fp.organization_id = :pa) ";
  if (!f.cursor.empty()) where += "AND p.id < :cur ";
  where += "ORDER BY p.id DESC LIMIT :lim";
  auto rows = select_rows<PartnershipRow>(u, kPartnershipColumns + where, [&](soci::statement& st) {
    bind_viewer(st, v, region_like);
    if (!x.q.empty()) st.exchange(use(q_like, "q"));
    if (!x.region.empty()) st.exchange(use(filter_region, "fr"));
    if (!x.stage.empty()) st.exchange(use(x.stage, "st"));
    if (!x.party.empty()) st.exchange(use(x.party, "pa"));
    if (!x.cursor.empty()) st.exchange(use(x.cursor, "cur"));
    st.exchange(use(limit, "lim"));
  });
  for (auto& r : rows) r.parties = parties_of(u, r.id);
  return rows;
}

std::vector<std::pair<std::string, long long>> count_by_stage(UnitOfWork& u, const std::string& region) {
  std::vector<std::pair<std::string, long long>> out;
  std::string stage, like = region + "%";
  long long n = 0;
  soci::statement st = (u.sql().prepare << "SELECT stage, COUNT(*) FROM partnership WHERE region_code LIKE :r GROUP "
                                           "BY stage ORDER BY stage",
                        into(stage), into(n), use(like));
  st.execute();
  while (st.fetch()) out.emplace_back(stage, n);
  return out;
}

void insert_evidence(UnitOfWork& u, const EvidenceRecord& e) {
  u.sql() << "INSERT INTO partnership_evidence (id, partnership_id, stage, on_date, note, document_id, meeting_id, "
             "created_by, created_at) VALUES (:id, :p, :s, :d, :n, :doc, :m, :by, :at)",
      use(e.id), use(e.partnership_id), use(e.stage), use(e.on_date), use(e.note), use(e.document_id),
      use(e.meeting_id), use(e.created_by), use(e.created_at);
}

std::vector<EvidenceRecord> list_evidence(UnitOfWork& u, const std::string& partnership_id) {
  std::string id = partnership_id;
  return select_rows<EvidenceRow>(u,
                                  "SELECT id, partnership_id, stage, on_date, note, document_id, meeting_id, "
                                  "created_by, created_at FROM partnership_evidence WHERE partnership_id = :p ORDER "
                                  "BY on_date, id",
                                  [&](soci::statement& st) { st.exchange(use(id, "p")); });
}

void insert_stage_change(UnitOfWork& u, const StageChangeRecord& c) {
  u.sql() << "INSERT INTO partnership_stage_change (id, partnership_id, from_stage, to_stage, reason, changed_by, "
             "changed_at) VALUES (:id, :p, :f, :t, :r, :by, :at)",
      use(c.id), use(c.partnership_id), use(c.from_stage), use(c.to_stage), use(c.reason), use(c.changed_by),
      use(c.changed_at);
}

std::vector<StageChangeRecord> list_stage_changes(UnitOfWork& u, const std::string& partnership_id) {
  std::string id = partnership_id;
  return select_rows<StageChangeRow>(u,
                                     "SELECT id, partnership_id, from_stage, to_stage, reason, changed_by, changed_at "
                                     "FROM partnership_stage_change WHERE partnership_id = :p ORDER BY changed_at, id",
                                     [&](soci::statement& st) { st.exchange(use(id, "p")); });
}

static void insert_agreement_parties(UnitOfWork& u, const AgreementRecord& a) {
  int position = 0;
  for (const auto& p : a.parties) {
    const std::string obligations = join_lines(p.obligations);
    u.sql() << "INSERT INTO agreement_party (agreement_id, organization_id, position, signatory_name, "
               "signatory_position, obligations) VALUES (:a, :o, :n, :sn, :sp, :ob)",
        use(a.id), use(p.organization_id), use(position), use(p.signatory_name), use(p.signatory_position),
        use(obligations);
    ++position;
  }
}

void insert_agreement(UnitOfWork& u, const AgreementRecord& a) {
  u.sql() << "INSERT INTO agreement (id, partnership_id, kind, number, title, signed_on, start_date, end_date, "
             "budget_rupiah, document_id, activity_id, created_by, created_at, updated_at) VALUES (:id, :p, :k, :n, "
             ":t, :so, :sd, :ed, :b, :doc, :act, :by, :ca, :ua)",
      use(a.id), use(a.partnership_id), use(a.kind), use(a.number), use(a.title), use(a.signed_on), use(a.start_date),
      use(a.end_date), use(a.budget), use(a.document_id), use(a.activity_id), use(a.created_by), use(a.created_at),
      use(a.updated_at);
  insert_agreement_parties(u, a);
}

void update_agreement(UnitOfWork& u, const AgreementRecord& a) {
  u.sql() << "UPDATE agreement SET kind = :k, number = :n, title = :t, signed_on = :so, start_date = :sd, "
             "end_date = :ed, budget_rupiah = :b, document_id = :doc, activity_id = :act, updated_at = :ua "
             "WHERE id = :id",
      use(a.kind), use(a.number), use(a.title), use(a.signed_on), use(a.start_date), use(a.end_date), use(a.budget),
      use(a.document_id), use(a.activity_id), use(a.updated_at), use(a.id);
  u.sql() << "DELETE FROM agreement_party WHERE agreement_id = :a", use(a.id);
  insert_agreement_parties(u, a);
}

std::optional<AgreementRecord> find_agreement(UnitOfWork& u, const std::string& id) {
  auto a = select_one<AgreementRow>(u, kAgreementColumns, "WHERE a.id = :k", id);
  if (a) fill_agreement_parties(u, *a);
  return a;
}

std::vector<AgreementRecord> list_agreements(UnitOfWork& u, const PartnershipViewer& viewer,
                                             const AgreementFilter& f) {
  PartnershipViewer v = viewer;
  AgreementFilter x = f;
  std::string region_like;
  int limit = f.limit + 1;
  const bool window = !f.ends_until.empty();
  std::string where = "JOIN partnership p ON p.id = a.partnership_id WHERE " + visible_sql();
  if (!f.partnership_id.empty()) where += "AND a.partnership_id = :pid ";
  if (window) where += "AND a.end_date <> '' AND a.end_date >= :ef AND a.end_date <= :eu ";
  std::string cursor_end, cursor_id = f.cursor;
  if (window && !f.cursor.empty()) {
    const auto bar = f.cursor.find('|');
    cursor_end = f.cursor.substr(0, bar);
    cursor_id = bar == std::string::npos ? "" : f.cursor.substr(bar + 1);
    where += "AND (a.end_date > :ce1 OR (a.end_date = :ce2 AND a.id > :ci)) ";
  } else if (!f.cursor.empty()) {
    where += "AND a.id < :ci ";
  }
  where += window ? "ORDER BY a.end_date, a.id LIMIT :lim" : "ORDER BY a.id DESC LIMIT :lim";
  auto rows = select_rows<AgreementRow>(u, kAgreementColumns + where, [&](soci::statement& st) {
    bind_viewer(st, v, region_like);
    if (!x.partnership_id.empty()) st.exchange(use(x.partnership_id, "pid"));
    if (window) {
      st.exchange(use(x.ends_from, "ef"));
      st.exchange(use(x.ends_until, "eu"));
    }
    if (window && !x.cursor.empty()) {
      st.exchange(use(cursor_end, "ce1"));
      st.exchange(use(cursor_end, "ce2"));
    }
    if (!x.cursor.empty()) st.exchange(use(cursor_id, "ci"));
    st.exchange(use(limit, "lim"));
  });
  for (auto& a : rows) fill_agreement_parties(u, a);
  return rows;
}

}  // namespace mitra::store
