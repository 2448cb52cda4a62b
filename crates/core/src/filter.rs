//! Facets, filters, sort and pagination for the portal's search and browse view.
//!
//! The view's whole state is a [`Query`] that round-trips through the URL query string
//! (`?q=低保&hall=minzheng&kind=行政给付&page=2`), so back/forward and shared links restore the
//! exact view. [`apply`] takes the search engine's hits (in rank order) and returns one page of
//! them, the facet counts and the page numbers; the portal only renders what it gets.
//!
//! Facet semantics follow the common finder pattern: values within one facet are OR-ed
//! (民政 or 社保), facets are AND-ed (民政 and 行政给付), and each facet's counts are computed with
//! every *other* facet applied, so a resident can see how many more results a second value in
//! the same facet would add. A document that lacks an attribute (a record has no 办理大厅, an
//! item has no 有效性) does not match a filter on that attribute.
//!
//! Parse, then raise: tokens from the URL are checked when the query is parsed. Closed-set values
//! (事项类型, 层级 …) must be one of the feed format's words; ids must look like ids; anything
//! else is dropped, so a hand-edited or truncated link still shows a sensible page.

use std::borrow::Cow;

use crate::model::{Audience, Feed, ItemKind, Level, RecordAudience, RecordKind, ValidityStatus};
use crate::search::{DocRef, Hit, SearchResults};
use crate::types::Date;

/// Results per page. 20 rows of a few elements each keeps a page far below 2,000 DOM nodes.
pub const PAGE_SIZE: usize = 20;
/// Longest search text kept from a URL (characters).
pub const MAX_TEXT_CHARS: usize = 100;
/// Most values kept per facet from a URL.
pub const MAX_VALUES_PER_FACET: usize = 40;
/// Highest page number accepted from a URL (beyond it, the last page is shown anyway).
pub const MAX_PAGE: usize = 100_000;

/// The facets a resident can filter by, in the order the filter panel shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FacetKey {
    Kind,
    Hall,
    Topic,
    Level,
    Audience,
    Village,
    Year,
    Validity,
}

impl FacetKey {
    pub const ALL: [FacetKey; 8] = [
        FacetKey::Kind,
        FacetKey::Hall,
        FacetKey::Topic,
        FacetKey::Level,
        FacetKey::Audience,
        FacetKey::Village,
        FacetKey::Year,
        FacetKey::Validity,
    ];

    /// The URL query parameter.
    pub fn param(self) -> &'static str {
        match self {
            FacetKey::Kind => "kind",
            FacetKey::Hall => "hall",
            FacetKey::Topic => "topic",
            FacetKey::Level => "level",
            FacetKey::Audience => "audience",
            FacetKey::Village => "village",
            FacetKey::Year => "year",
            FacetKey::Validity => "validity",
        }
    }

    /// The heading shown to residents.
    pub fn label(self) -> &'static str {
        match self {
            FacetKey::Kind => "类别",
            FacetKey::Hall => "办理大厅",
            FacetKey::Topic => "主题",
            FacetKey::Level => "层级",
            FacetKey::Audience => "对象",
            FacetKey::Village => "村（社区）",
            FacetKey::Year => "发布年份",
            FacetKey::Validity => "有效性",
        }
    }

    pub fn from_param(s: &str) -> Option<FacetKey> {
        FacetKey::ALL.into_iter().find(|k| k.param() == s)
    }

    fn index(self) -> usize {
        self as usize
    }

    /// Whether `token` can be a value of this facet at all (checked without the feed).
    fn accepts(self, token: &str) -> bool {
        match self {
            FacetKey::Kind => DocKind::parse(token).is_some(),
            FacetKey::Level => Level::ALL.iter().any(|l| l.as_str() == token),
            FacetKey::Audience => audience_tokens().any(|a| a == token),
            FacetKey::Validity => ValidityStatus::ALL.iter().any(|v| v.as_str() == token),
            FacetKey::Year => token.len() == 4 && token.bytes().all(|b| b.is_ascii_digit()) && ("1900"..="2999").contains(&token),
            FacetKey::Hall | FacetKey::Topic | FacetKey::Village => looks_like_id(token),
        }
    }
}

fn looks_like_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn audience_tokens() -> impl Iterator<Item = &'static str> {
    Audience::ALL.iter().map(|a| a.as_str()).chain(RecordAudience::ALL.iter().map(|a| a.as_str()))
}

/// 类别 across both document types: a service item's 事项类型 or a record's 信息类别.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocKind {
    Item(ItemKind),
    Record(RecordKind),
}

impl DocKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Item(k) => k.as_str(),
            DocKind::Record(k) => k.as_str(),
        }
    }

    /// Every kind: the eight 事项类型, then the 信息类别.
    pub fn all() -> impl Iterator<Item = DocKind> {
        ItemKind::ALL.iter().map(|k| DocKind::Item(*k)).chain(RecordKind::ALL.iter().map(|k| DocKind::Record(*k)))
    }

    pub fn parse(s: &str) -> Option<DocKind> {
        DocKind::all().find(|k| k.as_str() == s)
    }
}

