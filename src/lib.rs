//! talkover-webhooks: validate and manage Talkover webhook subscriptions from the browser.
//!
//! `core` is plain Rust (rules, Laravel semantics, messages, events) and tests natively;
//! `wasm` is the thin binding that exposes it to JavaScript.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod wasm;
