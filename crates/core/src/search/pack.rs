//! A compact, line-based encoding of [`SearchDoc`]s and pinyin, for large archives.
//!
//! The portal reads the feed as JSON and builds its engine from it. A county archive of 100,000
//! records is too big for that: it ships only what search needs, and JSON keys, quotes and
//! escapes are dead weight there (and a JSON parser is code the reader must download). A pack is
//! plain UTF-8 text:
//!
//! ```text
//! gongkai-search-pack/1
//! s␟<word>␞<word>␞…                      one line per synonym group of the feed
//! <kind>␟<n>␟<id>␟<title>␟<code>␟<doc_number>␟<summary>␟<date>␟<keywords>␟<text>
//! …one line per document, in rank order…
//! ```
//! `␟` is U+001F; `kind` is `i` or `r` and `n` the document's index among the feed's items or
//! records (its [`DocRef`]); `date` is `YYYY-MM-DD` or empty; `keywords` and `text` join their
//! parts with U+001E. Control characters inside fields become spaces when packing (for search they
//! are separators anyway). Lines come in the engine's rank order (items, then records newest
//! first), so a reader builds the engine while the pack downloads ([`PackReader`],
//! [`EngineBuilder`](super::EngineBuilder)) and never holds the documents twice.
//!
//! A pinyin pack starts `gongkai-search-pinyin-pack/1`, then has one line per document of the docs
//! pack, in the same order: `<title tokens>␟<keyword tokens joined by U+001E>` (empty: none).

use thiserror::Error;

use super::docs::{DocKind, SearchDoc};
use super::pinyin::{PinyinEntry, PinyinIndex};
use super::{rank_order, BuildError, DocRef, Engine, EngineBuilder};

pub const PACK_HEADER: &str = "gongkai-search-pack/1";
pub const PINYIN_PACK_HEADER: &str = "gongkai-search-pinyin-pack/1";
const FS: char = '\u{1f}';
const PS: char = '\u{1e}';

/// Why a pack could not be read.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum PackError {
    #[error("不是搜索数据包（第一行应为 {expected}）/ not a search pack (first line must be {expected})")]
    Header { expected: &'static str },
    #[error("搜索数据包第 {line} 行有 {found} 个字段，应为 {expected} 个 / pack line {line}: {found} fields, expected {expected}")]
    Fields { line: usize, found: usize, expected: usize },
    #[error("搜索数据包第 {line} 行：类型“{kind}”应为 i 或 r / pack line {line}: kind must be i or r")]
    Kind { line: usize, kind: String },
    #[error("搜索数据包第 {line} 行：日期应为 YYYY-MM-DD / pack line {line}: bad date")]
    Date { line: usize },
    #[error("搜索数据包第 {line} 行：序号应为非负整数 / pack line {line}: bad index")]
    Index { line: usize },
    #[error("搜索数据包第 {line} 行不是有效的 UTF-8 文本 / pack line {line}: not UTF-8")]
    Utf8 { line: usize },
    #[error("{0}")]
    Order(BuildError),
}

/// `YYYY-MM-DD`, checked against the calendar (without the feed's error texts: smaller in wasm).
fn parse_date(s: &str) -> Option<crate::types::Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<u16>().ok();
    crate::types::Date::new(num(0..4)?, num(5..7)? as u8, num(8..10)? as u8)
}

fn clean(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

fn join(parts: &[String]) -> String {
    let v: Vec<String> = parts.iter().map(|p| clean(p)).collect();
    v.join(&PS.to_string())
}

fn split_parts(s: &str) -> Vec<String> {
    if s.is_empty() {
        Vec::new()
    } else {
        s.split(PS).map(str::to_string).collect()
    }
}

fn kind_char(k: DocKind) -> &'static str {
    match k {
        DocKind::Item => "i",
        DocKind::Record => "r",
    }
}

fn parse_kind(line: usize, s: &str) -> Result<DocKind, PackError> {
    match s {
        "i" => Ok(DocKind::Item),
        "r" => Ok(DocKind::Record),
        other => Err(PackError::Kind { line, kind: other.chars().take(20).collect() }),
    }
}

