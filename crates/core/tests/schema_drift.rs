//! The committed `public/feed.schema.json` must be exactly what the Rust types generate, so that
//! outside tools validate against the same format the portal reads.

use std::path::PathBuf;

#[test]
fn the_committed_schema_matches_the_types_byte_for_byte() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/feed.schema.json");
    let committed = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let generated = gongkai_core::schema::feed_schema_json();
    assert!(
        committed == generated,
        "public/feed.schema.json is out of date with crates/core/src/model.rs.\n\
         Regenerate it with:  cargo run -p gongkai-cli -- schema > public/feed.schema.json\n\
         (请用上面的命令重新生成 public/feed.schema.json)"
    );
}

#[test]
fn the_schema_states_the_rules_it_can_express() {
    let schema: serde_json::Value = serde_json::from_str(&gongkai_core::schema::feed_schema_json()).expect("schema is JSON");
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(schema["properties"]["format"]["const"], gongkai_core::model::FORMAT_V1);
    assert_eq!(schema["properties"]["version"]["minimum"], 1);
    assert_eq!(schema["$defs"]["Record"]["properties"]["title"]["maxLength"], 200);
    assert_eq!(schema["additionalProperties"], false, "unknown top-level keys are refused");
}
