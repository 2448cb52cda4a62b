// Prepares one corpus for the benchmark: the searchable documents every engine gets
// (docs.json, written by `gongkai index --docs`), gongkai's packs, Pagefind's HTML pages, and the
// exact-substring ground truth of every committed query.
//
//   node prepare.mjs NAME FEED.json [--pagefind]
//
// Output: out/corpus/NAME/ (not committed).

import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, rmSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parts, truth } from "./lib/truth.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const [name, feed, ...flags] = process.argv.slice(2);
if (!name || !feed) {
  console.error("usage: node prepare.mjs NAME FEED.json [--pagefind]");
  process.exit(2);
}
const gongkai = process.env.GONGKAI ?? join(here, "../../target/native/gongkai");
const dir = join(here, "out/corpus", name);
mkdirSync(dir, { recursive: true });

execFileSync(gongkai, ["index", feed, "-o", join(dir, "pinyin.json"), "--docs", join(dir, "docs.json"), "--pack", join(dir, "pack.txt"), "--pinyin-pack", join(dir, "pypack.txt")], { stdio: "inherit" });

const docs = JSON.parse(readFileSync(join(dir, "docs.json"), "utf8"));
const norm = docs.map(parts);
const queries = JSON.parse(readFileSync(join(here, "queries.json"), "utf8")).queries;
const t0 = performance.now();
const out = queries.map((q) => ({ q: q.q, hits: truth(norm, q.q) }));
console.error(`ground truth for ${queries.length} queries over ${docs.length} documents: ${(performance.now() - t0).toFixed(0)} ms`);
writeFileSync(join(dir, "truth.json"), JSON.stringify({ ids: docs.map((d) => d.id), queries: out }));

if (flags.includes("--pagefind")) {
  // One HTML page per document, the same fields as text, for Pagefind to index.
  const site = join(dir, "site");
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, "d"), { recursive: true });
  const esc = (s) => String(s ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  docs.forEach((d, i) => {
    const body = [d.code, d.doc_number, d.summary, ...(d.keywords ?? []), ...(d.text ?? [])].filter(Boolean).map((p) => `<p>${esc(p)}</p>`).join("");
    writeFileSync(join(site, "d", `${i}.html`), `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(d.title)}</title></head><body><main data-pagefind-body><h1>${esc(d.title)}</h1>${body}</main></body></html>`);
  });
  const bin = join(here, "node_modules/.bin/pagefind");
  const t1 = performance.now();
  execFileSync(bin, ["--site", site, "--output-subdir", "pagefind", "--force-language", "zh-cn"], { stdio: ["ignore", "ignore", "inherit"] });
  console.error(`pagefind indexed ${docs.length} pages in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
}
