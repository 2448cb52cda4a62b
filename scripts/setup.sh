#!/usr/bin/env bash
# Installs what gongkai needs and is missing; skips everything already present (a second run takes
# seconds). Made for Debian 12 (run as root or with sudo). Reaches only Debian's packages,
# crates.io, the npm registry and PyPI.
#
#   ./scripts/setup.sh                    install what is missing
#   SETUP_DRY_RUN=1 ./scripts/setup.sh    only say what would be installed
#   SETUP_PRETEND_MISSING="apt trunk wasm-bindgen npm jsonschema rust-target" SETUP_DRY_RUN=1 …
#                                         treat those as missing (to check the install path)
#
# The first run on a fresh machine takes about 20 minutes, nearly all of it compiling trunk
# (~10 min) and wasm-bindgen-cli (~5 min).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DRY_RUN="${SETUP_DRY_RUN:-0}"
PRETEND="${SETUP_PRETEND_MISSING:-}"
APT_PACKAGES=(chromium chromium-driver fonts-wqy-microhei nginx libnginx-mod-http-brotli-static
    libnginx-mod-http-brotli-filter brotli curl ca-certificates)

# Runs a command, or only prints it in a dry run.
run() {
    if [[ "$DRY_RUN" == 1 ]]; then
        printf '  [dry-run] %s\n' "$*"
    else
        "$@"
    fi
}
# True when the check NAME should behave as if its tool were missing (SETUP_PRETEND_MISSING).
pretend() { [[ " $PRETEND " == *" $1 "* ]]; }
# Root runs commands directly; others go through sudo.
as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        run "$@"
    elif command -v sudo >/dev/null 2>&1; then
        run sudo "$@"
    else
        gk_die "需要 root 权限安装系统软件包（没有 sudo）：$*
  root is needed to install system packages (no sudo found): $*"
    fi
}
# Waits while someone else (another terminal, a background job) is already compiling TOOL with
# cargo install: a second install of the same tool would only race the first.
wait_for_other_install() {
    local tool="$1" waited=0
    while pgrep -f "cargo install.*$tool" >/dev/null 2>&1; do
        ((waited % 60 == 0)) && gk_step "另一个进程正在安装 $tool，等待它完成… / another cargo install of $tool is running; waiting"
        sleep 5
        waited=$((waited + 5))
    done
}

START=$(gk_now)
echo "gongkai 环境准备 / setup$([[ "$DRY_RUN" == 1 ]] && echo ' (dry run)')"

