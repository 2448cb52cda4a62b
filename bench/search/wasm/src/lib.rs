//! The gongkai search engine behind a tiny wasm-bindgen API, for the browser benchmark.
//!
//! It loads a search pack (`gongkai index --pack`), optionally a pinyin pack, and answers queries
//! with document numbers (items first, then records, in pack order), so the harness can compare
//! results with the other engines and with the reference scan without copying strings.

use gongkai_core::search::pack::{unpack_docs, unpack_pinyin};
use gongkai_core::search::{DocRef, Engine, SearchOptions};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Bench {
    engine: Engine,
    items: u32,
}

#[wasm_bindgen]
impl Bench {
    /// Builds the engine from a search pack.
    #[wasm_bindgen(constructor)]
    pub fn new(pack: &str) -> Result<Bench, JsError> {
        let docs = unpack_docs(pack).map_err(|e| JsError::new(&e.to_string()))?;
        let items = docs.iter().filter(|d| d.kind == gongkai_core::search::DocKind::Item).count() as u32;
        Ok(Bench { engine: Engine::from_docs(docs, &[]), items })
    }

    /// Attaches pinyin from a pinyin pack (one line per document of the search pack, in
    /// order); returns how many entries were used.
    pub fn attach_pinyin(&mut self, pack: &str) -> Result<u32, JsError> {
        let entries = unpack_pinyin(pack).map_err(|e| JsError::new(&e.to_string()))?;
        let items = self.items as usize;
        let report = self.engine.attach_pinyin_with(|doc, _| {
            let i = match doc {
                DocRef::Item(i) => i,
                DocRef::Record(i) => items + i,
            };
            entries.get(i).and_then(Option::as_ref)
        });
        Ok(report.attached as u32)
    }

    /// Document numbers of the hits in rank order (`limit` 0 = all).
    pub fn search(&self, query: &str, limit: u32, synonyms: bool, pinyin: bool) -> Vec<u32> {
        let opts = SearchOptions {
            limit: (limit > 0).then_some(limit as usize),
            synonyms,
            pinyin,
            highlights: true,
            suggestions: true,
        };
        let items = self.items;
        self.engine
            .search_with(query, &opts)
            .hits
            .iter()
            .map(|h| match h.doc {
                DocRef::Item(i) => i as u32,
                DocRef::Record(i) => items + i as u32,
            })
            .collect()
    }

    /// Suggestions for a query (empty when it finds something).
    pub fn suggestions(&self, query: &str) -> Vec<String> {
        self.engine.search(query).suggestions
    }

    pub fn len(&self) -> u32 {
        self.engine.len() as u32
    }

    /// Approximate heap bytes the engine holds.
    pub fn heap_bytes(&self) -> u32 {
        self.engine.stats().heap_bytes as u32
    }
}
