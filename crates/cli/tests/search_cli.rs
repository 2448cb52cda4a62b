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

/// The ids `gongkai search --format json [flags] FEED QUERY` prints, in rank order, and its stderr.
fn run(feed: &std::path::Path, flags: &[&str], query: &str) -> (Vec<String>, String) {
    let mut args = vec!["search", "--format", "json"];
    args.extend(flags);
    args.extend([feed.to_str().expect("utf-8 path"), query]);
    let o = gongkai(&args);
    assert_eq!(o.status.code(), Some(0), "{}{}", text(&o.stdout), text(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON output");
    let ids = v.as_array().expect("an array").iter().map(|h| h["id"].as_str().expect("id").to_string()).collect();
    (ids, text(&o.stderr))
}

/// The ids for `query` on the published sample, with the published sidecar named explicitly or
/// pinyin turned off.
fn ids(query: &str, pinyin: bool) -> Vec<String> {
    let side = public("search-pinyin.json");
    let flags: Vec<&str> = if pinyin { vec!["--pinyin", side.to_str().expect("utf-8 path")] } else { vec!["--no-pinyin"] };
    run(&public("feed.json"), &flags, query).0
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

#[test]
fn the_sidecar_beside_the_feed_is_used_without_being_named() {
    let (found, _) = run(&public("feed.json"), &[], "dibao");
    assert_eq!(found.first().map(String::as_str), Some("mz-dibao"), "{found:?}");

    // A broken file beside the feed: said on stderr, and the search still runs without pinyin.
    let dir = std::env::temp_dir().join(format!("gongkai-beside-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::copy(public("feed.json"), dir.join("feed.json")).expect("copy feed");
    std::fs::write(dir.join("search-pinyin.json"), "{ not json").expect("write");
    let (found, err) = run(&dir.join("feed.json"), &[], "低保");
    let (none, _) = run(&dir.join("feed.json"), &[], "dibao");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(found.first().map(String::as_str), Some("mz-dibao"), "{found:?}");
    assert!(err.contains("拼音文件") && err.contains("不使用拼音"), "{err}");
    assert!(none.is_empty(), "{none:?}");
}

#[test]
fn validate_points_out_a_pinyin_sidecar_older_than_the_feed() {
    let dir = std::env::temp_dir().join(format!("gongkai-stale-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let feed_path = dir.join("feed.json");
    std::fs::copy(public("search-pinyin.json"), dir.join("search-pinyin.json")).expect("copy sidecar");
    let feed = std::fs::read_to_string(public("feed.json")).expect("feed");
    let validate = |body: &str| {
        std::fs::write(&feed_path, body).expect("write feed");
        let o = gongkai(&["validate", "--today", "2026-11-22", feed_path.to_str().unwrap()]);
        (o.status.code(), text(&o.stdout))
    };
    // As published: no note.
    let (code, out) = validate(&feed);
    assert_eq!(code, Some(0), "{out}");
    assert!(!out.contains("拼音"), "{out}");
    // A title edited and the version bumped, the sidecar left as it was.
    let mut v: serde_json::Value = serde_json::from_str(&feed).unwrap();
    let version = v["version"].as_u64().unwrap();
    v["version"] = (version + 1).into();
    let item = v["items"].as_array_mut().unwrap().iter_mut().find(|i| i["id"] == "mz-dibao").unwrap();
    item["name"] = "最低生活保障审核确认（含低保边缘家庭）".into();
    let (code, out) = validate(&serde_json::to_string_pretty(&v).unwrap());
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, Some(0), "pinyin never fails validation: {out}");
    assert!(out.contains(&format!("第 {version} 版数据生成")) && out.contains(&format!("第 {} 版", version + 1)), "{out}");
    assert!(out.contains("1 条标题或检索词改过") && out.contains("gongkai index"), "{out}");
}
