#include "store/migrations.hpp"

#include <soci/soci.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "domain/clock.hpp"
#include "store/person_repository.hpp"

namespace mitra::store {
namespace {

struct Step {
  int version;
  std::string name;
  std::vector<const MigrationFile*> files;  // common first, then the engine's own
};

std::string engine_suffix(Engine e) { return e == Engine::sqlite ? ".sqlite.sql" : ".postgresql.sql"; }

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::vector<Step> steps_for(Engine engine) {
  std::map<int, Step> steps;
  for (const auto& f : kMigrationFiles) {
    const std::string name = f.name;
    const bool sqlite_only = ends_with(name, ".sqlite.sql");
    const bool pg_only = ends_with(name, ".postgresql.sql");
    if ((sqlite_only || pg_only) && !ends_with(name, engine_suffix(engine))) continue;
    const int version = std::stoi(name.substr(0, 4));
    auto& step = steps[version];
    step.version = version;
    if (!sqlite_only && !pg_only) {
      step.name = name.substr(5, name.size() - 5 - 4);
      step.files.insert(step.files.begin(), &f);
    } else {
      step.files.push_back(&f);
    }
  }
  std::vector<Step> out;
  for (auto& [v, s] : steps) out.push_back(std::move(s));
  return out;
}

bool blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); });
}

std::string upper_prefix(const std::string& s, std::size_t n) {
  std::string out;
  for (char c : s) {
    if (out.empty() && std::isspace(static_cast<unsigned char>(c))) continue;
    if (out.size() >= n) break;
    out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return out;
}

void ensure_version_table(soci::session& sql) {
  sql << "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
         "applied_at TEXT NOT NULL)";
}

// Data that a migration derives with C++ (SQL alone cannot compute it), in the step's own
// transaction, after its SQL.
void fill_derived_data(UnitOfWork& unit, int version) {
  if (version == 9) {
    const auto n = index_unindexed_person_names(unit);
    spdlog::info("person search: indexed the names of {} persons", n);
  }
}

}  // namespace

std::vector<std::string> split_sql(const std::string& script) {
  std::vector<std::string> out;
  std::string current;
  bool in_dollar = false;
  std::size_t pos = 0;
  while (pos <= script.size()) {
    const auto eol = script.find('\n', pos);
    std::string line = script.substr(pos, eol == std::string::npos ? std::string::npos : eol - pos);
    pos = eol == std::string::npos ? script.size() + 1 : eol + 1;
    if (!in_dollar) {
      const auto comment = line.find("--");
      if (comment != std::string::npos) line.erase(comment);
    }
    for (std::size_t i = 0; (i = line.find("$$", i)) != std::string::npos; i += 2) in_dollar = !in_dollar;
    current += line;
    current += '\n';
    std::string trimmed = line;
    while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.back()))) trimmed.pop_back();
    if (in_dollar || trimmed.empty() || trimmed.back() != ';') continue;
    const bool trigger = upper_prefix(current, 14) == "CREATE TRIGGER";
    if (trigger && upper_prefix(std::string(trimmed.rbegin(), trimmed.rend()), 4) != ";DNE") continue;
    // Drop the final ';' of the statement (SQLite's trigger body keeps its inner ones).
    const auto last = current.find_last_of(';');
    current.erase(last);
    if (!blank(current)) out.push_back(current);
    current.clear();
  }
  if (!blank(current)) out.push_back(current);
  return out;
}

int latest_version() {
  int v = 0;
  for (const auto& s : steps_for(Engine::sqlite)) v = std::max(v, s.version);
  return v;
}

int schema_version(Database& db) {
  Lease lease(db);
  int version = 0;
  soci::indicator ind;
  lease.sql() << "SELECT MAX(version) FROM schema_version", soci::into(version, ind);
  return ind == soci::i_ok ? version : 0;
}

int migrate(Database& db) {
  std::set<int> applied;
  {
    Lease lease(db);
    ensure_version_table(lease.sql());
    int v = 0;
    soci::statement st = (lease.sql().prepare << "SELECT version FROM schema_version", soci::into(v));
    st.execute();
    while (st.fetch()) applied.insert(v);
  }
  // Every step not yet applied, in order, including one numbered below the newest applied (work
  // developed in parallel lands in any order).
  for (const auto& step : steps_for(db.engine())) {
    if (applied.count(step.version)) continue;
    UnitOfWork unit(db, UnitOfWork::Mode::write);
    for (const auto* file : step.files)
      for (const auto& statement : split_sql(file->sql)) unit.sql() << statement;
    fill_derived_data(unit, step.version);
    const std::string now = format_time(std::chrono::system_clock::now());
    unit.sql() << "INSERT INTO schema_version (version, name, applied_at) VALUES (:v, :n, :t)",
        soci::use(step.version), soci::use(step.name), soci::use(now);
    unit.commit();
    spdlog::info("applied migration {:04d} {}", step.version, step.name);
    applied.insert(step.version);
  }
  return schema_version(db);
}

}  // namespace mitra::store
