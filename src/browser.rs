//! Small wrappers over browser APIs (links under a base path, page title, focus, clock,
//! clipboard, print, speech, downloads), so pages and components stay free of `web_sys` detail.
//! Every wrapper degrades quietly: a missing API means the feature is hidden or reports failure,
//! never a panic.

use wasm_bindgen::{JsCast, JsValue};

fn window() -> Option<web_sys::Window> {
    #[cfg(not(target_arch = "wasm32"))]
    return None;
    #[cfg(target_arch = "wasm32")]
    web_sys::window()
}

/// Publish-time prerendering (native only, see [`crate::prerender`]): what the browser would
/// otherwise tell the page builders.
#[cfg(not(target_arch = "wasm32"))]
pub mod at_publish {
    use std::cell::RefCell;

    thread_local! {
        /// The base path (`""`, `"/qingxi"`).
        pub static BASE: RefCell<String> = const { RefCell::new(String::new()) };
        /// The page's own address (absolute when the site's address is known).
        pub static PAGE: RefCell<String> = const { RefCell::new(String::new()) };
        /// What the page set as its title.
        pub static TITLE: RefCell<String> = const { RefCell::new(String::new()) };
    }
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// The path the app is served under, without a trailing slash: `""` at the site root,
/// `"/qingxi"` under a township folder. Read from `<base href>` (trunk's public URL).
pub fn base_path() -> String {
    #[cfg(not(target_arch = "wasm32"))]
    return at_publish::BASE.with(|b| b.borrow().clone());
    #[allow(unreachable_code)]
    let base = document().and_then(|d| d.base_uri().ok().flatten()).unwrap_or_default();
    let path = web_sys::Url::new(&base).map(|u| u.pathname()).unwrap_or_default();
    path.trim_end_matches('/').to_string()
}

/// An in-app link: `href("/item/dibao")` → `/qingxi/item/dibao` under a base path.
/// (The router's `<A>` leaves absolute paths alone, so links are built here.)
pub fn href(path: &str) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    return format!("{}{path}", base_path());
    #[cfg(target_arch = "wasm32")]
    {
        thread_local! {
            static BASE: String = base_path();
        }
        BASE.with(|b| format!("{b}{path}"))
    }
}

/// Sets `document.title`, e.g. `最低生活保障审核确认 - 清溪镇政务公开`.
pub fn set_title(title: &str) {
    #[cfg(not(target_arch = "wasm32"))]
    at_publish::TITLE.with(|t| *t.borrow_mut() = title.to_string());
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Milliseconds since the epoch, from the browser clock; `None` when there is no clock to ask
/// (a page prerendered at publish time must not claim what time it is when it is read).
pub fn now_millis() -> Option<f64> {
    #[cfg(not(target_arch = "wasm32"))]
    return None;
    #[cfg(target_arch = "wasm32")]
    Some(js_sys::Date::now())
}

/// Moves keyboard and screen-reader focus to the page's main heading (after a route change),
/// once the new page has rendered.
pub fn focus_main_heading() {
    let Some(w) = window() else { return };
    let cb = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(h1) = document()
            .and_then(|d| d.query_selector("main h1").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = h1.focus();
        }
    });
    let _ = w.request_animation_frame(cb.unchecked_ref());
}

/// A `tel:` link for a phone number as staff wrote it (`0571-6500 1103` → `tel:057165001103`).
pub fn tel_href(phone: &str) -> String {
    let digits: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{digits}")
}

/// The page's own address without query or fragment (for 复制链接 and the printed QR code).
pub fn page_address() -> String {
    #[cfg(not(target_arch = "wasm32"))]
    return at_publish::PAGE.with(|p| p.borrow().clone());
    #[allow(unreachable_code)]
    window()
        .map(|w| {
            let l = w.location();
            format!("{}{}", l.origin().unwrap_or_default(), l.pathname().unwrap_or_default())
        })
        .unwrap_or_default()
}

