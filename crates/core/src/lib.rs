//! gongkai-core: the feed model, its validation, search, filters and rules.
//!
//! This crate has no web dependencies. The portal (wasm) and the staff tool `gongkai` (native)
//! both use it, so there is exactly one definition of a valid feed and one search engine.
//!
//! | module | what lives there |
//! |---|---|
//! | [`types`] | validated value types: `Date`, `DateTime`, `ClockTime`, `Yuan`, `HttpUrl` |
//! | [`model`] | the feed format v1 as serde types (the contract) |
//! | [`schema`] | the JSON Schema generated from `model` |
//! | [`json`] | a JSON reader that keeps line:column of every value, for error reports |
//! | [`validate`] | every rule of a valid feed; collects all problems in one pass |
//! | [`generate`] | deterministic large feeds for benchmarks and scale tests |
//! | [`search`] | the Chinese search engine shared by portal and `gongkai search` |
//! | [`filter`] | facets and filters for the portal's browse views |
//! | [`hours`] | opening hours: "is it open now", plain-words descriptions |
//! | [`qr`] | a small QR code encoder (byte mode, versions 1–10) for printed notices |

pub mod filter;
pub mod generate;
pub mod hours;
pub mod json;
pub mod model;
pub mod qr;
pub mod schema;
pub mod search;
pub mod types;
pub mod validate;

pub use model::Feed;
