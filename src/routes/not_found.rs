//! Pages that do not exist: say so plainly and offer the search box and the way home. Used for
//! unknown paths and for ids that are not (or no longer) in the feed.

use gongkai_core::filter::Query;
use std::rc::Rc;

use leptos::prelude::*;

use crate::browser::{self, href};
use crate::components::island::{render, Island};
use crate::components::search_box::{navigator, search_box, Navigate};
use crate::dom::{el, link, tx, El};

#[component]
pub fn NotFound() -> impl IntoView {
    let navigate = navigator();
    view! { <Island render=render(move || missing("页面", navigate.clone()))/> }
}

/// `what`: 页面, 办事指南, 公开信息 …
pub fn missing(what: &str, navigate: Navigate) -> El {
    browser::set_title(&format!("找不到这个{what} - 政务公开"));
    el("div")
        .class("not-found")
        .push(tx("h1", "", &format!("找不到这个{what}")).attr("tabindex", "-1"))
        .push(tx("p", "lead", "地址可能输错了，或者内容已经调整。可以搜一下，或者回到首页。"))
        .push(search_box(navigate, Rc::new(Query::new), "", None))
        .push(el("p").push(link(&href("/"), "回到首页").class("button button-secondary")))
}
