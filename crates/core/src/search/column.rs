//! A column: one kind of field for every document, normalised and laid end to end.
//!
//! Searching one long buffer with a precomputed [`memchr::memmem::Finder`] is several times faster
//! than calling `str::contains` per document (no per-call setup, no per-document loop). Slots (one
//! per document, in rank order) are found from a match position by binary search on `starts`.
//! Every part of a slot ends with `\n`, which no normalised needle contains, so a match never
//! crosses two fields or two documents.
//!
//! Large columns also get a [`BlockFilter`]: the slots are cut into blocks of about
//! [`BLOCK_BYTES`], and each block keeps a small bit set of the hashed character pairs it
//! contains. A needle can only occur in a block that has all of its pairs, so rare needles skip
//! most of the column. The filter can only say "maybe" or "no": every candidate is still verified
//! by the substring search, so it never changes the results.

use memchr::memmem::Finder;

use super::normalize::normalize_into;

/// Columns smaller than this are scanned whole: the filter would cost more than it saves.
pub(crate) const FILTER_MIN_BYTES: usize = 1 << 20;
/// Target size of one filter block (normalised UTF-8 bytes; blocks end on slot boundaries).
pub(crate) const BLOCK_BYTES: usize = 16 * 1024;
/// Bits per block in the filter (a power of two).
const FILTER_BITS: usize = 16 * 1024;
const FILTER_WORDS: usize = FILTER_BITS / 64;
/// Texts up to this many bytes are searched with a plain loop rather than the substring finder.
const SHORT_HAYSTACK: usize = 1024;
/// Most signature words a column may use per slot (512 bits).
const MAX_SIG_WORDS: usize = 8;
/// Most needle pairs tested against a signature: eight pairs already rule out nearly every slot
/// that lacks the needle.
const MAX_SIG_GRAMS: usize = 8;

/// What to look for: a normalised string, with the rule that decides a valid match position.
pub(crate) struct Needle {
    pub text: String,
    finder: Finder<'static>,
    /// The needle starts with an ASCII letter or digit, so it must start a word: the byte before
    /// a match must not be one too (`649` does not match inside `16490`).
    word_start: bool,
    /// Filter bits of the needle's character pairs.
    grams: Vec<u32>,
    /// Hashes of the needle's first character pairs, for slot signatures.
    sig_hashes: Vec<u32>,
    /// Exact keys of the needle's distinct character pairs (see [`pair_key`]).
    pair_keys: Vec<u64>,
    /// The needle byte the short-text loop looks for: the last byte of its first char (for 汉字
    /// a continuation byte, far more varied than the lead byte).
    anchor: usize,
}

impl Needle {
    pub fn new(text: String) -> Needle {
        let word_start = text.as_bytes().first().is_some_and(|b| b.is_ascii_alphanumeric());
        let finder = Finder::new(text.as_bytes()).into_owned();
        let mut grams: Vec<u32> = Vec::new();
        let mut sig_hashes: Vec<u32> = Vec::new();
        let mut pair_keys: Vec<u64> = Vec::new();
        let mut prev: Option<char> = None;
        for c in text.chars() {
            if let Some(p) = prev {
                let k = pair_key(p, c);
                if !pair_keys.contains(&k) {
                    pair_keys.push(k);
                }
                let h = gram_hash(p, c);
                for g in filter_bits(h) {
                    if !grams.contains(&g) {
                        grams.push(g);
                    }
                }
                if sig_hashes.len() < MAX_SIG_GRAMS {
                    sig_hashes.push(h);
                }
            }
            prev = Some(c);
        }
        let anchor = text.chars().next().map_or(0, |c| c.len_utf8() - 1);
        Needle { text, finder, word_start, grams, sig_hashes, pair_keys, anchor }
    }

