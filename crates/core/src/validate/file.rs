//! File-level checks: empty file, byte-order mark, invalid UTF-8, nesting depth, and the JSON
//! syntax errors serde_json reports, explained in plain Chinese.
//!
//! These run before (or instead of) reading the feed's structure. Invalid bytes are replaced by
//! `?` one for one, so every later byte offset still matches the file and the rest of the file is
//! still checked.

use std::borrow::Cow;

use super::{At, Found, Sink};
use crate::json::{self, Seg};
use crate::types::clip;

/// The input as text: the BOM (if any) cut off, invalid bytes replaced by `?`.
pub(crate) struct Prepared<'a> {
    body: Cow<'a, str>,
    /// 3 when the file started with a UTF-8 BOM, else 0. Body offsets + this = file offsets.
    pub bom_len: usize,
}

impl Prepared<'_> {
    pub fn body(&self) -> &str {
        &self.body
    }
}

fn found(code: &'static str, offset: usize, zh: String, en: String) -> Found {
    Found { code, path: Vec::<Seg>::new(), at: At::Offset(offset), fallback: None, zh, en }
}

/// How many invalid UTF-8 places are listed one by one before they are summarised.
const MAX_INVALID_UTF8_LISTED: usize = 10;

/// Turns the raw bytes into checkable text, reporting file-level problems. `None` when there is
/// nothing to check (an empty file, a UTF-16 file).
pub(crate) fn prepare<'a>(input: &'a [u8], sink: &mut Sink) -> Option<Prepared<'a>> {
    if input.iter().all(|b| b.is_ascii_whitespace()) {
        sink.push(found(
            "empty_file",
            0,
            "文件是空的，里面没有任何内容。请确认数据已经导出或保存成功。".into(),
            "the file is empty; check that the feed was exported or saved".into(),
        ));
        return None;
    }
    if input.starts_with(&[0xFF, 0xFE]) || input.starts_with(&[0xFE, 0xFF]) {
        sink.push(found(
            "invalid_utf8",
            0,
            "文件是 UTF-16 编码（记事本里叫“Unicode”），请另存为“UTF-8”编码后再检查。".into(),
            "the file is UTF-16; save it as UTF-8".into(),
        ));
        return None;
    }
    let bom_len = if input.starts_with(&[0xEF, 0xBB, 0xBF]) {
        sink.push(found(
            "bom",
            0,
            "文件开头有一个看不见的 BOM 标记（“UTF-8 带 BOM”）。JSON 文件不允许有它，请另存为“UTF-8”（不带 BOM）。文件的其余部分照常检查。".into(),
            "the file starts with a UTF-8 byte-order mark, which JSON forbids; save as UTF-8 without BOM (the rest was still checked)".into(),
        ));
        3
    } else {
        0
    };
    let rest = &input[bom_len..];
    let body = match std::str::from_utf8(rest) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => Cow::Owned(repair_utf8(rest, sink)),
    };
    Some(Prepared { body, bom_len })
}

