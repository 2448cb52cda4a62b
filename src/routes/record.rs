//! `/record/:id` — one disclosure (公开信息): the 政府信息公开目录 header (索引号, 发布机构, 文号,
//! dates, 有效性), an unmistakable banner when it is 已废止 or 已修订 with the date and a link to
//! the replacement, the body as plain paragraphs, tables, attachments, and the 标准目录 facts.

use std::sync::Arc;

use gongkai_core::model::{Deadline, Record, ValidityStatus};
use gongkai_core::Feed;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::Loaded;
use crate::browser::{self, href};
use crate::components::data_table::DataTable;
use crate::components::feed_view::with_feed;
use crate::components::tools::PageTools;
use crate::routes::not_found::Missing;

#[component]
pub fn RecordPage() -> impl IntoView {
    let params = use_params_map();
    with_feed(move |loaded| {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        match loaded.feed.records.iter().position(|r| r.id == id) {
            Some(index) => view! { <RecordView loaded index/> }.into_any(),
            None => view! { <Missing what="公开信息"/> }.into_any(),
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

fn size_words(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

#[component]
fn ValidityBanner(record: Record, feed: Arc<Loaded>) -> impl IntoView {
    let Some(v) = record.validity.clone() else { return ().into_any() };
    if v.status == ValidityStatus::Valid {
        return ().into_any();
    }
    let feed: &Feed = &feed.feed;
    let replacement = v.replaced_by.as_deref().and_then(|id| feed.record(id)).map(|r| (href(&format!("/record/{}", r.id)), r.title.clone()));
    let headline = match v.status {
        ValidityStatus::Repealed => "本文件已废止，不再执行",
        _ => "本文件已修订，请以修订后的文件为准",
    };
    let when = v.changed.map(|d| format!("{}日期：{}", if v.status == ValidityStatus::Repealed { "废止" } else { "修订" }, d));
    view! {
        <div class="banner banner-warning" role="note" aria-labelledby="validity-banner-title">
            <p class="banner-title" id="validity-banner-title"><strong>{headline}</strong></p>
            {when.map(|w| view! { <p>{w}</p> })}
            {replacement.map(|(to, title)| view! { <p>"现行文件：" <a href=to>{title}</a></p> })}
            {v.note.map(|n| view! { <p>{n}</p> })}
        </div>
    }
    .into_any()
}

#[component]
fn RecordView(loaded: Arc<Loaded>, index: usize) -> impl IntoView {
    let feed: &Feed = &loaded.feed;
    let Some(r) = feed.records.get(index).cloned() else { return ().into_any() };
    browser::set_title(&format!("{} - {}政务公开", r.title, feed.publisher.township));
    let topic = r.topic.as_deref().and_then(|t| feed.topic(t)).map(|t| t.name.clone());
    let village = r.village.as_deref().and_then(|v| feed.village(v)).map(|v| (href(&format!("/village/{}", v.id)), v.name.clone()));
    let related: Vec<(String, String)> =
        r.related_items.iter().filter_map(|id| feed.item(id)).map(|i| (href(&format!("/item/{}", i.id)), i.name.clone())).collect();
    let validity = r.validity.as_ref().map(|v| v.status);
    let channels: Vec<&str> = r.channels.iter().map(|c| c.as_str()).collect();
    let basis: Vec<String> = r.basis.iter().map(|b| format!("《{}》{}", b.title, b.article.clone().unwrap_or_default())).collect();

    view! {
        <article class="record" id="record">
            <p class="eyebrow">"公开信息 · " {r.kind.as_str()} {topic.map(|t| format!(" · {t}"))}</p>
            <h1 tabindex="-1">{r.title.clone()}</h1>
            <ValidityBanner record=r.clone() feed=loaded.clone()/>
            <dl class="record-meta">
                <div><dt>"索引号"</dt><dd>{r.index_no.clone()}</dd></div>
                <div><dt>"发布机构"</dt><dd>{r.publisher.clone()}</dd></div>
                {r.doc_number.clone().map(|n| view! { <div><dt>"文号"</dt><dd>{n}</dd></div> })}
                {r.written.map(|d| view! { <div><dt>"成文日期"</dt><dd>{d.to_string()}</dd></div> })}
                <div><dt>"发布日期"</dt><dd>{r.published.to_string()}</dd></div>
                {validity.map(|s| view! {
                    <div><dt>"有效性"</dt><dd class=if s == ValidityStatus::Valid { "validity" } else { "validity validity-bad" }>{s.as_str()}</dd></div>
                })}
                {village.map(|(to, name)| view! { <div><dt>"所属村（社区）"</dt><dd><a href=to>{name}</a></dd></div> })}
            </dl>
            <PageTools print_label="打印" read_selector="#record h1, #record .record-body"/>
            {r.summary.clone().map(|s| view! { <p class="lead">{s}</p> })}
            <div class="record-body">
                {r.body.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
            </div>
            {r.tables.iter().enumerate().map(|(i, t)| view! { <DataTable table=t.clone() index=i/> }).collect_view()}
            {(!r.attachments.is_empty()).then(|| view! {
                <section aria-labelledby="attachments-title">
                    <h2 id="attachments-title">"附件"</h2>
                    <ul class="link-list">
                        {r.attachments.iter().map(|a| {
                            let extra = [a.format.clone(), a.size_bytes.map(size_words)].into_iter().flatten().collect::<Vec<_>>().join("，");
                            view! {
                                <li>
                                    <a href=a.url.as_str().to_string() rel="noopener" target="_blank">{a.name.clone()}
                                        <span class="visually-hidden">"（在新窗口打开）"</span></a>
                                    {(!extra.is_empty()).then(|| format!("（{extra}）"))}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            })}
            {(!related.is_empty()).then(|| view! {
                <section aria-labelledby="record-related-title">
                    <h2 id="record-related-title">"相关办事指南"</h2>
                    <ul class="link-list">{related.into_iter().map(|(to, name)| view! { <li><a href=to>{name}</a></li> }).collect_view()}</ul>
                </section>
            })}
            <section class="catalogue" aria-labelledby="catalogue-title">
                <h2 id="catalogue-title">"公开目录信息"</h2>
                <dl class="facts">
                    <dt>"公开事项"</dt><dd>{format!("{} → {} → {}", r.category.area, r.category.level1, r.category.level2)}</dd>
                    <dt>"公开依据"</dt><dd>{basis.join("；")}</dd>
                    <dt>"公开时限"</dt><dd>{deadline_words(&r.deadline)}</dd>
                    <dt>"公开主体"</dt><dd>{r.publisher.clone()}</dd>
                    <dt>"公开渠道和载体"</dt><dd>{channels.join("、")}</dd>
                    <dt>"公开对象"</dt><dd>{r.audience.as_str()}</dd>
                    <dt>"公开方式"</dt><dd>{r.mode.as_str()}</dd>
                    <dt>"公开层级"</dt><dd>{r.level.as_str()}</dd>
                </dl>
            </section>
        </article>
    }
    .into_any()
}
