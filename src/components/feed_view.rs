//! Showing a page only once the feed is there: a skeleton while loading, the typed error with
//! 重试 when it failed, the page otherwise. Never a blank screen.

use std::sync::Arc;

use gongkai_core::Feed;
use leptos::prelude::*;

use crate::api::{use_feed, FeedError, FeedState, FeedStore, Loaded};
use crate::components::island::{render, Island};
use crate::dom::{el, tx, El};

/// For pages with Leptos parts: renders `page` with the loaded feed; skeleton and error first.
pub fn with_feed<F, V>(page: F) -> impl IntoView
where
    F: Fn(Arc<Loaded>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let store = use_feed();
    move || match store.for_page(store.state.get()) {
        FeedState::Ready(loaded) => page(loaded).into_any(),
        other => view! { <Island render=render(move || waiting(store, &other))/> }.into_any(),
    }
}

/// For pages built entirely with the DOM builder: one island that shows the skeleton, the
/// error or the page, and re-renders when the feed or any signal `page` reads changes.
pub fn feed_island(page: impl Fn(&Feed) -> El + 'static) -> impl IntoView {
    loaded_island(move |loaded| page(&loaded.feed))
}

/// [`feed_island`] for pages that want more than the feed (the home page's summary).
pub fn loaded_island(page: impl Fn(&Loaded) -> El + 'static) -> impl IntoView {
    let store = use_feed();
    view! {
        <Island render=render(move || match store.for_page(store.state.get()) {
            FeedState::Ready(loaded) => page(&loaded),
            other => waiting(store, &other),
        })/>
    }
}

fn waiting(store: FeedStore, state: &FeedState) -> El {
    match state {
        FeedState::Failed(e) => error_panel(store, e),
        _ => skeleton(),
    }
}

/// Grey blocks in the shape of a page, announced politely to screen readers.
pub fn skeleton() -> El {
    let bar = |class: &str| el("div").class(class).attr("aria-hidden", "true");
    el("div")
        .class("skeleton")
        .attr("role", "status")
        .attr("aria-live", "polite")
        .push(tx("h1", "visually-hidden", "正在加载").attr("tabindex", "-1"))
        .push(tx("p", "skeleton-text", "正在加载政务公开数据，请稍候……"))
        .push(bar("skeleton-bar wide"))
        .push(bar("skeleton-bar"))
        .push(bar("skeleton-bar"))
        .push(bar("skeleton-bar short"))
}

/// The error, what to do, and 重试.
pub fn error_panel(store: FeedStore, error: &FeedError) -> El {
    el("section")
        .class("error-panel")
        .attr("role", "alert")
        .attr("aria-labelledby", "error-title")
        .push(tx("h1", "", error.title()).id("error-title").attr("tabindex", "-1"))
        .push(tx("p", "", &error.advice()))
        .push(tx("button", "button", "重试").attr("type", "button").id("retry").on("click", move |_| store.reload()))
        .push_opt(error.detail().map(|d| tx("p", "error-detail", &format!("技术信息（供工作人员参考）：{d}"))))
}

/// `数据更新于 2026-11-20 09:00 · 第 7 版`.
pub fn version_line(feed: &Feed) -> String {
    let t = feed.generated_at;
    format!("数据更新于 {} {:02}:{:02} · 第 {} 版", t.date, t.hour, t.minute, feed.version)
}

pub use gongkai_core::view::newest_first;
