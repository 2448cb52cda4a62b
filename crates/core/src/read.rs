//! A small reader for feed JSON that builds the [`Feed`] model without serde's per-type code.
//!
//! Why it exists: the portal must fit a 120 KiB (brotli) app shell, and deserializing the whole
//! feed model with `serde_json` costs about 56 KiB of wasm on its own (measured: a Leptos router
//! page with fetch is 66 KiB; the same page that also parses the feed with serde_json is 122 KiB).
//! This reader is a plain recursive-descent JSON parser plus one short hand-written conversion
//! per model type, sharing all of its generic machinery.
//!
//! It accepts exactly what `serde_json::from_str::<Feed>` accepts and builds the same value
//! (tests compare the two on every fixture and on every single-field deletion, `null` and
//! unknown key of a feed that sets every field). The model stays the contract: adding a field to
//! a model struct is a compile error here (struct literals name every field), and closed enums are
//! read through their `ALL`/`as_str()`, so a new variant needs no change.
//!
//! Errors carry the byte offset of the offending value, turned into line:column, and a JSON path.

use std::borrow::Cow;

use crate::model::*;
use crate::search::{PinyinEntry, PinyinIndex};
use crate::view::{DatedLink, HallCount, HomeView, Link, ViewPart};
use crate::types::{ClockTime, Date, DateTime, HttpUrl, Yuan};

/// serde_json's recursion limit; deeper input is refused, never a stack overflow.
const MAX_DEPTH: usize = 128;

/// Why a feed could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// 1-based line of the offending byte.
    pub line: usize,
    /// 1-based column (in characters) of the offending byte.
    pub column: usize,
    /// JSON path of the value, e.g. `items[3].fee.lines[0].amount` (empty for syntax errors).
    pub path: String,
    /// What is wrong, in Chinese.
    pub message: String,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "第 {} 行第 {} 列", self.line, self.column)?;
        if !self.path.is_empty() {
            write!(f, "（{}）", self.path)?;
        }
        write!(f, "：{}", self.message)
    }
}

impl std::error::Error for ReadError {}

/// Reads a whole feed.
pub fn read_feed(text: &str) -> Result<Feed, ReadError> {
    read_root(text)
}

fn read_root<T: FromJ>(text: &str) -> Result<T, ReadError> {
    let root = parse(text)?;
    let mut cx = Cx { text, path: Vec::new(), error: None };
    match T::from_j(&root, &mut cx) {
        Some(value) if cx.error.is_none() => Ok(value),
        _ => Err(cx.error.unwrap_or_else(|| syntax(text, 0, "无法读取"))),
    }
}

/// The top-level `version` of a feed, without reading the rest: one pass over the bytes that
/// skips nested values (the portal uses it to see whether a feed it has not read yet is the one
/// its page was drawn from). `None` when there is no such number.
pub fn read_version(text: &str) -> Option<u64> {
    let b = text.as_bytes();
    let (mut i, mut depth, mut key_next) = (0usize, 0usize, false);
    while i < b.len() {
        match b[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                let s = b.get(start..i)?;
                i += 1;
                if depth == 1 && key_next {
                    key_next = false;
                    let mut j = i;
                    while b.get(j).is_some_and(|c| c.is_ascii_whitespace()) {
                        j += 1;
                    }
                    if s == b"version" && b.get(j) == Some(&b':') {
                        let rest = text.get(j + 1..)?.trim_start();
                        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                        return rest[..digits].parse().ok();
                    }
                }
            }
            b'{' | b'[' => {
                depth += 1;
                key_next = depth == 1 && b[i] == b'{';
                i += 1;
            }
            b'}' | b']' => {
                depth = depth.checked_sub(1)?;
                i += 1;
            }
            b',' => {
                key_next = depth == 1;
                i += 1;
            }
            _ => i += 1,
        }
    }
    None
}

/// Reads only the top-level `format` string, if the text is JSON with one (to tell a feed of
/// another version apart from a damaged file).
pub fn read_format(text: &str) -> Option<String> {
    match parse(text).ok()?.v {
        J::Obj(fields) => fields.into_iter().find(|(k, _)| k == "format").and_then(|(_, n)| match n.v {
            J::Str(s) => Some(s.into_owned()),
            _ => None,
        }),
        _ => None,
    }
}

// ───────────────────────────── the JSON tree ─────────────────────────────

/// A parsed JSON value and the byte offset where it starts.
#[derive(Debug)]
struct Node<'a> {
    at: usize,
    v: J<'a>,
}

