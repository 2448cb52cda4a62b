//! Pinyin search over titles and keywords, from a sidecar computed at publish time.
//!
//! Converting 汉字 to pinyin needs a dictionary (~74 KiB brotli in wasm), so the browser never
//! does it: `gongkai index` writes `search-pinyin.json` ([`PinyinIndex`]) and the portal fetches
//! it when a query looks like pinyin. Each text is stored as one token per char of the original
//! text — the syllable for a 汉字 (lowercase, no tone, ü as `v`), `_` for anything else — so a
//! pinyin match maps straight back to the chars it covers (for highlighting), and a stale entry
//! (the title changed after indexing) is detected by its token count.
//!
//! Matching, for a query of ASCII letters only:
//! * full pinyin: the query is a substring of the concatenated syllables that starts at a
//!   syllable start (`dibao`, `zuidi`, `dib` all find 最低生活保障; `ibao` does not);
//! * initials: the query is a substring of the concatenated first letters (`db`, `zdshbz`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::column::{Column, ColumnBuilder, Needle};

/// The `format` value of the sidecar this version reads and writes.
pub const PINYIN_FORMAT: &str = "gongkai-search-pinyin/1";

/// Pinyin of one document's title and keywords.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PinyinEntry {
    /// One token per char of the title, space separated: `"zui di sheng huo bao zhang"`.
    pub title: String,
    /// The same for each keyword, in the feed's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
}

/// `public/data/search-pinyin.json`: pinyin of every title and keyword of one feed version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PinyinIndex {
    /// Always [`PINYIN_FORMAT`].
    pub format: String,
    /// The feed `version` it was computed from.
    pub feed_version: u64,
    /// By item id.
    #[serde(default)]
    pub items: BTreeMap<String, PinyinEntry>,
    /// By record id.
    #[serde(default)]
    pub records: BTreeMap<String, PinyinEntry>,
}

/// How many entries of a sidecar the engine could use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PinyinReport {
    /// Entries whose token counts fit their document's texts.
    pub attached: usize,
    /// Entries left out because the text changed since indexing (token count differs).
    pub stale: usize,
    /// Documents with no entry.
    pub missing: usize,
}

/// The placeholder token for a char that has no pinyin.
pub const NO_PINYIN: &str = "_";

/// Splits a token string; `None` unless there is exactly one token per char of `text`.
pub(crate) fn tokens_for<'a>(text: &str, tokens: &'a str) -> Option<Vec<&'a str>> {
    let toks: Vec<&str> = tokens.split(' ').filter(|t| !t.is_empty()).collect();
    (toks.len() == text.chars().count()).then_some(toks)
}

fn is_syllable(t: &str) -> bool {
    !t.is_empty() && t.bytes().all(|b| b.is_ascii_lowercase())
}

/// The two pinyin columns (full syllables, initials) for title + keywords of every slot.
pub(crate) struct PinyinColumns {
    pub full: Column,
    /// Bit per byte of `full`: set where a syllable starts.
    syllable_starts: Vec<u64>,
    pub initials: Column,
    /// Token strings per slot (title first, then each keyword), as in the sidecar; empty when
    /// the slot has no usable entry. Kept as strings, not token vectors: 100,000 titles of 25
    /// tokens would otherwise cost tens of megabytes of small allocations.
    pub tokens: Vec<Box<[Box<str>]>>,
    /// Byte offset in `full` and `initials` where each slot's keyword parts begin (its title
    /// parts come first), so a match position tells title from keyword.
    full_title_end: Vec<u32>,
    initials_title_end: Vec<u32>,
}

