//! `/search?q=&hall=&kind=&topic=&level=&audience=&village=&year=&validity=&sort=&page=`
//!
//! Results over service items and disclosure records, with facet counts, removable chips,
//! sort and pages. The URL is the only state: the page derives everything from it, and every
//! control either is a link or navigates, so back/forward and shared links restore the view.

use std::sync::Arc;

use gongkai_core::filter::{apply, FacetKey, Outcome, Query, SortOrder};
use gongkai_core::search::SearchResults;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::api::Loaded;
use crate::browser::{self, href};
use crate::components::facets::{FacetPanel, FilterChips, WideScreen};
use crate::components::feed_view::with_feed;
use crate::components::pagination::Pagination;
use crate::components::result_list::ResultList;
use crate::components::search_box::SearchBox;

#[component]
pub fn SearchPage() -> impl IntoView {
    with_feed(|loaded| view! { <SearchView loaded/> })
}

#[component]
fn SearchView(loaded: Arc<Loaded>) -> impl IntoView {
    let query_map = use_query_map();
    let query = Memo::new(move |_| query_map.with(|m| Query::from_pairs(m.into_iter().map(|(k, v)| (k.as_ref(), v)))));
    let text = Memo::new(move |_| query.with(|q| q.text.clone()));
    let l1 = loaded.clone();
    let results: Memo<SearchResults> = Memo::new(move |_| text.with(|t| l1.engine().search(t)));
    let l2 = loaded.clone();
    let outcome: Memo<Outcome> = Memo::new(move |_| results.with(|r| query.with(|q| apply(&l2.feed, r, q))));
    let township = loaded.feed.publisher.township.clone();

    Effect::new(move |_| {
        let t = text.get();
        let title = if t.is_empty() { format!("查找 - {township}政务公开") } else { format!("“{t}”的搜索结果 - {township}政务公开") };
        browser::set_title(&title);
    });

    let navigate = use_navigate();
    let nav = navigate.clone();
    let on_toggle = Callback::new(move |(key, token): (FacetKey, String)| {
        let to = query.with_untracked(|q| q.toggled(key, &token).to_path());
        nav(&to, Default::default());
    });
    let facets = Signal::derive(move || outcome.with(|o| o.facets.clone()));
    let wide = expect_context::<WideScreen>().0;

    let heading = move || {
        let t = text.get();
        if t.is_empty() { "查找办事指南和公开信息".to_string() } else { format!("“{t}”的搜索结果") }
    };
    let l3 = loaded.clone();
    let l4 = loaded.clone();
    let l5 = loaded.clone();

    view! {
        <h1 tabindex="-1">{heading}</h1>
        <SearchBox keep_filters=true/>
        <div class="search-layout">
            {move || {
                if wide.get() {
                    view! {
                        <section class="filters" aria-labelledby="filters-title">
                            <h2 id="filters-title">"筛选"</h2>
                            <FacetPanel facets=facets on_toggle=on_toggle id_prefix="f"/>
                        </section>
                    }
                        .into_any()
                } else {
                    view! { <FilterSheet loaded=l5.clone() results=results query=query/> }.into_any()
                }
            }}
            <section class="results-area" aria-labelledby="results-title">
                <h2 id="results-title" class="visually-hidden">"搜索结果"</h2>
                <FilterChips feed=l3 query=query/>
                <div class="results-head">
                    <p class="result-count" role="status">
                        {move || outcome.with(|o| if o.total == 0 {
                            "没有找到结果".to_string()
                        } else {
                            format!("共 {} 条，显示第 {}—{} 条", o.total, o.page.first, o.page.last)
                        })}
                    </p>
                    <SortLinks query=query outcome=outcome/>
                </div>
                {move || {
                    let o = outcome.get();
                    let q = query.get();
                    if o.total == 0 {
                        view! { <NoResults loaded=l4.clone() query=q results=results/> }.into_any()
                    } else {
                        view! {
                            <ResultList feed=l4.clone() hits=o.hits.clone() start=o.page.first/>
                            <Pagination query=q page=o.page/>
                        }
                            .into_any()
                    }
                }}
                {move || results.with(|r| (!r.also_searched.is_empty()).then(|| view! {
                    <p class="also-searched">"也搜索了：" {r.also_searched.join("、")}</p>
                }))}
            </section>
        </div>
    }
}

