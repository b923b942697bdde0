# Shared by the benchmarks that load a cached demo database and serve it (persons.sh,
# statistics.sh); sourced, not run. Expects `set -euo pipefail` and the repository as the
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
  for _ in $(seq 400); do curl -sf -o /dev/null "$url/api/v1/health" && break; sleep 0.05; done
  curl -sf -o /dev/null "$url/api/v1/health" || { echo "mitra did not start:" >&2; tail -20 "$work/mitra.log" >&2; exit 1; }
}
