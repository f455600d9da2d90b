#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang, AddressSanitizer and UBSan, and runs
# each in turn from its seeds, for a time or a number of executions; prints executions,
# exec/s, seconds, corpus size and crashes per target and fails when any target crashed.
#
#   bash packaging/run-fuzz.sh                      # 30 s a target (what CI runs)
#   bash packaging/run-fuzz.sh --seconds 600 keyring
#   bash packaging/run-fuzz.sh --runs 1000000       # the figures in docs/benchmarks.md
#
# Options: --seconds N | --runs N, --build DIR (default build-fuzz), then target names
# without fuzz_ (default: all). CUSTOS_BUILD_JOBS sets the build's parallel jobs. The corpus
# grown by a run stays in DIR/corpus/TARGET (the seeds in tests/fuzz/corpus are only read);
# an input that crashed is kept as DIR/artifacts/TARGET-crash-... and replayed with
# DIR/tests/fuzz/fuzz_TARGET FILE.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=30
runs=""
build=build-fuzz
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; runs=""; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    -*) echo "run-fuzz: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
all=(slack_reader csv_reader mattermost_reader teams_reader export_archive policy_reader audit_bundle keyring)
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

bash packaging/install-deps.sh
started=$(date +%s)
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCUSTOS_FUZZ=ON -DCUSTOS_BUILD_TESTS=OFF \
  -DCUSTOS_FORCE_ASSERTS=ON >/dev/null
cmake --build "$build" --target custos_fuzzers -j "${CUSTOS_BUILD_JOBS:-$(nproc)}"
built=$(date +%s)
echo "run-fuzz: configured and built in $((built - started)) s"

# The targets write their inputs to a scratch folder: a RAM disk where there is one.
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then export TMPDIR=/dev/shm; fi
export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"

mkdir -p "$build/artifacts" "$build/logs"
if [ -n "$runs" ]; then limit=(-runs="$runs"); else limit=(-max_total_time="$seconds"); fi
failed=()
rows=()
for t in "${targets[@]}"; do
  bin="$build/tests/fuzz/fuzz_$t"
  [ -x "$bin" ] || { echo "run-fuzz: no target $t" >&2; exit 2; }
  mkdir -p "$build/corpus/$t"
  log="$build/logs/$t.log"
  t0=$(date +%s)
  status=0
  "$bin" "${limit[@]}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -dict=tests/fuzz/json.dict -artifact_prefix="$build/artifacts/$t-" \
    "$build/corpus/$t" "tests/fuzz/corpus/$t" >"$log" 2>&1 || status=$?
  t1=$(date +%s)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  corpus=$(grep -o 'corp: [0-9]*/[0-9]*[A-Za-z]*' "$log" | tail -1 | cut -d' ' -f2)
  crashes=0
  if [ "$status" -ne 0 ]; then
    crashes=1
    failed+=("$t")
    echo "run-fuzz: fuzz_$t failed (exit $status); the end of $log:" >&2
    tail -40 "$log" >&2
  fi
  rows+=("$(printf '%-18s %12s %8s %6s %12s %7s' "$t" "${execs:-?}" "${rate:-?}" "$((t1 - t0))" "$corpus" "$crashes")")
done

printf '%-18s %12s %8s %6s %12s %7s\n' target executions exec/s secs corpus crashes # corpus: inputs/bytes
printf '%s\n' "${rows[@]}"
echo "run-fuzz: $(( $(date +%s) - started )) s in all"
if [ ${#failed[@]} -gt 0 ]; then
  echo "run-fuzz: crashed: ${failed[*]} (inputs in $build/artifacts)" >&2
  exit 1
fi
