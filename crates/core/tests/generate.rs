//! Tests of the large-feed generator: determinism, streaming = in-memory, validity of what it
//! makes, and the search vocabulary that benchmarks rely on.

use std::collections::HashSet;

use gongkai_core::generate::{generate, write_feed, GenerateOptions};
use gongkai_core::model::*;
use gongkai_core::types::{Date, Yuan};
use gongkai_core::Feed;

fn bytes(opts: &GenerateOptions) -> Vec<u8> {
    let mut out = Vec::new();
    write_feed(opts, &mut out).expect("writing to a Vec cannot fail");
    out
}

fn opts(records: usize, seed: u64) -> GenerateOptions {
    GenerateOptions { records, items: 200, seed }
}

#[test]
fn the_same_seed_gives_identical_bytes() {
    assert_eq!(bytes(&opts(300, 42)), bytes(&opts(300, 42)));
}

#[test]
fn a_different_seed_gives_a_different_feed() {
    assert_ne!(bytes(&opts(300, 42)), bytes(&opts(300, 43)));
}

#[test]
fn streaming_writes_exactly_what_serialising_the_whole_feed_writes() {
    let o = GenerateOptions { records: 257, items: 37, seed: 9 };
    let whole = serde_json::to_vec(&generate(&o)).unwrap();
    assert_eq!(bytes(&o), whole);
}

#[test]
fn the_output_parses_as_a_feed_with_the_requested_counts() {
    let o = GenerateOptions { records: 500, items: 120, seed: 3 };
    let feed: Feed = serde_json::from_slice(&bytes(&o)).expect("generated JSON must parse as a Feed");
    assert_eq!(feed.format, FORMAT_V1);
    assert_eq!(feed.records.len(), 500);
    assert_eq!(feed.items.len(), 120);
    assert_eq!(feed.halls.len(), 7);
    assert_eq!(feed.villages.len(), 21);
    assert_eq!(feed, generate(&o), "parsing the streamed bytes gives back the in-memory feed");
}

#[test]
fn empty_and_tiny_feeds_are_still_well_formed() {
    for (records, items) in [(0, 0), (1, 0), (0, 1), (11, 3)] {
        let o = GenerateOptions { records, items, seed: 1 };
        let feed: Feed = serde_json::from_slice(&bytes(&o)).unwrap();
        assert_eq!((feed.records.len(), feed.items.len()), (records, items));
        check_feed(&feed);
    }
}

#[test]
fn a_thousand_records_have_unique_ids_index_numbers_and_item_codes() {
    let feed = generate(&GenerateOptions { records: 1000, items: 200, seed: 5 });
    let ids: HashSet<_> = feed.records.iter().map(|r| &r.id).collect();
    assert_eq!(ids.len(), 1000);
    let index: HashSet<_> = feed.records.iter().map(|r| &r.index_no).collect();
    assert_eq!(index.len(), 1000);
    let item_ids: HashSet<_> = feed.items.iter().map(|i| &i.id).collect();
    assert_eq!(item_ids.len(), 200);
    let codes: HashSet<_> = feed.items.iter().map(|i| &i.code).collect();
    assert_eq!(codes.len(), 200);
    let doc_numbers: Vec<_> = feed.records.iter().filter_map(|r| r.doc_number.as_ref()).collect();
    assert_eq!(doc_numbers.iter().collect::<HashSet<_>>().len(), doc_numbers.len(), "文号 repeat");
}

#[test]
fn a_thousand_records_satisfy_the_cross_field_rules() {
    let feed = generate(&GenerateOptions { records: 1000, items: 200, seed: 11 });
    check_feed(&feed);
}

#[test]
fn titles_and_bodies_have_realistic_lengths() {
    let feed = generate(&GenerateOptions { records: 2000, items: 10, seed: 2 });
    for r in &feed.records {
        let t = r.title.chars().count();
        assert!((12..=40).contains(&t), "title of {} has {t} chars: {}", r.id, r.title);
        let b: usize = r.body.iter().map(|p| p.chars().count()).sum();
        assert!((80..=300).contains(&b), "body of {} has {b} chars", r.id);
        assert!(r.body.iter().all(|p| !p.is_empty()));
    }
}

#[test]
fn search_benchmark_words_occur_in_titles() {
    let feed = generate(&GenerateOptions { records: 1000, items: 200, seed: 1 });
    for word in ["扶贫资金", "低保", "宅基地", "建房", "耕地地力保护补贴", "招标公告", "财务收支", "高龄津贴"] {
        let n = feed.records.iter().filter(|r| r.title.contains(word)).count();
        assert!(n >= 3, "only {n} titles contain {word}");
    }
    // …and not in every title, so a search actually narrows.
    assert!(feed.records.iter().filter(|r| r.title.contains("低保")).count() < 200);
}

