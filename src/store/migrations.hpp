// Versioned schema migrations, embedded in the binary from src/store/migrations/*.sql.
// Files are named NNNN_name.sql (both engines), NNNN_name.sqlite.sql or NNNN_name.postgresql.sql
// (one engine only, applied after the common file of the same number).
#pragma once
#include <string>
#include <vector>

#include "store/database.hpp"

namespace mitra::store {

struct MigrationFile {
  const char* name;
  const char* sql;
};
extern const std::vector<MigrationFile> kMigrationFiles;

// Splits a script into statements at ';' line ends, keeping PostgreSQL $$ bodies and SQLite
// CREATE TRIGGER ... END; blocks whole. Comments (-- to end of line) are dropped.
std::vector<std::string> split_sql(const std::string& script);

// Applies every migration not recorded in schema_version (also one numbered below the newest
// applied: branches land in any order), in order, each in its own transaction,
// recording it in schema_version. Returns the resulting version. Throws on SQL errors.
int migrate(Database& db);

// The highest applied version. Throws if the database was never migrated.
int schema_version(Database& db);

// The highest version the binary knows.
int latest_version();

}  // namespace mitra::store
