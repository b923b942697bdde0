#!/usr/bin/env bash
# The yearly PMKS table and the dashboard's statistics at scale: an SQLite database with the
# demo data, PERSONS (1,000,000) synthetic persons (`mitra generate`, one case each) and
# CASES_PER_PERSON (3) cases per generated person in all (the extra ones copied in SQL, opened
# 200 and 400 days earlier and closed), cached under build/bench/; then `mitra serve` and, for
# the demo supervisor (Dinsos Makassar: its whole region) and the RPTC worker (one organisation:
# its own persons and cases), RUNS (5) sequential requests of each kind; prints each time and
# the median, as JSON and as xlsx and PDF files; then the whole dashboard as the browser loads it
# (the table and the eight statistics requested at once), RUNS times: the time until the last
# answer.
# Builds the release binary first (make build) unless SKIP_BUILD=1.
#   PERSONS=1000000 CASES_PER_PERSON=3 SEED=1 RUNS=5 bench/statistics.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PERSONS=${PERSONS:-1000000}
CASES_PER_PERSON=${CASES_PER_PERSON:-3}
SEED=${SEED:-1}
RUNS=${RUNS:-5}
source bench/lib.sh
bench_prepare
bench_big_db

bench_serve "$db" statistics

login() {
  local password
  password=$(awk -v u="$1" '$1 == u {print $2}' "$cache/creds.txt")
  curl -s -D - -o /dev/null -H 'content-type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$password\"}" "$url/api/v1/session" | tr -d '\r' |
    sed -n 's/^[Ss]et-[Cc]ookie: \(mitra_session=[^;]*\).*/\1/p'
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); database: SQLite $(du -h "$file" | cut -f1)"
cat "$cache/load.txt"
year=$(( $(date -u +%Y) - 1 ))  # the last whole year: a third of the generated persons were assessed in it
for user in supervisor rptc_worker; do
  cookie=$(login "$user")
  [[ -n "$cookie" ]] || { echo "login as $user failed" >&2; exit 1; }
  statistics=()
  for name in intakes shelter services outcomes referrals assistance agreements budget; do
    statistics+=("/api/v1/statistics/$name?year=$year")
  done
  for path in "/api/v1/reports/pmks?year=$year" "/api/v1/reports/pmks?year=$year&format=xlsx" \
              "/api/v1/reports/pmks?year=$year&format=pdf" "${statistics[@]}"; do
    times=()
    for _ in $(seq "$RUNS"); do
      out=$(curl -s -o "$work/body" -w '%{http_code} %{time_total}' -H "Cookie: $cookie" "$url$path")
      [[ "${out% *}" == 200 ]] || { echo "$path as $user: HTTP ${out% *}" >&2; head -c 300 "$work/body" >&2; exit 1; }
      times+=("${out#* }")
    done
    total=""
    [[ "$path" == *format=* ]] || total=$(grep -o '"total":{[^}]*}' "$work/body" | tail -1 || true)
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    printf '%-12s GET %-48s median %6.3f s  (runs: %s) %s\n' "$user" "$path" "$median" "${times[*]}" "$total"
  done
  times=()
  for _ in $(seq "$RUNS"); do
    start=$(date +%s.%N)
    pids=()
    for path in "/api/v1/reports/pmks?year=$year" "${statistics[@]}"; do
      curl -s -o /dev/null -H "Cookie: $cookie" "$url$path" &
      pids+=($!)
    done
    wait "${pids[@]}"  # not the server's
    times+=("$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.3f", e - s }')")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-12s the whole dashboard (9 requests at once)              median %6.3f s  (runs: %s)\n' "$user" "$median" "${times[*]}"
done
