# shellcheck shell=bash
# Shared helpers for scripts/*.sh and bench/*.sh: messages, tool paths, the release build,
# precompression and the production nginx (rendered from deploy/nginx.conf).
#
# Sourced, never run. Every helper either succeeds or stops the script with a message that says
# what went wrong and what to do, in Chinese with an English line.

GK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export GK_ROOT

# Pinned tool versions (see TOOLCHAIN notes in README.md). trunk 0.22 needs a newer rustc.
# shellcheck disable=SC2034 # used by setup.sh
GK_TRUNK_VERSION="0.21.14"
# The wasm-opt trunk must use: npm binaryen 132 (Debian's binaryen 108 corrupts release builds).
GK_WASM_OPT_VERSION="132"
# Where the brotli modules of Debian's libnginx-mod-http-brotli-{static,filter} live.
GK_NGINX_MODULES="/usr/lib/nginx/modules"

# ───────────────────────────── messages ─────────────────────────────

if [[ -t 1 ]]; then
    GK_BOLD=$'\033[1m' GK_GREEN=$'\033[32m' GK_RED=$'\033[31m' GK_YELLOW=$'\033[33m' GK_OFF=$'\033[0m'
else
    GK_BOLD='' GK_GREEN='' GK_RED='' GK_YELLOW='' GK_OFF=''
fi

# A step that is starting: "… 中文 / English".
gk_step() { printf '%s… %s%s\n' "$GK_BOLD" "$*" "$GK_OFF"; }
# A step that is done or already satisfied.
gk_ok() { printf '%s✓%s %s\n' "$GK_GREEN" "$GK_OFF" "$*"; }
gk_warn() { printf '%s⚠ %s%s\n' "$GK_YELLOW" "$*" "$GK_OFF" >&2; }
# Stop the script: the message says what failed and what to do.
gk_die() {
    printf '%s✗ %s%s\n' "$GK_RED" "$*" "$GK_OFF" >&2
    exit 1
}

# Seconds since the epoch, for stage timings.
gk_now() { date +%s; }
# "1 分 05 秒 (65 s)" from a number of seconds.
gk_fmt_secs() { printf '%d 分 %02d 秒 (%d s)' $(($1 / 60)) $(($1 % 60)) "$1"; }

# ───────────────────────────── tools ─────────────────────────────

# Puts the project's npm tools first (the good wasm-opt, playwright) and cargo's bin on PATH.
gk_tool_path() {
    case ":$PATH:" in
        "$GK_ROOT/node_modules/.bin:"*) ;;
        *) PATH="$GK_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH" ;;
    esac
    export PATH
}

# The wasm-bindgen version the portal is built with, read from Cargo.lock so the CLI always matches
# the crate (trunk otherwise tries to download a matching CLI, which fails offline).
gk_wasm_bindgen_version() {
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$GK_ROOT/Cargo.lock"
}

# Refuses to build with any wasm-opt but npm binaryen 132: trunk runs wasm-opt on every release
# build, and Debian's binaryen 108 silently produces a module that dies at start-up.
gk_check_wasm_opt() {
    gk_tool_path
    local found version
    found="$(command -v wasm-opt || true)"
    if [[ "$found" != "$GK_ROOT/node_modules/.bin/wasm-opt" ]]; then
        gk_die "wasm-opt 不是项目自带的 npm binaryen ${GK_WASM_OPT_VERSION}（找到的是：${found:-无}）。请先运行 ./scripts/setup.sh。
  wasm-opt is not the project's npm binaryen ${GK_WASM_OPT_VERSION} (found: ${found:-none}); run ./scripts/setup.sh."
    fi
    version="$(wasm-opt --version 2>/dev/null || true)"
    if [[ "$version" != *"version ${GK_WASM_OPT_VERSION}"* ]]; then
        gk_die "wasm-opt 版本不对：${version:-无法运行}，需要 ${GK_WASM_OPT_VERSION}。请运行 ./scripts/setup.sh。
  wrong wasm-opt version: ${version:-does not run}; need ${GK_WASM_OPT_VERSION}."
    fi
}

