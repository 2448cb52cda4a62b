//! `gongkai search FEED QUERY [--format human|json] [--limit N] [--pinyin FILE | --no-pinyin]`.
//!
//! Without `--pinyin`, the `search-pinyin.json` beside the feed is used when there is one — the
//! same file the portal fetches — so staff see what residents find (`--no-pinyin` turns it off).
//!
//! Runs the portal's own engine (`gongkai_core::search`) on a feed file, so staff can check what a
//! resident will find before publishing. `--format json` prints a JSON array of hits in rank
//! order (`id`, `kind`, `title`, `score`, `highlights`) for scripts and the benchmark.

use std::fmt::Write as _;

use gongkai_core::search::{snippet, DocRef, Engine, Field, Hit, PinyinIndex, SearchOptions, SearchResults};
use gongkai_core::Feed;
use serde::Serialize;

const DEFAULT_HUMAN_LIMIT: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Human,
    Json,
}

#[derive(Debug)]
struct Args {
    feed: String,
    query: String,
    format: Format,
    limit: Option<usize>,
    pinyin: Pinyin,
}

/// Where pinyin comes from.
#[derive(Debug, PartialEq, Eq)]
enum Pinyin {
    /// `search-pinyin.json` beside the feed, if it exists (the default).
    Beside,
    /// `--pinyin FILE`: must be readable.
    File(String),
    /// `--no-pinyin`.
    Off,
}

/// A usage error, in Chinese with an English line.
fn usage_error(zh: &str, en: &str) -> String {
    format!("错误：{zh}\nerror: {en}\n用法 usage: gongkai search [--format human|json] [--limit N] [--pinyin 拼音文件 | --no-pinyin] 数据文件 查询词")
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut positional = Vec::new();
    let mut format = Format::Human;
    let mut limit = None;
    let mut pinyin = Pinyin::Beside;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next().cloned().ok_or_else(|| usage_error(&format!("{name} 后面缺少取值。"), &format!("{name} needs a value")))
        };
        match a.as_str() {
            "--format" => {
                format = match value("--format")?.as_str() {
                    "human" => Format::Human,
                    "json" => Format::Json,
                    other => return Err(usage_error(&format!("--format 只能是 human 或 json，不能是“{other}”。"), "--format must be human or json")),
                }
            }
            "--limit" => {
                let v = value("--limit")?;
                limit = Some(v.parse::<usize>().ok().filter(|n| *n > 0).ok_or_else(|| {
                    usage_error(&format!("--limit 应为正整数，不能是“{v}”。"), "--limit must be a positive integer")
                })?);
            }
            "--pinyin" => pinyin = Pinyin::File(value("--pinyin")?),
            "--no-pinyin" => pinyin = Pinyin::Off,
            s if s.starts_with("--") => return Err(usage_error(&format!("不认识的选项“{s}”。"), &format!("unknown option `{s}`"))),
            _ => positional.push(a.clone()),
        }
    }
    match positional.len() {
        2 => {
            let query = positional.pop().unwrap_or_default();
            let feed = positional.pop().unwrap_or_default();
            Ok(Args { feed, query, format, limit, pinyin })
        }
        0 | 1 => Err(usage_error("需要数据文件和查询词两个参数。", "expected FEED and QUERY")),
        _ => Err(usage_error(
            "参数太多：多个查询词请用引号括起来，例如 \"低保 2025\"。",
            "too many arguments: quote a query with several terms",
        )),
    }
}

fn read_feed(path: &str) -> Result<Feed, (u8, String)> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| (2, format!("错误：打不开数据文件“{path}”：{e}\nerror: cannot read feed `{path}`")))?;
    serde_json::from_str(&text).map_err(|e| {
        (1, format!("错误：数据文件“{path}”不是有效的数据（第 {} 行第 {} 列）：{e}\n请先运行 gongkai validate {path} 查看详细问题。\nerror: `{path}` is not a valid feed", e.line(), e.column()))
    })
}

fn read_pinyin(path: &str) -> Result<PinyinIndex, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("错误：打不开拼音文件“{path}”：{e}\nerror: cannot read pinyin file `{path}`"))?;
    serde_json::from_str(&text).map_err(|e| {
        format!("错误：拼音文件“{path}”格式不对（第 {} 行第 {} 列）：{e}\n请用 gongkai index 重新生成。\nerror: `{path}` is not a pinyin sidecar", e.line(), e.column())
    })
}

fn field_name(f: Field) -> &'static str {
    match f {
        Field::Title => "title",
        Field::Code => "code",
        Field::DocNumber => "doc_number",
        Field::Summary => "summary",
        Field::Text => "text",
    }
}

#[derive(Serialize)]
struct JsonHighlight {
    field: &'static str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct JsonHit<'a> {
    id: &'a str,
    kind: &'static str,
    title: &'a str,
    score: u32,
    highlights: Vec<JsonHighlight>,
}

/// Wraps the highlighted ranges of `text` in 【】.
fn mark(text: &str, ranges: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(text.len() + ranges.len() * 6);
    let mut at = 0;
    for &(a, b) in ranges {
        if a < at || b > text.len() || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
            continue;
        }
        out.push_str(&text[at..a]);
        out.push('【');
        out.push_str(&text[a..b]);
        out.push('】');
        at = b;
    }
    out.push_str(&text[at..]);
    out
}

fn ranges(hit: &Hit, field: Field) -> Vec<(usize, usize)> {
    hit.highlights.iter().filter(|h| h.field == field).map(|h| (h.start, h.end)).collect()
}

