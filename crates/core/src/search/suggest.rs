//! "Nothing found — did you mean …": suggestions for a query with no results.
//!
//! Four kinds, in this order, at most [`MAX_SUGGESTIONS`]:
//! 1. a synonym-table word close to a term (character-pair overlap) that does find something —
//!    catches near-misses of colloquial words (最低保障 → 最低生活保障);
//! 2. a long term shortened by one char at either end, for typos (宅基第 → 宅基);
//! 3. the query with one term dropped, when that finds something (低保 火星 → 低保);
//! 4. the nearest titles by character-pair overlap (宅基第 → 农村宅基地审批), so a typo still
//!    leads somewhere.
//!
//! Only runs when a query found nothing. Its probes stop at the first match, and the nearest-title
//! pass looks at service items and the newest [`NEAREST_TITLE_SLOTS`] documents only.

use super::column::gram_bits;
use super::query::Term;
use super::{sort_keys, Engine, SearchOptions};

pub(crate) const MAX_SUGGESTIONS: usize = 5;
const NEAREST_TITLES: usize = 3;
/// Nearest titles are looked for among the first this many documents in rank order — every
/// service item, then the newest records — which bounds the cost on a 100,000-record archive.
const NEAREST_TITLE_SLOTS: usize = 20_000;

/// A character pair as one sortable number.
fn pair(a: char, b: char) -> u64 {
    (a as u64) << 32 | b as u64
}

/// Character pairs of a normalised string (single chars for a one-char string), sorted.
fn grams(s: &str) -> Vec<u64> {
    let chars: Vec<char> = s.chars().filter(|c| *c != ' ').collect();
    let mut g: Vec<u64> = if chars.len() == 1 { vec![pair(chars[0], '\0')] } else { chars.windows(2).map(|w| pair(w[0], w[1])).collect() };
    sort_keys(&mut g);
    g.dedup();
    g
}

/// Share of `a`'s pairs that `b` has (0–100).
fn overlap(a: &[u64], b: &[u64]) -> usize {
    if a.is_empty() {
        return 0;
    }
    a.iter().filter(|g| b.binary_search(g).is_ok()).count() * 100 / a.len()
}

impl Engine {
    fn finds_anything(&self, query: &str, opts: &SearchOptions) -> bool {
        self.exists(query, opts)
    }

    pub(crate) fn suggest(&self, terms: &[Term], opts: &SearchOptions) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let push = |s: String, out: &mut Vec<String>| {
            if !s.is_empty() && !out.contains(&s) && out.len() < MAX_SUGGESTIONS {
                out.push(s);
            }
        };

        for t in terms {
            let tg = grams(&t.norm);
            let words: Vec<&str> = self.synonyms.words().filter(|w| *w != t.norm).collect();
            // Closest first (then table order): most of the term's pairs are in the word, and
            // the word is not much longer.
            let mut close: Vec<u64> = words
                .iter()
                .enumerate()
                .filter_map(|(i, w)| {
                    let wg = grams(w);
                    let (fwd, back) = (overlap(&tg, &wg), overlap(&wg, &tg));
                    (fwd >= 50 && back >= 25).then_some(((200 - fwd - back) as u64) << 32 | i as u64)
                })
                .collect();
            sort_keys(&mut close);
            for w in close.iter().take(3).map(|&k| words[(k & 0xFFFF_FFFF) as usize]) {
                let q: Vec<&str> = terms.iter().map(|x| if std::ptr::eq(x, t) { w } else { x.raw.as_str() }).collect();
                let q = q.join(" ");
                if self.finds_anything(&q, opts) {
                    push(q, &mut out);
                }
            }
        }

        // A typo in a long term: the term shortened by one char at either end (宅基第 → 宅基).
        for t in terms {
            let chars: Vec<char> = t.raw.chars().collect();
            if chars.len() < 3 {
                continue;
            }
            for short in [chars[..chars.len() - 1].iter().collect::<String>(), chars[1..].iter().collect::<String>()] {
                let q: Vec<&str> = terms.iter().map(|x| if std::ptr::eq(x, t) { short.as_str() } else { x.raw.as_str() }).collect();
                let q = q.join(" ");
                if self.finds_anything(&q, opts) {
                    push(q, &mut out);
                }
            }
        }

        if terms.len() >= 2 {
            for skip in 0..terms.len() {
                let q: Vec<&str> = terms.iter().enumerate().filter(|&(i, _)| i != skip).map(|(_, t)| t.raw.as_str()).collect();
                let q = q.join(" ");
                if self.finds_anything(&q, opts) {
                    push(q, &mut out);
                }
            }
        }

        // Nearest titles: share of the query's character pairs found in the title, then the
        // share of the title they cover, then rank order.
        let mut qg: Vec<u64> = terms.iter().flat_map(|t| grams(&t.norm)).collect();
        sort_keys(&mut qg);
        qg.dedup();
        if !qg.is_empty() && qg.len() <= 64 {
            // Key: best overlap, then best cover, then rank order.
            let mut best: Vec<u64> = Vec::new();
            // Only blocks of titles that may hold half of the query's pairs can qualify.
            // (The filter holds pairs of the normalised text as is; pairs made by dropping the
            // spaces between ASCII words, and one-char queries, are not in it: no pruning then.)
            let unpair = |g: u64| (char::from_u32((g >> 32) as u32).unwrap_or('\0'), char::from_u32(g as u32).unwrap_or('\0'));
            let plain = qg.iter().map(|&g| unpair(g)).all(|(a, b)| !a.is_ascii() && !b.is_ascii());
            let ranges = if plain {
                let bits: Vec<[u32; 2]> = qg.iter().map(|&g| unpair(g)).map(|(a, b)| gram_bits(a, b)).collect();
                self.title_col.ranges_with_grams(&bits, qg.len().div_ceil(2))
            } else {
                self.title_col.ranges()
            };
            let slots = ranges.into_iter().flat_map(|r| r.start..r.end).take_while(|&s| s < NEAREST_TITLE_SLOTS);
            for slot in slots {
                // No allocation per title: one pass over its char pairs, marking query pairs seen.
                let title = self.title_col.slot_text(slot).trim_end_matches('\n');
                let mut seen = 0u64;
                let mut pairs = 0usize;
                let mut prev: Option<char> = None;
                for c in title.chars().filter(|c| *c != ' ') {
                    if let Some(p) = prev {
                        pairs += 1;
                        if let Ok(i) = qg.binary_search(&pair(p, c)) {
                            seen |= 1 << i;
                        }
                    }
                    prev = Some(c);
                }
                let found = seen.count_ones() as usize;
                let o = found * 100 / qg.len();
                if o < 50 {
                    continue;
                }
                let cover = (found * 100 / pairs.max(1)).min(100);
                best.push(((100 - o as u64) << 52) | ((100 - cover as u64) << 40) | slot as u64);
            }
            sort_keys(&mut best);
            for slot in best.into_iter().take(NEAREST_TITLES).map(|k| (k & ((1 << 40) - 1)) as usize) {
                push(self.titles[slot].to_string(), &mut out);
            }
        }
        out
    }
}
