//! The portal's client-side router: the address bar is the app's state.
//!
//! Why not `leptos_router`: the portal has seven fixed routes, and the router crate cost about
//! 15 KiB of the wasm (brotli) that every resident downloads before the first page. This module
//! does the part the portal uses, on plain browser APIs:
//!
//! * [`Location`] holds the current path (without the base path the app is served under) and
//!   query string as signals; pages read them and re-render only what depends on them.
//! * Clicks on in-app links (same origin, under the base path, no `target`/`download`, no
//!   modifier key) become `history.pushState` instead of a page load; back/forward
//!   (`popstate`) update the signals. A link to a `#fragment` of the same page is left to the
//!   browser, so 目录 links and the skip link jump as usual.
//! * [`navigate`] does the same from code (search box, filter sheet), optionally replacing the
//!   history entry (typing a query).
//! * [`Route`] maps a path to a page.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::browser::{base_path, href};

/// One page of the portal, parsed from the path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Search,
    Item(String),
    Record(String),
    Hall(String),
    Village(String),
    About,
    NotFound,
}

impl Route {
    /// `path` is below the base path: `/`, `/item/mz-dibao`. A trailing slash is ignored.
    pub fn parse(path: &str) -> Route {
        let trimmed = path.trim_end_matches('/');
        let mut parts = trimmed.split('/').skip(1);
        let (first, second, rest) = (parts.next(), parts.next(), parts.next());
        let id = |s: &str| decode(s);
        match (first, second, rest) {
            (None, _, _) => Route::Home,
            (Some("search"), None, _) => Route::Search,
            (Some("about"), None, _) => Route::About,
            (Some("item"), Some(s), None) if !s.is_empty() => Route::Item(id(s)),
            (Some("record"), Some(s), None) if !s.is_empty() => Route::Record(id(s)),
            (Some("hall"), Some(s), None) if !s.is_empty() => Route::Hall(id(s)),
            (Some("village"), Some(s), None) if !s.is_empty() => Route::Village(id(s)),
            _ => Route::NotFound,
        }
    }
}

/// Percent-decoding (`%E4%BD%8E` → 低); a malformed escape stays as it is, invalid UTF-8
/// becomes U+FFFD. (`+` is a space in query strings only; see [`query_pairs`].)
fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match (b[i], b.get(i + 1).and_then(|&c| hex(c)), b.get(i + 2).and_then(|&c| hex(c))) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `q=%E4%BD%8E%E4%BF%9D&hall=a,b` → `[("q", "低保"), ("hall", "a,b")]`.
pub fn query_pairs(search: &str) -> Vec<(String, String)> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(&k.replace('+', " ")), decode(&v.replace('+', " ")))
        })
        .collect()
}

/// The current address, as signals. Provided as context by the app.
#[derive(Clone, Copy)]
pub struct Location {
    /// Below the base path, always starting with `/`.
    pub path: RwSignal<String>,
    /// The query string without `?`.
    pub search: RwSignal<String>,
}

/// The location from context.
pub fn use_location() -> Location {
    expect_context::<Location>()
}

/// The page at the browser's current address (before [`Location::start`] too).
pub fn current_route() -> Route {
    Route::parse(&current().0)
}

/// (path below the base, query string) of the browser's current address.
fn current() -> (String, String) {
    let Some(l) = web_sys::window().map(|w| w.location()) else { return ("/".into(), String::new()) };
    let path = l.pathname().unwrap_or_default();
    let base = base_path();
    let below = path.strip_prefix(base.as_str()).unwrap_or(&path);
    let below = if below.starts_with('/') { below.to_string() } else { format!("/{below}") };
    (below, l.search().unwrap_or_default().trim_start_matches('?').to_string())
}

impl Location {
    /// Reads the address and starts listening to link clicks and back/forward. Once per app.
    pub fn start() -> Location {
        let (path, search) = current();
        let loc = Location { path: RwSignal::new(path), search: RwSignal::new(search) };
        provide_context(loc);
        LOCATION.with(|l| l.set(Some(loc)));
        if let Some(w) = web_sys::window() {
            let on_pop = Closure::<dyn FnMut()>::new(move || loc.sync());
            let _ = w.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
            // Listeners for the app's whole life.
            on_pop.forget();
            if let Some(d) = w.document() {
                let on_click = Closure::<dyn FnMut(web_sys::MouseEvent)>::new(on_link_click);
                let _ = d.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
                on_click.forget();
            }
        }
        loc
    }

