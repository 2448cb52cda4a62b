//! `/search?q=&hall=&kind=&topic=&level=&audience=&village=&year=&validity=&sort=&page=`
//!
//! Results over service items and disclosure records, with facet counts, removable chips,
//! sort and pages. The URL is the only state: the page derives everything from it, and every
//! control either is a link or navigates, so back/forward and shared links restore the view.

use std::rc::Rc;
use std::sync::Arc;

use gongkai_core::filter::{apply, chips, FacetKey, Outcome, Query, SortOrder};
use gongkai_core::search::SearchResults;
use gongkai_core::Feed;
use leptos::prelude::*;

use crate::api::Loaded;
use crate::browser::{self, href};
use crate::components::facets::{facet_panel, OnToggle, WideScreen};
use crate::components::feed_view::with_feed;
use crate::components::island::{render, Island};
use crate::components::pagination::pagination;
use crate::components::result_list::result_list;
use crate::components::search_box::{navigator, replacer, search_box, Base, Navigate};
use crate::dom::{el, link, tx, El};

/// The heading without a query (also on the page written at publish time, `prerender::Pages::search`).
pub const BROWSE_HEADING: &str = "查找办事指南和公开信息";

#[component]
pub fn SearchPage() -> impl IntoView {
    with_feed(|loaded| view! { <SearchView loaded/> })
}

#[component]
fn SearchView(loaded: Arc<Loaded>) -> impl IntoView {
    let search = crate::router::use_location().search;
    let query = Memo::new(move |_| {
        let pairs = search.with(|s| crate::router::query_pairs(s));
        Query::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    });
    let text = Memo::new(move |_| query.with(|q| q.text.clone()));
    let l1 = loaded.clone();
    let results: Memo<SearchResults> = Memo::new(move |_| text.with(|t| l1.search(t)));
    let l2 = loaded.clone();
    let outcome: Memo<Outcome> = Memo::new(move |_| results.with(|r| query.with(|q| apply(&l2.feed, r, q))));
    let township = loaded.feed.publisher.township.clone();
    let heading = move || {
        let t = text.get();
        if t.is_empty() {
            BROWSE_HEADING.to_string()
        } else {
            // index.html's boot script writes the same heading into the page written at publish time.
            format!("“{t}”的搜索结果")
        }
    };
    Effect::new(move |_| browser::set_title(&format!("{} - {township}政务公开", heading())));

    let navigate = navigator();
    // The box is built once: rebuilding it as the results follow the typing would take the
    // caret (and an IME's half-typed word) away from the resident.
    let base: Base = Rc::new(move || query.get_untracked());
    let initial = query.get_untracked().text;
    let top = render({
        let (nav, live) = (navigate.clone(), replacer());
        move || search_box(nav.clone(), base.clone(), &initial, Some(live.clone()))
    });
    // Back/forward to another query: show its text in the box (unless the resident is typing).
    Effect::new(move |_| {
        let t = text.get();
        if let Some(input) = browser::document_input("search-input") {
            if input.value() != t && !browser::is_focused(&input) {
                input.set_value(&t);
            }
        }
    });
    let nav = navigate.clone();
    let on_toggle: OnToggle = Rc::new(move |key: FacetKey, token: &str| nav(&query.with_untracked(|q| q.toggled(key, token).to_path())));
    let wide = expect_context::<WideScreen>().0;
    let l3 = loaded.clone();
    // Reactive closures must be Send; the Rc callbacks wait in local arena slots.
    let on_toggle = StoredValue::new_local(on_toggle);
    let navigate = StoredValue::new_local(navigate);
    let filters = move || {
        if wide.get() {
            let on_toggle = on_toggle.get_value();
            let panel = render(move || {
                el("section")
                    .class("filters")
                    .attr("aria-labelledby", "filters-title")
                    .push(tx("h2", "", "筛选").id("filters-title"))
                    .push(outcome.with(|o| facet_panel(&o.facets, "f", &on_toggle)))
            });
            view! { <Island render=panel/> }.into_any()
        } else {
            view! { <FilterSheet loaded=l3.clone() results=results query=query navigate=navigate.get_value()/> }.into_any()
        }
    };
    let l4 = loaded.clone();
    let body = render(move || results_block(&l4.feed, &query.get(), &outcome.get(), &results.get()));

    view! {
        <h1 tabindex="-1">{heading}</h1>
        <Island render=top/>
        <div class="search-layout">
            {filters}
            <section class="results-area" aria-labelledby="results-title">
                <h2 id="results-title" class="visually-hidden" tabindex="-1">"搜索结果"</h2>
                <p class="result-count" role="status">
                    {move || outcome.with(|o| if o.total == 0 {
                        "没有找到结果".to_string()
                    } else {
                        format!("共 {} 条，显示第 {}—{} 条", o.total, o.page.first, o.page.last)
                    })}
                </p>
                <Island render=body fallback_focus="results-title"/>
            </section>
        </div>
    }
}

