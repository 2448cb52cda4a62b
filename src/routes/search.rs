//! `/search?q=&hall=&kind=&topic=&level=&audience=&village=&year=&validity=&sort=&page=`
//!
//! Results over service items and disclosure records, with facet counts, removable chips,
//! sort and pages. The URL is the only state: the page derives everything from it, and every
//! control either is a link or navigates, so back/forward and shared links restore the view.

use std::sync::Arc;

use gongkai_core::filter::{apply, chips, FacetKey, Outcome, Query, SortOrder};
use gongkai_core::search::SearchResults;
use gongkai_core::Feed;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use wasm_bindgen::JsCast;

use crate::api::Loaded;
use crate::browser::{self, href};
use crate::components::facets::{FacetPanel, WideScreen};
use crate::components::feed_view::with_feed;
use crate::components::island::Island;
use crate::components::pagination::pagination;
use crate::components::result_list::result_list;
use crate::components::search_box::SearchBox;
use crate::dom::{el, link, tx, El};

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

    let heading = move || {
        let t = text.get();
        if t.is_empty() {
            "查找办事指南和公开信息".to_string()
        } else {
            format!("“{t}”的搜索结果")
        }
    };
    Effect::new(move |_| browser::set_title(&format!("{} - {township}政务公开", heading())));

    let navigate = use_navigate();
    let on_toggle = Callback::new(move |(key, token): (FacetKey, String)| {
        let to = query.with_untracked(|q| q.toggled(key, &token).to_path());
        navigate(&to, Default::default());
    });
    let facets = Signal::derive(move || outcome.with(|o| o.facets.clone()));
    let wide = expect_context::<WideScreen>().0;
    let l3 = loaded.clone();
    let l4 = loaded.clone();

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
                    view! { <FilterSheet loaded=l3.clone() results=results query=query/> }.into_any()
                }
            }}
            <section class="results-area" aria-labelledby="results-title">
                <h2 id="results-title" class="visually-hidden" tabindex="-1">"搜索结果"</h2>
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
                <Island
                    render=move || results_block(&l4.feed, &query.get(), &outcome.get(), &results.get())
                    after=refocus_results
                />
            </section>
        </div>
    }
}

/// After the results re-render (a new page, a removed chip), focus would fall back to the page
/// body; put it on the results heading instead so keyboard users continue from the results.
fn refocus_results(_host: &web_sys::Element, not_first: bool) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let lost = doc.active_element().is_none_or(|a| a.tag_name() == "BODY");
    if not_first && lost {
        if let Some(h) = doc.get_element_by_id("results-title").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = h.focus();
        }
    }
}

fn results_block(feed: &Feed, query: &Query, outcome: &Outcome, results: &SearchResults) -> El {
    let chip_list = chips(feed, query);
    let chips_bar = (!chip_list.is_empty()).then(|| {
        el("div").class("chips-bar").push(tx("h2", "visually-hidden", "已选条件")).push(
            el("ul")
                .class("chips")
                .extend(chip_list.iter().map(|c| {
                    el("li").push(
                        el("a")
                            .class("chip")
                            .attr("href", &href(&query.without(c.key, &c.token).to_path()))
                            .push(tx("span", "visually-hidden", "移除条件："))
                            .text(&c.label())
                            .push(tx("span", "chip-x", "×").attr("aria-hidden", "true")),
                    )
                }))
                .push(el("li").push(link(&href(&query.cleared().to_path()), "清除全部").class("chip chip-clear"))),
        )
    });
    let body = if outcome.total == 0 {
        no_results(feed, query, results)
    } else {
        el("div").push(result_list(feed, &outcome.hits, outcome.page.first)).push_opt(pagination(query, outcome.page))
    };
    let also = (!results.also_searched.is_empty()).then(|| tx("p", "also-searched", &format!("也搜索了：{}", results.also_searched.join("、"))));
    el("div").push_opt(chips_bar).push(body).push_opt(also)
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
fn no_results(feed: &Feed, query: &Query, results: &SearchResults) -> El {
    let lead = if query.text.is_empty() {
        "在选定的条件下没有内容。".to_string()
    } else {
        format!("没有找到和“{}”有关的内容。", query.text)
    };
    let mut ul = el("ul");
    if !results.suggestions.is_empty() {
        ul = ul.push(el("li").text("您是不是要找：").extend(
            results.suggestions.iter().map(|s| link(&href(&query.with_text(s).to_path()), s).class("suggestion")),
        ));
    }
    if query.has_filters() {
        ul = ul.push(el("li").push(link(&href(&query.cleared().to_path()), "去掉所有筛选条件再找一次")));
    }
    ul = ul.push(tx("li", "", "检查有没有错别字，或者换个说法，比如“低保”“养老保险”“建房”。"));
    if !feed.life_events.is_empty() {
        ul = ul.push(el("li").text("按事情找：").extend(
            feed.life_events.iter().take(6).map(|e| link(&href(&Query::new().with_text(&e.name).to_path()), &e.name).class("suggestion")),
        ));
    }
    if let Some(p) = &feed.publisher.phone {
        ul = ul.push(el("li").text("也可以直接打电话问：").push(link(&browser::tel_href(p), p)));
    }
    el("div").class("no-results").push(tx("p", "no-results-lead", &lead)).push(ul)
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
