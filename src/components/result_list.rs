//! One page of search hits: title (with highlights) linking to the page, a line of facts, and
//! a summary. Items and records look alike but say which they are.

use gongkai_core::guide::promised_short;
use gongkai_core::model::ValidityStatus;
use gongkai_core::search::{DocRef, Field, Hit};
use gongkai_core::Feed;
use leptos::prelude::*;

use crate::browser::href;
use crate::components::highlight::Highlighted;

fn ranges(hit: &Hit, field: Field) -> Vec<(usize, usize)> {
    hit.highlights.iter().filter(|h| h.field == field).map(|h| (h.start, h.end)).collect()
}

/// The first characters of a paragraph, cut on a character boundary.
pub fn clip(text: &str, max_chars: usize) -> String {
    let mut out: String = text.chars().take(max_chars).collect();
    if text.chars().count() > max_chars {
        out.push('…');
    }
    out
}

/// `start`: the 1-based position of the first hit, so numbering continues across pages.
#[component]
pub fn ResultList(feed: std::sync::Arc<crate::api::Loaded>, hits: Vec<Hit>, start: usize) -> impl IntoView {
    let feed: &Feed = &feed.feed;
    let rows = hits.iter().filter_map(|hit| result_row(feed, hit)).collect_view();
    view! { <ol class="results" start=start>{rows}</ol> }
}

fn result_row(feed: &Feed, hit: &Hit) -> Option<AnyView> {
    Some(match hit.doc {
        DocRef::Item(i) => {
            let it = feed.items.get(i)?;
            let hall = feed.hall(&it.hall).map(|h| h.name.clone()).unwrap_or_default();
            let free = !it.fee.charged;
            view! {
                <li class="result">
                    <p class="result-type">"办事指南 · " {it.kind.as_str()}</p>
                    <h3 class="result-title">
                        <a href=href(&format!("/item/{}", it.id))><Highlighted text=it.name.clone() ranges=ranges(hit, Field::Title)/></a>
                    </h3>
                    <p class="result-summary"><Highlighted text=it.summary.clone() ranges=ranges(hit, Field::Summary)/></p>
                    <p class="result-meta">
                        <span>{hall}</span>
                        <span>"承诺时限：" {promised_short(&it.time_limit)}</span>
                        {free.then(|| view! { <span class="tag tag-free">"免费"</span> })}
                    </p>
                </li>
            }
            .into_any()
        }
        DocRef::Record(i) => {
            let r = feed.records.get(i)?;
            let (summary, summary_ranges) = match &r.summary {
                Some(s) => (s.clone(), ranges(hit, Field::Summary)),
                None => (r.body.first().map(|p| clip(p, 80)).unwrap_or_default(), Vec::new()),
            };
            let status = r.validity.as_ref().map(|v| v.status).filter(|s| *s != ValidityStatus::Valid);
            view! {
                <li class="result">
                    <p class="result-type">"公开信息 · " {r.kind.as_str()}</p>
                    <h3 class="result-title">
                        <a href=href(&format!("/record/{}", r.id))><Highlighted text=r.title.clone() ranges=ranges(hit, Field::Title)/></a>
                    </h3>
                    {(!summary.is_empty()).then(|| view! { <p class="result-summary"><Highlighted text=summary ranges=summary_ranges/></p> })}
                    <p class="result-meta">
                        <span>"发布日期：" {r.published.to_string()}</span>
                        <span>{r.publisher.clone()}</span>
                        {status.map(|s| view! { <span class="tag tag-warning">{s.as_str()}</span> })}
                    </p>
                </li>
            }
            .into_any()
        }
    })
}
