//! Hostile input: markup and script links in text, absurd sizes and nesting, broken encodings,
//! broken JSON, and random damage to a valid feed. Every one must give a clear, placed problem and
//! none may panic, flood the report, or take long.

use std::path::PathBuf;

use gongkai_core::types::Date;
use gongkai_core::validate::{code_info, validate_bytes, Options, Report, Severity};
use proptest::prelude::*;

fn fixture(kind: &str, name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(kind).join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn check(bytes: &[u8]) -> Report {
    validate_bytes(bytes, &Options { today: Date::new(2026, 11, 22).expect("a real date") })
}

fn codes(r: &Report) -> Vec<&'static str> {
    r.problems.iter().map(|p| p.code).collect()
}

/// What must hold for any input: no feed with errors, a feed without them, every problem placed
/// (1-based, within the file) and explained with a known code, and no message longer than a
/// screenful even when the input holds megabyte strings.
fn assert_well_formed(input: &[u8], r: &Report) {
    assert_eq!(r.feed.is_some(), r.errors() == 0, "feed is Some exactly when there is no error");
    for p in &r.problems {
        assert!(code_info(p.code).is_some(), "unknown code {}", p.code);
        assert_eq!(code_info(p.code).map(|c| c.severity), Some(p.severity), "{}", p.code);
        assert!(p.line >= 1 && p.column >= 1, "{} at {}:{}", p.code, p.line, p.column);
        assert!(p.offset <= input.len(), "{} offset {} past the end {}", p.code, p.offset, input.len());
        assert!(p.message_zh.chars().count() < 600, "{}: Chinese message of {} chars", p.code, p.message_zh.chars().count());
        assert!(p.message_en.chars().count() < 600, "{}: English message of {} chars", p.code, p.message_en.chars().count());
        assert!(p.path.len() < 300, "{}: path of {} bytes", p.code, p.path.len());
    }
    // Line and column agree with the byte offset when the file is text.
    if let Ok(text) = std::str::from_utf8(input) {
        let bom = usize::from(text.starts_with('\u{feff}')) * 3;
        for p in &r.problems {
            let o = p.offset.max(bom);
            let before = &text[bom..o];
            let line = before.matches('\n').count() as u32 + 1;
            let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u32 + 1;
            assert_eq!((p.line, p.column), (line, col), "{} at offset {}", p.code, p.offset);
        }
    }
}

#[test]
fn script_and_event_handlers_in_text_are_errors() {
    for (name, path) in [("script_in_title.json", "records[0].title"), ("onerror_in_summary.json", "items[0].summary")] {
        let input = fixture("hostile", name);
        let r = check(&input);
        assert_well_formed(&input, &r);
        assert_eq!(codes(&r), vec!["html_in_text"], "{name}");
        assert_eq!(r.problems[0].path, path);
    }
}

#[test]
fn a_javascript_link_is_refused() {
    let input = fixture("hostile", "javascript_url.json");
    let r = check(&input);
    assert_well_formed(&input, &r);
    assert_eq!(codes(&r), vec!["bad_url"]);
    assert_eq!(r.problems[0].path, "records[1].attachments[0].url");
}

#[test]
fn broken_encodings_are_named() {
    let input = fixture("hostile", "invalid_utf8.json");
    let r = check(&input);
    assert_well_formed(&input, &r);
    assert_eq!(codes(&r), vec!["invalid_utf8"], "one run of bad bytes is one problem");
    assert_eq!((r.problems[0].line, r.problems[0].column), (391, 10));
    assert!(r.problems[0].message_zh.contains("GBK"));

    let r = check(&fixture("hostile", "utf16.json"));
    assert_eq!(codes(&r), vec!["invalid_utf8"]);
    assert!(r.problems[0].message_zh.contains("UTF-16"));

    let input = fixture("hostile", "bom.json");
    let r = check(&input);
    assert_well_formed(&input, &r);
    assert_eq!(codes(&r), vec!["bom"], "the rest of the file is checked and clean");
}

#[test]
fn json_that_is_not_json_is_explained() {
    for (name, line, col, words) in [
        ("nan.json", 180, 23, "NaN"),
        ("infinity.json", 202, 26, "Infinity"),
        ("comments.json", 3, 17, "注释"),
    ] {
        let input = fixture("hostile", name);
        let r = check(&input);
        assert_well_formed(&input, &r);
        assert_eq!(codes(&r), vec!["syntax"], "{name}");
        let p = &r.problems[0];
        assert_eq!((p.line, p.column), (line, col), "{name}");
        assert!(p.message_zh.contains(words), "{name}: {}", p.message_zh);
    }
}

#[test]
fn a_truncated_file_is_called_incomplete_with_its_place() {
    let input = fixture("hostile", "truncated.json");
    let r = check(&input);
    assert_well_formed(&input, &r);
    assert_eq!(codes(&r), vec!["incomplete_file"]);
    let p = &r.problems[0];
    assert!(p.message_zh.starts_with("文件不完整："), "{}", p.message_zh);
    assert!(p.message_zh.contains(&format!("第 {} 行第 {} 列", p.line, p.column)), "{}", p.message_zh);
    assert!(p.message_zh.contains("可能没有保存完或下载中断"));
}

