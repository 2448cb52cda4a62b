//! `/` — the front door: the search box first, then ways in by life event (我要…), by hall and
//! by topic, the latest disclosures, and when the data was last updated.

use gongkai_core::filter::{FacetKey, Query};
use gongkai_core::view::HomeView;
use gongkai_core::Feed;
use std::rc::Rc;

use leptos::prelude::*;

use crate::browser::{self, href};
use crate::components::feed_view::{loaded_island, version_line};
use crate::api::Loaded;
use crate::components::search_box::{navigator, search_box, Navigate};
use crate::dom::{el, link, tx, El};

#[component]
pub fn Home() -> impl IntoView {
    let navigate = navigator();
    loaded_island(move |loaded| home_page(loaded, navigate.clone()))
}

/// The page itself (also written as HTML at publish time, see `crate::prerender`).
pub fn home_page(loaded: &Loaded, navigate: Navigate) -> El {
    let feed = &loaded.feed;
    let township = &feed.publisher.township;
    browser::set_title(&format!("{township}政务公开 · 办事指南和公开信息"));
    el("div")
        .class("home")
        .push(
            el("section")
                .class("hero")
                .attr("aria-labelledby", "home-title")
                .push(tx("h1", "", &format!("{township}政务公开")).id("home-title").attr("tabindex", "-1"))
                .push(tx("p", "hero-lead", "查办事指南：要带什么材料、去哪里办、多久办好、收不收费；查政府公开的政策、名单和资金。"))
                .push(search_box(navigate, Rc::new(Query::new), "", None)),
        )
        .push(home_blocks(feed, &loaded.home_view()))
}

fn block(id: &str, title: &str) -> El {
    let heading = format!("{id}-title");
    el("section").class("home-block").attr("aria-labelledby", &heading).push(tx("h2", "", title).id(&heading))
}

/// `feed` gives the meta (halls, topics, 我要…, version); `view` what is shown of items and
/// records, so the page draws the same from `view/home.json` as from the whole feed.
fn home_blocks(feed: &Feed, view: &HomeView) -> El {
    let events = (!feed.life_events.is_empty()).then(|| {
        block("events", "我要……").push(el("ul").class("card-grid").extend(feed.life_events.iter().zip(&view.events).map(|(e, items)| {
            el("li")
                .class("card")
                .push(tx("h3", "", &format!("我要{}", e.name)))
                .push(tx("p", "card-note", &e.summary))
                .push(el("ul").class("link-list").extend(items.iter().map(|i| el("li").push(link(&href(&format!("/item/{}", i.id)), &i.title)))))
        })))
    });
    let halls = block("halls", "按服务大厅找").push(el("ul").class("tile-list").extend(feed.halls.iter().zip(&view.halls).map(|(h, c)| {
        let n = c.items;
        el("li").push(
            el("a")
                .class("tile")
                .attr("href", &href(&format!("/hall/{}", h.id)))
                .push(tx("span", "tile-name", &h.name))
                .push(tx("span", "tile-count", &format!("{n} 项服务"))),
        )
    })));
    let topics = (!feed.topics.is_empty()).then(|| {
        block("topics", "按主题找").push(el("ul").class("pill-list").extend(
            feed.topics
                .iter()
                .map(|t| el("li").push(link(&href(&Query::new().toggled(FacetKey::Topic, &t.id).to_path()), &t.name).class("pill"))),
        ))
    });
    let latest = block("latest", "最新公开")
        .push(el("ul").class("dated-list").extend(view.latest.iter().map(|r| {
            el("li").push(link(&href(&format!("/record/{}", r.id)), &r.title)).text(" ").push(tx("span", "date", &r.published.to_string()))
        })))
        .push(el("p").push(link(&href(&Query::new().to_path()), "查看全部公开信息和办事指南")));
    el("div")
        .push_opt(events)
        .push(halls)
        .push_opt(topics)
        .push(latest)
        .push(tx("p", "data-version", &version_line(feed)))
}