# ───────────────────────────── release build ─────────────────────────────

# Builds the release portal into dist/ with trunk, moves trunk's inline start-up script into a
# hashed file (so the CSP needs no 'unsafe-inline'), and writes .br/.gz beside every text asset.
gk_build_release() {
    local dist="$GK_ROOT/dist"
    [[ -f "$GK_ROOT/index.html" ]] || gk_die "找不到 index.html：居民端页面还没有写好（portal 分支）。
  index.html is missing: the portal has not been merged yet."
    command -v trunk >/dev/null 2>&1 || gk_tool_path
    command -v trunk >/dev/null 2>&1 || gk_die "找不到 trunk，请先运行 ./scripts/setup.sh。 trunk is missing; run ./scripts/setup.sh."
    gk_check_wasm_opt
    gk_step "构建发布版居民端 (trunk build --release --offline) / building the release portal"
    (cd "$GK_ROOT" && trunk build --release --offline) ||
        gk_die "发布版构建失败（见上方 trunk 的输出）。 The release build failed (see trunk's output above)."
    [[ -f "$dist/index.html" ]] || gk_die "构建后 dist/index.html 不存在。 dist/index.html is missing after the build."
    if [[ ! -f "$dist/data/feed.json" ]]; then
        gk_die "构建结果里没有样例数据 dist/data/feed.json：index.html 需要 <link data-trunk rel=\"copy-dir\" href=\"public/data\">。
  The bundled sample feed was not copied to dist/data/feed.json (missing trunk copy-dir directive)."
    fi
    node "$GK_ROOT/scripts/minify-glue.mjs" "$dist/index.html" ||
        gk_die "无法压缩 wasm-bindgen 的 JS 胶水代码。 Could not minify the wasm-bindgen JS glue."
    node "$GK_ROOT/scripts/externalize-inline-scripts.mjs" "$dist/index.html" ||
        gk_die "无法把启动脚本移出 index.html。 Could not move the start-up script out of index.html."
    # What `gongkai index` writes on a township's host at every publish: the page views and the
    # service items' pages as HTML (in the finished index.html, so after the line above).
    gk_step "生成页面数据和办事指南页面 (gongkai index --views --pages) / writing page views and pages"
    (cd "$GK_ROOT" && cargo build --quiet -p gongkai-cli) ||
        gk_die "无法构建 gongkai 命令行工具。 Could not build the gongkai CLI."
    "$GK_ROOT/target/debug/gongkai" index "$dist/data/feed.json" --views "$dist/data/view" --pages "$dist" ||
        gk_die "无法生成页面数据。 gongkai index --views --pages failed."
    gk_precompress "$dist"
    gk_ok "发布版已构建：dist/ / release build ready in dist/"
}

# Writes NAME.br (brotli -q 11) and NAME.gz (gzip -9) beside each text asset, for nginx's
# brotli_static/gzip_static. data/ and the written pages (home.html, about.html, search.html, item/, record/, hall/, village/) are left alone on purpose: staff replace the feed (and
# `gongkai index` rewrites the views and item pages) after a build, and a stale .br would be served
# instead; nginx compresses those on the fly.
gk_precompress() {
    local dist="$1" file raw n=0
    gk_step "预压缩静态文件 (brotli -q 11, gzip -9) / precompressing assets"
    while IFS= read -r -d '' file; do
        brotli -q 11 -f -o "$file.br" -- "$file" || gk_die "brotli 压缩失败：$file"
        gzip -9 -n -c -- "$file" >"$file.gz" || gk_die "gzip 压缩失败：$file"
        raw=$(stat -c %s "$file")
        # A compressed copy that is not smaller is useless: let nginx send the original.
        (($(stat -c %s "$file.br") < raw)) || rm -f "$file.br"
        (($(stat -c %s "$file.gz") < raw)) || rm -f "$file.gz"
        n=$((n + 1))
    done < <(find "$dist" -type f ! -path "$dist/data/*" ! -path "$dist/item/*" ! -path "$dist/record/*" ! -path "$dist/hall/*" ! -path "$dist/village/*" ! -name home.html ! -name about.html ! -name search.html \
        \( -name '*.html' -o -name '*.js' -o -name '*.mjs' -o -name '*.css' -o -name '*.wasm' \
        -o -name '*.json' -o -name '*.svg' -o -name '*.txt' -o -name '*.xml' -o -name '*.ico' \
        -o -name '*.webmanifest' \) -print0)
    gk_ok "已预压缩 $n 个文件 / precompressed $n files"
}