#[test]
fn a_ten_megabyte_string_is_too_long_and_does_not_flood() {
    let base = String::from_utf8(fixture("valid", "minimal.json")).expect("utf-8");
    let huge = "长".repeat(10 * 1024 * 1024 / 3);
    let input = base.replacen("\"青山县清溪镇溪口路 8 号\"", &format!("\"{huge}\""), 1);
    assert!(input.len() > 10_000_000);
    let r = check(input.as_bytes());
    assert_well_formed(input.as_bytes(), &r);
    assert_eq!(codes(&r), vec!["too_long"]);
    assert_eq!(r.problems[0].path, "publisher.address");

    // The same string where a number belongs: a type error that quotes it only briefly.
    let input = base.replacen("\"version\": 3", &format!("\"version\": \"{huge}\""), 1);
    let r = check(input.as_bytes());
    assert_well_formed(input.as_bytes(), &r);
    assert_eq!(codes(&r), vec!["wrong_type"]);

    // And as the name of an unknown field.
    let input = base.replacen("\"version\": 3", &format!("\"{huge}\": 1, \"version\": 3"), 1);
    let r = check(input.as_bytes());
    assert_well_formed(input.as_bytes(), &r);
    assert_eq!(codes(&r), vec!["unknown_field"]);
}

#[test]
fn ten_thousand_levels_of_nesting_are_refused_before_serde() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let base = String::from_utf8(fixture("valid", "minimal.json")).expect("utf-8");
    let input = base.replacen("\"青山县清溪镇溪口路 8 号\"", &deep, 1);
    let r = check(input.as_bytes());
    assert_well_formed(input.as_bytes(), &r);
    assert_eq!(codes(&r), vec!["too_deep"]);

    // Unclosed, at the top level, and as objects.
    for input in ["[".repeat(100_000), "{\"a\":".repeat(100_000)] {
        let r = check(input.as_bytes());
        assert_eq!(codes(&r), vec!["too_deep"]);
        assert_eq!(r.problems[0].line, 1);
    }
}

#[test]
fn empty_and_whitespace_files_are_empty() {
    for input in [&b""[..], b"   \n\t ", b"\n"] {
        let r = check(input);
        assert_eq!(codes(&r), vec!["empty_file"]);
        assert_eq!((r.problems[0].line, r.problems[0].column), (1, 1));
    }
}

#[test]
fn other_top_level_values_are_refused_plainly() {
    for input in ["[]", "null", "\"gongkai\"", "42", "{}", "{\"format\": \"gongkai-feed/1\"} trailing"] {
        let r = check(input.as_bytes());
        assert_well_formed(input.as_bytes(), &r);
        assert!(r.errors() > 0, "{input}");
    }
    let r = check(b"{}");
    let missing: Vec<&str> = r.problems.iter().filter(|p| p.code == "missing_field").map(|p| p.path.as_str()).collect();
    assert_eq!(missing, vec!["format", "version", "generated_at", "publisher", "halls"]);
}

#[test]
fn truncating_a_valid_feed_anywhere_says_incomplete() {
    let input = fixture("valid", "township_small.json");
    let end = input.trim_ascii_end().len();
    for cut in (0..end).step_by(97) {
        let part = &input[..cut];
        let r = check(part);
        assert_well_formed(part, &r);
        let errors: Vec<&str> = r.problems.iter().filter(|p| p.severity == Severity::Error).map(|p| p.code).collect();
        assert!(
            errors == ["incomplete_file"] || errors == ["empty_file"] || errors == ["invalid_utf8", "incomplete_file"],
            "cut at {cut}: {errors:?}"
        );
    }
}

#[test]
fn flipping_every_97th_byte_never_panics() {
    let input = fixture("valid", "township_small.json");
    for i in (0..input.len()).step_by(97) {
        for flip in [0x01u8, 0x20, 0x80, 0xFF] {
            let mut damaged = input.clone();
            damaged[i] ^= flip;
            let r = check(&damaged);
            assert_well_formed(&damaged, &r);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Random damage to a valid feed: a report, never a panic, and always a well-formed one.
    #[test]
    fn random_damage_gives_a_well_formed_report(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..8)
    ) {
        let mut input = fixture("valid", "township_small.json");
        for (at, byte, kind) in edits {
            if input.is_empty() {
                break;
            }
            let i = at.index(input.len());
            match kind {
                0 => input[i] = byte,
                1 => { input.remove(i); }
                _ => input.insert(i, byte),
            }
        }
        let r = check(&input);
        assert_well_formed(&input, &r);
    }

    /// Structural characters inserted anywhere (the edits most likely to confuse a locator).
    #[test]
    fn inserted_punctuation_gives_a_well_formed_report(
        at in any::<prop::sample::Index>(),
        piece in prop::sample::select(vec!["{", "}", "[", "]", ",", ":", "\"", "\\", "\"x\":1,", "null", "\n", "“", "，"]),
    ) {
        let mut input = fixture("valid", "township_small.json");
        let text = String::from_utf8(input.clone()).expect("utf-8");
        let mut i = at.index(text.len());
        while !text.is_char_boundary(i) { i -= 1; }
        input.splice(i..i, piece.bytes());
        let r = check(&input);
        assert_well_formed(&input, &r);
    }
}
