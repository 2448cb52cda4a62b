//! A QR code of a page's live address, drawn as one SVG path from the module matrix that
//! `gongkai_core::qr` computes (no image files, no script). Used on the printed 告知单.

use gongkai_core::qr::QrCode;
use leptos::prelude::*;

/// `label`: what a screen reader hears, e.g. 本事项网页地址的二维码.
#[component]
pub fn QrSvg(data: String, #[prop(into)] label: String) -> impl IntoView {
    match QrCode::encode(data.as_bytes()) {
        Ok(code) => {
            let quiet = 4;
            let side = code.size() + 2 * quiet;
            let view_box = format!("0 0 {side} {side}");
            view! {
                <svg class="qr" viewBox=view_box role="img" aria-label=label shape-rendering="crispEdges">
                    <rect width="100%" height="100%" fill="#fff"></rect>
                    <path d=code.svg_path(quiet) fill="#000"></path>
                </svg>
            }
            .into_any()
        }
        // Too long to encode: the address is printed as text beside it anyway.
        Err(_) => ().into_any(),
    }
}
