#include "services/person_linkage.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <mutex>

#include <spdlog/spdlog.h>

#include "store/duplicate_repository.hpp"

namespace mitra::services {
namespace {

// Changes kept beside the index before a query starts rebuilding it (on a thread of its own).
constexpr std::size_t kRebuildAfter = 4096;

linkage::Options linkage_options() {
  linkage::Options o;
  o.threads = 2;
  return o;
}

LinkageHit hit_of(const linkage::Model& model, const linkage::Comparison& c, double weight, std::string id,
                  double possible, double match) {
  LinkageHit h;
  h.person_id = std::move(id);
  h.weight = weight;
  h.probability = model.probability_of_weight(weight);
  h.decision = h.probability >= match      ? linkage::Decision::match
               : h.probability >= possible ? linkage::Decision::possible_match
                                           : linkage::Decision::non_match;
  h.comparison = c;
  return h;
}

}  // namespace

linkage::Record linkage_record(const Person& p) {
  linkage::Record r;
  r.name = p.full_name;
  r.birth_date = p.birth_date;
  r.birth_estimated = p.birth_date_estimated;
  r.sex = p.sex == Sex::female ? 'P' : 'L';
  r.id_number = p.nik;
  r.mother_name = p.mother_name;
  const std::string& code = p.domicile_region.empty() ? p.region_code : p.domicile_region;
  if (code.size() >= 2) r.region[0] = code.substr(0, 2);
  if (code.size() >= 5) r.region[1] = code.substr(0, 5);
  if (code.size() >= 8) r.region[2] = code.substr(0, 8);
  r.address = p.domicile_address;
  return r;
}

bool corroborated(const linkage::Comparison& c) {
  const auto at = [&](int field) { return c.level[static_cast<std::size_t>(field)]; };
  const auto agrees = [&](int field, int up_to) { return at(field) != linkage::kMissing && at(field) <= up_to; };
  return at(linkage::kBirth) == 0 || at(linkage::kBirth) == 2 || agrees(linkage::kId, 1) ||
         agrees(linkage::kMother, 1) || agrees(linkage::kAddress, 0);
}

bool plausible_model(const linkage::Model& model) {
  const auto probe = [&](std::initializer_list<std::pair<linkage::Field, int>> levels) {
    linkage::Comparison c;
    c.level.fill(linkage::kMissing);
    for (const auto& [field, level] : levels) c.level[static_cast<std::size_t>(field)] = static_cast<std::uint8_t>(level);
    return model.probability(c);
  };
  const double match = linkage::Options{}.match_probability;
  // One shared name word, the same estimated date, sex and regency ("Jumiati Contoh" and "Usman
  // Contoh", both "about 36"); a different name so; the same name born on another date.
  return probe({{linkage::kName, 3}, {linkage::kBirth, 1}, {linkage::kSex, 0}, {linkage::kRegion, 1}}) < match &&
         probe({{linkage::kName, 4}, {linkage::kBirth, 1}, {linkage::kSex, 0}, {linkage::kRegion, 0}}) < match &&
         probe({{linkage::kName, 0}, {linkage::kBirth, 5}, {linkage::kSex, 0}, {linkage::kRegion, 1}}) < match;
}

RegistryDedup dedup_registry(const std::vector<linkage::Record>& records, linkage::Options options) {
  static const auto documented = linkage::documented_model();  // outlives the index's options
  options.model = records.size() >= kLearnFrom ? nullptr : &documented;
  options.accept_learned = plausible_model;
  options.model_if_refused = &documented;
  RegistryDedup out;
  out.index = std::make_unique<linkage::Index>(records, options);
  out.result = out.index->dedup();
  out.learned = out.result.learned;
  return out;
}

bool queued(const linkage::ScoredPair& s, const linkage::Comparison& c) {
  if (s.decision == linkage::Decision::match) return true;
  // A possible match is worth a reviewer's time when something beyond the name agrees, and the
  // names share at least a word (or the NIKs agree): a stranger born the same day is not one.
  const auto name = c.level[linkage::kName], id = c.level[linkage::kId];
  const bool names_meet = name != linkage::kMissing && name <= 3;
  const bool ids_meet = id != linkage::kMissing && id <= 1;
  return corroborated(c) && (names_meet || ids_meet);
}

std::string evidence_json(const linkage::Comparison& c) {
  boost::json::object o;
  for (int f = 0; f < linkage::kFieldCount; ++f) {
    const auto level = c.level[static_cast<std::size_t>(f)];
    if (level != linkage::kMissing) o[linkage::field_name(f)] = static_cast<int>(level);
  }
  return boost::json::serialize(o);
}

PersonLinkage::Snapshot PersonLinkage::read_snapshot(store::Database& db) {
  std::vector<linkage::Record> records;
  Snapshot snap;
  {
    store::UnitOfWork unit(db, store::UnitOfWork::Mode::read);
    store::for_each_linkage_person(unit, [&](const Person& p) {
      records.push_back(linkage_record(p));
      snap.ids.push_back(p.id);
    });
  }
  snap.index = std::make_unique<linkage::Index>(records, linkage_options());
  snap.index->set_model(linkage::documented_model());
  return snap;
}

void PersonLinkage::install(Snapshot snap, std::uint64_t started) {
  index_ = std::move(snap.index);
  ids_ = std::move(snap.ids);
  position_.clear();
  position_.reserve(ids_.size());
  for (std::size_t i = 0; i < ids_.size(); ++i) position_.emplace(ids_[i], static_cast<std::uint32_t>(i));
  stale_.assign(ids_.size(), 0);
  // Changes made before the snapshot was read are in it; later ones stay beside it.
  std::erase_if(delta_, [&](const auto& d) { return d.second.seq < started; });
  std::erase_if(removed_, [&](const auto& r) { return r.second < started; });
  const auto mark = [&](const std::string& id) {
    if (auto it = position_.find(id); it != position_.end()) stale_[it->second] = 1;
  };
  for (const auto& d : delta_) mark(d.first);
  for (const auto& r : removed_) mark(r.first);
}

void PersonLinkage::build(store::Database& db, bool only_if_missing) {
  std::lock_guard serial(build_mutex_);
  std::uint64_t started = 0;
  {
    std::shared_lock lock(mutex_);
    if (only_if_missing && index_) return;
    started = seq_;
  }
  // Read and index without the lock: queries go on with the old index meanwhile.
  auto snap = read_snapshot(db);
  std::unique_lock lock(mutex_);
  install(std::move(snap), started);
}

void PersonLinkage::rebuild_in_background(store::Database& db) {
  bool idle = false;
  if (!rebuilding_.compare_exchange_strong(idle, true)) return;
  std::lock_guard guard(thread_mutex_);
  if (rebuilder_.joinable()) rebuilder_.join();  // the last one has finished: it cleared rebuilding_
  rebuilder_ = std::thread([this, &db] {
    try {
      build(db);
    } catch (const std::exception& e) {
      spdlog::warn("linkage: rebuilding the index failed: {}", e.what());
    }
    rebuilding_ = false;
  });
}

PersonLinkage::~PersonLinkage() {
  std::lock_guard guard(thread_mutex_);
  if (rebuilder_.joinable()) rebuilder_.join();
}

std::size_t PersonLinkage::indexed() const {
  std::shared_lock lock(mutex_);
  return ids_.size() + delta_.size();
}

void PersonLinkage::upsert(const Person& p) {
  std::unique_lock lock(mutex_);
  if (auto it = position_.find(p.id); it != position_.end()) stale_[it->second] = 1;
  removed_.erase(p.id);
  delta_[p.id] = {linkage::prepare(linkage_record(p)), seq_++};
}

void PersonLinkage::remove(const std::string& person_id) {
  std::unique_lock lock(mutex_);
  if (auto it = position_.find(person_id); it != position_.end()) stale_[it->second] = 1;
  delta_.erase(person_id);
  removed_[person_id] = seq_++;
}

std::vector<LinkageHit> PersonLinkage::query(store::Database& db, const Person& p, std::size_t limit, bool sex_known) {
  bool missing = false, large_delta = false;
  {
    std::shared_lock lock(mutex_);
    missing = !index_;
    large_delta = delta_.size() > kRebuildAfter;
  }
  if (missing) build(db, /*only_if_missing=*/true);
  if (large_delta) rebuild_in_background(db);
  std::shared_lock lock(mutex_);
  const auto options = linkage_options();
  auto record = linkage_record(p);
  if (!sex_known) record.sex = 0;
  const auto prepared = linkage::prepare(record);
  const auto& model = index_->model();
  std::vector<LinkageHit> out;
  for (const auto& s : index_->query(record, limit * 2 + 16)) {
    if (stale_[s.b] || ids_[s.b] == p.id) continue;
    auto h = hit_of(model, linkage::compare(prepared, index_->prepared(s.b), options.fields), s.weight, ids_[s.b],
                    options.possible_probability, options.match_probability);
    out.push_back(std::move(h));
  }
  for (const auto& [id, other] : delta_) {
    if (id == p.id) continue;
    const auto c = linkage::compare(prepared, other.prepared, options.fields);
    auto h = hit_of(model, c, model.weight(c), id, options.possible_probability, options.match_probability);
    if (h.decision != linkage::Decision::non_match) out.push_back(std::move(h));
  }
  std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.weight > y.weight; });
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::vector<LinkageHit> query_linkage(store::Database& db, PersonLinkage* kept, const Person& p, std::size_t limit,
                                      bool sex_known) {
  if (kept) return kept->query(db, p, limit, sex_known);
  PersonLinkage once;
  return once.query(db, p, limit, sex_known);
}

}  // namespace mitra::services
