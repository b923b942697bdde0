#include "services/duplicate_service.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <chrono>
#include <map>
#include <sstream>

#include "domain/duplicate.hpp"
#include "services/audit_service.hpp"
#include "services/person_linkage.hpp"
#include "services/policy.hpp"
#include "store/identity_repository.hpp"
#include "store/person_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;

const char* const kNotReviewer = "Hanya supervisor Dinas Sosial yang dapat meninjau data ganda.";

// Fills the survivor's missing fields from the absorbed record (domain/duplicate.hpp) and saves
// it (`survivor` is then the record as stored), recording each field's previous value in `moves`
// (table "person"), and a NIK taken from the absorbed record (NIKs are unique) as table
// "person_absorbed"; returns the names of the fields filled.
boost::json::array fill_survivor(store::UnitOfWork& unit, Person absorbed, Person& survivor, const std::string& now,
                                 std::vector<store::MergeMove>& moves) {
  const auto filled = fill_from_absorbed(survivor, absorbed);
  boost::json::array names;
  bool names_changed = false;
  for (const auto& f : filled) {
    moves.push_back({"person", f.field, f.before});
    names.emplace_back(f.field);
    names_changed = names_changed || f.field == "other_names";
  }
  if (!absorbed.nik.empty() && survivor.nik == absorbed.nik) {
    moves.push_back({"person_absorbed", "nik", absorbed.nik});
    absorbed.nik.clear();
    absorbed.updated_at = now;
    store::update_person(unit, absorbed, false);
  }
  survivor.updated_at = now;
  store::update_person(unit, survivor, names_changed);
  return names;
}

// A move of fill_survivor (a field of a person), not of a row.
bool field_move(const store::MergeMove& m) { return m.table == "person" || m.table == "person_absorbed"; }

// Undoes fill_survivor: the survivor's fields as they were, the NIK back to the absorbed record.
void restore_survivor(store::UnitOfWork& unit, const std::string& absorbed_id, const std::string& survivor_id,
                      const std::string& now, const std::vector<store::MergeMove>& moves) {
  std::vector<FilledField> filled;
  std::string nik;
  bool names_changed = false;
  for (const auto& m : moves) {
    if (m.table == "person") {
      filled.push_back({m.column, m.key});
      names_changed = names_changed || m.column == "other_names";
    }
    if (m.table == "person_absorbed" && m.column == "nik") nik = m.key;
  }
  auto survivor = store::find_person(unit, survivor_id)->person;
  restore_filled(survivor, filled);
  survivor.updated_at = now;
  store::update_person(unit, survivor, names_changed);
  if (!nik.empty()) {
    auto absorbed = store::find_person(unit, absorbed_id)->person;
    absorbed.nik = nik;
    absorbed.updated_at = now;
    store::update_person(unit, absorbed, false);
  }
}

// The region whose pairs the actor reviews: a Dinsos supervisor's. "" for everyone else.
std::string review_region(const Actor& a) { return supervised_region(a); }

std::string reduced_name(const std::string& name) {
  std::string out;
  std::stringstream words(name);
  for (std::string w; words >> w;) {
    if (!out.empty()) out.push_back(' ');
    out.push_back(w.front());
    out.append("***");
  }
  return out;
}

const char* decision_text(linkage::Decision d) { return d == linkage::Decision::match ? "match" : "possible_match"; }

DuplicateSide side_of(store::UnitOfWork& unit, const Actor& actor, const std::string& person_id, bool detail) {
  DuplicateSide s;
  auto record = store::find_person(unit, person_id);
  if (!record) return s;
  const auto& p = record->person;
  s.visible = can_see_person(unit, actor, *record);
  s.holder = store::find_organization(unit, p.registered_by).value_or(Organization{});
  s.sex = p.sex;
  // Children in conflict with the law and victims: not even initials outside their circle.
  const bool hidden = !s.visible && record->sensitive;
  s.display_name = s.visible ? p.full_name : hidden ? "" : reduced_name(p.full_name);
  s.birth_year = hidden ? "" : p.birth_date.substr(0, 4);
  if (s.visible) {
    s.person_id = p.id;
    s.merged_into = record->merged_into;
    if (detail)
      s.detail = PersonView{*record, store::list_categories(unit, p.id), store::list_consents(unit, p.id), s.holder, {}};
  }
  return s;
}

