//! `/item/:id` — a service item's 办事指南: the 八个公开 in fixed order, each a section with an
//! anchor, nothing folded away; what to bring as a checklist; steps numbered; time limits and
//! fees in plain words; where, when (and whether it is open now), whom to call. Printing gives
//! a one-page 一次性告知单 with a QR code of this page.

use gongkai_core::guide::{fee_headline, promised_short, step_time_words, time_limit_words, visits_words, Completeness, Disclosure, FeeHeadline};
use gongkai_core::hours::{describe, LocalMoment};
use gongkai_core::model::{BodyNature, LegalBasis, OnlineLevel, OpeningHours, ServiceItem};
use gongkai_core::filter::Query;
use leptos::prelude::*;

use crate::browser::{self, href, tel_href};
use crate::api::Loaded;
use crate::components::feed_view::loaded_island;
use crate::components::hours::hours;
use crate::components::qr_code::qr_svg;
use crate::components::search_box::navigator;
use crate::components::tools::page_tools;
use crate::dom::{dd, dt_dd, el, external, link, tx, El};
use crate::routes::not_found::missing;

#[component]
pub fn ItemPage(id: String) -> impl IntoView {
    let navigate = navigator();
    loaded_island(move |loaded| {
        let feed = &loaded.feed;
        match feed.items.iter().position(|i| i.id == id) {
            Some(index) => item_page(loaded, index),
            None => missing("办事指南", navigate.clone()),
        }
    })
}

/// 《社会救助暂行办法》（国务院令第649号）第九条
pub fn basis_line(b: &LegalBasis) -> String {
    let mut s = format!("《{}》", b.title);
    if let Some(n) = &b.doc_number {
        s.push_str(&format!("（{n}）"));
    }
    if let Some(a) = &b.article {
        s.push_str(a);
    }
    s
}

fn basis_list(basis: &[LegalBasis]) -> El {
    el("ol").class("basis-list").extend(basis.iter().map(|b| {
        el("li")
            .push(tx("span", "tag", b.level.as_str()))
            .text(" ")
            .text(&basis_line(b))
            .push_opt(b.url.as_ref().map(|u| el("span").text(" ").push(external(u, "查看原文"))))
    }))
}

/// One of the eight sections: numbered heading with an anchor, then its content.
fn section(d: Disclosure, content: El) -> El {
    let heading = format!("{}-title", d.anchor());
    el("section")
        .id(d.anchor())
        .class("disclosure")
        .attr("aria-labelledby", &heading)
        .push(tx("h2", "", &format!("{}、{}", d.numeral(), d.title())).id(&heading))
        .push(content)
}

fn today_words() -> String {
    match browser::now_millis() {
        Some(ms) => {
            let now = LocalMoment::from_unix_millis(ms);
            format!("{} 年 {} 月 {} 日", now.date.year, now.date.month, now.date.day)
        }
        // Printed from a prerendered page: a blank to fill in.
        None => "　　　　年　　月　　日".to_string(),
    }
}

fn frag() -> El {
    el("div")
}

