//! `gongkai validate [--format human|json] [--today YYYY-MM-DD] [--progress] FILE…`
//!
//! Checks feed files with the same validator the portal uses and explains every problem in
//! Chinese (with an English line), pointing at the exact line and column like a compiler does.
//! Exit code: 0 every file valid (warnings allowed), 1 some file invalid, 2 could not run.
//!
//! A valid feed with a `search-pinyin.json` beside it is also checked against it: a sidecar made
//! for an older version of the feed (staff edited titles and forgot `gongkai index`) is pointed
//! out, with the command that fixes it. It never changes the exit code: pinyin is an aid. The same
//! goes for page views (`view/` beside the feed) cut from another version of the feed.

use std::io::{IsTerminal, Write};

use gongkai_core::json::line_bounds;

use gongkai_core::types::Date;
use gongkai_core::validate::{self, Checked, Options, Problem, Progress, Severity};
use unicode_width::UnicodeWidthChar;

const HELP: &str = "\
用法 Usage: gongkai validate [--format human|json] [--today YYYY-MM-DD] [--progress] 文件…

  --format human   逐条说明问题，指出行号和列号（默认）
  --format json    输出 JSON，便于其他程序读取
  --today 日期     以这一天为“今天”检查日期（默认是系统日期，北京时间）
  --progress       大文件显示进度（默认只在终端里显示）
  --codes          列出所有问题代码及其含义

退出码 Exit codes: 0 数据有效（可以有警告）· 1 数据有问题 · 2 无法运行
";

/// Files larger than this show progress (when stderr is a terminal or `--progress` is given).
const PROGRESS_THRESHOLD: u64 = 20 * 1024 * 1024;
/// At most this many problems per file are printed in human output; JSON has them all.
const MAX_SHOWN: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OutputFormat {
    Human,
    Json,
}

struct Args {
    format: OutputFormat,
    today: Date,
    progress: bool,
    files: Vec<String>,
}

/// A command-line mistake, explained in Chinese and English.
fn usage_error(zh: &str, en: &str) -> u8 {
    eprintln!("错误：{zh}\nerror: {en}\n");
    eprint!("{HELP}");
    2
}

fn parse_args(args: &[String]) -> Result<Args, u8> {
    let mut out = Args { format: OutputFormat::Human, today: system_today(), progress: false, files: Vec::new() };
    let mut it = args.iter();
    let mut only_files = false;
    while let Some(a) = it.next() {
        if only_files || !a.starts_with('-') || a == "-" {
            out.files.push(a.clone());
            continue;
        }
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) => (f, Some(v.to_string())),
            None => (a.as_str(), None),
        };
        let mut value = |name: &str| -> Result<String, u8> {
            inline.clone().or_else(|| it.next().cloned()).ok_or_else(|| {
                usage_error(&format!("{name} 后面要写一个值。"), &format!("{name} needs a value"))
            })
        };
        match flag {
            "--format" => {
                out.format = match value("--format")?.as_str() {
                    "human" => OutputFormat::Human,
                    "json" => OutputFormat::Json,
                    other => {
                        return Err(usage_error(
                            &format!("--format 只能是 human 或 json，不能是“{other}”。"),
                            &format!("--format must be human or json, not `{other}`"),
                        ))
                    }
                }
            }
            "--today" => {
                let v = value("--today")?;
                out.today = Date::parse(&v).map_err(|_| {
                    usage_error(&format!("--today 的日期“{v}”无效，应写成 2026-11-22 这样。"), &format!("--today `{v}` is not a YYYY-MM-DD date"))
                })?;
            }
            "--progress" => out.progress = true,
            "--codes" => {
                print!("{}", codes_table());
                return Err(0);
            }
            "--help" | "-h" => {
                print!("{HELP}");
                return Err(0);
            }
            "--" => only_files = true,
            other => return Err(usage_error(&format!("不认识的选项“{other}”。"), &format!("unknown option `{other}`"))),
        }
    }
    if out.files.is_empty() {
        return Err(usage_error("请给出要检查的数据文件。", "no file given"));
    }
    Ok(out)
}

