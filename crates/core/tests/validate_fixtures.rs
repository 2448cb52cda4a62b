//! The fixture contract of the validator: every valid fixture validates cleanly, every invalid
//! fixture reports exactly its own problem at the exact place, and every error code has a
//! fixture. The fixtures under `tests/fixtures/` are shared with the schema agreement script and
//! the browser tests, so what is asserted here is what the rest of the project relies on.

use std::path::PathBuf;

use gongkai_core::generate::{write_feed, GenerateOptions};
use gongkai_core::types::Date;
use gongkai_core::validate::{validate_bytes, Options, Report, Severity, CODES};
use gongkai_core::Feed;

fn fixtures(kind: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(kind)
}

fn opts() -> Options {
    Options { today: Date::new(2026, 11, 22).expect("a real date") }
}

fn check(bytes: &[u8]) -> Report {
    validate_bytes(bytes, &opts())
}

fn json_files(kind: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(fixtures(kind))
        .expect("fixture folder exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn describe(report: &Report) -> String {
    report
        .problems
        .iter()
        .map(|p| format!("{:?} [{}] {} {}:{} {}", p.severity, p.code, p.path, p.line, p.column, p.message_zh))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_valid_fixture_validates_without_any_problem() {
    let files = json_files("valid");
    assert!(files.len() >= 5, "expected at least five valid fixtures, found {}", files.len());
    for path in files {
        let bytes = std::fs::read(&path).expect("fixture readable");
        let report = check(&bytes);
        assert!(report.problems.is_empty(), "{}:\n{}", path.display(), describe(&report));
        let feed = report.feed.unwrap_or_else(|| panic!("{}: no feed although valid", path.display()));
        // The feed assembled element by element is exactly what plain serde reads.
        let direct: Feed = serde_json::from_slice(&bytes).expect("valid fixtures parse with serde");
        assert_eq!(feed, direct, "{}", path.display());
    }
}

#[test]
fn the_valid_fixtures_cover_the_cases_the_portal_shows() {
    let read = |name: &str| -> Feed {
        let bytes = std::fs::read(fixtures("valid").join(name)).expect("fixture readable");
        check(&bytes).feed.unwrap_or_else(|| panic!("{name} is valid"))
    };
    let free = read("free_item.json");
    assert!(free.items.iter().any(|i| !i.fee.charged && i.fee.lines.is_empty()));
    let charged = read("charged_item.json");
    assert!(charged.items.iter().any(|i| i.fee.charged && !i.fee.lines.is_empty() && !i.fee.basis.is_empty()));
    let masked = read("masked_results_table.json");
    let table = &masked.records[0].tables[0];
    assert!(table.columns.iter().any(|c| c.mask == gongkai_core::model::Mask::Name));
    let repealed = read("repealed_policy.json");
    assert!(repealed.records.iter().any(|r| r.validity.as_ref().is_some_and(|v| v.status == gongkai_core::model::ValidityStatus::Repealed)));
}

/// (fixture = problem code, JSON path, line, column) of the problem each invalid fixture holds.
const EXPECTED: &[(&str, &str, u32, u32)] = &[
    ("bad_cell", "records[0].tables[0].rows[2][3]", 439, 15),
    ("bad_date", "items[0].updated", 239, 18),
    ("bad_datetime", "generated_at", 4, 19),
    ("bad_enum", "items[0].kind", 136, 15),
    ("bad_fee_amount", "items[1].fee.lines[1].amount", 340, 23),
    ("bad_format", "format", 2, 13),
    ("bad_hours", "halls[0].hours.periods[1].close", 41, 22),
    ("bad_id", "life_events[0].id", 113, 13),
    ("bad_money", "items[1].fee.lines[0].amount", 333, 23),
    ("bad_number", "items[0].conditions.materials[1].copies", 187, 23),
    ("bad_time", "halls[1].hours.periods[0].open", 63, 21),
    ("bad_url", "publisher.county_website", 10, 23),
    ("bad_version", "version", 3, 14),
    ("bad_weekday", "villages[0].station.hours.periods[0].weekdays[2]", 84, 17),
    ("bom", "", 1, 1),
    ("duplicate_code", "items[1].code", 243, 15),
    ("duplicate_id", "topics[3].id", 111, 13),
    ("duplicate_index_no", "records[3].index_no", 539, 19),
    ("duplicate_key", "publisher.phone", 12, 5),
    ("empty_file", "", 1, 1),
    ("empty_text", "halls[1].name", 51, 15),
    ("fee_incomplete", "items[1].fee.charged", 322, 20),
    ("free_fee_with_lines", "items[0].fee.lines", 233, 18),
    ("future_date", "records[0].published", 389, 20),
    ("html_in_text", "records[0].body[1]", 392, 9),
    ("incomplete_file", "", 274, 9),
    ("invalid_utf8", "", 7, 20),
    ("missing_changed_date", "records[1].validity.status", 485, 19),
    ("missing_entrusted_by", "items[1].subject.nature", 262, 19),
    ("missing_field", "items[0].summary", 132, 5),
    ("promise_exceeds_legal", "items[0].time_limit.promised_days", 222, 26),
    ("syntax", "", 557, 22),
    ("table_row_length", "records[0].tables[0].rows[1]", 428, 13),
    ("too_deep", "", 12, 78),
    ("too_long", "records[0].title", 359, 16),
    ("unknown_field", "items[0].basis[0].titel", 157, 11),
    ("unmasked_id_number", "records[0].tables[0].rows[1][4]", 433, 15),
    ("unmasked_name", "records[0].tables[0].rows[2][1]", 437, 15),
    ("unmasked_phone", "records[0].tables[0].rows[0][4]", 426, 15),
    ("unmasked_value", "records[0].tables[0].rows[2][5]", 448, 15),
    ("unresolved_ref", "items[0].hall", 137, 15),
    ("wrong_type", "items[0].conditions.materials[1].copies", 187, 23),
];

#[test]
fn every_invalid_fixture_reports_its_own_problem_at_the_right_place() {
    for &(code, path, line, column) in EXPECTED {
        let file = fixtures("invalid").join(format!("{code}.json"));
        let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let report = check(&bytes);
        assert!(report.feed.is_none(), "{code}: an invalid file must not give a feed");
        assert!(
            report.problems.iter().any(|p| p.code == code && p.path == path && p.line == line && p.column == column),
            "{code}: expected [{code}] at {path} {line}:{column}, got:\n{}",
            describe(&report)
        );
        // Exactly this kind of error and no other (some classes, like invalid UTF-8, may occur
        // at several places in one file).
        for p in report.problems.iter().filter(|p| p.severity == Severity::Error) {
            assert_eq!(p.code, code, "{code}: unexpected extra error:\n{}", describe(&report));
        }
        for p in &report.problems {
            assert!(!p.message_zh.is_empty() && !p.message_en.is_empty(), "{code}: empty message");
        }
    }
}

#[test]
fn every_invalid_fixture_is_in_the_table_and_every_error_code_has_a_fixture() {
    let names: Vec<String> = json_files("invalid")
        .iter()
        .map(|p| p.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string())
        .collect();
    assert!(names.len() >= 25);
    for name in &names {
        assert!(EXPECTED.iter().any(|e| e.0 == name), "{name}.json has no row in EXPECTED");
    }
    for c in CODES.iter().filter(|c| c.severity == Severity::Error) {
        assert!(names.iter().any(|n| n == c.code), "error code {} has no fixture tests/fixtures/invalid/{}.json", c.code, c.code);
    }
}

#[test]
fn codes_are_unique_snake_case_and_explained() {
    let mut seen = std::collections::HashSet::new();
    for c in CODES {
        assert!(seen.insert(c.code), "{} listed twice", c.code);
        assert!(c.code.bytes().all(|b| b.is_ascii_lowercase() || b == b'_' || b.is_ascii_digit()), "{}", c.code);
        assert!(!c.zh.is_empty() && !c.en.is_empty(), "{}", c.code);
    }
}

#[test]
fn one_pass_reports_problems_in_many_elements_and_fields() {
    // One broken item must not hide the problems of the others, nor one broken field the next.
    let text = std::fs::read_to_string(fixtures("valid").join("township_small.json")).expect("fixture");
    let broken = text
        .replacen("\"amount\": \"80.00\"", "\"amount\": \"80元\"", 1)
        .replacen("\"kind\": \"行政给付\"", "\"kind\": \"行政给付类\"", 1)
        .replacen("\"updated\": \"2026-10-15\"", "\"updated\": \"2026-10-32\"", 1)
        .replacen("\"王*华\"", "\"王建华\"", 1)
        .replacen("\"published\": \"2026-11-05\"", "\"published\": \"2027-11-05\"", 1)
        .replacen("\"generated_at\": \"2026-11-20T09:00:00+08:00\"", "\"generated_at\": \"yesterday\"", 1);
    let report = check(broken.as_bytes());
    let mut got: Vec<(&str, &str)> = report.problems.iter().map(|p| (p.code, p.path.as_str())).collect();
    got.sort();
    let mut want = vec![
        ("bad_datetime", "generated_at"),
        ("bad_enum", "items[0].kind"),
        ("bad_date", "items[0].updated"),
        ("bad_money", "items[1].fee.lines[0].amount"),
        ("unmasked_name", "records[0].tables[0].rows[0][1]"),
        ("future_date", "records[3].published"),
    ];
    want.sort();
    assert_eq!(got, want, "\n{}", describe(&report));
    let lines: Vec<u32> = report.problems.iter().map(|p| p.line).collect();
    assert!(lines.windows(2).all(|w| w[0] <= w[1]), "problems come in file order: {lines:?}");
}

#[test]
fn columns_count_characters_and_a_minified_file_works_too() {
    // The same problem in a minified (one-line) copy: line 1, column in characters.
    let text = std::fs::read_to_string(fixtures("invalid").join("bad_money.json")).expect("fixture");
    let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let minified = serde_json::to_string(&value).expect("serialises");
    let report = check(minified.as_bytes());
    let p = report.problems.iter().find(|p| p.code == "bad_money").expect("bad_money found");
    let byte = minified.find("\"80元\"").expect("value present");
    assert_eq!((p.line, p.column as usize), (1, minified[..byte].chars().count() + 1));
    assert_eq!(p.offset, byte);
}

#[test]
fn a_generated_feed_validates_without_errors() {
    let mut bytes = Vec::new();
    write_feed(&GenerateOptions { records: 2_000, items: 200, seed: 7 }, &mut bytes).expect("in memory");
    let report = check(&bytes);
    assert_eq!(report.errors(), 0, "{}", describe(&report));
    let feed = report.feed.expect("valid");
    assert_eq!(feed.records.len(), 2_000);
}

#[test]
fn the_today_option_decides_what_is_in_the_future() {
    let bytes = std::fs::read(fixtures("valid").join("township_small.json")).expect("fixture");
    let early = validate_bytes(&bytes, &Options { today: Date::new(2026, 11, 1).expect("date") });
    let future: Vec<&str> = early.problems.iter().filter(|p| p.code == "future_date").map(|p| p.path.as_str()).collect();
    assert_eq!(future, vec!["generated_at", "records[3].published"], "\n{}", describe(&early));
}

#[test]
fn checking_without_keeping_the_feed_reports_exactly_the_same() {
    let mut inputs: Vec<Vec<u8>> = ["valid", "invalid", "hostile"]
        .iter()
        .flat_map(|k| json_files(k))
        .map(|p| std::fs::read(p).expect("fixture readable"))
        .collect();
    let mut generated = Vec::new();
    write_feed(&GenerateOptions { records: 500, items: 50, seed: 3 }, &mut generated).expect("in memory");
    inputs.push(generated);
    for input in &inputs {
        let full = check(input);
        let lean = gongkai_core::validate::check_bytes(input, &opts(), &mut |_| {});
        assert_eq!(full.problems, lean.problems);
        assert_eq!(full.is_valid(), lean.is_valid());
        if let Some(feed) = &full.feed {
            assert_eq!((feed.halls.len(), feed.items.len(), feed.records.len()), (lean.halls, lean.items, lean.records));
        }
    }
}
