//! The page bar under search results: 上一页, numbered links with gaps, 下一页. Each is a real
//! link to the same view's URL with another `page=`, so it works with back/forward and sharing.

use gongkai_core::filter::{page_links, PageInfo, PageLink, Query};

use crate::browser::href;
use crate::dom::{el, link, tx, El};

pub fn pagination(query: &Query, page: PageInfo) -> Option<El> {
    if page.count <= 1 {
        return None;
    }
    let to = |n: usize| href(&query.with_page(n).to_path());
    let mut ul = el("ul");
    if page.number > 1 {
        ul = ul.push(el("li").push(link(&to(page.number - 1), "上一页").class("page-step").attr("rel", "prev")));
    }
    for p in page_links(page.number, page.count) {
        ul = ul.push(match p {
            PageLink::Gap => tx("li", "page-gap", "…").attr("aria-hidden", "true"),
            PageLink::Page(n) if n == page.number => el("li").push(
                link(&to(n), &n.to_string()).attr("aria-current", "page").attr("aria-label", &format!("第 {n} 页，当前页")),
            ),
            PageLink::Page(n) => el("li").push(link(&to(n), &n.to_string()).attr("aria-label", &format!("第 {n} 页"))),
        });
    }
    if page.number < page.count {
        ul = ul.push(el("li").push(link(&to(page.number + 1), "下一页").class("page-step").attr("rel", "next")));
    }
    Some(
        el("nav")
            .class("pagination")
            .attr("aria-label", "分页")
            .push(ul)
            .push(tx("p", "page-count", &format!("第 {} 页，共 {} 页", page.number, page.count))),
    )
}
