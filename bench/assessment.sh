#!/usr/bin/env bash
# Partnership assessment at scale: an SQLite database with the demo data, PERSONS (1,000,000)
# synthetic persons (`mitra generate`, one case each) and their cases copied until there are
# CASES_PER_PERSON (3) cases per person, cached under build/bench/; then `mitra serve`, a login as
# each demo partnership's Dinsos and bench/assessment.mjs: sequential GET .../assessment for one
# year (3 periods of trend) and for five years, p50/max per partnership.
#   PERSONS=1000000 CASES_PER_PERSON=3 REQUESTS=20 MITRA_BIN=build/mitra bench/assessment.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PERSONS=${PERSONS:-1000000}
CASES_PER_PERSON=${CASES_PER_PERSON:-3}
SEED=${SEED:-1}
REQUESTS=${REQUESTS:-20}
source bench/lib.sh
SKIP_BUILD=${SKIP_BUILD:-1} bench_prepare
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: apt-get install sqlite3" >&2; exit 2; }

cache="build/bench/assessment-$PERSONS-$CASES_PER_PERSON-$SEED"
db="sqlite:$cache/mitra.db"
if [[ ! -f "$cache/ready" ]]; then
  echo "loading $PERSONS persons with $CASES_PER_PERSON cases each into $cache (once)" >&2
  bench_demo_db "$cache" "$db"
  start=$(date +%s.%N)
  "$BIN" generate --db "$db" --persons "$PERSONS" --seed "$SEED" | tee -a "$cache/setup.log" >&2
  # More cases per person: copies of each case at the same organisation, opened a year and two
  # years later (synthetic; ids suffixed so they stay unique).
  for k in $(seq 2 "$CASES_PER_PERSON"); do
    sqlite3 "$cache/mitra.db" "INSERT INTO client_case (id, person_id, organization_id, region_code, stage, risk_level,
      opened_at, closed_at, opened_by, updated_at)
      SELECT id || '-c$k', person_id, organization_id, region_code, stage, risk_level,
        CAST(CAST(SUBSTR(opened_at, 1, 4) AS INTEGER) + $k - 1 AS TEXT) || SUBSTR(opened_at, 5), closed_at, opened_by,
        updated_at FROM client_case WHERE id NOT LIKE '%-c_';"
  done
  end=$(date +%s.%N)
  cases=$(sqlite3 "$cache/mitra.db" "SELECT COUNT(*) FROM client_case")
  persons=$(sqlite3 "$cache/mitra.db" "SELECT COUNT(*) FROM person")
  awk -v s="$start" -v e="$end" -v p="$persons" -v c="$cases" \
    'BEGIN { printf "load: %d persons, %d cases in %.1f s\n", p, c, e - s }' | tee "$cache/load.txt" >&2
  touch "$cache/ready"
fi
"$BIN" migrate --db "$db" >/dev/null 2>&1

bench_serve "$db" assessment
echo "machine: $(nproc) cores; binary: $BIN; database: SQLite $(du -h "$cache/mitra.db" | cut -f1)"
cat "$cache/load.txt"
node bench/assessment.mjs "$url" "$cache/creds.txt" "$REQUESTS"
