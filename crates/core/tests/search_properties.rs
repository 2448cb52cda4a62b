//! Properties of the search engine on random feeds and random queries.
//!
//! A plain reference matcher (normalise every field, look for each term at a valid position)
//! decides which documents contain the query; the engine must return exactly those, whatever
//! the text: full-width forms, 〇, brackets, Latin words glued to digits.

mod search_support;

use std::collections::BTreeSet;

use gongkai_core::search::{normalize, DocRef, Engine, SearchDoc, SearchOptions};
use proptest::prelude::*;
use search_support::*;

const ALPHABET: &[char] = &[
    '低', '保', '宅', '基', '地', '建', '房', '资', '金', '扶', '贫', '〇', '零', '年', 'Ａ', 'a', 'B', '1', '2', '３', ' ', '，', '〔',
    '〕', '-', '号',
];

fn text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 0..max).prop_map(|v| v.into_iter().collect())
}

fn arb_feed() -> impl Strategy<Value = gongkai_core::Feed> {
    let it = (text(12), text(30), prop::collection::vec(text(8), 0..3), prop::collection::vec(text(20), 0..3));
    let rec = (text(16), text(8), prop::option::of(text(12)), prop::collection::vec(text(40), 0..3), 0u32..3000);
    (prop::collection::vec(it, 0..6), prop::collection::vec(rec, 0..10)).prop_map(|(items, records)| {
        let items = items
            .into_iter()
            .enumerate()
            .map(|(i, (name, summary, kws, reqs))| {
                let kws: Vec<&str> = kws.iter().map(String::as_str).collect();
                let reqs: Vec<&str> = reqs.iter().map(String::as_str).collect();
                item(&format!("i{i}"), &format!("0001{i:02}"), &name, &summary, &kws, &reqs, &[])
            })
            .collect();
        let records = records
            .into_iter()
            .enumerate()
            .map(|(i, (title, code, num, body, day))| {
                let body: Vec<&str> = body.iter().map(String::as_str).collect();
                let d = gongkai_core::types::Date::from_days_since_epoch(19000 + day as i64).to_string();
                record(&format!("r{i}"), &code, &title, None, &body, &d, num.as_deref())
            })
            .collect();
        feed(items, records)
    })
}

/// Whether `needle` occurs in normalised `hay` at a position the engine accepts (a needle that
/// starts with an ASCII letter or digit must not continue a word).
fn occurs(hay: &str, needle: &str) -> bool {
    let word = needle.as_bytes().first().is_some_and(|b| b.is_ascii_alphanumeric());
    hay.match_indices(needle).any(|(p, _)| !word || p == 0 || !hay.as_bytes()[p - 1].is_ascii_alphanumeric())
}

fn parts(d: &SearchDoc) -> Vec<String> {
    let mut v = vec![d.title.clone(), d.code.clone(), d.summary.clone()];
    v.extend(d.doc_number.clone());
    v.extend(d.keywords.iter().cloned());
    v.extend(d.text.iter().cloned());
    v.into_iter().map(|p| normalize(&p)).collect()
}

fn terms(q: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in q.split(|c: char| c.is_whitespace() || matches!(c, ',' | '，' | '、' | ';' | '；')).map(normalize) {
        if !t.is_empty() && !out.contains(&t) {
            out.push(t);
        }
    }
    out
}

fn doc_refs(feed: &gongkai_core::Feed) -> Vec<(DocRef, SearchDoc)> {
    let items = feed.items.iter().enumerate().map(|(i, it)| (DocRef::Item(i), SearchDoc::from_item(it)));
    let records = feed.records.iter().enumerate().map(|(i, r)| (DocRef::Record(i), SearchDoc::from_record(r)));
    items.chain(records).collect()
}

fn reference(feed: &gongkai_core::Feed, q: &str) -> BTreeSet<DocRef> {
    let ts = terms(q);
    doc_refs(feed)
        .into_iter()
        .filter(|(_, d)| {
            let ps = parts(d);
            ts.iter().all(|t| ps.iter().any(|p| occurs(p, t)))
        })
        .map(|(r, _)| r)
        .collect()
}

/// A query: random text, or a piece of some document's text.
fn arb_query() -> impl Strategy<Value = String> {
    prop_oneof![text(6), (text(6), text(4)).prop_map(|(a, b)| format!("{a} {b}"))]
}

