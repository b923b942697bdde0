#!/usr/bin/env bash
# Record-linkage benchmark: builds linkage_bench (Release, build-rel), then runs
#   (a) the FEBRL sets: FEBRL4 (dataset4a + 4b, two-file linkage) and FEBRL3 (dataset3,
#       deduplication), each with all fields, without soc_sec_id, and names + DOB + region only;
#   (b) synthetic Indonesian records at 10k, 100k and 1M (SIZES), with 1,000 single queries.
# The FEBRL files are read in place, never copied or downloaded: FEBRL_DIR, else
# ../shared/benchmarks/febrl relative to the repository root.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${BUILD_DIR:-$root/build-rel}"
febrl="${FEBRL_DIR:-$root/../shared/benchmarks/febrl}"
sizes="${SIZES:-10000 100000 1000000}"
queries="${QUERIES:-1000}"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMITRA_TESTS=OFF >/dev/null
cmake --build "$build" -j 2 --target linkage_bench >/dev/null
bench="$build/linkage_bench"

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -f "$febrl/dataset3.csv" && -f "$febrl/dataset4a.csv" && -f "$febrl/dataset4b.csv" ]]; then
  echo "## FEBRL ($febrl)"
  "$bench" febrl "$febrl"
else
  echo "FEBRL data not found in $febrl (set FEBRL_DIR to the folder holding dataset3.csv," >&2
  echo "dataset4a.csv and dataset4b.csv); skipping the FEBRL runs." >&2
fi
for n in $sizes; do
  echo "## synthetic Indonesian, $n records"
  # The SUMMARY line gives index + dedup alone; /usr/bin/time the whole process (generation and
  # queries included).
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f "PROCESS: wall %e s, CPU %U s user + %S s sys, peak memory %M KiB" "$bench" synth "$n" "$queries"
  else
    "$bench" synth "$n" "$queries"
  fi
done
