//! `/about` — where the data comes from, which version is shown, and links to the data file
//! and its JSON Schema for anyone who wants to reuse it.

use gongkai_core::Feed;
use leptos::prelude::*;

use crate::browser::{self, href, tel_href};
use crate::components::feed_view::{feed_island, version_line};
use crate::dom::{dd, dt_dd, el, external, link, tx, El};

#[component]
pub fn About() -> impl IntoView {
    feed_island(about_page)
}

/// The page (also written as `about.html` at publish time, see [`crate::prerender`]).
pub fn about_page(feed: &Feed) -> El {
    let p = &feed.publisher;
    browser::set_title(&format!("关于本站 - {}政务公开", p.township));
    let mut facts = el("dl").class("facts");
    facts = dt_dd(facts, "发布单位", dd(&p.name));
    let mut county = dd(&p.county);
    if let Some(u) = &p.county_website {
        county = county.text("（").push(external(u, "县政府网站")).text("）");
    }
    facts = dt_dd(facts, "所属县", county);
    facts = dt_dd(facts, "行政区划代码", dd(&p.division_code));
    facts = dt_dd(facts, "数据版本", dd(&version_line(feed)));
    facts = dt_dd(
        facts,
        "内容数量",
        dd(&format!(
            "服务事项 {} 项，公开信息 {} 条，服务大厅 {} 个，村（社区） {} 个",
            feed.items.len(),
            feed.records.len(),
            feed.halls.len(),
            feed.villages.len()
        )),
    );
    el("article")
        .class("about")
        .push(tx("h1", "", "关于本站").attr("tabindex", "-1"))
        .push(tx(
            "p",
            "lead",
            &format!(
                "本站公开{}的服务事项办事指南（八个公开）和政务公开信息。内容由{}发布，按《中华人民共和国政府信息公开条例》和基层政务公开标准目录整理。",
                p.township, p.name
            ),
        ))
        .push(tx("h2", "", "数据来源和版本"))
        .push(facts)
        .push(tx("h2", "", "下载数据"))
        .push(tx("p", "", "本站所有内容来自一个公开的数据文件，任何人都可以下载和再利用："))
        .push(
            el("ul")
                .class("link-list")
                .push(el("li").push(link(&href("/data/feed.json"), "政务公开数据（feed.json）").attr("rel", "external").attr("download", "feed.json")))
                .push(el("li").push(link(&href("/feed.schema.json"), "数据格式说明（feed.schema.json，JSON Schema）").attr("rel", "external"))),
        )
        .push(tx("h2", "", "使用帮助"))
        .push(
            el("ul")
                .class("plain-list")
                .push(tx("li", "", "点页面右上角的“长辈版”，字会变大、按钮更好点，再点一次恢复。"))
                .push(tx("li", "", "在办事指南页面点“打印一次性告知单”，可以打印一张纸，上面有要带的材料、步骤、电话和二维码。"))
                .push(tx("li", "", "访问过的页面，手机没有网络时也能打开。")),
        )
        .push_opt(p.phone.as_deref().map(|ph| el("p").text("有疑问请拨打政务公开咨询电话：").push(link(&tel_href(ph), ph))))
}
