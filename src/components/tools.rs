//! Page tools: 复制链接, 打印, 朗读 (read aloud only where the browser can).

use leptos::prelude::*;

use crate::browser;

/// `print_label`: e.g. 打印一次性告知单. `read_selector`: the element whose text 朗读 reads.
#[component]
pub fn PageTools(#[prop(into)] print_label: String, read_selector: &'static str) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let speaking = RwSignal::new(false);
    let can_speak = browser::can_speak();
    let copy = move |_| {
        let url = browser::full_address();
        leptos::task::spawn_local(async move {
            match browser::copy_text(&url).await {
                Ok(()) => status.set("链接已复制，可以粘贴到微信或短信里发给别人。".to_string()),
                Err(()) => status.set(format!("没能自动复制，请长按或选中这个地址复制：{url}")),
            }
        });
    };
    let read = move |_| {
        if speaking.get_untracked() {
            browser::stop_speaking();
            speaking.set(false);
        } else {
            let text = browser::text_of(read_selector);
            let started = browser::speak(&text, move || speaking.set(false));
            speaking.set(started);
            if !started {
                status.set("这个浏览器不能朗读。".to_string());
            }
        }
    };
    view! {
        <div class="page-tools no-print">
            <button type="button" class="button button-secondary" on:click=copy>"复制链接"</button>
            <button type="button" class="button button-secondary" on:click=move |_| browser::print()>{print_label}</button>
            {can_speak.then(|| view! {
                <button type="button" class="button button-secondary" on:click=read>
                    {move || if speaking.get() { "停止朗读" } else { "朗读" }}
                </button>
            })}
            <p class="tool-status" role="status">{move || status.get()}</p>
        </div>
    }
}
