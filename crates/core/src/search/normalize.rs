//! Text normalisation: the one definition of "the same text" for search.
//!
//! Residents type on pinyin keyboards that switch between full-width and half-width forms, write
//! 〇 or 零 in years, and leave out the punctuation of a 文号. Both the documents and the query go
//! through [`normalize_into`], so matching on the normalised forms is plain substring matching.
//!
//! The rules (docs/search.md repeats them for the benchmark's reference scan):
//! 1. Full-width ASCII (U+FF01–U+FF5E) becomes ASCII; the ideographic space becomes a space.
//! 2. ASCII letters are lowercased (other scripts' letters keep their case: township text has
//!    none worth the 10 KiB of case tables in wasm).
//! 3. 〇 (U+3007) and ○ (U+25CB, often typed for zero in dates) become 零.
//! 4. ASCII letters and digits, 汉字 and every other char are kept, except *separators*: ASCII
//!    punctuation, symbols and spaces, and the punctuation/symbol/emoji blocks of
//!    [`is_separator`].
//! 5. A run of separators between two ASCII letters/digits becomes one space (so `2024-00012`
//!    stays two words); any other run of separators is dropped (so `国发〔2014〕8号` and
//!    `国发[2014]8号` are the same text, and `扶贫 资金` matches `扶贫资金`).
//!
//! Normalised text therefore contains only kept chars and single spaces between ASCII words, and
//! never a newline: columns use `\n` to separate documents and parts, which no needle can cross.

/// Whether a non-ASCII char is a separator: punctuation, symbols, spaces, emoji, variation
/// selectors. An explicit list of blocks rather than Unicode properties: it is tiny in wasm, fast,
/// the same in every Unicode version, and easy to repeat exactly in the benchmark's reference
/// scan (bench/search/truth.mjs).
#[inline]
fn is_separator(code: u32) -> bool {
    matches!(code,
        0x80..=0xBF | 0xD7 | 0xF7
        | 0x2000..=0x2BFF          // punctuation, symbols, arrows, maths, box drawing, shapes
        | 0x3000..=0x3004 | 0x3006 | 0x3008..=0x303F // CJK punctuation (not 々 〇)
        | 0x30FB                   // ・
        | 0xFE00..=0xFE0F          // variation selectors
        | 0xFE10..=0xFE1F | 0xFE30..=0xFE6F // vertical, compatibility and small forms
        | 0xFEFF                   // zero-width no-break space
        | 0xFF5F..=0xFF65 | 0xFFE0..=0xFFEF // half-width CJK punctuation, full-width symbols
        | 0xFFF0..=0xFFFF
        | 0x1F000..=0x1FBFF        // emoji and other pictographs
        | 0xE0000..=0xE0FFF        // tags, variation selectors supplement
    )
}

/// Maps one char to its normalised form, or `None` for a separator.
#[inline]
pub(crate) fn fold(c: char) -> Option<char> {
    let code = c as u32;
    // The common case first: CJK Unified Ideographs are kept unchanged.
    if (0x4E00..=0x9FFF).contains(&code) {
        return Some(c);
    }
    if code < 0x80 {
        return if c.is_ascii_alphanumeric() { Some(c.to_ascii_lowercase()) } else { None };
    }
    if (0xFF01..=0xFF5E).contains(&code) {
        // Full-width ASCII: same char, 0xFEE0 higher.
        let ascii = char::from_u32(code - 0xFEE0)?;
        return if ascii.is_ascii_alphanumeric() { Some(ascii.to_ascii_lowercase()) } else { None };
    }
    match code {
        0x3007 | 0x25CB => Some('零'),
        _ if is_separator(code) => None,
        _ => Some(c),
    }
}

/// Appends the normalised form of `s` to `out`. Returns whether anything was appended.
pub(crate) fn normalize_into(s: &str, out: &mut String) -> bool {
    let mut pending_sep = false;
    let mut last_ascii = false;
    let mut any = false;
    for c in s.chars() {
        match fold(c) {
            None => pending_sep = true,
            Some(m) => {
                let ascii = m.is_ascii();
                if pending_sep && last_ascii && ascii {
                    out.push(' ');
                }
                pending_sep = false;
                out.push(m);
                last_ascii = ascii;
                any = true;
            }
        }
    }
    any
}

/// The normalised form of `s`.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    normalize_into(s, &mut out);
    out
}

/// A normalised text that remembers, for every normalised byte, which original bytes it came
/// from — so a match found in the normalised text can be highlighted in the original.
pub(crate) struct Mapped {
    pub text: String,
    /// Original byte offset where the char covering this normalised byte starts.
    start: Vec<u32>,
    /// Original byte offset where the char covering this normalised byte ends.
    end: Vec<u32>,
}

impl Mapped {
    pub fn new(s: &str) -> Mapped {
        let mut text = String::with_capacity(s.len());
        let mut start = Vec::with_capacity(s.len());
        let mut end = Vec::with_capacity(s.len());
        let mut sep_from: Option<usize> = None;
        let mut last_ascii = false;
        for (i, c) in s.char_indices() {
            match fold(c) {
                None => {
                    sep_from.get_or_insert(i);
                }
                Some(m) => {
                    let ascii = m.is_ascii();
                    if let Some(from) = sep_from.take() {
                        if last_ascii && ascii && !text.is_empty() {
                            text.push(' ');
                            start.push(from as u32);
                            end.push(i as u32);
                        }
                    }
                    text.push(m);
                    let len = m.len_utf8();
                    let (a, b) = (i as u32, (i + c.len_utf8()) as u32);
                    start.extend(std::iter::repeat_n(a, len));
                    end.extend(std::iter::repeat_n(b, len));
                    last_ascii = ascii;
                }
            }
        }
        Mapped { text, start, end }
    }

    /// The original byte range of the normalised byte range `[a, b)` (non-empty, in range).
    /// Both ends fall on char boundaries of the original text.
    pub fn original_range(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        if a >= b || b > self.text.len() {
            return None;
        }
        Some((self.start[a] as usize, self.end[b - 1] as usize))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_and_case_fold_to_ascii_lowercase() {
        assert_eq!(normalize("ＰＤＦ格式 Ａ４"), "pdf格式a4");
        assert_eq!(normalize("ABC　def"), "abc def");
    }

    #[test]
    fn punctuation_between_ascii_words_leaves_one_space_and_vanishes_elsewhere() {
        assert_eq!(normalize("国发〔2014〕8号"), "国发2014 8号");
        assert_eq!(normalize("国发[2014]8号"), "国发2014 8号");
        assert_eq!(normalize("000014349/2024-00012"), "000014349 2024 00012");
        assert_eq!(normalize("扶贫 资金，"), "扶贫资金");
    }

    #[test]
    fn ideographic_zero_is_the_same_as_ling() {
        assert_eq!(normalize("二〇二四年"), "二零二四年");
        assert_eq!(normalize("二○二四年"), "二零二四年");
    }

    #[test]
    fn mapped_ranges_point_at_original_chars() {
        let m = Mapped::new("《国发〔２０１４〕8号》");
        assert_eq!(m.text, "国发2014 8号");
        let a = m.text.find("2014").unwrap();
        let (s, e) = m.original_range(a, a + 4).unwrap();
        assert_eq!(&"《国发〔２０１４〕8号》"[s..e], "２０１４");
    }
}
