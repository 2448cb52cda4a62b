// The search benchmark: every engine over every corpus in headless Chromium.
//
//   node run.mjs [--corpora sample,10k,100k] [--engines gongkai,minisearch,flexsearch,pagefind]
//                [--runs 5] [--limit 20]
//
// Expects out/corpus/NAME from prepare.mjs, out/wasm (gongkai's release wasm) and out/lib (peer
// bundles); run.sh builds all of them. Prints a Markdown table and writes out/results.json.

import { createServer } from "node:http";
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from "node:fs";
import { loadavg } from "node:os";
import { join, dirname, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gunzipSync, constants as zc } from "node:zlib";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const corpora = arg("corpora", "sample,10k,100k").split(",").filter((c) => existsSync(join(here, "out/corpus", c)));
const engines = arg("engines", "gongkai,minisearch,flexsearch,pagefind").split(",");
const runs = Number(arg("runs", "5"));
const loadTimeout = Number(arg("load-timeout", "900")) * 1000;
// Rows of the first result page: the portal shows 20 per page (PAGE_SIZE in
// crates/core/src/filter.rs), and each engine is asked for that many hits and renders them.
const LIMIT = Number(arg("limit", "20"));

// ── static server ──
const roots = { page: "page", wasm: "out/wasm", lib: "out/lib", corpus: "out/corpus" };
const types = { ".html": "text/html", ".mjs": "text/javascript", ".js": "text/javascript", ".wasm": "application/wasm", ".json": "application/json", ".txt": "text/plain; charset=utf-8", ".css": "text/css" };
function resolve(url) {
  const path = decodeURIComponent(new URL(url, "http://x").pathname);
  const [, top, ...rest] = path.split("/");
  if (!roots[top] || rest.some((p) => p === "..")) return null;
  return join(here, roots[top], ...rest);
}
const server = createServer((req, res) => {
  const file = resolve(req.url);
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
  res.writeHead(200, {
    "content-type": types[extname(file)] ?? "application/octet-stream",
    "cache-control": "no-store",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-embedder-policy": "require-corp",
  });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;

// ── bytes (raw and brotli 11), cached by path, size and mtime ──
const cacheFile = join(here, "out/brotli-cache.json");
const cache = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, "utf8")) : {};
function weigh(url) {
  const file = resolve(url);
  const st = statSync(file);
  const key = `${file}:${st.size}:${st.mtimeMs}`;
  if (!cache[key]) {
    const br = brotliCompressSync(readFileSync(file), { params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: st.size } }).length;
    cache[key] = { raw: st.size, br };
    writeFileSync(cacheFile, JSON.stringify(cache));
  }
  return cache[key];
}

// ── measures ──
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.round((s.length - 1) * p))];
};
const SUBSTRING = new Set(["title", "substring", "multi", "code", "docnum", "number", "width", "zero", "typo"]);

// A fresh browser per engine and corpus, so the peak memory of its renderer is that page's alone.
const launch = () =>
  chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--enable-precise-memory-info"],
  });
let version = "";

/**
 * Peak resident memory (VmHWM) of the renderer processes this script started: the page's
 * JS heap, wasm memory, DOM and Chromium's own share of a renderer, at its highest.
 */
function rendererPeak() {
  const parent = new Map();
  const renderers = [];
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      parent.set(pid, status.match(/^PPid:\s+(\d+)/m)[1]);
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--type=renderer")) {
        const hwm = status.match(/^VmHWM:\s+(\d+) kB/m);
        if (hwm) renderers.push([pid, Number(hwm[1]) * 1024]);
      }
    } catch {
      // The process ended while we looked.
    }
  }
  const mine = (pid) => {
    for (let p = pid, n = 0; p && p !== "0" && n < 64; p = parent.get(p), n++) if (p === String(process.pid)) return true;
    return false;
  };
  return Math.max(0, ...renderers.filter(([pid]) => mine(pid)).map(([, b]) => b));
}
// The empty harness page's renderer, for scale: Chromium's own share of every row's peak.
let baselinePeak = 0;
{
  const browser = await launch();
  const page = await browser.newPage();
  await page.goto(`${origin}/page/index.html?engine=none&corpus=sample`);
  await page.waitForTimeout(1000);
  baselinePeak = rendererPeak();
  await browser.close();
}
const queries = JSON.parse(readFileSync(join(here, "queries.json"), "utf8")).queries;

/** Pagefind's result id (fragment name) → document number, read from the fragment files. */
function pagefindDocs(corpus) {
  const dir = join(here, "out/corpus", corpus, "site/pagefind/fragment");
  const map = new Map();
  for (const f of readdirSync(dir)) {
    const text = gunzipSync(readFileSync(join(dir, f))).toString("utf8");
    const url = JSON.parse(text.slice(text.indexOf("{"))).url;
    map.set(f.replace(/\.pf_fragment$/, ""), Number(url.match(/(\d+)\.html/)[1]));
  }
  return map;
}
const results = [];

