//! Pages that do not exist: say so plainly and offer the search box and the way home. Used for
//! unknown paths and for ids that are not (or no longer) in the feed.

use leptos::prelude::*;

use crate::browser::{self, href};
use crate::components::search_box::SearchBox;

#[component]
pub fn NotFound() -> impl IntoView {
    view! { <Missing what="页面"/> }
}

/// `what`: 页面, 办事指南, 公开信息 …
#[component]
pub fn Missing(what: &'static str) -> impl IntoView {
    browser::set_title(&format!("找不到这个{what} - 政务公开"));
    view! {
        <div class="not-found">
            <h1 tabindex="-1">"找不到这个" {what}</h1>
            <p class="lead">"地址可能输错了，或者内容已经调整。可以搜一下，或者回到首页。"</p>
            <SearchBox/>
            <p><a class="button button-secondary" href=href("/")>"回到首页"</a></p>
        </div>
    }
}