/// One line of a pack.
#[derive(Debug, Clone, PartialEq)]
pub enum PackItem {
    /// A synonym group of the feed.
    Synonyms(Vec<String>),
    /// A document and its reference.
    Doc(DocRef, SearchDoc),
}

/// Encodes a feed's synonym groups and its documents (in feed order) as a pack, documents in
/// rank order.
pub fn pack_docs(docs: &[SearchDoc], synonyms: &[Vec<String>]) -> String {
    let mut out = String::from(PACK_HEADER);
    out.push('\n');
    for g in synonyms {
        out.push('s');
        out.push(FS);
        out.push_str(&join(g));
        out.push('\n');
    }
    for (i, r) in rank_order(docs.iter().map(|d| (d.kind, d.date))) {
        let d = &docs[i];
        let n = match r {
            DocRef::Item(n) | DocRef::Record(n) => n,
        };
        let date = d.date.map(|d| d.to_string()).unwrap_or_default();
        let fields = [
            kind_char(d.kind).to_string(),
            n.to_string(),
            clean(&d.id),
            clean(&d.title),
            clean(&d.code),
            clean(d.doc_number.as_deref().unwrap_or("")),
            clean(&d.summary),
            date,
            join(&d.keywords),
            join(&d.text),
        ];
        out.push_str(&fields.join(&FS.to_string()));
        out.push('\n');
    }
    out
}

/// Parses one line after the header (line number for errors).
fn parse_line(line_no: usize, line: &str) -> Result<PackItem, PackError> {
    if let Some(words) = line.strip_prefix("s\u{1f}") {
        return Ok(PackItem::Synonyms(split_parts(words)));
    }
    let f: Vec<&str> = line.split(FS).collect();
    if f.len() != 10 {
        return Err(PackError::Fields { line: line_no, found: f.len(), expected: 10 });
    }
    let kind = parse_kind(line_no, f[0])?;
    let n: usize = f[1].parse().map_err(|_| PackError::Index { line: line_no })?;
    let date = if f[7].is_empty() { None } else { Some(parse_date(f[7]).ok_or(PackError::Date { line: line_no })?) };
    let r = match kind {
        DocKind::Item => DocRef::Item(n),
        DocKind::Record => DocRef::Record(n),
    };
    let doc = SearchDoc {
        kind,
        id: f[2].to_string(),
        title: f[3].to_string(),
        code: f[4].to_string(),
        doc_number: (!f[5].is_empty()).then(|| f[5].to_string()),
        summary: f[6].to_string(),
        date,
        keywords: split_parts(f[8]),
        text: split_parts(f[9]),
    };
    Ok(PackItem::Doc(r, doc))
}

/// Reads a pack as it arrives, in chunks of any size (a line may span chunks), calling back
/// with each document.
#[derive(Debug, Default)]
pub struct PackReader {
    pending: Vec<u8>,
    line: usize,
}

impl PackReader {
    pub fn new() -> PackReader {
        PackReader::default()
    }

    fn line(&mut self, bytes: &[u8], on_item: &mut impl FnMut(PackItem) -> Result<(), PackError>) -> Result<(), PackError> {
        self.line += 1;
        let text = std::str::from_utf8(bytes).map_err(|_| PackError::Utf8 { line: self.line })?;
        let text = text.strip_suffix('\r').unwrap_or(text);
        if self.line == 1 {
            return if text == PACK_HEADER { Ok(()) } else { Err(PackError::Header { expected: PACK_HEADER }) };
        }
        if text.is_empty() {
            return Ok(());
        }
        on_item(parse_line(self.line, text)?)
    }

    /// Feeds the next chunk.
    pub fn feed(&mut self, mut chunk: &[u8], mut on_item: impl FnMut(PackItem) -> Result<(), PackError>) -> Result<(), PackError> {
        while let Some(nl) = memchr::memchr(b'\n', chunk) {
            if self.pending.is_empty() {
                self.line(&chunk[..nl], &mut on_item)?;
            } else {
                let mut whole = std::mem::take(&mut self.pending);
                whole.extend_from_slice(&chunk[..nl]);
                self.line(&whole, &mut on_item)?;
            }
            chunk = &chunk[nl + 1..];
        }
        self.pending.extend_from_slice(chunk);
        Ok(())
    }