#[derive(Debug)]
enum J<'a> {
    Null,
    Bool(bool),
    /// The number as written (validated JSON number syntax).
    Num(&'a str),
    Str(Cow<'a, str>),
    Arr(Vec<Node<'a>>),
    Obj(Vec<(Cow<'a, str>, Node<'a>)>),
}

fn line_col(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let before = text.get(..at).unwrap_or("");
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn syntax(text: &str, at: usize, message: &str) -> ReadError {
    let (line, column) = line_col(text, at);
    ReadError { line, column, path: String::new(), message: message.to_string() }
}

fn parse(text: &str) -> Result<Node<'_>, ReadError> {
    let mut p = Parser { s: text.as_bytes(), text, i: 0 };
    let v = p.value(0)?;
    p.ws();
    if p.i < p.s.len() {
        return Err(syntax(text, p.i, "JSON 值之后还有多余的内容"));
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a [u8],
    text: &'a str,
    i: usize,
}

impl<'a> Parser<'a> {
    fn ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.s.get(self.i) {
            self.i += 1;
        }
    }

    fn err<T>(&self, at: usize, message: &str) -> Result<T, ReadError> {
        Err(syntax(self.text, at, message))
    }

    fn value(&mut self, depth: usize) -> Result<Node<'a>, ReadError> {
        self.ws();
        let at = self.i;
        if depth > MAX_DEPTH {
            return self.err(at, "嵌套层数太多");
        }
        let v = match self.s.get(at) {
            None => return self.err(at, "文件意外结束，缺少 JSON 值"),
            Some(b'{') => {
                self.i += 1;
                let mut fields = Vec::new();
                self.ws();
                if self.s.get(self.i) == Some(&b'}') {
                    self.i += 1;
                } else {
                    loop {
                        self.ws();
                        if self.s.get(self.i) != Some(&b'"') {
                            return self.err(self.i, "这里应该是用双引号括起来的字段名");
                        }
                        let key = self.string()?;
                        self.ws();
                        if self.s.get(self.i) != Some(&b':') {
                            return self.err(self.i, "字段名后面应该是冒号 :");
                        }
                        self.i += 1;
                        let value = self.value(depth + 1)?;
                        fields.push((key, value));
                        self.ws();
                        match self.s.get(self.i) {
                            Some(b',') => self.i += 1,
                            Some(b'}') => {
                                self.i += 1;
                                break;
                            }
                            _ => return self.err(self.i, "这里应该是逗号 , 或右花括号 }"),
                        }
                    }
                }
                J::Obj(fields)
            }
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.s.get(self.i) == Some(&b']') {
                    self.i += 1;
                } else {
                    loop {
                        items.push(self.value(depth + 1)?);
                        self.ws();
                        match self.s.get(self.i) {
                            Some(b',') => self.i += 1,
                            Some(b']') => {
                                self.i += 1;
                                break;
                            }
                            _ => return self.err(self.i, "这里应该是逗号 , 或右方括号 ]"),
                        }
                    }
                }
                J::Arr(items)
            }
            Some(b'"') => J::Str(self.string()?),
            Some(b't') => self.word("true", J::Bool(true))?,
            Some(b'f') => self.word("false", J::Bool(false))?,
            Some(b'n') => self.word("null", J::Null)?,
            Some(b'-' | b'0'..=b'9') => self.number()?,
            Some(_) => return self.err(at, "这里应该是 JSON 值（对象、数组、字符串、数字、true、false 或 null）"),
        };
        Ok(Node { at, v })
    }

    fn word(&mut self, w: &str, v: J<'a>) -> Result<J<'a>, ReadError> {
        if self.s[self.i..].starts_with(w.as_bytes()) {
            self.i += w.len();
            Ok(v)
        } else {
            self.err(self.i, "无法识别的写法（true、false、null 要全部小写）")
        }
    }

    fn number(&mut self) -> Result<J<'a>, ReadError> {
        let start = self.i;
        let digits = |p: &mut Self| {
            let from = p.i;
            while let Some(b'0'..=b'9') = p.s.get(p.i) {
                p.i += 1;
            }
            p.i - from
        };
        if self.s.get(self.i) == Some(&b'-') {
            self.i += 1;
        }
        let int_start = self.i;
        let n = digits(self);
        if n == 0 || (n > 1 && self.s[int_start] == b'0') {
            return self.err(start, "数字写法不对");
        }
        if self.s.get(self.i) == Some(&b'.') {
            self.i += 1;
            if digits(self) == 0 {
                return self.err(start, "数字写法不对");
            }
        }
        if let Some(b'e' | b'E') = self.s.get(self.i) {
            self.i += 1;
            if let Some(b'+' | b'-') = self.s.get(self.i) {
                self.i += 1;
            }
            if digits(self) == 0 {
                return self.err(start, "数字写法不对");
            }
        }
        Ok(J::Num(&self.text[start..self.i]))
    }

    /// A string starting at the opening quote; borrowed when it has no escapes.
    fn string(&mut self) -> Result<Cow<'a, str>, ReadError> {
        let open = self.i;
        self.i += 1;
        let start = self.i;
        loop {
            match self.s.get(self.i) {
                None => return self.err(open, "字符串缺少结尾的双引号"),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(Cow::Borrowed(&self.text[start..self.i - 1]));
                }
                Some(b'\\') => {
                    let copied = self.text[start..self.i].to_string();
                    return self.finish_string(open, copied).map(Cow::Owned);
                }
                Some(&x) if x < 0x20 => return self.err(self.i, "字符串里不能直接有控制字符（换行要写成 \\n）"),
                Some(_) => self.i += 1,
            }
        }
    }

    /// The rest of a string that needed copying because it has escapes.
    fn finish_string(&mut self, open: usize, mut buf: String) -> Result<String, ReadError> {
        loop {
            match self.s.get(self.i) {
                None => return self.err(open, "字符串缺少结尾的双引号"),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(buf);
                }
                Some(b'\\') => {
                    let c = self.escape()?;
                    buf.push(c);
                }
                Some(&x) if x < 0x20 => return self.err(self.i, "字符串里不能直接有控制字符（换行要写成 \\n）"),
                Some(_) => {
                    let from = self.i;
                    while let Some(&x) = self.s.get(self.i) {
                        if x == b'"' || x == b'\\' || x < 0x20 {
                            break;
                        }
                        self.i += 1;
                    }
                    buf.push_str(&self.text[from..self.i]);
                }
            }
        }
    }

    /// One escape sequence (self.i on the backslash); leaves self.i after it.
    fn escape(&mut self) -> Result<char, ReadError> {
        let at = self.i;
        self.i += 1;
        let c = match self.s.get(self.i) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let hi = self.hex4(at)?;
                let code = if (0xD800..0xDC00).contains(&hi) {
                    if self.s.get(self.i + 1) != Some(&b'\\') || self.s.get(self.i + 2) != Some(&b'u') {
                        return self.err(at, "字符串里的 \\u 转义不完整（缺少低位代理）");
                    }
                    self.i += 2;
                    let lo = self.hex4(at)?;
                    if !(0xDC00..0xE000).contains(&lo) {
                        return self.err(at, "字符串里的 \\u 转义无效");
                    }
                    0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                } else {
                    hi
                };
                match char::from_u32(code) {
                    Some(c) => c,
                    None => return self.err(at, "字符串里的 \\u 转义无效"),
                }
            }
            _ => return self.err(at, "字符串里的反斜杠转义无效"),
        };
        self.i += 1;
        Ok(c)
    }

    /// Reads the four hex digits after `\u` (self.i is on the `u`); leaves self.i on the last digit.
    fn hex4(&mut self, at: usize) -> Result<u32, ReadError> {
        let digits = self.s.get(self.i + 1..self.i + 5).filter(|d| d.iter().all(u8::is_ascii_hexdigit));
        let Some(d) = digits else { return self.err(at, "字符串里的 \\u 后面要有 4 位十六进制数") };
        let v = d.iter().fold(0u32, |acc, &c| acc * 16 + (c as char).to_digit(16).unwrap_or(0));
        self.i += 4;
        Ok(v)
    }
}

