//! Page tools: 复制链接, 打印, 朗读 (read aloud only where the browser can).

use std::cell::Cell;
use std::rc::Rc;

use crate::browser;
use crate::dom::{el, tx, El};

/// One set of tools per page: its status line and 朗读 button are found by id when clicked (the
/// builder keeps no element handles, so the same code also writes prerendered markup).
const STATUS_ID: &str = "tool-status";
const READ_ID: &str = "tool-read";

fn set_text(id: &str, text: &str) {
    if let Some(e) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
        e.set_text_content(Some(text));
    }
}

/// `print_label`: e.g. 打印一次性告知单. `read_selector`: the elements whose text 朗读 reads.
pub fn page_tools(print_label: &str, read_selector: &'static str) -> El {
    let status = tx("p", "tool-status", "").attr("role", "status").id(STATUS_ID);
    let copy = tx("button", "button button-secondary", "复制链接").attr("type", "button").on("click", move |_| {
        let url = browser::full_address();
        wasm_bindgen_futures::spawn_local(async move {
            match browser::copy_text(&url).await {
                Ok(()) => set_text(STATUS_ID, "链接已复制，可以粘贴到微信或短信里发给别人。"),
                Err(()) => set_text(STATUS_ID, &format!("没能自动复制，请长按或选中这个地址复制：{url}")),
            }
        });
    });
    let print = tx("button", "button button-secondary", print_label).attr("type", "button").on("click", |_| browser::print());
    let mut bar = el("div").class("page-tools no-print").push(copy).push(print);
    if browser::can_speak() {
        let speaking = Rc::new(Cell::new(false));
        let read = tx("button", "button button-secondary", "朗读").attr("type", "button").id(READ_ID);
        let read = read.on("click", move |_| {
            if speaking.get() {
                browser::stop_speaking();
                speaking.set(false);
                set_text(READ_ID, "朗读");
                return;
            }
            let text = browser::text_of(read_selector);
            let flag = speaking.clone();
            let started = browser::speak(&text, move || {
                flag.set(false);
                set_text(READ_ID, "朗读");
            });
            speaking.set(started);
            if started {
                set_text(READ_ID, "停止朗读");
            } else {
                set_text(STATUS_ID, "这个浏览器不能朗读。");
            }
        });
        bar = bar.push(read);
    }
    bar.push(status)
}