    /// Ends the pack (a last line without a newline is read too).
    pub fn finish(mut self, mut on_item: impl FnMut(PackItem) -> Result<(), PackError>) -> Result<(), PackError> {
        if !self.pending.is_empty() {
            let rest = std::mem::take(&mut self.pending);
            self.line(&rest, &mut on_item)?;
        }
        if self.line == 0 {
            return Err(PackError::Header { expected: PACK_HEADER });
        }
        Ok(())
    }
}

/// Decodes a whole pack written by [`pack_docs`]: its lines in order.
pub fn unpack(s: &str) -> Result<Vec<PackItem>, PackError> {
    let mut out = Vec::new();
    let mut reader = PackReader::new();
    reader.feed(s.as_bytes(), |item| {
        out.push(item);
        Ok(())
    })?;
    reader.finish(|item| {
        out.push(item);
        Ok(())
    })?;
    Ok(out)
}

/// Feeds one pack line into an engine builder.
pub fn build_from(b: &mut EngineBuilder, item: PackItem) -> Result<(), PackError> {
    match item {
        PackItem::Synonyms(g) => {
            b.add_synonyms(g);
            Ok(())
        }
        PackItem::Doc(r, d) => b.push(d, r).map_err(PackError::Order),
    }
}

/// Builds an engine straight from a pack.
pub fn engine_from_pack(s: &str) -> Result<Engine, PackError> {
    let mut b = EngineBuilder::new(&[]);
    let mut reader = PackReader::new();
    reader.feed(s.as_bytes(), |item| build_from(&mut b, item))?;
    reader.finish(|item| build_from(&mut b, item))?;
    Ok(b.finish())
}

/// Encodes a pinyin sidecar as a pinyin pack: one line per document of `docs` (feed order), in
/// the pack's rank order, so no ids are needed: `<title tokens>␟<keyword tokens…>`. A document
/// without an entry gets an empty line.
pub fn pack_pinyin(index: &PinyinIndex, docs: &[SearchDoc]) -> String {
    let mut out = format!("{PINYIN_PACK_HEADER}\n");
    for d in rank_order(docs.iter().map(|d| (d.kind, d.date))).into_iter().map(|(i, _)| &docs[i]) {
        let entry = match d.kind {
            DocKind::Item => index.items.get(&d.id),
            DocKind::Record => index.records.get(&d.id),
        };
        if let Some(e) = entry {
            out.push_str(&clean(&e.title));
            out.push(FS);
            out.push_str(&join(&e.keywords));
        }
        out.push('\n');
    }
    out
}