pub fn item_page(loaded: &Loaded, index: usize) -> El {
    let feed = &loaded.feed;
    let Some(item) = feed.items.get(index) else { return frag() };
    let township = &feed.publisher.township;
    browser::set_title(&format!("{} - {township}政务公开", item.name));
    let hall = feed.hall(&item.hall);
    let hours_data: Option<&OpeningHours> = item.service.hours.as_ref().or(hall.map(|h| &h.hours));
    let completeness = Completeness::of(item);
    let fee = fee_headline(&item.fee);
    let free = matches!(fee, FeeHeadline::Free);
    let p = &item.procedure;
    let topic = feed.topic(&item.topic).map(|t| format!(" · {}", t.name)).unwrap_or_default();

    let key_fact = |label: &str, value: &str, class: &str| {
        el("li").push(tx("span", "fact-label", label)).push(tx("span", class, value))
    };
    let head = [
        tx("p", "eyebrow", &format!("办事指南 · {}{topic}", item.kind.as_str())),
        tx("h1", "", &item.name).attr("tabindex", "-1"),
        tx("p", "lead", &item.summary),
        el("ul")
            .class("key-facts")
            .attr("aria-label", "要点")
            .push(key_fact("办理时限", &promised_short(&item.time_limit), "fact-value"))
            .push(key_fact("费用", if free { "免费" } else { "收费" }, if free { "fact-value free" } else { "fact-value" }))
            .push(key_fact("跑几次", &visits_words(p.visits), "fact-value"))
            .push(key_fact("网上办理", p.online.as_str(), "fact-value")),
        tx("p", if completeness.is_complete() { "completeness complete" } else { "completeness incomplete" }, &completeness.words()),
        page_tools("打印一次性告知单", "#guide h1, #guide .lead, #guide .disclosure"),
    ];

    let toc = el("nav").class("toc no-print").attr("aria-label", "八个公开目录").push(el("ol").extend(Disclosure::ALL.into_iter().map(|d| {
        let published = completeness.published.contains(&d);
        let a = link(&format!("{}#{}", browser::page_address(), d.anchor()), &format!("{}、{}", d.numeral(), d.title())).on(
            "click",
            move |ev| {
                ev.prevent_default();
                browser::focus_element(d.anchor());
            },
        );
        el("li")
            .class(if published { "toc-yes" } else { "toc-no" })
            .push(a)
            .push(tx("span", "toc-state", if published { "（已公开）" } else { "（未公开）" }))
    })));

    // 一、办理主体
    let s = &item.subject;
    let nature = match (s.nature, &s.entrusted_by) {
        (BodyNature::Entrusted, Some(by)) => format!("{}（受{}委托）", s.nature.as_str(), by),
        _ => s.nature.as_str().to_string(),
    };
    let mut subject = el("dl").class("facts");
    subject = dt_dd(subject, "实施主体", dd(&s.body));
    subject = dt_dd(subject, "主体性质", dd(&nature));
    subject = dt_dd(subject, "承办窗口", dd(&s.window));
    subject = dt_dd(subject, "窗口电话", el("dd").push(link(&tel_href(&s.phone), &s.phone).class("phone")));
    if let Some(d) = &item.devolved {
        subject = dt_dd(
            subject,
            "权力来源",
            dd(&format!("由{}以{}方式下放到本镇办理（{}，{} 起）", d.department, d.mode.as_str(), d.document, d.date)),
        );
    }

    // 三、办事条件
    let c = &item.conditions;
    let conditions = frag()
        .push(tx("h3", "", "受理条件"))
        .push(el("ul").class("plain-list").extend(c.requirements.iter().map(|r| tx("li", "", r))))
        .push(tx("h3", "", "申请材料（可以对照打勾）").id("materials-title"))
        .push(el("ul").class("checklist").attr("aria-labelledby", "materials-title").extend(c.materials.iter().enumerate().map(|(n, m)| {
            let id = format!("material-{n}");
            let how = format!("{}，{} 份{}", m.form.as_str(), m.copies, if m.required { "" } else { "，视情况提供" });
            el("li")
                .push(el("input").attr("type", "checkbox").id(&id))
                .push(el("label").attr("for", &id).push(tx("span", "material-name", &m.name)).push(tx("span", "material-how", &how)))
                .push_opt(m.note.as_deref().map(|n| tx("p", "material-note", n)))
                .push_opt(m.sample_url.as_ref().map(|u| el("p").class("material-note").push(external(u, "空白表格或样表"))))
        })));

    // 四、办理程序
    let procedure = frag()
        .push(
            el("p")
                .class("visits")
                .text(&format!("{}；{}", visits_words(p.visits), p.online.as_str()))
                .push_opt(p.online_url.as_ref().filter(|_| p.online != OnlineLevel::Offline).map(|u| el("span").text("，").push(external(u, "去网上办理")))),
        )
        .push(el("ol").class("steps").extend(p.steps.iter().map(|st| {
            el("li")
                .push(tx("h3", "step-name", &st.name))
                .push(tx("p", "", &st.description))
                .push(tx("p", "step-time", &format!("时间：{}", step_time_words(st))))
        })));

    // 五、六
    let time = frag()
        .push(tx("p", "big-fact", &time_limit_words(&item.time_limit)))
        .push_opt(item.time_limit.note.as_deref().map(|n| tx("p", "", &format!("说明：{n}"))));
    let outcome = frag()
        .push(el("p").push(tx("strong", "", &item.result.name)).text(&format!("（{}）", item.result.kind.as_str())))
        .push_opt(item.result.note.as_deref().map(|n| tx("p", "", n)))
        .push_opt(item.result.sample_url.as_ref().map(|u| el("p").push(external(u, "结果样本"))));

    // 七、八
    let fee_basis = frag()
        .push_opt((!item.fee.charged).then(|| tx("p", "", "本事项不收费。")))
        .push_opt((!item.fee.basis.is_empty()).then(|| basis_list(&item.fee.basis)))
        .push_opt(item.fee.note.as_deref().map(|n| tx("p", "", n)));
    let fee_standard = if free { tx("p", "free-badge", "免费") } else { fee_table(item) };

    // 办理地点、时间和电话
    let mut place = dd(&item.service.address);
    if let Some(h) = hall {
        place = place.text("（").push(link(&href(&format!("/hall/{}", h.id)), &h.name)).text("）");
    }
    let mut where_dl = el("dl").class("facts");
    where_dl = dt_dd(where_dl, "办理地点", place);
    where_dl = dt_dd(where_dl, "办理时间", el("dd").push_opt(hours_data.map(hours)));
    where_dl = dt_dd(where_dl, "咨询电话", el("dd").push(link(&tel_href(&item.service.consult_phone), &item.service.consult_phone).class("phone")));
    where_dl = dt_dd(where_dl, "监督投诉电话", el("dd").push(link(&tel_href(&item.service.complaint_phone), &item.service.complaint_phone).class("phone")));
    let where_section = el("section")
        .id("didian")
        .class("disclosure where")
        .attr("aria-labelledby", "didian-title")
        .push(tx("h2", "", "办理地点、时间和电话").id("didian-title"))
        .push(where_dl);

    // The same function decides what `view/item/<id>.json` holds (gongkai_core::view): the
    // newest few, and a search for the rest when there are more.
    let shown = gongkai_core::view::records_about(feed, &item.id).shown;
    let total = loaded.related_total(&item.id);
    let more = (total > shown.len()).then(|| {
        el("p")
            .text(&format!("共 {total} 条，这里列出最新的 {} 条。", shown.len()))
            .push(link(&href(&Query::new().with_text(&item.name).to_path()), &format!("搜索“{}”查看全部", item.name)))
    });
    let related: Vec<El> = shown.iter().map(|r| el("li").push(link(&href(&format!("/record/{}", r.id)), &r.title))).collect();
    let events: Vec<String> = feed.life_events.iter().filter(|e| e.items.contains(&item.id)).map(|e| format!("我要{}", e.name)).collect();
    let related_section = (!related.is_empty() || !events.is_empty()).then(|| {
        el("section")
            .class("disclosure related")
            .attr("aria-labelledby", "related-title")
            .push(tx("h2", "", "相关信息").id("related-title"))
            .push_opt((!events.is_empty()).then(|| tx("p", "", &format!("属于：{}", events.join("、")))))
            .push(el("ul").class("link-list").extend(related))
            .push_opt(more)
    });

    let screen = el("div")
        .class("screen-guide")
        .push(toc)
        .push(section(Disclosure::Subject, subject))
        .push(section(Disclosure::Basis, basis_list(&item.basis)))
        .push(section(Disclosure::Conditions, conditions))
        .push(section(Disclosure::Procedure, procedure))
        .push(section(Disclosure::TimeLimit, time))
        .push(section(Disclosure::Outcome, outcome))
        .push(section(Disclosure::FeeBasis, fee_basis))
        .push(section(Disclosure::FeeStandard, fee_standard))
        .push(where_section)
        .push_opt(related_section)
        .push(tx("p", "updated", &format!("信息更新日期：{} · 事项编码：{}", item.updated, item.code)));

    el("article")
        .class("guide")
        .id("guide")
        .extend(head)
        .push(screen)
        .push(notice_sheet(item, township, hall.map(|h| h.name.as_str()), hours_data))
}