    /// The first match in `hay[from..]`: the precomputed finder for long texts; for one slot's
    /// text (a title, a body of a few hundred bytes) a plain loop on one byte of the needle,
    /// which in wasm without SIMD beats the finder's setup per call.
    #[inline]
    fn raw_find(&self, hay: &[u8], from: usize) -> Option<usize> {
        let rest = &hay[from..];
        if rest.len() > SHORT_HAYSTACK {
            return self.finder.find(rest).map(|p| from + p);
        }
        let needle = self.text.as_bytes();
        let n = needle.len();
        if n == 0 || rest.len() < n {
            return (n == 0).then_some(from);
        }
        let a = self.anchor;
        let want = needle[a];
        let mut i = 0;
        while i + n <= rest.len() {
            let off = rest[i + a..=rest.len() - n + a].iter().position(|&b| b == want)?;
            i += off;
            if &rest[i..i + n] == needle {
                return Some(from + i);
            }
            i += 1;
        }
        None
    }

    /// The first valid match in `hay` at or after `from`, as an offset into `hay`.
    #[inline]
    pub fn find_from(&self, hay: &[u8], mut from: usize) -> Option<usize> {
        while from <= hay.len() {
            let p = self.raw_find(hay, from)?;
            if self.word_start && p > 0 && hay[p - 1].is_ascii_alphanumeric() {
                from = p + 1;
                continue;
            }
            return Some(p);
        }
        None
    }

    /// Whether the needle occurs in `hay`.
    #[inline]
    pub fn is_in(&self, hay: &[u8]) -> bool {
        self.find_from(hay, 0).is_some()
    }
}

/// A character pair as an exact 42-bit key (chars are below 2²¹).
#[inline]
fn pair_key(a: char, b: char) -> u64 {
    (a as u64) << 21 | b as u64
}

/// Slots per pair index entry are 22 bits: columns with more slots are not indexed.
const INDEX_SLOT_BITS: u32 = 22;

/// An inverted index of a column's character pairs: for each pair, the slots that contain it.
/// A two-char needle's slots are then read off without looking at any text, and a longer
/// needle's candidates are the slots having all its pairs, verified by substring search. Worth
/// its memory for the title column, which every query searches.
struct PairIndex {
    /// Distinct pair keys, sorted.
    keys: Vec<u64>,
    /// `slots[offsets[i]..offsets[i + 1]]` hold key `i`, ascending.
    offsets: Vec<u32>,
    slots: Vec<u32>,
}

impl PairIndex {
    fn build(text: &str, starts: &[u32]) -> Option<PairIndex> {
        let n = starts.len().saturating_sub(1);
        if n >= 1 << INDEX_SLOT_BITS {
            return None;
        }
        // (pair key, slot) packed into one sortable u64, one per distinct pair of each slot.
        let mut all: Vec<u64> = Vec::new();
        let mut mine: Vec<u64> = Vec::new();
        for slot in 0..n {
            mine.clear();
            let mut prev: Option<char> = None;
            for c in text[starts[slot] as usize..starts[slot + 1] as usize].chars() {
                if c == '\n' {
                    prev = None;
                    continue;
                }
                if let Some(p) = prev {
                    mine.push(pair_key(p, c) << INDEX_SLOT_BITS | slot as u64);
                }
                prev = Some(c);
            }
            super::sort_keys(&mut mine);
            mine.dedup();
            all.extend_from_slice(&mine);
        }
        super::sort_keys(&mut all);
        let mut keys = Vec::new();
        let mut offsets = Vec::new();
        let mut slots = Vec::with_capacity(all.len());
        for k in all {
            let key = k >> INDEX_SLOT_BITS;
            if keys.last() != Some(&key) {
                keys.push(key);
                offsets.push(slots.len() as u32);
            }
            slots.push((k & ((1 << INDEX_SLOT_BITS) - 1)) as u32);
        }
        offsets.push(slots.len() as u32);
        keys.shrink_to_fit();
        offsets.shrink_to_fit();
        Some(PairIndex { keys, offsets, slots })
    }

    fn postings(&self, key: u64) -> &[u32] {
        match self.keys.binary_search(&key) {
            Ok(i) => &self.slots[self.offsets[i] as usize..self.offsets[i + 1] as usize],
            Err(_) => &[],
        }
    }

    fn heap_bytes(&self) -> usize {
        self.keys.capacity() * 8 + self.offsets.capacity() * 4 + self.slots.capacity() * 4
    }
}

