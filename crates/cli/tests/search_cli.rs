//! `gongkai index` and `gongkai search` as staff run them on the bundled sample township: the
//! published pinyin sidecar (`public/data/search-pinyin.json`) is exactly what `gongkai index`
//! makes of the published feed, and pinyin queries find what residents mean with it.

use std::path::PathBuf;
use std::process::{Command, Output};

fn public(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/data").join(name)
}

fn gongkai(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gongkai")).args(args).output().expect("the binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The ids of `gongkai search --format json` in rank order.
fn ids(query: &str, pinyin: bool) -> Vec<String> {
    let feed = public("feed.json");
    let side = public("search-pinyin.json");
    let mut args = vec!["search", "--format", "json"];
    if pinyin {
        args.extend(["--pinyin", side.to_str().expect("utf-8 path")]);
    }
    args.extend([feed.to_str().expect("utf-8 path"), query]);
    let o = gongkai(&args);
    assert_eq!(o.status.code(), Some(0), "{}{}", text(&o.stdout), text(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON output");
    v.as_array().expect("an array").iter().map(|h| h["id"].as_str().expect("id").to_string()).collect()
}

#[test]
fn the_published_pinyin_sidecar_matches_the_published_feed() {
    let out = std::env::temp_dir().join(format!("gongkai-pinyin-{}.json", std::process::id()));
    let feed = public("feed.json");
    let o = gongkai(&["index", feed.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let fresh = std::fs::read_to_string(&out).expect("written");
    let _ = std::fs::remove_file(&out);
    let committed = std::fs::read_to_string(public("search-pinyin.json")).expect("committed sidecar");
    assert!(
        fresh == committed,
        "public/data/search-pinyin.json is out of date with public/data/feed.json; run:\n  \
         gongkai index public/data/feed.json -o public/data/search-pinyin.json"
    );
}

#[test]
fn pinyin_and_initials_find_the_minimum_living_allowance_with_the_sidecar() {
    for q in ["dibao", "zuidishenghuobaozhang", "zdshbz"] {
        let found = ids(q, true);
        assert_eq!(found.first().map(String::as_str), Some("mz-dibao"), "{q}: {found:?}");
    }
    // `db` is initials of many titles (低保, 打包 …); the item must be among the first few.
    assert!(ids("db", true).iter().take(5).any(|i| i == "mz-dibao"), "{:?}", ids("db", true));
    // Without the sidecar pinyin finds nothing: the sidecar really is what does it.
    assert!(ids("dibao", false).is_empty());
}
