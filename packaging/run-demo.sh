#!/usr/bin/env bash
# Installs the dependencies, builds, and starts the console on the demo workspace
# (created on first run; its credentials are printed and listed in README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake -S . -B build -G Ninja
cmake --build build
exec build/app/custos --demo "$@"
