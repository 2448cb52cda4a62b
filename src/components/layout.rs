//! The frame around every page: skip link, header with the township's name, navigation and the
//! 长辈版 switch, the `<main>` landmark, and the footer with the data version.
//!
//! On every route change (not on first load, so Tab still reaches the skip link first) focus
//! moves to the new page's `<h1>`, so screen-reader and keyboard users land on the new content.

use leptos::prelude::*;

use crate::api::{use_feed, FeedState};
use crate::browser::{self, href, tel_href};
use crate::components::feed_view::version_line;
use crate::components::island::{render, Island};
use crate::components::mode_switch::{mode_switch, ElderMode};
use crate::dom::{el, link, tx, El};

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let store = use_feed();
    let mode = expect_context::<ElderMode>();
    let pathname = crate::router::use_location().path;

    // Focus the page heading after client-side navigation (skip the first, real page load).
    let seen_first = StoredValue::new(false);
    Effect::new(move |_| {
        let _path = pathname.get();
        if seen_first.get_value() {
            browser::focus_main_heading();
        } else {
            seen_first.set_value(true);
        }
    });

    let header = render(move || {
        let path = pathname.get();
        let township = match store.state.get() {
            FeedState::Ready(l) => l.feed.publisher.township.clone(),
            _ => String::new(),
        };
        header(&path, &township, mode)
    });
    let footer = render(move || match store.state.get() {
        FeedState::Ready(l) => footer(&l.feed),
        _ => el("div").class("wrap").push(tx("p", "", "政务公开")),
    });

    view! {
        <Island render=header/>
        <main id="main" class="wrap" tabindex="-1">{children()}</main>
        <footer class="site-footer"><Island render=footer/></footer>
    }
}

/// The footer's content: who publishes, how to reach them, the data version.
pub fn footer(feed: &gongkai_core::Feed) -> El {
    let p = &feed.publisher;
    el("div")
        .class("wrap")
        .push(el("p").push(tx("strong", "", &p.name)).text(&format!(" · {}", p.county)))
        .push_opt(p.address.as_deref().map(|a| tx("p", "", &format!("地址：{a}"))))
        .push_opt(p.phone.as_deref().map(|ph| el("p").text("政务公开咨询电话：").push(link(&tel_href(ph), ph))))
        .push(tx("p", "data-version", &version_line(feed)))
        .push(el("p").push(link(&href("/about"), "关于本站和数据下载")))
}

/// The header's content for the page at `path` (with the base path).
pub fn header(path: &str, township: &str, mode: ElderMode) -> El {
    let base = href("");
    let here = path.strip_prefix(base.as_str()).unwrap_or(path);
    let nav_link = |to: &str, text: &str| {
        let active = if to == "/" { here == "/" || here.is_empty() } else { here.starts_with(to) };
        let a = link(&href(to), text);
        el("li").push(if active { a.attr("aria-current", "page") } else { a })
    };
    let skip = link(&format!("{path}#main"), "跳到正文").class("skip-link").id("skip-link").on("click", |ev| {
        ev.prevent_default();
        browser::focus_element("main");
    });
    el("div")
        .push(skip)
        .push(
            el("header")
                .class("site-header")
                .push(
                    el("div")
                        .class("wrap header-inner")
                        .push(
                            el("a")
                                .class("site-name")
                                .attr("href", &href("/"))
                                .push(tx("span", "site-emblem", "公").attr("aria-hidden", "true"))
                                .push(tx("span", "", &format!("{township}政务公开"))),
                        )
                        .push(mode_switch(mode)),
                )
                .push(
                    el("nav").class("site-nav").attr("aria-label", "网站导航").push(
                        el("ul")
                            .class("wrap")
                            .push(nav_link("/", "首页"))
                            .push(nav_link("/search", "查找"))
                            .push(nav_link("/about", "关于本站")),
                    ),
                ),
        )
}
