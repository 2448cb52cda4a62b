//! Highlights and snippets: match ranges mapped back to the original text.
//!
//! Matching happens on normalised text; people read the original. Every range produced here is
//! found on the normalised form of one field and mapped through [`Mapped`], so it lies on char
//! boundaries of the original string and covers exactly the chars that matched (including
//! full-width forms or punctuation inside a 文号).

use super::column::Needle;
use super::normalize::Mapped;

/// Byte ranges in `text` where any of `needles` occurs (merged, sorted).
pub(crate) fn ranges_in(text: &str, needles: &[&Needle]) -> Vec<(usize, usize)> {
    if needles.is_empty() || text.is_empty() {
        return Vec::new();
    }
    let m = Mapped::new(text);
    let hay = m.text.as_bytes();
    let mut out = Vec::new();
    for n in needles {
        if n.text.is_empty() {
            continue;
        }
        let mut from = 0;
        while let Some(p) = n.find_from(hay, from) {
            if let Some(r) = m.original_range(p, p + n.text.len()) {
                out.push(r);
            }
            from = p + n.text.len();
        }
    }
    merge(out)
}

/// Sorts ranges and merges overlapping or touching ones.
pub(crate) fn merge(v: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let mut keys: Vec<u64> = v.iter().map(|&(a, b)| (a as u64) << 32 | b as u64).collect();
    super::sort_keys(&mut keys);
    let v = keys.into_iter().map(|k| ((k >> 32) as usize, (k & 0xFFFF_FFFF) as usize));
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(v.len());
    for (a, b) in v {
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// Byte range of chars `[from, to)` of `s`.
pub(crate) fn char_range_to_bytes(s: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    let mut idx = s.char_indices().map(|(i, _)| i).chain(std::iter::once(s.len()));
    let a = idx.nth(from)?;
    let b = if to > from { s.char_indices().map(|(i, _)| i).chain(std::iter::once(s.len())).nth(to)? } else { a };
    Some((a, b))
}

/// An excerpt of a longer text around its first match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// The excerpt, with `…` where it was cut.
    pub text: String,
    /// Byte ranges of matches inside `text` (on char boundaries).
    pub highlights: Vec<(usize, usize)>,
}

/// Makes a snippet of about `width` chars around the first match of any needle in `text`.
pub(crate) fn snippet(text: &str, needles: &[&Needle], width: usize) -> Option<Snippet> {
    let ranges = ranges_in(text, needles);
    let &(first_start, first_end) = ranges.first()?;
    let char_starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let total = char_starts.len();
    let at = |byte: usize| char_starts.partition_point(|&i| i < byte);
    let (m_from, m_to) = (at(first_start), at(first_end));
    // A third of the room before the match, the rest after; never cut the match itself.
    let before = (width / 3).min(m_from);
    let mut from = m_from - before;
    let mut to = (from + width).max(m_to).min(total);
    if to - from < width {
        from = to.saturating_sub(width);
    }
    to = to.min(total);
    let byte_of = |c: usize| if c < total { char_starts[c] } else { text.len() };
    let (a, b) = (byte_of(from), byte_of(to));
    let prefix = if from > 0 { "…" } else { "" };
    let suffix = if to < total { "…" } else { "" };
    let mut out = String::with_capacity(b - a + 6);
    out.push_str(prefix);
    out.push_str(&text[a..b]);
    out.push_str(suffix);
    let shift = prefix.len();
    let highlights = ranges
        .into_iter()
        .filter(|&(s, e)| s >= a && e <= b)
        .map(|(s, e)| (s - a + shift, e - a + shift))
        .collect();
    Some(Snippet { text: out, highlights })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_keeps_the_match_and_marks_it() {
        let n = Needle::new("宅基地".into());
        let text = format!("{}申请农村宅基地需要提交以下材料{}", "前".repeat(100), "后".repeat(100));
        let s = snippet(&text, &[&n], 60).unwrap();
        assert_eq!(s.text.chars().count(), 62, "60 chars plus two ellipses");
        let (a, b) = s.highlights[0];
        assert_eq!(&s.text[a..b], "宅基地");
        assert!(s.text.starts_with('…') && s.text.ends_with('…'));
    }

    #[test]
    fn short_texts_are_not_cut() {
        let n = Needle::new("低保".into());
        let s = snippet("低保金按月发放", &[&n], 60).unwrap();
        assert_eq!(s.text, "低保金按月发放");
        assert_eq!(s.highlights, vec![(0, 6)]);
    }
}