// ───────────────────────────── from the tree to the model ─────────────────────────────
//
// Code size shapes this part: conversions return `Option` and leave the first error in the
// context, and a struct is assembled by one `match` over all its fields once every field has
// been read. Early returns with `?` after each field would make the compiler emit a separate
// clean-up path for every prefix of already-read fields (quadratic in the field count).

/// Conversion context: the source text (for line:column), the current JSON path, and the
/// first error met.
struct Cx<'t> {
    text: &'t str,
    path: Vec<Seg>,
    error: Option<ReadError>,
}

enum Seg {
    Key(&'static str),
    Index(usize),
    /// A key of a map (`items.mz-dibao`).
    Name(String),
}

impl Cx<'_> {
    /// Records an error (the first one wins) and returns `None`.
    #[inline(never)]
    fn fail<T>(&mut self, at: usize, message: String) -> Option<T> {
        if self.error.is_none() {
            let (line, column) = line_col(self.text, at);
            let mut path = String::new();
            for seg in &self.path {
                match seg {
                    Seg::Key(k) => {
                        if !path.is_empty() {
                            path.push('.');
                        }
                        path.push_str(k);
                    }
                    Seg::Index(i) => path.push_str(&format!("[{i}]")),
                    Seg::Name(k) => {
                        path.push('.');
                        path.push_str(k);
                    }
                }
            }
            self.error = Some(ReadError { line, column, path, message });
        }
        None
    }
}

trait FromJ: Sized {
    fn from_j(n: &Node, cx: &mut Cx) -> Option<Self>;
}

fn kind_name(v: &J) -> &'static str {
    match v {
        J::Null => "null",
        J::Bool(_) => "true/false",
        J::Num(_) => "数字",
        J::Str(_) => "字符串",
        J::Arr(_) => "数组",
        J::Obj(_) => "对象",
    }
}

#[inline(never)]
fn wrong<T>(n: &Node, cx: &mut Cx, want: &str) -> Option<T> {
    let m = format!("这里应该是{want}，实际是{}", kind_name(&n.v));
    cx.fail(n.at, m)
}

fn as_str<'n>(n: &'n Node, cx: &mut Cx) -> Option<&'n str> {
    match &n.v {
        J::Str(s) => Some(s),
        _ => wrong(n, cx, "字符串"),
    }
}

impl FromJ for String {
    fn from_j(n: &Node, cx: &mut Cx) -> Option<Self> {
        as_str(n, cx).map(str::to_string)
    }
}

impl FromJ for bool {
    fn from_j(n: &Node, cx: &mut Cx) -> Option<Self> {
        match n.v {
            J::Bool(b) => Some(b),
            _ => wrong(n, cx, " true 或 false"),
        }
    }
}

/// Unsigned integers: digits only, in range (as serde_json: `1.0`, `-1` and `1e3` are refused).
#[inline(never)]
fn unsigned(n: &Node, cx: &mut Cx, max: u64) -> Option<u64> {
    match n.v {
        J::Num(s) => match s.parse::<u64>() {
            Ok(v) if v <= max => Some(v),
            _ => cx.fail(n.at, format!("这里应该是 0 到 {max} 之间的整数")),
        },
        _ => wrong(n, cx, "整数"),
    }
}

impl FromJ for u64 {
    fn from_j(n: &Node, cx: &mut Cx) -> Option<Self> {
        unsigned(n, cx, u64::MAX)
    }
}

impl FromJ for u32 {
    fn from_j(n: &Node, cx: &mut Cx) -> Option<Self> {
        unsigned(n, cx, u64::from(u32::MAX)).map(|v| v as u32)
    }
}

impl FromJ for u8 {
    fn from_j(n: &Node, cx: &mut Cx) -> Option<Self> {
        unsigned(n, cx, u64::from(u8::MAX)).map(|v| v as u8)
    }
}

