#!/usr/bin/env bash
# Lighthouse 13.5 (mobile preset: 150 ms RTT, 1.6 Mbps, 4× CPU slowdown) against the release build
# served by the production nginx (brotli, real cache headers), for three pages: home (/), search
# results (/search?q=低保) and the first service item of the sample feed (/item/<id>). Each page is
# run N times (default 3) and the median of each number is printed, with the app-shell weights from
# bench/shell-size.sh. Numbers, not pass/fail.
#
#   bench/lighthouse.sh                    build, serve on 127.0.0.1:8099, run, print
#   bench/lighthouse.sh --no-build         use the dist/ that is there
#   bench/lighthouse.sh --runs 5 --record  five runs per page; append the tables to docs/benchmarks.md
#
# Lighthouse itself is installed into bench/lighthouse/node_modules (bench/lighthouse/package.json),
# so the tests never download it. Reports: bench/out/lighthouse/*.json.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"

LH_VERSION="13.5.0"
LH_DIR="$GK_ROOT/bench/lighthouse"
OUT="$GK_ROOT/bench/out/lighthouse"
HOST=127.0.0.1
PORT="${GONGKAI_BENCH_PORT:-8099}"
CHROME_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"

build=1 record=0 runs=3
while (($# > 0)); do
    case "$1" in
        --no-build) build=0 ;;
        --record) record=1 ;;
        --runs)
            runs="${2:-}"
            shift
            [[ "$runs" =~ ^[1-9][0-9]?$ ]] || gk_die "--runs 需要 1–99 的数字。 --runs needs a number from 1 to 99."
            ;;
        *) gk_die "不认识的参数 $1。 unknown argument $1 (use --no-build, --runs N, --record)" ;;
    esac
    shift
done

gk_port_busy "$HOST" "$PORT" && gk_die "端口 $HOST:$PORT 已被占用，请设置 GONGKAI_BENCH_PORT。 $HOST:$PORT is in use; set GONGKAI_BENCH_PORT."

# ── Lighthouse, pinned, in its own folder ──
LH="$LH_DIR/node_modules/.bin/lighthouse"
if [[ "$("$LH" --version 2>/dev/null || true)" != "$LH_VERSION" ]]; then
    gk_step "安装 lighthouse@$LH_VERSION 到 bench/lighthouse / installing lighthouse"
    (cd "$LH_DIR" && npm ci --no-audit --no-fund --loglevel=error) || gk_die "安装 lighthouse 失败。 npm ci in bench/lighthouse failed."
fi
gk_ok "lighthouse $("$LH" --version)"

# ── build and serve like production ──
if ((build)); then gk_build_release; fi
[[ -f "$GK_ROOT/dist/index.html" ]] || gk_die "没有 dist/index.html，先去掉 --no-build。 No dist/index.html; build first."
item_id="$(node -e '
  const feed = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const id = feed.items?.[0]?.id;
  if (!id) process.exit(1);
  console.log(id);' "$GK_ROOT/dist/data/feed.json")" ||
    gk_die "样例数据里没有服务事项（items[0].id）。 The sample feed has no service item."
trap gk_nginx_stop EXIT
gk_nginx_start "$GK_ROOT/dist" "$HOST" "$PORT" "$GK_ROOT/tmp/nginx-bench-$PORT"
base="http://$HOST:$PORT"

# page name → path (the query is 低保, percent-encoded)
PAGES=("home|/" "results|/search?q=%E4%BD%8E%E4%BF%9D" "item|/item/$item_id")

rm -rf "$OUT"
mkdir -p "$OUT"
for entry in "${PAGES[@]}"; do
    name="${entry%%|*}" path="${entry#*|}"
    for ((i = 1; i <= runs; i++)); do
        gk_step "Lighthouse $name ($path) 第 $i/$runs 次 / run $i of $runs"
        CHROME_PATH=/usr/bin/chromium "$LH" "$base$path" --quiet --output=json \
            --output-path="$OUT/$name-$i.json" \
            --only-categories=performance,accessibility,best-practices,seo \
            --chrome-flags="$CHROME_FLAGS" ||
            gk_die "Lighthouse 运行失败：$base$path。 Lighthouse failed on $base$path."
    done
done

lh_table="$(node --input-type=module - "$OUT" "$runs" "${PAGES[@]}" <<'JS'
import { readFileSync } from 'node:fs';
const [dir, runs, ...pages] = process.argv.slice(2);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const rows = [
  `| page | path | performance | accessibility | best practices | SEO | LCP | TBT | CLS | transferred |`,
  `|---|---|---|---|---|---|---|---|---|---|`,
];
for (const entry of pages) {
  const [name, path] = entry.split('|');
  const reports = [];
  for (let i = 1; i <= Number(runs); i++) {
    const r = JSON.parse(readFileSync(`${dir}/${name}-${i}.json`, 'utf8'));
    if (r.runtimeError) throw new Error(`${name} run ${i}: ${r.runtimeError.code} ${r.runtimeError.message}`);
    reports.push(r);
  }
  const score = (c) => Math.round(median(reports.map((r) => r.categories[c].score ?? 0)) * 100);
  const audit = (a) => median(reports.map((r) => r.audits[a].numericValue ?? NaN));
  rows.push(
    `| ${name} | \`${decodeURIComponent(path)}\` | ${score('performance')} | ${score('accessibility')} | ` +
      `${score('best-practices')} | ${score('seo')} | ${(audit('largest-contentful-paint') / 1000).toFixed(2)} s | ` +
      `${Math.round(audit('total-blocking-time'))} ms | ${audit('cumulative-layout-shift').toFixed(3)} | ` +
      `${(audit('total-byte-weight') / 1024).toFixed(1)} KiB |`,
  );
}
console.log(rows.join('\n'));
console.log(`\nMedian of ${runs} run(s) per page, each number taken separately. Lighthouse ${JSON.parse(readFileSync(`${dir}/${pages[0].split('|')[0]}-1.json`, 'utf8')).lighthouseVersion}, mobile preset (simulated throttling: 150 ms RTT, 1.6 Mbps, 4× CPU), served by nginx with brotli.`);
JS
)" || gk_die "无法汇总 Lighthouse 报告。 Could not summarise the Lighthouse reports."

size_table="$("$GK_ROOT/bench/shell-size.sh" --no-build)"
# What nginx really sends for the feed (compressed on the fly, brotli level 6).
feed_br=$(curl -fsS -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "$base/data/feed.json")
size_table+=$'\n\n'"data/feed.json as nginx sends it (on-the-fly brotli, level 6): $feed_br B ($(awk -v b="$feed_br" 'BEGIN { printf "%.1f", b / 1024 }') KiB)."
echo
echo "$lh_table"
echo
echo "$size_table"

if ((record)); then
    gk_record_benchmark "Lighthouse and app shell" "bench/lighthouse.sh --runs $runs" \
        "$(printf '%s\n\nBytes of the release build (bench/shell-size.sh):\n\n%s' "$lh_table" "$size_table")"
fi