/// Result order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortOrder {
    /// The engine's rank order.
    Relevance,
    /// Newest first: a record's 发布日期, an item's 更新日期.
    Newest,
    /// Quickest first: service items by 承诺办结时限 (当场办结 first), then records, newest first.
    TimeLimit,
}

impl SortOrder {
    pub const ALL: [SortOrder; 3] = [SortOrder::Relevance, SortOrder::Newest, SortOrder::TimeLimit];

    pub fn param(self) -> &'static str {
        match self {
            SortOrder::Relevance => "relevance",
            SortOrder::Newest => "newest",
            SortOrder::TimeLimit => "time",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SortOrder::Relevance => "相关度",
            SortOrder::Newest => "最新",
            SortOrder::TimeLimit => "办理时限",
        }
    }

    pub fn from_param(s: &str) -> Option<SortOrder> {
        SortOrder::ALL.into_iter().find(|o| o.param() == s)
    }
}

/// The state of the search view; every field lives in the URL.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    /// Search text as typed (at most [`MAX_TEXT_CHARS`] characters).
    pub text: String,
    /// Selected values per facet (indexed by `FacetKey`), as URL tokens, sorted and without
    /// repeats. Plain sorted vectors rather than B-tree sets: a facet holds a few values, and
    /// B-tree code costs the portal's wasm several kilobytes.
    selected: [Vec<String>; 8],
    /// `None` = the default for the text: relevance when searching, newest when browsing.
    pub sort: Option<SortOrder>,
    /// 1-based page number as asked for; [`apply`] clamps it to the pages that exist.
    pub page: usize,
}

impl Query {
    /// An empty query: everything, first page.
    pub fn new() -> Query {
        Query { page: 1, ..Query::default() }
    }

    /// Reads the query from decoded URL parameters. Unknown parameters and invalid values are
    /// dropped; facet values may be repeated (`hall=a&hall=b`) or comma-separated (`hall=a,b`).
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Query {
        let mut q = Query::new();
        for (key, value) in pairs {
            match key {
                "q" => q.text = value.trim().chars().take(MAX_TEXT_CHARS).collect(),
                "sort" => q.sort = SortOrder::from_param(value.trim()),
                "page" => q.page = value.trim().parse::<usize>().ok().filter(|p| *p >= 1).map_or(1, |p| p.min(MAX_PAGE)),
                other => {
                    if let Some(facet) = FacetKey::from_param(other) {
                        for token in value.split(',').map(str::trim).filter(|t| facet.accepts(t)) {
                            q.insert(facet, token);
                        }
                    }
                }
            }
        }
        q
    }

    /// The URL query string without the leading `?`, in a fixed parameter order, leaving out
    /// defaults (so the plain search page is just `/search`). Values are percent-encoded.
    pub fn to_query_string(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if !self.text.is_empty() {
            parts.push(format!("q={}", encode_component(&self.text)));
        }
        for key in FacetKey::ALL {
            if let Some(set) = Some(&self.selected[key.index()]).filter(|s| !s.is_empty()) {
                let joined: Vec<String> = set.iter().map(|t| encode_component(t)).collect();
                parts.push(format!("{}={}", key.param(), joined.join(",")));
            }
        }
        if let Some(sort) = self.sort {
            parts.push(format!("sort={}", sort.param()));
        }
        if self.page > 1 {
            parts.push(format!("page={}", self.page));
        }
        parts.join("&")
    }

    /// The search path for this query, e.g. `/search?q=%E4%BD%8E%E4%BF%9D`.
    pub fn to_path(&self) -> String {
        let qs = self.to_query_string();
        if qs.is_empty() {
            "/search".to_string()
        } else {
            format!("/search?{qs}")
        }
    }

    pub fn is_selected(&self, key: FacetKey, token: &str) -> bool {
        self.position(key, token).is_ok()
    }

    fn position(&self, key: FacetKey, token: &str) -> Result<usize, usize> {
        self.selected[key.index()].binary_search_by(|t| t.as_str().cmp(token))
    }

    /// Adds a value (kept sorted, no repeats, at most `MAX_VALUES_PER_FACET`).
    fn insert(&mut self, key: FacetKey, token: &str) {
        if let Err(at) = self.position(key, token) {
            let set = &mut self.selected[key.index()];
            if set.len() < MAX_VALUES_PER_FACET {
                set.insert(at, token.to_string());
            }
        }
    }

    /// Selected tokens of one facet, sorted.
    pub fn selected(&self, key: FacetKey) -> impl Iterator<Item = &str> {
        self.selected[key.index()].iter().map(String::as_str)
    }

    /// Whether any facet value is selected.
    pub fn has_filters(&self) -> bool {
        self.selected.iter().any(|s| !s.is_empty())
    }

    /// Number of selected facet values (shown on the phone's 筛选 button).
    pub fn filter_count(&self) -> usize {
        self.selected.iter().map(Vec::len).sum()
    }

    /// The same query with `token` added to or removed from `key`, back on page 1.
    /// Tokens the facet cannot hold are ignored.
    pub fn toggled(&self, key: FacetKey, token: &str) -> Query {
        let mut q = self.clone();
        q.page = 1;
        match q.position(key, token) {
            Ok(at) => {
                q.selected[key.index()].remove(at);
            }
            Err(_) if key.accepts(token) => q.insert(key, token),
            Err(_) => {}
        }
        q
    }

