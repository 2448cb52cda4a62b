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
//! | [`json`] | finds where a JSON path lies in the raw text; byte offset → line:column, for error reports |
//! | [`validate`] | every rule of a valid feed; collects all problems in one pass |
//! | [`generate`] | deterministic large feeds for benchmarks and scale tests |
//! | [`search`] | the Chinese search engine shared by portal and `gongkai search` |
//! | [`filter`] | facets and filters for the portal's browse views |
//! | [`hours`] | opening hours: "is it open now", plain-words descriptions |
//! | [`guide`] | a service guide's 八个公开: order, completeness, time limits and fees in words |
//! | [`csv`] | masking personal data in tables, and tables as CSV downloads |
//! | [`read`] | a lean feed reader (no serde code) for the portal's wasm; same result as serde |
//! | [`qr`] | a small QR code encoder (byte mode, versions 1–10) for printed notices |

pub mod csv;
pub mod filter;
pub mod generate;
pub mod guide;
pub mod hours;
pub mod json;
pub mod model;
pub mod qr;
pub mod read;
pub mod schema;
pub mod search;
pub mod types;
pub mod validate;
pub mod view;

pub use model::Feed;
