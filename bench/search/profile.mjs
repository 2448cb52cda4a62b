// Profiles gongkai's wasm in Chromium on one corpus: which functions a query spends its time in.
// Uses out/wasm-prof (the release wasm before wasm-opt, which keeps function names).
//
//   node profile.mjs CORPUS "QUERY" [REPEAT] [--x4]

import { createServer } from "node:http";
import { readFileSync, existsSync, statSync } from "node:fs";
import { join, dirname, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const [corpus, query, repeat = "30"] = process.argv.slice(2);
const roots = { page: "page", wasm: "out/wasm-prof", lib: "out/lib", corpus: "out/corpus" };
const types = { ".html": "text/html", ".mjs": "text/javascript", ".js": "text/javascript", ".wasm": "application/wasm" };
const server = createServer((req, res) => {
  const [, top, ...rest] = decodeURIComponent(new URL(req.url, "http://x").pathname).split("/");
  const file = roots[top] && !rest.includes("..") ? join(here, roots[top], ...rest) : null;
  if (!file || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
  res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
const context = await browser.newContext();
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await page.goto(`http://127.0.0.1:${server.address().port}/page/index.html?engine=gongkai&corpus=${corpus}`);
await page.waitForFunction(() => window.bench !== undefined);
page.setDefaultTimeout(600000);
await page.evaluate(() => window.bench.load());
if (process.argv.includes("--x4")) await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
const t = await page.evaluate(([q, n]) => window.bench.time([q], 50, n), [query, Number(repeat)]);
const { profile } = await cdp.send("Profiler.stop");
const self = new Map();
const dt = new Map();
for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
let total = 0;
for (const n of profile.nodes) {
  const us = dt.get(n.id) ?? 0;
  const name = n.callFrame.functionName || "(anon)";
  self.set(name, (self.get(name) ?? 0) + us);
  total += us;
}
console.log(`${query}: min ${Math.min(...t[0].times).toFixed(2)} ms, median ${t[0].times.sort((a, b) => a - b)[t[0].times.length >> 1].toFixed(2)} ms over ${repeat} runs`);
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${((us / total) * 100).toFixed(1).padStart(5)}%  ${name.slice(0, 140)}`);
await browser.close();
server.close();