/// A hash of a character pair; its high bits pick the block-filter bit, its low bits the
/// signature bit.
#[inline]
fn gram_hash(a: char, b: char) -> u32 {
    let h = (a as u32).wrapping_mul(0x9E37_79B1) ^ (b as u32).wrapping_mul(0x85EB_CA77).rotate_left(13);
    h.wrapping_mul(0xC2B2_AE35)
}

/// The two block-filter bits of a pair hash. Two bits, not one: with one, a rare pair whose bit
/// a very common pair shares passes every block (危改 shared one with a pair found in 2,459 of
/// 2,464 body blocks at 100k records); both bits colliding with common pairs is far rarer.
#[inline]
fn filter_bits(h: u32) -> [u32; 2] {
    let shift = 32 - FILTER_BITS.trailing_zeros();
    [h >> shift, h.wrapping_mul(0x27D4_EB2F).rotate_left(7) >> shift]
}

/// The signature bit of a pair hash in a signature of `words` words.
#[inline]
fn sig_bit(h: u32, words: usize) -> usize {
    h as usize & (words * 64 - 1)
}

/// The filter bits of a character pair.
#[inline]
pub(crate) fn gram_bits(a: char, b: char) -> [u32; 2] {
    filter_bits(gram_hash(a, b))
}

/// Per-block bit sets of character pairs.
struct BlockFilter {
    /// First slot of each block, plus the end.
    slot_starts: Vec<u32>,
    /// `FILTER_WORDS` words per block.
    bits: Vec<u64>,
}

impl BlockFilter {
    fn build(text: &str, starts: &[u32]) -> BlockFilter {
        let mut slot_starts = vec![0u32];
        let mut bits = Vec::new();
        let slots = starts.len().saturating_sub(1);
        let mut slot = 0usize;
        while slot < slots {
            let byte_start = starts[slot] as usize;
            while slot < slots && (starts[slot] as usize - byte_start) < BLOCK_BYTES {
                slot += 1;
            }
            let mut set = [0u64; FILTER_WORDS];
            let mut prev: Option<char> = None;
            for c in text[byte_start..starts[slot] as usize].chars() {
                if c == '\n' {
                    prev = None;
                    continue;
                }
                if let Some(p) = prev {
                    for b in gram_bits(p, c) {
                        let b = b as usize;
                        set[b / 64] |= 1 << (b % 64);
                    }
                }
                prev = Some(c);
            }
            bits.extend_from_slice(&set);
            slot_starts.push(slot as u32);
        }
        BlockFilter { slot_starts, bits }
    }

    fn blocks(&self) -> usize {
        self.slot_starts.len() - 1
    }

    fn may_contain(&self, block: usize, grams: &[u32]) -> bool {
        let set = &self.bits[block * FILTER_WORDS..(block + 1) * FILTER_WORDS];
        grams.iter().all(|&g| set[g as usize / 64] & (1 << (g % 64)) != 0)
    }
}

/// A range of slots to scan as one unit (one filter block, or the whole column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SlotRange {
    pub start: usize,
    pub end: usize,
}

/// Builds a column slot by slot.
pub(crate) struct ColumnBuilder {
    text: String,
    starts: Vec<u32>,
}

impl ColumnBuilder {
    pub fn new() -> ColumnBuilder {
        ColumnBuilder { text: String::new(), starts: Vec::new() }
    }

    /// Starts the next slot. Call once per document, in slot order, before its parts.
    pub fn begin_slot(&mut self) {
        self.starts.push(self.text.len() as u32);
    }

    /// Appends one part (a field's text) to the current slot, normalised.
    pub fn push_part(&mut self, s: &str) {
        if normalize_into(s, &mut self.text) {
            self.text.push('\n');
        }
    }

    /// Appends already-normalised text (pinyin) as one part.
    pub fn push_raw_part(&mut self, s: &str) {
        if !s.is_empty() {
            self.text.push_str(s);
            self.text.push('\n');
        }
    }

    /// Byte length of the text so far (where the next part will start).
    pub fn len(&self) -> usize {
        self.text.len()
    }

    pub fn finish(self) -> Column {
        self.finish_with(0)
    }

