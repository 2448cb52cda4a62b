//! Small JSON position tools for error reports: find where a JSON path lies in the raw text, turn
//! byte offsets into line:column, and refuse absurd nesting before serde ever sees it.
//!
//! The validator never builds a spanned tree of the whole file (a 200 MB feed would need gigabytes
//! for that). It deserializes the feed with serde and only when a problem has been found does it
//! come here, with the problem's JSON path and the raw text of the element it lies in, to find the
//! exact byte. These scanners work on raw bytes, allocate nothing in the common case, and return
//! `None` instead of panicking when the text is not what they expect.

use std::borrow::Cow;
use std::fmt;

use memchr::{memchr, memchr2, memchr_iter};

/// One step of a JSON path: `items[12].fee.lines[0].amount` is
/// `[Field("items"), Index(12), Field("fee"), Field("lines"), Index(0), Field("amount")]`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Seg {
    /// A key known at compile time (a field of the feed model).
    Field(&'static str),
    /// A key read from the input (an unknown field, say).
    Key(String),
    /// An array index.
    Index(usize),
}

impl Seg {
    fn key(&self) -> Option<&str> {
        match self {
            Seg::Field(k) => Some(k),
            Seg::Key(k) => Some(k),
            Seg::Index(_) => None,
        }
    }
}

/// A path as shown to staff: `items[12].fee.lines[0].amount`; `""` is the whole file.
/// Keys that are not plain identifiers are quoted: `items[0]["名 称"]`.
pub struct PathDisplay<'a>(pub &'a [Seg]);

impl fmt::Display for PathDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                Seg::Index(n) => write!(f, "[{n}]")?,
                other => {
                    let k = other.key().unwrap_or_default();
                    let plain = !k.is_empty() && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                    if plain {
                        if i > 0 {
                            f.write_str(".")?;
                        }
                        f.write_str(k)?;
                    } else {
                        let shown: String = k.chars().take(40).collect();
                        write!(f, "[{}]", serde_json::Value::String(shown))?;
                    }
                }
            }
        }
        Ok(())
    }
}

/// The string form of a path (see [`PathDisplay`]).
pub fn path_string(path: &[Seg]) -> String {
    PathDisplay(path).to_string()
}

/// What to point at when locating a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The first byte of the value at the path.
    Value,
    /// The opening quote of the last key of the path, at its n-th occurrence (1-based) in its
    /// object — `Key(2)` finds the second of two duplicate keys.
    Key(usize),
}