#[test]
fn records_are_spread_over_the_years_and_kinds() {
    let feed = generate(&GenerateOptions { records: 2000, items: 200, seed: 8 });
    let years: HashSet<u16> = feed.records.iter().map(|r| r.published.year).collect();
    assert_eq!(years, (2016..=2026).collect());
    let kinds: HashSet<RecordKind> = feed.records.iter().map(|r| r.kind).collect();
    assert!(kinds.len() >= 10, "only {} kinds", kinds.len());
    let with_tables = feed.records.iter().filter(|r| !r.tables.is_empty()).count();
    assert!(with_tables > 400 && with_tables < 1600, "{with_tables} records with tables");
    let halls: HashSet<&str> = feed.items.iter().map(|i| i.hall.as_str()).collect();
    assert_eq!(halls.len(), 7, "items cover every hall");
    assert!(feed.records.iter().any(|r| matches!(r.validity, Some(Validity { status: ValidityStatus::Amended, .. }))));
    assert!(feed.records.iter().any(|r| matches!(r.validity, Some(Validity { status: ValidityStatus::Repealed, .. }))));
}

/// The rules a valid feed must keep that the generator is responsible for.
fn check_feed(feed: &Feed) {
    let today = feed.generated_at.date;
    let first = Date::new(2015, 1, 1).unwrap();
    let topics: HashSet<&str> = feed.topics.iter().map(|t| t.id.as_str()).collect();
    let halls: HashSet<&str> = feed.halls.iter().map(|h| h.id.as_str()).collect();
    let villages: HashSet<&str> = feed.villages.iter().map(|v| v.id.as_str()).collect();
    let items: HashSet<&str> = feed.items.iter().map(|i| i.id.as_str()).collect();
    for e in &feed.life_events {
        assert!(!e.items.is_empty());
        assert!(e.items.iter().all(|i| items.contains(i.as_str())), "life event {} points nowhere", e.id);
    }
    for i in &feed.items {
        assert!(halls.contains(i.hall.as_str()) && topics.contains(i.topic.as_str()), "{}", i.id);
        assert!(i.time_limit.promised_days <= i.time_limit.legal_days, "{}", i.id);
        let counted: u32 = i.procedure.steps.iter().filter(|s| s.counts_toward_limit).map(|s| s.work_days).sum();
        assert!(counted <= i.time_limit.legal_days, "{}: steps take {counted} days", i.id);
        assert!(!i.basis.is_empty() && !i.procedure.steps.is_empty() && !i.conditions.materials.is_empty());
        assert_eq!(i.procedure.visits == 0, i.procedure.online == OnlineLevel::FullyOnline, "{}", i.id);
        assert_eq!(i.subject.nature == BodyNature::Entrusted, i.subject.entrusted_by.is_some());
        if i.fee.charged {
            assert!(!i.fee.basis.is_empty() && !i.fee.lines.is_empty());
            for l in &i.fee.lines {
                assert!(i.fee.basis.iter().any(|b| b.title == l.basis));
                assert!(l.amount > Yuan::default());
            }
        }
        assert!(i.updated <= today && i.updated >= first);
    }
    let records: HashSet<&str> = feed.records.iter().map(|r| r.id.as_str()).collect();
    for r in &feed.records {
        assert!(r.published <= today && r.published >= first, "{}", r.id);
        if let Some(w) = r.written {
            assert!(w <= r.published);
        }
        assert!(r.topic.as_deref().is_none_or(|t| topics.contains(t)));
        assert!(r.village.as_deref().is_none_or(|v| villages.contains(v)));
        assert!(r.related_items.iter().all(|i| items.contains(i.as_str())), "{}", r.id);
        assert!(!r.channels.is_empty() && !r.basis.is_empty());
        if let Some(v) = &r.validity {
            match v.status {
                ValidityStatus::Valid => assert!(v.changed.is_none()),
                _ => {
                    let changed = v.changed.expect("a changed document has a date");
                    assert!(changed > r.published && changed <= today);
                }
            }
            if let Some(next) = &v.replaced_by {
                assert_eq!(v.status, ValidityStatus::Amended);
                assert!(records.contains(next.as_str()));
                let succ = feed.record(next).unwrap();
                assert!(succ.published > r.published && Some(succ.published) == v.changed);
            }
        }
        for t in &r.tables {
            for row in &t.rows {
                assert_eq!(row.len(), t.columns.len(), "{}", r.id);
                for (cell, col) in row.iter().zip(&t.columns) {
                    match col.kind {
                        ColumnType::Money => assert!(Yuan::parse(cell).is_ok(), "{cell}"),
                        ColumnType::Integer => assert!(cell.parse::<i64>().is_ok(), "{cell}"),
                        ColumnType::Date => assert!(Date::parse(cell).is_ok(), "{cell}"),
                        ColumnType::Text => {}
                    }
                    if col.mask == Mask::Name {
                        assert!(cell.contains('*') && cell.chars().count() <= 4, "unmasked name {cell}");
                    }
                    assert!(longest_digit_run(cell) < 11, "a phone or ID number in {}: {cell}", r.id);
                }
            }
        }
    }
}

fn longest_digit_run(s: &str) -> usize {
    s.split(|c: char| !c.is_ascii_digit()).map(str::len).max().unwrap_or(0)
}