    /// The same query with `token` removed from `key`, back on page 1.
    pub fn without(&self, key: FacetKey, token: &str) -> Query {
        let mut q = self.clone();
        q.page = 1;
        if let Ok(at) = q.position(key, token) {
            q.selected[key.index()].remove(at);
        }
        q
    }

    /// The same text and sort with no filters (清除全部), back on page 1.
    pub fn cleared(&self) -> Query {
        Query { text: self.text.clone(), sort: self.sort, ..Query::new() }
    }

    pub fn with_text(&self, text: &str) -> Query {
        Query { text: text.trim().chars().take(MAX_TEXT_CHARS).collect(), page: 1, ..self.clone() }
    }

    pub fn with_sort(&self, sort: SortOrder) -> Query {
        Query { sort: Some(sort), page: 1, ..self.clone() }
    }

    pub fn with_page(&self, page: usize) -> Query {
        Query { page: page.clamp(1, MAX_PAGE), ..self.clone() }
    }

    /// The order actually used: the chosen one, else relevance when there is text to rank by,
    /// else newest.
    pub fn effective_sort(&self) -> SortOrder {
        self.sort.unwrap_or(if self.text.trim().is_empty() { SortOrder::Newest } else { SortOrder::Relevance })
    }
}

/// Percent-encodes a URL query value (everything except `A–Z a–z 0–9 - _ . ~`).
pub fn encode_component(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
    out
}

/// One removable chip for an active filter: `办理大厅：民政服务大厅`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chip {
    pub key: FacetKey,
    pub token: String,
    /// The value alone, e.g. `民政服务大厅`.
    pub value_label: String,
}

impl Chip {
    /// `办理大厅：民政服务大厅`.
    pub fn label(&self) -> String {
        format!("{}：{}", self.key.label(), self.value_label)
    }
}

/// The chips for every selected value, in panel order.
pub fn chips(feed: &Feed, query: &Query) -> Vec<Chip> {
    FacetKey::ALL
        .into_iter()
        .flat_map(|key| {
            query.selected(key).map(move |token| Chip { key, token: token.to_string(), value_label: value_label(feed, key, token) })
        })
        .collect()
}

/// What residents read for a facet value: the hall's name for its id, `2026 年` for a year.
/// Unknown ids are shown as they are rather than hidden, so a chip can still be removed.
pub fn value_label(feed: &Feed, key: FacetKey, token: &str) -> String {
    let found = match key {
        FacetKey::Hall => feed.hall(token).map(|h| h.name.clone()),
        FacetKey::Topic => feed.topic(token).map(|t| t.name.clone()),
        FacetKey::Village => feed.village(token).map(|v| v.name.clone()),
        FacetKey::Year => Some(format!("{token} 年")),
        FacetKey::Kind | FacetKey::Level | FacetKey::Audience | FacetKey::Validity => None,
    };
    found.unwrap_or_else(|| token.to_string())
}

/// One value in the filter panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetValue {
    pub token: String,
    pub label: String,
    /// Results if this value were (also) chosen, given the text and every other facet.
    pub count: usize,
    pub selected: bool,
}

/// One facet in the filter panel, with the values worth showing (count > 0, or selected).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facet {
    pub key: FacetKey,
    pub values: Vec<FacetValue>,
}

/// Where the shown page sits in the whole result list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageInfo {
    /// 1-based page shown (the asked-for page, clamped to what exists).
    pub number: usize,
    /// Number of pages, at least 1.
    pub count: usize,
    /// 1-based position of the first hit on this page (0 when there are no hits).
    pub first: usize,
    /// 1-based position of the last hit on this page (0 when there are no hits).
    pub last: usize,
}

/// What the search view renders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Hits matching the text and all filters.
    pub total: usize,
    pub page: PageInfo,
    /// This page's hits, in the chosen order.
    pub hits: Vec<Hit>,
    pub facets: Vec<Facet>,
    pub sort: SortOrder,
}

/// What a document offers to the facets and the sort.
struct Facts<'a> {
    tokens: [Vec<Cow<'a, str>>; 8],
    date: Date,
    /// (承诺, 法定) working days, for service items.
    time_limit: Option<(u32, u32)>,
}

fn facts<'a>(feed: &'a Feed, doc: DocRef) -> Option<Facts<'a>> {
    let mut tokens: [Vec<Cow<'a, str>>; 8] = Default::default();
    let mut put = |key: FacetKey, v: Cow<'a, str>| tokens[key.index()].push(v);
    match doc {
        DocRef::Item(i) => {
            let it = feed.items.get(i)?;
            put(FacetKey::Kind, Cow::Borrowed(it.kind.as_str()));
            put(FacetKey::Hall, Cow::Borrowed(&it.hall));
            put(FacetKey::Topic, Cow::Borrowed(&it.topic));
            put(FacetKey::Level, Cow::Borrowed(it.level.as_str()));
            for a in &it.audience {
                put(FacetKey::Audience, Cow::Borrowed(a.as_str()));
            }
            Some(Facts { tokens, date: it.updated, time_limit: Some((it.time_limit.promised_days, it.time_limit.legal_days)) })
        }
        DocRef::Record(i) => {
            let r = feed.records.get(i)?;
            put(FacetKey::Kind, Cow::Borrowed(r.kind.as_str()));
            if let Some(t) = &r.topic {
                put(FacetKey::Topic, Cow::Borrowed(t));
            }
            put(FacetKey::Level, Cow::Borrowed(r.level.as_str()));
            put(FacetKey::Audience, Cow::Borrowed(r.audience.as_str()));
            if let Some(v) = &r.village {
                put(FacetKey::Village, Cow::Borrowed(v));
            }
            put(FacetKey::Year, Cow::Owned(format!("{:04}", r.published.year)));
            if let Some(v) = &r.validity {
                put(FacetKey::Validity, Cow::Borrowed(v.status.as_str()));
            }
            Some(Facts { tokens, date: r.published, time_limit: None })
        }
    }
}