DuplicateView view_of_pair(store::UnitOfWork& unit, const Actor& actor, store::DuplicatePairRecord pair, bool detail) {
  DuplicateView v;
  v.a = side_of(unit, actor, pair.person_a, detail);
  v.b = side_of(unit, actor, pair.person_b, detail);
  v.pair = std::move(pair);
  return v;
}

// The pair, when the actor reviews pairs and both persons lie in the actor's region.
Result<store::DuplicatePairRecord> reviewable_pair(store::UnitOfWork& unit, const Actor& actor, const std::string& id) {
  if (review_region(actor).empty()) return forbidden(kNotReviewer);
  auto pair = store::find_duplicate_pair(unit, id);
  if (!pair) return not_found("Pasangan data ganda tidak ditemukan.");
  for (const auto& person_id : {pair->person_a, pair->person_b}) {
    auto p = store::find_person(unit, person_id);
    if (!p || !supervises(actor, p->person.region_code))
      return forbidden("Salah satu data berada di luar wilayah Anda; hanya supervisor wilayahnya yang dapat memutuskan.");
  }
  return *pair;
}

void audit_pair(store::UnitOfWork& unit, const Context& ctx, const Actor& actor, const char* action,
                const store::DuplicatePairRecord& p) {
  write_audit(unit, ctx, actor,
              {action, "duplicate_pair", p.id,
               boost::json::serialize(boost::json::object{{"person_a", p.person_a},
                                                          {"person_b", p.person_b},
                                                          {"survivor_id", p.survivor_id},
                                                          {"absorbed_id", p.absorbed_id}})});
}

}  // namespace

Result<DedupSummary> run_dedup(const Context& ctx, const Actor* actor) {
  if (actor && !(is_dinsos(actor->organization.type) &&
                 (actor->has(Role::supervisor) || actor->has(Role::admin))))
    return forbidden("Hanya supervisor atau admin Dinas Sosial yang dapat menjalankan pencarian data ganda.");
  const auto start = std::chrono::steady_clock::now();
  DedupSummary summary;
  std::vector<linkage::Record> records;
  std::vector<std::string> ids, regions;
  {
    // A read unit: registrations go on while the engine runs (a minute at 1M persons); only the
    // queue is written in a write unit afterwards.
    store::UnitOfWork read(ctx.db, Mode::read);
    store::for_each_linkage_person(read, [&](const Person& p) {
      records.push_back(linkage_record(p));
      ids.push_back(p.id);
      regions.push_back(p.region_code);
    });
  }
  summary.persons = records.size();
  linkage::Options options;
  options.threads = 2;
  // EM-learned weights on a large registry, documented ones on a small or implausible one.
  auto scored = dedup_registry(records, options);
  std::vector<linkage::Record>().swap(records);
  summary.learned = scored.learned;
  const auto& index = *scored.index;
  const auto& result = scored.result;
  summary.candidates = result.candidate_pairs;
  std::size_t found = 0;
  store::UnitOfWork unit(ctx.db, Mode::write);
  std::map<std::pair<std::string, std::string>, store::DuplicatePairRecord> existing;
  for (auto& p : store::all_duplicate_pairs(unit)) existing.emplace(std::pair{p.person_a, p.person_b}, std::move(p));
  const std::string now = format_time(ctx.clock.now());
  for (const auto& s : result.pairs) {
    const auto comparison = linkage::compare(index.prepared(s.a), index.prepared(s.b), options.fields);
    if (!queued(s, comparison)) continue;
    ++found;
    auto key = duplicate_pair_key(ids[s.a], ids[s.b]);
    auto it = existing.find(key);
    const auto action = queue_action(it == existing.end() ? std::nullopt : std::optional<std::string>(it->second.status));
    if (action == QueueAction::keep) {
      ++summary.kept;
      continue;
    }
    store::DuplicatePairRecord r = action == QueueAction::refresh ? it->second : store::DuplicatePairRecord{};
    r.probability = s.probability;
    r.weight = s.weight;
    r.decision = decision_text(s.decision);
    r.evidence = evidence_json(comparison);
    r.updated_at = now;
    if (action == QueueAction::refresh) {
      store::update_duplicate_score(unit, r);
      ++summary.refreshed;
    } else {
      r.id = ctx.ids.next();
      r.person_a = key.first;
      r.person_b = key.second;
      r.status = "open";
      r.region_code = regions[ids[s.a] == key.first ? s.a : s.b];
      r.found_at = now;
      store::insert_duplicate_pair(unit, r);  // a run finds each pair once: no need to remember it
      ++summary.inserted;
    }
  }
  summary.found = found;
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const auto details = boost::json::serialize(boost::json::object{{"persons", summary.persons},
                                                                  {"found", summary.found},
                                                                  {"inserted", summary.inserted},
                                                                  {"refreshed", summary.refreshed},
                                                                  {"kept", summary.kept}});
  if (actor)
    write_audit(unit, ctx, *actor, {"duplicate.run", "duplicate_pair", "", details});
  else
    write_audit_anonymous(unit, ctx, Origin{"dedup", "cli"}, {"duplicate.run", "duplicate_pair", "", details});
  unit.commit();
  return summary;
}

