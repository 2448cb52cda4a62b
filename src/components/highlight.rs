//! Text with the search engine's matches wrapped in `<mark>`: the text is split into runs by
//! `gongkai_core::filter::highlight_segments` and each run is a text node — never HTML.

use gongkai_core::filter::highlight_segments;
use leptos::prelude::*;

#[component]
pub fn Highlighted(text: String, ranges: Vec<(usize, usize)>) -> impl IntoView {
    highlight_segments(&text, &ranges)
        .into_iter()
        .map(|(run, hit)| {
            let run = run.to_string();
            if hit {
                view! { <mark>{run}</mark> }.into_any()
            } else {
                run.into_any()
            }
        })
        .collect_view()
}
