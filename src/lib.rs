//! The resident portal: the `App` and its routes.

use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    view! { <main><h1>"公开"</h1></main> }
}