Result<DuplicatePage> list_duplicates(const Context& ctx, const Actor& actor, store::DuplicateFilter filter) {
  const auto region = review_region(actor);
  if (region.empty()) return forbidden(kNotReviewer);
  if (filter.status.empty()) filter.status = "open";
  if (filter.status != "open" && filter.status != "merged" && filter.status != "not_same" &&
      filter.status != "unmerged" && filter.status != "all")
    return invalid_input("status", "Status harus open, merged, not_same, unmerged atau all.");
  filter.region = region;
  store::UnitOfWork unit(ctx.db, Mode::write);  // the read is audited
  DuplicatePage page;
  auto pairs = store::list_duplicate_pairs(unit, filter);
  if (static_cast<int>(pairs.size()) > filter.limit) {
    pairs.pop_back();
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", pairs.back().probability);
    page.next_cursor = std::string(buf) + "|" + pairs.back().id;
  }
  for (auto& p : pairs) page.items.push_back(view_of_pair(unit, actor, std::move(p), false));
  write_audit(unit, ctx, actor,
              {"duplicate.list", "duplicate_pair", "",
               boost::json::serialize(boost::json::object{{"results", page.items.size()}})});
  unit.commit();
  return page;
}

Result<DuplicateView> get_duplicate(const Context& ctx, const Actor& actor, const std::string& id) {
  if (review_region(actor).empty()) return forbidden(kNotReviewer);
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto pair = store::find_duplicate_pair(unit, id);
  if (!pair) return not_found("Pasangan data ganda tidak ditemukan.");
  auto view = view_of_pair(unit, actor, *pair, true);
  if (!view.a.visible && !view.b.visible) return not_found("Pasangan data ganda tidak ditemukan.");
  audit_pair(unit, ctx, actor, "duplicate.read", view.pair);
  unit.commit();
  return view;
}