impl<T: FromJ> FromJ for Vec<T> {
    fn from_j(n: &Node, cx: &mut Cx) -> Option<Self> {
        let J::Arr(items) = &n.v else { return wrong(n, cx, "数组") };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            cx.path.push(Seg::Index(i));
            let v = T::from_j(item, cx);
            cx.path.pop();
            out.push(v?);
        }
        Some(out)
    }
}

/// A JSON object as a map (serde's `BTreeMap`: a repeated key keeps the last value).
impl<T: FromJ> FromJ for std::collections::BTreeMap<String, T> {
    fn from_j(n: &Node, cx: &mut Cx) -> Option<Self> {
        let J::Obj(fields) = &n.v else { return wrong(n, cx, "对象") };
        let mut out = std::collections::BTreeMap::new();
        for (k, v) in fields {
            cx.path.push(Seg::Name(k.to_string()));
            let value = T::from_j(v, cx);
            cx.path.pop();
            out.insert(k.to_string(), value?);
        }
        Some(out)
    }
}

/// Value types parse from strings with their own rules (and messages).
macro_rules! from_string_parse {
    ($($t:ty),*) => {$(
        impl FromJ for $t {
            fn from_j(n: &Node, cx: &mut Cx) -> Option<Self> {
                let s = as_str(n, cx)?;
                match <$t>::parse(s) {
                    Ok(v) => Some(v),
                    Err(e) => cx.fail(n.at, strip_code(&e)),
                }
            }
        }
    )*};
}
from_string_parse!(Date, DateTime, ClockTime, Yuan, HttpUrl);

/// Value-type messages start with a stable code in brackets (`[bad_date] …`); residents need
/// only the sentence.
fn strip_code(e: &str) -> String {
    match e.strip_prefix('[').and_then(|r| r.split_once("] ")) {
        Some((_, rest)) => rest.to_string(),
        None => e.to_string(),
    }
}

/// Closed enums: one of the Chinese words the format lists.
macro_rules! from_closed_enum {
    ($($t:ty),*) => {$(
        impl FromJ for $t {
            fn from_j(n: &Node, cx: &mut Cx) -> Option<Self> {
                let s = as_str(n, cx)?;
                let words: Vec<&str> = <$t>::ALL.iter().map(|v| v.as_str()).collect();
                let i = one_of(n, cx, s, &words)?;
                <$t>::ALL.get(i).copied()
            }
        }
    )*};
}
from_closed_enum!(
    ItemKind, Level, Audience, BodyNature, LawLevel, MaterialForm, OnlineLevel, ResultKind, DevolutionMode, RecordKind, Channel,
    RecordAudience, DisclosureMode, ValidityStatus, Schedule, ColumnType, Mask
);

/// The position of `found` among `words`, or an error listing them.
#[inline(never)]
fn one_of(n: &Node, cx: &mut Cx, found: &str, words: &[&str]) -> Option<usize> {
    match words.iter().position(|w| *w == found) {
        Some(i) => Some(i),
        None => cx.fail(n.at, format!("“{found}”不是可用的值，可用的值：{}", words.join("、"))),
    }
}

/// An object being read: its fields and the node (for errors).
struct Obj<'n, 'a> {
    node: &'n Node<'a>,
    fields: &'n [(Cow<'a, str>, Node<'a>)],
}

/// Checks `n` is an object whose keys are all in `known` and none repeats.
#[inline(never)]
fn obj<'n, 'a>(n: &'n Node<'a>, cx: &mut Cx, known: &[&str]) -> Option<Obj<'n, 'a>> {
    let J::Obj(fields) = &n.v else { return wrong(n, cx, "对象") };
    for (i, (k, v)) in fields.iter().enumerate() {
        if !known.contains(&k.as_ref()) {
            return cx.fail(v.at, format!("未知字段“{k}”，可用的字段：{}", known.join("、")));
        }
        if fields[..i].iter().any(|(k2, _)| k2 == k) {
            return cx.fail(v.at, format!("字段“{k}”重复出现"));
        }
    }
    Some(Obj { node: n, fields })
}

impl<'a> Obj<'_, 'a> {
    fn get(&self, key: &str) -> Option<&Node<'a>> {
        self.fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// A required field.
    fn req<T: FromJ>(&self, cx: &mut Cx, key: &'static str) -> Option<T> {
        match self.get(key) {
            Some(v) => {
                cx.path.push(Seg::Key(key));
                let out = T::from_j(v, cx);
                cx.path.pop();
                out
            }
            None => cx.fail(self.node.at, format!("缺少必填字段“{key}”")),
        }
    }

    /// An optional field (`#[serde(default)]` on an `Option`): missing or `null` is `None`.
    /// The outer `Option` is "read without error".
    fn opt<T: FromJ>(&self, cx: &mut Cx, key: &'static str) -> Option<Option<T>> {
        match self.get(key) {
            None | Some(Node { v: J::Null, .. }) => Some(None),
            Some(_) => self.req(cx, key).map(Some),
        }
    }

    /// A field with a default (`#[serde(default)]` on a non-`Option`): missing is the default,
    /// `null` is an error (as with serde).
    fn or<T: FromJ>(&self, cx: &mut Cx, key: &'static str, default: T) -> Option<T> {
        match self.get(key) {
            None => Some(default),
            Some(_) => self.req(cx, key),
        }
    }
}

/// Implements `FromJ` for a struct. Each field is `name: how("json key")` where `how` is
/// `req`, `opt` or `or` (with the default as a second argument).
macro_rules! struct_reader {
    ($t:ident { $($field:ident : $how:ident ($key:literal $(, $default:expr)?)),* $(,)? }) => {
        impl FromJ for $t {
            #[inline(never)]
            fn from_j(n: &Node, cx: &mut Cx) -> Option<Self> {
                let o = obj(n, cx, &[$($key),*])?;
                $( let $field = o.$how(cx, $key $(, $default)?); )*
                match ($($field,)*) {
                    ($(Some($field),)*) => Some($t { $($field),* }),
                    _ => None,
                }
            }
        }
    };
}

