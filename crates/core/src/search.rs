//! The search engine shared by the portal and `gongkai search`.
//!
//! The public API below is the contract the portal codes against; the internals are replaced by
//! the real engine (substring matching with normalisation, pinyin, synonyms, ranking, highlights).
//! For now it is a plain case-insensitive substring match over names and titles.

use crate::model::Feed;

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
    /// Any other text (body paragraphs, keywords, materials …).
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
}

/// A search engine over one feed. Build once per feed, query many times.
pub struct Engine {
    docs: Vec<(DocRef, String)>,
}

impl Engine {
    pub fn new(feed: &Feed) -> Engine {
        let items = feed.items.iter().enumerate().map(|(i, it)| (DocRef::Item(i), it.name.to_lowercase()));
        let records = feed.records.iter().enumerate().map(|(i, r)| (DocRef::Record(i), r.title.to_lowercase()));
        Engine { docs: items.chain(records).collect() }
    }

    pub fn search(&self, query: &str) -> SearchResults {
        let q = query.trim().to_lowercase();
        let hits = self
            .docs
            .iter()
            .filter_map(|(doc, title)| {
                let start = if q.is_empty() { None } else { Some(title.find(&q)?) };
                let highlights = start
                    .map(|s| vec![Highlight { field: Field::Title, start: s, end: s + q.len() }])
                    .unwrap_or_default();
                Some(Hit { doc: *doc, score: 1, highlights })
            })
            .collect();
        SearchResults { hits, ..Default::default() }
    }
}
