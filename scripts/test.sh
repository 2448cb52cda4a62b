#!/usr/bin/env bash
# README command 2: prepares the machine, then runs every test of the project, stopping at the first
# failure, and ends with a summary of each stage and its time.
#
#   1 setup           scripts/setup.sh (skipped with GONGKAI_SKIP_SETUP=1)
#   2 native          cargo test --workspace (core, CLI, portal state, schema drift)
#   3 schema          python3 scripts/schema_agreement.py (an independent JSON Schema validator)
#   4 build           release build of the portal + precompression (what production serves)
#   5 production      nginx with deploy/nginx.conf; tests/prod (headers, compression, CSP, fallback)
#   6 browser (e2e)   Playwright + axe in Debian Chromium against that same nginx
#
#   GONGKAI_TEST_PORT=8189 ./scripts/test.sh     another port for the test server (default 8089)
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$GK_ROOT"

PORT="${GONGKAI_TEST_PORT:-8089}"
HOST=127.0.0.1
export BASE_URL="http://$HOST:$PORT/"
# The prod tests check that this reaches the frame-ancestors directive (a fictional county site).
export GONGKAI_FRAME_ANCESTORS="${GONGKAI_FRAME_ANCESTORS-https://www.example-county.gov.cn}"
TOTAL=6
N=0
CURRENT=""
NAMES=() RESULTS=() SECS=()
START=$(gk_now)

begin() {
    N=$((N + 1))
    CURRENT="$1"
    T0=$(gk_now)
    echo
    gk_step "[$N/$TOTAL] $1"
}
done_() {
    NAMES+=("$CURRENT") RESULTS+=("✓ 通过 passed") SECS+=($(($(gk_now) - T0)))
    gk_ok "$CURRENT：$(gk_fmt_secs "${SECS[-1]}")"
    CURRENT=""
}
skip() {
    N=$((N + 1))
    NAMES+=("$1") RESULTS+=("- 跳过 skipped ($2)") SECS+=(0)
}

summary() {
    local rc=$? i
    trap - EXIT
    gk_nginx_stop
    if [[ -n "$CURRENT" ]]; then
        NAMES+=("$CURRENT") RESULTS+=("✗ 失败 FAILED") SECS+=($(($(gk_now) - T0)))
    fi
    echo
    echo "════════════════ 测试汇总 / test summary ════════════════"
    for i in "${!NAMES[@]}"; do
        printf '  %d. %s  —  %s  —  %s\n' $((i + 1)) "${RESULTS[$i]}" "$(gk_fmt_secs "${SECS[$i]}")" "${NAMES[$i]}"
    done
    local rest=$((TOTAL - ${#NAMES[@]}))
    ((rest > 0)) && printf '  （其余 %d 个阶段未运行 / %d stage(s) not run）\n' "$rest" "$rest"
    echo "  总用时 total: $(gk_fmt_secs $(($(gk_now) - START)))"
    if ((rc == 0)); then
        gk_ok "全部测试通过 / all tests passed"
    else
        printf '%s✗ 测试失败于“%s”，见上方输出。 Tests failed at "%s"; see the output above.%s\n' \
            "$GK_RED" "${CURRENT:-?}" "${CURRENT:-?}" "$GK_OFF" >&2
    fi
    exit "$rc"
}
trap summary EXIT
trap 'exit 130' INT TERM

# Before the minutes of building and testing: is the test server's port free?
gk_port_busy "$HOST" "$PORT" && gk_die "端口 $HOST:$PORT 已被占用（也许有 trunk serve 在运行），请关掉它或换一个端口：GONGKAI_TEST_PORT=8189 $0
  $HOST:$PORT is already in use (a trunk serve?); stop it or set GONGKAI_TEST_PORT."

if [[ "${GONGKAI_SKIP_SETUP:-0}" == 1 ]]; then
    skip "环境准备 setup" "GONGKAI_SKIP_SETUP=1"
else
    begin "环境准备 setup"
    "$GK_ROOT/scripts/setup.sh"
    done_
fi
gk_tool_path

begin "原生测试 native (cargo test --workspace)"
cargo test --workspace
done_

begin "数据格式 schema agreement (python jsonschema)"
[[ -f scripts/schema_agreement.py ]] || gk_die "缺少 scripts/schema_agreement.py（用独立的 jsonschema 核对数据格式）。
  scripts/schema_agreement.py is missing: the independent schema check has not been merged."
python3 scripts/schema_agreement.py
done_

begin "发布版构建 release build"
gk_build_release
done_

begin "生产服务器 production headers (tests/prod)"
gk_nginx_start "$GK_ROOT/dist" "$HOST" "$PORT" "$GK_ROOT/tmp/nginx-test-$PORT"
gk_ok "nginx: $BASE_URL"
playwright test -c tests/prod/playwright.config.mjs
done_

begin "浏览器测试 browser e2e (Playwright + axe)"
[[ -f playwright.config.mjs && -d tests/e2e ]] || gk_die "缺少 playwright.config.mjs 或 tests/e2e/（居民端的浏览器测试还没有合并）。
  playwright.config.mjs or tests/e2e/ is missing: the portal's browser tests have not been merged."
playwright test
done_
