//! A QR code of a page's live address, drawn as one SVG path from the module matrix that
//! `gongkai_core::qr` computes (no image files, no script). Used on the printed 告知单.

use gongkai_core::qr::{Ecc, QrCode};

use crate::dom::{svg, El};

/// `label`: what a screen reader hears. `None` when the address is too long to encode (the
/// address is printed as text beside it anyway).
pub fn qr_svg(data: &str, label: &str) -> Option<El> {
    let code = QrCode::encode(data.as_bytes(), Ecc::Medium).ok()?;
    let quiet = 4;
    let side = (code.size() + 2 * quiet).to_string();
    Some(
        svg("svg")
            .class("qr")
            .attr("viewBox", &format!("0 0 {side} {side}"))
            .attr("role", "img")
            .attr("aria-label", label)
            .attr("shape-rendering", "crispEdges")
            .push(svg("rect").attr("width", "100%").attr("height", "100%").attr("fill", "#fff"))
            .push(svg("path").attr("d", &code.svg_path(quiet)).attr("fill", "#000")),
    )
}
