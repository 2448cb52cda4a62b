//! The resident portal: the `App`, its routes, and mounting.
//!
//! | module | what lives there |
//! |---|---|
//! | [`api`] | the feed: fetch once, cache, typed errors |
//! | [`browser`] | thin wrappers over browser APIs |
//! | [`routes`] | one file per page |
//! | [`components`] | pieces shared by pages |
//! | [`dom`] | a tiny DOM builder for static page content (keeps the wasm small) |

pub mod api;
pub mod browser;
pub mod components;
pub mod dom;
pub mod routes;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::api::FeedStore;
use crate::components::facets::WideScreen;
use crate::components::layout::Layout;
use crate::components::mode_switch::ElderMode;
use crate::routes::{about::About, hall::HallPage, home::Home, item::ItemPage, not_found::NotFound, record::RecordPage, search::SearchPage, village::VillagePage};

/// Replaces the static loading / old-browser message in index.html with the app.
pub fn mount() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    if let Some(boot) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot")) {
        boot.remove();
    }
    leptos::mount::mount_to_body(App);
}

#[component]
pub fn App() -> impl IntoView {
    provide_context(FeedStore::start());
    provide_context(ElderMode::from_storage());
    provide_context(WideScreen::watch());
    let base = browser::base_path();
    view! {
        <Router base=base>
            <Layout>
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=Home/>
                    <Route path=path!("/search") view=SearchPage/>
                    <Route path=path!("/item/:id") view=ItemPage/>
                    <Route path=path!("/record/:id") view=RecordPage/>
                    <Route path=path!("/hall/:id") view=HallPage/>
                    <Route path=path!("/village/:id") view=VillagePage/>
                    <Route path=path!("/about") view=About/>
                </Routes>
            </Layout>
        </Router>
    }
}