# ── 1. Debian packages ──────────────────────────────────────────────────────────────────────────
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
    for pkg in "${APT_PACKAGES[@]}"; do
        if pretend apt || [[ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)" != "install ok installed" ]]; then
            missing+=("$pkg")
        fi
    done
    if ((${#missing[@]} > 0)); then
        gk_step "安装系统软件包 / installing Debian packages: ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q ||
            gk_die "apt-get update 失败（网络或软件源）。 apt-get update failed (network or sources)."
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" ||
            gk_die "安装系统软件包失败：${missing[*]}。 apt-get install failed."
    fi
    gk_ok "系统软件包齐全 / Debian packages present (chromium, 中文字体 CJK font, nginx + brotli)"
    if [[ "$(dpkg-query -W -f='${Status}' binaryen 2>/dev/null || true)" == "install ok installed" ]]; then
        gk_warn "！！！ 检测到 Debian 的 binaryen 软件包（wasm-opt 108）。它会悄悄损坏发布版 wasm（页面启动即报错
  WebAssembly.Table.set(): Argument 1 is invalid for table）。本项目的脚本总是把 node_modules/.bin 放在 PATH 最前面，
  并在构建前检查 wasm-opt 版本；建议卸载：apt-get remove binaryen
  !!! Debian's binaryen (wasm-opt 108) is installed. It silently corrupts release wasm. Our scripts put
  node_modules/.bin first and check the version before every build; better remove it: apt-get remove binaryen"
    fi
else
    for tool in chromium nginx brotli curl; do
        command -v "$tool" >/dev/null 2>&1 || gk_die "缺少 $tool，且这不是 Debian 系统，请手动安装。 $tool is missing and this is not Debian; install it by hand."
    done
    gk_warn "不是 Debian：跳过系统软件包检查。 Not Debian: skipped the system package check."
fi

# ── 2. Rust: the wasm target, trunk, wasm-bindgen-cli ───────────────────────────────────────────
command -v cargo >/dev/null 2>&1 || [[ -x "$HOME/.cargo/bin/cargo" ]] ||
    gk_die "没有 Rust。请先安装 rustup（https://rustup.rs），再运行本脚本。 Rust is missing; install rustup first."
gk_tool_path
if pretend rust-target || ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    gk_step "添加 Rust 目标 wasm32-unknown-unknown / adding the wasm target"
    run rustup target add wasm32-unknown-unknown || gk_die "rustup target add wasm32-unknown-unknown 失败。"
fi
gk_ok "Rust $(rustc --version | cut -d' ' -f2) + wasm32-unknown-unknown"

# Prints the installed version of a cargo-installed tool ("" when missing).
tool_version() { "$1" --version 2>/dev/null | awk '{print $2}' || true; }

if pretend trunk || [[ "$(tool_version trunk)" != "$GK_TRUNK_VERSION" ]]; then
    wait_for_other_install trunk
fi
if pretend trunk || [[ "$(tool_version trunk)" != "$GK_TRUNK_VERSION" ]]; then
    gk_step "正在安装 trunk ${GK_TRUNK_VERSION}（约 10 分钟）… / installing trunk ${GK_TRUNK_VERSION} (about 10 minutes)"
    t0=$(gk_now)
    run cargo install --locked "trunk@$GK_TRUNK_VERSION" ||
        gk_die "trunk 安装失败（见上方 cargo 输出）。 cargo install trunk failed (see above)."
    gk_ok "trunk 已安装，用时 $(gk_fmt_secs $(($(gk_now) - t0))) / trunk installed"
fi
gk_ok "trunk $GK_TRUNK_VERSION"

WB_VERSION="$(gk_wasm_bindgen_version)"
[[ -n "$WB_VERSION" ]] || gk_die "Cargo.lock 里找不到 wasm-bindgen 的版本。 Cannot read wasm-bindgen's version from Cargo.lock."
if pretend wasm-bindgen || [[ "$(tool_version wasm-bindgen)" != "$WB_VERSION" ]]; then
    wait_for_other_install wasm-bindgen-cli
fi
if pretend wasm-bindgen || [[ "$(tool_version wasm-bindgen)" != "$WB_VERSION" ]]; then
    gk_step "正在安装 wasm-bindgen-cli ${WB_VERSION}（约 5 分钟）… / installing wasm-bindgen-cli ${WB_VERSION} (about 5 minutes)"
    t0=$(gk_now)
    # Without --locked on purpose: its lock file names a webpki-roots version the registry lacks.
    run cargo install "wasm-bindgen-cli@$WB_VERSION" ||
        gk_die "wasm-bindgen-cli 安装失败（见上方 cargo 输出）。 cargo install wasm-bindgen-cli failed (see above)."
    gk_ok "wasm-bindgen-cli 已安装，用时 $(gk_fmt_secs $(($(gk_now) - t0))) / wasm-bindgen-cli installed"
fi
gk_ok "wasm-bindgen-cli $WB_VERSION（与 Cargo.lock 一致 / matches Cargo.lock）"

# ── 3. npm: Playwright, axe, binaryen 132 (the wasm-opt trunk must use) ─────────────────────────
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    gk_die "没有 Node.js / npm（需要 18 以上）。 Node.js and npm (18+) are missing."
fi
# Lists packages whose installed version differs from package-lock.json ("" when all match).
stale_npm_packages() {
    # shellcheck disable=SC2016 # JavaScript, not shell
    node --input-type=module -e '
      import { readFileSync, existsSync } from "node:fs";
      const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
      const bad = [];
      for (const [path, meta] of Object.entries(lock.packages ?? {})) {
        if (!path || !meta.version) continue;
        const file = path + "/package.json";
        const have = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).version : "missing";
        if (have !== meta.version) bad.push(`${path.replace(/^node_modules\//, "")}@${meta.version} (have ${have})`);
      }
      console.log(bad.join(" "));' 2>/dev/null || echo "unreadable"
}
stale="$(cd "$GK_ROOT" && stale_npm_packages)"
if pretend npm || [[ ! -d "$GK_ROOT/node_modules" || -n "$stale" ]]; then
    if [[ -L "$GK_ROOT/node_modules" && "$DRY_RUN" != 1 ]]; then
        # npm ci empties node_modules first; through a link that would wipe someone else's copy.
        gk_die "node_modules 是指向别处的链接，且与 package-lock.json 不一致：$stale
  node_modules is a symlink and differs from package-lock.json; update its target with npm ci there."
    fi
    gk_step "安装 npm 依赖 (npm ci) / installing npm packages${stale:+: $stale}"
    (cd "$GK_ROOT" && run npm ci --no-audit --no-fund) || gk_die "npm ci 失败。 npm ci failed."
fi
gk_ok "npm 依赖与 package-lock.json 一致 / npm packages match package-lock.json"
if [[ "$DRY_RUN" != 1 ]]; then
    gk_check_wasm_opt
    gk_ok "wasm-opt: $(wasm-opt --version)（npm binaryen，位于 PATH 最前 / first on PATH during builds）"
fi

# ── 4. Python: jsonschema for scripts/schema_agreement.py ───────────────────────────────────────
command -v python3 >/dev/null 2>&1 || gk_die "没有 python3。 python3 is missing."
if pretend jsonschema || ! python3 -c 'import jsonschema' >/dev/null 2>&1; then
    gk_step "安装 Python jsonschema / installing Python jsonschema"
    if [[ "$(python3 -c 'import sys; print(sys.prefix)')" == /usr ]]; then
        # Debian's own python3 refuses pip installs (PEP 668): use its package.
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-jsonschema ||
            gk_die "安装 python3-jsonschema 失败。"
    else
        run python3 -m pip install --quiet jsonschema || gk_die "pip install jsonschema 失败。 pip install jsonschema failed."
    fi
fi
gk_ok "Python jsonschema"

echo
gk_ok "环境准备完成，用时 $(gk_fmt_secs $(($(gk_now) - START))) / setup complete"
