//! A very small DOM builder for the static parts of pages (a service guide, a record, the home
//! page blocks, result rows), used through [`crate::components::island::Island`].
//!
//! Why not `view!` everywhere: Leptos's views are statically typed, and every distinct view
//! shape is compiled into its own build/rebuild/mount code. For this portal that made the wasm
//! 898 KB (284 KiB brotli) — far over the 120 KiB app-shell budget — although most of these
//! pages render once from the feed and never update. This builder is a handful of non-generic
//! functions over `web_sys`, so a page costs a few bytes per element instead. Reactive parts
//! (filters, the 长辈版 switch, loading and error states, the router) stay Leptos.
//!
//! Text is always a text node (`Document.createTextNode`), never parsed HTML: feed content cannot
//! inject markup. Links to outside pages take a `HttpUrl`, so only http(s) reaches an `href`.

use std::cell::RefCell;

use gongkai_core::types::HttpUrl;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event};

thread_local! {
    static DOC: Option<Document> = web_sys::window().and_then(|w| w.document());
    /// Event handlers created while building; the island that built them keeps them alive for
    /// as long as its content is on the page, and drops them when it re-renders or unmounts.
    static HANDLERS: RefCell<Vec<Closure<dyn FnMut(Event)>>> = const { RefCell::new(Vec::new()) };
}

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// An element under construction. In the browser it is the element itself; natively (publish-time
/// prerendering, see [`crate::prerender`]) a stand-in element that is never used, and the markup
/// as a tree that [`El::to_html`] writes out.
#[cfg(target_arch = "wasm32")]
pub struct El(pub Element);

#[cfg(not(target_arch = "wasm32"))]
pub struct El(pub Element, native::Node);

#[cfg(not(target_arch = "wasm32"))]
fn create(tag: &str, ns: Option<&str>) -> El {
    El(wasm_bindgen::JsValue::NULL.unchecked_into(), native::Node::new(tag, ns.is_some()))
}

#[cfg(target_arch = "wasm32")]
#[inline(never)]
fn create(tag: &str, ns: Option<&str>) -> El {
    El(create_element(tag, ns))
}

#[cfg(target_arch = "wasm32")]
#[inline(never)]
fn create_element(tag: &str, ns: Option<&str>) -> Element {
    // The tags are constants of this crate; no document means no page to build. Neither can
    // happen in a browser, and a message-only panic keeps the error's Debug code out of the wasm.
    DOC.with(|d| {
        let created = match (d, ns) {
            (Some(d), Some(ns)) => d.create_element_ns(Some(ns), tag).ok(),
            (Some(d), None) => d.create_element(tag).ok(),
            (None, _) => None,
        };
        match created {
            Some(e) => e,
            None => panic!("cannot create an element outside a browser document"),
        }
    })
}

/// `<tag>`.
#[inline(never)]
pub fn el(tag: &str) -> El {
    create(tag, None)
}

/// An SVG element (`svg`, `path`, `rect`).
#[inline(never)]
pub fn svg(tag: &str) -> El {
    create(tag, Some(SVG_NS))
}

/// `<tag class="…">text</tag>`.
#[inline(never)]
pub fn tx(tag: &str, class: &str, text: &str) -> El {
    let e = el(tag).text(text);
    if class.is_empty() {
        e
    } else {
        e.class(class)
    }
}

/// An in-app link (`href` already built with `browser::href`).
#[inline(never)]
pub fn link(href: &str, text: &str) -> El {
    el("a").attr("href", href).text(text)
}

/// A link to another website: only an `HttpUrl` (http/https) can get here. Opens in a new
/// window, and says so to screen readers.
#[inline(never)]
pub fn external(url: &HttpUrl, text: &str) -> El {
    el("a")
        .attr("href", url.as_str())
        .attr("rel", "noopener")
        .attr("target", "_blank")
        .text(text)
        .push(tx("span", "visually-hidden", "（在新窗口打开）"))
}

#[cfg(target_arch = "wasm32")]
impl El {
    #[inline(never)]
    pub fn attr(self, name: &str, value: &str) -> El {
        let _ = self.0.set_attribute(name, value);
        self
    }

    /// Appends a text node.
    #[inline(never)]
    pub fn text(self, text: &str) -> El {
        if !text.is_empty() {
            DOC.with(|d| {
                if let Some(d) = d {
                    let _ = self.0.append_child(&d.create_text_node(text));
                }
            });
        }
        self
    }

