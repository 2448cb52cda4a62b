//! The search engine's behaviour, one query class at a time, on a small hand-made township.
//!
//! Each test names the promise it pins (docs/search.md lists them): substring semantics,
//! AND, width/case/〇 folding, pinyin, synonyms, codes and 文号, ranking, highlights, snippets,
//! suggestions.

mod search_support;

use gongkai_core::search::{snippet, DocRef, Engine, Field, PinyinEntry, PinyinIndex, SearchOptions, SearchResults, PINYIN_FORMAT};
use search_support::*;

fn ids(engine: &Engine, r: &SearchResults) -> Vec<String> {
    r.hits.iter().map(|h| engine.id(h.doc).expect("hit points at a document").to_string()).collect()
}

fn search_ids(engine: &Engine, q: &str) -> Vec<String> {
    ids(engine, &engine.search(q))
}

fn literal_only() -> SearchOptions {
    SearchOptions { synonyms: false, pinyin: false, ..SearchOptions::default() }
}

fn pinyin_sidecar() -> PinyinIndex {
    let entry = |title: &str, keywords: &[&str]| PinyinEntry { title: title.into(), keywords: keywords.iter().map(|s| s.to_string()).collect() };
    let mut p = PinyinIndex { format: PINYIN_FORMAT.into(), feed_version: 1, items: Default::default(), records: Default::default() };
    p.items.insert("dibao".into(), entry("zui di sheng huo bao zhang shen he que ren", &["di bao", "chi di bao"]));
    p.items.insert("jianfang".into(), entry("nong cun cun min zhu zhai yong di ji jian fang shen pi", &["gai fang", "zhai ji di"]));
    p.items.insert("canji".into(), entry("can ji ren liang xiang bu tie shen ling", &["can ji bu tie"]));
    p.items.insert("linshi".into(), entry("lin shi jiu zhu", &[]));
    p.records.insert("r-2024-dibao-q3".into(), entry("_ _ _ _ nian di san ji du di bao dui xiang ming dan gong shi", &[]));
    // Stale: the title has more chars than tokens.
    p.records.insert("r-2025-dibao-q1".into(), entry("di bao", &[]));
    p
}

#[test]
fn a_substring_inside_a_word_finds_every_document_that_contains_it() {
    let f = township();
    let e = Engine::new(&f);
    let got = ids(&e, &e.search_with("建房", &literal_only()));
    // Item title, item material, and a record body ("建房许可").
    for want in ["jianfang", "r-zhaijidi"] {
        assert!(got.contains(&want.to_string()), "{want} missing from {got:?}");
    }
    assert_eq!(got.len(), 2, "{got:?}");
    let got = ids(&e, &e.search_with("宅基地", &literal_only()));
    assert_eq!(got, vec!["jianfang", "r-zhaijidi"]);
}

#[test]
fn several_terms_must_all_match_somewhere_in_the_document() {
    let f = township();
    let e = Engine::new(&f);
    assert_eq!(search_ids(&e, "低保 2025"), vec!["r-2025-dibao-q1"]);
    assert_eq!(search_ids(&e, "危房 扶贫资金"), vec!["r-weifang"]);
    assert!(search_ids(&e, "低保 火星").is_empty());
}

#[test]
fn full_width_half_width_case_and_ideographic_zero_are_the_same_text() {
    let f = township();
    let e = Engine::new(&f);
    assert_eq!(search_ids(&e, "ＰＤＦ"), vec!["r-policy"]);
    assert_eq!(search_ids(&e, "pdf"), vec!["r-policy"]);
    assert_eq!(search_ids(&e, "二零二五年六月"), vec!["r-zhaijidi"]);
    assert_eq!(search_ids(&e, "二〇二五年六月"), vec!["r-zhaijidi"]);
}

#[test]
fn numbers_match_from_a_word_start_only() {
    let f = township();
    let e = Engine::new(&f);
    // "12" starts a word in "新增低保对象12户" and in "〔2025〕12号", but not inside "2025" or "0012".
    let got = search_ids(&e, "12");
    assert_eq!(got, vec!["r-weifang", "r-2024-dibao-q3"]);
    assert!(search_ids(&e, "025").is_empty(), "a number never matches from the middle of another");
}

#[test]
fn codes_and_index_numbers_rank_their_document_first() {
    let f = township();
    let e = Engine::new(&f);
    assert_eq!(search_ids(&e, "000115001000")[0], "dibao");
    assert_eq!(search_ids(&e, "QXZ-2025-00015"), vec!["r-weifang"]);
    assert_eq!(search_ids(&e, "qxz 2025 00015"), vec!["r-weifang"]);
    assert_eq!(search_ids(&e, "2025-00015"), vec!["r-weifang"]);
}

