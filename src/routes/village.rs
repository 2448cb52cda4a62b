//! `/village/:id` — a village (社区): its 便民服务站 (where, hours, open now, phone) and its
//! 村务公开 records, newest first.

use gongkai_core::filter::{FacetKey, Query};
use gongkai_core::Feed;
use leptos::prelude::*;

use crate::components::feed_view::newest_first;
use crate::browser::{self, href, tel_href};
use crate::components::feed_view::feed_island;
use crate::components::hours::hours;
use crate::components::search_box::navigator;
use crate::dom::{dd, dt_dd, el, link, tx, El};
use crate::routes::not_found::missing;

#[component]
pub fn VillagePage(id: String) -> impl IntoView {
    let navigate = navigator();
    feed_island(move |feed| {
        if feed.village(&id).is_some() {
            village_page(feed, &id)
        } else {
            missing("村（社区）", navigate.clone())
        }
    })
}

pub fn village_page(feed: &Feed, id: &str) -> El {
    let Some(v) = feed.village(id) else { return el("div") };
    browser::set_title(&format!("{} - {}政务公开", v.name, feed.publisher.township));
    let mut records: Vec<&gongkai_core::model::Record> = feed.records.iter().filter(|r| r.village.as_deref() == Some(v.id.as_str())).collect();
    newest_first(&mut records);
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