    /// Finishes the column; with `sig_words` > 0 (a power of two, at most 8), every slot also
    /// gets a signature of `64 × sig_words` bits: one bit set per character pair it contains.
    /// Sized so that about a fifth to a third of the bits are set in a typical slot (titles 128,
    /// body 512), a slot that lacks one pair of a needle is skipped with ~70–80% certainty and one
    /// that lacks several almost always — before any substring search.
    pub fn finish_with(self, sig_words: usize) -> Column {
        self.finish_signed(sig_words, 1)
    }

    /// Finishes the column with a [`PairIndex`] (and no signatures: the index answers first).
    pub fn finish_indexed(self) -> Column {
        let mut c = self.finish_signed(0, 1);
        c.index = PairIndex::build(&c.text, &c.starts);
        c
    }

    /// [`ColumnBuilder::finish_with`] setting `bits_per_pair` (1 or 2) bits per pair: two bits
    /// make a one-pair needle (低保) skip far more slots when slots are short (titles).
    pub fn finish_signed(mut self, sig_words: usize, bits_per_pair: u8) -> Column {
        self.starts.push(self.text.len() as u32);
        self.text.shrink_to_fit();
        let filter = (self.text.len() >= FILTER_MIN_BYTES).then(|| BlockFilter::build(&self.text, &self.starts));
        let sig_words = if sig_words.is_power_of_two() { sig_words.min(MAX_SIG_WORDS) } else { 0 };
        let mut sigs = Vec::new();
        if sig_words > 0 {
            sigs.reserve_exact((self.starts.len() - 1) * sig_words);
            for w in self.starts.windows(2) {
                let mut sig = [0u64; MAX_SIG_WORDS];
                let mut prev: Option<char> = None;
                for c in self.text[w[0] as usize..w[1] as usize].chars() {
                    if c == '\n' {
                        prev = None;
                        continue;
                    }
                    if let Some(p) = prev {
                        let h = gram_hash(p, c);
                        let b = sig_bit(h, sig_words);
                        sig[b / 64] |= 1 << (b % 64);
                        if bits_per_pair == 2 {
                            let b = sig_bit(h >> 16, sig_words);
                            sig[b / 64] |= 1 << (b % 64);
                        }
                    }
                    prev = Some(c);
                }
                sigs.extend_from_slice(&sig[..sig_words]);
            }
        }
        Column { text: self.text, starts: self.starts, filter, sig_words, sig_k2: bits_per_pair == 2, sigs, index: None }
    }
}

/// One field class for all documents.
pub(crate) struct Column {
    text: String,
    /// `starts[slot]..starts[slot + 1]` is the slot's text; one more entry than slots.
    starts: Vec<u32>,
    filter: Option<BlockFilter>,
    /// Signature words per slot (0: no signatures).
    sig_words: usize,
    /// Two bits per pair (the second from the hash's high half).
    sig_k2: bool,
    /// `sig_words` words per slot.
    sigs: Vec<u64>,
    /// Pair index (title column).
    index: Option<PairIndex>,
}

impl Column {
    pub fn bytes(&self) -> &[u8] {
        self.text.as_bytes()
    }

    /// Heap bytes held (for the memory report of the benchmark).
    pub fn heap_bytes(&self) -> usize {
        self.text.capacity() + self.starts.capacity() * 4 + self.sigs.capacity() * 8 + self.index.as_ref().map_or(0, PairIndex::heap_bytes) + self.filter.as_ref().map_or(0, |f| f.bits.capacity() * 8 + f.slot_starts.capacity() * 4)
    }

