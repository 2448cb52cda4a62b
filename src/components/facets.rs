//! The filter panel: one `<fieldset>` of checkboxes per facet, each value with its count.
//!
//! It is rebuilt whenever the counts change; the island keeps keyboard focus on the checkbox a
//! resident just pressed, because each checkbox has a stable id (`f-hall-minzheng`). On wide
//! screens a change applies at once; on phones the panel sits in a modal `<dialog>` that edits a
//! draft and applies it with 应用 (see `routes::search`).

use std::rc::Rc;

use gongkai_core::filter::{Facet, FacetKey};
use leptos::prelude::*;

use crate::browser;
use crate::dom::{el, tx, El};

/// Whether the screen is wide enough for the filters beside the results (≥ 60em), kept in
/// step with the window through one `matchMedia` listener for the whole app.
#[derive(Clone, Copy)]
pub struct WideScreen(pub RwSignal<bool>);

impl WideScreen {
    pub const QUERY: &'static str = "(min-width: 60em)";

    pub fn watch() -> WideScreen {
        use wasm_bindgen::JsCast;
        let wide = RwSignal::new(false);
        if let Some(mql) = browser::media_matches(Self::QUERY) {
            wide.set(mql.matches());
            let cb = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::MediaQueryListEvent)>::new(
                move |e: web_sys::MediaQueryListEvent| wide.set(e.matches()),
            );
            let _ = mql.add_event_listener_with_callback("change", cb.as_ref().unchecked_ref());
            // Lives as long as the page; there is exactly one.
            cb.forget();
        }
        WideScreen(wide)
    }
}

/// What a checkbox change does: toggle `(facet, value)`.
pub type OnToggle = Rc<dyn Fn(FacetKey, &str)>;

/// An id fragment from any token (Chinese enum words become their code points).
pub fn id_safe(token: &str) -> String {
    token
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' { c.to_string() } else { format!("{:x}", c as u32) })
        .collect()
}

/// `id_prefix` keeps ids unique if two panels ever share a page.
pub fn facet_panel(facets: &[Facet], id_prefix: &str, on_toggle: &OnToggle) -> El {
    el("div").class("facet-panel").extend(facets.iter().filter(|f| !f.values.is_empty()).map(|f| {
        let key = f.key;
        el("fieldset").class("facet").push(tx("legend", "", key.label())).push(el("ul").extend(f.values.iter().map(|v| {
            let id = format!("{id_prefix}-{}-{}", key.param(), id_safe(&v.token));
            let mut input = el("input").attr("type", "checkbox").id(&id);
            if v.selected {
                input = input.attr("checked", "");
            }
            let (toggle, token) = (on_toggle.clone(), v.token.clone());
            el("li")
                .push(input.on("change", move |_| toggle(key, &token)))
                .push(
                    el("label")
                        .attr("for", &id)
                        .text(&v.label)
                        .push(tx("span", "count", &format!("（{}）", v.count))),
                )
        })))
    }))
}
