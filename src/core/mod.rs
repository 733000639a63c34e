//! The pure-Rust core: event catalogue, rule set, Laravel semantics, messages and the verdict.
//! It builds and tests natively and never depends on wasm-bindgen.

pub mod client;
pub mod decimal;
pub mod events;
pub mod json;
pub mod locale;
pub mod messages;
pub mod middleware;
pub mod normalize;
pub mod options;
pub mod php;
pub mod rules;
pub mod str_index;
pub mod unicode_class;
mod unicode_tables;
pub mod url_rule;
pub mod validate;
pub mod validator;
pub mod value;
pub mod verdict;
pub mod warnings;