/// Finds the byte offset (into `text`) of `path` inside the JSON value `text`.
///
/// `None` when the path does not exist or the text is not well-formed along the way; callers then
/// fall back to a shorter path.
pub fn find_path(text: &str, path: &[Seg], target: Target) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = skip_ws(b, 0);
    for (n, seg) in path.iter().enumerate() {
        let last = n + 1 == path.len();
        match seg {
            Seg::Index(want) => {
                if *b.get(i)? != b'[' {
                    return None;
                }
                i = skip_ws(b, i + 1);
                for _ in 0..*want {
                    if *b.get(i)? == b']' {
                        return None;
                    }
                    i = skip_ws(b, skip_value(b, i)?);
                    if *b.get(i)? != b',' {
                        return None;
                    }
                    i = skip_ws(b, i + 1);
                }
                if *b.get(i)? == b']' {
                    return None;
                }
                if last && matches!(target, Target::Key(_)) {
                    return None;
                }
            }
            other => {
                let want = other.key()?;
                let occurrence = match target {
                    Target::Key(k) if last => k.max(1),
                    _ => 1,
                };
                if *b.get(i)? != b'{' {
                    return None;
                }
                i = skip_ws(b, i + 1);
                let mut seen = 0;
                loop {
                    match *b.get(i)? {
                        b'}' => return None,
                        b'"' => {}
                        _ => return None,
                    }
                    let key_start = i;
                    let (key, after) = read_string(b, i)?;
                    i = skip_ws(b, after);
                    if *b.get(i)? != b':' {
                        return None;
                    }
                    i = skip_ws(b, i + 1);
                    if key == want {
                        seen += 1;
                        if seen == occurrence {
                            if last && matches!(target, Target::Key(_)) {
                                return Some(key_start);
                            }
                            break;
                        }
                    }
                    i = skip_ws(b, skip_value(b, i)?);
                    match *b.get(i)? {
                        b',' => i = skip_ws(b, i + 1),
                        _ => return None,
                    }
                }
            }
        }
    }
    Some(i)
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while let Some(c) = b.get(i) {
        if matches!(c, b' ' | b'\n' | b'\r' | b'\t') {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// Skips a string starting at its opening quote; returns the offset just after its closing quote.
fn skip_string(b: &[u8], start: usize) -> Option<usize> {
    let mut j = start + 1;
    loop {
        let k = j + memchr2(b'"', b'\\', b.get(j..)?)?;
        if b[k] == b'\\' {
            j = k + 2;
        } else {
            return Some(k + 1);
        }
    }
}

/// Reads a string starting at its opening quote: its decoded text and the offset after it.
fn read_string(b: &[u8], start: usize) -> Option<(Cow<'_, str>, usize)> {
    let end = skip_string(b, start)?;
    let raw = std::str::from_utf8(b.get(start + 1..end - 1)?).ok()?;
    if !raw.contains('\\') {
        return Some((Cow::Borrowed(raw), end));
    }
    // Rare: a key written with escapes. Let serde_json decode it exactly.
    let decoded: String = serde_json::from_slice(b.get(start..end)?).ok()?;
    Some((Cow::Owned(decoded), end))
}

/// Skips any JSON value starting at `i` (after whitespace); returns the offset just after it.
/// Containers are skipped with a depth counter, not recursion, so no input can overflow the stack.
fn skip_value(b: &[u8], i: usize) -> Option<usize> {
    match *b.get(i)? {
        b'"' => skip_string(b, i),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut j = i;
            loop {
                match *b.get(j)? {
                    b'"' => {
                        j = skip_string(b, j)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(j + 1);
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
        }
        _ => {
            let mut j = i;
            while let Some(c) = b.get(j) {
                if matches!(c, b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t') {
                    break;
                }
                j += 1;
            }
            (j > i).then_some(j)
        }
    }
}

/// Returns the offset of the first `[` or `{` that opens a container nested deeper than `limit`
/// (the outermost container is depth 1), or `None` if the text stays within it.
///
/// Runs before serde so that a 10,000-deep file gets a clear "too deep" error instead of a
/// recursion-limit message. It skips strings with `memchr`, so on real feeds (mostly text) it
/// touches little more than the punctuation between strings.
pub fn depth_exceeds(b: &[u8], limit: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = 0;
    loop {
        let quote = memchr(b'"', &b[i..]).map_or(b.len(), |k| i + k);
        for (j, c) in b[i..quote].iter().enumerate() {
            match c {
                b'[' | b'{' => {
                    depth += 1;
                    if depth > limit {
                        return Some(i + j);
                    }
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        if quote >= b.len() {
            return None;
        }
        i = skip_string(b, quote)?;
    }
}

/// 1-based line and column (the column counted in characters, not bytes) of byte offsets.
///
/// Offsets may come in any order; the text is walked once, so locating thousands of problems in
/// a 200 MB file costs one pass and no index. An offset inside a multi-byte character or past the
/// end is moved back to the start of that character / the end of the text.
pub fn line_columns(text: &str, offsets: &[usize]) -> Vec<(u32, u32)> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let b = text.as_bytes();
    let mut out = vec![(1u32, 1u32); offsets.len()];
    let (mut pos, mut line, mut chars) = (0usize, 1u32, 0usize);
    for i in order {
        let o = floor_char_boundary(text, offsets[i]);
        if o > pos {
            let seg = &b[pos..o];
            let mut last_nl = None;
            for k in memchr_iter(b'\n', seg) {
                line += 1;
                last_nl = Some(k);
            }
            match last_nl {
                Some(k) => chars = text[pos + k + 1..o].chars().count(),
                None => chars += text[pos..o].chars().count(),
            }
            pos = o;
        }
        out[i] = (line, (chars + 1).min(u32::MAX as usize) as u32);
    }
    out
}

/// The byte offset of a serde_json position (1-based line, 1-based column counted in bytes; column
/// 0 means "before the first byte of the line").
pub fn offset_of_line_byte_column(text: &str, line: usize, column: usize) -> usize {
    let b = text.as_bytes();
    let mut start = 0;
    if line > 1 {
        match memchr_iter(b'\n', b).nth(line - 2) {
            Some(k) => start = k + 1,
            None => return text.len(),
        }
    }
    let line_end = memchr(b'\n', &b[start..]).map_or(b.len(), |k| start + k);
    floor_char_boundary(text, (start + column.saturating_sub(1)).min(line_end))
}

/// The byte range of the line holding `offset` (without its line break).
pub fn line_bounds(b: &[u8], offset: usize) -> std::ops::Range<usize> {
    let offset = offset.min(b.len());
    let start = memchr::memrchr(b'\n', &b[..offset]).map_or(0, |k| k + 1);
    let mut end = memchr(b'\n', &b[offset..]).map_or(b.len(), |k| offset + k);
    if end > start && b[end - 1] == b'\r' {
        end -= 1;
    }
    start..end.max(start)
}

fn floor_char_boundary(text: &str, mut o: usize) -> usize {
    o = o.min(text.len());
    while !text.is_char_boundary(o) {
        o -= 1;
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "{\n  \"a\": [1, {\"b\": \"x\\\"]\"}, [2]],\n  \"名\": \"值\", \"c\": {\"d\": null, \"d\": true}\n}";

    #[test]
    fn paths_are_found_past_tricky_strings() {
        let p = |segs: &[Seg]| find_path(DOC, segs, Target::Value).map(|o| &DOC[o..o + 1]);
        assert_eq!(p(&[Seg::Field("a"), Seg::Index(0)]), Some("1"));
        assert_eq!(p(&[Seg::Field("a"), Seg::Index(1), Seg::Field("b")]), Some("\""));
        assert_eq!(p(&[Seg::Field("a"), Seg::Index(2), Seg::Index(0)]), Some("2"));
        assert_eq!(p(&[Seg::Field("a"), Seg::Index(3)]), None);
        assert_eq!(p(&[Seg::Key("名".into())]), Some("\""));
        assert_eq!(p(&[Seg::Field("c"), Seg::Field("d")]), Some("n"));
        let second = find_path(DOC, &[Seg::Field("c"), Seg::Field("d")], Target::Key(2)).unwrap();
        assert_eq!(&DOC[second..second + 4], "\"d\":");
        assert!(second > DOC.find("\"d\"").unwrap());
        assert_eq!(find_path(DOC, &[], Target::Value), Some(0));
        assert_eq!(find_path("{\"a\": ", &[Seg::Field("a"), Seg::Index(0)], Target::Value), None);
    }

    #[test]
    fn columns_count_characters_and_lines_count_newlines() {
        let text = "ab\n名字x\n\nz";
        let offs = [text.find('x').unwrap(), 0, text.find('z').unwrap(), text.len(), 4];
        assert_eq!(line_columns(text, &offs), vec![(2, 3), (1, 1), (4, 1), (4, 2), (2, 1)]);
        assert_eq!(offset_of_line_byte_column(text, 2, 7), text.find('x').unwrap());
        assert_eq!(offset_of_line_byte_column(text, 9, 1), text.len());
        assert_eq!(line_bounds(text.as_bytes(), text.find('x').unwrap()), 3..10);
    }

    #[test]
    fn depth_is_counted_outside_strings_only() {
        assert_eq!(depth_exceeds(b"[[[\"[[[[[[\"]]]", 3), None);
        assert_eq!(depth_exceeds(b"[[[[1]]]]", 3), Some(3));
        let deep = "[".repeat(100_000);
        assert_eq!(depth_exceeds(deep.as_bytes(), 64), Some(64));
        assert_eq!(depth_exceeds(b"\"unterminated [[[[", 1), None);
    }

    #[test]
    fn paths_print_like_javascript() {
        let p = [Seg::Field("items"), Seg::Index(12), Seg::Field("fee"), Seg::Key("名 称".into())];
        assert_eq!(path_string(&p), "items[12].fee[\"名 称\"]");
        assert_eq!(path_string(&[]), "");
    }
}
