#!/usr/bin/env bash
# Builds the services and the command line with AddressSanitizer and UndefinedBehaviorSanitizer
# (clang: it builds them in half the time GCC takes) and runs their test suites, the labels
# services and cli; the first report of either sanitizer fails the test that made it. The
# widget and model suites are left to the plain run (packaging/run-tests.sh), and so is
# tst_cli's benchQueueBuildsOnceThenReuses: `bench queue` builds a workspace of 2,000 posts,
# which under the sanitizers outlasts the suite's 60 s wait for a command.
#
#   bash packaging/run-sanitized-tests.sh [BUILD_DIR]     # default build-asan
#
# CUSTOS_BUILD_JOBS sets the build's parallel jobs, CUSTOS_TEST_JOBS the tests' (both: the
# number of cores).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build-asan}"
labels='^(services|cli)$'
skipped=benchQueueBuildsOnceThenReuses

bash packaging/install-deps.sh
started=$(date +%s)
# CustosCommon.cmake silences a GCC-only warning under the sanitizers; clang does not know it.
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCUSTOS_SANITIZE=ON -DCUSTOS_FORCE_ASSERTS=ON \
  -DCMAKE_CXX_FLAGS=-Wno-unknown-warning-option >/dev/null
# Only what the suites need: their executables (one per test) and custos-cli.
mapfile -t suites < <(cd "$build" && ctest -N -L "$labels" | sed -n 's/^ *Test *#[0-9]*: *//p')
cmake --build "$build" --target custos-cli "${suites[@]}" -j "${CUSTOS_BUILD_JOBS:-$(nproc)}"
built=$(date +%s)
echo "run-sanitized-tests: configured and built in $((built - started)) s"

# abort_on_error: a report ends the process at once, as a failed test; the leak
# suppressions are the test suites' own (tests/lsan.supp, also set per test by ctest).
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_string_checks=1:check_initialization_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp"
cd "$build"
status=0
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -L '^services$' --parallel "${CUSTOS_TEST_JOBS:-$(nproc)}" || status=1
# The cli suite by its functions, in the environment ctest gives it (tests/CMakeLists.txt).
mapfile -t functions < <(tests/tst_cli -functions | sed 's/()$//' | grep -vx "$skipped")
echo "run-sanitized-tests: tst_cli, ${#functions[@]} functions (not $skipped)"
QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE=en CUSTOS_WITNESS_DIR="$PWD/tests/witness" \
  tests/tst_cli "${functions[@]}" || status=1
echo "run-sanitized-tests: built and tested in $(( $(date +%s) - started )) s"
exit "$status"