impl PinyinColumns {
    /// `texts[slot]` = (title, keywords, entry) for each slot in order.
    pub fn build<'a>(texts: impl Iterator<Item = (&'a str, &'a [Box<str>], Option<&'a PinyinEntry>)>, report: &mut PinyinReport) -> PinyinColumns {
        let mut full = ColumnBuilder::new();
        let mut initials = ColumnBuilder::new();
        let mut starts_bits: Vec<u64> = Vec::new();
        let mut tokens: Vec<Box<[Box<str>]>> = Vec::new();
        let (mut full_title_end, mut initials_title_end) = (Vec::new(), Vec::new());
        let mut part = String::new();
        let mut init = String::new();
        let mark = |bits: &mut Vec<u64>, pos: usize| {
            if bits.len() <= pos / 64 {
                bits.resize(pos / 64 + 1, 0);
            }
            bits[pos / 64] |= 1 << (pos % 64);
        };
        for (title, keywords, entry) in texts {
            full.begin_slot();
            initials.begin_slot();
            let Some(entry) = entry else {
                report.missing += 1;
                tokens.push(Box::new([]));
                full_title_end.push(full.len() as u32);
                initials_title_end.push(initials.len() as u32);
                continue;
            };
            let title_toks = tokens_for(title, &entry.title);
            let kw_toks: Option<Vec<Vec<&str>>> = (entry.keywords.len() == keywords.len())
                .then(|| keywords.iter().zip(&entry.keywords).map(|(k, t)| tokens_for(k, t)).collect())
                .flatten();
            let (Some(title_toks), Some(kw_toks)) = (title_toks, kw_toks) else {
                report.stale += 1;
                tokens.push(Box::new([]));
                full_title_end.push(full.len() as u32);
                initials_title_end.push(initials.len() as u32);
                continue;
            };
            report.attached += 1;
            tokens.push(std::iter::once(&entry.title).chain(&entry.keywords).map(|t| Box::<str>::from(t.as_str())).collect());
            for (k, toks) in std::iter::once(&title_toks).chain(kw_toks.iter()).enumerate() {
                if k == 1 {
                    full_title_end.push(full.len() as u32);
                    initials_title_end.push(initials.len() as u32);
                }
                // A run of syllables is one part; any other char ends the run.
                for run in toks.split(|t| !is_syllable(t)) {
                    if run.is_empty() {
                        continue;
                    }
                    part.clear();
                    init.clear();
                    let base = full.len();
                    for syl in run {
                        mark(&mut starts_bits, base + part.len());
                        part.push_str(syl);
                        init.push_str(&syl[..1]);
                    }
                    full.push_raw_part(&part);
                    initials.push_raw_part(&init);
                }
            }
            if kw_toks.is_empty() {
                full_title_end.push(full.len() as u32);
                initials_title_end.push(initials.len() as u32);
            }
        }
        PinyinColumns {
            full: full.finish_with(2),
            syllable_starts: starts_bits,
            initials: initials.finish_with(1),
            tokens,
            full_title_end,
            initials_title_end,
        }
    }

    /// Whether byte `pos` of the full column starts a syllable.
    pub fn starts_syllable(&self, pos: usize) -> bool {
        self.syllable_starts.get(pos / 64).is_some_and(|w| w & (1 << (pos % 64)) != 0)
    }

    /// Whether a match at byte `pos` of slot `slot` (full or initials column) lies in the title.
    pub fn in_title(&self, slot: usize, pos: usize, full: bool) -> bool {
        let ends = if full { &self.full_title_end } else { &self.initials_title_end };
        ends.get(slot).is_some_and(|&e| pos < e as usize)
    }

    /// The token strings of a slot: title first, then keywords (empty without an entry).
    pub fn texts(&self, slot: usize) -> &[Box<str>] {
        self.tokens.get(slot).map_or(&[], |t| &t[..])
    }

    pub fn heap_bytes(&self) -> usize {
        self.full.heap_bytes()
            + self.initials.heap_bytes()
            + self.syllable_starts.capacity() * 8
            + self.tokens.iter().map(|t| 16 + t.iter().map(|s| s.len() + 16).sum::<usize>()).sum::<usize>()
            + (self.full_title_end.capacity() + self.initials_title_end.capacity()) * 4
    }
}

/// The title token string of a slot ("" without an entry).
pub(crate) fn title_tokens(py: &PinyinColumns, slot: usize) -> &str {
    py.texts(slot).first().map_or("", |t| t)
}

/// The char ranges of a text (by char index, end exclusive) that a pinyin needle covers, given
/// the text's token string.
pub(crate) fn title_char_ranges(tokens: &str, needle: &Needle, initials: bool) -> Vec<(usize, usize)> {
    let tokens: Vec<&str> = tokens.split(' ').filter(|t| !t.is_empty()).collect();
    let mut out = Vec::new();
    let q = needle.text.as_bytes();
    for start in 0..tokens.len() {
        if !is_syllable(tokens[start]) {
            continue;
        }
        if initials {
            let len = q.len();
            let fits = start + len <= tokens.len()
                && (0..len).all(|k| is_syllable(tokens[start + k]) && tokens[start + k].as_bytes()[0] == q[k]);
            if fits {
                out.push((start, start + len));
            }
        } else {
            // Consume whole syllables; the last one may be a prefix.
            let mut rest = q;
            let mut i = start;
            while !rest.is_empty() && i < tokens.len() && is_syllable(tokens[i]) {
                let s = tokens[i].as_bytes();
                if rest.len() >= s.len() && rest.starts_with(s) {
                    rest = &rest[s.len()..];
                    i += 1;
                } else if s.starts_with(rest) {
                    rest = &[];
                    i += 1;
                } else {
                    break;
                }
            }
            if rest.is_empty() && i > start {
                out.push((start, i));
            }
        }
    }
    out
}
