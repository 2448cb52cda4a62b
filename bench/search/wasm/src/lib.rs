//! The gongkai search engine behind a tiny wasm-bindgen API, for the browser benchmark.
//!
//! The page streams a search pack (`gongkai index --pack`) into [`Bench::push`] chunk by chunk as
//! it downloads, so the archive is never held twice, then may attach a pinyin pack, and answers
//! queries with document numbers (items first, then records, each in feed order — the order of
//! `docs.json`), so the harness can compare results with the other engines and the reference scan
//! without copying strings.

use gongkai_core::search::pack::{build_from, unpack_pinyin, PackItem, PackReader};
use gongkai_core::search::{DocRef, Engine, EngineBuilder, SearchOptions};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Bench {
    reader: Option<PackReader>,
    builder: Option<EngineBuilder>,
    engine: Option<Engine>,
    /// The document of each pack line (for the positional pinyin pack).
    lines: Vec<DocRef>,
    items: u32,
}

fn js(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

#[wasm_bindgen]
impl Bench {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Bench {
        Bench { reader: Some(PackReader::new()), builder: Some(EngineBuilder::new(&[])), engine: None, lines: Vec::new(), items: 0 }
    }

    /// Feeds the next chunk of the search pack.
    pub fn push(&mut self, chunk: &[u8]) -> Result<(), JsError> {
        let (Some(reader), Some(builder)) = (self.reader.as_mut(), self.builder.as_mut()) else {
            return Err(JsError::new("pack already finished"));
        };
        let lines = &mut self.lines;
        reader
            .feed(chunk, |item| {
                if let PackItem::Doc(r, _) = &item {
                    lines.push(*r);
                }
                build_from(builder, item)
            })
            .map_err(js)
    }

    /// Ends the pack and builds the engine.
    pub fn finish(&mut self) -> Result<(), JsError> {
        let (Some(reader), Some(mut builder)) = (self.reader.take(), self.builder.take()) else {
            return Err(JsError::new("pack already finished"));
        };
        let lines = &mut self.lines;
        reader
            .finish(|item| {
                if let PackItem::Doc(r, _) = &item {
                    lines.push(*r);
                }
                build_from(&mut builder, item)
            })
            .map_err(js)?;
        self.items = self.lines.iter().filter(|r| matches!(r, DocRef::Item(_))).count() as u32;
        self.engine = Some(builder.finish());
        Ok(())
    }

    fn engine(&self) -> Result<&Engine, JsError> {
        self.engine.as_ref().ok_or_else(|| JsError::new("call finish() first"))
    }

    /// Attaches pinyin from a pinyin pack (one line per line of the search pack); returns how
    /// many entries were used.
    pub fn attach_pinyin(&mut self, pack: &str) -> Result<u32, JsError> {
        let entries = unpack_pinyin(pack).map_err(js)?;
        // Pack line of each document, by reference.
        let mut item_line = vec![usize::MAX; self.items as usize];
        let mut record_line = vec![usize::MAX; self.lines.len() - self.items as usize];
        for (line, r) in self.lines.iter().enumerate() {
            match *r {
                DocRef::Item(i) if i < item_line.len() => item_line[i] = line,
                DocRef::Record(i) if i < record_line.len() => record_line[i] = line,
                _ => {}
            }
        }
        let engine = self.engine.as_mut().ok_or_else(|| JsError::new("call finish() first"))?;
        let report = engine.attach_pinyin_with(|doc, _| {
            let line = match doc {
                DocRef::Item(i) => item_line.get(i),
                DocRef::Record(i) => record_line.get(i),
            };
            line.and_then(|&l| entries.get(l)).and_then(Option::as_ref)
        });
        Ok(report.attached as u32)
    }

    /// Document numbers of the hits in rank order (`limit` 0 = all).
    pub fn search(&self, query: &str, limit: u32, synonyms: bool, pinyin: bool) -> Result<Vec<u32>, JsError> {
        let opts = SearchOptions { limit: (limit > 0).then_some(limit as usize), synonyms, pinyin, highlights: true, suggestions: true };
        let items = self.items;
        Ok(self
            .engine()?
            .search_with(query, &opts)
            .hits
            .iter()
            .map(|h| match h.doc {
                DocRef::Item(i) => i as u32,
                DocRef::Record(i) => items + i as u32,
            })
            .collect())
    }

    /// Titles of documents by number (as `search` returns them), for rendering a result page:
    /// every engine in the benchmark renders the same rows. Unknown numbers give "".
    pub fn titles(&self, docs: &[u32]) -> Result<Vec<String>, JsError> {
        let engine = self.engine()?;
        let items = self.items;
        Ok(docs
            .iter()
            .map(|&n| {
                let doc = if n < items { DocRef::Item(n as usize) } else { DocRef::Record((n - items) as usize) };
                engine.title(doc).unwrap_or("").to_owned()
            })
            .collect())
    }

    /// Suggestions for a query (empty when it finds something).
    pub fn suggestions(&self, query: &str) -> Result<Vec<String>, JsError> {
        Ok(self.engine()?.search(query).suggestions)
    }

    /// Approximate heap bytes the engine holds.
    pub fn heap_bytes(&self) -> u32 {
        self.engine.as_ref().map_or(0, |e| e.stats().heap_bytes as u32)
    }
}

impl Default for Bench {
    fn default() -> Self {
        Bench::new()
    }
}