Result<DuplicateView> merge_duplicate(const Context& ctx, const Actor& actor, const std::string& id,
                                      const std::string& survivor_id) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto pair = reviewable_pair(unit, actor, id);
  if (!pair) return pair.error();
  auto p = *pair;
  if (auto refusal = merge_refusal(p.status)) return conflict("status", *refusal);
  if (survivor_id != p.person_a && survivor_id != p.person_b)
    return invalid_input("survivor_id", "Pilih data yang dipertahankan: salah satu dari kedua data pasangan ini.");
  const std::string absorbed = survivor_id == p.person_a ? p.person_b : p.person_a;
  const auto kept_before = store::find_person(unit, survivor_id), absorbed_before = store::find_person(unit, absorbed);
  if (!kept_before->merged_into.empty() || !absorbed_before->merged_into.empty())
    return conflict("status", "Salah satu data sudah digabungkan ke data lain; tinjau pasangan itu dulu.");
  if (store::both_in_shelter(unit, p.person_a, p.person_b))
    return conflict("status", "Keduanya sedang tinggal di rumah singgah/shelter; pulangkan salah satu dulu.");
  const auto now = format_time(ctx.clock.now());
  auto moves = store::move_person_rows(unit, absorbed, survivor_id);
  const auto rows_moved = moves.size();
  Person kept = kept_before->person;
  const auto filled = fill_survivor(unit, absorbed_before->person, kept, now, moves);
  store::insert_merge_moves(unit, p.id, moves);
  store::set_merged_into(unit, absorbed, survivor_id, now);
  p.status = "merged";
  p.survivor_id = survivor_id;
  p.absorbed_id = absorbed;
  p.decided_by = actor.user.id;
  p.decided_at = now;
  p.updated_at = now;
  store::update_duplicate_status(unit, p);
  write_audit(unit, ctx, actor,
              {"person.merge", "duplicate_pair", p.id,
               boost::json::serialize(boost::json::object{
                   {"survivor_id", survivor_id}, {"absorbed_id", absorbed}, {"rows_moved", rows_moved},
                   {"fields_filled", filled}})});
  auto view = view_of_pair(unit, actor, p, false);
  unit.commit();
  if (ctx.linkage) {
    ctx.linkage->remove(absorbed);
    ctx.linkage->upsert(kept);
  }
  return view;
}

Result<DuplicateView> mark_not_same(const Context& ctx, const Actor& actor, const std::string& id) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto pair = reviewable_pair(unit, actor, id);
  if (!pair) return pair.error();
  auto p = *pair;
  if (auto refusal = not_same_refusal(p.status)) return conflict("status", *refusal);
  const auto now = format_time(ctx.clock.now());
  p.status = "not_same";
  p.decided_by = actor.user.id;
  p.decided_at = now;
  p.updated_at = now;
  store::update_duplicate_status(unit, p);
  audit_pair(unit, ctx, actor, "duplicate.not_same", p);
  auto view = view_of_pair(unit, actor, p, false);
  unit.commit();
  return view;
}

Result<DuplicateView> unmerge_person(const Context& ctx, const Actor& actor, const std::string& person_id) {
  if (review_region(actor).empty()) return forbidden(kNotReviewer);
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto record = store::find_person(unit, person_id);
  if (!record) return not_found("Penerima manfaat tidak ditemukan.");
  auto merge = store::find_merge_of(unit, person_id);
  if (!merge) return conflict("person_id", "Data ini tidak sedang digabungkan ke data lain, jadi tidak dapat dipisahkan.");
  auto pair = reviewable_pair(unit, actor, merge->id);
  if (!pair) return pair.error();
  auto p = *pair;
  const auto now = format_time(ctx.clock.now());
  const auto moves = store::list_merge_moves(unit, p.id);
  const auto rows_moved_back = std::count_if(moves.begin(), moves.end(), [](const auto& m) { return !field_move(m); });
  store::move_person_rows_back(unit, moves, p.absorbed_id, p.survivor_id);
  restore_survivor(unit, p.absorbed_id, p.survivor_id, now, moves);
  store::delete_merge_moves(unit, p.id);
  store::set_merged_into(unit, p.absorbed_id, "", now);
  const auto survivor = p.survivor_id;
  p.status = "unmerged";
  p.decided_by = actor.user.id;
  p.decided_at = now;
  p.updated_at = now;
  p.survivor_id.clear();
  const auto absorbed = p.absorbed_id;
  p.absorbed_id.clear();
  store::update_duplicate_status(unit, p);
  write_audit(unit, ctx, actor,
              {"person.unmerge", "duplicate_pair", p.id,
               boost::json::serialize(boost::json::object{
                   {"survivor_id", survivor}, {"absorbed_id", absorbed}, {"rows_moved_back", rows_moved_back}})});
  auto view = view_of_pair(unit, actor, p, false);
  unit.commit();
  if (ctx.linkage) {
    store::UnitOfWork restored(ctx.db, Mode::read);
    for (const auto& id : {absorbed, survivor})
      if (auto r = store::find_person(restored, id)) ctx.linkage->upsert(r->person);
  }
  return view;
}

}  // namespace mitra::services
