//! Rough native timing of `validate` on typical bodies (a sanity check for the wasm benchmark).
use std::time::Instant;
use talkover_webhooks::core::validate::{validate, Options};

fn main() {
    let bodies = [
        r#"{"name":"Orders hook","webhook_url":"https://example.com/hooks/talkover","events":["event_phone_call_ended","event_action"],"timeout":30,"max_retries":3,"enabled":true}"#,
        r#"{"name":"","webhook_url":"example.com","events":["nope"],"timeout":"500"}"#,
    ];
    let o = Options::default();
    for body in bodies {
        let n = 200_000;
        let t = Instant::now();
        let mut len = 0;
        for _ in 0..n {
            len += validate(Some(body), &o).to_json().len();
        }
        println!(
            "{:.2} us/op ({len})",
            t.elapsed().as_secs_f64() * 1e6 / n as f64
        );
    }
}
