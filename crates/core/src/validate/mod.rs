//! The one definition of a valid feed: every rule, every problem collected in one pass.
//!
//! [`validate_bytes`] takes the file exactly as it was read and never panics. It reports each
//! problem with a stable code (see [`CODES`]), the JSON path, the line and column in the file
//! (columns count characters, not bytes), a severity, and a plain-Chinese message with an English
//! line. The returned [`Report`] holds the parsed [`Feed`] only when there is no error.
//!
//! How it works, and why (a 100,000-record feed is 140–220 MB and must check in seconds):
//! 1. `file`: empty file, BOM, invalid UTF-8 and absurd nesting, found with byte scans.
//! 2. `shape`: serde reads the top-level object keeping each array element as a borrowed
//!    `&RawValue` (its byte offset is a pointer difference), then deserializes every element on
//!    its own, so one broken item does not hide the problems of the others; a broken element is
//!    re-read field by field so each of its fields reports its own problem.
//! 3. `rules` and `text`: each element is checked as soon as it is parsed (cross-field rules, and
//!    a walk over every text for markup, length and emptiness); ids, codes and references that
//!    span elements are kept in small tables and finished at the end. [`check_bytes`] drops each
//!    element after its check; [`validate_bytes`] keeps them to return the [`Feed`].
//! 4. Only then are problems located: the JSON path is looked up in the element's raw text
//!    ([`crate::json::find_path`]) and offsets become line:column in one pass over the file.
//!
//! Every code is listed, with its severity and meaning, in [`CODES`] (`gongkai validate --codes`
//! prints the table).

mod codes;
mod file;
mod rules;
mod shape;
mod text;

use serde::Serialize;

pub use codes::{info as code_info, CodeInfo, Group, CODES};

use crate::json::{self, Seg, Target};
use crate::model::{Feed, Hall, LifeEvent, Publisher, Record, ServiceItem, Topic, Village};
use crate::types::{Date, DateTime};

/// Containers nested deeper than this are refused before serde reads the file. A real feed
/// nests about 8 deep; serde_json's own limit (128) would give a less helpful message.
pub const MAX_DEPTH: usize = 64;

/// How to validate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// "No dates in the future" is relative to this day (the CLI uses the system date).
    pub today: Date,
}

/// Whether a problem makes the feed invalid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The feed must not be published with it.
    Error,
    /// Worth fixing; the feed is still valid.
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
    /// 错误 / 警告.
    pub fn label_zh(self) -> &'static str {
        match self {
            Severity::Error => "错误",
            Severity::Warning => "警告",
        }
    }
}

/// One problem, placed exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// Stable snake_case code from [`CODES`].
    pub code: &'static str,
    /// JSON path such as `items[12].fee.lines[0].amount`; `""` for the whole file.
    pub path: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, counted in characters (a Chinese character is one column here).
    pub column: u32,
    pub severity: Severity,
    pub message_zh: String,
    pub message_en: String,
    /// Byte offset in the input, for tools that show the source line.
    #[serde(skip)]
    pub offset: usize,
}

/// The outcome of validating one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Every problem, in file order.
    pub problems: Vec<Problem>,
    /// The parsed feed: `Some` exactly when there is no error-severity problem.
    pub feed: Option<Feed>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.severity == Severity::Error).count()
    }
    pub fn warnings(&self) -> usize {
        self.problems.iter().filter(|p| p.severity == Severity::Warning).count()
    }
    pub fn is_valid(&self) -> bool {
        self.feed.is_some()
    }
}

/// What the validator is doing, for progress displays on large files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// Reading the JSON structure of the whole file.
    Parsing,
    /// Checked `done` of `total` items and records.
    Checking { done: usize, total: usize },
}

/// Validates one feed file given as raw bytes. Never panics.
pub fn validate_bytes(input: &[u8], opts: &Options) -> Report {
    validate_bytes_with_progress(input, opts, &mut |_| {})
}

/// [`validate_bytes`], calling `progress` now and then (a few hundred times at most).
pub fn validate_bytes_with_progress(input: &[u8], opts: &Options, progress: &mut dyn FnMut(Progress)) -> Report {
    let (report, _) = run(input, opts, true, progress);
    report
}