/// The full current address, query included.
pub fn full_address() -> String {
    window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// Copies text to the clipboard; `Err` when the browser refuses (old browser, no permission).
pub async fn copy_text(text: &str) -> Result<(), ()> {
    let nav = window().ok_or(())?.navigator();
    // `navigator.clipboard` is missing on insecure origins and old browsers.
    let has = js_sys::Reflect::has(&nav, &JsValue::from_str("clipboard")).unwrap_or(false);
    if !has {
        return Err(());
    }
    wasm_bindgen_futures::JsFuture::from(nav.clipboard().write_text(text)).await.map(|_| ()).map_err(|_| ())
}

/// Opens the print dialog.
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Whether the browser can read aloud (`speechSynthesis`).
pub fn can_speak() -> bool {
    // Prerendered pages show the button: nearly every phone browser can read aloud, and the
    // page must not change shape when the app takes over.
    #[cfg(not(target_arch = "wasm32"))]
    return true;
    #[allow(unreachable_code)]
    window()
        .map(|w| js_sys::Reflect::has(&w, &JsValue::from_str("speechSynthesis")).unwrap_or(false))
        .unwrap_or(false)
}

/// Reads `text` aloud in Mandarin; `on_end` runs when it finishes or is stopped.
pub fn speak(text: &str, on_end: impl FnOnce() + 'static) -> bool {
    let Some(synth) = window().and_then(|w| w.speech_synthesis().ok()) else { return false };
    let Ok(u) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else { return false };
    u.set_lang("zh-CN");
    u.set_rate(0.9);
    let done = wasm_bindgen::closure::Closure::once_into_js(on_end);
    u.set_onend(Some(done.unchecked_ref()));
    u.set_onerror(Some(done.unchecked_ref()));
    synth.cancel();
    synth.speak(&u);
    true
}

/// Stops reading aloud.
pub fn stop_speaking() {
    if let Some(s) = window().and_then(|w| w.speech_synthesis().ok()) {
        s.cancel();
    }
}

/// The visible text of every element matching `selector`, in document order, one per line
/// (for 朗读; `innerText` skips hidden parts such as the print-only sheet).
pub fn text_of(selector: &str) -> String {
    let Some(list) = document().and_then(|d| d.query_selector_all(selector).ok()) else { return String::new() };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|e| e.inner_text())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Offers `content` as a file download named `file_name`.
pub fn download(file_name: &str, mime: &str, content: &str) -> bool {
    let Some(doc) = document() else { return false };
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return false };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return false };
    let Ok(a) = doc.create_element("a").map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>()) else { return false };
    a.set_href(&url);
    a.set_download(file_name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    true
}

/// Reads a preference from localStorage (private mode or disabled storage → `None`).
pub fn stored(key: &str) -> Option<String> {
    window()?.local_storage().ok().flatten()?.get_item(key).ok().flatten()
}

/// Writes a preference to localStorage, ignoring failure (the switch still works this visit).
pub fn store(key: &str, value: &str) {
    if let Some(s) = window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = s.set_item(key, value);
    }
}

/// Sets or removes an attribute on `<html>` (used for 长辈版, so CSS applies everywhere).
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = match value {
            Some(v) => root.set_attribute(name, v),
            None => root.remove_attribute(name),
        };
    }
}

/// Whether a CSS media query matches now, and a way to hear when that changes.
pub fn media_matches(query: &str) -> Option<web_sys::MediaQueryList> {
    window()?.match_media(query).ok().flatten()
}

/// Moves focus to the element with this id (making it focusable if it is not) and scrolls it
/// into view; used by the skip link and the item page's table of contents, because with a
/// `<base href>` a bare `#id` link would resolve to the site root instead of this page.
pub fn focus_element(id: &str) {
    let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    if !el.has_attribute("tabindex") {
        let _ = el.set_attribute("tabindex", "-1");
    }
    el.scroll_into_view();
    let _ = el.focus();
    // Keep the fragment in the address so the spot can be shared, without a router navigation.
    // An absolute path: a bare "#id" would resolve against <base href>, i.e. the site root.
    if let Some((h, l)) = window().and_then(|w| Some((w.history().ok()?, w.location()))) {
        let url = format!("{}{}#{id}", l.pathname().unwrap_or_default(), l.search().unwrap_or_default());
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// The `<input>` with this id, if there is one.
pub fn document_input(id: &str) -> Option<web_sys::HtmlInputElement> {
    document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// Whether `el` has keyboard focus.
pub fn is_focused(el: &web_sys::Element) -> bool {
    document().and_then(|d| d.active_element()).is_some_and(|a| &a == el)
}