/// Today's date in Beijing time (UTC+8): the township's calendar, whatever the machine's zone.
fn system_today() -> Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    Date::from_days_since_epoch((secs + 8 * 3600).div_euclid(86_400))
}

pub fn run(args: &[String]) -> u8 {
    let args = match parse_args(args) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let opts = Options { today: args.today };
    let mut could_not_run = false;
    let mut any_invalid = false;
    let mut json_files = Vec::new();
    let mut json_problems = Vec::new();
    let (mut total_errors, mut total_warnings) = (0usize, 0usize);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();

    for file in &args.files {
        let show_progress = (args.progress || std::io::stderr().is_terminal())
            && std::fs::metadata(file).is_ok_and(|m| m.len() > PROGRESS_THRESHOLD);
        let mut meter = Meter::new(show_progress, file);
        meter.say("正在读取文件");
        let bytes = match std::fs::read(file) {
            Ok(b) => b,
            Err(e) => {
                meter.clear();
                could_not_run = true;
                let zh = read_error_zh(&e);
                eprintln!("错误：无法读取文件“{file}”：{zh}\nerror: cannot read `{file}`: {e}");
                json_files.push(serde_json::json!({ "file": file, "error": format!("无法读取文件：{zh}"), "error_en": e.to_string() }));
                continue;
            }
        };
        // The tool needs the problems, not the parsed feed: check_bytes drops each record once
        // checked, so a 100,000-record feed needs little more memory than its own size.
        let report = validate::check_bytes(&bytes, &opts, &mut |p| meter.progress(p));
        meter.clear();
        let pinyin_note: Vec<String> =
            if report.is_valid() { [stale_pinyin(file, &bytes), stale_views(file, &bytes)].into_iter().flatten().collect() } else { Vec::new() };
        let (errors, warnings) = (report.errors(), report.warnings());
        total_errors += errors;
        total_warnings += warnings;
        any_invalid |= !report.is_valid();
        match args.format {
            OutputFormat::Human => {
                let _ = out.write_all(render_human(file, &bytes, &report).as_bytes());
                for note in &pinyin_note {
                    let _ = writeln!(out, "{note}");
                }
            }
            OutputFormat::Json => {
                json_files.push(serde_json::json!({
                    "file": file, "valid": report.is_valid(), "errors": errors, "warnings": warnings,
                    "halls": report.halls, "items": report.items, "records": report.records,
                    "notes": pinyin_note.iter().collect::<Vec<_>>(),
                }));
                for p in &report.problems {
                    json_problems.push(problem_json(file, p));
                }
            }
        }
    }

    if args.format == OutputFormat::Json {
        let doc = serde_json::json!({
            "valid": !any_invalid && !could_not_run,
            "errors": total_errors,
            "warnings": total_warnings,
            "files": json_files,
            "problems": json_problems,
        });
        let _ = writeln!(out, "{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
    } else if args.files.len() > 1 {
        let _ = writeln!(out, "合计：{} 个文件，共 {total_errors} 个错误、{total_warnings} 个警告。", args.files.len());
        let _ = writeln!(out, "(total: {} files, {}, {})", args.files.len(), count_en(total_errors, "error"), count_en(total_warnings, "warning"));
    }
    let _ = out.flush();
    if could_not_run {
        2
    } else if any_invalid {
        1
    } else {
        0
    }
}

/// When the page views (`view/` beside `file`, see `gongkai index --views`) were cut from another
/// version of the feed: what that means for residents and the command that fixes it.
fn stale_views(file: &str, bytes: &[u8]) -> Option<String> {
    let dir = std::path::Path::new(file).with_file_name(gongkai_core::view::VIEW_DIR);
    let meta = std::fs::read_to_string(dir.join("meta.json")).ok()?;
    let version = gongkai_core::read::read_version(&meta);
    let feed = gongkai_core::read::read_version(std::str::from_utf8(bytes).ok()?)?;
    if version == Some(feed) {
        return None;
    }
    let was = version.map_or("未知".to_string(), |v| format!("第 {v} 版"));
    Some(format!(
        "提示：页面数据目录 {} 是按{was}数据生成的，现在的数据是第 {feed} 版：居民打开链接时会先看到旧内容，随后才更新。请运行：gongkai index {file} --views {}\n\
         note: the page views in {} are out of date; run gongkai index --views",
        dir.display(),
        dir.display(),
        dir.display()
    ))
}

/// When a `search-pinyin.json` beside `file` does not fit the feed: what is wrong and the command
/// that fixes it. `None` when there is no sidecar or it fits.
fn stale_pinyin(file: &str, bytes: &[u8]) -> Option<String> {
    let side = std::path::Path::new(file).with_file_name("search-pinyin.json");
    let text = std::fs::read_to_string(&side).ok()?;
    let feed: gongkai_core::Feed = serde_json::from_slice(bytes).ok()?;
    let fix = format!("请运行：gongkai index {file} -o {}", side.display());
    let index: gongkai_core::search::PinyinIndex = match serde_json::from_str(&text) {
        Ok(i) => i,
        Err(e) => {
            return Some(format!(
                "提示：拼音搜索文件 {} 读不出来（{e}），居民用拼音（如 dibao）将搜不到。{fix}\nnote: {} is unreadable; run gongkai index",
                side.display(),
                side.display()
            ))
        }
    };
    let (_, report) = gongkai_core::search::Engine::with_pinyin(&feed, &index);
    if index.feed_version == feed.version && report.stale == 0 && report.missing == 0 {
        return None;
    }
    Some(format!(
        "提示：拼音搜索文件 {} 是按第 {} 版数据生成的，现在的数据是第 {} 版：{} 条标题或检索词改过、{} 条没有拼音，这些用拼音（如 dibao）搜不到。{fix}\n\
         note: {} is out of date ({} changed, {} missing); run gongkai index",
        side.display(),
        index.feed_version,
        feed.version,
        report.stale,
        report.missing,
        side.display(),
        report.stale,
        report.missing
    ))
}

/// Every problem code with its severity and meaning, as a Markdown table.
fn codes_table() -> String {
    let mut s = String::from("| 代码 code | 级别 | 类别 | 含义 | meaning |\n|---|---|---|---|---|\n");
    for c in validate::CODES {
        s.push_str(&format!("| `{}` | {} | {} | {} | {} |\n", c.code, c.severity.label_zh(), c.group.as_str(), c.zh, c.en));
    }
    s
}

fn problem_json(file: &str, p: &Problem) -> serde_json::Value {
    serde_json::json!({
        "file": file, "code": p.code, "path": p.path, "line": p.line, "column": p.column,
        "severity": p.severity.as_str(), "message_zh": p.message_zh, "message_en": p.message_en,
    })
}

fn read_error_zh(e: &std::io::Error) -> &'static str {
    match e.kind() {
        std::io::ErrorKind::NotFound => "没有这个文件，请检查文件名和所在文件夹",
        std::io::ErrorKind::PermissionDenied => "没有读取权限",
        std::io::ErrorKind::IsADirectory => "这是一个文件夹，不是文件",
        _ => "读取时出错",
    }
}

