# Shared by the benchmarks that load a cached demo database and serve it (persons.sh,
# statistics.sh, assessment.sh); sourced, not run. Expects `set -euo pipefail` and the repository as the
# current directory.

BIN=${MITRA_BIN:-build/mitra}
REGIONS=${REGIONS:-node_modules/idn-area-data/data}

# Builds the release binary (unless SKIP_BUILD=1) and checks the binary and the region data.
bench_prepare() {
  [[ "${SKIP_BUILD:-0}" == 1 ]] || make --no-print-directory build JOBS="${JOBS:-1}"
  [[ -x "$BIN" ]] || { echo "no $BIN: run make build" >&2; exit 2; }
  [[ -f "$REGIONS/provinces.csv" ]] || { echo "no $REGIONS: run make deps" >&2; exit 2; }
}

# bench_demo_db CACHE DB: a fresh CACHE folder with migrations, regions and the demo data in DB
# (logins in CACHE/creds.txt, output in CACHE/setup.log).
bench_demo_db() {
  rm -rf "$1"; mkdir -p "$1"
  "$BIN" migrate --db "$2" >"$1/setup.log" 2>&1
  "$BIN" regions import --db "$2" --dir "$REGIONS" >>"$1/setup.log" 2>&1
  "$BIN" demo --db "$2" --credentials "$1/creds.txt" >>"$1/setup.log" 2>&1 || { cat "$1/setup.log" >&2; exit 1; }
}

# bench_serve DB NAME: `mitra serve` on a free loopback port, stopped (and its temp folder
# removed) on exit; sets url, work and pid.
bench_serve() {
  work=$(mktemp -d "${TMPDIR:-/tmp}/mitra-bench-$2.XXXXXX")
  pid=""
  trap 'if [[ -n "$pid" ]]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
  trap 'exit 130' INT TERM
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  "$BIN" serve --db "$1" --listen "127.0.0.1:$port" --web "$work/no-web" >"$work/mitra.log" 2>&1 &
  pid=$!
  url="http://127.0.0.1:$port"
  # At a million persons `serve` builds the linkage index before it listens: give it 5 minutes.
  for _ in $(seq 3000); do curl -sf -o /dev/null "$url/api/v1/health" && break; kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  curl -sf -o /dev/null "$url/api/v1/health" || { echo "mitra did not start:" >&2; tail -20 "$work/mitra.log" >&2; exit 1; }
}

# bench_big_db: the large SQLite database of statistics.sh and assessment.sh, loaded once and
# cached under build/bench/statistics-$PERSONS-$CASES_PER_PERSON-$SEED (sets `cache`, `file` and
# `db`): the demo data, PERSONS synthetic persons (`mitra generate`, one case each) and
# CASES_PER_PERSON cases per generated person in all (the extra ones copied in SQL, opened 200,
# 400, ... days earlier and closed); then ANALYZE. Migrates it to the binary's schema, then adds
# the records after intake of bench/records.sql once.
bench_big_db() {
  command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: apt-get install sqlite3" >&2; exit 2; }
  cache="build/bench/statistics-$PERSONS-$CASES_PER_PERSON-$SEED"
  file="$cache/mitra.db"
  db="sqlite:$file"
  if [[ ! -f "$cache/ready" ]]; then
    echo "loading $PERSONS synthetic persons with $CASES_PER_PERSON cases each into $cache (once)" >&2
    bench_demo_db "$cache" "$db"
    local start end persons cases k
    start=$(date +%s.%N)
    "$BIN" generate --db "$db" --persons "$PERSONS" --seed "$SEED" >>"$cache/setup.log" 2>&1
    for k in $(seq 2 "$CASES_PER_PERSON"); do
      sqlite3 "$file" "INSERT INTO client_case (id, person_id, organization_id, region_code, stage, risk_level, opened_at,
          closed_at, opened_by, updated_at)
        SELECT c.id || '-$k', c.person_id, c.organization_id, c.region_code, 'closed', c.risk_level,
          strftime('%Y-%m-%dT%H:%M:%SZ', c.opened_at, '-$(( (k - 1) * 200 )) days'), c.opened_at, c.opened_by, c.opened_at
        FROM client_case c JOIN consent s ON s.person_id = c.person_id AND s.purpose LIKE '%(data sintetis)'
        WHERE c.id NOT LIKE '%-_';"
    done
    sqlite3 "$file" "ANALYZE;"
    end=$(date +%s.%N)
    persons=$(sqlite3 "$file" "SELECT COUNT(*) FROM person")
    cases=$(sqlite3 "$file" "SELECT COUNT(*) FROM client_case")
    awk -v s="$start" -v e="$end" -v p="$persons" -v c="$cases" \
      'BEGIN { printf "load: %d persons, %d cases in %.1f s\n", p, c, e - s }' | tee "$cache/load.txt" >&2
    touch "$cache/ready"
  fi
  "$BIN" migrate --db "$db" >/dev/null 2>&1  # a newer binary may bring migrations
  if [[ ! -f "$cache/records-ready" ]]; then
    # The records after intake (bench/records.sql), added once, also to a database loaded before.
    echo "adding services, shelter stays, follow-ups, referrals and patrols to $cache (once)" >&2
    local start end
    start=$(date +%s.%N)
    sqlite3 "$file" <bench/records.sql
    sqlite3 "$file" "PRAGMA analysis_limit=1000; ANALYZE;"
    end=$(date +%s.%N)
    sqlite3 "$file" "SELECT (SELECT COUNT(*) FROM case_service) || ' services, ' || (SELECT COUNT(*) FROM shelter_stay) ||
        ' shelter stays, ' || (SELECT COUNT(*) FROM follow_up_visit) || ' follow-up visits, ' ||
        (SELECT COUNT(*) FROM referral) || ' referrals, ' || (SELECT COUNT(*) FROM patrol_person) || ' persons netted'" |
      awk -v s="$start" -v e="$end" '{ printf "records: %s, added in %.1f s\n", $0, e - s }' | tee -a "$cache/load.txt" >&2
    touch "$cache/records-ready"
  fi
}
