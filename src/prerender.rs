//! Pages written as HTML at publish time (native only; `gongkai index --pages`).
//!
//! A resident who scans the QR code on a printed 一次性告知单, or opens a shared link, should see
//! the guide as soon as the HTML arrives, not after the app's wasm: on a slow line that is the
//! difference between about one second and two or more. So at publish time every service item's
//! page is drawn by the same page builders the app uses ([`crate::dom`] writes markup natively),
//! put into the app's own index.html in place of the "正在打开…" text, and written to
//! `item/<id>.html` (records, halls and villages likewise under `record/`, `hall/`, `village/`,
//! the home page to `home.html`, the about page to `about.html`); the server answers `/item/<id>` (…, `/`) with it. When the app starts it replaces
//! that markup with the same page (so nothing moves), and everything works as before. Without
//! JavaScript, the page is still the whole guide.
//!
//! What a page cannot know when it is written is drawn neutrally: whether the hall is open now
//! (the line points to the hours), the print date (a blank), and the QR code unless the site's
//! address is given.

use gongkai_core::Feed;

use crate::api::Loaded;
use crate::browser::at_publish;
use crate::components::layout::{footer, header};
use crate::components::mode_switch::ElderMode;
use crate::dom::El;

/// The site the pages are written for.
pub struct Site {
    /// The app's built index.html (its scripts, styles and `<base href>` are kept as they are).
    pub template: String,
    /// The site's address without the base path, e.g. `https://qingxi.example.gov.cn` (for the
    /// printed QR code); `None` leaves the QR code to the app.
    pub origin: Option<String>,
}

/// Why a template cannot be used.
#[derive(Debug, PartialEq, Eq)]
pub enum TemplateError {
    /// No `<div id="boot" class="boot">…</noscript>\n  </div>` to replace.
    NoBootBlock,
    /// No `<title>…</title>`.
    NoTitle,
}

const BOOT_START: &str = "<div id=\"boot\" class=\"boot\">";
/// Inside the boot block: the old-browser notice and the `<noscript>` one, kept in a shell.
const BOOT_NOTICES: &str = "<div class=\"boot-old\" id=\"boot-old\" hidden>";

/// A page with its own content, or the frame of a page only the app can fill (search results).
#[derive(Clone, Copy)]
enum Kind {
    Page,
    Shell,
}
const BOOT_END: &str = "</noscript>\n  </div>";

/// The base path of a built index.html: `<base href="/qingxi/">` → `/qingxi`.
pub fn base_of(template: &str) -> String {
    let Some(at) = template.find("<base href=\"") else { return String::new() };
    let rest = &template[at + 12..];
    rest[..rest.find('"').unwrap_or(0)].trim_end_matches('/').to_string()
}

/// Checks a template before any page is written.
pub fn check_template(template: &str) -> Result<(), TemplateError> {
    let start = template.find(BOOT_START).ok_or(TemplateError::NoBootBlock)?;
    template[start..].find(BOOT_END).ok_or(TemplateError::NoBootBlock)?;
    template[start..].find(BOOT_NOTICES).ok_or(TemplateError::NoBootBlock)?;
    template.find("<title>").and(template.find("</title>")).ok_or(TemplateError::NoTitle)?;
    Ok(())
}

