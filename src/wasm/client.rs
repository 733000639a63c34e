//! The client's decisions, for the JS layer (`src/js/client.js`) that sends and sleeps. These are
//! internal (the `__` names are not re-exported by the package entry); the public client is JS.

#[allow(unused_imports)]
use crate::prelude::*;

use js_sys::JSON;
use wasm_bindgen::prelude::*;

use crate::core::client::request::{path, Operation};
use crate::core::client::response::{read, Meta};
use crate::core::client::retry::{decide, Decision, Outcome, RetryPolicy};
use crate::core::json::write_str;

fn js(json: &str) -> JsValue {
    JSON::parse(json).unwrap_or(JsValue::NULL)
}

fn refusal(field: &str, message: &str) -> JsValue {
    let mut o = String::from("{\"error\":{\"field\":");
    write_str(&mut o, field);
    o.push_str(",\"message\":");
    write_str(&mut o, message);
    o.push_str("}}");
    js(&o)
}

/// `{ method, path, idempotent }` for an operation, or `{ error: { field, message } }` when an id or
/// a paging number is unusable (then no request is made).
#[wasm_bindgen(js_name = __planRequest, unchecked_return_type = "RequestPlan")]
pub fn plan_request(
    operation: &str,
    agent_id: Option<String>,
    webhook_id: Option<String>,
    log_id: Option<String>,
    page: Option<f64>,
    per_page: Option<f64>,
) -> JsValue {
    let Some(op) = Operation::parse(operation) else {
        return refusal("operation", "Unknown operation.");
    };
    let whole = |v: Option<f64>, min: f64, max: f64| match v {
        None => Ok(None),
        // `n as u32` truncates, so equality means a whole number (no f64::fract in no_std).
        Some(n) if n >= min && n <= max && (n as u32) as f64 == n => Ok(Some(n as u32)),
        Some(_) => Err(()),
    };
    let Ok(page) = whole(page, 1.0, 1e9) else {
        return refusal("page", "The page must be a whole number from 1.");
    };
    let Ok(per_page) = whole(per_page, 1.0, 100.0) else {
        return refusal(
            "perPage",
            "The perPage must be a whole number from 1 to 100.",
        );
    };
    let ids = [
        agent_id.as_deref(),
        webhook_id.as_deref(),
        log_id.as_deref(),
    ];
    match path(op, &ids, page, per_page) {
        Ok(p) => {
            let mut o = String::from("{\"method\":");
            write_str(&mut o, op.method());
            o.push_str(",\"path\":");
            write_str(&mut o, &p);
            o.push_str(if op.idempotent() {
                ",\"idempotent\":true}"
            } else {
                ",\"idempotent\":false}"
            });
            js(&o)
        }
        Err(bad) => refusal(
            bad.name,
            &["The ", bad.name, " must be a non-empty id."].concat(),
        ),
    }
}

/// `{ ok: true }`, or `{ ok: false, error: { kind, status, message, fieldErrors?, resource?, retryAfterMs?, code? } }`.
#[wasm_bindgen(js_name = __readResponse, unchecked_return_type = "ResponseReading")]
#[allow(clippy::too_many_arguments)]
pub fn read_response(
    operation: &str,
    status: u16,
    content_type: &str,
    retry_after: Option<String>,
    redirected: bool,
    url: &str,
    now_ms: f64,
    body: &str,
) -> JsValue {
    let Some(op) = Operation::parse(operation) else {
        return js(r#"{"ok":true}"#);
    };
    let meta = Meta {
        status,
        content_type,
        retry_after: retry_after.as_deref(),
        redirected,
        url,
        now_ms,
    };
    match read(op, &meta, body) {
        Ok(()) => js(r#"{"ok":true}"#),
        Err(e) => js(&["{\"ok\":false,\"error\":", &e.to_json(), "}"].concat()),
    }
}

/// Milliseconds to wait before retrying, or -1 to stop. `status` 0 means `fetch` itself failed.
#[wasm_bindgen(js_name = __retryDelay)]
pub fn retry_delay(
    idempotent: bool,
    status: u16,
    attempt: u32,
    retry_after_ms: Option<u32>,
    jitter: f64,
    retries: u32,
) -> f64 {
    let outcome = if status == 0 {
        Outcome::Network
    } else {
        Outcome::Status(status)
    };
    let policy = RetryPolicy {
        retries,
        ..RetryPolicy::default()
    };
    match decide(
        &policy,
        idempotent,
        outcome,
        attempt,
        retry_after_ms,
        jitter,
    ) {
        Decision::Stop => -1.0,
        Decision::RetryAfterMs(ms) => ms as f64,
    }
}