/// The outcome of [`check_bytes`]: every problem, and how much the file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// Every problem, in file order — the same as [`validate_bytes`] reports.
    pub problems: Vec<Problem>,
    pub halls: usize,
    pub items: usize,
    pub records: usize,
}

impl Checked {
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.severity == Severity::Error).count()
    }
    pub fn warnings(&self) -> usize {
        self.problems.iter().filter(|p| p.severity == Severity::Warning).count()
    }
    pub fn is_valid(&self) -> bool {
        self.errors() == 0
    }
}

/// Checks a feed like [`validate_bytes`] but keeps no parsed feed: each element is dropped as
/// soon as it is checked. Memory then stays near the size of the file, which is what the staff
/// tool wants for 100,000-record feeds. The problems are exactly those of [`validate_bytes`].
pub fn check_bytes(input: &[u8], opts: &Options, progress: &mut dyn FnMut(Progress)) -> Checked {
    let (report, counts) = run(input, opts, false, progress);
    Checked { problems: report.problems, halls: counts.0, items: counts.1, records: counts.2 }
}

/// The shared pipeline. Returns the report and the number of halls, items and records found.
fn run(input: &[u8], opts: &Options, keep: bool, progress: &mut dyn FnMut(Progress)) -> (Report, (usize, usize, usize)) {
    let mut sink = Sink::default();
    let Some(prepared) = file::prepare(input, &mut sink) else {
        return (finish(sink, None), (0, 0, 0));
    };
    let body = prepared.body();
    if let Some(at) = json::depth_exceeds(body.as_bytes(), MAX_DEPTH) {
        file::too_deep(&mut sink, at);
        return (finish(sink, Some(&prepared)), (0, 0, 0));
    }
    progress(Progress::Parsing);
    let Some(doc) = shape::read_envelope(body, &mut sink) else {
        return (finish(sink, Some(&prepared)), (0, 0, 0));
    };
    let counts = (doc.len_of("halls"), doc.len_of("items"), doc.len_of("records"));
    let mut checker = rules::Checker::new(opts);
    let parsed = shape::read_parts(&doc, &mut sink, &mut checker, keep, progress);
    checker.finish(&mut sink);
    let feed = if sink.has_errors() || !keep { None } else { parsed.into_feed() };
    let located = locate(sink, &doc);
    (finish_located(located, &prepared, feed), counts)
}

// ───────────────────────────── collecting problems ─────────────────────────────

/// Where a problem is, before line:column are known.
#[derive(Debug, Clone)]
pub(crate) enum At {
    /// Look the path up in the file (the value, or a key).
    Path(Target),
    /// A known byte offset in the body.
    Offset(usize),
}

/// A problem found but not yet located.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub code: &'static str,
    pub path: Vec<Seg>,
    pub at: At,
    /// Where serde said the error was, used when the path cannot be found.
    pub fallback: Option<usize>,
    pub zh: String,
    pub en: String,
}

/// Collects problems during checking.
#[derive(Debug, Default)]
pub(crate) struct Sink {
    pub found: Vec<Found>,
    errors: usize,
}

impl Sink {
    /// Reports a problem at the value of `path`.
    pub fn at_path(&mut self, code: &'static str, path: Vec<Seg>, zh: impl Into<String>, en: impl Into<String>) {
        self.push(Found { code, path, at: At::Path(Target::Value), fallback: None, zh: zh.into(), en: en.into() });
    }

    pub fn push(&mut self, f: Found) {
        if severity_of(f.code) == Severity::Error {
            self.errors += 1;
        }
        self.found.push(f);
    }

    pub fn has_errors(&self) -> bool {
        self.errors > 0
    }
}

fn severity_of(code: &str) -> Severity {
    codes::info(code).map_or(Severity::Error, |c| c.severity)
}

/// Appends segments to a path (paths are small; cloning them only happens per element).
pub(crate) fn join(prefix: &[Seg], rest: impl IntoIterator<Item = Seg>) -> Vec<Seg> {
    let mut p = prefix.to_vec();
    p.extend(rest);
    p
}