fn human(feed: &Feed, engine: &Engine, query: &str, r: &SearchResults, limit: usize) -> String {
    let mut out = String::new();
    if !r.also_searched.is_empty() {
        let _ = writeln!(out, "也搜索了：{}", r.also_searched.join("、"));
    }
    if !r.ignored_terms.is_empty() {
        let _ = writeln!(out, "提示：查询词太多，没有使用：{}", r.ignored_terms.join(" "));
    }
    if r.hits.is_empty() {
        let _ = writeln!(out, "没有找到“{query}”。 (no results)");
        if !r.suggestions.is_empty() {
            let _ = writeln!(out, "你可以试试：{}", r.suggestions.join("　"));
        }
        return out;
    }
    let shown = r.hits.len().min(limit);
    let _ = writeln!(out, "找到 {} 条，显示前 {shown} 条。 ({} results)", r.hits.len(), r.hits.len());
    for (n, hit) in r.hits.iter().take(limit).enumerate() {
        let title = engine.title(hit.doc).unwrap_or("");
        let (kind, extra) = match hit.doc {
            DocRef::Item(i) => ("事项", feed.items.get(i).map(|it| it.code.clone()).unwrap_or_default()),
            DocRef::Record(i) => ("信息", feed.records.get(i).map(|rec| rec.published.to_string()).unwrap_or_default()),
        };
        let id = engine.id(hit.doc).unwrap_or("");
        let _ = writeln!(out, "{:>3}. {}  〔{kind} {id} · {extra} · 得分 {}〕", n + 1, mark(title, &ranges(hit, Field::Title)), hit.score);
        if let Some(s) = snippet(feed, hit.doc, &r.needles, 60) {
            let _ = writeln!(out, "     {}", mark(&s.text, &s.highlights));
        }
    }
    out
}

pub fn run(args: &[String]) -> u8 {
    let args = match parse_args(args) {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("{msg}");
            return 2;
        }
    };
    let feed = match read_feed(&args.feed) {
        Ok(f) => f,
        Err((code, msg)) => {
            eprintln!("{msg}");
            return code;
        }
    };
    let mut engine = Engine::new(&feed);
    let beside = std::path::Path::new(&args.feed).with_file_name("search-pinyin.json");
    let pinyin = match &args.pinyin {
        Pinyin::File(path) => Some(path.clone()),
        Pinyin::Beside if beside.is_file() => Some(beside.to_string_lossy().into_owned()),
        _ => None,
    };
    if let Some(path) = &pinyin {
        match read_pinyin(path) {
            Ok(index) => {
                let report = engine.attach_pinyin(&index);
                if report.stale > 0 || index.feed_version != feed.version {
                    eprintln!(
                        "提示：拼音文件对应数据版本 {}，当前数据版本 {}；{} 条标题已改动、未使用其拼音。请运行 gongkai index 重新生成。\nnote: pinyin sidecar is stale ({} entries skipped)",
                        index.feed_version, feed.version, report.stale, report.stale
                    );
                }
            }
            // The file beside the feed was not asked for by name: say so and search without it.
            Err(msg) if args.pinyin == Pinyin::Beside => {
                eprintln!("{msg}\n提示：这次搜索不使用拼音。 note: searching without pinyin");
            }
            Err(msg) => {
                eprintln!("{msg}");
                return 2;
            }
        }
    }
    let opts = SearchOptions { limit: if args.format == Format::Json { args.limit } else { None }, ..SearchOptions::default() };
    let r = engine.search_with(&args.query, &opts);
    match args.format {
        Format::Json => {
            let hits: Vec<JsonHit> = r
                .hits
                .iter()
                .map(|h| JsonHit {
                    id: engine.id(h.doc).unwrap_or(""),
                    kind: match h.doc {
                        DocRef::Item(_) => "item",
                        DocRef::Record(_) => "record",
                    },
                    title: engine.title(h.doc).unwrap_or(""),
                    score: h.score,
                    highlights: h.highlights.iter().map(|x| JsonHighlight { field: field_name(x.field), start: x.start, end: x.end }).collect(),
                })
                .collect();
            match serde_json::to_string_pretty(&hits) {
                Ok(s) => println!("{s}"),
                Err(e) => {
                    eprintln!("错误：无法输出结果：{e}\nerror: cannot write JSON");
                    return 2;
                }
            }
            if !r.also_searched.is_empty() {
                eprintln!("也搜索了：{}", r.also_searched.join("、"));
            }
            if r.hits.is_empty() && !r.suggestions.is_empty() {
                eprintln!("你可以试试：{}", r.suggestions.join("　"));
            }
        }
        Format::Human => print!("{}", human(&feed, &engine, &args.query, &r, args.limit.unwrap_or(DEFAULT_HUMAN_LIMIT))),
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn options_may_come_before_or_after_the_arguments() {
        let a = parse_args(&s(&["--format", "json", "feed.json", "低保", "--limit", "3"])).unwrap();
        assert_eq!((a.feed.as_str(), a.query.as_str(), a.format, a.limit), ("feed.json", "低保", Format::Json, Some(3)));
    }

    #[test]
    fn bad_arguments_are_explained_in_chinese() {
        for bad in [&["feed.json"][..], &["a", "b", "c"], &["--limit", "0", "f", "q"], &["--format", "xml", "f", "q"], &["--nope", "f", "q"], &["f", "q", "--pinyin"]] {
            let err = parse_args(&s(bad)).unwrap_err();
            assert!(err.starts_with("错误："), "{err}");
            assert!(err.contains("error:"), "{err}");
        }
    }

    #[test]
    fn marks_wrap_each_range() {
        assert_eq!(mark("2024年低保名单", &[(7, 13)]), "2024年【低保】名单");
        assert_eq!(mark("低保", &[(0, 6)]), "【低保】");
    }
}