fn literal() -> SearchOptions {
    SearchOptions { synonyms: false, pinyin: false, ..SearchOptions::default() }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn literal_search_returns_exactly_the_documents_that_contain_every_term(f in arb_feed(), q in arb_query()) {
        let e = Engine::new(&f);
        let r = e.search_with(&q, &literal());
        let got: BTreeSet<DocRef> = r.hits.iter().map(|h| h.doc).collect();
        prop_assert_eq!(got.len(), r.hits.len(), "no document twice");
        if terms(&q).is_empty() {
            prop_assert_eq!(r.hits.len(), f.items.len() + f.records.len());
        } else {
            prop_assert_eq!(got, reference(&f, &q));
        }
    }

    #[test]
    fn pieces_of_real_text_are_always_found(f in arb_feed(), pick in any::<prop::sample::Index>(), from in 0usize..40, len in 1usize..8) {
        let docs = doc_refs(&f);
        prop_assume!(!docs.is_empty());
        let (doc, d) = &docs[pick.index(docs.len())];
        let all: Vec<char> = parts(d).join("\n").chars().collect();
        prop_assume!(!all.is_empty());
        let a = from.min(all.len() - 1);
        let q: String = all[a..(a + len).min(all.len())].iter().collect::<String>();
        prop_assume!(!q.contains('\n') && !q.trim().is_empty() && !q.starts_with(' '));
        // A piece that starts mid-word is not a word start: the reference decides.
        let r = Engine::new(&f).search_with(&q, &literal());
        let want = reference(&f, &q);
        let got: BTreeSet<DocRef> = r.hits.iter().map(|h| h.doc).collect();
        prop_assert_eq!(&got, &want);
        let word_start_ok = reference(&f, &q).contains(doc);
        prop_assert_eq!(got.contains(doc), word_start_ok);
    }

    #[test]
    fn every_hit_contains_each_term_or_a_synonym_and_points_into_the_feed(f in arb_feed(), q in arb_query()) {
        let e = Engine::new(&f);
        let r = e.search(&q);
        let docs = doc_refs(&f);
        for h in &r.hits {
            let (_, d) = docs.iter().find(|(r, _)| *r == h.doc).expect("hit is a document of the feed");
            let ps = parts(d);
            for t in terms(&q) {
                let forms: Vec<&str> = std::iter::once(t.as_str()).chain(r.also_searched.iter().map(String::as_str)).collect();
                prop_assert!(forms.iter().any(|form| ps.iter().any(|p| occurs(p, form))), "{:?} lacks {}", d.id, t);
            }
        }
        // Synonyms only add: every literal hit is still there.
        let lit: BTreeSet<DocRef> = e.search_with(&q, &literal()).hits.iter().map(|h| h.doc).collect();
        let all: BTreeSet<DocRef> = r.hits.iter().map(|h| h.doc).collect();
        prop_assert!(lit.is_subset(&all));
    }

    #[test]
    fn highlights_lie_on_char_boundaries_and_cover_a_needle(f in arb_feed(), q in arb_query()) {
        let e = Engine::new(&f);
        let r = e.search(&q);
        for h in &r.hits {
            let d = match h.doc {
                DocRef::Item(i) => SearchDoc::from_item(&f.items[i]),
                DocRef::Record(i) => SearchDoc::from_record(&f.records[i]),
            };
            for hl in &h.highlights {
                let text = match hl.field {
                    gongkai_core::search::Field::Title => d.title.as_str(),
                    gongkai_core::search::Field::Code => d.code.as_str(),
                    gongkai_core::search::Field::DocNumber => d.doc_number.as_deref().unwrap_or(""),
                    gongkai_core::search::Field::Summary => d.summary.as_str(),
                    gongkai_core::search::Field::Text => "",
                };
                prop_assert!(hl.start < hl.end && hl.end <= text.len());
                prop_assert!(text.is_char_boundary(hl.start) && text.is_char_boundary(hl.end));
                let marked = normalize(&text[hl.start..hl.end]);
                prop_assert!(r.needles.iter().any(|n| marked.contains(n.as_str())), "{:?} covers no needle of {:?}", marked, r.needles);
            }
        }
    }

    #[test]
    fn a_limited_search_is_a_prefix_of_the_full_ranking(f in arb_feed(), q in arb_query(), limit in 0usize..12) {
        let e = Engine::new(&f);
        let all = e.search(&q);
        let some = e.search_with(&q, &SearchOptions { limit: Some(limit), ..SearchOptions::default() });
        prop_assert_eq!(&some.hits[..], &all.hits[..limit.min(all.hits.len())]);
    }

    #[test]
    fn an_empty_query_returns_every_document_once_in_a_stable_order(f in arb_feed(), blank in "[ ，。\\t]{0,4}") {
        let e = Engine::new(&f);
        let a = e.search(&blank);
        prop_assert_eq!(a.hits.len(), f.items.len() + f.records.len());
        let set: BTreeSet<DocRef> = a.hits.iter().map(|h| h.doc).collect();
        prop_assert_eq!(set.len(), a.hits.len());
        prop_assert_eq!(&a, &e.search(""));
        // Items first, in feed order; then records, newest first.
        let recs: Vec<usize> = a.hits.iter().filter_map(|h| match h.doc { DocRef::Record(i) => Some(i), _ => None }).collect();
        for w in recs.windows(2) {
            prop_assert!(f.records[w[0]].published >= f.records[w[1]].published);
        }
    }

    #[test]
    fn exists_agrees_with_search(f in arb_feed(), q in arb_query()) {
        let e = Engine::new(&f);
        for opts in [literal(), SearchOptions::default()] {
            prop_assert_eq!(e.exists(&q, &opts), !e.search_with(&q, &opts).hits.is_empty());
        }
    }

    #[test]
    fn normalising_twice_changes_nothing(s in text(40)) {
        let once = normalize(&s);
        prop_assert_eq!(normalize(&once), once.clone());
        prop_assert!(!once.contains('\n'));
    }
}
