//! `/item/:id` — a service item's 办事指南: the 八个公开 in fixed order, each a section with an
//! anchor, nothing folded away; what to bring as a checklist; steps numbered; time limits and
//! fees in plain words; where, when (and whether it is open now), whom to call. Printing gives
//! a one-page 一次性告知单 with a QR code of this page.

use std::sync::Arc;

use gongkai_core::guide::{fee_headline, step_time_words, time_limit_words, visits_words, Completeness, Disclosure, FeeHeadline};
use gongkai_core::hours::LocalMoment;
use gongkai_core::model::{BodyNature, LegalBasis, OnlineLevel, ServiceItem};
use gongkai_core::Feed;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::Loaded;
use crate::browser::{self, href, tel_href};
use crate::components::feed_view::with_feed;
use crate::components::hours::Hours;
use crate::components::qr_code::QrSvg;
use crate::components::tools::PageTools;
use crate::routes::not_found::Missing;

#[component]
pub fn ItemPage() -> impl IntoView {
    let params = use_params_map();
    with_feed(move |loaded| {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        match loaded.feed.items.iter().position(|i| i.id == id) {
            Some(index) => view! { <ItemView loaded index/> }.into_any(),
            None => view! { <Missing what="办事指南"/> }.into_any(),
        }
    })
}

/// 《社会救助暂行办法》（国务院令第649号）第九条
fn basis_line(b: &LegalBasis) -> String {
    let mut s = format!("《{}》", b.title);
    if let Some(n) = &b.doc_number {
        s.push_str(&format!("（{n}）"));
    }
    if let Some(a) = &b.article {
        s.push_str(a);
    }
    s
}

