//! Minifies the wasm-bindgen JS glue of a built index.html and updates its integrity hash.
//!
//! trunk copies wasm-bindgen's JS glue (`gongkai-portal-<hash>.js`, about 50 KB with comments and
//! long names) as it is. Every page loads it before the app can start, so after `trunk build`
//! this runs terser over it (exported names are kept: trunk's loader imports `default` and the
//! bindings by name) and rewrites the `integrity` of the `<link rel="modulepreload">` that points
//! at it, so Subresource Integrity still matches. The file keeps its name: its hash is trunk's,
//! and the file is cached forever under it like before.
//!
//! Usage: node scripts/minify-glue.mjs dist/index.html
//! Idempotent: minifying the minified file again gives a valid file and a matching hash.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { minify } from 'terser';

const htmlPath = process.argv[2];
if (!htmlPath) {
  console.error('用法 usage: node scripts/minify-glue.mjs dist/index.html');
  process.exit(2);
}
const html = readFileSync(htmlPath, 'utf8');
const links = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)].map((m) => m[0]);
if (links.length !== 1) {
  console.error(`✗ ${htmlPath} 里应有 1 个 modulepreload（wasm-bindgen 的 JS），找到 ${links.length} 个。 expected one modulepreload link, found ${links.length}.`);
  process.exit(1);
}
const link = links[0];
const href = /\bhref="([^"]+)"/.exec(link)?.[1];
if (!href || !/\.js$/.test(href)) {
  console.error(`✗ modulepreload 没有指向 .js 文件：${link}`);
  process.exit(1);
}
const file = join(dirname(htmlPath), href.split('/').pop());
const source = readFileSync(file, 'utf8');
const out = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } });
if (!out.code) {
  console.error(`✗ terser 没有输出 ${file}。 terser produced nothing.`);
  process.exit(1);
}
writeFileSync(file, out.code);
const integrity = 'sha384-' + createHash('sha384').update(out.code).digest('base64');
const newLink = /\bintegrity="[^"]*"/.test(link) ? link.replace(/\bintegrity="[^"]*"/, `integrity="${integrity}"`) : link.replace(/\s*\/?>$/, ` integrity="${integrity}">`);
writeFileSync(htmlPath, html.replace(link, newLink));
console.log(`✓ 已压缩 JS 胶水代码 / minified the JS glue: ${file} ${source.length} → ${out.code.length} B`);
