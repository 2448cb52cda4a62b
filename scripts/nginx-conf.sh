#!/usr/bin/env bash
# Renders the production nginx configuration (deploy/nginx.conf + deploy/security-headers.conf)
# for a built dist/ directory, a listen address and a writable directory, and checks it with
# `nginx -t`. For administrators installing the portal on a real server; the other scripts call the
# same function (gk_nginx_render in scripts/lib.sh).
#
#   ./scripts/nginx-conf.sh /srv/gongkai/dist 0.0.0.0:8080 /var/lib/gongkai-nginx
#   GONGKAI_FRAME_ANCESTORS="https://www.example-county.gov.cn" ./scripts/nginx-conf.sh …
#   then run:  nginx -p DIR -c DIR/nginx.conf -e DIR/error.log
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [[ $# -ne 3 ]]; then
    echo "用法 usage: $0 DIST目录 监听地址(host:port) 可写目录" >&2
    exit 2
fi
dist="$(cd "$1" && pwd)" || gk_die "找不到目录 $1。 No such directory: $1"
[[ -f "$dist/index.html" ]] || gk_die "$dist 里没有 index.html：先构建居民端。 No index.html in $dist; build the portal first."
mkdir -p "$3"
scratch="$(cd "$3" && pwd)"
gk_nginx_render "$dist" "$2" "$scratch"
nginx -t -q -e "$scratch/error.log" -p "$scratch" -c "$scratch/nginx.conf" ||
    gk_die "nginx 配置检查失败。 nginx rejected the rendered config."
gk_ok "已生成 $scratch/nginx.conf（frame-ancestors: $(gk_frame_ancestors)）"
echo "启动 start:  nginx -p $scratch -c $scratch/nginx.conf -e $scratch/error.log"
