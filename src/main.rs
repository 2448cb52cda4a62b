//! Entry point: mounts the portal. Everything else lives in `lib.rs` and below.

fn main() {
    gongkai_portal::mount();
}