// ───────────────────────────── human output ─────────────────────────────

/// The whole human report for one file.
pub fn render_human(file: &str, source: &[u8], report: &Checked) -> String {
    let mut s = String::new();
    for p in report.problems.iter().take(MAX_SHOWN) {
        s.push_str(&render_problem(file, source, p));
        s.push('\n');
    }
    let hidden = report.problems.len().saturating_sub(MAX_SHOWN);
    if hidden > 0 {
        s.push_str(&format!(
            "……另有 {hidden} 个问题没有列出，用 --format json 可以查看全部。\n(… {hidden} more problems not shown; use --format json to see all)\n\n"
        ));
    }
    let (errors, warnings) = (report.errors(), report.warnings());
    if report.is_valid() {
        let warn = if warnings > 0 { format!("，有 {warnings} 个警告建议处理") } else { String::new() };
        s.push_str(&format!(
            "通过：{file} 数据有效（{} 个服务大厅、{} 个服务事项、{} 条公开信息{warn}）。\n(ok: {file} is valid; {})\n",
            report.halls,
            report.items,
            report.records,
            count_en(warnings, "warning")
        ));
    } else {
        s.push_str(&format!(
            "{file}：共发现 {errors} 个错误、{warnings} 个警告，数据无效，请改正后再发布。\n({file}: {}, {}; invalid)\n",
            count_en(errors, "error"),
            count_en(warnings, "warning")
        ));
    }
    s
}

