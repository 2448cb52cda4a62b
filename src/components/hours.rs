//! 办公时间 and 现在是否办公 for a hall or a village station, from `gongkai_core::hours`,
//! using the browser's clock read in Beijing time.

use gongkai_core::hours::{describe, open_now, LocalMoment};
use gongkai_core::model::OpeningHours;

use crate::browser;
use crate::dom::{el, tx, El};

pub fn hours(hours: &OpeningHours) -> El {
    // Without a clock (a page prerendered at publish time) the line says where to look instead.
    let (class, words) = match browser::now_millis() {
        Some(ms) => {
            let now = open_now(hours, LocalMoment::from_unix_millis(ms));
            (if now.is_open() { "open-now is-open" } else { "open-now is-closed" }, now.words())
        }
        None => ("open-now", "现在是否办公：请看下面的办公时间".to_string()),
    };
    el("div")
        .class("hours")
        .push(el("p").class(class).push(el("span").class("open-dot").attr("aria-hidden", "true")).text(&words))
        .push(el("ul").class("hours-lines").extend(describe(hours).iter().map(|l| tx("li", "", l))))
}
