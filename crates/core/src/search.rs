//! The search engine shared by the portal and `gongkai search`.
//!
//! What it promises (docs/search.md has the design and the measurements behind it):
//! * **Exact substring semantics** on normalised text ([`normalize`]): every document that
//!   contains what was typed is found — what Ctrl-F would find, after folding full/half width,
//!   case, 〇/零 and punctuation differences. Latin words and numbers match from a word start.
//!   Several terms mean AND.
//! * **Pinyin** (`dibao`, `db`) on titles and keywords, from a sidecar computed at publish time
//!   ([`PinyinIndex`]); **synonyms** (低保 ⇄ 最低生活保障) from the feed plus built-in defaults,
//!   reported in [`SearchResults::also_searched`].
//! * **Ranking**: exact title or code first, then title, keyword, code matches, then body; service
//!   items before records on the same head match; newer records first among equals; ties by
//!   feed order. Deterministic.
//! * **Highlights** as byte ranges into the original field text, and [`snippet`]s of body text.
//! * **Suggestions** when nothing is found.
//!
//! How it is fast: each field class is one normalised buffer ([`column`]) searched with a
//! precomputed substring finder; large buffers carry a block filter of hashed character pairs.
//! Documents are laid out in rank order (items, then records newest first), so with a `limit` the
//! body scan can stop as soon as the page is full: body-only matches all score the same and rank
//! by that order.

mod column;
mod docs;
mod highlight;
mod normalize;
pub mod pack;
mod pinyin;
mod query;
mod suggest;

use crate::model::Feed;

pub use docs::{DocKind, SearchDoc};
pub use highlight::Snippet;
pub use normalize::normalize;
pub use pinyin::{PinyinEntry, PinyinIndex, PinyinReport, NO_PINYIN, PINYIN_FORMAT};
pub use query::{DEFAULT_SYNONYMS, MAX_TERMS};

use column::{Column, ColumnBuilder, Needle};
use pinyin::PinyinColumns;
use query::{AltKind, Synonyms, Term};

/// What a hit points at: an index into `feed.items` or `feed.records`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DocRef {
    Item(usize),
    Record(usize),
}

/// Which field of a document a highlight range lies in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// Item name or record title.
    Title,
    /// 事项编码 or 索引号.
    Code,
    /// 文号.
    DocNumber,
    /// Item summary or record summary.
    Summary,
    /// Any other text (body paragraphs, keywords, materials …). Hits carry no ranges for it:
    /// use [`snippet`] to show body matches.
    Text,
}

/// A matched range, in **byte offsets** into the field's text (always on char boundaries).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight {
    pub field: Field,
    pub start: usize,
    pub end: usize,
}

/// One result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub doc: DocRef,
    /// Higher is better; hits are sorted by score, then deterministically.
    pub score: u32,
    pub highlights: Vec<Highlight>,
}

/// The answer to one query.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchResults {
    /// In rank order. An empty query returns every document in a stable order.
    pub hits: Vec<Hit>,
    /// Synonyms that were searched too, shown as "也搜索了：…".
    pub also_searched: Vec<String>,
    /// When nothing is found: suggestions (nearest titles, a synonym, a query with a term dropped).
    pub suggestions: Vec<String>,
    /// Normalised strings the hits were matched by (terms and synonyms), for [`snippet`].
    pub needles: Vec<String>,
    /// True when `limit` cut the list: more documents may match than `hits` holds.
    pub truncated: bool,
    /// Query terms beyond [`MAX_TERMS`] that were ignored.
    pub ignored_terms: Vec<String>,
}

/// How to run one query. `SearchOptions::default()` is what [`Engine::search`] uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchOptions {
    /// Return at most this many hits (the best ones). Default: all.
    pub limit: Option<usize>,
    /// Also search synonyms. Default: true.
    pub synonyms: bool,
    /// Also match ASCII-letter queries as pinyin (needs [`Engine::attach_pinyin`]). Default: true.
    pub pinyin: bool,
    /// Compute highlight ranges. Default: true.
    pub highlights: bool,
    /// Compute suggestions when nothing is found. Default: true.
    pub suggestions: bool,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions { limit: None, synonyms: true, pinyin: true, highlights: true, suggestions: true }
    }
}

