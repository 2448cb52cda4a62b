//! 办公时间 and 现在是否办公 for a hall or a village station, from `gongkai_core::hours`,
//! using the browser's clock read in Beijing time.

use gongkai_core::hours::{describe, open_now, LocalMoment};
use gongkai_core::model::OpeningHours;
use leptos::prelude::*;

use crate::browser;

#[component]
pub fn Hours(hours: OpeningHours) -> impl IntoView {
    let now = open_now(&hours, LocalMoment::from_unix_millis(browser::now_millis()));
    let lines = describe(&hours);
    view! {
        <div class="hours">
            <p class=if now.is_open() { "open-now is-open" } else { "open-now is-closed" }>
                <span class="open-dot" aria-hidden="true"></span>
                {now.words()}
            </p>
            <ul class="hours-lines">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        </div>
    }
}
