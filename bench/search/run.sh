#!/usr/bin/env bash
# The search benchmark in one command (issue 4; results go to docs/benchmarks.md, "Search").
#
#   bench/search/run.sh [run.mjs options, e.g. --corpora sample,10k --engines gongkai,minisearch]
#
# Builds the staff tool (native) and the engine's release wasm, generates the 10k and 100k feeds
# (seed 1, not committed), prepares every corpus (documents, packs, Pagefind pages, ground truth)
# and runs all engines in headless Chromium. Set PAGEFIND_100K=1 to index 100k pages for Pagefind
# too (slow), SKIP_BUILD=1 to reuse the last build.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
# binaryen 132 from the root's node_modules: Debian's wasm-opt corrupts wasm-bindgen output.
export PATH="$root/node_modules/.bin:$PATH"
[ -d node_modules ] || npm ci --no-audit --no-fund
mkdir -p out/wasm out/lib

if [ -z "${SKIP_BUILD:-}" ]; then
  # nice: the machine is shared; the timed part below runs at normal priority.
  (cd "$root" && nice cargo build --profile native -p gongkai-cli)
  (cd wasm && nice cargo build --release --target wasm32-unknown-unknown --lib)
  wasm-bindgen --target web --out-dir out/wasm wasm/target/wasm32-unknown-unknown/release/gongkai_search_bench.wasm
  # The same before wasm-opt keeps function names, for profile.mjs.
  mkdir -p out/wasm-prof && cp out/wasm/gongkai_search_bench* out/wasm-prof/
  # -Oz as a trunk release build of the portal would; the engine itself is compiled at
  # opt-level 3 (wasm/Cargo.toml).
  wasm-opt -Oz --enable-bulk-memory --enable-reference-types --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-multivalue \
    out/wasm/gongkai_search_bench_bg.wasm -o out/wasm/gongkai_search_bench_bg.wasm
  node_modules/.bin/esbuild node_modules/minisearch/dist/es/index.js --minify --format=esm --outfile=out/lib/minisearch.min.js --log-level=warning
  cp node_modules/flexsearch/dist/flexsearch.bundle.module.min.mjs out/lib/
fi

gongkai="$root/target/native/gongkai"
sample="$root/public/data/feed.json"
if [ -f "$sample" ]; then
  node prepare.mjs sample "$sample" --pagefind
fi
for n in 10000 100000; do
  name="$((n / 1000))k"
  feed="out/feed-$name.json"
  [ -f "$feed" ] || "$gongkai" generate --records "$n" --seed 1 -o "$feed" 2>/dev/null
  if [ ! -f "out/corpus/$name/truth.json" ] || [ "$feed" -nt "out/corpus/$name/truth.json" ] || [ "queries.json" -nt "out/corpus/$name/truth.json" ]; then
    pf=""
    if [ "$name" = "10k" ] || [ -n "${PAGEFIND_100K:-}" ]; then pf="--pagefind"; fi
    node prepare.mjs "$name" "$feed" $pf
  fi
done

echo "machine: $(nproc) cores, load $(cut -d" " -f1-3 /proc/loadavg), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -sr); date: $(date -I)"
node run.mjs "$@"
