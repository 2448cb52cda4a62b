//! `/about` — where the data comes from, which version is shown, and links to the data file
//! and its JSON Schema for anyone who wants to reuse it.

use leptos::prelude::*;

use crate::browser::{self, href};
use crate::components::feed_view::{version_line, with_feed};

#[component]
pub fn About() -> impl IntoView {
    with_feed(|loaded| {
        let feed = &loaded.feed;
        let p = &feed.publisher;
        browser::set_title(&format!("关于本站 - {}政务公开", p.township));
        view! {
            <article class="about">
                <h1 tabindex="-1">"关于本站"</h1>
                <p class="lead">{format!(
                    "本站公开{}的服务事项办事指南（八个公开）和政务公开信息。内容由{}发布，按《中华人民共和国政府信息公开条例》和基层政务公开标准目录整理。",
                    p.township, p.name
                )}</p>
                <h2>"数据来源和版本"</h2>
                <dl class="facts">
                    <dt>"发布单位"</dt><dd>{p.name.clone()}</dd>
                    <dt>"所属县"</dt><dd>{p.county.clone()}
                        {p.county_website.clone().map(|u| view! { "（" <a href=u.as_str().to_string() rel="noopener">"县政府网站"</a> "）" })}
                    </dd>
                    <dt>"行政区划代码"</dt><dd>{p.division_code.clone()}</dd>
                    <dt>"数据版本"</dt><dd>{version_line(feed)}</dd>
                    <dt>"内容数量"</dt><dd>{format!("服务事项 {} 项，公开信息 {} 条，服务大厅 {} 个，村（社区） {} 个", feed.items.len(), feed.records.len(), feed.halls.len(), feed.villages.len())}</dd>
                </dl>
                <h2>"下载数据"</h2>
                <p>"本站所有内容来自一个公开的数据文件，任何人都可以下载和再利用："</p>
                <ul class="link-list">
                    <li><a href=href("/data/feed.json") rel="external" download="feed.json">"政务公开数据（feed.json）"</a></li>
                    <li><a href=href("/feed.schema.json") rel="external">"数据格式说明（feed.schema.json，JSON Schema）"</a></li>
                </ul>
                <h2>"使用帮助"</h2>
                <ul class="plain-list">
                    <li>"点页面右上角的“长辈版”，字会变大、按钮更好点，再点一次恢复。"</li>
                    <li>"在办事指南页面点“打印一次性告知单”，可以打印一张纸，上面有要带的材料、步骤、电话和二维码。"</li>
                    <li>"访问过的页面，手机没有网络时也能打开。"</li>
                </ul>
                {p.phone.clone().map(|ph| view! { <p>"有疑问请拨打政务公开咨询电话：" <a href=browser::tel_href(&ph)>{ph.clone()}</a></p> })}
            </article>
        }
    })
}