# ───────────────────────────── nginx ─────────────────────────────

# Checks GONGKAI_FRAME_ANCESTORS: space-separated https origins allowed to embed the portal in a
# frame (the county website's widgets). It goes into a header, so nothing else may pass.
gk_frame_ancestors() {
    local result="'self'" origin origins
    # read -a splits on spaces without glob expansion (a `*` must be refused, not expanded).
    read -r -a origins <<<"${GONGKAI_FRAME_ANCESTORS:-}"
    for origin in "${origins[@]}"; do
        [[ "$origin" =~ ^https://[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?$ ]] ||
            gk_die "GONGKAI_FRAME_ANCESTORS 里的 $origin 不是 https 来源（例如 https://www.example.gov.cn）。
  GONGKAI_FRAME_ANCESTORS must hold https origins separated by spaces; got \"$origin\"."
        result+=" $origin"
    done
    echo "$result"
}

# Writes SCRATCH/nginx.conf and SCRATCH/security-headers.conf from deploy/ for a dist root and a
# listen address (host:port). Temp files, logs and the pid live in SCRATCH, so no root-owned
# /var paths are needed and several servers can run side by side.
gk_nginx_render() {
    local root="$1" listen="$2" scratch="$3" ancestors user module
    ancestors="$(gk_frame_ancestors)" || exit 1
    for module in ngx_http_brotli_static_module ngx_http_brotli_filter_module; do
        [[ -f "$GK_NGINX_MODULES/$module.so" ]] || gk_die "nginx 缺少 brotli 模块 $module，请运行 ./scripts/setup.sh。
  nginx's brotli module $module is missing; run ./scripts/setup.sh."
    done
    mkdir -p "$scratch"
    user=""
    if [[ $(id -u) -eq 0 ]]; then
        # As root nginx hands requests to an unprivileged worker; it must be able to read dist/.
        if su -s /bin/sh nobody -c "test -r '$root/index.html'" 2>/dev/null; then
            user="user nobody nogroup;"
        else
            gk_warn "nobody 用户读不到 $root，nginx 工作进程将以 root 运行（仅限本机测试）。 nobody cannot read $root; nginx workers run as root (local use only)."
            user="user root root;"
        fi
    fi
    local sed_script
    sed_script="s|@@ROOT@@|$root|g; s|@@LISTEN@@|$listen|g; s|@@SCRATCH@@|$scratch|g; s|@@MODULES@@|$GK_NGINX_MODULES|g; s|@@USER@@|$user|g; s|@@FRAME_ANCESTORS@@|$ancestors|g"
    sed "$sed_script" "$GK_ROOT/deploy/nginx.conf" >"$scratch/nginx.conf"
    sed "$sed_script" "$GK_ROOT/deploy/security-headers.conf" >"$scratch/security-headers.conf"
}

# True when something already accepts connections on host:port.
gk_port_busy() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# Starts nginx in the background for dist root ROOT on HOST:PORT; sets GK_NGINX_PID. Waits until
# it answers. The caller stops it with gk_nginx_stop (usually from a trap).
gk_nginx_start() {
    local root="$1" host="$2" port="$3" scratch="$4" i
    if gk_port_busy "$host" "$port"; then
        gk_die "端口 $host:$port 已被占用，请先关掉占用它的程序，或换一个端口（GONGKAI_PORT / GONGKAI_TEST_PORT）。
  $host:$port is already in use; stop that program or choose another port."
    fi
    gk_nginx_render "$root" "$host:$port" "$scratch"
    rm -f "$scratch/error.log"
    nginx -t -q -e "$scratch/error.log" -p "$scratch" -c "$scratch/nginx.conf" ||
        gk_die "nginx 配置检查失败（$scratch/nginx.conf）。 nginx rejected the rendered config."
    nginx -e "$scratch/error.log" -p "$scratch" -c "$scratch/nginx.conf" &
    GK_NGINX_PID=$!
    for ((i = 0; i < 100; i++)); do
        if curl -fsS -o /dev/null "http://$host:$port/" 2>/dev/null; then
            return 0
        fi
        if ! kill -0 "$GK_NGINX_PID" 2>/dev/null; then
            cat "$scratch/error.log" >&2 || true
            gk_die "nginx 启动失败（见上方日志）。 nginx failed to start (log above)."
        fi
        sleep 0.1
    done
    cat "$scratch/error.log" >&2 || true
    gk_die "nginx 10 秒内没有响应 http://$host:$port/。 nginx did not answer within 10 s."
}

# Stops the nginx started by gk_nginx_start (graceful: finish requests in flight), if any.
gk_nginx_stop() {
    if [[ -n "${GK_NGINX_PID:-}" ]] && kill -0 "$GK_NGINX_PID" 2>/dev/null; then
        kill -QUIT "$GK_NGINX_PID" 2>/dev/null || true
        wait "$GK_NGINX_PID" 2>/dev/null || true
    fi
    GK_NGINX_PID=""
}

# ───────────────────────────── benchmarks ─────────────────────────────

# One line describing this machine, for benchmark records.
gk_machine() {
    local cpu mem os chrome
    cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)"
    mem="$(awk '/^MemTotal/ { printf "%.0f GiB RAM", $2 / 1048576 }' /proc/meminfo 2>/dev/null)"
    os="Debian $(cat /etc/debian_version 2>/dev/null || echo '?')"
    chrome="$(chromium --version 2>/dev/null | awk '{print $1, $2}')"
    echo "$(nproc) cores (${cpu:-unknown CPU}), $mem, $os, ${chrome:-no Chromium}, $(nginx -v 2>&1 | sed 's/^nginx version: //')"
}

# Appends a dated block (date, machine, command, then BODY) to docs/benchmarks.md inside the
# section "## Page weight and Lighthouse", creating the section (or file) when missing. Other
# sections are left as they are.
gk_record_benchmark() {
    local title="$1" command="$2" body="$3" file="$GK_ROOT/docs/benchmarks.md" block
    # shellcheck disable=SC2016 # the backquotes are Markdown
    block="$(printf '### %s — %s\n\n- Machine: %s\n- Command: `%s`\n\n%s\n' \
        "$title" "$(date '+%Y-%m-%d %H:%M %Z')" "$(gk_machine)" "$command" "$body")"
    mkdir -p "$(dirname "$file")"
    [[ -f "$file" ]] || printf '# Benchmarks\n\nEach section records its command, date and machine.\n' >"$file"
    BLOCK="$block" python3 - "$file" <<'PY'
import os, re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
block = os.environ["BLOCK"].rstrip("\n") + "\n"
heading = "## Page weight and Lighthouse"
if heading not in text:
    text = text.rstrip("\n") + "\n\n" + heading + "\n\n" + block
else:
    start = text.index(heading) + len(heading)
    nxt = re.search(r"^## ", text[start:], flags=re.M)
    at = start + nxt.start() if nxt else len(text)
    before, after = text[:at].rstrip("\n"), text[at:]
    text = before + "\n\n" + block + ("\n" + after if after else "")
open(path, "w", encoding="utf-8").write(text)
PY
    gk_ok "已记录到 docs/benchmarks.md / recorded in docs/benchmarks.md"
}
