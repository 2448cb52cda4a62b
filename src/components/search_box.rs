//! The search form: a labelled text box and a 搜索 button. Submitting navigates to
//! `/search?q=…`, so the search is in the address bar and can be shared.

use std::rc::Rc;

use gongkai_core::filter::Query;
use wasm_bindgen::JsCast;

use crate::dom::{el, tx, El};

/// Navigates to a path inside the app (the router's `use_navigate`, boxed).
pub type Navigate = Rc<dyn Fn(&str)>;

/// Wraps the router's navigate function.
pub fn navigator(nav: impl Fn(&str, leptos_router::NavigateOptions) + 'static) -> Navigate {
    Rc::new(move |to: &str| nav(to, Default::default()))
}

/// `base`: the query a new text is applied to (the current one on the search page, so filters
/// and sort stay; an empty one elsewhere). `value`: the text shown in the box.
pub fn search_box(navigate: Navigate, base: Query, value: &str) -> El {
    let input = el("input")
        .id("search-input")
        .attr("type", "search")
        .attr("name", "q")
        .attr("autocomplete", "off")
        .attr("enterkeyhint", "search")
        .attr("placeholder", "例如：低保、养老保险、建房")
        .attr("value", value);
    let field = input.0.clone();
    el("form")
        .class("search-box")
        .attr("role", "search")
        .push(tx("label", "search-label", "搜索办事指南和公开信息").attr("for", "search-input"))
        .push(el("div").class("search-row").push(input).push(tx("button", "button search-button", "搜索").attr("type", "submit")))
        .on("submit", move |ev| {
            ev.prevent_default();
            let text = field.dyn_ref::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            navigate(&base.with_text(&text).to_path());
        })
}
