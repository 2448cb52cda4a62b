//! `/record/:id` — one disclosure (公开信息): the 政府信息公开目录 header (索引号, 发布机构, 文号,
//! dates, 有效性), an unmistakable banner when it is 已废止 or 已修订 with the date and a link to
//! the replacement, the body as plain paragraphs, tables, attachments, and the 标准目录 facts.

use gongkai_core::model::{Deadline, Record, ValidityStatus};
use gongkai_core::Feed;
use leptos::prelude::*;

use crate::browser::{self, href};
use crate::components::data_table::data_table;
use crate::components::feed_view::feed_island;
use crate::components::search_box::navigator;
use crate::components::tools::page_tools;
use crate::dom::{dd, dt_dd, el, external, link, tx, El};
use crate::routes::not_found::missing;

#[component]
pub fn RecordPage(id: String) -> impl IntoView {
    let navigate = navigator();
    feed_island(move |feed| {
        match feed.records.iter().position(|r| r.id == id) {
            Some(index) => record_page(feed, index),
            None => missing("公开信息", navigate.clone()),
        }
    })
}

fn deadline_words(d: &Deadline) -> String {
    match d {
        Deadline::AfterEvent { trigger, work_days } => format!("{trigger}起 {work_days} 个工作日内"),
        Deadline::Scheduled { every } => format!("{}公开", every.as_str()),
        Deadline::Realtime => "实时公开".to_string(),
    }
}

/// `84 KB`, `1.2 MB` — integer arithmetic only (float formatting costs wasm bytes).
fn size_words(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        let tenths = bytes * 10 / (1024 * 1024);
        format!("{}.{} MB", tenths / 10, tenths % 10)
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

fn validity_banner(feed: &Feed, r: &Record) -> Option<El> {
    let v = r.validity.as_ref().filter(|v| v.status != ValidityStatus::Valid)?;
    let repealed = v.status == ValidityStatus::Repealed;
    let replacement = v.replaced_by.as_deref().and_then(|id| feed.record(id));
    Some(
        el("div")
            .class("banner banner-warning")
            .attr("role", "note")
            .attr("aria-labelledby", "validity-banner-title")
            .push(
                el("p")
                    .class("banner-title")
                    .id("validity-banner-title")
                    .push(tx("strong", "", if repealed { "本文件已废止，不再执行" } else { "本文件已修订，请以修订后的文件为准" })),
            )
            .push_opt(v.changed.map(|d| tx("p", "", &format!("{}日期：{d}", if repealed { "废止" } else { "修订" }))))
            .push_opt(replacement.map(|x| el("p").text("现行文件：").push(link(&href(&format!("/record/{}", x.id)), &x.title))))
            .push_opt(v.note.as_deref().map(|n| tx("p", "", n))),
    )
}

fn meta_row(dl: El, term: &str, value: El) -> El {
    dl.push(el("div").push(tx("dt", "", term)).push(value))
}

pub fn record_page(feed: &Feed, index: usize) -> El {
    let Some(r) = feed.records.get(index) else { return el("div") };
    browser::set_title(&format!("{} - {}政务公开", r.title, feed.publisher.township));
    let topic = r.topic.as_deref().and_then(|t| feed.topic(t)).map(|t| format!(" · {}", t.name)).unwrap_or_default();

    let mut meta = el("dl").class("record-meta");
    meta = meta_row(meta, "索引号", dd(&r.index_no));
    meta = meta_row(meta, "发布机构", dd(&r.publisher));
    if let Some(n) = &r.doc_number {
        meta = meta_row(meta, "文号", dd(n));
    }
    if let Some(d) = r.written {
        meta = meta_row(meta, "成文日期", dd(&d.to_string()));
    }
    meta = meta_row(meta, "发布日期", dd(&r.published.to_string()));
    if let Some(v) = &r.validity {
        meta = meta_row(meta, "有效性", tx("dd", if v.status == ValidityStatus::Valid { "validity" } else { "validity validity-bad" }, v.status.as_str()));
    }
    if let Some(v) = r.village.as_deref().and_then(|v| feed.village(v)) {
        meta = meta_row(meta, "所属村（社区）", el("dd").push(link(&href(&format!("/village/{}", v.id)), &v.name)));
    }

    let attachments = (!r.attachments.is_empty()).then(|| {
        el("section")
            .attr("aria-labelledby", "attachments-title")
            .push(tx("h2", "", "附件").id("attachments-title"))
            .push(el("ul").class("link-list").extend(r.attachments.iter().map(|a| {
                let extra: Vec<String> = [a.format.clone(), a.size_bytes.map(size_words)].into_iter().flatten().collect();
                el("li").push(external(&a.url, &a.name)).text(&if extra.is_empty() { String::new() } else { format!("（{}）", extra.join("，")) })
            })))
    });
    let related: Vec<El> = r
        .related_items
        .iter()
        .filter_map(|id| feed.item(id))
        .map(|i| el("li").push(link(&href(&format!("/item/{}", i.id)), &i.name)))
        .collect();
    let related = (!related.is_empty()).then(|| {
        el("section")
            .attr("aria-labelledby", "record-related-title")
            .push(tx("h2", "", "相关办事指南").id("record-related-title"))
            .push(el("ul").class("link-list").extend(related))
    });

    let basis: Vec<String> = r.basis.iter().map(|b| format!("《{}》{}", b.title, b.article.as_deref().unwrap_or(""))).collect();
    let channels: Vec<&str> = r.channels.iter().map(|c| c.as_str()).collect();
    let mut catalogue = el("dl").class("facts");
    for (term, value) in [
        ("公开事项", format!("{} → {} → {}", r.category.area, r.category.level1, r.category.level2)),
        ("公开依据", basis.join("；")),
        ("公开时限", deadline_words(&r.deadline)),
        ("公开主体", r.publisher.clone()),
        ("公开渠道和载体", channels.join("、")),
        ("公开对象", r.audience.as_str().to_string()),
        ("公开方式", r.mode.as_str().to_string()),
        ("公开层级", r.level.as_str().to_string()),
    ] {
        catalogue = dt_dd(catalogue, term, dd(&value));
    }

    el("article")
        .class("record")
        .id("record")
        .push(tx("p", "eyebrow", &format!("公开信息 · {}{topic}", r.kind.as_str())))
        .push(tx("h1", "", &r.title).attr("tabindex", "-1"))
        .push_opt(validity_banner(feed, r))
        .push(meta)
        .push(page_tools("打印", "#record h1, #record .record-body"))
        .push_opt(r.summary.as_deref().map(|s| tx("p", "lead", s)))
        .push(el("div").class("record-body").extend(r.body.iter().map(|p| tx("p", "", p))))
        .extend(r.tables.iter().enumerate().map(|(i, t)| data_table(t, i)))
        .push_opt(attachments)
        .push_opt(related)
        .push(
            el("section")
                .class("catalogue")
                .attr("aria-labelledby", "catalogue-title")
                .push(tx("h2", "", "公开目录信息").id("catalogue-title"))
                .push(catalogue),
        )
}

#[cfg(test)]
mod tests {
    use super::size_words;

    #[test]
    fn attachment_sizes_read_in_kb_and_mb() {
        assert_eq!(size_words(84_213), "83 KB");
        assert_eq!(size_words(1_300_000), "1.2 MB");
    }
}
