#!/usr/bin/env bash
# README command 1: prepares the machine (scripts/setup.sh), builds the release portal with the
# bundled sample feed, and serves it with the production nginx configuration at
# http://127.0.0.1:8080/ until Ctrl-C.
#
#   GONGKAI_PORT=9000 ./scripts/serve.sh          another port
#   GONGKAI_HOST=0.0.0.0 ./scripts/serve.sh       reachable from other machines (e.g. a phone)
#   GONGKAI_SKIP_SETUP=1 ./scripts/serve.sh       skip the setup check
#   GONGKAI_FRAME_ANCESTORS="https://…" …         origins allowed to embed the portal
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

host="${GONGKAI_HOST:-127.0.0.1}"
port="${GONGKAI_PORT:-8080}"

# Before the minutes of building: is the port free?
gk_port_busy "$host" "$port" && gk_die "端口 $host:$port 已被占用，请换一个：GONGKAI_PORT=9000 $0
  $host:$port is already in use; choose another port with GONGKAI_PORT."
if [[ "${GONGKAI_SKIP_SETUP:-0}" != 1 ]]; then
    "$GK_ROOT/scripts/setup.sh"
fi
gk_tool_path
gk_build_release

trap gk_nginx_stop EXIT
# Ctrl-C reaches nginx too (same process group); stopping it again here is harmless.
trap 'gk_nginx_stop; echo; gk_ok "已停止 / stopped"; exit 0' INT TERM
gk_nginx_start "$GK_ROOT/dist" "$host" "$port" "$GK_ROOT/tmp/nginx-serve-$port"

shown_host="$host"
[[ "$host" == 0.0.0.0 ]] && shown_host="$(hostname -I 2>/dev/null | awk '{print $1}')"
echo
gk_ok "居民端已启动 / the portal is running:  http://${shown_host:-127.0.0.1}:$port/"
echo "  样例数据 sample feed:  http://${shown_host:-127.0.0.1}:$port/data/feed.json"
echo "  按 Ctrl-C 停止 / press Ctrl-C to stop"
wait "$GK_NGINX_PID" || true
GK_NGINX_PID=""
gk_ok "已停止 / stopped"
