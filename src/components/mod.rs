//! Pieces shared by pages. Components render; rules live in `gongkai_core`.

pub mod data_table;
pub mod facets;
pub mod feed_view;
pub mod highlight;
pub mod hours;
pub mod island;
pub mod layout;
pub mod mode_switch;
pub mod pagination;
pub mod qr_code;
pub mod result_list;
pub mod search_box;
pub mod tools;