#[test]
fn doc_numbers_match_whatever_brackets_were_typed() {
    let f = township();
    let e = Engine::new(&f);
    for q in ["清政发〔2025〕12号", "清政发[2025]12号", "清政发（2025）12号", "清政发2025 12号"] {
        assert_eq!(search_ids(&e, q), vec!["r-weifang"], "query {q}");
    }
    // A 文号 cited in body text is found too.
    assert_eq!(search_ids(&e, "国发〔2014〕8号"), vec!["r-policy"]);
}

#[test]
fn exact_title_comes_first_then_titles_then_bodies() {
    let f = township();
    let e = Engine::new(&f);
    let got = search_ids(&e, "临时救助");
    assert_eq!(got[0], "linshi", "exact title first: {got:?}");
    // Every record's category (公开事项) says 临时救助: body matches follow, newest first.
    assert_eq!(got, vec!["linshi", "r-zhaijidi", "r-weifang", "r-2025-dibao-q1", "r-2024-dibao-q3", "r-policy"]);
    let got = search_ids(&e, "危房改造");
    assert_eq!(got, vec!["r-weifang"]);
    let got = ids(&e, &e.search_with("扶贫资金", &literal_only()));
    assert_eq!(got, vec!["r-weifang"]);
}

#[test]
fn equal_matches_rank_newer_records_first_and_ties_are_stable() {
    let f = township();
    let e = Engine::new(&f);
    let got = ids(&e, &e.search_with("对象名单公示", &literal_only()));
    assert_eq!(got, vec!["r-2025-dibao-q1", "r-2024-dibao-q3"]);
    let a = e.search("公示");
    let b = e.search("公示");
    assert_eq!(a, b, "same query, same answer");
}

#[test]
fn colloquial_words_find_the_official_ones_and_say_so() {
    let f = township();
    let e = Engine::new(&f);
    let r = e.search("低保");
    assert_eq!(ids(&e, &r)[0], "dibao", "the service item first: {:?}", ids(&e, &r));
    assert_eq!(r.also_searched, vec!["最低生活保障"]);
    let r = e.search("盖房");
    assert_eq!(ids(&e, &r)[0], "jianfang");
    assert!(r.also_searched.contains(&"建房".to_string()), "{:?}", r.also_searched);
    // Without synonyms, 盖房 only finds the item whose keywords say it.
    assert_eq!(ids(&e, &e.search_with("盖房", &literal_only())), vec!["jianfang"]);
}

#[test]
fn feed_synonyms_apply_alongside_the_defaults() {
    let mut f = township();
    f.synonyms = vec![vec!["残补".into(), "残疾人两项补贴".into()]];
    let e = Engine::new(&f);
    let r = e.search("残补");
    assert_eq!(ids(&e, &r), vec!["canji"]);
    assert_eq!(r.also_searched, vec!["残疾人两项补贴"]);
}

#[test]
fn pinyin_full_initials_and_prefixes_find_the_title() {
    let f = township();
    let (e, report) = Engine::with_pinyin(&f, &pinyin_sidecar());
    assert_eq!(report.attached, 5);
    assert_eq!(report.stale, 1, "the entry with a wrong token count is left out");
    for q in ["dibao", "db", "zuidishenghuobaozhang", "zuidi", "zdshbz", "DiBao"] {
        let got = search_ids(&e, q);
        assert_eq!(got.first().map(String::as_str), Some("dibao"), "query {q}: {got:?}");
    }
    // Pinyin must start at a syllable: "ibao" is not a reading of anything here.
    assert!(search_ids(&e, "ibao").is_empty());
    assert_eq!(search_ids(&e, "linshijiuzhu")[0], "linshi");
    assert_eq!(search_ids(&e, "gaifang")[0], "jianfang");
}

#[test]
fn pinyin_also_searches_the_words_it_reads_as() {
    let f = township();
    let (e, _) = Engine::with_pinyin(&f, &pinyin_sidecar());
    let r = e.search("dibao");
    assert!(r.also_searched.contains(&"低保".to_string()), "{:?}", r.also_searched);
    // r-2025-dibao-q1 has a stale pinyin entry, but its title contains 低保.
    assert!(ids(&e, &r).contains(&"r-2025-dibao-q1".to_string()));
}

#[test]
fn pinyin_is_off_without_a_sidecar_and_when_disabled() {
    let f = township();
    let e = Engine::new(&f);
    assert!(search_ids(&e, "dibao").is_empty());
    let (e, _) = Engine::with_pinyin(&f, &pinyin_sidecar());
    assert!(ids(&e, &e.search_with("dibao", &literal_only())).is_empty());
}

