// Runs inside headless Chromium: loads one engine over one corpus, then times queries.
// `run.mjs` opens /page/index.html?engine=E&corpus=C and drives `window.bench`.
//
// Every engine gets the same documents (docs.json from `gongkai index --docs`); gongkai reads
// the same text from its compact pack, Pagefind from one HTML page per document. `load()`
// reports every URL fetched before the first query could run, so run.mjs can weigh them.

const params = new URLSearchParams(location.search);
const engineName = params.get("engine");
const corpus = params.get("corpus");
const base = `/corpus/${corpus}`;

async function text(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return r.text();
}

/** CJK runs become overlapping character pairs (a single char stays itself); ASCII runs words. */
function bigrams(s) {
  const out = [];
  for (const run of s.toLowerCase().match(/[0-9a-z]+|[^\s0-9a-z\p{P}\p{S}]+/gu) ?? []) {
    if (/^[0-9a-z]/.test(run)) {
      out.push(run);
      continue;
    }
    const cs = Array.from(run);
    if (cs.length === 1) out.push(cs[0]);
    for (let i = 0; i + 1 < cs.length; i++) out.push(cs[i] + cs[i + 1]);
  }
  return out;
}

const bodyOf = (d) => [d.code, d.doc_number, d.summary, ...(d.keywords ?? []), ...(d.text ?? [])].filter(Boolean).join("\n");

const adapters = {
  gongkai: {
    async load() {
      const mod = await import("/wasm/gongkai_search_bench.js");
      const [wasm, response] = await Promise.all([mod.default({ module_or_path: "/wasm/gongkai_search_bench_bg.wasm" }), fetch(`${base}/pack.txt`)]);
      // The pack is built into the engine while it downloads, chunk by chunk.
      this.engine = new mod.Bench();
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        this.engine.push(value);
      }
      this.engine.finish();
      this.wasm = wasm;
    },
    async loadLazy() {
      // The pinyin sidecar: fetched on the first query that looks like pinyin.
      this.engine.attach_pinyin(await text(`${base}/pypack.txt`));
    },
    search(q, limit) {
      return Array.from(this.engine.search(q, limit, true, true));
    },
    page(q, limit) {
      const ids = this.engine.search(q, limit, true, true);
      return { ids: Array.from(ids), titles: this.engine.titles(ids) };
    },
    searchAll(q) {
      // Literal matching only (no synonyms, no pinyin): what the substring ground truth measures.
      return Array.from(this.engine.search(q, 0, false, false));
    },
    wasmBytes() {
      // Linear memory never shrinks: its size is the peak.
      return this.wasm.memory.buffer.byteLength;
    },
  },
  minisearch: {
    async load() {
      const { default: MiniSearch } = await import("/lib/minisearch.min.js");
      const docs = JSON.parse(await text(`${base}/docs.json`));
      this.ms = new MiniSearch({
        fields: ["title", "body"],
        storeFields: [],
        tokenize: bigrams,
        processTerm: (t) => t,
        searchOptions: { boost: { title: 3 }, combineWith: "AND", prefix: (term) => Array.from(term).length === 1 },
      });
      this.ms.addAll(docs.map((d, i) => ({ id: i, title: d.title, body: bodyOf(d) })));
      // What a result row shows; the other fields of the records are dropped.
      this.titles = docs.map((d) => d.title);
    },
    search(q, limit) {
      return this.ms.search(q).slice(0, limit).map((r) => r.id);
    },
    page(q, limit) {
      const ids = this.search(q, limit);
      return { ids, titles: ids.map((i) => this.titles[i]) };
    },
    searchAll(q) {
      return this.ms.search(q).map((r) => r.id);
    },
  },
  flexsearch: {
    async load() {
      const { Document, Charset } = await import("/lib/flexsearch.bundle.module.min.mjs");
      const docs = JSON.parse(await text(`${base}/docs.json`));
      this.fx = new Document({ encoder: Charset.CJK, document: { id: "id", index: ["title", "body"] } });
      docs.forEach((d, i) => this.fx.add({ id: i, title: d.title, body: bodyOf(d) }));
      this.titles = docs.map((d) => d.title);
    },
    search(q, limit) {
      return this.fx.search(q, { limit, merge: true }).map((r) => r.id);
    },
    page(q, limit) {
      const ids = this.search(q, limit);
      return { ids, titles: ids.map((i) => this.titles[i]) };
    },
    searchAll(q) {
      return this.fx.search(q, { limit: 10_000_000, merge: true }).map((r) => r.id);
    },
  },
  pagefind: {
    async load() {
      this.pf = await import(`${base}/site/pagefind/pagefind.js`);
      await this.pf.options({ basePath: `${base}/site/pagefind/` });
      await this.pf.init();
    },
    async page(q, limit) {
      const r = await this.pf.search(q);
      // A result list needs the first page of fragments (Pagefind keeps titles there).
      const data = await Promise.all(r.results.slice(0, limit).map((x) => x.data()));
      return { ids: data.map((d) => Number(d.url.match(/(\d+)\.html/)[1])), titles: data.map((d) => d.meta?.title ?? "") };
    },
    async searchAll(q) {
      // Result ids are fragment names; run.mjs maps them to document numbers from the fragment
      // files (fetching tens of thousands of fragments per query would take hours at 100k).
      const r = await this.pf.search(q);
      return r.results.map((x) => x.id);
    },
  },
};