/// Field weights (see docs/search.md, "Ranking"). Head fields all outweigh the body, so a
/// document with any head match ranks above every body-only match.
mod weight {
    pub const TITLE: u8 = 100;
    pub const KEYWORD: u8 = 70;
    pub const CODE: u8 = 60;
    pub const DOC_NUMBER: u8 = 60;
    pub const PINYIN_TITLE: u8 = 80;
    pub const PINYIN_KEYWORD: u8 = 56;
    pub const INITIALS_TITLE: u8 = 70;
    pub const INITIALS_KEYWORD: u8 = 50;
    /// Body (summary and text), for terms and synonyms alike: equal body scores are what lets a
    /// limited search stop early.
    pub const BODY: u8 = 20;
    /// Head matches through a synonym count this share (percent) of the field weight.
    pub const SYNONYM_PERCENT: u32 = 80;
    /// A term equal to the whole title (or code, or 文号).
    pub const EXACT: u32 = 1000;
    pub const EXACT_SYNONYM: u32 = 800;
    /// A term equal to one of an item's 检索词 (directly or through a synonym).
    pub const EXACT_KEYWORD: u32 = 300;
    pub const EXACT_KEYWORD_SYNONYM: u32 = 150;
    /// Up to this much for how much of the title the term covers.
    pub const COVERAGE: u32 = 20;
    /// Title starts with the term.
    pub const PREFIX: u32 = 10;
    /// Service items with a head match: residents mostly look for how to get something done.
    pub const ITEM: u32 = 25;
}

/// Sizes of an engine's structures, for the benchmark's memory report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EngineStats {
    pub documents: usize,
    /// Normalised bytes of body text (summary + text parts).
    pub body_bytes: usize,
    /// Approximate heap bytes held by the engine.
    pub heap_bytes: usize,
}

/// A search engine over one feed. Build once per feed, query many times.
pub struct Engine {
    /// Slot → document. Slots are in rank order: items in feed order, then records newest first.
    slots: Vec<DocRef>,
    /// Item index → slot, record index → slot.
    item_slots: Vec<u32>,
    record_slots: Vec<u32>,
    ids: Vec<Box<str>>,
    titles: Vec<Box<str>>,
    /// Chars in each normalised title (for the coverage bonus).
    title_chars: Vec<u16>,
    codes: Vec<Box<str>>,
    doc_numbers: Vec<Option<Box<str>>>,
    summaries: Vec<Box<str>>,
    keywords: Vec<Vec<Box<str>>>,
    title_col: Column,
    keyword_col: Column,
    code_col: Column,
    doc_number_col: Column,
    body_col: Column,
    pinyin: Option<PinyinColumns>,
    synonyms: Synonyms,
}

/// Which head field a term matched in, as bits (so scoring only checks what can apply).
const IN_TITLE: u8 = 1;
const IN_CODE: u8 = 2;
const IN_KEYWORD: u8 = 4;

/// Per-query scratch: the best head weight of each term in each slot, and where it matched.
struct HeadMatches {
    terms: usize,
    weights: Vec<u8>,
    fields: Vec<u8>,
    touched: Vec<u32>,
    is_touched: Vec<bool>,
}

impl HeadMatches {
    fn new(terms: usize, slots: usize) -> HeadMatches {
        HeadMatches {
            terms,
            weights: vec![0; terms * slots],
            fields: vec![0; terms * slots],
            touched: Vec::new(),
            is_touched: vec![false; slots],
        }
    }
    #[inline]
    fn get(&self, term: usize, slot: usize) -> u8 {
        self.weights[slot * self.terms + term]
    }
    #[inline]
    fn offer(&mut self, term: usize, slot: usize, w: u8, field: u8) {
        let i = slot * self.terms + term;
        self.fields[i] |= field;
        if self.weights[i] < w {
            self.weights[i] = w;
            if !self.is_touched[slot] {
                self.is_touched[slot] = true;
                self.touched.push(slot as u32);
            }
        }
    }
}

/// A hit before ranking: slot, per-term weights summed, and per term (bit `t`) whether it
/// matched in the title and in a code field.
struct Found {
    slot: usize,
    base: u32,
    any_head: bool,
    title_terms: u8,
    code_terms: u8,
    keyword_terms: u8,
}

impl Engine {
    /// Builds the engine for a feed (its items and records, and its synonym table).
    pub fn new(feed: &Feed) -> Engine {
        Engine::from_docs(SearchDoc::all(feed), &feed.synonyms)
    }

    /// Builds the engine from searchable documents in feed order (the order that gives [`DocRef`]
    /// indices: the n-th item is `DocRef::Item(n)`, whatever records come between) and synonym
    /// groups. Holds all documents while it sorts them into rank order; for large archives,
    /// [`EngineBuilder`] takes them already sorted, one at a time.
    pub fn from_docs(docs: Vec<SearchDoc>, synonyms: &[Vec<String>]) -> Engine {
        let mut b = EngineBuilder::new(synonyms);
        let mut docs: Vec<Option<SearchDoc>> = docs.into_iter().map(Some).collect();
        let order = rank_order(docs.iter().map(|d| d.as_ref().map_or((DocKind::Item, None), |d| (d.kind, d.date))));
        for (i, r) in order {
            if let Some(d) = docs[i].take() {
                // In rank order by construction, so `push` cannot refuse it.
                let _ = b.push(d, r);
            }
        }
        b.finish()
    }

