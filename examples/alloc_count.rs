//! Counts heap allocations per `validate` call on typical bodies (to find allocation hot spots).
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use talkover_webhooks::core::validate::{validate, Options};

struct Counting;
static ALLOCS: AtomicUsize = AtomicUsize::new(0);
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.realloc(p, l, n) }
    }
}
#[global_allocator]
static A: Counting = Counting;

fn main() {
    let o = Options::default();
    for body in [
        r#"{"name":"Orders hook","webhook_url":"https://example.com/hooks/talkover","events":["event_phone_call_ended","event_action"],"timeout":30,"max_retries":3,"enabled":true}"#,
        r#"{"name":"","webhook_url":"example.com","events":["nope"],"timeout":"500"}"#,
    ] {
        let before = ALLOCS.load(Ordering::Relaxed);
        let v = validate(Some(body), &o);
        let mid = ALLOCS.load(Ordering::Relaxed);
        let json = v.to_json();
        let after = ALLOCS.load(Ordering::Relaxed);
        println!(
            "validate: {} allocs, to_json: {} allocs ({} bytes)",
            mid - before,
            after - mid,
            json.len()
        );
    }
}
