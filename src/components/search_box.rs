//! The search form: a labelled text box and a 搜索 button. Submitting navigates to
//! `/search?q=…`, so the search is in the address bar and can be shared.
//!
//! On the results page the results also follow the typing: after [`TYPING_PAUSE_MS`] without a
//! keystroke, and never in the middle of a pinyin IME composition (the half-typed `dib'ao` in the
//! box is not a query; the 汉字 chosen at `compositionend` are).

use std::cell::Cell;
use std::rc::Rc;

use gongkai_core::filter::Query;
use wasm_bindgen::JsCast;

use crate::dom::{el, tx, El};

/// Navigates to a path inside the app ([`crate::router::navigate`], boxed).
pub type Navigate = Rc<dyn Fn(&str)>;

/// Navigation to a new history entry.
pub fn navigator() -> Navigate {
    Rc::new(|to: &str| crate::router::navigate(to, false))
}

/// Navigation that replaces the current history entry (typing a query letter by letter must
/// not fill the back button with half-typed words).
pub fn replacer() -> Navigate {
    Rc::new(|to: &str| crate::router::navigate(to, true))
}

/// How long typing must pause before the results follow it. Short enough to feel live, long
/// enough that a phone does not search for every letter of a word typed quickly.
pub const TYPING_PAUSE_MS: i32 = 250;

/// The query a new text is applied to: the current one on the search page (so filters and sort
/// stay), an empty one elsewhere.
pub type Base = Rc<dyn Fn() -> Query>;

/// `value`: the text shown in the box. `live`: where to send the text as it is typed (the
/// results page), or `None` to search only on submit.
pub fn search_box(navigate: Navigate, base: Base, value: &str, live: Option<Navigate>) -> El {
    let input = el("input")
        .id("search-input")
        .attr("type", "search")
        .attr("name", "q")
        .attr("autocomplete", "off")
        .attr("enterkeyhint", "search")
        .attr("placeholder", "例如：低保、养老保险、建房")
        .attr("value", value);
    // The pending "typing paused" search; a submit (Enter) supersedes it.
    let timer = Rc::new(Cell::new(0));
    let input = match live {
        Some(go) => follow_typing(input, base.clone(), go, timer.clone()),
        None => input,
    };
    el("form")
        .class("search-box")
        .attr("role", "search")
        // Without the app (a page written at publish time, read before or without JavaScript)
        // the form still goes to the results page.
        .attr("action", &crate::browser::href("/search"))
        .push(tx("label", "search-label", "搜索办事指南和公开信息").attr("for", "search-input"))
        .push(el("div").class("search-row").push(input).push(tx("button", "button search-button", "搜索").attr("type", "submit")))
        .on("submit", move |ev| {
            ev.prevent_default();
            if let Some(w) = web_sys::window() {
                w.clear_timeout_with_handle(timer.get());
            }
            navigate(&base().with_text(&box_text()).to_path());
        })
}

/// The text in the page's search box, read when it is needed (the builder keeps no element
/// handles, so the same code also writes pages at publish time).
fn box_text() -> String {
    crate::browser::document_input("search-input").map(|i| i.value()).unwrap_or_default()
}

/// Sends the box's text to `go` once typing pauses, except while an IME composes.
fn follow_typing(input: El, base: Base, go: Navigate, timer: Rc<Cell<i32>>) -> El {
    let composing = Rc::new(Cell::new(false));
    let schedule = Rc::new(move || {
        let Some(w) = web_sys::window() else { return };
        w.clear_timeout_with_handle(timer.get());
        let (base, go) = (base.clone(), go.clone());
        let fire = wasm_bindgen::closure::Closure::once_into_js(move || {
            let now = base();
            let next = now.with_text(&box_text());
            // Only a new text searches: a composition that ended with the same text, or a pause
            // after the resident already moved on (sorted, paged) keeps the address as it is.
            if next.text != now.text {
                go(&next.to_path());
            }
        });
        timer.set(w.set_timeout_with_callback_and_timeout_and_arguments_0(fire.unchecked_ref(), TYPING_PAUSE_MS).unwrap_or(0));
    });
    let (c1, c2, c3) = (composing.clone(), composing.clone(), composing);
    let (s1, s2) = (schedule.clone(), schedule);
    input
        .on("compositionstart", move |_| c1.set(true))
        .on("compositionend", move |_| {
            c2.set(false);
            s1();
        })
        .on("input", move |ev| {
            // `isComposing` covers browsers that fire input before compositionstart.
            let in_ime = js_sys::Reflect::get(&ev, &"isComposing".into()).ok().and_then(|v| v.as_bool()).unwrap_or(false);
            if !c3.get() && !in_ime {
                s2();
            }
        })
}