#[test]
fn highlights_are_byte_ranges_of_the_original_text_on_char_boundaries() {
    let f = township();
    let e = Engine::new(&f);
    let r = e.search("清政发[2025]12号");
    let hit = &r.hits[0];
    let rec = &f.records[2];
    let dn = hit.highlights.iter().find(|h| h.field == Field::DocNumber).expect("文号 highlighted");
    let text = rec.doc_number.as_deref().unwrap();
    assert!(text.is_char_boundary(dn.start) && text.is_char_boundary(dn.end));
    assert_eq!(&text[dn.start..dn.end], "清政发〔2025〕12号");

    let r = e.search("ｐｄｆ");
    let h = r.hits[0].highlights.iter().find(|h| h.field == Field::Summary).expect("summary highlighted");
    let summary = f.records[4].summary.as_deref().unwrap();
    assert_eq!(&summary[h.start..h.end], "PDF");
}

#[test]
fn title_highlights_cover_synonym_and_pinyin_matches() {
    let f = township();
    let (e, _) = Engine::with_pinyin(&f, &pinyin_sidecar());
    let r = e.search("db");
    let hit = r.hits.iter().find(|h| h.doc == DocRef::Record(0)).expect("2024 list found by initials");
    let title = &f.records[0].title;
    let marked: Vec<&str> = hit.highlights.iter().filter(|h| h.field == Field::Title).map(|h| &title[h.start..h.end]).collect();
    assert!(marked.contains(&"低保"), "{marked:?}");
    let r = e.search("低保");
    let item = &r.hits[0];
    let name = &f.items[0].name;
    let marked: Vec<&str> = item.highlights.iter().filter(|h| h.field == Field::Title).map(|h| &name[h.start..h.end]).collect();
    assert_eq!(marked, vec!["最低生活保障"]);
}

#[test]
fn snippets_show_the_first_body_match_with_its_range() {
    let f = township();
    let e = Engine::new(&f);
    let r = e.search("宅基地");
    let s = snippet(&f, DocRef::Record(3), &r.needles, 60).expect("body match");
    let (a, b) = s.highlights[0];
    assert_eq!(&s.text[a..b], "宅基地");
    assert!(s.text.contains("本季度审批农村宅基地3宗"));
    assert!(snippet(&f, DocRef::Record(0), &r.needles, 60).is_none());
}

#[test]
fn nothing_found_suggests_a_shorter_query_and_near_titles() {
    let f = township();
    let e = Engine::new(&f);
    let r = e.search("宅基第");
    assert!(r.hits.is_empty());
    assert!(r.suggestions.contains(&"宅基".to_string()), "{:?}", r.suggestions);
    let r = e.search("低保 火星");
    assert!(r.suggestions.contains(&"低保".to_string()), "{:?}", r.suggestions);
    let r = e.search("残疾人两项补助");
    assert!(r.suggestions.contains(&"残疾人两项补贴申领".to_string()), "{:?}", r.suggestions);
    let r = e.search("最低保障");
    assert!(r.suggestions.contains(&"最低生活保障".to_string()), "{:?}", r.suggestions);
}

#[test]
fn an_empty_query_returns_everything_items_first_then_newest_records() {
    let f = township();
    let e = Engine::new(&f);
    for q in ["", "   ", "，。！"] {
        let got = search_ids(&e, q);
        assert_eq!(
            got,
            vec!["dibao", "jianfang", "canji", "linshi", "r-zhaijidi", "r-weifang", "r-2025-dibao-q1", "r-2024-dibao-q3", "r-policy"],
            "query {q:?}"
        );
    }
}

#[test]
fn a_limit_returns_the_same_top_hits_as_an_unlimited_search() {
    let f = township();
    let e = Engine::new(&f);
    for q in ["低保", "公示", "临时救助", "资金", "2025", "村"] {
        let all = e.search(q);
        for limit in 0..=all.hits.len() + 1 {
            let some = e.search_with(q, &SearchOptions { limit: Some(limit), ..SearchOptions::default() });
            let want = &all.hits[..limit.min(all.hits.len())];
            assert_eq!(some.hits, want, "query {q} limit {limit}");
            if limit < all.hits.len() {
                assert!(some.truncated, "query {q} limit {limit}");
            }
        }
        assert!(!all.truncated);
    }
}

#[test]
fn too_many_terms_are_reported_not_silently_dropped() {
    let f = township();
    let e = Engine::new(&f);
    let r = e.search("一 二 三 四 五 六 七 八 九 十");
    assert_eq!(r.ignored_terms, vec!["九", "十"]);
}