/// Replaces every byte of every invalid UTF-8 sequence by `?` (keeping offsets) and reports each
/// run of adjacent bad bytes once.
fn repair_utf8(bytes: &[u8], sink: &mut Sink) -> String {
    let mut out = bytes.to_vec();
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    let mut at = 0;
    while at < out.len() {
        match std::str::from_utf8(&out[at..]) {
            Ok(_) => break,
            Err(e) => {
                let start = at + e.valid_up_to();
                let len = e.error_len().unwrap_or(out.len() - start);
                out[start..start + len].fill(b'?');
                match runs.last_mut() {
                    Some(r) if r.end == start => r.end = start + len,
                    _ => runs.push(start..start + len),
                }
                at = start + len;
            }
        }
    }
    for run in runs.iter().take(MAX_INVALID_UTF8_LISTED) {
        let shown: Vec<String> = bytes[run.clone()].iter().take(8).map(|b| format!("{b:02X}")).collect();
        let more = if run.len() > 8 { " …" } else { "" };
        let shown = format!("{}{more}", shown.join(" "));
        sink.push(found(
            "invalid_utf8",
            run.start,
            format!(
                "这里有 {} 个不是 UTF-8 编码的字节（{shown}）。文件可能是 GBK/GB2312 编码（例如用 Excel、WPS 或记事本另存时选了“ANSI”），请另存为“UTF-8”编码。",
                run.len()
            ),
            format!("{} bytes ({shown}) are not valid UTF-8 (the file may be GBK); save it as UTF-8", run.len()),
        ));
    }
    if runs.len() > MAX_INVALID_UTF8_LISTED {
        let places = runs.len();
        sink.push(found(
            "invalid_utf8",
            0,
            format!("全文共有 {places} 处不是 UTF-8 编码，只列出了前 {MAX_INVALID_UTF8_LISTED} 处。请把整个文件另存为“UTF-8”编码。"),
            format!("{places} invalid UTF-8 places in all; only the first {MAX_INVALID_UTF8_LISTED} are listed"),
        ));
    }
    // Every invalid byte is now `?`, so this cannot fail; stay panic-free all the same.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Reports nesting deeper than [`super::MAX_DEPTH`] at the bracket that crosses the limit.
pub(crate) fn too_deep(sink: &mut Sink, offset: usize) {
    sink.push(found(
        "too_deep",
        offset,
        format!(
            "括号嵌套太深：从这个括号起已超过 {} 层。正常的数据最多嵌套八九层，这个文件可能是被程序出错生成的，没有继续检查。",
            super::MAX_DEPTH
        ),
        format!("nesting deeper than {} levels starts here; the rest was not checked", super::MAX_DEPTH),
    ));
}

/// Reports a JSON syntax error (or a file that ends early) found while reading `body`.
pub(crate) fn syntax(sink: &mut Sink, body: &str, err: &serde_json::Error) {
    if err.classify() == serde_json::error::Category::Eof {
        let end = body.trim_end().len();
        let (line, column) = json::line_columns(body, &[end])[0];
        sink.push(found(
            "incomplete_file",
            end,
            format!("文件不完整：JSON 在第 {line} 行第 {column} 列处意外结束，可能没有保存完或下载中断。请重新导出或下载完整的文件。"),
            format!("incomplete file: the JSON ends unexpectedly at line {line} column {column}; it was probably not fully saved or downloaded"),
        ));
        return;
    }
    let offset = json::offset_of_line_byte_column(body, err.line(), err.column());
    let message = serde_message(err);
    let (zh, offset) = explain_syntax(body, offset, &message);
    sink.push(found("syntax", offset, format!("JSON 写法有误：{zh}"), format!("JSON syntax error: {message}")));
}

/// serde_json's message without its " at line L column C" suffix.
pub(crate) fn serde_message(err: &serde_json::Error) -> String {
    let full = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    match full.strip_suffix(&suffix) {
        Some(m) if err.line() > 0 => m.to_string(),
        _ => full,
    }
}

/// A plain-Chinese explanation of a syntax error, and the offset to point at. serde_json says
/// *what* it expected; staff need to know what they typed wrong, so look at the text itself.
fn explain_syntax(body: &str, offset: usize, message: &str) -> (String, usize) {
    let here = &body[offset..];
    // serde_json points at the last byte it read; the culprit may be that byte or the next.
    let ahead = here.trim_start();
    let ahead_at = offset + (here.len() - ahead.len());
    // Where `p` begins: right here, or after the whitespace that follows.
    let starts = |p: &str| {
        if here.starts_with(p) {
            Some(offset)
        } else if ahead.starts_with(p) {
            Some(ahead_at)
        } else {
            None
        }
    };

    if let Some(at) = starts("NaN").or_else(|| starts("Infinity")).or_else(|| starts("-Infinity")) {
        return ("JSON 里不能写 NaN 或 Infinity（“不是数字”“无穷大”）。金额请写成 \"10.00\" 这样的字符串，没有数值就删掉这个字段。".into(), at);
    }
    if let Some(at) = starts("//").or_else(|| starts("/*")) {
        return ("JSON 不允许写注释（// 或 /* */）。请删掉注释；需要说明的话写进 note 字段。".into(), at);
    }
    // serde_json words a comma before `}` or `]` differently depending on how it was reading
    // ("trailing comma", "key must be a string", "expected value"); staff need one explanation,
    // pointing at the comma itself.
    let closes = ahead.starts_with('}') || ahead.starts_with(']');
    if message == "trailing comma" || (closes && matches!(message, "key must be a string" | "expected value")) {
        let before = body[..ahead_at].trim_end();
        let at = if before.ends_with(',') { before.len() - 1 } else { offset };
        return ("最后一项后面多了一个逗号：JSON 里 ] 或 } 前面不能有逗号，请删掉它。".into(), at);
    }
    for (ch, at) in [(here.chars().next(), offset), (ahead.chars().next(), ahead_at)] {
        let zh = match ch {
            Some('\'') => "字符串和字段名要用英文双引号 \" 括起来，不能用单引号 '。",
            Some('“' | '”') => "这里用了中文引号“”，JSON 要用英文双引号 \"。",
            Some('，') => "这里用了中文逗号“，”，请改成英文逗号 ,。",
            Some('：') => "这里用了中文冒号“：”，请改成英文冒号 :。",
            Some('【' | '】' | '｛' | '｝') => "这里用了中文括号，请改成英文的 [ ] 或 { }。",
            _ => continue,
        };
        return (zh.into(), at);
    }
    let zh = match message {
        m if m.starts_with("expected `,` or") => "这里少了逗号，或者括号没有配对：相邻两项之间要用英文逗号 , 隔开。".to_string(),
        "expected `:`" => "字段名后面要有英文冒号 :。".into(),
        "key must be a string" => "字段名必须用英文双引号括起来，例如 \"title\"。".into(),
        "expected ident" => "这里只能写 true、false 或 null（全部小写、不带引号）。".into(),
        "expected value" => format!(
            "这里应该是一个值（用双引号括起来的文字、数字、true、false、null、{{…}} 或 […]），实际写的是“{}”。",
            clip(ahead.lines().next().unwrap_or(""))
        ),
        "invalid number" | "number out of range" => "数字写法不对或太大。金额、编号等请写成带双引号的文字。".into(),
        "invalid escape" => "反斜杠 \\ 后面的写法不对：要写反斜杠本身，请写两个 \\\\。".into(),
        m if m.starts_with("control character") => "文字中间有换行、制表符等控制字符：字符串里的换行要写成 \\n。".into(),
        "trailing characters" => "数据已经结束，后面还有多余的内容（可能多了一个 } 或 ]，或把两份数据拼在了一起）。".into(),
        m if m.contains("unicode") || m.contains("surrogate") || m.contains("hex escape") => "\\u 转义写法不对，应为 \\u 加四位十六进制数字。".into(),
        "recursion limit exceeded" => "括号嵌套太深。".into(),
        other => format!("不符合 JSON 写法（{}）。", clip(other)),
    };
    (zh, offset)
}