for (const corpus of corpora) {
  const truth = JSON.parse(readFileSync(join(here, "out/corpus", corpus, "truth.json"), "utf8"));
  const truthOf = new Map(truth.queries.map((t) => [t.q, new Set(t.hits)]));
  for (const engine of engines) {
    if (engine === "pagefind" && !existsSync(join(here, "out/corpus", corpus, "site/pagefind/pagefind.js"))) continue;
    const browser = await launch();
    version = browser.version();
    const context = await browser.newContext();
    // Every request the engine makes, workers' too, in order (the resource timing of the page
    // misses a worker's fetches, and Pagefind fetches from one).
    const seen = [];
    context.on("requestfinished", (req) => {
      const path = new URL(req.url()).pathname;
      if (!path.startsWith("/page/") && path !== "/favicon.ico") seen.push(path);
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const row = { corpus, engine, documents: truth.ids.length, loadBefore: loadavg()[0] };
    process.stderr.write(`${corpus} ${engine}: loading… `);
    try {
      await page.goto(`${origin}/page/index.html?engine=${engine}&corpus=${corpus}`);
      await page.waitForFunction(() => window.bench !== undefined);
      page.setDefaultTimeout(loadTimeout);
      const load = await page.evaluate(() => window.bench.load());
      row.readyMs = load.readyMs;
      row.lazyMs = load.lazyMs;
      const sum = (urls) => urls.filter((u) => resolve(u)).map(weigh).reduce((a, b) => ({ raw: a.raw + b.raw, br: a.br + b.br }), { raw: 0, br: 0 });
      const isCode = (u) => /\.(m?js|wasm|pagefind)$/.test(u);
      // Pagefind's index chunks and fragments are what a query fetches; everything else it
      // loads (script, entry, wasm, metadata) is needed before the first query can answer, even
      // when its fetch ends after init() returned.
      const perQuery = (u) => /\.pf_(index|fragment)$/.test(u);
      const loadFiles = () => [...new Set([...load.before, ...seen])].filter((u) => !perQuery(u) && (!load.lazy.includes(u) || load.before.includes(u)));
      row.lazyBytes = sum(load.lazy);
      row.memoryAfterLoad = await page.evaluate(() => window.bench.memory());
      process.stderr.write(`ready in ${(row.readyMs / 1000).toFixed(1)} s; timing… `);

      const qs = queries.map((q) => q.q);
      // Per query the median of its runs (the 2-core machine is shared with other builds; the
      // median drops a run another process interrupted), then p50/p95 across the queries.
      const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
      const perQueryTime = (timed, key = "times") => timed.map((t) => median(t[key]));
      const fast = await page.evaluate(([qs, l, r]) => window.bench.time(qs, l, r), [qs, LIMIT, runs]);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      const slow = await page.evaluate(([qs, l, r]) => window.bench.time(qs, l, r), [qs, LIMIT, Math.max(1, Math.ceil(runs / 2))]);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
      // What the queries fetched (Pagefind loads index chunks and fragments per query).
      row.queryBytes = sum([...new Set(seen)].filter(perQuery));
      row.files = loadFiles();
      row.bytes = sum(row.files);
      row.codeBytes = sum(row.files.filter(isCode));
      row.engineP50 = pct(perQueryTime(fast, "engine"), 0.5);
      row.engineP95 = pct(perQueryTime(fast, "engine"), 0.95);
      row.engineP95x4 = pct(perQueryTime(slow, "engine"), 0.95);
      row.p50 = pct(perQueryTime(fast), 0.5);
      row.p95 = pct(perQueryTime(fast), 0.95);
      row.p50x4 = pct(perQueryTime(slow), 0.5);
      row.p95x4 = pct(perQueryTime(slow), 0.95);
      row.slowest = fast.map((t, i) => ({ q: t.q, ms: perQueryTime(fast)[i], x4: perQueryTime(slow)[i] })).sort((a, b) => b.x4 - a.x4).slice(0, 5);

      // Top result of named queries.
      const named = queries.filter((q) => (corpus === "sample" ? q.sample_top : q.top));
      let topOk = 0;
      const topMiss = [];
      for (const q of named) {
        const want = corpus === "sample" ? q.sample_top : q.top;
        const got = fast.find((t) => t.q === q.q)?.top?.[0];
        if (got !== undefined && want.includes(truth.ids[got])) topOk++;
        else topMiss.push(`${q.q}→${got === undefined ? "∅" : truth.ids[got]}`);
      }
      row.top = { ok: topOk, of: named.length, miss: topMiss };

      // Precision and recall on the substring classes against the plain scan.
      process.stderr.write("precision/recall… ");
      const sub = queries.filter((q) => SUBSTRING.has(q.class)).map((q) => q.q);
      let all = await page.evaluate((qs) => window.bench.all(qs), sub);
      if (engine === "pagefind") {
        const docOf = pagefindDocs(corpus);
        all = all.map(({ q, ids }) => ({ q, ids: ids.map((id) => docOf.get(id) ?? -1) }));
      }
      let inter = 0, got = 0, want = 0, exact = 0;
      const wrong = [];
      for (const { q, ids } of all) {
        const t = truthOf.get(q);
        const r = new Set(ids);
        const i = [...r].filter((x) => t.has(x)).length;
        inter += i; got += r.size; want += t.size;
        if (i === r.size && i === t.size) exact++;
        else wrong.push(`${q} (${r.size} vs ${t.size})`);
      }
      row.precision = got ? inter / got : 1;
      row.recall = want ? inter / want : 1;
      row.exactQueries = { ok: exact, of: sub.length, wrong: wrong.slice(0, 8) };
      row.memoryAfterQueries = await page.evaluate(() => window.bench.memory());
      row.rendererPeak = rendererPeak();
      row.loadAfter = loadavg()[0];
      process.stderr.write(`done (load ${row.loadBefore.toFixed(2)} → ${row.loadAfter.toFixed(2)})\n`);
    } catch (e) {
      row.error = String(e.message ?? e).split("\n")[0];
      process.stderr.write(`failed: ${row.error}\n`);
    }
    results.push(row);
    await context.close();
    await browser.close();
    writeFileSync(join(here, "out/results.json"), JSON.stringify({ chromium: version, baselinePeak, limit: LIMIT, runs, date: new Date().toISOString(), results }, null, 1));
  }
}
server.close();

// ── report ──
const kib = (b) => (b / 1024).toFixed(b < 10240 ? 1 : 0);
const ms = (x) => (x === undefined ? "–" : x < 10 ? x.toFixed(2) : x.toFixed(1));
const mb = (b) => (b == null ? "–" : (b / 1048576).toFixed(1));
console.log(
  `Chromium ${version}; per query the median of ${runs} runs (4×: ${Math.max(1, Math.ceil(runs / 2))}), then p50/p95 across the ${queries.length} queries; page of ${LIMIT} results; peak renderer memory of the empty harness page: ${mb(baselinePeak)} MB. ` +
    "engine = the engine's call for a page of hits (and their titles); painted = engine + rendering the rows into the DOM + style, layout and paint of that frame (main thread).\n",
);
console.log("| corpus | engine | shipped before 1st query raw / br (KiB) | of which code br | fetched by queries br (KiB) | ready (s) | engine p50 / p95 (ms) | painted p50 / p95 (ms) | 4× engine p95 (ms) | 4× painted p50 / p95 (ms) | precision | recall | exact queries | top-1 | peak renderer memory (MB) | JS heap / wasm (MB) |");
console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
for (const r of results) {
  if (r.error) {
    console.log(`| ${r.corpus} | ${r.engine} | ${r.bytes ? `${kib(r.bytes.raw)} / ${kib(r.bytes.br)}` : "–"} | | | did not finish: ${r.error} | | | | | | | | | | |`);
    continue;
  }
  const heap = Math.max(r.memoryAfterLoad.jsHeapUsed ?? 0, r.memoryAfterQueries.jsHeapUsed ?? 0);
  console.log(
    `| ${r.corpus} | ${r.engine} | ${kib(r.bytes.raw)} / ${kib(r.bytes.br)} | ${kib(r.codeBytes.br)} | ${kib(r.queryBytes.br)} | ${(r.readyMs / 1000).toFixed(2)} | ${ms(r.engineP50)} / ${ms(r.engineP95)} | ${ms(r.p50)} / ${ms(r.p95)} | ${ms(r.engineP95x4)} | ${ms(r.p50x4)} / ${ms(r.p95x4)} | ${(r.precision * 100).toFixed(1)}% | ${(r.recall * 100).toFixed(1)}% | ${r.exactQueries.ok}/${r.exactQueries.of} | ${r.top.ok}/${r.top.of} | ${mb(r.rendererPeak)} | ${mb(heap)} / ${mb(r.memoryAfterQueries.wasmHeap)} |`,
  );
}
console.log(`\nload average (1 min) per row: ${results.map((r) => `${r.corpus}/${r.engine} ${r.loadBefore.toFixed(2)}→${(r.loadAfter ?? NaN).toFixed(2)}`).join(", ")}`);
