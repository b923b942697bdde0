#!/usr/bin/env bash
# HTTP benchmark: authenticated GET /api/v1/organizations on mitra against nginx serving a static
# file with the same body, same wrk settings, both on loopback. Prints requests/s, p50, p99 and
# the ratio mitra/nginx. Uses the release build (make build).
#   DURATION=10s CONNECTIONS=64 THREADS=2 bench/http.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
BIN=${MITRA_BIN:-build/mitra}
[[ -x "$BIN" ]] || { echo "no $BIN: run make build" >&2; exit 2; }
for tool in wrk nginx; do
  command -v $tool >/dev/null || { echo "installing $tool"; apt-get install -y -qq wrk nginx-light >/dev/null; }
done

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

db="sqlite:$work/bench.db"
"$BIN" migrate --db "$db" >/dev/null 2>&1
"$BIN" regions import --db "$db" --dir node_modules/idn-area-data/data >/dev/null 2>&1
"$BIN" demo --db "$db" --credentials "$work/creds.txt" >/dev/null 2>&1
token=$("$BIN" token create --db "$db" --username admin --name bench 2>/dev/null)

mport=$(free_port)
"$BIN" serve --db "$db" --listen "127.0.0.1:$mport" --web "$work/none" 2>/dev/null &
pids+=($!)
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$mport/api/v1/health" >/dev/null && break; sleep 0.05; done
url="http://127.0.0.1:$mport/api/v1/organizations"
curl -sf -H "Authorization: Bearer $token" "$url" -o "$work/organizations.json"
bytes=$(wc -c <"$work/organizations.json")

nport=$(free_port)
mkdir -p "$work/www"
cp "$work/organizations.json" "$work/www/organizations.json"
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  types { application/json json; }
  server { listen 127.0.0.1:$nport; root $work/www; }
}
CONF
nginx -c "$work/nginx.conf" -p "$work" &
pids+=($!)
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$nport/organizations.json" >/dev/null && break; sleep 0.05; done

run_wrk() {  # url [header]
  local out
  if [[ $# -gt 1 ]]; then out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "$2" "$1")
  else out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1"); fi
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  echo "$rps $p50 $p99"
}

echo "GET /api/v1/organizations: ${bytes} bytes of JSON; wrk -t$THREADS -c$CONNECTIONS -d$DURATION on $(nproc) cores"
read -r m_rps m_p50 m_p99 < <(run_wrk "$url" "Authorization: Bearer $token")
read -r n_rps n_p50 n_p99 < <(run_wrk "http://127.0.0.1:$nport/organizations.json")
printf '%-28s %12s %10s %10s\n' "server" "requests/s" "p50" "p99"
printf '%-28s %12s %10s %10s\n' "mitra (bearer, SQLite)" "$m_rps" "$m_p50" "$m_p99"
printf '%-28s %12s %10s %10s\n' "nginx (static file)" "$n_rps" "$n_p50" "$n_p99"
awk -v m="$m_rps" -v n="$n_rps" 'BEGIN { printf "mitra/nginx: %.2f\n", m / n }'