/// Filters, counts, sorts and pages the engine's hits for one query.
pub fn apply(feed: &Feed, results: &SearchResults, query: &Query) -> Outcome {
    let selected: Vec<Option<&Vec<String>>> = query.selected.iter().map(|s| Some(s).filter(|s| !s.is_empty())).collect();
    // Hits pointing outside the feed are skipped, not trusted.
    let docs: Vec<(&Hit, Facts)> = results.hits.iter().filter_map(|h| Some((h, facts(feed, h.doc)?))).collect();
    let matches = |f: &Facts, k: usize| match selected[k] {
        None => true,
        Some(set) => f.tokens[k].iter().any(|t| set.iter().any(|s| s == t.as_ref())),
    };

    // Per document, which facets it satisfies; a doc counts toward facet K's values when it
    // satisfies every facet except possibly K.
    // Per facet, (token, count) pairs: a facet has few distinct values, so a list is enough.
    let mut counts: Vec<Vec<(&str, usize)>> = vec![Vec::new(); FacetKey::ALL.len()];
    let mut passing: Vec<(usize, &Hit, &Facts)> = Vec::new();
    for (rank, (hit, f)) in docs.iter().enumerate() {
        let ok: Vec<bool> = (0..FacetKey::ALL.len()).map(|k| matches(f, k)).collect();
        let failed = ok.iter().filter(|b| !**b).count();
        if failed == 0 {
            passing.push((rank, hit, f));
        }
        for (k, count) in counts.iter_mut().enumerate() {
            if failed == 0 || (failed == 1 && !ok[k]) {
                // Count each distinct token once per document.
                let mut seen: Vec<&str> = Vec::new();
                for t in &f.tokens[k] {
                    if !seen.contains(&t.as_ref()) {
                        seen.push(t.as_ref());
                        match count.iter_mut().find(|(k, _)| *k == t.as_ref()) {
                            Some((_, n)) => *n += 1,
                            None => count.push((t.as_ref(), 1)),
                        }
                    }
                }
            }
        }
    }

    let sort = query.effective_sort();
    // Sort by one packed u64 key per hit (see `sort_keys`). The low 21 bits are the hit's
    // position in `passing`, which is in engine order, so ties keep the engine's ranking.
    let key = |i: usize, f: &Facts| -> u64 {
        let i = i as u64 & POSITION_MASK;
        match (sort, f.time_limit) {
            (SortOrder::TimeLimit, Some((promised, legal))) => (u64::from(promised.min(0xF_FFFF)) << 41) | (u64::from(legal.min(0xF_FFFF)) << 21) | i,
            (SortOrder::TimeLimit, None) => (1 << 63) | (newest_first(f.date) << 21) | i,
            (SortOrder::Newest, _) => (newest_first(f.date) << 21) | i,
            (SortOrder::Relevance, _) => i,
        }
    };
    let mut keys: Vec<u64> = passing.iter().enumerate().map(|(i, (_, _, f))| key(i, f)).collect();
    sort_keys(&mut keys);
    let passing: Vec<(usize, &Hit, &Facts)> = keys.iter().filter_map(|k| passing.get((k & POSITION_MASK) as usize).copied()).collect();

    let total = passing.len();
    let page_count = total.div_ceil(PAGE_SIZE).max(1);
    let number = query.page.clamp(1, page_count);
    let start = (number - 1) * PAGE_SIZE;
    let hits: Vec<Hit> = passing.iter().skip(start).take(PAGE_SIZE).map(|(_, h, _)| (*h).clone()).collect();
    let page = PageInfo {
        number,
        count: page_count,
        first: if hits.is_empty() { 0 } else { start + 1 },
        last: start + hits.len(),
    };

    let facets = FacetKey::ALL
        .into_iter()
        .map(|key| {
            let c = &counts[key.index()];
            let values = facet_order(feed, key, c)
                .into_iter()
                .map(|token| FacetValue {
                    count: c.iter().find(|(k, _)| *k == token).map_or(0, |(_, n)| *n),
                    selected: query.is_selected(key, &token),
                    label: value_label(feed, key, &token),
                    token,
                })
                .filter(|v| v.count > 0 || v.selected)
                .collect();
            Facet { key, values }
        })
        .collect();

    Outcome { total, page, hits, facets, sort }
}

