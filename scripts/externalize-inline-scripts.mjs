//! Moves every inline script of a built index.html into its own content-hashed file.
//!
//! trunk writes its start-up code (`import init from '/app-<hash>.js'; await init(…)`) inline in
//! index.html. A Content-Security-Policy that allows inline scripts ('unsafe-inline') gives up most
//! of its protection, and allowing it by hash would tie the server's configuration to each build.
//! So after `trunk build` this moves each inline script to `boot-<hash>.js` beside index.html
//! (cached forever like trunk's own hashed files) and leaves `<script src=… integrity=…>`.
//!
//! Usage: node scripts/externalize-inline-scripts.mjs dist/index.html
//! Idempotent: a page without inline scripts is left unchanged.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const htmlPath = process.argv[2];
if (!htmlPath) {
  console.error('用法 usage: node scripts/externalize-inline-scripts.mjs dist/index.html');
  process.exit(2);
}

const html = readFileSync(htmlPath, 'utf8');
// The base trunk used (`/`, `./` or a sub-path such as `/qingxi/`): taken from trunk's loader, which
// imports `<base>app-<hash>.js`, else from `<base href>`. Every boot file is requested from there.
const base =
  /<script\b[^>]*>[^<]*?from\s+'([^']*\/)[^'/]+\.js'/.exec(html)?.[1] ??
  /<base\b[^>]*\bhref\s*=\s*["']?([^"'\s>]*\/)/i.exec(html)?.[1] ??
  '/';
// Scripts a browser executes; data blocks (application/ld+json …) are not subject to script-src.
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);
let moved = 0;

const out = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (whole, attrs, body) => {
  if (/\bsrc\s*=/i.test(attrs)) return whole;
  const type = (/\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1] ?? '').toLowerCase();
  if (!EXECUTABLE.has(type)) return whole;
  if (body.trim() === '') return whole;
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const name = `boot-${hash}.js`;
  writeFileSync(join(dirname(htmlPath), name), body);
  const integrity = 'sha384-' + createHash('sha384').update(body).digest('base64');
  // A build-time nonce (trunk's create_nonce) would be the same for everyone: drop it.
  const kept = attrs.replace(/\snonce\s*=\s*("[^"]*"|'[^']*'|\S+)/gi, '');
  moved += 1;
  return `<script${kept} src="${base}${name}" integrity="${integrity}"></script>`;
});

if (moved > 0) writeFileSync(htmlPath, out);
console.log(`✓ 已移出 ${moved} 段内联脚本 / moved ${moved} inline script(s) out of ${htmlPath}`);