fn count_en(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// One problem, rustc style: heading, location, the source line and a caret under the column.
pub fn render_problem(file: &str, source: &[u8], p: &Problem) -> String {
    let (label, en_label) = match p.severity {
        Severity::Error => ("错误", "error"),
        Severity::Warning => ("警告", "warning"),
    };
    let (shown, caret_at) = source_window(source, p.offset);
    let gutter = p.line.to_string();
    let pad = " ".repeat(gutter.len());
    let mut s = format!("{label}[{}]: {}\n", p.code, p.message_zh);
    s.push_str(&format!("{pad}--> {file}:{}:{}\n", p.line, p.column));
    s.push_str(&format!("{pad} |\n"));
    s.push_str(&format!("{gutter} | {shown}\n"));
    s.push_str(&format!("{pad} | {}^\n", " ".repeat(caret_at)));
    if !p.path.is_empty() {
        s.push_str(&format!("{pad} = 位置 path: {}\n", p.path));
    }
    s.push_str(&format!("{pad} = {en_label}: {}\n", p.message_en));
    s
}

/// Widest source line shown; longer lines are cut around the column.
const MAX_LINE_WIDTH: usize = 100;
/// Bytes of a line read on each side of the problem. A minified feed is one 200 MB line: only a
/// small window around the problem is ever decoded.
const WINDOW_BYTES: usize = 400;

/// The source line around byte `offset`, as shown, and the display width before the caret.
pub fn source_window(source: &[u8], offset: usize) -> (String, usize) {
    let offset = offset.min(source.len());
    // Look for the line's ends only within the window: scanning a 200 MB one-line file to its end
    // for each of 200 problems would take seconds.
    let lo_limit = offset.saturating_sub(WINDOW_BYTES);
    let hi_limit = (offset + WINDOW_BYTES).min(source.len());
    let window = line_bounds(&source[lo_limit..hi_limit], offset - lo_limit);
    let (line_start_seen, line_end_seen) = (window.start > 0 || lo_limit == 0, window.end < hi_limit - lo_limit || hi_limit == source.len());
    let is_continuation = |i: usize| source.get(i).is_some_and(|b| (0x80..0xC0).contains(b));
    let mut lo = lo_limit + window.start;
    while lo < offset && is_continuation(lo) {
        lo += 1;
    }
    let mut hi = (lo_limit + window.end).max(offset);
    while hi > offset && is_continuation(hi) {
        hi -= 1;
    }
    let hi = hi.max(offset).min(source.len());
    let mut before = String::from_utf8_lossy(&source[lo..offset]).into_owned();
    if lo == 0 {
        if let Some(rest) = before.strip_prefix('\u{feff}') {
            before = rest.to_string();
        }
    }
    let after = String::from_utf8_lossy(&source[offset..hi]);
    let column = before.chars().count() + 1;
    clip_line(&format!("{before}{after}"), column, !line_start_seen, !line_end_seen)
}

/// The text as shown (control characters as spaces, cut around `column` when very long; `cut_*`
/// say the text is already part of a longer line) and the display width before the caret (CJK
/// characters are two columns wide).
pub fn clip_line(line: &str, column: usize, cut_left: bool, cut_right: bool) -> (String, usize) {
    let chars: Vec<(char, usize)> = line
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .map(|c| (c, c.width().unwrap_or(0)))
        .collect();
    let at = column.saturating_sub(1).min(chars.len());
    let total: usize = chars.iter().map(|c| c.1).sum();
    let (mut start, mut end) = (0, chars.len());
    if total > MAX_LINE_WIDTH {
        // Keep about 40 columns before the caret and 50 after.
        start = at;
        let mut w = 0;
        while start > 0 && w + chars[start - 1].1 <= 40 {
            start -= 1;
            w += chars[start].1;
        }
        end = at;
        let mut w_after = 0;
        while end < chars.len() && w_after + chars[end].1 <= 50 {
            w_after += chars[end].1;
            end += 1;
        }
    }
    let mut shown = String::new();
    let mut caret = 0;
    if start > 0 || cut_left {
        shown.push('…');
        caret += '…'.width().unwrap_or(1);
    }
    caret += chars[start..at].iter().map(|c| c.1).sum::<usize>();
    shown.extend(chars[start..end].iter().map(|c| c.0));
    if end < chars.len() || cut_right {
        shown.push('…');
    }
    (shown, caret)
}

// ───────────────────────────── progress ─────────────────────────────

/// Progress on stderr for large files: one line rewritten in place on a terminal.
struct Meter<'a> {
    on: bool,
    tty: bool,
    file: &'a str,
    dirty: bool,
}

