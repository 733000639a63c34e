//! The API's JSON answers and the documented error bodies.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Map, Value};
use talkover_webhooks::core::verdict::Verdict;

/// A JSON answer, with the headers Laravel puts on one.
pub fn json(status: StatusCode, body: Value) -> Response {
    let mut resp = (status, body.to_string()).into_response();
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("no-cache, private"),
    );
    resp
}

pub fn ok(body: Value) -> Response {
    json(StatusCode::OK, body)
}

/// 401, for a missing and for a wrong token alike (the docs show only this body).
pub fn unauthenticated() -> Response {
    json(
        StatusCode::UNAUTHORIZED,
        json!({ "message": "Missing Bearer Token" }),
    )
}

pub fn agent_not_found() -> Response {
    not_found("Agent not found in this environment.")
}

pub fn webhook_not_found() -> Response {
    not_found("Webhook not found.")
}

pub fn not_found(message: &str) -> Response {
    json(
        StatusCode::NOT_FOUND,
        json!({ "success": false, "message": message }),
    )
}

/// The server's 422: `errors` keyed like Laravel (`events.1`), in the validator's order.
pub fn invalid(verdict: &Verdict) -> Response {
    let mut errors = Map::new();
    for (field, messages) in verdict.errors() {
        errors.insert(field.to_string(), json!(messages));
    }
    json(
        StatusCode::UNPROCESSABLE_ENTITY,
        json!({ "message": "The given data was invalid.", "errors": errors }),
    )
}

/// No route: what Laravel 8 answers to a JSON request (a `NotFoundHttpException` has no message).
pub fn no_route() -> Response {
    json(StatusCode::NOT_FOUND, json!({ "message": "" }))
}

/// A route exists for other methods: Laravel 8's message and `Allow` header.
pub fn method_not_allowed(method: &str, allowed: &[&str]) -> Response {
    let list = allowed.join(", ");
    let mut resp = json(
        StatusCode::METHOD_NOT_ALLOWED,
        json!({ "message": format!("The {method} method is not supported for this route. Supported methods: {list}.") }),
    );
    if let Ok(v) = HeaderValue::from_str(&list) {
        resp.headers_mut().insert(header::ALLOW, v);
    }
    resp
}

pub const BODY_LIMIT: usize = 1024 * 1024;

pub fn too_large() -> Response {
    json(
        StatusCode::PAYLOAD_TOO_LARGE,
        json!({ "success": false, "message": format!("The request body is larger than the dev server's limit of 1 MiB ({BODY_LIMIT} bytes).") }),
    )
}
