//! Text with the search engine's matches wrapped in `<mark>`: the text is split into runs by
//! `gongkai_core::filter::highlight_segments` and each run is a text node — never HTML.

use gongkai_core::filter::highlight_segments;

use crate::dom::{el, El};

/// Appends `text` to `parent`, marking the byte ranges.
pub fn highlighted(parent: El, text: &str, ranges: &[(usize, usize)]) -> El {
    let mut p = parent;
    for (run, hit) in highlight_segments(text, ranges) {
        p = if hit { p.push(el("mark").text(run)) } else { p.text(run) };
    }
    p
}
