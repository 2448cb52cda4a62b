//! An island of builder-made DOM (see [`crate::dom`]) inside a Leptos view.
//!
//! `render` runs in an effect: every signal it reads makes it run again and replace the
//! island's content (search results re-render this way when the URL changes). Keyboard focus
//! survives a re-render: if an element with an `id` inside the island had focus, the element
//! with the same id in the new content gets it back (a filter checkbox, the 长辈版 switch).
//! The event handlers created while building live exactly as long as that content.
//!
//! `render` is boxed so every island shares one compiled copy of this component.

use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::dom::{self, El};

type Handlers = Vec<Closure<dyn FnMut(web_sys::Event)>>;

/// What an island renders.
pub type Render = Rc<dyn Fn() -> El>;

/// Wraps a render function for [`Island`].
pub fn render(f: impl Fn() -> El + 'static) -> Render {
    Rc::new(f)
}

/// `fallback_focus`: the id of an element to focus when the focused element inside the island
/// disappears in the new content (a pagination link → the results heading).
#[component]
pub fn Island(render: Render, #[prop(optional)] class: &'static str, #[prop(optional)] fallback_focus: &'static str) -> impl IntoView {
    let host: NodeRef<leptos::html::Div> = NodeRef::new();
    let handlers: StoredValue<Handlers, LocalStorage> = StoredValue::new_local(Vec::new());
    Effect::new(move |_| {
        let host_el = host.get();
        let content = render();
        let fresh = dom::take_handlers();
        if let Some(h) = host_el {
            let h: &web_sys::Element = &h;
            let focused = focused_within(h);
            h.replace_children_with_node_1(&content.0);
            handlers.set_value(fresh);
            match focused {
                Some(id) if !id.is_empty() && refocus(&id) => {}
                Some(_) if !fallback_focus.is_empty() => {
                    refocus(fallback_focus);
                }
                _ => {}
            }
        }
    });
    view! { <div class=class node_ref=host></div> }
}

/// If focus is inside `host`: the focused element's id (empty when it has none).
fn focused_within(host: &web_sys::Element) -> Option<String> {
    let active = web_sys::window()?.document()?.active_element()?;
    host.contains(Some(&active)).then(|| active.id())
}

/// Focuses the element with this id; false when there is none.
fn refocus(id: &str) -> bool {
    match web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        Some(e) => e.focus().is_ok(),
        None => false,
    }
}
