#!/usr/bin/env bash
# Partnership assessment at scale, on the database of bench/statistics.sh (bench_big_db in
# bench/lib.sh: the demo data, PERSONS (1,000,000) synthetic persons and CASES_PER_PERSON (3)
# cases per person, cached under build/bench/ and shared); then `mitra serve`, a login as
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
bench_big_db  # the database of bench/statistics.sh, shared

bench_serve "$db" assessment
echo "machine: $(nproc) cores; binary: $BIN; database: SQLite $(du -h "$file" | cut -f1)"
cat "$cache/load.txt"
node bench/assessment.mjs "$url" "$cache/creds.txt" "$REQUESTS"
