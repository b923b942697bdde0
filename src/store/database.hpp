// The connection pool and units of work. The only place (with the repositories) that knows SOCI.
#pragma once
#include <atomic>
#include <cstddef>
#include <memory>
#include <string>

namespace soci {
class session;
class connection_pool;
}  // namespace soci

namespace mitra::store {

enum class Engine { sqlite, postgresql };

// Parses a --db URL: "sqlite:PATH" or "postgresql://..." (libpq URL, multi-host allowed).
struct DatabaseUrl {
  Engine engine = Engine::sqlite;
  std::string target;  // the SQLite path, or the whole libpq URL
};
// Returns false (and a message) when the URL is neither form.
bool parse_database_url(const std::string& url, DatabaseUrl& out, std::string& message);

// A pool of open sessions. Thread-safe. Opening fails with std::runtime_error (a start-up error,
// not a request error).
//
// SQLite: `cache_mb` is the page cache of the whole pool in MiB, shared out evenly between the
// connections (0: SQLite's default, 2 MiB each); every connection also maps up to 2 GiB of the
// file into memory (PRAGMA mmap_size), so that reads are served from the operating system's cache
// without a copy and shared between connections, and keeps temporary b-trees (sorts, DISTINCT)
// in memory (PRAGMA temp_store = MEMORY). On destruction each connection runs
// `PRAGMA optimize` (statistics for the tables it found worth analysing), as SQLite advises.
class Database {
 public:
  Database(const DatabaseUrl& url, std::size_t pool_size, std::size_t cache_mb = 0);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Engine engine() const { return engine_; }
  std::size_t pool_size() const { return size_; }
  std::size_t in_use() const { return in_use_.load(); }

 private:
  friend class Lease;
  Engine engine_;
  std::size_t size_;
  std::unique_ptr<soci::connection_pool> pool_;
  std::atomic<std::size_t> in_use_{0};
};

// SQLite: runs ANALYZE (PRAGMA analysis_limit = 1000: a sample of each index, seconds at a
// million rows) when the database has never been analysed and holds 10,000 persons or more, so
// that the query planner picks the covering indexes; returns whether it did. A no-op on
// PostgreSQL (autovacuum analyses).
bool analyze_if_never(Database& db);

// One pooled session, returned to the pool on destruction.
class Lease {
 public:
  explicit Lease(Database& db);
  ~Lease();
  Lease(const Lease&) = delete;
  Lease& operator=(const Lease&) = delete;
  soci::session& sql() { return *session_; }
  Engine engine() const { return db_.engine(); }

 private:
  Database& db_;
  std::size_t position_;
  soci::session* session_;
};

// A unit of work: one session and, for writes, one transaction (BEGIN IMMEDIATE on SQLite so
// that concurrent writers queue instead of failing). Rolled back unless commit() is called.
class UnitOfWork {
 public:
  enum class Mode { read, write };
  UnitOfWork(Database& db, Mode mode);
  ~UnitOfWork();
  UnitOfWork(const UnitOfWork&) = delete;
  UnitOfWork& operator=(const UnitOfWork&) = delete;

  void commit();
  soci::session& sql() { return lease_.sql(); }
  Engine engine() const { return lease_.engine(); }

 private:
  Lease lease_;
  bool open_ = false;
};

}  // namespace mitra::store
