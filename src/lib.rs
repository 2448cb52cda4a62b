//! The resident portal: the `App`, its routes, and mounting.
//!
//! | module | what lives there |
//! |---|---|
//! | [`api`] | the feed: fetch once, cache, typed errors |
//! | [`browser`] | thin wrappers over browser APIs |
//! | [`router`] | the address bar as signals: in-app links, back/forward, which page a path is |
//! | [`routes`] | one file per page |
//! | [`components`] | pieces shared by pages |
//! | [`dom`] | a tiny DOM builder for static page content (keeps the wasm small) |
//! | `prerender` | (native) pages written as HTML at publish time with the same builders |

pub mod api;
pub mod browser;
pub mod components;
pub mod dom;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod router;
pub mod routes;

use leptos::prelude::*;

use crate::api::FeedStore;
use crate::components::facets::WideScreen;
use crate::components::layout::Layout;
use crate::components::mode_switch::ElderMode;
use crate::router::{Location, Route};
use crate::routes::{about::About, hall::HallPage, home::Home, item::ItemPage, not_found::NotFound, record::RecordPage, search::SearchPage, village::VillagePage};

/// Replaces the static loading / old-browser message in index.html with the app.
///
/// The first data (the page's part, or the whole feed) was asked for by index.html while the
/// wasm downloaded, so it is usually here by the time the app starts. Drawing the loading
/// skeleton and then, a moment later, the page would cost a slow phone an extra layout of the
/// whole screen before the page can show; so the app waits for the data — at most
/// [`SKELETON_AFTER_MS`], the skeleton is drawn after that — and draws the page directly. Over a
/// page written at publish time it waits as long as it takes: that page is already readable.
pub fn mount() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let store = FeedStore::start();
    let boot = || web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot"));
    // A page written at publish time is readable as it is: it stays until the app can draw it,
    // never replaced by the loading skeleton.
    let written = boot().is_some_and(|b| b.has_attribute("data-prerendered"));
    leptos::task::spawn_local(async move {
        api::settled(store, if written { f64::INFINITY } else { SKELETON_AFTER_MS }).await;
        // A page written at publish time (`gongkai index --pages`) is inside #boot; the app draws
        // the same page and then takes it away, in one task, so nothing is painted in between.
        let carried = boot().map(|b| carried(&b));
        leptos::mount::mount_to_body(move || view! { <App store/> });
        if let Some(boot) = boot() {
            boot.remove();
        }
        if let Some(carried) = carried {
            // The page's islands draw in the tasks the mount queued; they are there by the next
            // frame, and what the resident did is back in them before that frame is painted.
            let put = wasm_bindgen::closure::Closure::once_into_js(move || carry_over(carried));
            if let Some(w) = web_sys::window() {
                let _ = w.request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&put));
            }
        }
        store.mounted.set_value(true);
    });
}

/// What a resident did on a written page before the app took it over (on a slow line that can
/// take seconds): the words typed into the search box, the materials ticked on the checklist, and
/// where the focus was.
struct Carried {
    words: Option<String>,
    caret: Option<u32>,
    ticked: Vec<String>,
    focus: Option<String>,
}

fn carried(boot: &web_sys::Element) -> Carried {
    use wasm_bindgen::JsCast;
    let input = boot.query_selector("#search-input").ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    let mut ticked = Vec::new();
    if let Ok(list) = boot.query_selector_all("input[type=checkbox]:checked") {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                ticked.push(el.id());
            }
        }
    }
    let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    let focus = active.filter(|a| boot.contains(Some(a))).map(|a| a.id()).filter(|id| !id.is_empty());
    Carried {
        words: input.as_ref().map(|i| i.value()),
        caret: input.and_then(|i| i.selection_start().ok().flatten()),
        ticked: ticked.into_iter().filter(|id| !id.is_empty()).collect(),
        focus,
    }
}

/// Puts it all into the app's page (the same ids). The results page searches as the resident
/// types, so there the carried-over words are searched for too.
fn carry_over(c: Carried) {
    use wasm_bindgen::JsCast;
    let input = |id: &str| browser::document_input(id);
    if let (Some(words), Some(box_)) = (c.words, input("search-input")) {
        if box_.value() != words {
            box_.set_value(&words);
            if let Ok(event) = web_sys::Event::new("input") {
                let _ = box_.dispatch_event(&event);
            }
        }
    }
    for id in &c.ticked {
        if let Some(tick) = input(id) {
            tick.set_checked(true);
        }
    }
    let Some(id) = c.focus else { return };
    let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&id)) else { return };
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
    if let (Some(at), Some(box_)) = (c.caret.filter(|_| id == "search-input"), input("search-input")) {
        let _ = box_.set_selection_range(at, at);
    }
}

/// How long the app waits for its first data before showing the loading skeleton.
pub const SKELETON_AFTER_MS: f64 = 300.0;

#[component]
pub fn App(store: FeedStore) -> impl IntoView {
    provide_context(store);
    provide_context(ElderMode::from_storage());
    provide_context(WideScreen::watch());
    let location = Location::start();
    // A page is made anew only when the route changes, not when its query does.
    let route = Memo::new(move |_| location.path.with(|p| Route::parse(p)));
    let page = move || match route.get() {
        Route::Home => view! { <Home/> }.into_any(),
        Route::Search => view! { <SearchPage/> }.into_any(),
        Route::Item(id) => view! { <ItemPage id/> }.into_any(),
        Route::Record(id) => view! { <RecordPage id/> }.into_any(),
        Route::Hall(id) => view! { <HallPage id/> }.into_any(),
        Route::Village(id) => view! { <VillagePage id/> }.into_any(),
        Route::About => view! { <About/> }.into_any(),
        Route::NotFound => view! { <NotFound/> }.into_any(),
    };
    view! { <Layout>{page}</Layout> }
}
