//! The page bar under search results: 上一页, numbered links with gaps, 下一页. Each is a real
//! link to the same view's URL with another `page=`, so it works with back/forward and sharing.

use gongkai_core::filter::{page_links, PageInfo, PageLink, Query};
use leptos::prelude::*;

use crate::browser::href;

#[component]
pub fn Pagination(query: Query, page: PageInfo) -> impl IntoView {
    if page.count <= 1 {
        return ().into_any();
    }
    let link = move |n: usize| href(&query.with_page(n).to_path());
    let prev = (page.number > 1).then(|| link(page.number - 1));
    let next = (page.number < page.count).then(|| link(page.number + 1));
    view! {
        <nav class="pagination" aria-label="分页">
            <ul>
                {prev.map(|h| view! { <li><a class="page-step" href=h rel="prev">"上一页"</a></li> })}
                {page_links(page.number, page.count)
                    .into_iter()
                    .map(|p| match p {
                        PageLink::Gap => view! { <li class="page-gap" aria-hidden="true">"…"</li> }.into_any(),
                        PageLink::Page(n) if n == page.number => {
                            view! { <li><a href=link(n) aria-current="page" aria-label=format!("第 {n} 页，当前页")>{n}</a></li> }.into_any()
                        }
                        PageLink::Page(n) => {
                            view! { <li><a href=link(n) aria-label=format!("第 {n} 页")>{n}</a></li> }.into_any()
                        }
                    })
                    .collect_view()}
                {next.map(|h| view! { <li><a class="page-step" href=h rel="next">"下一页"</a></li> })}
            </ul>
            <p class="page-count">{format!("第 {} 页，共 {} 页", page.number, page.count)}</p>
        </nav>
    }
    .into_any()
}