// ───────────────────────────── parsed parts ─────────────────────────────

/// What the shape stage could read. Elements keep their index in the file so rules can name them.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    pub format: Option<String>,
    pub version: Option<u64>,
    pub generated_at: Option<DateTime>,
    pub publisher: Option<Publisher>,
    pub halls: Vec<(usize, Hall)>,
    pub villages: Vec<(usize, Village)>,
    pub topics: Vec<(usize, Topic)>,
    pub life_events: Vec<(usize, LifeEvent)>,
    pub synonyms: Vec<Vec<String>>,
    pub items: Vec<(usize, ServiceItem)>,
    pub records: Vec<(usize, Record)>,
}

impl Parsed {
    fn into_feed(self) -> Option<Feed> {
        Some(Feed {
            format: self.format?,
            version: self.version?,
            generated_at: self.generated_at?,
            publisher: self.publisher?,
            halls: self.halls.into_iter().map(|(_, x)| x).collect(),
            villages: self.villages.into_iter().map(|(_, x)| x).collect(),
            topics: self.topics.into_iter().map(|(_, x)| x).collect(),
            life_events: self.life_events.into_iter().map(|(_, x)| x).collect(),
            synonyms: self.synonyms,
            items: self.items.into_iter().map(|(_, x)| x).collect(),
            records: self.records.into_iter().map(|(_, x)| x).collect(),
        })
    }
}

// ───────────────────────────── locating ─────────────────────────────

/// A found problem with its byte offset in the body.
struct Located {
    found: Found,
    offset: usize,
}

fn locate(sink: Sink, doc: &shape::Doc<'_>) -> Vec<Located> {
    sink.found
        .into_iter()
        .map(|f| {
            let offset = match f.at {
                At::Offset(o) => o,
                At::Path(target) => doc.find(&f.path, target).or(f.fallback).unwrap_or_else(|| {
                    // The path does not exist in the text (a missing field's parent, say): point at
                    // the nearest ancestor that does.
                    (0..f.path.len()).rev().find_map(|n| doc.find(&f.path[..n], Target::Value)).unwrap_or(0)
                }),
            };
            Located { found: f, offset }
        })
        .collect()
}

/// Finishes when checking stopped early: every problem already has a known offset.
fn finish(sink: Sink, prepared: Option<&file::Prepared<'_>>) -> Report {
    let located: Vec<Located> = sink
        .found
        .into_iter()
        .map(|f| {
            let offset = match f.at {
                At::Offset(o) => o,
                At::Path(_) => f.fallback.unwrap_or(0),
            };
            Located { found: f, offset }
        })
        .collect();
    match prepared {
        Some(p) => finish_located(located, p, None),
        // Nothing readable as text (an empty or UTF-16 file): the problem is at the very start.
        None => Report { problems: located.into_iter().map(|l| to_problem(l.found, 1, 1, l.offset)).collect(), feed: None },
    }
}

fn finish_located(located: Vec<Located>, prepared: &file::Prepared<'_>, feed: Option<Feed>) -> Report {
    let offsets: Vec<usize> = located.iter().map(|l| l.offset).collect();
    let positions = json::line_columns(prepared.body(), &offsets);
    let mut problems: Vec<Problem> = located
        .into_iter()
        .zip(positions)
        .map(|(l, (line, column))| to_problem(l.found, line, column, l.offset + prepared.bom_len))
        .collect();
    problems.sort_by(|a, b| (a.offset, a.severity, a.code).cmp(&(b.offset, b.severity, b.code)));
    let feed = if problems.iter().any(|p| p.severity == Severity::Error) { None } else { feed };
    Report { problems, feed }
}

fn to_problem(f: Found, line: u32, column: u32, offset: usize) -> Problem {
    Problem {
        code: f.code,
        path: json::path_string(&f.path),
        line,
        column,
        severity: severity_of(f.code),
        message_zh: f.zh,
        message_en: f.en,
        offset,
    }
}
