//! `/village/:id` — a village (社区): its 便民服务站 (where, hours, open now, phone) and its
//! 村务公开 records, newest first.

use std::sync::Arc;

use gongkai_core::filter::{FacetKey, Query};
use gongkai_core::Feed;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::Loaded;
use crate::browser::{self, href, tel_href};
use crate::components::feed_view::with_feed;
use crate::components::hours::hours;
use crate::components::island::Island;
use crate::dom::{dd, dt_dd, el, link, tx, El};
use crate::routes::not_found::Missing;

#[component]
pub fn VillagePage() -> impl IntoView {
    let params = use_params_map();
    with_feed(move |loaded| {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        if loaded.feed.village(&id).is_some() {
            let loaded: Arc<Loaded> = loaded.clone();
            view! { <Island render=move || village_page(&loaded.feed, &id)/> }.into_any()
        } else {
            view! { <Missing what="村（社区）"/> }.into_any()
        }
    })
}

fn village_page(feed: &Feed, id: &str) -> El {
    let Some(v) = feed.village(id) else { return el("div") };
    browser::set_title(&format!("{} - {}政务公开", v.name, feed.publisher.township));
    let mut records: Vec<&gongkai_core::model::Record> = feed.records.iter().filter(|r| r.village.as_deref() == Some(v.id.as_str())).collect();
    records.sort_by(|a, b| b.published.cmp(&a.published));
    let st = &v.station;
    let mut facts = el("dl").class("facts");
    facts = dt_dd(facts, "位置", dd(&st.location));
    facts = dt_dd(facts, "办公时间", el("dd").push(hours(&st.hours)));
    facts = dt_dd(facts, "电话", el("dd").push(link(&tel_href(&st.phone), &st.phone).class("phone")));
    if let Some(a) = &st.agent {
        facts = dt_dd(facts, "代办", dd(&format!("{a}可以帮您代办镇上的事项")));
    }
    let list = if records.is_empty() {
        tx("p", "", "暂时没有本村的公开信息。")
    } else {
        el("div")
            .push(el("ul").class("dated-list").extend(records.iter().map(|r| {
                el("li").push(link(&href(&format!("/record/{}", r.id)), &r.title)).text(" ").push(tx("span", "date", &r.published.to_string()))
            })))
            .push(el("p").push(link(&href(&Query::new().toggled(FacetKey::Village, &v.id).to_path()), "在查找页按本村筛选")))
    };
    el("article")
        .class("place")
        .push(tx("p", "eyebrow", &feed.publisher.township))
        .push(tx("h1", "", &v.name).attr("tabindex", "-1"))
        .push(
            el("section")
                .attr("aria-labelledby", "station-title")
                .push(tx("h2", "", &st.name).id("station-title"))
                .push(facts),
        )
        .push(
            el("section")
                .attr("aria-labelledby", "village-records-title")
                .push(tx("h2", "", "村务公开").id("village-records-title"))
                .push(list),
        )
}