const engine = adapters[engineName];

/** The result page as a portal would show it, the same for every engine: count and title rows. */
function render(q, { ids, titles }) {
  const count = document.getElementById("count");
  const list = document.getElementById("results");
  count.textContent = `“${q}”：${ids.length} 条结果`;
  const frag = document.createDocumentFragment();
  for (let i = 0; i < ids.length; i++) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = `#d${ids[i]}`;
    a.textContent = titles[i] ?? "";
    li.append(a);
    frag.append(li);
  }
  list.replaceChildren(frag);
}

window.bench = {
  /**
   * Loads the engine. Returns ms from navigation start until the first query can run, and the
   * URLs fetched until then (the harness page itself excluded) and afterwards for lazy parts.
   */
  async load() {
    const fetched = () => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname).filter((p) => !p.startsWith("/page/"));
    await engine.load();
    const readyMs = performance.now();
    // Resource timing entries of a streamed response land a moment after its last chunk.
    await new Promise((ok) => setTimeout(ok, 100));
    const before = fetched();
    let lazyMs = 0;
    if (engine.loadLazy) {
      const t = performance.now();
      await engine.loadLazy();
      lazyMs = performance.now() - t;
    }
    const lazy = fetched().filter((p) => !before.includes(p));
    document.getElementById("status").textContent = "ready";
    return { readyMs, lazyMs, before, lazy };
  },
  /**
   * Times each query `runs` times as a keystroke would cost it: the engine's answer for a page
   * of `limit` hits, then the same result rows rendered into the DOM for every engine (a list
   * item with the title as text, and a count), then the browser's style, layout and paint of
   * that frame. Each run starts at the beginning of a frame (a requestAnimationFrame callback)
   * and ends in a task posted after the frame's main-thread rendering, so frame alignment is
   * not counted for engines that answer synchronously; an engine that answers asynchronously
   * (Pagefind fetches) is timed to the end of the next frame it can paint in. Raster and
   * compositing run off the main thread and are not included.
   * Returns per query the times to painted (`times`), engine-only times (`engine`), top ids.
   */
  async time(queries, limit, runs) {
    const out = [];
    for (const q of queries) {
      const times = [];
      const engineTimes = [];
      let ids = [];
      for (let r = 0; r < runs; r++) {
        const m = await new Promise((done) =>
          requestAnimationFrame(async () => {
            const t0 = performance.now();
            let res = engine.page(q, limit);
            const wasAsync = res instanceof Promise;
            if (wasAsync) res = await res;
            const t1 = performance.now();
            render(q, res);
            const finish = () => {
              const mc = new MessageChannel();
              mc.port1.onmessage = () => done({ engine: t1 - t0, painted: performance.now() - t0, ids: res.ids });
              mc.port2.postMessage(0);
            };
            if (wasAsync) requestAnimationFrame(finish);
            else finish();
          }),
        );
        times.push(m.painted);
        engineTimes.push(m.engine);
        ids = m.ids;
      }
      out.push({ q, times, engine: engineTimes, top: ids.slice(0, 3) });
    }
    return out;
  },
  /** Full result sets, for precision and recall. */
  async all(queries) {
    const out = [];
    for (const q of queries) out.push({ q, ids: await engine.searchAll(q) });
    return out;
  },
  memory() {
    const m = performance.memory;
    return { jsHeapUsed: m ? m.usedJSHeapSize : null, wasmHeap: engine.wasmBytes ? engine.wasmBytes() : null };
  },
};
