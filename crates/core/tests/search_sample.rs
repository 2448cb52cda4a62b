//! The engine on the bundled sample township (public/data/feed.json): the service item a
//! resident means comes first for the words residents use.

use gongkai_core::search::{Engine, SearchOptions};
use gongkai_core::Feed;

fn sample() -> Feed {
    serde_json::from_str(include_str!("../../../public/data/feed.json")).expect("the sample feed parses")
}

#[test]
fn colloquial_words_put_the_right_service_item_first() {
    let feed = sample();
    let engine = Engine::new(&feed);
    for (q, want) in [
        ("低保", "mz-dibao"),
        ("盖房", "gt-zhaijidi"),
        ("宅基地审批", "gt-zhaijidi"),
        ("五保", "mz-tekun"),
        ("新农合", "sb-yibao-canbao"),
        ("残疾人证", "mz-canjizheng"),
        ("粮补", "hn-gengdi-butie"),
        ("临时救助", "mz-linshi-jiuzhu"),
        ("法律援助", "zz-falv-yuanzhu"),
        ("清政发[2019]8号", "jianfang-banfa-2019"),
        ("11430799MB1C2458XQ040301000001", "mz-dibao"),
    ] {
        let r = engine.search(q);
        let top = r.hits.first().and_then(|h| engine.id(h.doc));
        assert_eq!(top, Some(want), "query {q}");
    }
}

#[test]
fn a_limited_search_over_the_sample_is_the_top_of_the_full_one() {
    let feed = sample();
    let engine = Engine::new(&feed);
    for q in ["公示", "补贴", "2026", "石桥村", "村 财务"] {
        let all = engine.search(q);
        assert!(!all.hits.is_empty(), "query {q}");
        let some = engine.search_with(q, &SearchOptions { limit: Some(5), ..SearchOptions::default() });
        assert_eq!(some.hits, all.hits[..5.min(all.hits.len())], "query {q}");
    }
}