/// Candidate tokens of a facet in display order: the feed's own order for halls, topics and
/// villages, the format's order for closed sets, newest first for years.
fn facet_order(feed: &Feed, key: FacetKey, counts: &[(&str, usize)]) -> Vec<String> {
    match key {
        FacetKey::Hall => feed.halls.iter().map(|h| h.id.clone()).collect(),
        FacetKey::Topic => feed.topics.iter().map(|t| t.id.clone()).collect(),
        FacetKey::Village => feed.villages.iter().map(|v| v.id.clone()).collect(),
        FacetKey::Kind => DocKind::all().map(|k| k.as_str().to_string()).collect(),
        FacetKey::Level => Level::ALL.iter().map(|l| l.as_str().to_string()).collect(),
        FacetKey::Audience => audience_tokens().map(str::to_string).collect(),
        FacetKey::Validity => ValidityStatus::ALL.iter().map(|v| v.as_str().to_string()).collect(),
        FacetKey::Year => {
            // Years are four digits (checked when the token was made): newest first.
            let mut years: Vec<u64> = counts.iter().filter_map(|(y, _)| y.parse().ok()).collect();
            sort_keys(&mut years);
            years.iter().rev().map(|y| format!("{y:04}")).collect()
        }
    }
}

/// Low bits of a sort key that hold a hit's position (two million hits keep their order).
const POSITION_MASK: u64 = (1 << 21) - 1;

/// A date as a key where later dates sort first (20 bits cover 1900–2999).
fn newest_first(d: Date) -> u64 {
    const LAST: i64 = 376_200; // days from 1970 to 3000-01-01
    (LAST - d.days_since_epoch()).clamp(0, 0xF_FFFF) as u64
}

/// Sorts packed keys. Every sort in the portal's core goes through this one function on one
/// concrete type: each `sort_by` with its own closure type is another copy of the sorting
/// code in the wasm (2–3 KB each).
pub fn sort_keys(keys: &mut [u64]) {
    keys.sort_unstable();
}

/// An entry of the pagination bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageLink {
    Page(usize),
    /// 「…」 between non-adjacent page numbers.
    Gap,
}

/// Page numbers to offer: first, last, and the current page with its neighbours; gaps between.
/// Seven pages or fewer are all shown.
pub fn page_links(current: usize, count: usize) -> Vec<PageLink> {
    if count <= 7 {
        return (1..=count).map(PageLink::Page).collect();
    }
    let current = current.clamp(1, count);
    let mut wanted: Vec<u64> = [1, count, current.saturating_sub(1).max(1), current, (current + 1).min(count)].map(|p| p as u64).to_vec();
    // Near either end, show a few more so the bar does not jump in length.
    if current <= 3 {
        wanted.extend([2, 3, 4]);
    }
    if current + 2 >= count {
        wanted.extend([count - 3, count - 2, count - 1].map(|p| p as u64));
    }
    sort_keys(&mut wanted);
    wanted.dedup();
    let mut out = Vec::with_capacity(wanted.len() * 2);
    for (i, p) in wanted.iter().enumerate() {
        if i > 0 && *p > wanted[i - 1] + 1 {
            out.push(PageLink::Gap);
        }
        out.push(PageLink::Page(*p as usize));
    }
    out
}