#[component]
fn BasisList(basis: Vec<LegalBasis>) -> impl IntoView {
    view! {
        <ol class="basis-list">
            {basis
                .into_iter()
                .map(|b| {
                    let line = basis_line(&b);
                    view! {
                        <li>
                            <span class="tag">{b.level.as_str()}</span>
                            " " {line}
                            {b.url.map(|u| view! { " " <a href=u.as_str().to_string() rel="noopener" target="_blank">"查看原文" <span class="visually-hidden">"（在新窗口打开）"</span></a> })}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

/// One of the eight sections: numbered heading with an anchor, then its content.
#[component]
fn Section(d: Disclosure, children: Children) -> impl IntoView {
    let heading_id = format!("{}-title", d.anchor());
    let labelled_by = heading_id.clone();
    view! {
        <section id=d.anchor() class="disclosure" aria-labelledby=labelled_by>
            <h2 id=heading_id>{d.numeral()} "、" {d.title()}</h2>
            {children()}
        </section>
    }
}

fn today_words() -> String {
    let now = LocalMoment::from_unix_millis(browser::now_millis());
    format!("{} 年 {} 月 {} 日", now.date.year, now.date.month, now.date.day)
}

#[component]
fn ItemView(loaded: Arc<Loaded>, index: usize) -> impl IntoView {
    let feed: &Feed = &loaded.feed;
    let Some(item) = feed.items.get(index).cloned() else { return ().into_any() };
    let township = feed.publisher.township.clone();
    browser::set_title(&format!("{} - {township}政务公开", item.name));
    let hall = feed.hall(&item.hall).cloned();
    let hours = item.service.hours.clone().or_else(|| hall.as_ref().map(|h| h.hours.clone()));
    let completeness = Completeness::of(&item);
    let fee = fee_headline(&item.fee);
    let related: Vec<(String, String)> = feed
        .records
        .iter()
        .filter(|r| r.related_items.iter().any(|i| *i == item.id))
        .map(|r| (href(&format!("/record/{}", r.id)), r.title.clone()))
        .collect();
    let events: Vec<String> = feed.life_events.iter().filter(|e| e.items.contains(&item.id)).map(|e| format!("我要{}", e.name)).collect();
    let topic = feed.topic(&item.topic).map(|t| t.name.clone());
    let here = browser::page_address();

    let toc = Disclosure::ALL
        .into_iter()
        .map(|d| {
            let published = completeness.published.contains(&d);
            let to = format!("{}#{}", browser::page_address(), d.anchor());
            view! {
                <li class=if published { "toc-yes" } else { "toc-no" }>
                    <a href=to on:click=move |ev| { ev.prevent_default(); browser::focus_element(d.anchor()); }>
                        {d.numeral()} "、" {d.title()}
                    </a>
                    <span class="toc-state">{if published { "（已公开）" } else { "（未公开）" }}</span>
                </li>
            }
        })
        .collect_view();

    let s = &item.subject;
    let nature_line = match (s.nature, &s.entrusted_by) {
        (BodyNature::Entrusted, Some(by)) => format!("{}（受{}委托）", s.nature.as_str(), by),
        _ => s.nature.as_str().to_string(),
    };
    let fee_is_free = matches!(fee, FeeHeadline::Free);
    let c = &item.conditions;
    let p = &item.procedure;
    let online = p.online;

    // Section contents are built here, eagerly, so the sections own them.
    let subject_view = view! {
        <dl class="facts">
            <dt>"实施主体"</dt><dd>{s.body.clone()}</dd>
            <dt>"主体性质"</dt><dd>{nature_line}</dd>
            <dt>"承办窗口"</dt><dd>{s.window.clone()}</dd>
            <dt>"窗口电话"</dt><dd><a href=tel_href(&s.phone)>{s.phone.clone()}</a></dd>
            {item.devolved.clone().map(|d| view! {
                <dt>"权力来源"</dt>
                <dd>{format!("由{}以{}方式下放到本镇办理（{}，{} 起）", d.department, d.mode.as_str(), d.document, d.date)}</dd>
            })}
        </dl>
    };
    let conditions_view = view! {
        <h3>"受理条件"</h3>
        <ul class="plain-list">{c.requirements.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view()}</ul>
        <h3 id="materials-title">"申请材料（可以对照打勾）"</h3>
        <ul class="checklist" aria-labelledby="materials-title">
            {c.materials.iter().enumerate().map(|(n, m)| {
                let id = format!("material-{n}");
                let for_id = id.clone();
                let how = format!("{}，{} 份{}", m.form.as_str(), m.copies, if m.required { "" } else { "，视情况提供" });
                view! {
                    <li>
                        <input type="checkbox" id=id/>
                        <label for=for_id>
                            <span class="material-name">{m.name.clone()}</span>
                            <span class="material-how">{how}</span>
                        </label>
                        {m.note.clone().map(|note| view! { <p class="material-note">{note}</p> })}
                        {m.sample_url.clone().map(|u| view! { <p class="material-note"><a href=u.as_str().to_string() rel="noopener" target="_blank">"空白表格或样表" <span class="visually-hidden">"（在新窗口打开）"</span></a></p> })}
                    </li>
                }
            }).collect_view()}
        </ul>
    };
    let procedure_view = view! {
        <p class="visits">{visits_words(p.visits)} "；" {online.as_str()}
            {p.online_url.clone().filter(|_| online != OnlineLevel::Offline).map(|u| view! { "，" <a href=u.as_str().to_string() rel="noopener" target="_blank">"去网上办理" <span class="visually-hidden">"（在新窗口打开）"</span></a> })}
        </p>
        <ol class="steps">
            {p.steps.iter().map(|st| view! {
                <li>
                    <h3 class="step-name">{st.name.clone()}</h3>
                    <p>{st.description.clone()}</p>
                    <p class="step-time">"时间：" {step_time_words(st)}</p>
                </li>
            }).collect_view()}
        </ol>
    };
    let time_view = view! {
        <p class="big-fact">{time_limit_words(&item.time_limit)}</p>
        {item.time_limit.note.clone().map(|n| view! { <p>"说明：" {n}</p> })}
    };
    let outcome_view = view! {
        <p><strong>{item.result.name.clone()}</strong> "（" {item.result.kind.as_str()} "）"</p>
        {item.result.note.clone().map(|n| view! { <p>{n}</p> })}
        {item.result.sample_url.clone().map(|u| view! { <p><a href=u.as_str().to_string() rel="noopener" target="_blank">"结果样本" <span class="visually-hidden">"（在新窗口打开）"</span></a></p> })}
    };
    let fee_note = item.fee.note.clone();
    let fee_basis_view = if item.fee.charged {
        view! { <BasisList basis=item.fee.basis.clone()/> {fee_note.map(|n| view! { <p>{n}</p> })} }.into_any()
    } else {
        view! {
            <p>"本事项不收费。"</p>
            {(!item.fee.basis.is_empty()).then(|| view! { <BasisList basis=item.fee.basis.clone()/> })}
            {fee_note.map(|n| view! { <p>{n}</p> })}
        }
        .into_any()
    };
    let fee_standard_view = match fee {
        FeeHeadline::Free => view! { <p class="free-badge">"免费"</p> }.into_any(),
        FeeHeadline::Charged(_) => view! { <FeeTable item=item.clone()/> }.into_any(),
    };
    let where_view = view! {
        <section id="didian" class="disclosure where" aria-labelledby="didian-title">
            <h2 id="didian-title">"办理地点、时间和电话"</h2>
            <dl class="facts">
                <dt>"办理地点"</dt><dd>{item.service.address.clone()}
                    {hall.clone().map(|h| view! { "（" <a href=href(&format!("/hall/{}", h.id))>{h.name.clone()}</a> "）" })}
                </dd>
                <dt>"办理时间"</dt><dd>{hours.clone().map(|h| view! { <Hours hours=h/> })}</dd>
                <dt>"咨询电话"</dt><dd><a class="phone" href=tel_href(&item.service.consult_phone)>{item.service.consult_phone.clone()}</a></dd>
                <dt>"监督投诉电话"</dt><dd><a class="phone" href=tel_href(&item.service.complaint_phone)>{item.service.complaint_phone.clone()}</a></dd>
            </dl>
        </section>
    };
    let related_view = (!related.is_empty() || !events.is_empty()).then(|| view! {
        <section class="disclosure related" aria-labelledby="related-title">
            <h2 id="related-title">"相关信息"</h2>
            {(!events.is_empty()).then(|| view! { <p>"属于：" {events.join("、")}</p> })}
            <ul class="link-list">
                {related.into_iter().map(|(to, title)| view! { <li><a href=to>{title}</a></li> }).collect_view()}
            </ul>
        </section>
    });
    let head_view = view! {
        <p class="eyebrow">"办事指南 · " {item.kind.as_str()} {topic.map(|t| format!(" · {t}"))}</p>
        <h1 tabindex="-1">{item.name.clone()}</h1>
        <p class="lead">{item.summary.clone()}</p>
        <ul class="key-facts" aria-label="要点">
            <li><span class="fact-label">"办理时限"</span><span class="fact-value">{gongkai_core::guide::promised_short(&item.time_limit)}</span></li>
            <li><span class="fact-label">"费用"</span><span class=if fee_is_free { "fact-value free" } else { "fact-value" }>{if fee_is_free { "免费" } else { "收费" }}</span></li>
            <li><span class="fact-label">"跑几次"</span><span class="fact-value">{visits_words(p.visits)}</span></li>
            <li><span class="fact-label">"网上办理"</span><span class="fact-value">{online.as_str()}</span></li>
        </ul>
        <p class=if completeness.is_complete() { "completeness complete" } else { "completeness incomplete" }>
            {completeness.words()}
        </p>
    };
    let updated = format!("信息更新日期：{} · 事项编码：{}", item.updated, item.code);
    let basis = item.basis.clone();
    let hall_name = hall.map(|h| h.name);

    view! {
        <article class="guide" id="guide">
            {head_view}
            <PageTools print_label="打印一次性告知单" read_selector="#guide h1, #guide .lead, #guide .disclosure"/>
            <div class="screen-guide">
                <nav class="toc no-print" aria-label="八个公开目录">
                    <ol>{toc}</ol>
                </nav>
                <Section d=Disclosure::Subject>{subject_view}</Section>
                <Section d=Disclosure::Basis><BasisList basis/></Section>
                <Section d=Disclosure::Conditions>{conditions_view}</Section>
                <Section d=Disclosure::Procedure>{procedure_view}</Section>
                <Section d=Disclosure::TimeLimit>{time_view}</Section>
                <Section d=Disclosure::Outcome>{outcome_view}</Section>
                <Section d=Disclosure::FeeBasis>{fee_basis_view}</Section>
                <Section d=Disclosure::FeeStandard>{fee_standard_view}</Section>
                {where_view}
                {related_view}
                <p class="updated">{updated}</p>
            </div>
            <NoticeSheet item=item township address=here hall_name hours/>
        </article>
    }
    .into_any()
}

#[component]
fn FeeTable(item: ServiceItem) -> impl IntoView {
    view! {
        <div class="table-scroll" role="region" aria-labelledby="fee-caption" tabindex="0">
            <table>
                <caption id="fee-caption">"收费标准"</caption>
                <thead><tr><th scope="col">"收费项目"</th><th scope="col">"金额"</th><th scope="col">"减免情形"</th><th scope="col">"依据"</th></tr></thead>
                <tbody>
                    {item.fee.lines.into_iter().map(|l| view! {
                        <tr>
                            <th scope="row">{l.name}</th>
                            <td class="num">{format!("{} 元/{}", l.amount, l.unit)}</td>
                            <td>{l.waiver.unwrap_or_else(|| "无".to_string())}</td>
                            <td>{l.basis}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The printed 一次性告知单: hidden on screen, the only thing on paper.
#[component]
fn NoticeSheet(item: ServiceItem, township: String, address: String, hall_name: Option<String>, hours: Option<gongkai_core::model::OpeningHours>) -> impl IntoView {
    let hours_lines = hours.as_ref().map(gongkai_core::hours::describe).unwrap_or_default();
    let fee_words = match fee_headline(&item.fee) {
        FeeHeadline::Free => "免费".to_string(),
        FeeHeadline::Charged(lines) => lines.join("；"),
    };
    view! {
        <section class="notice-sheet print-only" aria-label="一次性告知单（打印用）">
            <header class="notice-head">
                <p class="notice-org">{township.clone()} "便民服务中心"</p>
                <h2 class="notice-title">"一次性告知单"</h2>
                <p class="notice-item">{item.name.clone()}</p>
            </header>
            <div class="notice-grid">
                <div>
                    <h3>"请带齐以下材料"</h3>
                    <ul class="notice-checklist">
                        {item.conditions.materials.iter().map(|m| view! {
                            <li>
                                <span class="box" aria-hidden="true">"☐"</span>
                                {m.name.clone()} "（" {m.form.as_str()} "，" {m.copies} " 份" {if m.required { "" } else { "，视情况" }} "）"
                            </li>
                        }).collect_view()}
                    </ul>
                    <h3>"办理步骤"</h3>
                    <ol class="notice-steps">
                        {item.procedure.steps.iter().map(|s| view! { <li>{s.name.clone()} "（" {step_time_words(s)} "）"</li> }).collect_view()}
                    </ol>
                </div>
                <div>
                    <h3>"办理时限"</h3>
                    <p>{time_limit_words(&item.time_limit)}</p>
                    <h3>"费用"</h3>
                    <p>{fee_words}</p>
                    <h3>"办理地点"</h3>
                    <p>{item.service.address.clone()} {hall_name.map(|h| format!("（{h}）"))}</p>
                    <h3>"办理时间"</h3>
                    <p>{hours_lines.join("；")}</p>
                    <h3>"电话"</h3>
                    <p>"咨询：" {item.service.consult_phone.clone()} "　监督投诉：" {item.service.complaint_phone.clone()}</p>
                </div>
            </div>
            <footer class="notice-foot">
                <QrSvg data=address.clone() label="本事项网页地址的二维码"/>
                <div>
                    <p>"扫码查看最新办事指南：" <span class="notice-url">{address}</span></p>
                    <p>{township} " · 打印日期：" {today_words()}</p>
                    <p>"以上为本事项需要的全部材料和步骤（一次性告知）。如有变化，以窗口最新告知为准。"</p>
                </div>
            </footer>
        </section>
    }
}