/// Decodes a pinyin pack: entry `i` belongs to the document on line `i` of the docs pack (`None`
/// for an empty line).
pub fn unpack_pinyin(s: &str) -> Result<Vec<Option<PinyinEntry>>, PackError> {
    let mut lines = s.split('\n');
    if lines.next().map(|l| l.trim_end_matches('\r')) != Some(PINYIN_PACK_HEADER) {
        return Err(PackError::Header { expected: PINYIN_PACK_HEADER });
    }
    let mut out = Vec::new();
    let lines: Vec<&str> = lines.collect();
    // A final newline ends the last line; it does not start another.
    let n = if lines.last() == Some(&"") { lines.len() - 1 } else { lines.len() };
    for (i, line) in lines[..n].iter().enumerate() {
        if line.is_empty() {
            out.push(None);
            continue;
        }
        let f: Vec<&str> = line.split(FS).collect();
        if f.len() != 2 {
            return Err(PackError::Fields { line: i + 2, found: f.len(), expected: 2 });
        }
        out.push(Some(PinyinEntry { title: f[0].to_string(), keywords: split_parts(f[1]) }));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docs_round_trip_through_a_pack() {
        let docs = vec![
            SearchDoc {
                id: "dibao".into(),
                kind: DocKind::Item,
                title: "最低生活保障".into(),
                code: "000115001000".into(),
                doc_number: None,
                summary: "低保".into(),
                keywords: vec!["低保".into(), "吃低保".into()],
                text: vec!["户口簿".into()],
                date: None,
            },
            SearchDoc {
                id: "r1".into(),
                kind: DocKind::Record,
                title: "公示".into(),
                code: "QXZ-1".into(),
                doc_number: Some("清政发〔2025〕1号".into()),
                summary: String::new(),
                keywords: vec![],
                text: vec![],
                date: crate::types::Date::new(2025, 1, 2),
            },
        ];
        let groups = vec![vec!["低保".to_string(), "最低生活保障".to_string()]];
        let items = unpack(&pack_docs(&docs, &groups)).unwrap();
        assert_eq!(items[0], PackItem::Synonyms(groups[0].clone()));
        let back: Vec<SearchDoc> = items
            .into_iter()
            .filter_map(|i| match i {
                PackItem::Doc(_, d) => Some(d),
                PackItem::Synonyms(_) => None,
            })
            .collect();
        assert_eq!(back, docs);
    }

    #[test]
    fn a_broken_pack_says_which_line() {
        let err = unpack("gongkai-search-pack/1\ni\u{1f}x\n").unwrap_err();
        assert_eq!(err, PackError::Fields { line: 2, found: 2, expected: 10 });
        assert!(matches!(unpack("hello"), Err(PackError::Header { .. })));
        assert!(matches!(unpack(""), Err(PackError::Header { .. })));
        let bad_date = "gongkai-search-pack/1\nr\u{1f}0\u{1f}x\u{1f}t\u{1f}c\u{1f}\u{1f}\u{1f}2025-02-30\u{1f}\u{1f}\n";
        assert_eq!(unpack(bad_date).unwrap_err(), PackError::Date { line: 2 });
    }

    #[test]
    fn a_pack_read_in_small_chunks_builds_the_same_engine() {
        let feed = crate::generate::generate(&crate::generate::GenerateOptions { records: 300, items: 20, seed: 3 });
        let docs = SearchDoc::all(&feed);
        let groups = vec![vec!["公告".to_string(), "公示".to_string()]];
        let pack = pack_docs(&docs, &groups);
        let whole = Engine::from_docs(docs, &groups);
        for size in [1, 7, 4096] {
            let mut b = EngineBuilder::new(&[]);
            let mut reader = PackReader::new();
            for chunk in pack.as_bytes().chunks(size) {
                reader.feed(chunk, |item| build_from(&mut b, item)).unwrap();
            }
            reader.finish(|item| build_from(&mut b, item)).unwrap();
            let streamed = b.finish();
            for q in ["低保", "宅基地 2024", "清政发", "公示", "公告"] {
                assert_eq!(streamed.search(q), whole.search(q), "chunks of {size}, query {q}");
            }
        }
    }

    #[test]
    fn a_pack_out_of_rank_order_is_refused() {
        let pack = "gongkai-search-pack/1\nr\u{1f}0\u{1f}a\u{1f}t\u{1f}c\u{1f}\u{1f}\u{1f}2020-01-01\u{1f}\u{1f}\nr\u{1f}1\u{1f}b\u{1f}t\u{1f}c\u{1f}\u{1f}\u{1f}2024-01-01\u{1f}\u{1f}\n";
        assert!(matches!(engine_from_pack(pack), Err(PackError::Order(_))));
    }

    #[test]
    fn pinyin_packs_follow_the_docs_order() {
        let mut index = PinyinIndex { format: super::super::PINYIN_FORMAT.into(), feed_version: 1, items: Default::default(), records: Default::default() };
        index.records.insert("r1".into(), PinyinEntry { title: "gong shi".into(), keywords: vec![] });
        index.items.insert("i1".into(), PinyinEntry { title: "di bao".into(), keywords: vec!["di bao".into(), "chi di bao".into()] });
        let doc = |id: &str, kind| SearchDoc { id: id.into(), kind, title: String::new(), code: String::new(), doc_number: None, summary: String::new(), keywords: vec![], text: vec![], date: None };
        let docs = [doc("r1", DocKind::Record), doc("i1", DocKind::Item), doc("i2", DocKind::Item)];
        let back = unpack_pinyin(&pack_pinyin(&index, &docs)).unwrap();
        assert_eq!(back.len(), 3);
        assert_eq!(back[0].as_ref().unwrap().keywords, vec!["di bao", "chi di bao"]);
        assert!(back[1].is_none());
        assert_eq!(back[2].as_ref().unwrap().title, "gong shi");
    }
}
