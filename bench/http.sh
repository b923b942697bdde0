#!/usr/bin/env bash
# HTTP benchmark: authenticated GET /api/v1/organizations on mitra against nginx serving a static
# file with exactly the same body, same wrk settings, both on loopback. Prints requests/s, p50 and
# p99 for each and the ratio mitra/nginx. Uses the release build (make build); builds nothing.
#   DURATION=10s CONNECTIONS=64 THREADS=2 bench/http.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
BIN=${MITRA_BIN:-build/mitra}
REGIONS=${REGIONS:-node_modules/idn-area-data/data}
[[ -x "$BIN" ]] || { echo "no $BIN: run make build" >&2; exit 2; }
[[ -f "$REGIONS/provinces.csv" ]] || { echo "no $REGIONS: run make deps" >&2; exit 2; }

# wrk and nginx from Debian, only when missing.
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
if ((${#missing[@]})); then
  echo "installing ${missing[*]} from Debian" >&2
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d "${TMPDIR:-/tmp}/mitra-bench.XXXXXX")
pids=()
cleanup() {
  local p
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A free loopback port, chosen by the kernel.
free_port() {
  if command -v python3 >/dev/null; then
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
  else
    node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
  fi
}

wait_for() {  # url [curl args...]
  local url=$1; shift
  for _ in $(seq 200); do curl -sf -o /dev/null "$@" "$url" && return 0; sleep 0.05; done
  return 1
}

# 1. mitra on a temp SQLite database with the demo data and a bearer token for the admin.
db="sqlite:$work/bench.db"
"$BIN" migrate --db "$db" >"$work/setup.log" 2>&1
"$BIN" regions import --db "$db" --dir "$REGIONS" >>"$work/setup.log" 2>&1
"$BIN" demo --db "$db" --credentials "$work/creds.txt" >>"$work/setup.log" 2>&1 || { cat "$work/setup.log" >&2; exit 1; }
token=$("$BIN" token create --db "$db" --username admin --name bench 2>>"$work/setup.log")
[[ -n "$token" ]] || { echo "no token" >&2; cat "$work/setup.log" >&2; exit 1; }

mport=$(free_port)
"$BIN" serve --db "$db" --listen "127.0.0.1:$mport" --web "$work/no-web" >"$work/mitra.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$mport/api/v1/health" || { echo "mitra did not start:" >&2; tail -20 "$work/mitra.log" >&2; exit 1; }
murl="http://127.0.0.1:$mport/api/v1/organizations"
curl -sf -H "Authorization: Bearer $token" "$murl" -o "$work/organizations.json" \
  || { echo "GET $murl with the token failed" >&2; exit 1; }
bytes=$(wc -c <"$work/organizations.json")

# 2. nginx serving that exact body as a static .json file.
nport=$(free_port)
mkdir -p "$work/www" "$work/nginx-tmp"
cp "$work/organizations.json" "$work/www/organizations.json"
chmod 755 "$work" "$work/www"; chmod 644 "$work/www/organizations.json"  # readable by nginx's worker user
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 1000000;
  types { application/json json; }
  client_body_temp_path $work/nginx-tmp/body;
  proxy_temp_path $work/nginx-tmp/proxy;
  fastcgi_temp_path $work/nginx-tmp/fastcgi;
  uwsgi_temp_path $work/nginx-tmp/uwsgi;
  scgi_temp_path $work/nginx-tmp/scgi;
  server { listen 127.0.0.1:$nport; root $work/www; }
}
CONF
"$NGINX" -e "$work/nginx-error.log" -p "$work" -c "$work/nginx.conf" 2>>"$work/nginx-error.log" &
pids+=($!)
nurl="http://127.0.0.1:$nport/organizations.json"
wait_for "$nurl" || { echo "nginx did not start:" >&2; tail -20 "$work/nginx-error.log" >&2; exit 1; }
curl -sf "$nurl" -o "$work/nginx-body.json"
cmp -s "$work/organizations.json" "$work/nginx-body.json" || { echo "nginx serves a different body" >&2; exit 1; }

# 3. The same wrk run against both. Prints "rps p50 p99"; refuses a run with errors or non-2xx.
run_wrk() {  # name url [header]
  local name=$1 url=$2 out
  if [[ $# -gt 2 ]]; then out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "$3" "$url")
  else out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url"); fi
  echo "$out" >"$work/wrk-$name.txt" 2>/dev/null || true
  if grep -qE 'Non-2xx or 3xx responses|Socket errors' <<<"$out"; then
    echo "warning: $name: $(grep -E 'Non-2xx or 3xx responses|Socket errors' <<<"$out" | tr -s ' ' | paste -sd';')" >&2
  fi
  local rps p50 p99
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  echo "$rps $p50 $p99"
}

echo "GET /api/v1/organizations: ${bytes} bytes of JSON; wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency; $(nproc) cores"
read -r m_rps m_p50 m_p99 < <(run_wrk mitra "$murl" "Authorization: Bearer $token")
read -r n_rps n_p50 n_p99 < <(run_wrk nginx "$nurl")
printf '%-28s %12s %10s %10s\n' "server" "requests/s" "p50" "p99"
printf '%-28s %12s %10s %10s\n' "mitra (bearer, SQLite)" "$m_rps" "$m_p50" "$m_p99"
printf '%-28s %12s %10s %10s\n' "nginx (static file)" "$n_rps" "$n_p50" "$n_p99"
awk -v m="$m_rps" -v n="$n_rps" 'BEGIN { if (n > 0) printf "mitra/nginx requests/s: %.3f\n", m / n }'
