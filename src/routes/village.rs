//! `/village/:id` — a village (社区): its 便民服务站 (where, hours, open now, phone) and its
//! 村务公开 records, newest first.

use std::sync::Arc;

use gongkai_core::filter::{FacetKey, Query};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::Loaded;
use crate::browser::{self, href, tel_href};
use crate::components::feed_view::with_feed;
use crate::components::hours::Hours;
use crate::routes::not_found::Missing;

#[component]
pub fn VillagePage() -> impl IntoView {
    let params = use_params_map();
    with_feed(move |loaded| {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        if loaded.feed.village(&id).is_some() {
            view! { <VillageView loaded id/> }.into_any()
        } else {
            view! { <Missing what="村（社区）"/> }.into_any()
        }
    })
}

#[component]
fn VillageView(loaded: Arc<Loaded>, id: String) -> impl IntoView {
    let feed = &loaded.feed;
    let Some(v) = feed.village(&id).cloned() else { return ().into_any() };
    browser::set_title(&format!("{} - {}政务公开", v.name, feed.publisher.township));
    let mut records: Vec<&gongkai_core::model::Record> = feed.records.iter().filter(|r| r.village.as_deref() == Some(v.id.as_str())).collect();
    records.sort_by(|a, b| b.published.cmp(&a.published));
    let records: Vec<(String, String, String)> =
        records.into_iter().map(|r| (href(&format!("/record/{}", r.id)), r.title.clone(), r.published.to_string())).collect();
    let st = v.station.clone();
    let search = href(&Query::new().toggled(FacetKey::Village, &v.id).to_path());
    view! {
        <article class="place">
            <p class="eyebrow">{feed.publisher.township.clone()}</p>
            <h1 tabindex="-1">{v.name.clone()}</h1>
            <section aria-labelledby="station-title">
                <h2 id="station-title">{st.name.clone()}</h2>
                <dl class="facts">
                    <dt>"位置"</dt><dd>{st.location.clone()}</dd>
                    <dt>"办公时间"</dt><dd><Hours hours=st.hours.clone()/></dd>
                    <dt>"电话"</dt><dd><a class="phone" href=tel_href(&st.phone)>{st.phone.clone()}</a></dd>
                    {st.agent.clone().map(|a| view! { <dt>"代办"</dt><dd>{a} "可以帮您代办镇上的事项"</dd> })}
                </dl>
            </section>
            <section aria-labelledby="village-records-title">
                <h2 id="village-records-title">"村务公开"</h2>
                {if records.is_empty() {
                    view! { <p>"暂时没有本村的公开信息。"</p> }.into_any()
                } else {
                    view! {
                        <ul class="dated-list">
                            {records.into_iter().map(|(to, title, date)| view! { <li><a href=to>{title}</a> <span class="date">{date}</span></li> }).collect_view()}
                        </ul>
                        <p><a href=search>"在查找页按本村筛选"</a></p>
                    }.into_any()
                }}
            </section>
        </article>
    }
    .into_any()
}