/// Splits `text` into runs for rendering highlights: `(run, is_match)`. Ranges are byte offsets
/// from the search engine; ranges that are empty, out of bounds or not on character boundaries
/// are ignored, overlapping ones are merged, so any input renders the whole text exactly once.
pub fn highlight_segments<'a>(text: &'a str, ranges: &[(usize, usize)]) -> Vec<(&'a str, bool)> {
    let mut r: Vec<u64> = ranges
        .iter()
        .copied()
        .filter(|&(s, e)| s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e))
        .map(|(s, e)| ((s as u64) << 32) | (e as u64 & 0xFFFF_FFFF))
        .collect();
    sort_keys(&mut r);
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(r.len());
    for (s, e) in r.into_iter().map(|k| ((k >> 32) as usize, (k & 0xFFFF_FFFF) as usize)) {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    let mut out = Vec::with_capacity(merged.len() * 2 + 1);
    let mut at = 0;
    for (s, e) in merged {
        if s > at {
            out.push((&text[at..s], false));
        }
        out.push((&text[s..e], true));
        at = e;
    }
    if at < text.len() {
        out.push((&text[at..], false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::Engine;

    /// The portal's browser-test feed doubles as the fixture here, so both layers agree on it.
    const DEV_FEED: &str = include_str!("../../../tests/e2e/feeds/dev-feed.json");

    fn feed() -> Feed {
        serde_json::from_str(DEV_FEED).expect("the dev feed parses")
    }

    fn q(s: &str) -> Query {
        let pairs: Vec<(String, String)> = s
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (k.to_string(), v.to_string())
            })
            .collect();
        Query::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    fn everything(feed: &Feed) -> SearchResults {
        Engine::new(feed).search("")
    }

    fn facet<'a>(o: &'a Outcome, key: FacetKey) -> &'a Facet {
        o.facets.iter().find(|f| f.key == key).unwrap()
    }

    fn count_of(o: &Outcome, key: FacetKey, token: &str) -> usize {
        facet(o, key).values.iter().find(|v| v.token == token).map_or(0, |v| v.count)
    }

    #[test]
    fn a_query_survives_the_round_trip_through_the_url() {
        let original = Query::new()
            .with_text("低保 申请")
            .toggled(FacetKey::Hall, "minzheng")
            .toggled(FacetKey::Hall, "shebao")
            .toggled(FacetKey::Kind, "行政给付")
            .with_sort(SortOrder::TimeLimit)
            .with_page(3);
        let qs = original.to_query_string();
        assert_eq!(
            qs,
            "q=%E4%BD%8E%E4%BF%9D%20%E7%94%B3%E8%AF%B7&kind=%E8%A1%8C%E6%94%BF%E7%BB%99%E4%BB%98&hall=minzheng,shebao&sort=time&page=3"
        );
        // The browser decodes the query before the router hands it over.
        let decoded = [("q", "低保 申请"), ("kind", "行政给付"), ("hall", "minzheng,shebao"), ("sort", "time"), ("page", "3")];
        assert_eq!(Query::from_pairs(decoded), original);
    }

    #[test]
    fn the_plain_search_page_has_no_query_string() {
        assert_eq!(Query::new().to_path(), "/search");
        assert_eq!(Query::new().with_page(1).to_query_string(), "");
    }

    #[test]
    fn repeated_parameters_and_comma_lists_both_select_several_values() {
        let a = Query::from_pairs([("hall", "minzheng"), ("hall", "shebao")]);
        let b = Query::from_pairs([("hall", "shebao,minzheng")]);
        assert_eq!(a, b);
        assert_eq!(a.filter_count(), 2);
    }

    #[test]
    fn hand_edited_urls_lose_only_their_bad_parts() {
        let query = Query::from_pairs([
            ("kind", "行政给付,不存在的类别"),
            ("hall", "<script>,minzheng"),
            ("year", "2026,26,3000,abcd"),
            ("level", "省级"),
            ("validity", "已废止"),
            ("sort", "random"),
            ("page", "-4"),
            ("utm_source", "wechat"),
        ]);
        assert_eq!(query.selected(FacetKey::Kind).collect::<Vec<_>>(), ["行政给付"]);
        assert_eq!(query.selected(FacetKey::Hall).collect::<Vec<_>>(), ["minzheng"]);
        assert_eq!(query.selected(FacetKey::Year).collect::<Vec<_>>(), ["2026"]);
        assert_eq!(query.selected(FacetKey::Level).count(), 0);
        assert_eq!(query.selected(FacetKey::Validity).collect::<Vec<_>>(), ["已废止"]);
        assert_eq!(query.sort, None);
        assert_eq!(query.page, 1);
    }

    #[test]
    fn huge_urls_are_capped_instead_of_trusted() {
        let long_text = "低".repeat(5000);
        let many: Vec<String> = (0..500).map(|i| format!("h{i}")).collect();
        let joined = many.join(",");
        let query = Query::from_pairs([("q", long_text.as_str()), ("hall", joined.as_str()), ("page", "99999999999999999999")]);
        assert_eq!(query.text.chars().count(), MAX_TEXT_CHARS);
        assert_eq!(query.selected(FacetKey::Hall).count(), MAX_VALUES_PER_FACET);
        assert_eq!(query.page, 1, "an unparsable page number is page 1");
        assert_eq!(Query::from_pairs([("page", "5000000")]).page, MAX_PAGE);
    }

    #[test]
    fn toggling_a_value_twice_removes_it_and_any_change_goes_back_to_page_one() {
        let start = Query::new().with_page(4);
        let on = start.toggled(FacetKey::Topic, "nongye");
        assert!(on.is_selected(FacetKey::Topic, "nongye"));
        assert_eq!(on.page, 1);
        let off = on.with_page(2).toggled(FacetKey::Topic, "nongye");
        assert!(!off.has_filters());
        assert_eq!(off.page, 1);
        assert!(!start.toggled(FacetKey::Level, "省级").has_filters(), "a value the facet cannot hold is ignored");
    }

    #[test]
    fn clearing_all_filters_keeps_the_search_text_and_sort() {
        let query = Query::new().with_text("补贴").with_sort(SortOrder::Newest).toggled(FacetKey::Hall, "huinong").with_page(2);
        let cleared = query.cleared();
        assert_eq!(cleared.text, "补贴");
        assert_eq!(cleared.sort, Some(SortOrder::Newest));
        assert!(!cleared.has_filters());
        assert_eq!(cleared.page, 1);
    }

    #[test]
    fn browsing_without_text_sorts_newest_first_and_searching_sorts_by_relevance() {
        assert_eq!(Query::new().effective_sort(), SortOrder::Newest);
        assert_eq!(Query::new().with_text("低保").effective_sort(), SortOrder::Relevance);
        assert_eq!(Query::new().with_text("低保").with_sort(SortOrder::Newest).effective_sort(), SortOrder::Newest);
    }

    #[test]
    fn an_empty_query_finds_every_item_and_record() {
        let f = feed();
        let o = apply(&f, &everything(&f), &Query::new());
        assert_eq!(o.total, f.items.len() + f.records.len());
        assert_eq!(o.page, PageInfo { number: 1, count: 1, first: 1, last: o.total });
    }

    #[test]
    fn a_hall_filter_keeps_only_that_halls_items() {
        let f = feed();
        let o = apply(&f, &everything(&f), &q("hall=minzheng"));
        let expected = f.items.iter().filter(|i| i.hall == "minzheng").count();
        assert!(expected >= 2);
        assert_eq!(o.total, expected);
        assert!(o.hits.iter().all(|h| matches!(h.doc, DocRef::Item(i) if f.items[i].hall == "minzheng")));
    }

    #[test]
    fn values_of_one_facet_widen_and_different_facets_narrow() {
        let f = feed();
        let all = everything(&f);
        let minzheng = apply(&f, &all, &q("hall=minzheng")).total;
        let shebao = apply(&f, &all, &q("hall=shebao")).total;
        assert_eq!(apply(&f, &all, &q("hall=minzheng,shebao")).total, minzheng + shebao);
        let narrowed = apply(&f, &all, &q("hall=minzheng&kind=行政给付")).total;
        assert!(narrowed < minzheng && narrowed > 0);
    }

    #[test]
    fn facet_counts_ignore_their_own_selection_but_respect_the_others() {
        let f = feed();
        let all = everything(&f);
        let o = apply(&f, &all, &q("hall=minzheng"));
        // Other halls still show how many a second choice would add.
        let shebao_alone = apply(&f, &all, &q("hall=shebao")).total;
        assert_eq!(count_of(&o, FacetKey::Hall, "shebao"), shebao_alone);
        assert!(facet(&o, FacetKey::Hall).values.iter().any(|v| v.token == "minzheng" && v.selected));
        // Kind counts are within the chosen hall.
        let payments_in_minzheng =
            f.items.iter().filter(|i| i.hall == "minzheng" && i.kind == ItemKind::Payment).count();
        assert_eq!(count_of(&o, FacetKey::Kind, "行政给付"), payments_in_minzheng);
        // Records have no hall, so record kinds vanish from the kind facet.
        assert_eq!(count_of(&o, FacetKey::Kind, "政策文件"), 0);
    }

    #[test]
    fn facet_counts_follow_the_search_text() {
        let f = feed();
        let results = Engine::new(&f).search("临时救助");
        let o = apply(&f, &results, &Query::new().with_text("临时救助"));
        assert_eq!(o.total, results.hits.len());
        let kind_total: usize = facet(&o, FacetKey::Kind).values.iter().map(|v| v.count).sum();
        assert_eq!(kind_total, o.total, "each document has exactly one kind");
    }

    #[test]
    fn records_filter_by_year_validity_and_village_and_items_drop_out() {
        let f = feed();
        let all = everything(&f);
        let repealed = apply(&f, &all, &q("validity=已废止"));
        assert_eq!(repealed.total, 1);
        assert!(matches!(repealed.hits[0].doc, DocRef::Record(i) if f.records[i].id == "linshi-xize-2019"));
        let y2019 = apply(&f, &all, &q("year=2019"));
        assert_eq!(y2019.total, 1);
        let unfiltered = apply(&f, &all, &Query::new());
        let years: Vec<&str> = facet(&unfiltered, FacetKey::Year).values.iter().map(|v| v.token.as_str()).collect();
        assert_eq!(years, ["2026", "2019"], "years newest first");
        let village = apply(&f, &all, &q("village=shiqiao"));
        assert!(village.total >= 1);
        assert!(village.hits.iter().all(|h| matches!(h.doc, DocRef::Record(i) if f.records[i].village.as_deref() == Some("shiqiao"))));
    }

    #[test]
    fn an_item_with_two_audiences_counts_once_under_each() {
        let f = feed();
        let o = apply(&f, &everything(&f), &Query::new());
        let orgs = f.items.iter().filter(|i| i.audience.contains(&Audience::OtherOrganisation)).count();
        assert!(orgs >= 1);
        assert_eq!(count_of(&o, FacetKey::Audience, "其他组织"), orgs);
    }

    #[test]
    fn values_with_no_results_are_hidden_unless_selected() {
        let f = feed();
        let o = apply(&f, &everything(&f), &q("hall=minzheng&level=县级"));
        assert_eq!(o.total, 0);
        let level = facet(&o, FacetKey::Level);
        assert!(level.values.iter().any(|v| v.token == "县级" && v.selected && v.count == 0));
        assert!(facet(&o, FacetKey::Validity).values.is_empty());
    }

    #[test]
    fn newest_sort_puts_the_latest_date_first() {
        let f = feed();
        let o = apply(&f, &everything(&f), &Query::new().with_sort(SortOrder::Newest));
        let dates: Vec<Date> = o
            .hits
            .iter()
            .map(|h| match h.doc {
                DocRef::Item(i) => f.items[i].updated,
                DocRef::Record(i) => f.records[i].published,
            })
            .collect();
        assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    }

    #[test]
    fn time_limit_sort_puts_on_the_spot_services_first_and_records_last() {
        let f = feed();
        let o = apply(&f, &everything(&f), &Query::new().with_sort(SortOrder::TimeLimit));
        let first = match o.hits[0].doc {
            DocRef::Item(i) => &f.items[i],
            DocRef::Record(_) => panic!("an item should come first"),
        };
        assert_eq!(first.time_limit.promised_days, 0);
        let kinds: Vec<bool> = o.hits.iter().map(|h| matches!(h.doc, DocRef::Item(_))).collect();
        let first_record = kinds.iter().position(|k| !k).unwrap();
        assert!(kinds[first_record..].iter().all(|k| !k), "no item after the first record");
    }

    #[test]
    fn relevance_keeps_the_engine_order() {
        let f = feed();
        let mut results = everything(&f);
        results.hits.reverse();
        let o = apply(&f, &results, &Query::new().with_sort(SortOrder::Relevance));
        assert_eq!(o.hits, results.hits);
    }

    #[test]
    fn pages_hold_twenty_and_a_page_past_the_end_shows_the_last_one() {
        let mut f = feed();
        let template = f.records[0].clone();
        for n in 0..45 {
            let mut r = template.clone();
            r.id = format!("extra-{n}");
            f.records.push(r);
        }
        let all = everything(&f);
        let total = f.items.len() + f.records.len();
        let p2 = apply(&f, &all, &Query::new().with_page(2));
        assert_eq!(p2.hits.len(), PAGE_SIZE);
        assert_eq!((p2.page.number, p2.page.first, p2.page.last), (2, 21, 40));
        let past = apply(&f, &all, &Query::new().with_page(999));
        assert_eq!(past.page.number, total.div_ceil(PAGE_SIZE));
        assert_eq!(past.page.last, total);
        assert_eq!(past.hits.len(), total - (past.page.number - 1) * PAGE_SIZE);
    }

    #[test]
    fn hits_pointing_outside_the_feed_are_skipped() {
        let f = feed();
        let mut results = everything(&f);
        results.hits.push(Hit { doc: DocRef::Record(9999), score: 1, highlights: vec![] });
        results.hits.push(Hit { doc: DocRef::Item(9999), score: 1, highlights: vec![] });
        assert_eq!(apply(&f, &results, &Query::new()).total, f.items.len() + f.records.len());
    }

    #[test]
    fn no_results_gives_an_empty_first_page_not_a_panic() {
        let f = feed();
        let o = apply(&f, &SearchResults::default(), &Query::new().with_page(3));
        assert_eq!(o.total, 0);
        assert_eq!(o.page, PageInfo { number: 1, count: 1, first: 0, last: 0 });
    }

    #[test]
    fn chips_name_the_facet_and_the_value_in_chinese() {
        let f = feed();
        let labels: Vec<String> = chips(&f, &q("hall=minzheng&year=2026&kind=行政给付&village=nowhere"))
            .iter()
            .map(Chip::label)
            .collect();
        assert_eq!(labels, ["类别：行政给付", "办理大厅：民政服务大厅", "村（社区）：nowhere", "发布年份：2026 年"]);
    }

    #[test]
    fn short_page_bars_show_every_page() {
        assert_eq!(page_links(2, 3), vec![PageLink::Page(1), PageLink::Page(2), PageLink::Page(3)]);
        assert_eq!(page_links(1, 1), vec![PageLink::Page(1)]);
    }

    #[test]
    fn long_page_bars_keep_first_last_and_neighbours_with_gaps() {
        use PageLink::{Gap, Page};
        assert_eq!(page_links(10, 20), vec![Page(1), Gap, Page(9), Page(10), Page(11), Gap, Page(20)]);
        assert_eq!(page_links(1, 20), vec![Page(1), Page(2), Page(3), Page(4), Gap, Page(20)]);
        assert_eq!(page_links(20, 20), vec![Page(1), Gap, Page(17), Page(18), Page(19), Page(20)]);
        assert_eq!(page_links(99, 20).last(), Some(&Page(20)));
    }

    #[test]
    fn highlights_split_text_into_marked_and_plain_runs() {
        let text = "最低生活保障审核确认";
        // 保障 is bytes 12..18; 审核 is 18..24 — adjacent ranges merge into one mark.
        assert_eq!(highlight_segments(text, &[(18, 24), (12, 18)]), vec![("最低生活", false), ("保障审核", true), ("确认", false)]);
        assert_eq!(highlight_segments(text, &[]), vec![(text, false)]);
    }

    #[test]
    fn broken_highlight_ranges_never_lose_or_repeat_text() {
        let text = "临时救助";
        for ranges in [vec![(1, 4)], vec![(0, 100)], vec![(6, 3)], vec![(0, 6), (3, 9)], vec![(0, 12)]] {
            let joined: String = highlight_segments(text, &ranges).iter().map(|(s, _)| *s).collect();
            assert_eq!(joined, text, "ranges {ranges:?}");
        }
        assert_eq!(highlight_segments(text, &[(0, 6), (3, 9)]), vec![("临时救", true), ("助", false)]);
        assert!(highlight_segments("", &[(0, 0)]).is_empty());
    }

    #[test]
    fn url_encoding_leaves_only_unreserved_characters() {
        assert_eq!(encode_component("a-b_c.d~e"), "a-b_c.d~e");
        assert_eq!(encode_component("低 &=,#%"), "%E4%BD%8E%20%26%3D%2C%23%25");
    }
}
