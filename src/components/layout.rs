//! The frame around every page: skip link, header with the township's name, navigation and the
//! 长辈版 switch, the `<main>` landmark, and the footer with the data version.
//!
//! On every route change (not on first load, so Tab still reaches the skip link first) focus
//! moves to the new page's `<h1>`, so screen-reader and keyboard users land on the new content.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::api::{use_feed, FeedState};
use crate::browser::{self, href};
use crate::components::mode_switch::ModeSwitch;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let store = use_feed();
    let location = use_location();
    let pathname = location.pathname;

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

    let township = move || match store.state.get() {
        FeedState::Ready(l) => l.feed.publisher.township.clone(),
        _ => String::new(),
    };
    let nav_current = move |p: &'static str| {
        move || {
            let here = pathname.get();
            let base = href("");
            let here = here.strip_prefix(base.as_str()).unwrap_or(&here).to_string();
            let active = if p == "/" { here == "/" || here.is_empty() } else { here.starts_with(p) };
            active.then_some("page")
        }
    };

    view! {
        <a class="skip-link" href=move || format!("{}#main", pathname.get()) on:click=|ev| {
            ev.prevent_default();
            browser::focus_element("main");
        }>"跳到正文"</a>
        <header class="site-header">
            <div class="wrap header-inner">
                <a class="site-name" href=href("/")>
                    <span class="site-emblem" aria-hidden="true">"公"</span>
                    <span>{township}"政务公开"</span>
                </a>
                <ModeSwitch/>
            </div>
            <nav class="site-nav" aria-label="网站导航">
                <ul class="wrap">
                    <li><a href=href("/") aria-current=nav_current("/")>"首页"</a></li>
                    <li><a href=href("/search") aria-current=nav_current("/search")>"查找"</a></li>
                    <li><a href=href("/about") aria-current=nav_current("/about")>"关于本站"</a></li>
                </ul>
            </nav>
        </header>
        <main id="main" class="wrap" tabindex="-1">{children()}</main>
        <Footer/>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let store = use_feed();
    view! {
        <footer class="site-footer">
            <div class="wrap">
                {move || match store.state.get() {
                    FeedState::Ready(l) => {
                        let p = &l.feed.publisher;
                        let phone = p.phone.clone();
                        view! {
                            <p><strong>{p.name.clone()}</strong>" · "{p.county.clone()}</p>
                            {p.address.clone().map(|a| view! { <p>"地址："{a}</p> })}
                            {phone.map(|ph| view! { <p>"政务公开咨询电话：" <a href=browser::tel_href(&ph)>{ph.clone()}</a></p> })}
                            <p class="data-version">{crate::components::feed_view::version_line(&l.feed)}</p>
                        }
                            .into_any()
                    }
                    _ => view! { <p>"政务公开"</p> }.into_any(),
                }}
                <p><a href=href("/about")>"关于本站和数据下载"</a></p>
            </div>
        </footer>
    }
}
