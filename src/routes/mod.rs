//! One file per page. Each page reads the cached feed and its own state from the URL.

pub mod about;
pub mod hall;
pub mod home;
pub mod item;
pub mod not_found;
pub mod record;
pub mod search;
pub mod village;
