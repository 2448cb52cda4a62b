//! Entry point: mounts the portal. Everything else lives in `lib.rs` and below.

fn main() {
    leptos::mount::mount_to_body(gongkai_portal::App);
}
