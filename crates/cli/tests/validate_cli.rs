//! `gongkai validate` as staff run it: exit codes, the rustc-style report with a caret under the
//! exact character, the JSON report, and plain-Chinese refusals of bad command lines.

use std::path::PathBuf;
use std::process::{Command, Output};

fn fixture(kind: &str, name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(kind)
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn gongkai(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gongkai")).args(args).output().expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}
fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gongkai-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir.join(name)
}

#[test]
fn a_valid_feed_exits_0_with_a_clear_success_line() {
    let o = gongkai(&["validate", "--today", "2026-11-22", &fixture("valid", "township_small.json")]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("通过：") && out.contains("数据有效") && out.contains("4 条公开信息"), "{out}");
}

#[test]
fn an_invalid_feed_exits_1_and_points_a_caret_at_the_character() {
    let file = fixture("invalid", "bad_money.json");
    let o = gongkai(&["validate", "--today", "2026-11-22", &file]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("错误[bad_money]: 金额“80元”无效"), "{out}");
    assert!(out.contains(&format!("   --> {file}:333:23\n")), "{out}");
    // The caret sits under the opening quote of "80元": 12 spaces + `"amount": ` = 22 columns.
    assert!(out.contains("333 |             \"amount\": \"80元\",\n    |                       ^\n"), "{out}");
    assert!(out.contains("= 位置 path: items[1].fee.lines[0].amount"), "{out}");
    assert!(out.contains("= error: invalid amount"), "{out}");
    assert!(out.contains("共发现 1 个错误、0 个警告"), "{out}");
}

#[test]
fn the_caret_counts_chinese_characters_as_two_columns() {
    let o = gongkai(&["validate", "--today", "2026-11-22", &fixture("invalid", "invalid_utf8.json")]);
    let out = stdout(&o);
    // `    "township": "清溪` is 4 + 11 + 1 + 1 columns of ASCII and 2 × 2 of Chinese = 21.
    assert!(out.contains(&format!("  | {}^\n", " ".repeat(21))), "{out}");
}

#[test]
fn json_output_parses_and_lists_every_problem() {
    let bad = fixture("invalid", "bad_enum.json");
    let good = fixture("valid", "minimal.json");
    let o = gongkai(&["validate", "--format", "json", "--today", "2026-11-22", &bad, &good]);
    assert_eq!(o.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).expect("stdout is JSON");
    assert_eq!(doc["valid"], false);
    assert_eq!(doc["errors"], 1);
    let problems = doc["problems"].as_array().expect("problems");
    assert_eq!(problems.len(), 1);
    let p = &problems[0];
    for key in ["code", "path", "line", "column", "severity", "message_zh", "message_en", "file"] {
        assert!(!p[key].is_null(), "{key} missing in {p}");
    }
    assert_eq!((p["code"].as_str(), p["path"].as_str(), p["line"].as_u64(), p["column"].as_u64()), (Some("bad_enum"), Some("items[0].kind"), Some(136), Some(15)));
    assert_eq!(p["file"], bad.as_str());
    assert_eq!(p["severity"], "error");
    let files = doc["files"].as_array().expect("files");
    assert_eq!(files[1]["valid"], true);
    assert_eq!(files[1]["file"], good.as_str());
}

#[test]
fn a_missing_file_exits_2_in_chinese() {
    let o = gongkai(&["validate", "/nonexistent/清溪镇.json"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("无法读取文件“/nonexistent/清溪镇.json”：没有这个文件"), "{err}");
    // A missing file among valid ones still makes the run fail to complete.
    let o = gongkai(&["validate", &fixture("valid", "minimal.json"), "/nonexistent/x.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).contains("通过："));
}

#[test]
fn bad_command_lines_exit_2_with_an_explanation() {
    for (args, words) in [
        (vec!["validate"], "请给出要检查的数据文件"),
        (vec!["validate", "--format", "xml", "a.json"], "--format 只能是 human 或 json"),
        (vec!["validate", "--today", "2026-13-01", "a.json"], "--today 的日期“2026-13-01”无效"),
        (vec!["validate", "--colour", "a.json"], "不认识的选项“--colour”"),
        (vec!["validate", "--today"], "--today 后面要写一个值"),
    ] {
        let o = gongkai(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains(words), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains("error: "), "an English line too");
    }
}

#[test]
fn today_decides_what_is_in_the_future() {
    let file = fixture("valid", "township_small.json");
    let o = gongkai(&["validate", "--today=2026-11-01", &file]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("错误[future_date]"));
    let o = gongkai(&["validate", "--today=2030-01-01", &file]);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn warnings_alone_keep_the_exit_code_0() {
    let text = std::fs::read_to_string(fixture("valid", "free_item.json")).expect("fixture");
    let with_warning = text.replacen("\"note\": \"预约可延时办理\"", "\"note\": \"\"", 1);
    assert_ne!(text, with_warning);
    let path = tmp("warning.json");
    std::fs::write(&path, with_warning).expect("write");
    let o = gongkai(&["validate", "--today", "2026-11-22", path.to_str().expect("utf-8 path")]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let out = stdout(&o);
    assert!(out.contains("警告[empty_optional]") && out.contains("有 1 个警告"), "{out}");
}

#[test]
fn a_ten_megabyte_line_prints_a_short_report() {
    let text = std::fs::read_to_string(fixture("valid", "minimal.json")).expect("fixture");
    let huge = "长".repeat(10 * 1024 * 1024 / 3);
    let path = tmp("huge.json");
    std::fs::write(&path, text.replacen("\"青山县清溪镇溪口路 8 号\"", &format!("\"{huge}\""), 1)).expect("write");
    let o = gongkai(&["validate", path.to_str().expect("utf-8 path")]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("错误[too_long]"), "{}", &out[..out.len().min(2000)]);
    assert!(out.len() < 4_000, "report of {} bytes", out.len());
    assert!(out.lines().all(|l| l.chars().count() < 300), "no line floods the terminal");
}

#[test]
fn progress_appears_on_stderr_only_for_large_files_when_asked() {
    let path = tmp("large.json");
    let p = path.to_str().expect("utf-8 path");
    let g = gongkai(&["generate", "--records", "16000", "--seed", "1", "-o", p]);
    assert_eq!(g.status.code(), Some(0), "{}", stderr(&g));
    assert!(std::fs::metadata(&path).expect("written").len() > 20 * 1024 * 1024, "over the progress threshold");
    let o = gongkai(&["validate", "--progress", p]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let err = stderr(&o);
    assert!(err.contains("正在读取文件") && err.contains("正在检查第 16"), "{err}");
    // Not a terminal and not asked: quiet.
    let o = gongkai(&["validate", p]);
    assert_eq!(stderr(&o), "");
    let _ = std::fs::remove_file(&path);
}

#[test]
fn the_code_list_names_every_code_once() {
    let o = gongkai(&["validate", "--codes"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    for code in ["bad_money", "incomplete_file", "unmasked_name", "no_materials"] {
        assert_eq!(out.matches(&format!("| `{code}` |")).count(), 1, "{code}\n{out}");
    }
    assert!(out.contains("| `no_materials` | 警告 |"), "{out}");
}

#[test]
fn the_bundled_sample_township_passes_with_zero_problems() {
    let sample = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/data/feed.json");
    let o = gongkai(&["validate", "--format", "json", "--today", "2026-11-22", sample.to_str().expect("utf-8 path")]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!((doc["errors"].as_u64(), doc["warnings"].as_u64()), (Some(0), Some(0)));
    assert_eq!(doc["files"][0]["halls"], 7);
}
