#!/usr/bin/env bash
# Runs every test of `make test` and ends with one summary line "N passed, N failed".
# Expects the sanitizer build (build-asan/) and the web bundle (web/dist) to be built.
set -uo pipefail
cd "$(dirname "$0")/.."
export MITRA_BIN=${MITRA_BIN:-build-asan/mitra}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
mkdir -p build/test-logs
passed=0; failed=0; stages=()

# Adds the counts of a node --test run ("# pass N" / "# fail N") or of ctest.
count_node() {
  local log=$1 p f
  p=$(grep -E '^# pass [0-9]+' "$log" | tail -1 | awk '{print $3}'); f=$(grep -E '^# fail [0-9]+' "$log" | tail -1 | awk '{print $3}')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
}

stage() {  # name, command...
  local name=$1; shift
  local log="build/test-logs/${name}.log"
  echo "== ${name}"
  local start=$SECONDS
  "$@" >"$log" 2>&1
  local rc=$?
  tail -n 25 "$log"
  stages+=("${name}: exit ${rc} ($((SECONDS - start)) s)")
  if [[ $rc -ne 0 ]]; then
    echo "!! ${name} failed (exit ${rc}); full log: ${log}"
    # A crash before any test counted still counts as a failure.
    grep -qE '^# fail [0-9]+|tests failed out of' "$log" || failed=$((failed + 1))
  fi
  return 0
}

# 1. Unit tests (GoogleTest under ASan+UBSan).
stage unit ctest --test-dir build-asan --output-on-failure -j "$(nproc)"
u=$(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' build/test-logs/unit.log | tail -1)
if [[ -n "$u" ]]; then
  total=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$u"); f=$(sed -E 's/.* ([0-9]+) tests failed.*/\1/' <<<"$u")
  passed=$((passed + total - f)); failed=$((failed + f))
fi

# 2. API tests over HTTP against the real binary, on SQLite, then on PostgreSQL.
stage api-sqlite node --test --test-concurrency=1 tests/api/
count_node build/test-logs/api-sqlite.log
pg_url=$(scripts/test-postgres.sh start 2>build/test-logs/postgres-start.log | tail -1)
if [[ "$pg_url" == postgresql://* ]]; then
  stage api-postgresql env MITRA_TEST_PG="$pg_url" node --test --test-concurrency=1 tests/api/
  count_node build/test-logs/api-postgresql.log
else
  echo "!! PostgreSQL did not start: $(tail -5 build/test-logs/postgres-start.log)"; failed=$((failed + 1))
fi

# 3. Browser tests (Playwright + Debian chromium).
stage e2e node --test --test-concurrency=1 tests/e2e/
count_node build/test-logs/e2e.log

[[ "$pg_url" == postgresql://* ]] && scripts/test-postgres.sh stop >/dev/null 2>&1

echo
printf '%s\n' "${stages[@]}"
echo "${passed} passed, ${failed} failed"
[[ $failed -eq 0 && $passed -gt 0 ]]