    /// Adds pinyin from a sidecar. Entries whose token counts no longer fit their document
    /// (stale sidecar) are skipped and counted, never guessed.
    pub fn attach_pinyin(&mut self, index: &PinyinIndex) -> PinyinReport {
        self.attach_pinyin_with(|doc, id| match doc {
            DocRef::Item(_) => index.items.get(id),
            DocRef::Record(_) => index.records.get(id),
        })
    }

    /// Adds pinyin looked up per document (by reference and id), e.g. from a pinyin pack.
    pub fn attach_pinyin_with<'a>(&mut self, entry: impl Fn(DocRef, &str) -> Option<&'a PinyinEntry>) -> PinyinReport {
        let mut report = PinyinReport::default();
        let entries = self.slots.iter().zip(&self.ids).map(|(r, id)| entry(*r, id));
        let texts = self.titles.iter().zip(&self.keywords).zip(entries).map(|((t, k), e)| (&**t, k.as_slice(), e));
        self.pinyin = Some(PinyinColumns::build(texts, &mut report));
        report
    }

    /// Builds the engine and attaches a pinyin sidecar.
    pub fn with_pinyin(feed: &Feed, index: &PinyinIndex) -> (Engine, PinyinReport) {
        let mut e = Engine::new(feed);
        let r = e.attach_pinyin(index);
        (e, r)
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// For tuning: how many body filter blocks (of how many) may hold every term of `query`.
    #[doc(hidden)]
    pub fn body_candidate_blocks(&self, query: &str) -> (usize, usize) {
        let terms = self.terms(query, &SearchOptions { synonyms: false, pinyin: false, ..SearchOptions::default() });
        let n = self.body_col.ranges().len();
        let pass = (0..n).filter(|&ri| terms.iter().all(|t| t.literal_alts().any(|a| self.body_col.may_contain(ri, &a.needle)))).count();
        (pass, n)
    }

    /// Sizes, for benchmarks.
    pub fn stats(&self) -> EngineStats {
        let strs = |v: &[Box<str>]| v.iter().map(|s| s.len() + 16).sum::<usize>();
        let heap = [&self.title_col, &self.keyword_col, &self.code_col, &self.doc_number_col, &self.body_col]
            .iter()
            .map(|c| c.heap_bytes())
            .sum::<usize>()
            + strs(&self.ids)
            + strs(&self.titles)
            + strs(&self.codes)
            + strs(&self.summaries)
            + self.doc_numbers.iter().map(|d| d.as_ref().map_or(16, |s| s.len() + 16)).sum::<usize>()
            + self.keywords.iter().map(|k| 24 + strs(k)).sum::<usize>()
            + self.slots.capacity() * 16
            + self.pinyin.as_ref().map_or(0, |p| p.heap_bytes());
        EngineStats { documents: self.slots.len(), body_bytes: self.body_col.bytes().len(), heap_bytes: heap }
    }

    /// The id of a document (item id or record id).
    pub fn id(&self, doc: DocRef) -> Option<&str> {
        self.slot_of(doc).map(|s| &*self.ids[s])
    }

    /// The title of a document (item name or record title).
    pub fn title(&self, doc: DocRef) -> Option<&str> {
        self.slot_of(doc).map(|s| &*self.titles[s])
    }

    fn slot_of(&self, doc: DocRef) -> Option<usize> {
        let slot = match doc {
            DocRef::Item(i) => self.item_slots.get(i),
            DocRef::Record(i) => self.record_slots.get(i),
        };
        slot.filter(|&&s| s != u32::MAX).map(|&s| s as usize)
    }

    /// Searches with the default options: every hit, synonyms and pinyin on.
    pub fn search(&self, query: &str) -> SearchResults {
        self.search_with(query, &SearchOptions::default())
    }

    /// Searches with explicit options.
    pub fn search_with(&self, query: &str, opts: &SearchOptions) -> SearchResults {
        let ignored_terms: Vec<String> = query::split_terms(query).into_iter().skip(MAX_TERMS).map(|(raw, _)| raw).collect();
        let terms = self.terms(query, opts);
        if terms.is_empty() {
            let take = opts.limit.unwrap_or(usize::MAX).min(self.slots.len());
            let hits = self.slots[..take].iter().map(|&doc| Hit { doc, score: 0, highlights: Vec::new() }).collect();
            return SearchResults { hits, truncated: take < self.slots.len(), ignored_terms, ..Default::default() };
        }

        let (found, truncated) = self.find(&terms, opts.limit);
        // Higher score first, then slot (rank) order, as one ascending u64 key.
        let mut ranked: Vec<u64> = found.iter().map(|f| ((u32::MAX - self.score(&terms, f)) as u64) << 32 | f.slot as u64).collect();
        let mut truncated = truncated;
        match opts.limit {
            // Only the page is sorted: selecting it first is linear in the number of hits.
            Some(l) if ranked.len() > l => {
                if l > 0 {
                    ranked.select_nth_unstable(l - 1);
                }
                ranked.truncate(l);
                truncated = true;
            }
            _ => {}
        }
        sort_keys(&mut ranked);
        let hits = ranked
            .into_iter()
            .map(|k| (u32::MAX - (k >> 32) as u32, (k & 0xFFFF_FFFF) as usize))
            .map(|(score, slot)| Hit {
                doc: self.slots[slot],
                score,
                highlights: if opts.highlights { self.highlights(&terms, slot) } else { Vec::new() },
            })
            .collect::<Vec<_>>();

        let mut also_searched: Vec<String> = Vec::new();
        let mut needles: Vec<String> = Vec::new();
        for t in &terms {
            for a in t.literal_alts() {
                if a.kind == AltKind::Synonym && !also_searched.contains(&a.needle.text) {
                    also_searched.push(a.needle.text.clone());
                }
                if !needles.contains(&a.needle.text) {
                    needles.push(a.needle.text.clone());
                }
            }
        }
        let suggestions = if hits.is_empty() && opts.suggestions { self.suggest(&terms, opts) } else { Vec::new() };
        SearchResults { hits, also_searched, suggestions, needles, truncated, ignored_terms }
    }

    /// The query's terms with all their alternatives (synonyms, pinyin and the words pinyin
    /// reads as), as the options allow.
    fn terms(&self, query: &str, opts: &SearchOptions) -> Vec<Term> {
        let synonyms = opts.synonyms.then_some(&self.synonyms);
        let mut terms = query::parse(query, synonyms, opts.pinyin && self.pinyin.is_some());
        if let (true, Some(py)) = (opts.pinyin, &self.pinyin) {
            for t in &mut terms {
                self.add_pinyin_words(py, t, synonyms);
            }
        }
        terms
    }

    /// Whether the query finds anything. Stops at the first match (suggestions use it).
    pub fn exists(&self, query: &str, opts: &SearchOptions) -> bool {
        let mut terms = self.terms(query, opts);
        if !terms.iter().all(|t| self.term_possible(t)) {
            return false;
        }
        // Drive with the term that has the longest needle (usually the rarest).
        terms.sort_by_key(|t| std::cmp::Reverse(t.literal_alts().map(|a| a.needle.text.len()).min().unwrap_or(0)));
        let Some((first, rest)) = terms.split_first() else { return !self.slots.is_empty() };
        let mut found = false;
        let mut check = |s: usize, _p: usize| {
            found = rest.iter().all(|t| self.slot_has(s, t));
            !found
        };
        for alt in &first.alts {
            match alt.kind {
                AltKind::Literal | AltKind::Synonym => {
                    for col in [&self.title_col, &self.keyword_col, &self.code_col, &self.doc_number_col, &self.body_col] {
                        if !scan_all(col, &alt.needle, |_| true, &mut check) {
                            return true;
                        }
                    }
                }
                AltKind::PinyinFull | AltKind::PinyinInitials => {}
            }
        }
        for &(s, _, _) in &first.pinyin_hits {
            if !check(s as usize, 0) {
                return true;
            }
        }
        found
    }

    /// Whether some document may match `term` at all (false is certain): the index and filters
    /// rule out terms no document contains — 火星 in "低保 火星" — before any scanning.
    fn term_possible(&self, term: &Term) -> bool {
        !term.pinyin_hits.is_empty()
            || term.literal_alts().any(|a| {
                [&self.title_col, &self.keyword_col, &self.code_col, &self.doc_number_col, &self.body_col].iter().any(|c| c.may_hold(&a.needle))
            })
    }

    /// Whether slot `s` matches `term` in any field.
    fn slot_has(&self, s: usize, term: &Term) -> bool {
        term.alts.iter().any(|a| match a.kind {
            AltKind::Literal | AltKind::Synonym => [&self.title_col, &self.keyword_col, &self.code_col, &self.doc_number_col, &self.body_col]
                .iter()
                .any(|c| c.slot_contains(s, &a.needle)),
            AltKind::PinyinFull | AltKind::PinyinInitials => self.pinyin.as_ref().is_some_and(|py| {
                let full = a.kind == AltKind::PinyinFull;
                let col = if full { &py.full } else { &py.initials };
                !col.scan(&a.needle, column::SlotRange { start: s, end: s + 1 }, |p| !full || py.starts_syllable(p), |_, _| false)
            }),
        })
    }

    /// Finds matching slots. With a limit, body-only matches are collected in slot order only
    /// until the page is full (they all score the same). Returns the hits and whether it stopped
    /// early.
    fn find(&self, terms: &[Term], limit: Option<usize>) -> (Vec<Found>, bool) {
        if !terms.iter().all(|t| self.term_possible(t)) {
            return (Vec::new(), false);
        }
        let slots = self.slots.len();
        let mut head = HeadMatches::new(terms.len(), slots);
        for (t, term) in terms.iter().enumerate() {
            for alt in &term.alts {
                match alt.kind {
                    AltKind::Literal | AltKind::Synonym => {
                        let pct = if alt.kind == AltKind::Synonym { weight::SYNONYM_PERCENT } else { 100 };
                        for (col, w, field) in [
                            (&self.title_col, weight::TITLE, IN_TITLE),
                            (&self.keyword_col, weight::KEYWORD, IN_KEYWORD),
                            (&self.code_col, weight::CODE, IN_CODE),
                            (&self.doc_number_col, weight::DOC_NUMBER, IN_CODE),
                        ] {
                            let w = (w as u32 * pct / 100) as u8;
                            scan_all(col, &alt.needle, |_| true, |s, _| {
                                head.offer(t, s, w, field);
                                true
                            });
                        }
                    }
                    // Found already, by the pass that picked the words pinyin reads as. (Keywords
                    // follow the title in each slot, so a slot's first match is in the title
                    // whenever the title has one.)
                    AltKind::PinyinFull | AltKind::PinyinInitials => {}
                }
            }
        }

        for (t, term) in terms.iter().enumerate() {
            for &(s, title, initials) in &term.pinyin_hits {
                let w = match (title, initials) {
                    (true, false) => weight::PINYIN_TITLE,
                    (false, false) => weight::PINYIN_KEYWORD,
                    (true, true) => weight::INITIALS_TITLE,
                    (false, true) => weight::INITIALS_KEYWORD,
                };
                head.offer(t, s as usize, w, if title { IN_TITLE } else { 0 });
            }
        }

        // Check the terms whose needles have the most character pairs first: a slot's signature
        // rules those out most often, before any substring search.
        let mut check_order: Vec<usize> = (0..terms.len()).collect();
        let pairs = |t: &Term| t.literal_alts().map(|a| a.needle.text.chars().count()).min().unwrap_or(0);
        check_order.sort_by_key(|&t| std::cmp::Reverse(pairs(&terms[t])));

        let mut found: Vec<Found> = Vec::new();
        // Documents with a head match: complete them from the body where a term is missing.
        // (Order does not matter here: hits are ranked by score and slot afterwards.)
        for &s in &head.touched {
            let s = s as usize;
            let mut base = 0u32;
            let mut ok = true;
            let (mut title_terms, mut code_terms, mut keyword_terms) = (0u8, 0u8, 0u8);
            for &t in &check_order {
                let term = &terms[t];
                let w = head.get(t, s);
                let fields = head.fields[s * head.terms + t];
                if fields & IN_TITLE != 0 {
                    title_terms |= 1 << t;
                }
                if fields & IN_CODE != 0 {
                    code_terms |= 1 << t;
                }
                if fields & IN_KEYWORD != 0 {
                    keyword_terms |= 1 << t;
                }
                if w > 0 {
                    base += w as u32;
                } else if self.body_has(s, term) {
                    base += weight::BODY as u32;
                } else {
                    ok = false;
                    break;
                }
            }
            if ok {
                found.push(Found { slot: s, base, any_head: true, title_terms, code_terms, keyword_terms });
            }
        }

        // Body-only documents, in slot (rank) order, until the page is full.
        let need = limit.map(|l| l.saturating_sub(found.len()));
        if need == Some(0) {
            return (found, true);
        }
        let ranges = self.body_col.ranges();
        let passes = |ri: usize, term: &Term| term.literal_alts().any(|a| self.body_col.may_contain(ri, &a.needle));
        let mut body_found = 0usize;
        for (ri, &range) in ranges.iter().enumerate() {
            if let Some(n) = need {
                if body_found >= n {
                    return (found, true);
                }
            }
            if !terms.iter().all(|t| passes(ri, t)) {
                continue;
            }
            // Slot by slot: each slot's signature rules most non-matches out before any
            // substring search (a scan of the block would search all of its text).
            for s in range.start..range.end {
                if !head.is_touched[s] && check_order.iter().all(|&t| self.body_has(s, &terms[t])) {
                    found.push(Found { slot: s, base: weight::BODY as u32 * terms.len() as u32, any_head: false, title_terms: 0, code_terms: 0, keyword_terms: 0 });
                    body_found += 1;
                }
            }
        }
        (found, false)
    }

    /// A pinyin term also searches the 汉字 words it reads as in titles and keywords (the three
    /// most frequent among the first [`PINYIN_SAMPLE`] documents that match, in rank order, so
    /// service items count first), with their synonyms: `dibao` then finds every 低保 and
    /// 最低生活保障, in bodies too, like typing 低保 would.
    fn add_pinyin_words(&self, py: &PinyinColumns, term: &mut Term, synonyms: Option<&Synonyms>) {
        const MAX_WORDS: usize = 3;
        const PINYIN_SAMPLE: usize = 64;
        let mut words: Vec<(String, usize)> = Vec::new();
        let mut hits: Vec<(u32, bool, bool)> = Vec::new();
        for alt in term.alts.iter().filter(|a| matches!(a.kind, AltKind::PinyinFull | AltKind::PinyinInitials)) {
            let initials = alt.kind == AltKind::PinyinInitials;
            let (col, full) = if initials { (&py.initials, false) } else { (&py.full, true) };
            let accept = |p: usize| !full || py.starts_syllable(p);
            let mut sampled = 0usize;
            scan_all(col, &alt.needle, accept, |s, p| {
                hits.push((s as u32, py.in_title(s, p, full), initials));
                sampled += 1;
                if sampled > PINYIN_SAMPLE {
                    return true;
                }
                for (k, toks) in py.texts(s).iter().enumerate() {
                    let text: &str = if k == 0 { &self.titles[s] } else { &self.keywords[s][k - 1] };
                    for (from, to) in pinyin::title_char_ranges(toks, &alt.needle, initials) {
                        let word = normalize(&text.chars().skip(from).take(to - from).collect::<String>());
                        match words.iter_mut().find(|(w, _)| *w == word) {
                            Some((_, n)) => *n += 1,
                            None => words.push((word, 1)),
                        }
                    }
                }
                true
            });
        }
        term.pinyin_hits = hits;
        // Most frequent first; ties keep first-seen (rank) order.
        let mut keys: Vec<u64> = words.iter().enumerate().map(|(i, (_, n))| ((u32::MAX - *n as u32) as u64) << 32 | i as u64).collect();
        sort_keys(&mut keys);
        // Readings much rarer than the commonest one are left out: each word searched costs a
        // pass over the columns, and a rare reading is rarely what was meant.
        let top = words.iter().map(|(_, n)| *n).max().unwrap_or(0);
        let picked = keys.iter().take(MAX_WORDS).map(|&k| &words[(k & 0xFFFF_FFFF) as usize]).filter(|(_, n)| n * 4 >= top);
        for w in picked.map(|(w, _)| w.clone()).collect::<Vec<_>>() {
            let forms = std::iter::once(w.clone()).chain(synonyms.map(|s| s.expand(&w)).unwrap_or_default());
            for f in forms {
                if !f.is_empty() && !term.alts.iter().any(|a| a.kind != AltKind::PinyinFull && a.kind != AltKind::PinyinInitials && a.needle.text == f) {
                    term.alts.push(query::Alternative { kind: AltKind::Synonym, needle: Needle::new(f) });
                }
            }
        }
    }

    fn body_has(&self, slot: usize, term: &Term) -> bool {
        term.literal_alts().any(|a| self.body_col.slot_contains(slot, &a.needle))
    }

    /// The final score: term weights plus exact, coverage, prefix and item bonuses. Only the
    /// fields a term matched in are looked at, so common terms with many hits stay cheap.
    fn score(&self, terms: &[Term], f: &Found) -> u32 {
        let mut score = f.base;
        if !f.any_head {
            return score;
        }
        let s = f.slot;
        if matches!(self.slots[s], DocRef::Item(_)) {
            score += weight::ITEM;
        }
        let title = self.title_col.slot_first(s);
        let title_chars = (self.title_chars[s] as u32).max(1);
        for (t, term) in terms.iter().enumerate() {
            let (in_title, in_code) = (f.title_terms & (1 << t) != 0, f.code_terms & (1 << t) != 0);
            let mut best = 0u32;
            if in_code {
                let code = self.code_col.slot_first(s);
                let num = self.doc_number_col.slot_first(s);
                if term.literal_alts().any(|a| a.needle.text.as_bytes() == code || (!num.is_empty() && a.needle.text.as_bytes() == num)) {
                    best = weight::EXACT;
                }
            }
            // A term that is exactly one of the item's 检索词: what the publisher expected
            // residents to type for it.
            if f.keyword_terms & (1 << t) != 0 {
                let kws = self.keyword_col.slot_bytes(s);
                for a in term.literal_alts() {
                    if kws.split(|&b| b == b'\n').any(|k| k == a.needle.text.as_bytes()) {
                        best = best.max(if a.kind == AltKind::Literal { weight::EXACT_KEYWORD } else { weight::EXACT_KEYWORD_SYNONYM });
                    }
                }
            }
            if in_title {
                for a in term.literal_alts() {
                    let text = a.needle.text.as_bytes();
                    let b = if text == title {
                        if a.kind == AltKind::Literal { weight::EXACT } else { weight::EXACT_SYNONYM }
                    } else if a.needle.is_in(title) {
                        weight::COVERAGE * a.needle.text.chars().count() as u32 / title_chars + if title.starts_with(text) { weight::PREFIX } else { 0 }
                    } else {
                        0
                    };
                    best = best.max(b);
                }
                // Pinyin coverage only when no literal form is in the title (it costs more).
                if best == 0 {
                    if let Some(py) = &self.pinyin {
                        for a in term.alts.iter().filter(|a| matches!(a.kind, AltKind::PinyinFull | AltKind::PinyinInitials)) {
                            let ranges = pinyin::title_char_ranges(pinyin::title_tokens(py, s), &a.needle, a.kind == AltKind::PinyinInitials);
                            if let Some(&(from, to)) = ranges.first() {
                                let b = weight::COVERAGE * (to - from) as u32 / title_chars + if from == 0 { weight::PREFIX } else { 0 };
                                best = best.max(b);
                            }
                        }
                    }
                }
            }
            score += best;
        }
        score
    }

    fn highlights(&self, terms: &[Term], slot: usize) -> Vec<Highlight> {
        let needles: Vec<&Needle> = terms.iter().flat_map(|t| t.literal_alts().map(|a| &a.needle)).collect();
        let mut out = Vec::new();
        let title = &*self.titles[slot];
        let mut title_ranges = highlight::ranges_in(title, &needles);
        if let Some(py) = &self.pinyin {
            let toks = pinyin::title_tokens(py, slot);
            for a in terms.iter().flat_map(|t| t.alts.iter()) {
                if matches!(a.kind, AltKind::PinyinFull | AltKind::PinyinInitials) && !toks.is_empty() {
                    for (from, to) in pinyin::title_char_ranges(toks, &a.needle, a.kind == AltKind::PinyinInitials) {
                        title_ranges.extend(highlight::char_range_to_bytes(title, from, to));
                    }
                }
            }
            title_ranges = highlight::merge(title_ranges);
        }
        let mut push = |field: Field, ranges: Vec<(usize, usize)>| {
            out.extend(ranges.into_iter().map(|(start, end)| Highlight { field, start, end }));
        };
        push(Field::Title, title_ranges);
        push(Field::Code, highlight::ranges_in(&self.codes[slot], &needles));
        if let Some(n) = &self.doc_numbers[slot] {
            push(Field::DocNumber, highlight::ranges_in(n, &needles));
        }
        push(Field::Summary, highlight::ranges_in(&self.summaries[slot], &needles));
        out
    }
}