fn fee_table(item: &ServiceItem) -> El {
    let head = el("tr").extend(["收费项目", "金额", "减免情形", "依据"].into_iter().map(|h| tx("th", "", h).attr("scope", "col")));
    let rows = item.fee.lines.iter().map(|l| {
        el("tr")
            .push(tx("th", "", &l.name).attr("scope", "row"))
            .push(tx("td", "num", &format!("{} 元/{}", l.amount, l.unit)))
            .push(tx("td", "", l.waiver.as_deref().unwrap_or("无")))
            .push(tx("td", "", &l.basis))
    });
    el("div").class("table-scroll").attr("role", "region").attr("aria-labelledby", "fee-caption").attr("tabindex", "0").push(
        el("table")
            .push(tx("caption", "", "收费标准").id("fee-caption"))
            .push(el("thead").push(head))
            .push(el("tbody").extend(rows)),
    )
}

/// The printed 一次性告知单: hidden on screen, the only thing on paper.
fn notice_sheet(item: &ServiceItem, township: &str, hall_name: Option<&str>, hours_data: Option<&OpeningHours>) -> El {
    let address = browser::page_address();
    let fee_words = match fee_headline(&item.fee) {
        FeeHeadline::Free => "免费".to_string(),
        FeeHeadline::Charged(lines) => lines.join("；"),
    };
    let place = match hall_name {
        Some(h) => format!("{}（{h}）", item.service.address),
        None => item.service.address.clone(),
    };
    let hours_words = hours_data.map(|h| describe(h).join("；")).unwrap_or_default();
    let checklist = el("ul").class("notice-checklist").extend(item.conditions.materials.iter().map(|m| {
        el("li").push(tx("span", "box", "☐").attr("aria-hidden", "true")).text(&format!(
            "{}（{}，{} 份{}）",
            m.name,
            m.form.as_str(),
            m.copies,
            if m.required { "" } else { "，视情况" }
        ))
    }));
    let steps = el("ol").class("notice-steps").extend(item.procedure.steps.iter().map(|s| tx("li", "", &format!("{}（{}）", s.name, step_time_words(s)))));
    let left = el("div").push(tx("h3", "", "请带齐以下材料")).push(checklist).push(tx("h3", "", "办理步骤")).push(steps);
    let mut right = el("div");
    for (h, v) in [
        ("办理时限", time_limit_words(&item.time_limit)),
        ("费用", fee_words),
        ("办理地点", place),
        ("办理时间", hours_words),
        ("电话", format!("咨询：{}　监督投诉：{}", item.service.consult_phone, item.service.complaint_phone)),
    ] {
        right = right.push(tx("h3", "", h)).push(tx("p", "", &v));
    }
    el("section")
        .class("notice-sheet print-only")
        .attr("aria-label", "一次性告知单（打印用）")
        .push(
            el("header")
                .class("notice-head")
                .push(tx("p", "notice-org", &format!("{township}便民服务中心")))
                .push(tx("h2", "notice-title", "一次性告知单"))
                .push(tx("p", "notice-item", &item.name)),
        )
        .push(el("div").class("notice-grid").push(left).push(right))
        .push(
            el("footer")
                .class("notice-foot")
                .push_opt(address.starts_with("http").then(|| qr_svg(&address, "本事项网页地址的二维码")).flatten())
                .push(
                    el("div")
                        .push(el("p").text("扫码查看最新办事指南：").push(tx("span", "notice-url", &address)))
                        .push(tx("p", "", &format!("{township} · 打印日期：{}", today_words())))
                        .push(tx("p", "", "以上为本事项需要的全部材料和步骤（一次性告知）。如有变化，以窗口最新告知为准。")),
                ),
        )
}
