# Sourced by the bench scripts: starts `$BIN serve` on the database "$db" on a free loopback port
# with a temp work directory, sets $work, $pid and $url, and stops the server and removes $work on
# exit (also on Ctrl-C). $1 names the temp directory.
work=$(mktemp -d "${TMPDIR:-/tmp}/mitra-bench-$1.XXXXXX")
pid=""
cleanup() {
  if [[ -n "$pid" ]]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$BIN" serve --db "$db" --listen "127.0.0.1:$port" --web "$work/no-web" >"$work/mitra.log" 2>&1 &
pid=$!
url="http://127.0.0.1:$port"
for _ in $(seq 400); do curl -sf -o /dev/null "$url/api/v1/health" && break; sleep 0.05; done
curl -sf -o /dev/null "$url/api/v1/health" || { echo "mitra did not start:" >&2; tail -20 "$work/mitra.log" >&2; exit 1; }
