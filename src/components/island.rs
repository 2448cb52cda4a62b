//! An island of builder-made DOM (see [`crate::dom`]) inside a Leptos view.
//!
//! `render` runs in an effect: every signal it reads makes it run again and replace the
//! island's content (the search results re-render this way when the URL changes). The event
//! handlers created while building live exactly as long as that content.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;

use crate::dom::{self, El};

type Handlers = Vec<Closure<dyn FnMut(web_sys::Event)>>;

/// `class`: the host element's class. `after`: runs after each render with the host (used to
/// put focus back where a keyboard user expects it).
#[component]
pub fn Island<F>(render: F, #[prop(optional)] class: &'static str, #[prop(optional)] after: Option<fn(&web_sys::Element, bool)>) -> impl IntoView
where
    F: Fn() -> El + 'static,
{
    let host: NodeRef<leptos::html::Div> = NodeRef::new();
    let handlers: StoredValue<Handlers, LocalStorage> = StoredValue::new_local(Vec::new());
    let rendered_once = StoredValue::new(false);
    Effect::new(move |_| {
        let host_el = host.get();
        let content = render();
        let fresh = dom::take_handlers();
        if let Some(h) = host_el {
            let h: &web_sys::Element = &h;
            h.replace_children_with_node_1(&content.0);
            handlers.set_value(fresh);
            if let Some(after) = after {
                after(h, rendered_once.get_value());
            }
            rendered_once.set_value(true);
        }
    });
    view! { <div class=class node_ref=host></div> }
}
