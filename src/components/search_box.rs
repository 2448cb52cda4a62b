//! The search form: a labelled text box and a 搜索 button. Submitting navigates to
//! `/search?q=…`, so the search is in the address bar and can be shared.

use gongkai_core::filter::Query;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

/// `keep_filters`: on the search page, a new text keeps the chosen filters and sort.
#[component]
pub fn SearchBox(#[prop(optional)] keep_filters: bool, #[prop(optional, into)] label: Option<String>) -> impl IntoView {
    let query_map = use_query_map();
    let navigate = use_navigate();
    let input: NodeRef<leptos::html::Input> = NodeRef::new();
    let current = move || query_map.with(|m| m.get("q").unwrap_or_default());
    let label = label.unwrap_or_else(|| "搜索办事指南和公开信息".to_string());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = input.get().map(|i| i.value()).unwrap_or_default();
        let base = if keep_filters {
            query_map.with_untracked(|m| Query::from_pairs(m.into_iter().map(|(k, v)| (k.as_ref(), v))))
        } else {
            Query::new()
        };
        navigate(&base.with_text(&text).to_path(), Default::default());
    };
    view! {
        <form class="search-box" role="search" on:submit=on_submit>
            <label for="search-input" class="search-label">{label}</label>
            <div class="search-row">
                <input
                    id="search-input"
                    type="search"
                    name="q"
                    node_ref=input
                    prop:value=current
                    autocomplete="off"
                    enterkeyhint="search"
                    placeholder="例如：低保、养老保险、建房"
                />
                <button type="submit" class="button search-button">"搜索"</button>
            </div>
        </form>
    }
}
