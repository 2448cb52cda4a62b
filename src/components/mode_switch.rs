//! 长辈版: larger text, larger targets, calmer page. One switch on every page, remembered in
//! localStorage, applied as `<html data-mode="elder">` so plain CSS does all the work (index.html
//! sets the attribute before the first paint, so the page never flashes small).

use leptos::prelude::*;

use crate::browser;
use crate::dom::{tx, El};

/// localStorage key; index.html reads the same key.
pub const STORAGE_KEY: &str = "gongkai.elder";

/// The 长辈版 preference, provided as context by `App`.
#[derive(Clone, Copy)]
pub struct ElderMode {
    pub on: RwSignal<bool>,
}

impl ElderMode {
    /// Off, without asking the device (pages written at publish time).
    pub fn off() -> ElderMode {
        ElderMode { on: RwSignal::new(false) }
    }

    pub fn from_storage() -> ElderMode {
        let on = browser::stored(STORAGE_KEY).as_deref() == Some("1");
        browser::set_root_attribute("data-mode", on.then_some("elder"));
        ElderMode { on: RwSignal::new(on) }
    }

    pub fn set(self, on: bool) {
        self.on.set(on);
        browser::store(STORAGE_KEY, if on { "1" } else { "0" });
        browser::set_root_attribute("data-mode", on.then_some("elder"));
    }
}

/// The switch: a toggle button (aria-pressed) whose name stays 长辈版; the 开/关 beside it is
/// decoration for sighted users. Reads the signal, so its island re-renders on change (and
/// keeps focus on it, by id).
pub fn mode_switch(mode: ElderMode) -> El {
    let on = mode.on.get();
    tx("button", "mode-switch", "")
        .id("mode-switch")
        .attr("type", "button")
        .attr("aria-pressed", if on { "true" } else { "false" })
        .push(tx("span", "mode-switch-label", "长辈版"))
        .push(tx("span", "mode-switch-state", if on { "开" } else { "关" }).attr("aria-hidden", "true"))
        .on("click", move |_| mode.set(!mode.on.get_untracked()))
}