    /// Copies the browser's address into the signals (each only when it changed).
    fn sync(self) {
        let (path, search) = current();
        if self.path.with_untracked(|p| *p != path) {
            self.path.set(path);
        }
        if self.search.with_untracked(|s| *s != search) {
            self.search.set(search);
        }
    }
}

/// Goes to `to` (a path below the base, with query), as a new history entry or replacing the
/// current one. A new entry starts at the top of the page.
pub fn navigate(to: &str, replace: bool) {
    go(&href(to), replace);
}

fn go(url: &str, replace: bool) {
    let Some(w) = web_sys::window() else { return };
    let Ok(history) = w.history() else { return };
    let done = if replace {
        history.replace_state_with_url(&JsValue::NULL, "", Some(url))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(url))
    };
    if done.is_err() {
        // Not allowed (another origin): let the browser load it.
        let _ = w.location().set_href(url);
        return;
    }
    if let Some(loc) = LOCATION.with(|l| l.get()) {
        loc.sync();
    }
    if !replace {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

thread_local! {
    /// The app's location, for code outside the reactive owner tree (event listeners).
    static LOCATION: std::cell::Cell<Option<Location>> = const { std::cell::Cell::new(None) };
}

/// A click on `<a href>` inside the app becomes client-side navigation.
fn on_link_click(ev: web_sys::MouseEvent) {
    if ev.default_prevented() || ev.button() != 0 || ev.meta_key() || ev.ctrl_key() || ev.shift_key() || ev.alt_key() {
        return;
    }
    let Some(a) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[href]").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    if a.has_attribute("download") || !matches!(a.target().as_str(), "" | "_self") {
        return;
    }
    let Some(l) = web_sys::window().map(|w| w.location()) else { return };
    if a.origin() != l.origin().unwrap_or_default() {
        return;
    }
    let path = a.pathname();
    let base = base_path();
    if !(path == base || path.starts_with(&format!("{base}/"))) {
        return;
    }
    let same_page = path == l.pathname().unwrap_or_default() && a.search() == l.search().unwrap_or_default();
    if same_page && !a.hash().is_empty() {
        return;
    }
    ev.prevent_default();
    go(&format!("{path}{}{}", a.search(), a.hash()), false);
}

#[cfg(test)]
mod tests {
    use super::{query_pairs, Route};

    #[test]
    fn paths_map_to_pages() {
        assert_eq!(Route::parse("/"), Route::Home);
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("/search"), Route::Search);
        assert_eq!(Route::parse("/search/"), Route::Search);
        assert_eq!(Route::parse("/about"), Route::About);
        assert_eq!(Route::parse("/item/mz-dibao"), Route::Item("mz-dibao".into()));
        assert_eq!(Route::parse("/record/r1/"), Route::Record("r1".into()));
        assert_eq!(Route::parse("/hall/minzheng"), Route::Hall("minzheng".into()));
        assert_eq!(Route::parse("/village/shiqiao"), Route::Village("shiqiao".into()));
        assert_eq!(Route::parse("/item"), Route::NotFound);
        assert_eq!(Route::parse("/item/a/b"), Route::NotFound);
        assert_eq!(Route::parse("/nowhere"), Route::NotFound);
        assert_eq!(Route::parse("/item/%E4%BD%8E%E4%BF%9D"), Route::Item("低保".into()));
    }

    #[test]
    fn query_strings_decode_like_the_browser_encodes_them() {
        let pairs = query_pairs("?q=%E4%BD%8E%E4%BF%9D+2025&hall=a%2Cb&empty=&flag&bad=%E4%ZZ");
        let want = [("q", "低保 2025"), ("hall", "a,b"), ("empty", ""), ("flag", ""), ("bad", "\u{FFFD}%ZZ")];
        assert_eq!(pairs, want.map(|(k, v)| (k.to_string(), v.to_string())));
        assert!(query_pairs("").is_empty());
    }
}