/// The page is readable without the app, so the app's code should not take the line's bandwidth
/// before the page has painted: trunk's `<link rel="modulepreload">` and wasm `<link rel="preload">`
/// are left out (the module script still loads both right after the page is parsed).
fn without_app_preloads(head: &str) -> String {
    let mut out = String::with_capacity(head.len());
    let mut rest = head;
    while let Some(at) = rest.find("<link ") {
        let Some(len) = rest[at..].find('>') else { break };
        let tag = &rest[at..at + len + 1];
        out.push_str(&rest[..at]);
        let app = tag.contains("rel=\"modulepreload\"") || (tag.contains("rel=\"preload\"") && tag.contains("application/wasm"));
        if !app {
            out.push_str(tag);
        }
        rest = &rest[at + len + 1..];
    }
    out.push_str(rest);
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Writes pages of one feed.
pub struct Pages {
    loaded: Loaded,
    site: Site,
    base: String,
    mode: ElderMode,
}

impl Pages {
    pub fn new(feed: Feed, site: Site) -> Result<Pages, TemplateError> {
        check_template(&site.template)?;
        let base = base_of(&site.template);
        Ok(Pages { loaded: Loaded::new(feed), site, base, mode: ElderMode::off() })
    }

    pub fn feed(&self) -> &Feed {
        &self.loaded.feed
    }

    /// `item/<id>.html` for the item at `index` of the feed.
    pub fn item(&self, index: usize) -> Option<String> {
        let item = self.loaded.feed.items.get(index)?;
        let path = format!("/item/{}", item.id);
        self.page(&path, || crate::routes::item::item_page(&self.loaded, index))
    }

    /// `home.html`: the home page (served for `/` only; index.html stays the app for every other
    /// address).
    pub fn home(&self) -> Option<String> {
        let navigate = crate::components::search_box::navigator();
        self.page("/", || crate::routes::home::home_page(&self.loaded, navigate))
    }

    /// `about.html`: where the data comes from and which version it is (served for `/about`).
    pub fn about(&self) -> Option<String> {
        self.page("/about", || crate::routes::about::about_page(&self.loaded.feed))
    }

    /// `search.html`: the results page's frame (header, heading, search box, footer) for `/search`,
    /// shown while the app loads. Unlike the other pages it has no content of its own: the app
    /// is what finds the results, so the app's preloads stay, the whole feed is still asked for at
    /// once, and if the app cannot start, index.html's notice replaces the frame's content.
    pub fn search(&self) -> Option<String> {
        self.write("/search", Kind::Shell, || {
            use crate::components::search_box::{navigator, search_box};
            crate::browser::set_title(&format!("{} - {}政务公开", crate::routes::search::BROWSE_HEADING, self.loaded.feed.publisher.township));
            let base: crate::components::search_box::Base = std::rc::Rc::new(gongkai_core::filter::Query::default);
            crate::dom::el("div")
                .class("search-shell")
                .push(crate::dom::tx("h1", "", crate::routes::search::BROWSE_HEADING).attr("tabindex", "-1"))
                .push(search_box(navigator(), base, "", None))
                .push(crate::dom::tx("p", "result-count", "正在查找，请稍候……").attr("role", "status"))
        })
    }

    /// `record/<id>.html` for the record at `index` of the feed.
    pub fn record(&self, index: usize) -> Option<String> {
        let record = self.loaded.feed.records.get(index)?;
        let path = format!("/record/{}", record.id);
        self.page(&path, || crate::routes::record::record_page(&self.loaded.feed, index))
    }

    /// `hall/<id>.html`, `None` for an unknown hall.
    pub fn hall(&self, id: &str) -> Option<String> {
        self.loaded.feed.hall(id)?;
        self.page(&format!("/hall/{id}"), || crate::routes::hall::hall_page(&self.loaded.feed, id))
    }

    /// `village/<id>.html`, `None` for an unknown village.
    pub fn village(&self, id: &str) -> Option<String> {
        self.loaded.feed.village(id)?;
        self.page(&format!("/village/{id}"), || crate::routes::village::village_page(&self.loaded.feed, id))
    }

    /// The page at `path` (below the base path) around `content`, in the template.
    fn page(&self, path: &str, content: impl FnOnce() -> El) -> Option<String> {
        self.write(path, Kind::Page, content)
    }

    fn write(&self, path: &str, kind: Kind, content: impl FnOnce() -> El) -> Option<String> {
        let feed = &self.loaded.feed;
        at_publish::BASE.with(|b| *b.borrow_mut() = self.base.clone());
        let address = format!("{}{}{path}", self.site.origin.as_deref().unwrap_or(""), self.base);
        at_publish::PAGE.with(|p| *p.borrow_mut() = address);
        at_publish::TITLE.with(|t| t.borrow_mut().clear());
        // The content first: it sets the title.
        let content = content().to_html();
        let title = at_publish::TITLE.with(|t| t.borrow().clone());
        let top = leptos::prelude::untrack(|| header(path, &feed.publisher.township, self.mode)).to_html();
        let bottom = footer(feed).to_html();
        let t = &self.site.template;
        let start = t.find(BOOT_START)?;
        let end = start + t[start..].find(BOOT_END)? + BOOT_END.len();
        // The same elements the app mounts (see `Layout` and `Island`), inside #boot, which the
        // app removes when it has drawn the page again (the boot script shows no notice over a
        // page; over a shell, its notice replaces the shell's content).
        let (attr, inner) = match kind {
            Kind::Page => ("", format!("<div class=\"\">{content}</div>")),
            Kind::Shell => {
                let notices = &t[start + t[start..].find(BOOT_NOTICES)?..end - "\n  </div>".len()];
                ("shell", format!("<div id=\"boot-loading\">{content}</div>{notices}"))
            }
        };
        let body = format!(
            "<div id=\"boot\" data-prerendered=\"{attr}\">\
             <div class=\"\">{top}</div><main class=\"wrap\" id=\"main\" tabindex=\"-1\">{inner}</main>\
             <footer class=\"site-footer\"><div class=\"\">{bottom}</div></footer></div>"
        );
        let (ts, te) = (t.find("<title>")? + 7, t.find("</title>")?);
        let title = if title.is_empty() { t[ts..te].to_string() } else { escape(&title) };
        let head = match kind {
            // Marks the page as written for the script in <head> (which comes after it): no
            // preload of the whole feed before the page has painted.
            Kind::Page => without_app_preloads(&t[te..start]).replacen("</title>", "</title>\n  <meta name=\"gongkai-page\" content=\"written\">", 1),
            Kind::Shell => t[te..start].to_string(),
        };
        Some(format!("{}{}{}{}{}", &t[..ts], title, head, body, &t[end..]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = include_str!("../public/data/feed.json");
    const TEMPLATE: &str = include_str!("../index.html");

    fn pages(feed: Feed, origin: Option<&str>) -> Pages {
        // The source index.html has trunk's `<base data-trunk-public-url>`; the built one a real href.
        let template = TEMPLATE.replace("<base data-trunk-public-url>", "<base href=\"/qingxi/\">");
        Pages::new(feed, Site { template, origin: origin.map(String::from) }).expect("the app's index.html is a template")
    }

    fn sample() -> Feed {
        gongkai_core::read::read_feed(SAMPLE).unwrap()
    }

    #[test]
    fn an_item_page_holds_the_whole_guide_in_the_app_page() {
        let p = pages(sample(), None);
        let item = &p.feed().items[0];
        let html = p.item(0).unwrap();
        assert!(html.contains(&format!("<title>{} - {}政务公开</title>", item.name, p.feed().publisher.township)), "title");
        assert!(html.contains(&format!("<h1 tabindex=\"-1\">{}</h1>", item.name)));
        for anchor in ["zhuti", "yiju", "tiaojian", "chengxu", "shixian", "jieguo", "shoufei-yiju", "shoufei-biaozhun"] {
            assert!(html.contains(&format!("id=\"{anchor}\"")), "{anchor}");
        }
        // In the template: scripts and styles kept, the loading text and noscript notice gone.
        assert!(html.contains("<main class=\"wrap\" id=\"main\" tabindex=\"-1\">"));
        assert!(html.contains("data-trunk rel=\"rust\""), "the template's own tags stay");
        let marker = html.find("<meta name=\"gongkai-page\" content=\"written\">").expect("marked as written");
        assert!(marker < html.find("<script").unwrap(), "before the head script that reads it");
        assert!(!html.contains("正在打开政务公开页面") && !html.contains("<noscript>"));
        // Links carry the base path; nothing claims the time.
        assert!(html.contains("href=\"/qingxi/item/") || html.contains("href=\"/qingxi/record/") || html.contains("href=\"/qingxi/about\""));
        assert!(html.contains("现在是否办公：请看下面的办公时间"));
        assert!(!html.contains("class=\"qr\""), "no QR code without the site's address");
        let with_site = pages(sample(), Some("https://qingxi.example.gov.cn")).item(0).unwrap();
        assert!(with_site.contains("class=\"qr\""), "a QR code of the live address");
    }

    #[test]
    fn a_record_page_holds_its_tables_and_its_validity() {
        let p = pages(sample(), None);
        let feed = p.feed();
        let (i, r) = feed.records.iter().enumerate().find(|(_, r)| !r.tables.is_empty()).unwrap();
        let html = p.record(i).unwrap();
        assert!(html.contains(&format!("<h1 tabindex=\"-1\">{}</h1>", r.title.replace('&', "&amp;"))));
        assert_eq!(html.matches("<table").count(), r.tables.len());
        let (i, _) = feed.records.iter().enumerate().find(|(_, r)| r.validity.as_ref().is_some_and(|v| v.replaced_by.is_some())).unwrap();
        assert!(p.record(i).unwrap().contains("本文件已废止"));
    }

    #[test]
    fn the_home_page_holds_its_ways_in_and_the_data_version() {
        let p = pages(sample(), None);
        let feed = p.feed();
        let html = p.home().unwrap();
        assert!(html.contains(&format!("{}政务公开</h1>", feed.publisher.township)));
        assert!(html.contains(&format!("第 {} 版", feed.version)));
        for h in &feed.halls {
            assert!(html.contains(&format!("href=\"/qingxi/hall/{}\"", h.id)), "{}", h.id);
        }
        assert!(html.contains("id=\"search-input\""), "the search box (a plain GET form without the app)");
    }

    #[test]
    fn the_about_page_holds_the_data_version_and_the_download_links() {
        let p = pages(sample(), None);
        let feed = p.feed();
        let html = p.about().unwrap();
        assert!(html.contains(&format!("<title>关于本站 - {}政务公开</title>", feed.publisher.township)));
        assert!(html.contains("<h1 tabindex=\"-1\">关于本站</h1>"));
        assert!(html.contains(&format!("第 {} 版", feed.version)));
        assert!(html.contains(&format!("服务事项 {} 项，公开信息 {} 条", feed.items.len(), feed.records.len())));
        assert!(html.contains("href=\"/qingxi/data/feed.json\"") && html.contains("href=\"/qingxi/feed.schema.json\""));
    }

    #[test]
    fn the_results_page_frame_keeps_the_app_preloads_and_the_notices() {
        let p = pages(sample(), None);
        let html = p.search().unwrap();
        assert!(html.contains("<div id=\"boot\" data-prerendered=\"shell\">"));
        assert!(html.contains("<h1 tabindex=\"-1\">查找办事指南和公开信息</h1>") && html.contains("id=\"search-input\""));
        assert!(html.contains("<div id=\"boot-loading\">"), "the part the old-browser notice replaces");
        assert!(html.contains("id=\"boot-old\" hidden") && html.contains("<noscript>"), "the notices stay");
        assert!(!html.contains("<meta name=\"gongkai-page\""), "not marked as written: the whole feed is asked for at once");
        assert!(html.contains("data-trunk rel=\"rust\""));
        assert!(html.contains(&format!("<title>查找办事指南和公开信息 - {}政务公开</title>", p.feed().publisher.township)));
    }

    #[test]
    fn feed_text_is_text_never_markup() {
        let mut feed = sample();
        feed.items[0].name = "低保<script>alert(1)</script>&\"x\"".into();
        feed.items[0].summary = "<img src=x onerror=alert(1)>".into();
        let html = pages(feed, None).item(0).unwrap();
        assert!(!html.contains("<script>alert") && !html.contains("<img src=x"));
        assert!(html.contains("低保&lt;script&gt;alert(1)&lt;/script&gt;&amp;\"x\""));
        assert!(html.contains("<title>低保&lt;script&gt;"), "the title is escaped too");
    }

    #[test]
    fn a_template_without_the_boot_block_is_refused() {
        assert_eq!(check_template("<html><title>x</title><body></body></html>"), Err(TemplateError::NoBootBlock));
        assert_eq!(base_of("<base href=\"/\">"), "");
        assert_eq!(base_of("<base href=\"/qingxi/\">"), "/qingxi");
    }
}
