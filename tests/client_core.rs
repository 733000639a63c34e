//! The client's sans-IO core, natively: how every documented response is read.
#![cfg(not(target_arch = "wasm32"))]

use talkover_webhooks::core::client::request::Operation as Op;
use talkover_webhooks::core::client::response::{read, ErrorKind as K, Meta};

const WEBHOOK: &str = r#"{"id":"w1","agent_id":"a1","name":"N","webhook_url":"https://x.io","events":["event_action"],"timeout":30,"max_retries":3,"enabled":true,"created_at":"2025-09-03T23:19:51.000000Z","updated_at":"2025-09-03T23:19:51.000000Z","events_count":1,"status":"active","extra":{"future":1}}"#;

fn meta(status: u16, content_type: &str) -> Meta<'static> {
    let ct: &'static str = Box::leak(content_type.to_string().into_boxed_str());
    Meta {
        status,
        content_type: ct,
        retry_after: None,
        redirected: false,
        url: "https://app.talkover.ai/api/v1/x",
        now_ms: 0.0,
    }
}

fn kind(op: Op, status: u16, body: &str) -> (K, u16, String) {
    let e = read(op, &meta(status, "application/json"), body).expect_err("an error");
    (e.kind, e.status, e.message)
}

#[test]
fn successes_accept_200_or_201_and_ignore_unknown_fields() {
    let created =
        format!(r#"{{"success":true,"message":"Webhook created successfully","data":{WEBHOOK}}}"#);
    assert_eq!(
        read(Op::CreateWebhook, &meta(201, "application/json"), &created),
        Ok(())
    );
    assert_eq!(
        read(Op::CreateWebhook, &meta(200, "application/json"), &created),
        Ok(())
    );
    let list = format!(
        r#"{{"success":true,"data":{{"webhooks":[{WEBHOOK}],"available_events":{{"event_action":"x"}}}}}}"#
    );
    assert_eq!(
        read(Op::ListWebhooks, &meta(200, "application/json"), &list),
        Ok(())
    );
    assert_eq!(
        read(
            Op::DeleteWebhook,
            &meta(200, "application/json"),
            r#"{"success":true,"message":"Webhook deleted successfully"}"#
        ),
        Ok(())
    );
    let logs = r#"{"success":true,"data":[{"id":"l1","event":"event_action","status":"failed","attempt":3}],"pagination":{"current_page":1,"per_page":25,"total":1,"last_page":1}}"#;
    assert_eq!(
        read(Op::ListDeliveries, &meta(200, "application/json"), logs),
        Ok(())
    );
    let test = r#"{"success":true,"data":{"status_code":200,"response_time":145}}"#;
    assert_eq!(
        read(Op::TestWebhook, &meta(200, "application/json"), test),
        Ok(())
    );
}

#[test]
fn a_success_without_a_required_field_is_unexpected() {
    let body = r#"{"success":true,"data":{"id":"w1","name":"N","events":[],"enabled":true}}"#;
    let e = read(Op::GetWebhook, &meta(200, "application/json"), body).unwrap_err();
    assert_eq!(e.kind, K::Unexpected);
    assert!(e.message.contains("data.webhook_url"), "{}", e.message);
    let logs = r#"{"success":true,"data":[],"pagination":{"current_page":1}}"#;
    assert!(
        read(Op::ListDeliveries, &meta(200, "application/json"), logs)
            .unwrap_err()
            .message
            .contains("pagination.per_page")
    );
}

#[test]
fn broken_successes_keep_their_status() {
    for (status, ct, body, needle) in [
        (
            201,
            "application/json",
            r#"{"success":true,"data":{"id":"w1","na"#,
            "not complete JSON",
        ),
        (
            200,
            "text/html",
            "<!doctype html><title>Dashboard</title>",
            "HTML page",
        ),
        (200, "application/json", "", "empty body"),
        (
            200,
            "application/json",
            r#"{"success":false,"message":"Webhook test failed: Connection timeout"}"#,
            "Connection timeout",
        ),
    ] {
        let e = read(Op::CreateWebhook, &meta(status, ct), body).unwrap_err();
        assert_eq!((e.kind, e.status), (K::Unexpected, status));
        assert!(e.message.contains(needle), "{} / {}", e.message, needle);
    }
    let mut m = meta(200, "text/html");
    m.redirected = true;
    m.url = "https://app.talkover.ai/login";
    assert!(read(Op::ListWebhooks, &m, "<html>")
        .unwrap_err()
        .message
        .contains("login page"));
}

#[test]
fn error_statuses_map_to_kinds_in_every_envelope() {
    assert_eq!(
        kind(
            Op::ListWebhooks,
            401,
            r#"{"message":"Missing Bearer Token"}"#
        ),
        (K::Authentication, 401, "Missing Bearer Token".into())
    );
    assert_eq!(
        kind(
            Op::ListWebhooks,
            401,
            r#"{"error":"TOKEN_EXPIRED","message":"Token expired","status_code":401}"#
        )
        .2,
        "Token expired"
    );
    assert_eq!(
        kind(
            Op::ListWebhooks,
            419,
            r#"{"message":"CSRF token mismatch."}"#
        )
        .0,
        K::Authentication
    );
    assert_eq!(kind(Op::ListWebhooks, 403, "").0, K::Permission);
    assert_eq!(
        kind(
            Op::ListWebhooks,
            500,
            "<html><body>Server Error</body></html>"
        ),
        (K::Server, 500, "The API failed. Status 500.".into())
    );
    assert_eq!(
        kind(
            Op::ListWebhooks,
            503,
            r#"{"message":"Service Unavailable"}"#
        )
        .0,
        K::Server
    );
    assert_eq!(
        kind(
            Op::ListWebhooks,
            400,
            r#"{"success":false,"error":{"code":"INVALID_API_KEY","message":"Bad key","details":{}}}"#
        ),
        (K::Unexpected, 400, "Bad key".into())
    );
    assert_eq!(kind(Op::ListWebhooks, 418, "").0, K::Unexpected);
}

#[test]
fn not_found_says_what_was_not_found() {
    let res = |body: &str| {
        read(Op::GetWebhook, &meta(404, "application/json"), body)
            .unwrap_err()
            .resource
    };
    assert_eq!(
        res(r#"{"success":false,"message":"Agent not found in this environment."}"#),
        Some("agent")
    );
    assert_eq!(
        res(r#"{"success":false,"message":"Webhook not found."}"#),
        Some("webhook")
    );
    assert_eq!(
        res(r#"{"success":false,"message":"Log not found."}"#),
        Some("log")
    );
    assert_eq!(res(r#"{"message":""}"#), Some("route"));
    assert_eq!(res("<html>Not Found</html>"), Some("route"));
}

#[test]
fn validation_errors_keep_dotted_keys_and_codes() {
    let body = r#"{"message":"The given data was invalid.","errors":{"webhook_url":["The webhook url must be a valid URL."],"events.1":["The selected events.1 is invalid."]}}"#;
    let e = read(Op::CreateWebhook, &meta(422, "application/json"), body).unwrap_err();
    assert_eq!(e.kind, K::Validation);
    assert_eq!(
        e.field_errors.as_deref(),
        Some(
            r#"{"webhook_url":["The webhook url must be a valid URL."],"events.1":["The selected events.1 is invalid."]}"#
        )
    );
    let retry = r#"{"success":false,"message":"Log cannot be retried","code":"LOG_NOT_RETRIABLE"}"#;
    assert_eq!(
        read(Op::RetryDelivery, &meta(422, "application/json"), retry)
            .unwrap_err()
            .code
            .as_deref(),
        Some("LOG_NOT_RETRIABLE")
    );
}

#[test]
fn rate_limits_read_retry_after_from_header_or_body() {
    let mut m = meta(429, "application/json");
    m.retry_after = Some("7");
    assert_eq!(
        read(
            Op::ListWebhooks,
            &m,
            r#"{"message":"Too many requests. Please try again later."}"#
        )
        .unwrap_err()
        .retry_after_ms,
        Some(7000)
    );
    let body = r#"{"error":{"code":"RATE_LIMIT_EXCEEDED","message":"Slow down","details":{"retry_after":60}}}"#;
    let e = read(Op::ListWebhooks, &meta(429, "application/json"), body).unwrap_err();
    assert_eq!(
        (e.kind, e.retry_after_ms, e.code.as_deref()),
        (K::RateLimit, Some(60_000), Some("RATE_LIMIT_EXCEEDED"))
    );
    m.retry_after = Some("Wed, 21 Oct 2015 07:28:00 GMT");
    m.now_ms = 1_445_412_470_000.0;
    assert_eq!(
        read(Op::ListWebhooks, &m, "").unwrap_err().retry_after_ms,
        Some(10_000)
    );
}
