#!/usr/bin/env bash
# Page weight of the release portal: raw, gzip -9 and brotli -q 11 bytes of each file of the app
# shell (index.html, the boot script, the wasm-bindgen JS, the wasm, the CSS) and their total, plus
# the bundled sample feed. Numbers, not pass/fail.
#
#   bench/shell-size.sh              release build first (scripts/lib.sh), then measure dist/
#   bench/shell-size.sh --no-build   measure the dist/ that is there
#   bench/shell-size.sh --record     also append the table to docs/benchmarks.md
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"

build=1 record=0
for arg in "$@"; do
    case "$arg" in
        --no-build) build=0 ;;
        --record) record=1 ;;
        *) gk_die "不认识的参数 $arg。 unknown argument $arg (use --no-build, --record)" ;;
    esac
done

dist="$GK_ROOT/dist"
if ((build)); then gk_build_release >&2; fi
[[ -f "$dist/index.html" ]] || gk_die "没有 dist/index.html，先去掉 --no-build 构建一次。 No dist/index.html; build first."

# One table row: label, file; prints "| label | raw | gzip | brotli |" and adds to the totals.
tot_raw=0 tot_gz=0 tot_br=0
row() {
    local label="$1" file="$2" raw gz br
    raw=$(stat -c %s "$file")
    gz=$(gzip -9 -n -c -- "$file" | wc -c)
    br=$(brotli -q 11 -c -- "$file" | wc -c)
    if [[ "$3" == shell ]]; then
        tot_raw=$((tot_raw + raw)) tot_gz=$((tot_gz + gz)) tot_br=$((tot_br + br))
    fi
    printf '| %s | %s | %s | %s |\n' "$label" "$(kib "$raw")" "$(kib "$gz")" "$(kib "$br")"
}
# "12345 B (12.1 KiB)"
kib() { awk -v b="$1" 'BEGIN { printf "%d B (%.1f KiB)", b, b / 1024 }'; }

table() {
    echo "| file | raw | gzip -9 | brotli -q 11 |"
    echo "|---|---|---|---|"
    row "index.html" "$dist/index.html" shell
    local f
    for f in "$dist"/boot-*.js; do [[ -f "$f" ]] && row "boot script ($(basename "$f"))" "$f" shell; done
    # trunk's files carry a content hash; other scripts (the service worker) are not part of the
    # first load and are listed below the total.
    for f in "$dist"/*-*.js; do
        [[ "$(basename "$f")" == boot-* ]] && continue
        [[ "$(basename "$f")" =~ -[0-9a-f]{8,16}\.js$ ]] || continue
        row "wasm-bindgen JS ($(basename "$f"))" "$f" shell
    done
    for f in "$dist"/*.wasm; do row "wasm ($(basename "$f"))" "$f" shell; done
    for f in "$dist"/*.css; do [[ -f "$f" ]] && row "CSS ($(basename "$f"))" "$f" shell; done
    printf '| **app shell total** | **%s** | **%s** | **%s** |\n' "$(kib $tot_raw)" "$(kib $tot_gz)" "$(kib $tot_br)"
    for f in "$dist"/*.js; do
        [[ "$(basename "$f")" =~ -[0-9a-f]{8,16}\.js$ ]] && continue
        row "not in first load: $(basename "$f")" "$f" other
    done
    if [[ -f "$dist/data/feed.json" ]]; then
        row "sample feed (data/feed.json)" "$dist/data/feed.json" data
    fi
}

out="$(table)"
echo "$out"

if ((record)); then
    gk_record_benchmark "App shell weight" "bench/shell-size.sh" "$out"
fi
