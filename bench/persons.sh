#!/usr/bin/env bash
# Person registry benchmark at scale: an SQLite database with migrations, regions, the demo data
# and PERSONS (1,000,000) synthetic persons (`mitra generate`), cached under build/bench/ so that
# re-runs skip the load; then `mitra serve`, a login as the demo supervisor (Dinsos Makassar), and
#   - bench/persons.mjs: sequential name searches (exact and with a typo) and person pages, p50/p99;
#   - wrk: GET /api/v1/persons?limit=50 with the session cookie, requests/s.
# Builds the release binary first (make build) unless SKIP_BUILD=1.
#   PERSONS=1000000 SEED=1 REQUESTS=500 DURATION=10s CONNECTIONS=16 bench/persons.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PERSONS=${PERSONS:-1000000}
SEED=${SEED:-1}
REQUESTS=${REQUESTS:-500}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
BIN=${MITRA_BIN:-build/mitra}
REGIONS=${REGIONS:-node_modules/idn-area-data/data}
[[ "${SKIP_BUILD:-0}" == 1 ]] || make --no-print-directory build JOBS="${JOBS:-1}"
[[ -x "$BIN" ]] || { echo "no $BIN: run make build" >&2; exit 2; }
[[ -f "$REGIONS/provinces.csv" ]] || { echo "no $REGIONS: run make deps" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk (or make deps-test)" >&2; exit 2; }

# 1. The cached database: build/bench/persons-<N>-<seed>/ holds mitra.db, the demo logins and a
#    "ready" stamp written only after a complete load.
cache="build/bench/persons-$PERSONS-$SEED"
db="sqlite:$cache/mitra.db"
if [[ ! -f "$cache/ready" ]]; then
  rm -rf "$cache"; mkdir -p "$cache"
  echo "loading $PERSONS synthetic persons into $cache (once; later runs reuse it)" >&2
  "$BIN" migrate --db "$db" >"$cache/setup.log" 2>&1
  "$BIN" regions import --db "$db" --dir "$REGIONS" >>"$cache/setup.log" 2>&1
  "$BIN" demo --db "$db" --credentials "$cache/creds.txt" >>"$cache/setup.log" 2>&1 || { cat "$cache/setup.log" >&2; exit 1; }
  start=$(date +%s.%N)
  "$BIN" generate --db "$db" --persons "$PERSONS" --seed "$SEED" | tee -a "$cache/setup.log" >&2
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v n="$PERSONS" 'BEGIN { printf "generate: %d persons in %.1f s\n", n, e - s }' | tee "$cache/load.txt" >&2
  touch "$cache/ready"
fi
"$BIN" migrate --db "$db" >/dev/null 2>&1  # a newer binary may bring migrations
password=$(awk '$1 == "supervisor" {print $2}' "$cache/creds.txt")

# shellcheck source=bench/serve.sh
source bench/serve.sh persons

# 2. Sequential latencies (Node's fetch, one request at a time).
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME"); database: SQLite $(du -h "$cache/mitra.db" | cut -f1), $PERSONS persons"
[[ -f "$cache/load.txt" ]] && cat "$cache/load.txt"
node bench/persons.mjs "$url" supervisor "$password" "$REQUESTS"

# 3. List throughput with wrk and the supervisor's session cookie.
cookie=$(curl -s -D - -o /dev/null -H 'content-type: application/json' \
  -d "{\"username\":\"supervisor\",\"password\":\"$password\"}" "$url/api/v1/session" | tr -d '\r' |
  sed -n 's/^[Ss]et-[Cc]ookie: \(mitra_session=[^;]*\).*/\1/p')
[[ -n "$cookie" ]] || { echo "login for wrk failed" >&2; exit 1; }
out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $cookie" "$url/api/v1/persons?limit=50")
grep -E 'Non-2xx or 3xx responses|Socket errors' <<<"$out" >&2 || true
rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
p50=$(awk '$1=="50%" {print $2}' <<<"$out")
p99=$(awk '$1=="99%" {print $2}' <<<"$out")
echo "GET /api/v1/persons?limit=50 (wrk -t$THREADS -c$CONNECTIONS -d$DURATION): $rps requests/s, p50 $p50, p99 $p99"
