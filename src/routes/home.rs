//! `/` — the front door: the search box first, then ways in by hall, by topic and by life event
//! (我要…), the latest disclosures, and when the data was last updated.

use std::sync::Arc;

use gongkai_core::filter::{FacetKey, Query};
use leptos::prelude::*;

use crate::api::Loaded;
use crate::browser::{self, href};
use crate::components::feed_view::{version_line, with_feed};
use crate::components::search_box::SearchBox;

#[component]
pub fn Home() -> impl IntoView {
    with_feed(|loaded| view! { <HomeView loaded/> })
}

#[component]
fn HomeView(loaded: Arc<Loaded>) -> impl IntoView {
    let feed = &loaded.feed;
    let township = feed.publisher.township.clone();
    browser::set_title(&format!("{township}政务公开 · 办事指南和公开信息"));
    let mut latest: Vec<&gongkai_core::model::Record> = feed.records.iter().collect();
    latest.sort_by(|a, b| b.published.cmp(&a.published));
    let latest: Vec<(String, String, String)> = latest
        .into_iter()
        .take(6)
        .map(|r| (href(&format!("/record/{}", r.id)), r.title.clone(), r.published.to_string()))
        .collect();
    let halls: Vec<(String, String, usize)> = feed
        .halls
        .iter()
        .map(|h| (href(&format!("/hall/{}", h.id)), h.name.clone(), feed.items.iter().filter(|i| i.hall == h.id).count()))
        .collect();
    let topics: Vec<(String, String)> =
        feed.topics.iter().map(|t| (href(&Query::new().toggled(FacetKey::Topic, &t.id).to_path()), t.name.clone())).collect();
    let events = feed.life_events.clone();

    view! {
        <div class="home">
            <section class="hero" aria-labelledby="home-title">
                <h1 id="home-title" tabindex="-1">{township.clone()} "政务公开"</h1>
                <p class="hero-lead">"查办事指南：要带什么材料、去哪里办、多久办好、收不收费；查政府公开的政策、名单和资金。"</p>
                <SearchBox/>
            </section>

            {(!events.is_empty()).then(|| view! {
                <section class="home-block" aria-labelledby="events-title">
                    <h2 id="events-title">"我要……"</h2>
                    <ul class="card-grid">
                        {events.into_iter().map(|e| {
                            let items: Vec<(String, String)> = e.items.iter().filter_map(|id| feed.item(id)).map(|i| (href(&format!("/item/{}", i.id)), i.name.clone())).collect();
                            view! {
                                <li class="card">
                                    <h3>"我要" {e.name.clone()}</h3>
                                    <p class="card-note">{e.summary.clone()}</p>
                                    <ul class="link-list">
                                        {items.into_iter().map(|(to, name)| view! { <li><a href=to>{name}</a></li> }).collect_view()}
                                    </ul>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            })}

            <section class="home-block" aria-labelledby="halls-title">
                <h2 id="halls-title">"按服务大厅找"</h2>
                <ul class="tile-list">
                    {halls.into_iter().map(|(to, name, n)| view! {
                        <li><a class="tile" href=to><span class="tile-name">{name}</span><span class="tile-count">{format!("{n} 项服务")}</span></a></li>
                    }).collect_view()}
                </ul>
            </section>

            {(!topics.is_empty()).then(|| view! {
                <section class="home-block" aria-labelledby="topics-title">
                    <h2 id="topics-title">"按主题找"</h2>
                    <ul class="pill-list">
                        {topics.into_iter().map(|(to, name)| view! { <li><a class="pill" href=to>{name}</a></li> }).collect_view()}
                    </ul>
                </section>
            })}

            <section class="home-block" aria-labelledby="latest-title">
                <h2 id="latest-title">"最新公开"</h2>
                <ul class="dated-list">
                    {latest.into_iter().map(|(to, title, date)| view! {
                        <li><a href=to>{title}</a> <span class="date">{date}</span></li>
                    }).collect_view()}
                </ul>
                <p><a href=href(&Query::new().to_path())>"查看全部公开信息和办事指南"</a></p>
            </section>

            <p class="data-version">{version_line(feed)}</p>
        </div>
    }
}
