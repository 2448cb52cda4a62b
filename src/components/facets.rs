//! The filter panel (facets with counts), the active-filter chips, and the phone's filter sheet.
//!
//! The panel is built with keyed lists, so when a checkbox changes the URL (and with it every
//! count) the checkbox a keyboard user just pressed stays the same DOM node and keeps focus.
//! On wide screens a change applies at once; on phones the panel sits in a modal `<dialog>`
//! that edits a draft and applies it with 应用, so each tap does not reload the results under
//! the sheet.

use gongkai_core::filter::{Facet, FacetKey};
use leptos::prelude::*;

use crate::browser;

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

fn find<'a>(facets: &'a [Facet], key: FacetKey, token: &str) -> Option<&'a gongkai_core::filter::FacetValue> {
    facets.iter().find(|f| f.key == key)?.values.iter().find(|v| v.token == token)
}

/// Checkbox groups, one `<fieldset>` per facet that has anything to offer.
/// `id_prefix` keeps ids unique if two panels ever share a page.
#[component]
pub fn FacetPanel(facets: Signal<Vec<Facet>>, on_toggle: Callback<(FacetKey, String)>, id_prefix: &'static str) -> impl IntoView {
    view! {
        <div class="facet-panel">
            <For
                each=move || facets.with(|fs| fs.iter().filter(|f| !f.values.is_empty()).map(|f| f.key).collect::<Vec<_>>())
                key=|k| *k
                children=move |key: FacetKey| {
                    view! {
                        <fieldset class="facet">
                            <legend>{key.label()}</legend>
                            <ul>
                                <For
                                    each=move || facets.with(|fs| {
                                        fs.iter().find(|f| f.key == key).map(|f| f.values.iter().map(|v| (v.token.clone(), v.label.clone())).collect::<Vec<_>>()).unwrap_or_default()
                                    })
                                    key=|(t, _)| t.clone()
                                    children=move |(token, label): (String, String)| {
                                        let t1 = token.clone();
                                        let t2 = token.clone();
                                        let checked = move || facets.with(|fs| find(fs, key, &t1).is_some_and(|v| v.selected));
                                        let count = move || facets.with(|fs| find(fs, key, &t2).map_or(0, |v| v.count));
                                        let id = format!("{id_prefix}-{}-{}", key.param(), crate::components::facets::id_safe(&token));
                                        view! {
                                            <li>
                                                <input
                                                    type="checkbox"
                                                    id=id.clone()
                                                    prop:checked=checked
                                                    on:change=move |_| on_toggle.run((key, token.clone()))
                                                />
                                                <label for=id>
                                                    {label}
                                                    <span class="count">"（" {count} "）"</span>
                                                </label>
                                            </li>
                                        }
                                    }
                                />
                            </ul>
                        </fieldset>
                    }
                }
            />
        </div>
    }
}

/// An id fragment from any token (Chinese enum words become their code points).
pub fn id_safe(token: &str) -> String {
    token
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' { c.to_string() } else { format!("{:x}", c as u32) })
        .collect()
}