/// 排序：相关度 · 最新 · 办理时限 — links, the current one marked.
#[component]
fn SortLinks(query: Memo<Query>, outcome: Memo<Outcome>) -> impl IntoView {
    view! {
        <nav class="sort" aria-label="排序方式">
            <span class="sort-label" aria-hidden="true">"排序："</span>
            <ul>
                {SortOrder::ALL
                    .into_iter()
                    .map(|s| {
                        let to = move || href(&query.with(|q| q.with_sort(s).to_path()));
                        let current = move || outcome.with(|o| (o.sort == s).then_some("true"));
                        view! { <li><a href=to aria-current=current>{"按"}{s.label()}</a></li> }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// Nothing found: say so plainly and offer ways on.
#[component]
fn NoResults(loaded: Arc<Loaded>, query: Query, results: Memo<SearchResults>) -> impl IntoView {
    let feed = &loaded.feed;
    let suggestions = results.with_untracked(|r| r.suggestions.clone());
    let has_filters = query.has_filters();
    let cleared = href(&query.cleared().to_path());
    let events: Vec<(String, String)> =
        feed.life_events.iter().take(6).map(|e| (e.name.clone(), href(&Query::new().with_text(&e.name).to_path()))).collect();
    let phone = feed.publisher.phone.clone();
    view! {
        <div class="no-results">
            <p class="no-results-lead">
                {if query.text.is_empty() { "在选定的条件下没有内容。".to_string() } else { format!("没有找到和“{}”有关的内容。", query.text) }}
            </p>
            <ul>
                {(!suggestions.is_empty()).then(|| view! {
                    <li>"您是不是要找："
                        {suggestions.into_iter().map(|s| {
                            let to = href(&query.with_text(&s).to_path());
                            view! { <a class="suggestion" href=to>{s}</a> " " }
                        }).collect_view()}
                    </li>
                })}
                {has_filters.then(|| view! { <li><a href=cleared>"去掉所有筛选条件再找一次"</a></li> })}
                <li>"检查有没有错别字，或者换个说法，比如“低保”“养老保险”“建房”。"</li>
                {(!events.is_empty()).then(|| view! {
                    <li>"按事情找："
                        {events.into_iter().map(|(name, to)| view! { <a class="suggestion" href=to>{name}</a> " " }).collect_view()}
                    </li>
                })}
                {phone.map(|p| view! { <li>"也可以直接打电话问：" <a href=browser::tel_href(&p)>{p.clone()}</a></li> })}
            </ul>
        </div>
    }
}

/// Phones: a 筛选 button opening a modal sheet that edits a draft query; 应用 applies it.
#[component]
fn FilterSheet(loaded: Arc<Loaded>, results: Memo<SearchResults>, query: Memo<Query>) -> impl IntoView {
    let dialog: NodeRef<leptos::html::Dialog> = NodeRef::new();
    let opener: NodeRef<leptos::html::Button> = NodeRef::new();
    let draft = RwSignal::new(query.get_untracked());
    let draft_outcome = Memo::new(move |_| results.with(|r| draft.with(|q| apply(&loaded.feed, r, q))));
    let facets = Signal::derive(move || draft_outcome.with(|o| o.facets.clone()));
    let on_toggle = Callback::new(move |(key, token): (FacetKey, String)| draft.update(|q| *q = q.toggled(key, &token)));
    let navigate = use_navigate();

    let open = move |_| {
        draft.set(query.get_untracked());
        if let Some(d) = dialog.get() {
            if d.show_modal().is_err() {
                d.set_open(true);
            }
        }
    };
    let close = move || {
        if let Some(d) = dialog.get() {
            d.close();
        }
        if let Some(b) = opener.get() {
            let _ = b.focus();
        }
    };
    let apply_now = move |_| {
        let to = draft.with_untracked(|q| q.to_path());
        close();
        navigate(&to, Default::default());
    };
    let count = move || query.with(|q| q.filter_count());

    view! {
        <div class="filter-sheet-bar">
            <button type="button" class="button button-secondary" node_ref=opener on:click=open aria-haspopup="dialog">
                "筛选"
                {move || (count() > 0).then(|| format!("（已选 {}）", count()))}
            </button>
        </div>
        <dialog class="sheet" node_ref=dialog aria-labelledby="sheet-title">
            <div class="sheet-head">
                <h2 id="sheet-title">"筛选"</h2>
                <button type="button" class="button button-secondary" on:click=move |_| close()>"关闭"</button>
            </div>
            <div class="sheet-body">
                <FacetPanel facets=facets on_toggle=on_toggle id_prefix="s"/>
            </div>
            <div class="sheet-foot">
                <button type="button" class="button button-secondary" on:click=move |_| draft.update(|q| *q = q.cleared())>"清除"</button>
                <button type="button" class="button" on:click=apply_now>
                    {move || format!("应用（{} 条）", draft_outcome.with(|o| o.total))}
                </button>
            </div>
        </dialog>
    }
}
