//! One module per subcommand. Each exposes `run(args) -> u8` (the exit code).

pub mod generate;
pub mod index;
pub mod schema;
pub mod search;
pub mod validate;
