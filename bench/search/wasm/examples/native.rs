//! Native timing of the engine on a pack and the committed query set (a quick check while
//! tuning; the recorded numbers come from the browser run in bench/search/run.sh).
//!
//! `cargo run --release --example native -- PACK [PINYIN_PACK] [QUERIES_JSON]`

use std::time::Instant;

use gongkai_core::search::pack::{unpack_docs, unpack_pinyin};
use gongkai_core::search::{DocRef, Engine, SearchOptions};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pack = std::fs::read_to_string(&args[0]).expect("pack");
    let t = Instant::now();
    let docs = unpack_docs(&pack).expect("valid pack");
    let t_unpack = t.elapsed();
    let t = Instant::now();
    let mut engine = Engine::from_docs(docs, &[]);
    let t_build = t.elapsed();
    if let Some(p) = args.get(1) {
        let py = unpack_pinyin(&std::fs::read_to_string(p).expect("pinyin pack")).expect("valid");
        let items = engine.search_with("", &SearchOptions::default()).hits.iter().filter(|h| matches!(h.doc, DocRef::Item(_))).count();
        let report = engine.attach_pinyin_with(|doc, _| {
            let i = match doc {
                DocRef::Item(i) => i,
                DocRef::Record(i) => items + i,
            };
            py.get(i).and_then(Option::as_ref)
        });
        println!("pinyin attached {}", report.attached);
    }
    let stats = engine.stats();
    println!("unpack {:?} build {:?} docs {} body {} MB heap {} MB", t_unpack, t_build, stats.documents, stats.body_bytes >> 20, stats.heap_bytes >> 20);
    let queries: Vec<String> = match args.get(2) {
        Some(q) => {
            let text = std::fs::read_to_string(q).expect("queries");
            text.lines().filter_map(|l| l.split("\"q\": \"").nth(1)).map(|s| s.split('"').next().unwrap_or("").to_string()).collect()
        }
        None => vec!["低保".into(), "宅基地".into(), "火星移民".into()],
    };
    let mut times = Vec::new();
    for q in &queries {
        for (label, limit) in [("50", Some(50)), ("all", None)] {
            let opts = SearchOptions { limit, ..SearchOptions::default() };
            // The minimum of five runs: the machine is shared, and the minimum is the engine's cost.
            let mut n = 0;
            let mut el = std::time::Duration::MAX;
            for _ in 0..5 {
                let t = Instant::now();
                n = engine.search_with(q, &opts).hits.len();
                el = el.min(t.elapsed());
            }
            if label == "50" {
                times.push(el);
            }
            println!("{q:<32} limit {label:<4} {n:>7} hits {:>9.3} ms", el.as_secs_f64() * 1e3);
        }
    }
    times.sort();
    let p = |f: f64| times[((times.len() as f64 - 1.0) * f).round() as usize];
    println!("limit 50: p50 {:?} p95 {:?} max {:?}", p(0.5), p(0.95), times.last());
}