/// The references and rank order of documents given in feed order as (kind, date): items in
/// feed order, then records newest first (undated last), ties in feed order. Returns
/// (position in the input, reference) in rank order.
pub fn rank_order(docs: impl Iterator<Item = (DocKind, Option<crate::types::Date>)>) -> Vec<(usize, DocRef)> {
    let (mut items, mut records) = (0usize, 0usize);
    let mut refs = Vec::new();
    let mut keys: Vec<u64> = Vec::new();
    for (i, (kind, date)) in docs.enumerate() {
        let r = match kind {
            DocKind::Item => {
                items += 1;
                DocRef::Item(items - 1)
            }
            DocKind::Record => {
                records += 1;
                DocRef::Record(records - 1)
            }
        };
        keys.push(rank_key(r, date) & !0xFFFF_FFFF | i as u64);
        refs.push(r);
    }
    sort_keys(&mut keys);
    keys.iter().map(|&k| ((k & 0xFFFF_FFFF) as usize, refs[(k & 0xFFFF_FFFF) as usize])).collect()
}

/// The rank key of a document: kind, then age, then its index within its kind.
fn rank_key(r: DocRef, date: Option<crate::types::Date>) -> u64 {
    let (record, index) = match r {
        DocRef::Item(i) => (0u64, i),
        DocRef::Record(i) => (1u64, i),
    };
    let age = match date {
        // Days since 1970 are within ±1,000,000 for years 1900–2999.
        Some(d) => DATE_SPAN - 1 - (d.days_since_epoch() + 1_000_000).clamp(0, DATE_SPAN as i64 - 1) as u64,
        None => DATE_SPAN,
    };
    (record << 63) | (age << 32) | (index as u64 & 0xFFFF_FFFF)
}