struct_reader!(Feed {
    format: req("format"),
    version: req("version"),
    generated_at: req("generated_at"),
    publisher: req("publisher"),
    halls: req("halls"),
    villages: or("villages", Vec::new()),
    topics: or("topics", Vec::new()),
    life_events: or("life_events", Vec::new()),
    synonyms: or("synonyms", Vec::new()),
    items: or("items", Vec::new()),
    records: or("records", Vec::new()),
});

struct_reader!(Publisher {
    name: req("name"),
    township: req("township"),
    division_code: req("division_code"),
    county: req("county"),
    county_website: opt("county_website"),
    phone: opt("phone"),
    address: opt("address"),
});

struct_reader!(OpeningPeriod { weekdays: req("weekdays"), open: req("open"), close: req("close") });

struct_reader!(OpeningHours { periods: req("periods"), closed_on_public_holidays: or("closed_on_public_holidays", true), note: opt("note") });

struct_reader!(Hall {
    id: req("id"),
    name: req("name"),
    location: req("location"),
    hours: req("hours"),
    phone: req("phone"),
    description: opt("description"),
});

struct_reader!(ServiceStation { name: req("name"), location: req("location"), hours: req("hours"), phone: req("phone"), agent: opt("agent") });

struct_reader!(Village { id: req("id"), name: req("name"), station: req("station") });

struct_reader!(Topic { id: req("id"), name: req("name") });

struct_reader!(LifeEvent { id: req("id"), name: req("name"), summary: req("summary"), items: req("items") });

struct_reader!(Devolution { department: req("department"), document: req("document"), date: req("date"), mode: req("mode") });

struct_reader!(Subject { body: req("body"), nature: req("nature"), entrusted_by: opt("entrusted_by"), window: req("window"), phone: req("phone") });

struct_reader!(LegalBasis { title: req("title"), doc_number: opt("doc_number"), level: req("level"), article: opt("article"), url: opt("url") });

struct_reader!(Material {
    name: req("name"),
    form: req("form"),
    copies: req("copies"),
    required: or("required", true),
    note: opt("note"),
    sample_url: opt("sample_url"),
});

struct_reader!(Conditions { requirements: req("requirements"), materials: req("materials") });

struct_reader!(Step { name: req("name"), description: req("description"), work_days: req("work_days"), counts_toward_limit: or("counts_toward_limit", true) });

struct_reader!(Procedure { steps: req("steps"), visits: req("visits"), online: req("online"), online_url: opt("online_url") });

struct_reader!(TimeLimit { legal_days: req("legal_days"), promised_days: req("promised_days"), note: opt("note") });

struct_reader!(Outcome { kind: req("kind"), name: req("name"), sample_url: opt("sample_url"), note: opt("note") });

struct_reader!(FeeLine { name: req("name"), amount: req("amount"), unit: req("unit"), waiver: opt("waiver"), basis: req("basis") });

struct_reader!(Fee { charged: req("charged"), basis: or("basis", Vec::new()), lines: or("lines", Vec::new()), note: opt("note") });

struct_reader!(ServiceInfo { address: req("address"), hours: opt("hours"), consult_phone: req("consult_phone"), complaint_phone: req("complaint_phone") });

struct_reader!(ServiceItem {
    id: req("id"),
    code: req("code"),
    name: req("name"),
    kind: req("kind"),
    hall: req("hall"),
    topic: req("topic"),
    audience: req("audience"),
    level: req("level"),
    devolved: opt("devolved"),
    summary: req("summary"),
    keywords: or("keywords", Vec::new()),
    subject: req("subject"),
    basis: req("basis"),
    conditions: req("conditions"),
    procedure: req("procedure"),
    time_limit: req("time_limit"),
    result: req("result"),
    fee: req("fee"),
    service: req("service"),
    updated: req("updated"),
});

struct_reader!(Category { area: req("area"), level1: req("level1"), level2: req("level2") });

impl FromJ for Deadline {
    fn from_j(n: &Node, cx: &mut Cx) -> Option<Self> {
        // Internally tagged by "type"; each variant refuses the others' fields.
        let J::Obj(fields) = &n.v else { return wrong(n, cx, "对象") };
        let Some((_, tag)) = fields.iter().find(|(k, _)| k == "type") else {
            return cx.fail(n.at, "缺少必填字段“type”（事后、定期 或 实时）".to_string());
        };
        cx.path.push(Seg::Key("type"));
        let which = as_str(tag, cx).and_then(|t| one_of(tag, cx, t, &["事后", "定期", "实时"]));
        cx.path.pop();
        match which? {
            0 => {
                let o = obj(n, cx, &["type", "trigger", "work_days"])?;
                let (trigger, work_days) = (o.req(cx, "trigger"), o.req(cx, "work_days"));
                Some(Deadline::AfterEvent { trigger: trigger?, work_days: work_days? })
            }
            1 => {
                let o = obj(n, cx, &["type", "every"])?;
                Some(Deadline::Scheduled { every: o.req(cx, "every")? })
            }
            // serde ignores extra keys on a unit variant of an internally tagged enum, even with
            // deny_unknown_fields; do the same so both readers accept the same feeds.
            _ => Some(Deadline::Realtime),
        }
    }
}

