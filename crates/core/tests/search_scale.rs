//! The engine on a generated feed big enough for its block filters and early stopping to engage:
//! the results must still be exactly those of a plain scan, and a limited search must still give
//! the top of the full ranking.

use gongkai_core::generate::{generate, GenerateOptions};
use gongkai_core::search::{normalize, DocRef, Engine, SearchDoc, SearchOptions};

fn plain_scan(docs: &[(DocRef, Vec<String>)], q: &str) -> Vec<DocRef> {
    let terms: Vec<String> = q.split_whitespace().map(normalize).filter(|t| !t.is_empty()).collect();
    let mut v: Vec<DocRef> = docs
        .iter()
        .filter(|(_, parts)| {
            terms.iter().all(|t| {
                let word = t.as_bytes()[0].is_ascii_alphanumeric();
                parts.iter().any(|p| p.match_indices(t.as_str()).any(|(i, _)| !word || i == 0 || !p.as_bytes()[i - 1].is_ascii_alphanumeric()))
            })
        })
        .map(|(r, _)| *r)
        .collect();
    v.sort();
    v
}

#[test]
fn filtered_and_early_stopped_search_equals_a_plain_scan_on_four_thousand_records() {
    let feed = generate(&GenerateOptions { records: 4000, items: 200, seed: 7 });
    let engine = Engine::new(&feed);
    assert!(engine.stats().body_bytes > 1 << 20, "the body column must be big enough to be filtered");
    let docs: Vec<(DocRef, Vec<String>)> = feed
        .items
        .iter()
        .enumerate()
        .map(|(i, it)| (DocRef::Item(i), SearchDoc::from_item(it)))
        .chain(feed.records.iter().enumerate().map(|(i, r)| (DocRef::Record(i), SearchDoc::from_record(r))))
        .map(|(r, d)| {
            let mut parts = vec![d.title, d.code, d.summary];
            parts.extend(d.doc_number);
            parts.extend(d.keywords);
            parts.extend(d.text);
            (r, parts.iter().map(|p| normalize(p)).collect())
        })
        .collect();
    let literal = SearchOptions { synonyms: false, pinyin: false, ..SearchOptions::default() };
    for q in ["宅基地", "扶贫资金", "低保 2024", "建房 审批", "监督电话", "火星", "2025", "649", "清溪镇", "村 公示 2023", "国务院令第711号"] {
        let full = engine.search_with(q, &literal);
        let mut got: Vec<DocRef> = full.hits.iter().map(|h| h.doc).collect();
        got.sort();
        assert_eq!(got, plain_scan(&docs, q), "query {q}");
        for limit in [1, 10, 50] {
            let some = engine.search_with(q, &SearchOptions { limit: Some(limit), ..literal });
            assert_eq!(some.hits, full.hits[..limit.min(full.hits.len())], "query {q} limit {limit}");
        }
        assert_eq!(engine.exists(q, &literal), !full.hits.is_empty(), "query {q}");
    }
}