/// Why [`EngineBuilder::push`] refused a document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BuildError {
    #[error("搜索文档顺序不对：{id} 应排在前一条之前（先事项，后信息按发布日期从新到旧）/ document {id} is out of rank order")]
    OutOfOrder { id: String },
}

/// Builds an [`Engine`] from documents that arrive one at a time in rank order (as `gongkai
/// index --pack` writes them), normalising each into the columns as it comes, so a 100,000-record
/// archive is never held twice: memory stays at the engine's own size.
pub struct EngineBuilder {
    e: Engine,
    title: ColumnBuilder,
    kw: ColumnBuilder,
    code: ColumnBuilder,
    num: ColumnBuilder,
    body: ColumnBuilder,
    last: Option<u64>,
    synonyms: Vec<Vec<String>>,
}

impl EngineBuilder {
    pub fn new(synonyms: &[Vec<String>]) -> EngineBuilder {
        EngineBuilder {
            e: Engine {
                slots: Vec::new(),
                item_slots: Vec::new(),
                record_slots: Vec::new(),
                ids: Vec::new(),
                titles: Vec::new(),
                title_chars: Vec::new(),
                codes: Vec::new(),
                doc_numbers: Vec::new(),
                summaries: Vec::new(),
                keywords: Vec::new(),
                title_col: ColumnBuilder::new().finish(),
                keyword_col: ColumnBuilder::new().finish(),
                code_col: ColumnBuilder::new().finish(),
                doc_number_col: ColumnBuilder::new().finish(),
                body_col: ColumnBuilder::new().finish(),
                pinyin: None,
                synonyms: Synonyms::new(synonyms),
            },
            title: ColumnBuilder::new(),
            kw: ColumnBuilder::new(),
            code: ColumnBuilder::new(),
            num: ColumnBuilder::new(),
            body: ColumnBuilder::new(),
            last: None,
            synonyms: synonyms.to_vec(),
        }
    }

