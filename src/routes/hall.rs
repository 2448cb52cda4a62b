//! `/hall/:id` — one service hall: where it is, its hours and whether it is open now, its
//! phone, and every service item handled there.

use gongkai_core::filter::{FacetKey, Query};
use gongkai_core::guide::promised_short;
use gongkai_core::Feed;
use leptos::prelude::*;

use crate::browser::{self, href, tel_href};
use crate::components::feed_view::feed_island;
use crate::components::hours::hours;
use crate::components::search_box::navigator;
use crate::dom::{dd, dt_dd, el, link, tx, El};
use crate::routes::not_found::missing;

#[component]
pub fn HallPage(id: String) -> impl IntoView {
    let navigate = navigator();
    feed_island(move |feed| {
        if feed.hall(&id).is_some() {
            hall_page(feed, &id)
        } else {
            missing("服务大厅", navigate.clone())
        }
    })
}

pub fn hall_page(feed: &Feed, id: &str) -> El {
    let Some(h) = feed.hall(id) else { return el("div") };
    browser::set_title(&format!("{} - {}政务公开", h.name, feed.publisher.township));
    let items: Vec<El> = feed
        .items
        .iter()
        .filter(|i| i.hall == h.id)
        .map(|i| {
            let facts = format!("承诺时限：{}{}", promised_short(&i.time_limit), if i.fee.charged { "" } else { " · 免费" });
            el("li").push(link(&href(&format!("/item/{}", i.id)), &i.name)).push(tx("span", "item-facts", &facts))
        })
        .collect();
    let count = items.len();
    let mut facts = el("dl").class("facts");
    facts = dt_dd(facts, "位置", dd(&h.location));
    facts = dt_dd(facts, "办公时间", el("dd").push(hours(&h.hours)));
    facts = dt_dd(facts, "咨询电话", el("dd").push(link(&tel_href(&h.phone), &h.phone).class("phone")));
    el("article")
        .class("place")
        .push(tx("p", "eyebrow", &format!("{}便民服务中心", feed.publisher.township)))
        .push(tx("h1", "", &h.name).attr("tabindex", "-1"))
        .push_opt(h.description.as_deref().map(|d| tx("p", "lead", d)))
        .push(facts)
        .push(
            el("section")
                .attr("aria-labelledby", "hall-items-title")
                .push(tx("h2", "", &format!("在这里办的事（{count} 项）")).id("hall-items-title"))
                .push(el("ul").class("item-list").extend(items))
                .push(el("p").push(link(&href(&Query::new().toggled(FacetKey::Hall, &h.id).to_path()), "在查找页按本大厅筛选"))),
        )
}
