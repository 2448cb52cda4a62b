#!/usr/bin/env bash
# Builds the release portal into dist/ exactly as production serves it: trunk release build with
# npm binaryen's wasm-opt, trunk's inline start-up script moved into boot-<hash>.js (so the CSP
# needs no 'unsafe-inline'), and .br/.gz beside every text asset. serve.sh and test.sh do the same.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
gk_build_release