    /// Adds a synonym group (the feed's own; the defaults are always there).
    pub fn add_synonyms(&mut self, group: Vec<String>) {
        self.synonyms.push(group);
    }

    /// Adds the next document. Refuses one that ranks before the previous one.
    pub fn push(&mut self, d: SearchDoc, r: DocRef) -> Result<(), BuildError> {
        let key = rank_key(r, d.date);
        if self.last.is_some_and(|last| key <= last) {
            return Err(BuildError::OutOfOrder { id: d.id });
        }
        self.last = Some(key);
        for b in [&mut self.title, &mut self.kw, &mut self.code, &mut self.num, &mut self.body] {
            b.begin_slot();
        }
        let e = &mut self.e;
        self.title.push_part(&d.title);
        e.title_chars.push(normalize(&d.title).chars().count().min(u16::MAX as usize) as u16);
        for k in &d.keywords {
            self.kw.push_part(k);
        }
        self.code.push_part(&d.code);
        if let Some(dn) = &d.doc_number {
            self.num.push_part(dn);
        }
        self.body.push_part(&d.summary);
        for t in &d.text {
            self.body.push_part(t);
        }
        let slot = e.slots.len() as u32;
        let (table, i) = match r {
            DocRef::Item(i) => (&mut e.item_slots, i),
            DocRef::Record(i) => (&mut e.record_slots, i),
        };
        if table.len() <= i {
            table.resize(i + 1, u32::MAX);
        }
        table[i] = slot;
        e.slots.push(r);
        e.ids.push(d.id.into());
        e.titles.push(d.title.into());
        e.codes.push(d.code.into());
        e.doc_numbers.push(d.doc_number.map(Into::into));
        e.summaries.push(d.summary.into());
        e.keywords.push(d.keywords.into_iter().map(Into::into).collect());
        Ok(())
    }