    #[inline(never)]
    pub fn push(self, child: El) -> El {
        let _ = self.0.append_child(&child.0);
        self
    }

    #[inline(never)]
    fn on_boxed(self, event: &str, handler: Box<dyn FnMut(Event)>) -> El {
        let closure = Closure::wrap(handler);
        let _ = self.0.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
        HANDLERS.with(|h| h.borrow_mut().push(closure));
        self
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl El {
    pub fn attr(mut self, name: &str, value: &str) -> El {
        self.1.set_attr(name, value);
        self
    }

    pub fn text(mut self, text: &str) -> El {
        if !text.is_empty() {
            self.1.children.push(native::Child::Text(text.to_string()));
        }
        self
    }

    pub fn push(mut self, child: El) -> El {
        self.1.children.push(native::Child::El(child.1));
        self
    }

    /// Handlers belong to the browser; prerendered markup has none.
    fn on_boxed(self, _event: &str, _handler: Box<dyn FnMut(Event)>) -> El {
        self
    }

    /// The element as HTML: text and attribute values escaped, void elements without a closing
    /// tag, exactly the markup the browser builds from the same calls.
    pub fn to_html(&self) -> String {
        let mut out = String::new();
        self.1.write(&mut out);
        out
    }
}

impl El {

    pub fn class(self, class: &str) -> El {
        self.attr("class", class)
    }

    pub fn id(self, id: &str) -> El {
        self.attr("id", id)
    }

    pub fn push_opt(self, child: Option<El>) -> El {
        match child {
            Some(c) => self.push(c),
            None => self,
        }
    }

    pub fn extend(self, children: impl IntoIterator<Item = El>) -> El {
        let mut me = self;
        for c in children {
            me = me.push(c);
        }
        me
    }

    /// Adds an event listener; kept alive by the island that renders this element.
    pub fn on(self, event: &str, handler: impl FnMut(Event) + 'static) -> El {
        self.on_boxed(event, Box::new(handler))
    }

}

/// The handlers created since the last call; the caller keeps them alive.
pub fn take_handlers() -> Vec<Closure<dyn FnMut(Event)>> {
    HANDLERS.with(|h| std::mem::take(&mut *h.borrow_mut()))
}

/// A `<dl>` row pair.
#[inline(never)]
pub fn dt_dd(dl: El, term: &str, value: El) -> El {
    dl.push(tx("dt", "", term)).push(value)
}

/// A simple `<dd>` with text.
pub fn dd(text: &str) -> El {
    tx("dd", "", text)
}

/// The markup tree behind a natively built [`El`].
#[cfg(not(target_arch = "wasm32"))]
mod native {
    pub struct Node {
        tag: String,
        svg: bool,
        attrs: Vec<(String, String)>,
        pub children: Vec<Child>,
    }

    pub enum Child {
        El(Node),
        Text(String),
    }

    const VOID: &[&str] = &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    fn escape(s: &str, out: &mut String, attr: bool) {
        for c in s.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' if attr => out.push_str("&quot;"),
                '\u{a0}' => out.push_str("&nbsp;"),
                c => out.push(c),
            }
        }
    }

    impl Node {
        pub fn new(tag: &str, svg: bool) -> Node {
            Node { tag: tag.to_string(), svg, attrs: Vec::new(), children: Vec::new() }
        }

        /// Like `setAttribute`: a second value replaces the first, in its place.
        pub fn set_attr(&mut self, name: &str, value: &str) {
            match self.attrs.iter_mut().find(|(n, _)| n == name) {
                Some(a) => a.1 = value.to_string(),
                None => self.attrs.push((name.to_string(), value.to_string())),
            }
        }

        pub fn write(&self, out: &mut String) {
            out.push('<');
            out.push_str(&self.tag);
            for (n, v) in &self.attrs {
                out.push(' ');
                out.push_str(n);
                out.push_str("=\"");
                escape(v, out, true);
                out.push('"');
            }
            out.push('>');
            if !self.svg && VOID.contains(&self.tag.as_str()) {
                return;
            }
            for c in &self.children {
                match c {
                    Child::El(n) => n.write(out),
                    Child::Text(t) => escape(t, out, false),
                }
            }
            out.push_str("</");
            out.push_str(&self.tag);
            out.push('>');
        }
    }
}