fn results_block(feed: &Feed, query: &Query, outcome: &Outcome, results: &SearchResults) -> El {
    let sort = el("nav").class("sort").attr("aria-label", "排序方式").push(tx("span", "sort-label", "排序：").attr("aria-hidden", "true")).push(
        el("ul").extend(SortOrder::ALL.into_iter().map(|s| {
            let a = link(&href(&query.with_sort(s).to_path()), &format!("按{}", s.label())).id(&format!("sort-{}", s.param()));
            el("li").push(if outcome.sort == s { a.attr("aria-current", "true") } else { a })
        })),
    );
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
    el("div").push(el("div").class("results-head").push(sort)).push_opt(chips_bar).push(body).push_opt(also)
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
fn FilterSheet(loaded: Arc<Loaded>, results: Memo<SearchResults>, query: Memo<Query>, navigate: Navigate) -> impl IntoView {
    let dialog: NodeRef<leptos::html::Dialog> = NodeRef::new();
    let opener: NodeRef<leptos::html::Button> = NodeRef::new();
    let draft = RwSignal::new(query.get_untracked());
    let draft_outcome = Memo::new(move |_| results.with(|r| draft.with(|q| apply(&loaded.feed, r, q))));

    // The sheet's facets are drawn the first time it opens, not while the page loads (on a
    // phone most visits never open it).
    let opened = RwSignal::new(false);
    let open = move |_| {
        draft.set(query.get_untracked());
        opened.set(true);
        if let Some(d) = dialog.get() {
            if d.show_modal().is_err() {
                d.set_open(true);
            }
        }
    };
    let close = move || {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
        if let Some(b) = opener.get_untracked() {
            let _ = b.focus();
        }
    };
    let on_toggle: OnToggle = Rc::new(move |key: FacetKey, token: &str| draft.update(|q| *q = q.toggled(key, token)));
    let sheet = render(move || {
        let nav = navigate.clone();
        let head = el("div")
            .class("sheet-head")
            .push(tx("h2", "", "筛选").id("sheet-title"))
            .push(tx("button", "button button-secondary", "关闭").attr("type", "button").id("sheet-close").on("click", move |_| close()));
        if !opened.get() {
            return el("div").class("sheet-inner").push(head);
        }
        let total = draft_outcome.with(|o| o.total);
        el("div")
            .class("sheet-inner")
            .push(head)
            .push(el("div").class("sheet-body").push(draft_outcome.with(|o| facet_panel(&o.facets, "s", &on_toggle))))
            .push(
                el("div")
                    .class("sheet-foot")
                    .push(
                        tx("button", "button button-secondary", "清除")
                            .attr("type", "button")
                            .id("sheet-clear")
                            .on("click", move |_| draft.update(|q| *q = q.cleared())),
                    )
                    .push(tx("button", "button", &format!("应用（{total} 条）")).attr("type", "button").id("sheet-apply").on("click", move |_| {
                        let to = draft.with_untracked(|q| q.to_path());
                        close();
                        nav(&to);
                    })),
            )
    });
    let count = move || query.with(|q| q.filter_count());

    view! {
        <div class="filter-sheet-bar">
            <button type="button" class="button button-secondary" node_ref=opener on:click=open aria-haspopup="dialog">
                "筛选"
                {move || (count() > 0).then(|| format!("（已选 {}）", count()))}
            </button>
        </div>
        <dialog class="sheet" node_ref=dialog aria-labelledby="sheet-title">
            <Island render=sheet class="sheet-island"/>
        </dialog>
    }
}