    /// Number of documents so far.
    pub fn len(&self) -> usize {
        self.e.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.e.slots.is_empty()
    }

    pub fn finish(self) -> Engine {
        let mut e = self.e;
        e.synonyms = Synonyms::new(&self.synonyms);
        // Signature sizes by typical slot length (see `ColumnBuilder::finish_with`).
        e.title_col = self.title.finish_indexed();
        e.keyword_col = self.kw.finish_with(2);
        e.code_col = self.code.finish_with(1);
        e.doc_number_col = self.num.finish_signed(2, 2);
        e.body_col = self.body.finish_with(8);
        for v in [&mut e.slots] {
            v.shrink_to_fit();
        }
        e
    }
}

/// Dates map into this many values in the rank key (see `Engine::from_docs`).
const DATE_SPAN: u64 = 1 << 22;

/// The one sort of the engine: every ordering is packed into u64 keys, so the wasm holds a
/// single instance of the standard sort (each `sort_by` closure would add several KiB).
pub(crate) fn sort_keys(v: &mut [u64]) {
    v.sort_unstable();
}

/// Scans a whole column (all filter blocks that may hold the needle), slot by slot, until `on`
/// returns false. Returns false when stopped.
fn scan_all(col: &Column, needle: &Needle, accept: impl Fn(usize) -> bool, on: impl FnMut(usize, usize) -> bool) -> bool {
    col.scan_all(needle, accept, on)
}

/// A snippet of about `width` chars around the first match of `needles` (from
/// [`SearchResults::needles`]) in the document's body text — its summary first, then its other
/// text parts in order. `None` when the body has no match (the hit matched in its title).
pub fn snippet(feed: &Feed, doc: DocRef, needles: &[String], width: usize) -> Option<Snippet> {
    let d = match doc {
        DocRef::Item(i) => SearchDoc::from_item(feed.items.get(i)?),
        DocRef::Record(i) => SearchDoc::from_record(feed.records.get(i)?),
    };
    snippet_of_doc(&d, needles, width)
}

/// [`snippet`] for a [`SearchDoc`].
pub fn snippet_of_doc(doc: &SearchDoc, needles: &[String], width: usize) -> Option<Snippet> {
    let needles: Vec<Needle> = needles.iter().map(|n| Needle::new(normalize(n))).filter(|n| !n.text.is_empty()).collect();
    let refs: Vec<&Needle> = needles.iter().collect();
    std::iter::once(&doc.summary).chain(&doc.text).find_map(|part| highlight::snippet(part, &refs, width))
}
