#include "store/database.hpp"

#include <soci/connection-pool.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <spdlog/spdlog.h>


#include <libpq-fe.h>

#include <mutex>
#include <stdexcept>

namespace mitra::store {

bool parse_database_url(const std::string& url, DatabaseUrl& out, std::string& message) {
  if (url.rfind("sqlite:", 0) == 0) {
    out.engine = Engine::sqlite;
    out.target = url.substr(7);
    if (out.target.empty()) {
      message = "sqlite: needs a file path, e.g. sqlite:data/mitra.db";
      return false;
    }
    return true;
  }
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    out.engine = Engine::postgresql;
    out.target = url;
    return true;
  }
  message = "--db must be sqlite:PATH or postgresql://...";
  return false;
}

namespace {

// SOCI re-parses its connection string as keyword=value pairs, which mangles libpq URIs, so the
// URI is turned into libpq's own keyword='value' form first (PQconninfoParse reads both forms).
std::string to_conninfo(const std::string& url) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(url.c_str(), &error);
  if (!options) {
    std::string message = error ? error : "invalid PostgreSQL URL";
    PQfreemem(error);
    throw std::runtime_error("--db: " + message);
  }
  std::string out;
  for (auto* o = options; o->keyword; ++o) {
    if (!o->val || !*o->val) continue;
    std::string value;
    for (const char* c = o->val; *c; ++c) {
      if (*c == '\\' || *c == '\'') value.push_back('\\');
      value.push_back(*c);
    }
    out += std::string(o->keyword) + "='" + value + "' ";
  }
  PQconninfoFree(options);
  return out;
}

void open_session(soci::session& s, const DatabaseUrl& url, long long cache_kib) {
  if (url.engine == Engine::sqlite) {
    // Each pooled connection is used by one thread at a time, so SQLite's per-connection mutexes
    // are pure cost: multi-thread mode drops them. Must run before SQLite's first use.
    static std::once_flag configured;
    std::call_once(configured, [] { sqlite_api::sqlite3_config(SQLITE_CONFIG_MULTITHREAD); });
    // The path is quoted for SOCI's key=value parser.
    s.open(soci::sqlite3, "db=\"" + url.target + "\" timeout=10");
    s << "PRAGMA journal_mode=WAL";
    s << "PRAGMA foreign_keys=ON";
    s << "PRAGMA busy_timeout=10000";
    s << "PRAGMA synchronous=NORMAL";
    s << "PRAGMA mmap_size=2147418112";  // SQLite's largest by default (0x7fff0000)
    // Sorts and DISTINCT sets of a statistic (a few hundred thousand ids at 1M persons) stay in
    // memory instead of spilling to temporary files.
    s << "PRAGMA temp_store=MEMORY";
    if (cache_kib > 0) s << "PRAGMA cache_size=-" + std::to_string(cache_kib);
  } else {
    s.open(soci::postgresql, to_conninfo(url.target));
    s << "SET client_min_messages TO WARNING";
  }
}

}  // namespace

Database::Database(const DatabaseUrl& url, std::size_t pool_size, std::size_t cache_mb)
    : engine_(url.engine), size_(pool_size), pool_(std::make_unique<soci::connection_pool>(pool_size)) {
  const long long cache_kib = pool_size ? static_cast<long long>(cache_mb * 1024 / pool_size) : 0;
  for (std::size_t i = 0; i < pool_size; ++i) open_session(pool_->at(i), url, cache_kib);
}

Database::~Database() {
  if (engine_ != Engine::sqlite) return;
  for (std::size_t i = 0; i < size_; ++i) {
    try {
      pool_->at(i) << "PRAGMA analysis_limit=1000";
      pool_->at(i) << "PRAGMA optimize";
    } catch (const std::exception& e) {
      spdlog::warn("PRAGMA optimize failed: {}", e.what());
    }
  }
}

bool analyze_if_never(Database& db) {
  if (db.engine() != Engine::sqlite) return false;
  Lease lease(db);
  int analysed = 0;
  lease.sql() << "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'", soci::into(analysed);
  if (analysed > 0) return false;
  // A nearly empty database is left alone: statistics of a few rows would mislead the planner
  // once the registry fills up.
  long long persons = 0;
  lease.sql() << "SELECT COUNT(*) FROM (SELECT 1 FROM person LIMIT 10000) x", soci::into(persons);
  if (persons < 10000) return false;
  lease.sql() << "PRAGMA analysis_limit=1000";
  lease.sql() << "ANALYZE";
  return true;
}

Lease::Lease(Database& db) : db_(db), position_(db.pool_->lease()), session_(&db.pool_->at(position_)) {
  ++db_.in_use_;
}

Lease::~Lease() {
  --db_.in_use_;
  db_.pool_->give_back(position_);
}

UnitOfWork::UnitOfWork(Database& db, Mode mode) : lease_(db) {
  if (mode == Mode::write) {
    sql() << (engine() == Engine::sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
    open_ = true;
  }
}

UnitOfWork::~UnitOfWork() {
  if (!open_) return;
  try {
    sql() << "ROLLBACK";
  } catch (const std::exception& e) {
    spdlog::error("rollback failed: {}", e.what());
  }
}

void UnitOfWork::commit() {
  if (!open_) return;
  sql() << "COMMIT";
  open_ = false;
}

}  // namespace mitra::store
