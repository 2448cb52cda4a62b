//! The JSON Schema of the feed, generated from the Rust types in [`crate::model`].
//!
//! The committed copy lives at `public/feed.schema.json` (served beside the feed); a test fails
//! when the types and that file drift. Regenerate it with `gongkai schema > public/feed.schema.json`.

use crate::model::Feed;

/// The `$id` the schema is published under, relative to the portal's root.
pub const SCHEMA_ID: &str = "feed.schema.json";

/// The feed's JSON Schema (draft 2020-12) as pretty-printed JSON, ending in a newline.
pub fn feed_schema_json() -> String {
    let mut schema = schemars::schema_for!(Feed);
    schema.insert("$id".into(), SCHEMA_ID.into());
    let mut out = serde_json::to_string_pretty(&schema).expect("a schema always serialises");
    out.push('\n');
    out
}
