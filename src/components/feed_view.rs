//! Showing a page only once the feed is there: a skeleton while loading, the typed error with
//! 重试 when it failed, the page otherwise. Never a blank screen.

use std::sync::Arc;

use gongkai_core::Feed;
use leptos::prelude::*;

use crate::api::{use_feed, FeedError, FeedState, Loaded};

/// Renders `page` with the loaded feed; loading and error states in between.
pub fn with_feed<F, V>(page: F) -> impl IntoView
where
    F: Fn(Arc<Loaded>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let store = use_feed();
    move || match store.state.get() {
        FeedState::Loading => view! { <LoadingSkeleton/> }.into_any(),
        FeedState::Failed(e) => view! { <ErrorPanel error=e/> }.into_any(),
        FeedState::Ready(loaded) => page(loaded).into_any(),
    }
}

/// Grey blocks in the shape of a page, announced politely to screen readers.
#[component]
pub fn LoadingSkeleton() -> impl IntoView {
    view! {
        <div class="skeleton" role="status" aria-live="polite">
            <h1 class="visually-hidden" tabindex="-1">"正在加载"</h1>
            <p class="skeleton-text">"正在加载政务公开数据，请稍候……"</p>
            <div class="skeleton-bar wide" aria-hidden="true"></div>
            <div class="skeleton-bar" aria-hidden="true"></div>
            <div class="skeleton-bar" aria-hidden="true"></div>
            <div class="skeleton-bar short" aria-hidden="true"></div>
        </div>
    }
}

/// The error, what to do, and 重试.
#[component]
pub fn ErrorPanel(error: FeedError) -> impl IntoView {
    let store = use_feed();
    let detail = error.detail();
    view! {
        <section class="error-panel" role="alert" aria-labelledby="error-title">
            <h1 id="error-title" tabindex="-1">{error.title()}</h1>
            <p>{error.advice()}</p>
            <button type="button" class="button" on:click=move |_| store.reload()>"重试"</button>
            {detail.map(|d| view! { <p class="error-detail">"技术信息（供工作人员参考）：" {d}</p> })}
        </section>
    }
}

/// `数据更新于 2026-11-20 09:00 · 第 7 版`.
pub fn version_line(feed: &Feed) -> String {
    let t = feed.generated_at;
    format!("数据更新于 {} {:02}:{:02} · 第 {} 版", t.date, t.hour, t.minute, feed.version)
}