struct_reader!(Validity { status: req("status"), effective: opt("effective"), changed: opt("changed"), replaced_by: opt("replaced_by"), note: opt("note") });

struct_reader!(Attachment { name: req("name"), url: req("url"), format: opt("format"), size_bytes: opt("size_bytes") });

impl FromJ for Column {
    fn from_j(n: &Node, cx: &mut Cx) -> Option<Self> {
        // `kind` is written `type` in JSON.
        let o = obj(n, cx, &["title", "type", "mask"])?;
        let (title, kind, mask) = (o.req(cx, "title"), o.req(cx, "type"), o.or(cx, "mask", Mask::None));
        Some(Column { title: title?, kind: kind?, mask: mask? })
    }
}

struct_reader!(Table { caption: req("caption"), columns: req("columns"), rows: req("rows"), note: opt("note") });

struct_reader!(Record {
    id: req("id"),
    index_no: req("index_no"),
    title: req("title"),
    kind: req("kind"),
    summary: opt("summary"),
    category: req("category"),
    topic: opt("topic"),
    basis: req("basis"),
    deadline: req("deadline"),
    publisher: req("publisher"),
    channels: req("channels"),
    audience: req("audience"),
    mode: req("mode"),
    level: req("level"),
    doc_number: opt("doc_number"),
    written: opt("written"),
    published: req("published"),
    validity: opt("validity"),
    body: or("body", Vec::new()),
    attachments: or("attachments", Vec::new()),
    tables: or("tables", Vec::new()),
    related_items: or("related_items", Vec::new()),
    village: opt("village"),
});

struct_reader!(PinyinEntry { title: req("title"), keywords: or("keywords", Vec::new()) });

struct_reader!(PinyinIndex {
    format: req("format"),
    feed_version: req("feed_version"),
    items: or("items", Default::default()),
    records: or("records", Default::default()),
});

/// Reads the search pinyin sidecar (`search-pinyin.json`, see `search::PinyinIndex`): the same
/// value serde reads, without serde's code in the portal's wasm.
pub fn read_pinyin(text: &str) -> Result<PinyinIndex, ReadError> {
    read_root(text)
}

struct_reader!(Link { id: req("id"), title: req("title") });

struct_reader!(HallCount { hall: req("hall"), items: req("items") });

struct_reader!(DatedLink { id: req("id"), title: req("title"), published: req("published") });

struct_reader!(HomeView { events: req("events"), halls: req("halls"), latest: req("latest") });

struct_reader!(ViewPart {
    format: req("format"),
    feed_version: req("feed_version"),
    items: or("items", Vec::new()),
    records: or("records", Vec::new()),
    home: opt("home"),
    related_total: opt("related_total"),
});