    pub fn slots(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// The normalised bytes of one slot (its parts, each followed by `\n`) — no char-boundary
    /// checks, for hot loops.
    #[inline]
    pub fn slot_bytes(&self, slot: usize) -> &[u8] {
        &self.text.as_bytes()[self.starts[slot] as usize..self.starts[slot + 1] as usize]
    }

    /// The first part of a slot, without its `\n` (a title, a code).
    #[inline]
    pub fn slot_first(&self, slot: usize) -> &[u8] {
        let b = self.slot_bytes(slot);
        memchr::memchr(b'\n', b).map_or(b, |n| &b[..n])
    }

    /// The normalised text of one slot (its parts, each followed by `\n`).
    pub fn slot_text(&self, slot: usize) -> &str {
        &self.text[self.starts[slot] as usize..self.starts[slot + 1] as usize]
    }

    #[inline]
    fn slot_of(&self, pos: usize) -> usize {
        self.starts.partition_point(|&s| s as usize <= pos).saturating_sub(1)
    }

    /// Scan units in slot order: the filter's blocks, or the whole column.
    pub fn ranges(&self) -> Vec<SlotRange> {
        match &self.filter {
            Some(f) => (0..f.blocks())
                .map(|b| SlotRange { start: f.slot_starts[b] as usize, end: f.slot_starts[b + 1] as usize })
                .collect(),
            None => vec![SlotRange { start: 0, end: self.slots() }],
        }
    }

    /// Whether `range` (one of [`Column::ranges`]) may contain `needle`. Exact "no", maybe "yes".
    pub fn may_contain(&self, range_index: usize, needle: &Needle) -> bool {
        match &self.filter {
            Some(f) => f.may_contain(range_index, &needle.grams),
            None => true,
        }
    }

    /// Calls `on_slot(slot, pos)` once for every slot in `range` that contains `needle` (in slot
    /// order), with the byte position of the first match; `accept` may reject a match position
    /// (pinyin syllable boundaries). `on_slot` returns false to stop; then `scan` does too.
    pub fn scan(&self, needle: &Needle, range: SlotRange, accept: impl Fn(usize) -> bool, mut on_slot: impl FnMut(usize, usize) -> bool) -> bool {
        if range.start >= range.end {
            return true;
        }
        let bytes = self.text.as_bytes();
        // Small columns (a few service items' keywords) are one quick search; large ones are
        // searched slot by slot behind their signatures.
        if self.sig_words > 0 && !needle.sig_hashes.is_empty() && bytes.len() >= FILTER_MIN_BYTES {
            // Slot by slot: the signature rules most slots out without touching their text.
            for slot in range.start..range.end {
                if !self.sig_allows(slot, needle) {
                    continue;
                }
                let (lo, hi) = (self.starts[slot] as usize, self.starts[slot + 1] as usize);
                let hay = &bytes[..hi];
                let mut pos = lo;
                while let Some(p) = needle.find_from(hay, pos) {
                    if accept(p) {
                        if !on_slot(slot, p) {
                            return false;
                        }
                        break;
                    }
                    pos = p + 1;
                }
            }
            return true;
        }
        let lo = self.starts[range.start] as usize;
        let hi = self.starts[range.end] as usize;
        let hay = &bytes[..hi];
        let mut pos = lo;
        while pos < hi {
            let Some(p) = needle.find_from(hay, pos) else { break };
            if !accept(p) {
                pos = p + 1;
                continue;
            }
            let slot = self.slot_of(p);
            if !on_slot(slot, p) {
                return false;
            }
            pos = self.starts[slot + 1] as usize;
        }
        true
    }

    /// Scans the whole column, slot by slot, until `on_slot` returns false (then returns false).
    /// Uses the pair index when there is one and the needle has a pair, else the filter blocks
    /// that may hold the needle. With the index, `pos` is the slot's start when a two-char needle
    /// is proved present without reading the text.
    pub fn scan_all(&self, needle: &Needle, accept: impl Fn(usize) -> bool, mut on_slot: impl FnMut(usize, usize) -> bool) -> bool {
        if let (Some(index), false) = (&self.index, needle.pair_keys.is_empty()) {
            let lists: Vec<&[u32]> = needle.pair_keys.iter().map(|&k| index.postings(k)).collect();
            let Some(shortest) = lists.iter().min_by_key(|l| l.len()) else { return true };
            // One pair of CJK chars: the index is the answer (ASCII needles must start a word).
            let exact = needle.pair_keys.len() == 1 && needle.text.chars().count() == 2 && !needle.word_start;
            let bytes = self.text.as_bytes();
            for &slot in *shortest {
                if !lists.iter().all(|l| l.binary_search(&slot).is_ok()) {
                    continue;
                }
                let slot = slot as usize;
                let (lo, hi) = (self.starts[slot] as usize, self.starts[slot + 1] as usize);
                if exact {
                    if !on_slot(slot, lo) {
                        return false;
                    }
                    continue;
                }
                let hay = &bytes[..hi];
                let mut pos = lo;
                while let Some(p) = needle.find_from(hay, pos) {
                    if accept(p) {
                        if !on_slot(slot, p) {
                            return false;
                        }
                        break;
                    }
                    pos = p + 1;
                }
            }
            return true;
        }
        for (ri, range) in self.ranges().into_iter().enumerate() {
            if self.may_contain(ri, needle) && !self.scan(needle, range, &accept, &mut on_slot) {
                return false;
            }
        }
        true
    }

    /// Whether `needle` may occur anywhere in the column: "no" is certain (a pair the index or
    /// every filter block lacks), "yes" only possible. Small unfiltered columns are simply
    /// searched.
    pub fn may_hold(&self, needle: &Needle) -> bool {
        if let (Some(index), false) = (&self.index, needle.pair_keys.is_empty()) {
            return needle.pair_keys.iter().all(|&k| !index.postings(k).is_empty());
        }
        match &self.filter {
            Some(f) => (0..f.blocks()).any(|b| f.may_contain(b, &needle.grams)),
            None => needle.is_in(self.text.as_bytes()),
        }
    }

    /// Whether the slot's signature has every tested pair of the needle.
    #[inline]
    fn sig_allows(&self, slot: usize, needle: &Needle) -> bool {
        let w = self.sig_words;
        let sig = &self.sigs[slot * w..(slot + 1) * w];
        let has = |b: usize| sig[b / 64] & (1 << (b % 64)) != 0;
        needle.sig_hashes.iter().all(|&h| has(sig_bit(h, w)) && (!self.sig_k2 || has(sig_bit(h >> 16, w))))
    }

    /// Whether slot `slot` may contain `needle`: its signature, else its filter block, says so
    /// (true when the column has neither).
    pub fn slot_may_contain(&self, slot: usize, needle: &Needle) -> bool {
        if self.sig_words > 0 {
            return self.sig_allows(slot, needle);
        }
        match &self.filter {
            Some(f) => {
                let block = f.slot_starts.partition_point(|&s| s as usize <= slot).saturating_sub(1);
                block >= f.blocks() || f.may_contain(block, &needle.grams)
            }
            None => true,
        }
    }

    /// The slot ranges of blocks that may hold at least `min` of the given pairs (their filter
    /// bits; all blocks when the column has no filter). For "nearest title" suggestions.
    pub fn ranges_with_grams(&self, grams: &[[u32; 2]], min: usize) -> Vec<SlotRange> {
        match &self.filter {
            None => self.ranges(),
            Some(f) => (0..f.blocks())
                .filter(|&b| {
                    let set = &f.bits[b * FILTER_WORDS..(b + 1) * FILTER_WORDS];
                    let has = |g: u32| set[g as usize / 64] & (1 << (g % 64)) != 0;
                    grams.iter().filter(|&&[a, b]| has(a) && has(b)).count() >= min
                })
                .map(|b| SlotRange { start: f.slot_starts[b] as usize, end: f.slot_starts[b + 1] as usize })
                .collect(),
        }
    }

    /// Whether slot `slot` contains `needle` (the block filter answers first when it can).
    pub fn slot_contains(&self, slot: usize, needle: &Needle) -> bool {
        self.slot_may_contain(slot, needle) && needle.is_in(self.slot_bytes(slot))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(docs: &[&[&str]]) -> Column {
        let mut b = ColumnBuilder::new();
        for parts in docs {
            b.begin_slot();
            for p in *parts {
                b.push_part(p);
            }
        }
        b.finish_with(2)
    }

    fn hits(c: &Column, q: &str) -> Vec<usize> {
        let n = Needle::new(crate::search::normalize::normalize(q));
        let mut out = Vec::new();
        for r in c.ranges() {
            c.scan(&n, r, |_| true, |s, _| {
                out.push(s);
                true
            });
        }
        out
    }

    #[test]
    fn matches_never_cross_parts_or_documents() {
        let c = column(&[&["农村低", "保障"], &["低保"], &[], &["保", "低保户"]]);
        assert_eq!(hits(&c, "低保"), vec![1, 3]);
        assert_eq!(hits(&c, "低保障"), Vec::<usize>::new());
    }

    #[test]
    fn ascii_needles_start_at_word_starts() {
        let c = column(&[&["国务院令第649号"], &["编号16490"], &["x649"]]);
        assert_eq!(hits(&c, "649"), vec![0]);
    }

    #[test]
    fn short_and_long_texts_give_the_same_positions() {
        // Below SHORT_HAYSTACK a plain loop searches, above it the finder: same answers.
        for len in [10, 1000, 5000] {
            let hay = format!("{}低保户{}", "村".repeat(len), "镇".repeat(len));
            let n = Needle::new("低保".into());
            let at = 3 * len;
            assert_eq!(n.find_from(hay.as_bytes(), 0), Some(at));
            assert_eq!(n.find_from(hay.as_bytes(), 7), Some(at));
            assert_eq!(n.find_from(hay.as_bytes(), at + 1), None);
        }
    }

    #[test]
    fn the_filter_never_drops_a_match() {
        // Enough text to build a filter with many blocks; the needle occurs in a few slots only.
        let mut docs: Vec<Vec<String>> = (0..15000).map(|i| vec![format!("第{i}号关于开展农村人居环境整治工作的通知，请各村认真落实")]).collect();
        docs[17].push("宅基地审批".into());
        docs[14999].push("农村宅基地".into());
        let refs: Vec<Vec<&str>> = docs.iter().map(|d| d.iter().map(String::as_str).collect()).collect();
        let slices: Vec<&[&str]> = refs.iter().map(Vec::as_slice).collect();
        let c = column(&slices);
        assert!(c.filter.is_some(), "the test needs a filtered column");
        assert!(c.ranges().len() > 10);
        assert_eq!(hits(&c, "宅基地"), vec![17, 14999]);
        let n = Needle::new("宅基地".into());
        let candidates = (0..c.ranges().len()).filter(|&b| c.may_contain(b, &n)).count();
        assert!(candidates <= 3, "filter let {candidates} blocks through");
    }

    #[test]
    fn a_rare_pair_sharing_one_filter_bit_with_a_common_pair_is_still_ruled_out() {
        // Find a pair whose first filter bit is that of 通知 (in every block below) but whose
        // second is not among the bits the blocks set: with one bit per pair, it passed them all.
        let text = "第号关于开展农村人居环境整治工作的通知请各村认真落实0123456789";
        let mut set = std::collections::HashSet::new();
        let cs: Vec<char> = text.chars().collect();
        for w in cs.windows(2) {
            set.extend(gram_bits(w[0], w[1]));
        }
        let [common, _] = gram_bits('通', '知');
        let rare = ('\u{4e00}'..='\u{9fa5}')
            .flat_map(|a| ['危', '改', '屋'].map(move |b| (a, b)))
            .find(|&(a, b)| {
                let [x, y] = gram_bits(a, b);
                x == common && !set.contains(&y) && !text.contains(a)
            })
            .expect("some pair shares the bit");
        let docs: Vec<String> = (0..15000).map(|i| format!("第{i}号关于开展农村人居环境整治工作的通知，请各村认真落实")).collect();
        let refs: Vec<[&str; 1]> = docs.iter().map(|d| [d.as_str()]).collect();
        let slices: Vec<&[&str]> = refs.iter().map(|d| &d[..]).collect();
        let c = column(&slices);
        assert!(c.filter.is_some(), "the test needs a filtered column");
        let n = Needle::new(format!("{}{}", rare.0, rare.1));
        let passed = (0..c.ranges().len()).filter(|&b| c.may_contain(b, &n)).count();
        assert_eq!(passed, 0, "{rare:?} passed {passed} blocks");
        assert!(!c.may_hold(&n));
    }

    #[test]
    fn a_pair_sets_two_filter_bits() {
        let differ = ('\u{4e00}'..'\u{4f00}').filter(|&a| {
            let [x, y] = gram_bits(a, '保');
            x != y && (x as usize) < FILTER_BITS && (y as usize) < FILTER_BITS
        });
        assert!(differ.count() > 250, "the two bits should nearly always differ");
    }
}
