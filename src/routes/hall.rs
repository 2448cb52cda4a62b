//! `/hall/:id` — one service hall: where it is, its hours and whether it is open now, its
//! phone, and every service item handled there.

use std::sync::Arc;

use gongkai_core::filter::{FacetKey, Query};
use gongkai_core::guide::promised_short;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::Loaded;
use crate::browser::{self, href, tel_href};
use crate::components::feed_view::with_feed;
use crate::components::hours::Hours;
use crate::routes::not_found::Missing;

#[component]
pub fn HallPage() -> impl IntoView {
    let params = use_params_map();
    with_feed(move |loaded| {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        if loaded.feed.hall(&id).is_some() {
            view! { <HallView loaded id/> }.into_any()
        } else {
            view! { <Missing what="服务大厅"/> }.into_any()
        }
    })
}

#[component]
fn HallView(loaded: Arc<Loaded>, id: String) -> impl IntoView {
    let feed = &loaded.feed;
    let Some(h) = feed.hall(&id).cloned() else { return ().into_any() };
    browser::set_title(&format!("{} - {}政务公开", h.name, feed.publisher.township));
    let items: Vec<(String, String, String, bool)> = feed
        .items
        .iter()
        .filter(|i| i.hall == h.id)
        .map(|i| (href(&format!("/item/{}", i.id)), i.name.clone(), promised_short(&i.time_limit), !i.fee.charged))
        .collect();
    let search = href(&Query::new().toggled(FacetKey::Hall, &h.id).to_path());
    view! {
        <article class="place">
            <p class="eyebrow">{feed.publisher.township.clone()} "便民服务中心"</p>
            <h1 tabindex="-1">{h.name.clone()}</h1>
            {h.description.clone().map(|d| view! { <p class="lead">{d}</p> })}
            <dl class="facts">
                <dt>"位置"</dt><dd>{h.location.clone()}</dd>
                <dt>"办公时间"</dt><dd><Hours hours=h.hours.clone()/></dd>
                <dt>"咨询电话"</dt><dd><a class="phone" href=tel_href(&h.phone)>{h.phone.clone()}</a></dd>
            </dl>
            <section aria-labelledby="hall-items-title">
                <h2 id="hall-items-title">{format!("在这里办的事（{} 项）", items.len())}</h2>
                <ul class="item-list">
                    {items.into_iter().map(|(to, name, limit, free)| view! {
                        <li>
                            <a href=to>{name}</a>
                            <span class="item-facts">"承诺时限：" {limit} {free.then_some(" · 免费")}</span>
                        </li>
                    }).collect_view()}
                </ul>
                <p><a href=search>"在查找页按本大厅筛选"</a></p>
            </section>
        </article>
    }
    .into_any()
}
