//! talkover-webhooks: validate and manage Talkover webhook subscriptions from the browser.
//!
//! `core` is plain Rust (rules, Laravel semantics, messages, events, the client's decisions) and tests
//! natively; `wasm` is the thin binding that exposes it to JavaScript.
//!
//! The release module is built with the `tiny` feature: `no_std` with a panic handler that only traps,
//! so none of std's panic-message formatting is linked in. Nothing in the module is meant to panic;
//! the never-trap tests hold it to that.
#![cfg_attr(all(target_arch = "wasm32", feature = "tiny"), no_std)]

extern crate alloc;

/// The allocation types, in std builds and in the `no_std` release module alike.
mod prelude {
    pub use alloc::boxed::Box;
    pub use alloc::string::{String, ToString};
    pub use alloc::vec;
    pub use alloc::vec::Vec;
}

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

#[cfg(all(target_arch = "wasm32", feature = "tiny"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(all(target_arch = "wasm32", feature = "tiny"))]
#[panic_handler]
fn panic(_: &::core::panic::PanicInfo) -> ! {
    ::core::arch::wasm32::unreachable()
}
