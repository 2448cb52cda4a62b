#!/usr/bin/env bash
# Validation throughput of `gongkai validate` on generated feeds of 10,000 and 100,000 records.
#
# Prints wall time, CPU time (user + system: less disturbed when other jobs share the machine) and
# peak memory (RSS), from /usr/bin/time, of each run: 3 runs of a valid feed,
# and 3 runs of the same feed with about 9 % of its records made invalid (a future 发布日期), which
# exercises locating thousands of problems in a one-line (minified) 130 MB file.
# Numbers are reported, never asserted; record them in docs/benchmarks.md ("Validation throughput").
#
# The generator writes minified JSON (one 130 MB line). PRETTY=1 also measures a pretty-printed
# copy of the 100,000-record feed (220 MB, 7.7 million lines; made with Python, ~20 s).
#
# Usage: bench/validate.sh            (BENCH_DIR=/some/dir to keep the generated feeds, RUNS=n)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/time ]; then
  echo "错误：需要 /usr/bin/time（Debian 包 time）。error: /usr/bin/time is required (apt-get install time)" >&2
  exit 2
fi

cargo build --quiet --profile native -p gongkai-cli
BIN=target/native/gongkai
DIR=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$DIR"
RUNS=${RUNS:-3}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date:    $(date -u +%Y-%m-%d)   rustc: $(rustc --version | cut -d' ' -f2)"
echo

measure() { # label, exit code expected, command…
  local label=$1 want=$2; shift 2
  local tf
  tf=$(mktemp)
  for run in $(seq 1 "$RUNS"); do
    local code
    set +e
    /usr/bin/time -o "$tf" -f '%e %U %S %M' "$@" >/dev/null 2>&1
    code=$?
    set -e
    if [ "$code" != "$want" ]; then
      echo "错误：$label 的退出码是 $code，应为 $want。error: $label exited $code, expected $want" >&2
      exit 1
    fi
    read -r secs user sys kb < <(tail -n1 "$tf")
    printf '%-40s run %d: %6.2f s wall  %6.2f s CPU  %7.1f MB peak RSS\n' "$label" "$run" "$secs" "$(echo "$user + $sys" | bc -l)" "$(echo "$kb / 1024" | bc -l)"
  done
  rm -f "$tf"
}

for n in 10000 100000; do
  feed="$DIR/feed-$n.json"
  bad="$DIR/feed-$n-bad.json"
  "$BIN" generate --records "$n" --seed 1 -o "$feed" 2>/dev/null
  sed 's/"published":"2025/"published":"2029/g' "$feed" > "$bad"
  printf '%s records: %s bytes\n' "$n" "$(stat -c %s "$feed")"
  measure "validate $n (valid)" 0 "$BIN" validate --today 2026-11-22 "$feed"
  measure "validate $n (invalid, human)" 1 "$BIN" validate --today 2026-11-22 "$bad"
  measure "validate $n (invalid, --format json)" 1 "$BIN" validate --today 2026-11-22 --format json "$bad"
  errors=$("$BIN" validate --today 2026-11-22 --format json "$bad" | python3 -c 'import json,sys; print(json.load(sys.stdin)["errors"])' || true)
  echo "  (the invalid copy has $errors errors)"
  echo
done
if [ "${PRETTY:-0}" = 1 ]; then
  pretty="$DIR/feed-100000-pretty.json"
  python3 -c 'import json, sys; json.dump(json.load(open(sys.argv[1], encoding="utf-8")), open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)' "$DIR/feed-100000.json" "$pretty"
  printf '100000 records, pretty-printed: %s bytes, %s lines\n' "$(stat -c %s "$pretty")" "$(wc -l < "$pretty")"
  measure "validate 100000 pretty (valid)" 0 "$BIN" validate --today 2026-11-22 "$pretty"
  echo
fi
[ -n "${BENCH_DIR:-}" ] || rm -rf "$DIR"
