//! Native timing of the engine on a pack and the committed query set (a quick check while
//! tuning; the recorded numbers come from the browser run in bench/search/run.sh).
//!
//! `cargo run --release --example native -- PACK [PINYIN_PACK] [QUERIES_JSON]`

use std::time::Instant;

use gongkai_core::search::pack::{engine_from_pack, unpack, unpack_pinyin, PackItem};
use gongkai_core::search::{DocRef, SearchOptions};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pack = std::fs::read_to_string(&args[0]).expect("pack");
    let t = Instant::now();
    let items = unpack(&pack).expect("valid pack");
    let t_unpack = t.elapsed();
    let lines: Vec<DocRef> = items
        .iter()
        .filter_map(|i| match i {
            PackItem::Doc(r, _) => Some(*r),
            PackItem::Synonyms(_) => None,
        })
        .collect();
    drop(items);
    let t = Instant::now();
    let mut engine = engine_from_pack(&pack).expect("valid pack");
    let t_build = t.elapsed();
    if let Some(p) = args.get(1) {
        let py = unpack_pinyin(&std::fs::read_to_string(p).expect("pinyin pack")).expect("valid");
        let line_of: std::collections::HashMap<DocRef, usize> = lines.iter().enumerate().map(|(l, r)| (*r, l)).collect();
        let report = engine.attach_pinyin_with(|doc, _| line_of.get(&doc).and_then(|&l| py.get(l)).and_then(Option::as_ref));
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
    if let Ok(q) = std::env::var("LOOP") {
        // For a profiler: one query, many times (an empty LOOP measures loading alone).
        if q.is_empty() {
            return;
        }
        let opts = SearchOptions { limit: Some(50), ..SearchOptions::default() };
        for _ in 0..400 {
            std::hint::black_box(engine.search_with(&q, &opts));
        }
        return;
    }
    if let Ok(qs) = std::env::var("BREAKDOWN") {
        for q in qs.split(',') {
            breakdown(&engine, q);
        }
        return;
    }
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
            let (pass, blocks) = engine.body_candidate_blocks(q);
            println!("{q:<32} limit {label:<4} {n:>7} hits {:>9.3} ms  body blocks {pass}/{blocks}", el.as_secs_f64() * 1e3);
        }
    }
    times.sort();
    let p = |f: f64| times[((times.len() as f64 - 1.0) * f).round() as usize];
    println!("limit 50: p50 {:?} p95 {:?} max {:?}", p(0.5), p(0.95), times.last());
}

#[allow(dead_code)]
fn breakdown(engine: &gongkai_core::search::Engine, q: &str) {
    for (label, opts) in [
        ("default", SearchOptions { limit: Some(50), ..SearchOptions::default() }),
        ("no pinyin", SearchOptions { limit: Some(50), pinyin: false, ..SearchOptions::default() }),
        ("no synonyms", SearchOptions { limit: Some(50), synonyms: false, ..SearchOptions::default() }),
        ("no highlights", SearchOptions { limit: Some(50), highlights: false, ..SearchOptions::default() }),
    ] {
        let mut best = std::time::Duration::MAX;
        let mut n = 0;
        for _ in 0..30 {
            let t = Instant::now();
            n = engine.search_with(q, &opts).hits.len();
            best = best.min(t.elapsed());
        }
        println!("  {q} {label}: {n} hits {:?}", best);
    }
}
