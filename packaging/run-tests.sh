#!/usr/bin/env bash
# Installs the dependencies, builds with warnings as errors and assertions on, and runs the whole test
# suite (benchmarks excluded) on the offscreen platform. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCUSTOS_WERROR=ON -DCUSTOS_FORCE_ASSERTS=ON
cmake --build build
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --label-exclude benchmark --parallel 2
