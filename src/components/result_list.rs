//! One page of search hits: title (with highlights) linking to the page, a line of facts, and
//! a summary. Items and records look alike but say which they are.

use gongkai_core::guide::promised_short;
use gongkai_core::model::ValidityStatus;
use gongkai_core::search::{DocRef, Field, Hit};
use gongkai_core::Feed;

use crate::browser::href;
use crate::components::highlight::highlighted;
use crate::dom::{el, tx, El};

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
pub fn result_list(feed: &Feed, hits: &[Hit], start: usize) -> El {
    el("ol").class("results").attr("start", &start.to_string()).extend(hits.iter().filter_map(|h| row(feed, h)))
}

fn row(feed: &Feed, hit: &Hit) -> Option<El> {
    let li = el("li").class("result");
    Some(match hit.doc {
        DocRef::Item(i) => {
            let it = feed.items.get(i)?;
            let hall = feed.hall(&it.hall).map(|h| h.name.as_str()).unwrap_or("");
            let title = highlighted(el("a").attr("href", &href(&format!("/item/{}", it.id))), &it.name, &ranges(hit, Field::Title));
            li.push(tx("p", "result-type", &format!("办事指南 · {}", it.kind.as_str())))
                .push(el("h3").class("result-title").push(title))
                .push(highlighted(el("p").class("result-summary"), &it.summary, &ranges(hit, Field::Summary)))
                .push(
                    el("p")
                        .class("result-meta")
                        .push(tx("span", "", hall))
                        .push(tx("span", "", &format!("承诺时限：{}", promised_short(&it.time_limit))))
                        .push_opt((!it.fee.charged).then(|| tx("span", "tag tag-free", "免费"))),
                )
        }
        DocRef::Record(i) => {
            let r = feed.records.get(i)?;
            let title = highlighted(el("a").attr("href", &href(&format!("/record/{}", r.id))), &r.title, &ranges(hit, Field::Title));
            let summary = match &r.summary {
                Some(s) => Some(highlighted(el("p").class("result-summary"), s, &ranges(hit, Field::Summary))),
                None => r.body.first().map(|p| tx("p", "result-summary", &clip(p, 80))),
            };
            let status = r.validity.as_ref().map(|v| v.status).filter(|s| *s != ValidityStatus::Valid);
            li.push(tx("p", "result-type", &format!("公开信息 · {}", r.kind.as_str())))
                .push(el("h3").class("result-title").push(title))
                .push_opt(summary)
                .push(
                    el("p")
                        .class("result-meta")
                        .push(tx("span", "", &format!("发布日期：{}", r.published)))
                        .push(tx("span", "", &r.publisher))
                        .push_opt(status.map(|s| tx("span", "tag tag-warning", s.as_str()))),
                )
        }
    })
}