impl<'a> Meter<'a> {
    fn new(on: bool, file: &'a str) -> Self {
        Meter { on, tty: std::io::stderr().is_terminal(), file, dirty: false }
    }
    fn say(&mut self, what: &str) {
        if !self.on {
            return;
        }
        let mut err = std::io::stderr().lock();
        if self.tty {
            let _ = write!(err, "\r\x1b[2K{}：{what}…", self.file);
            self.dirty = true;
        } else {
            let _ = writeln!(err, "{}：{what}…", self.file);
        }
        let _ = err.flush();
    }
    fn progress(&mut self, p: Progress) {
        match p {
            Progress::Parsing => self.say("正在解析 JSON 结构"),
            Progress::Checking { done, total } => self.say(&format!("正在检查第 {done} / {total} 条")),
        }
    }
    fn clear(&mut self) {
        if self.dirty {
            let _ = write!(std::io::stderr(), "\r\x1b[2K");
            self.dirty = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_caret_counts_chinese_characters_as_two_columns() {
        let (shown, caret) = clip_line("  \"名称\": \"x\"", 9, false, false);
        assert_eq!(shown, "  \"名称\": \"x\"");
        assert_eq!(caret, 10, "2 spaces + quote + 2×2 + quote + colon + space");
    }

    #[test]
    fn very_long_lines_are_cut_around_the_column() {
        let line = format!("{}X{}", "a".repeat(5000), "b".repeat(5000));
        let (shown, caret) = source_window(line.as_bytes(), 5000);
        assert!(shown.chars().count() < 100, "{}", shown.len());
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(shown.chars().nth(caret), Some('X'));
    }

    #[test]
    fn rendering_damaged_files_never_panics_and_always_shows_a_caret() {
        let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/valid/township_small.json");
        let input = std::fs::read(path).expect("fixture");
        let opts = Options { today: Date::new(2026, 11, 22).expect("date") };
        for i in (0..input.len()).step_by(97) {
            for flip in [0x22u8, 0x80, 0xFF] {
                let mut damaged = input.clone();
                damaged[i] ^= flip;
                let report = validate::check_bytes(&damaged, &opts, &mut |_| {});
                let out = render_human("x.json", &damaged, &report);
                for p in &report.problems {
                    assert!(out.contains(&format!("x.json:{}:{}", p.line, p.column)), "{out}");
                }
                assert!(out.matches(" | ").count() >= report.problems.len(), "a source line per problem");
                assert!(out.lines().all(|l| l.chars().count() < 700), "{out}");
            }
        }
    }
}