/// Reads one page's part of the feed (`view/home.json`, `view/item/<id>.json` …, see
/// [`crate::view`]): the same value serde reads.
pub fn read_view_part(text: &str) -> Result<ViewPart, ReadError> {
    read_root(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    const DEV_FEED: &str = include_str!("../../../tests/e2e/feeds/dev-feed.json");

    /// Both readers must agree: the same feed, or both an error.
    fn agree(text: &str, what: &str) {
        let serde = serde_json::from_str::<Feed>(text);
        let ours = read_feed(text);
        match (&serde, &ours) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "{what}: different feeds"),
            (Err(_), Err(_)) => {}
            (Ok(_), Err(e)) => panic!("{what}: serde accepts, read_feed refuses: {e}"),
            (Err(e), Ok(_)) => panic!("{what}: serde refuses ({e}), read_feed accepts"),
        }
    }

    /// A feed that sets every optional field and uses every `Deadline` variant, trimmed so the
    /// mutation test below stays quick.
    fn maximal() -> Value {
        let mut f: Value = serde_json::from_str(DEV_FEED).unwrap();
        let items = f["items"].as_array_mut().unwrap();
        items.retain(|i| ["dibao", "budongchan"].contains(&i["id"].as_str().unwrap()));
        let item = &mut items[0];
        item["devolved"] = serde_json::json!({"department": "青山县民政局", "document": "青政发〔2024〕12号", "date": "2024-07-01", "mode": "交办"});
        item["procedure"]["online_url"] = "https://zwfw.example.gov.cn/dibao".into();
        item["result"]["sample_url"] = "https://zwfw.example.gov.cn/yangben.pdf".into();
        item["service"]["hours"] = serde_json::json!({"periods": [{"weekdays": [1], "open": "09:00", "close": "11:00"}], "closed_on_public_holidays": false, "note": "预约"});
        item["conditions"]["materials"][0]["sample_url"] = "https://zwfw.example.gov.cn/biao.doc".into();
        item["conditions"]["materials"][0]["required"] = true.into();
        item["procedure"]["steps"][0]["counts_toward_limit"] = true.into();
        item["basis"][0]["url"] = "https://www.gov.cn/x".into();
        item["subject"]["entrusted_by"] = "青山县民政局".into();
        f["villages"].as_array_mut().unwrap().truncate(1);
        f["halls"].as_array_mut().unwrap().truncate(2);
        let records = f["records"].as_array_mut().unwrap();
        records.retain(|r| ["dibao-2026-10", "linshi-xize-2019", "linshi-banfa-2026", "shiqiao-cwu-2026-10"].contains(&r["id"].as_str().unwrap()));
        records[0]["summary"] = "摘要".into();
        records[0]["deadline"] = serde_json::json!({"type": "实时"});
        records[1]["validity"]["note"] = "说明".into();
        records[2]["attachments"][0]["format"] = "PDF".into();
        f
    }

    /// Every object member's path, as a list of keys/indices.
    fn paths(v: &Value, at: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
        match v {
            Value::Object(m) => {
                for (k, child) in m {
                    at.push(Value::String(k.clone()));
                    out.push(at.clone());
                    paths(child, at, out);
                    at.pop();
                }
            }
            Value::Array(a) => {
                for (i, child) in a.iter().enumerate() {
                    at.push(Value::from(i));
                    out.push(at.clone());
                    paths(child, at, out);
                    at.pop();
                }
            }
            _ => {}
        }
    }

    fn parent<'v>(root: &'v mut Value, path: &[Value]) -> &'v mut Value {
        let mut cur = root;
        for seg in &path[..path.len() - 1] {
            cur = match seg {
                Value::String(k) => cur.get_mut(k.as_str()).unwrap(),
                _ => cur.get_mut(seg.as_u64().unwrap() as usize).unwrap(),
            };
        }
        cur
    }

    #[test]
    fn the_dev_feed_reads_exactly_as_serde_reads_it() {
        let ours = read_feed(DEV_FEED).unwrap();
        assert_eq!(ours, serde_json::from_str::<Feed>(DEV_FEED).unwrap());
        assert_eq!(read_format(DEV_FEED).as_deref(), Some(FORMAT_V1));
    }

    /// Every fixture of the project (valid and invalid, from the validator's suite) and the
    /// bundled sample feed: same feed or both refused. Files that are not UTF-8 are refused by
    /// both before either reader runs, so they are skipped by `read_to_string`.
    #[test]
    fn every_project_fixture_and_the_bundled_feed_are_judged_as_serde_judges_them() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut files = vec![root.join("public/data/feed.json"), root.join("tests/e2e/feeds/dev-feed.json")];
        for dir in ["tests/fixtures/valid", "tests/fixtures/invalid", "tests/fixtures/hostile"] {
            if let Ok(entries) = std::fs::read_dir(root.join(dir)) {
                files.extend(entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "json")));
            }
        }
        let mut checked = 0;
        let mut accepted = 0;
        for f in &files {
            if let Ok(text) = std::fs::read_to_string(f) {
                agree(&text, &f.display().to_string());
                checked += 1;
                accepted += usize::from(read_feed(&text).is_ok());
            }
        }
        assert!(checked >= 30 && accepted >= 3, "checked {checked} files, {accepted} accepted");
    }

    #[test]
    fn a_feed_with_every_optional_field_reads_exactly_as_serde_reads_it() {
        let text = serde_json::to_string_pretty(&maximal()).unwrap();
        let feed = read_feed(&text).unwrap();
        assert_eq!(feed, serde_json::from_str::<Feed>(&text).unwrap());
        assert!(feed.items[0].devolved.is_some() && feed.records[0].summary.is_some());
        // Serializing the model and reading it back is the identity too.
        let again = serde_json::to_string(&feed).unwrap();
        assert_eq!(read_feed(&again).unwrap(), feed);
    }

    /// For every member of the maximal feed: delete it, make it null, give it a value of the
    /// wrong type, and add an unknown key beside it. serde and `read_feed` must agree each time,
    /// which pins down required vs defaulted fields, key names and types for the whole model.
    #[test]
    fn every_single_field_mutation_is_judged_as_serde_judges_it() {
        let base = maximal();
        let mut all = Vec::new();
        paths(&base, &mut Vec::new(), &mut all);
        assert!(all.len() > 300, "the maximal feed covers the model ({} members)", all.len());
        let wrong_values = [Value::Null, serde_json::json!(1.5), serde_json::json!(-1), serde_json::json!("x"), serde_json::json!([]), serde_json::json!({})];
        for path in &all {
            let last = path.last().unwrap().clone();
            // Delete.
            let mut v = base.clone();
            match (&mut *parent(&mut v, path), &last) {
                (Value::Object(m), Value::String(k)) => {
                    m.remove(k);
                }
                (Value::Array(a), i) => {
                    a.remove(i.as_u64().unwrap() as usize);
                }
                _ => unreachable!(),
            }
            agree(&v.to_string(), &format!("delete {path:?}"));
            // Replace with each wrong value.
            for w in &wrong_values {
                let mut v = base.clone();
                match (&mut *parent(&mut v, path), &last) {
                    (Value::Object(m), Value::String(k)) => {
                        m.insert(k.clone(), w.clone());
                    }
                    (Value::Array(a), i) => a[i.as_u64().unwrap() as usize] = w.clone(),
                    _ => unreachable!(),
                }
                agree(&v.to_string(), &format!("set {path:?} = {w}"));
            }
            // Unknown key beside an object member.
            if let Value::String(_) = last {
                let mut v = base.clone();
                if let Value::Object(m) = parent(&mut v, path) {
                    m.insert("zz_unknown".into(), Value::Null);
                }
                agree(&v.to_string(), &format!("unknown key beside {path:?}"));
            }
        }
    }

    #[test]
    fn broken_json_is_refused_with_the_right_line_and_column() {
        let cases = [
            ("{\n  \"format\": \"gongkai-feed/1\",\n  \"version\": 7,,\n}", 3, 16),
            ("{\"a\": tru}", 1, 7),
            ("[1, 2", 1, 6),
            ("{\"a\": \"没有结尾}", 1, 7),
            ("", 1, 1),
            ("{} x", 1, 4),
            ("{\"a\": 01}", 1, 7),
            ("{\"a\": \"\\x\"}", 1, 8),
        ];
        for (text, line, column) in cases {
            let e = read_feed(text).unwrap_err();
            assert_eq!((e.line, e.column), (line, column), "{text:?}: {e}");
            assert!(serde_json::from_str::<Feed>(text).is_err());
        }
    }

    #[test]
    fn type_errors_point_at_the_value_and_name_its_path() {
        let mut v: Value = serde_json::from_str(DEV_FEED).unwrap();
        v["items"][1]["fee"]["charged"] = "no".into();
        let text = serde_json::to_string_pretty(&v).unwrap();
        let e = read_feed(&text).unwrap_err();
        assert_eq!(e.path, "items[1].fee.charged");
        assert!(e.message.contains("true 或 false"), "{}", e.message);
        let line_text = text.lines().nth(e.line - 1).unwrap();
        assert!(line_text.contains("\"charged\": \"no\""), "line {} is {line_text:?}", e.line);
        v["items"][1]["fee"]["charged"] = false.into();
        v["records"][0]["kind"] = "公告".into();
        let e = read_feed(&v.to_string()).unwrap_err();
        assert_eq!(e.path, "records[0].kind");
        assert!(e.message.starts_with("“公告”不是可用的值"), "{}", e.message);
        v["records"][0]["kind"] = "结果公示".into();
        v["records"][0]["published"] = "2026-02-30".into();
        let e = read_feed(&v.to_string()).unwrap_err();
        assert!(e.message.starts_with("日期“2026-02-30”无效"), "{}", e.message);
    }

    #[test]
    fn strings_with_every_kind_of_escape_read_back_exactly() {
        let mut v: Value = serde_json::from_str(DEV_FEED).unwrap();
        let tricky = "引号\" 反斜杠\\ 斜杠/ 控制\u{8}\u{c}\n\r\t 零\u{0} 表情😀 𠀀 \u{7f}";
        v["publisher"]["name"] = tricky.into();
        let escaped = serde_json::to_string(&v).unwrap().replace("😀", "\\ud83d\\ude00").replace("/", "\\/");
        let feed = read_feed(&escaped).unwrap();
        assert_eq!(feed.publisher.name, tricky);
        agree(&escaped, "escapes");
    }

    #[test]
    fn hostile_input_is_refused_without_panicking() {
        for text in [
            "[".repeat(100_000),
            "{\"a\":".repeat(50_000),
            "\u{feff}{}".to_string(),
            "{\"format\": \"\\ud800\"}".to_string(),
            "{\"format\": \"\\udc00\"}".to_string(),
            "{\"format\": \"\\ud800\\u0041\"}".to_string(),
            "{\"format\": \"a\u{1}b\"}".to_string(),
            "{\"version\": 99999999999999999999999}".to_string(),
            "{\"version\": -0}".to_string(),
            "{\"format\": \"\\u12\"}".to_string(),
            "nul".to_string(),
            "-".to_string(),
            "1e".to_string(),
            "\"\\".to_string(),
        ] {
            assert!(read_feed(&text).is_err(), "{:?}", &text[..text.len().min(30)]);
            agree(&text, "hostile");
        }
    }

    #[test]
    fn duplicate_keys_are_refused_like_serde_does() {
        let mut text = DEV_FEED.to_string();
        text.insert_str(1, "\"version\": 1,");
        agree(&text, "duplicate version");
        assert!(read_feed(&text).unwrap_err().message.contains("重复"));
    }

    #[test]
    fn the_format_probe_reads_only_the_version_string() {
        assert_eq!(read_format("{\"format\": \"gongkai-feed/2\", \"x\": 1}").as_deref(), Some("gongkai-feed/2"));
        assert_eq!(read_format("{\"format\": 2}"), None);
        assert_eq!(read_format("[1,"), None);
    }

    #[test]
    fn the_pinyin_sidecar_reads_exactly_as_serde_reads_it() {
        let text = include_str!("../../../public/data/search-pinyin.json");
        let ours = read_pinyin(text).expect("the published sidecar reads");
        assert!(ours.items.contains_key("mz-dibao"), "items by id");
        assert_eq!(ours, serde_json::from_str::<PinyinIndex>(text).unwrap());
        let mut cases: Vec<String> = vec![
            r#"{"format":"f","feed_version":1}"#.into(),
            r#"{"format":"f","feed_version":1,"items":{"a":{"title":"di bao"},"a":{"title":"x"}}}"#.into(),
            r#"{"format":"f","feed_version":1,"records":{"r":{"title":"a","keywords":["b c"]}}}"#.into(),
            r#"{"format":"f","feed_version":-1}"#.into(),
            r#"{"format":"f","feed_version":1,"items":{"a":{"title":1}}}"#.into(),
            r#"{"format":"f","feed_version":1,"items":{"a":{"title":"a","extra":1}}}"#.into(),
            r#"{"format":"f","feed_version":1,"items":null}"#.into(),
            r#"{"feed_version":1}"#.into(),
            r#"{"format":"f","feed_version":1,"items":[]}"#.into(),
        ];
        cases.push(text.replacen("\"title\"", "\"titel\"", 1));
        for case in &cases {
            let serde = serde_json::from_str::<PinyinIndex>(case);
            match (serde, read_pinyin(case)) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{case}"),
                (Err(_), Err(_)) => {}
                (a, b) => panic!("{case}: serde {:?}, ours {:?}", a.is_ok(), b.is_ok()),
            }
        }
        let e = read_pinyin(r#"{"format":"f","feed_version":1,"items":{"mz-dibao":{"title":2}}}"#).unwrap_err();
        assert_eq!(e.path, "items.mz-dibao.title");
    }
}
