//! `gongkai index --views DIR`: the page views of a feed, written as a whole directory that
//! replaces the old one, never a mix of two publishes, and a clear error when it cannot be written.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn sample() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/data/feed.json")
}

fn gongkai(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gongkai")).args(args).output().expect("the binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gongkai-views-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for sub in ["", "item", "record"] {
        for e in std::fs::read_dir(dir.join(sub)).expect("listable") {
            let e = e.unwrap();
            if e.file_type().unwrap().is_file() {
                out.push(format!("{sub}/{}", e.file_name().to_string_lossy()).trim_start_matches('/').to_string());
            }
        }
    }
    out.sort();
    out
}

#[test]
fn views_are_one_file_per_page_and_a_new_publish_replaces_them_whole() {
    let dir = scratch("write");
    let views = dir.join("view");
    let feed: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(sample()).unwrap()).unwrap();
    let (items, records) = (feed["items"].as_array().unwrap(), feed["records"].as_array().unwrap());

    let o = gongkai(&["index", sample().to_str().unwrap(), "--views", views.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(o.stdout.is_empty(), "no pinyin on stdout when only views were asked for");
    assert!(
        text(&o.stderr).contains(&format!("{} 个文件", 2 + items.len() + records.len())),
        "{}",
        text(&o.stderr)
    );
    let listed = files(&views);
    assert_eq!(listed.len(), 2 + items.len() + records.len());
    for i in items {
        let name = format!("item/{}.json", i["id"].as_str().unwrap());
        assert!(listed.contains(&name), "{name}");
        let part: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(views.join(&name)).unwrap()).unwrap();
        assert_eq!(part["format"], "gongkai-view/1");
        assert_eq!(part["feed_version"], feed["version"]);
        let item = |v: &serde_json::Value| serde_json::from_value::<gongkai_core::model::ServiceItem>(v.clone()).expect("an item");
        assert_eq!(item(&part["items"][0]), item(i), "the item is whole");
    }
    let meta: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(views.join("meta.json")).unwrap()).unwrap();
    assert_eq!(meta["publisher"], feed["publisher"]);
    assert!(meta.get("items").is_none_or(|v| v.as_array().unwrap().is_empty()));

    // A file left by an older publish (an item since removed) does not survive the next one,
    // and no temporary directory is left beside it.
    std::fs::write(views.join("item/removed-item.json"), "{}").unwrap();
    let o = gongkai(&["index", sample().to_str().unwrap(), "--views", views.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert_eq!(files(&views), listed);
    let beside: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(beside, vec!["view".to_string()]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn views_that_cannot_be_written_are_explained_and_the_old_ones_stay() {
    let dir = scratch("fail");
    // `view` is taken by a plain file: the directory beside it cannot take its name.
    let blocker = dir.join("view");
    std::fs::write(&blocker, "not a directory").unwrap();
    let o = gongkai(&["index", sample().to_str().unwrap(), "--views", blocker.join("sub").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o.stderr);
    assert!(err.contains("无法写入页面数据目录"), "{err}");
    assert_eq!(std::fs::read_to_string(&blocker).unwrap(), "not a directory", "nothing was overwritten");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn validate_points_out_views_older_than_the_feed_without_failing() {
    let dir = scratch("stale");
    let feed_path = dir.join("feed.json");
    let feed = std::fs::read_to_string(sample()).unwrap();
    std::fs::write(&feed_path, &feed).unwrap();
    let o = gongkai(&["index", feed_path.to_str().unwrap(), "--views", dir.join("view").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let validate = || {
        let o = gongkai(&["validate", "--today", "2026-11-22", feed_path.to_str().unwrap()]);
        (o.status.code(), text(&o.stdout))
    };
    let (code, out) = validate();
    assert_eq!(code, Some(0), "{out}");
    assert!(!out.contains("页面数据"), "fresh views: no note\n{out}");
    let mut v: serde_json::Value = serde_json::from_str(&feed).unwrap();
    let version = v["version"].as_u64().unwrap();
    v["version"] = (version + 1).into();
    std::fs::write(&feed_path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    let (code, out) = validate();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, Some(0), "views never fail validation: {out}");
    assert!(
        out.contains(&format!("按第 {version} 版数据生成的，现在的数据是第 {} 版", version + 1)),
        "{out}"
    );
    assert!(out.contains("--views"), "the note gives the command: {out}");
}

#[test]
fn pages_are_written_into_the_sites_own_index_html() {
    let dir = scratch("pages");
    let template = std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../index.html")).unwrap();
    std::fs::write(dir.join("index.html"), &template).unwrap();
    let o = gongkai(&["index", sample().to_str().unwrap(), "--pages", dir.to_str().unwrap(), "--site-url", "https://qingxi.example.gov.cn/"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let feed: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(sample()).unwrap()).unwrap();
    for item in feed["items"].as_array().unwrap() {
        let html = std::fs::read_to_string(dir.join(format!("item/{}.html", item["id"].as_str().unwrap()))).expect("a page per item");
        assert!(html.contains(&format!(">{}</h1>", item["name"].as_str().unwrap())));
        assert!(html.contains("class=\"qr\""), "--site-url gives the printed QR code");
    }
    assert_eq!(std::fs::read_dir(dir.join("record")).unwrap().count(), feed["records"].as_array().unwrap().len());
    assert!(std::fs::read_to_string(dir.join("home.html")).unwrap().contains("data-prerendered"));
    assert!(std::fs::read_to_string(dir.join("about.html")).unwrap().contains(">关于本站</h1>"));
    assert!(std::fs::read_to_string(dir.join("search.html")).unwrap().contains("data-prerendered=\"shell\""));
    assert_eq!(std::fs::read_to_string(dir.join("index.html")).unwrap(), template, "index.html itself is left as it was");

    // Not the portal's index.html: explained, nothing written.
    let other = scratch("pages-bad");
    std::fs::write(other.join("index.html"), "<html><title>x</title><body>hello</body></html>").unwrap();
    let o = gongkai(&["index", sample().to_str().unwrap(), "--pages", other.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("不是本门户构建出的首页"), "{}", text(&o.stderr));
    assert!(!other.join("item").exists() && !other.join("home.html").exists() && !other.join("about.html").exists());
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&other);
}
