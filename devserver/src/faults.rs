//! Fault switches: `X-Devserver-Fault: <name>[, <name>…]`, or a reserved agent id `fault-<name>` in
//! the path, turn an `/api/v1` request into a failure a client must survive.
//!
//! | name | effect |
//! |---|---|
//! | `429` | 429, `Retry-After: 2`, `X-RateLimit-*`, make-call-style `RATE_LIMIT_EXCEEDED` body |
//! | `500-html` | 500 with Laravel's HTML "Server Error" page (`text/html`) |
//! | `503` | 503 `{"message":"Service Unavailable"}` (Laravel's maintenance mode) |
//! | `truncated` | the normal answer, its body cut in half (status kept, JSON broken) |
//! | `slow`, `slow-<ms>` | the normal answer after 5 s, or `<ms>` ms (at most 120000) |
//! | `no-cors` | the normal answer without any CORS header |

use crate::api::reply;
use crate::clock;
use crate::cors::NoCors;
use axum::body::{to_bytes, Body};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use std::time::Duration;

pub const HEADER: &str = "x-devserver-fault";
pub const AGENT_PREFIX: &str = "fault-";
pub const DEFAULT_SLOW_MS: u64 = 5_000;
pub const MAX_SLOW_MS: u64 = 120_000;
const KNOWN: &str = "429, 500-html, 503, truncated, slow, slow-<ms>, no-cors";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    RateLimited,
    HtmlError,
    Unavailable,
    Truncated,
    Slow(u64),
    NoCors,
}

pub fn parse(name: &str) -> Option<Fault> {
    Some(match name.trim().to_ascii_lowercase().as_str() {
        "429" => Fault::RateLimited,
        "500-html" => Fault::HtmlError,
        "503" => Fault::Unavailable,
        "truncated" => Fault::Truncated,
        "slow" => Fault::Slow(DEFAULT_SLOW_MS),
        "no-cors" => Fault::NoCors,
        other => {
            let ms: u64 = other.strip_prefix("slow-")?.parse().ok()?;
            Fault::Slow(ms.min(MAX_SLOW_MS))
        }
    })
}

/// The faults a request asks for.
#[derive(Debug, Default)]
pub struct Plan {
    faults: Vec<Fault>,
    /// The path names a reserved `fault-…` agent: the embedded API serves the token's first agent.
    alias: bool,
}

/// The reserved agent id in an `/api/v1/agents/{agent_id}/…` path, if any.
fn agent_fault(path: &str) -> Option<&str> {
    let mut seg = path.trim_start_matches("/api/v1/").split('/');
    match (seg.next(), seg.next()) {
        (Some("agents"), Some(id)) => id.strip_prefix(AGENT_PREFIX),
        _ => None,
    }
}

/// A preflight to a `fault-no-cors` agent is answered without CORS too.
pub fn preflight_without_cors(path: &str) -> bool {
    agent_fault(path).and_then(parse) == Some(Fault::NoCors)
}

pub fn plan(headers: &HeaderMap, path: &str) -> Result<Plan, Response> {
    let mut plan = Plan::default();
    let unknown = |name: &str| {
        reply::json(
            StatusCode::BAD_REQUEST,
            json!({ "success": false, "message": format!("Unknown devserver fault \"{name}\"; known: {KNOWN}.") }),
        )
    };
    for value in headers.get_all(HEADER) {
        let text = value.to_str().map_err(|_| unknown("(not ASCII)"))?;
        for name in text.split(',').filter(|n| !n.trim().is_empty()) {
            plan.faults
                .push(parse(name).ok_or_else(|| unknown(name.trim()))?);
        }
    }
    if let Some(name) = agent_fault(path) {
        plan.faults.push(parse(name).ok_or_else(|| unknown(name))?);
        plan.alias = true;
    }
    Ok(plan)
}

impl Plan {
    pub fn aliased_agent(&self) -> bool {
        self.alias
    }

    /// Waits for `slow`, then answers for `429`, `500-html` and `503` (the first one asked for).
    pub async fn before(&self) -> Option<Response> {
        let wait: u64 = self
            .faults
            .iter()
            .map(|f| if let Fault::Slow(ms) = f { *ms } else { 0 })
            .sum();
        if wait > 0 {
            tokio::time::sleep(Duration::from_millis(wait.min(MAX_SLOW_MS))).await;
        }
        self.faults.iter().find_map(|f| match f {
            Fault::RateLimited => Some(rate_limited()),
            Fault::HtmlError => Some(html_error()),
            Fault::Unavailable => Some(reply::json(
                StatusCode::SERVICE_UNAVAILABLE,
                json!({ "message": "Service Unavailable" }),
            )),
            _ => None,
        })
    }

    /// Applies `truncated` and `no-cors` to the answer.
    pub async fn after(&self, mut resp: Response) -> Response {
        if self.faults.contains(&Fault::Truncated) {
            let (mut parts, body) = resp.into_parts();
            let bytes = to_bytes(body, usize::MAX).await.unwrap_or_default();
            let cut = bytes.slice(..bytes.len() / 2);
            parts.headers.remove(header::CONTENT_LENGTH);
            resp = Response::from_parts(parts, Body::from(cut));
        }
        if self.faults.contains(&Fault::NoCors) {
            resp.extensions_mut().insert(NoCors);
        }
        resp
    }
}

fn rate_limited() -> Response {
    let mut resp = reply::json(
        StatusCode::TOO_MANY_REQUESTS,
        json!({ "error": {
            "code": "RATE_LIMIT_EXCEEDED",
            "message": "Too many requests. Please retry after 2 seconds.",
            "details": { "retry_after": 2 },
        }}),
    );
    let h = resp.headers_mut();
    h.insert(header::RETRY_AFTER, HeaderValue::from_static("2"));
    h.insert("x-ratelimit-limit", HeaderValue::from_static("100"));
    h.insert("x-ratelimit-remaining", HeaderValue::from_static("0"));
    h.insert("x-ratelimit-reset", HeaderValue::from(clock::now() + 2));
    resp
}

/// Laravel's default error page, as a misconfigured server or gateway would answer.
fn html_error() -> Response {
    const PAGE: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Server Error</title>\n</head>\n\
<body class=\"antialiased\">\n<div class=\"code\">500</div>\n<div class=\"message\">Server Error</div>\n</body>\n</html>\n";
    let mut resp = (StatusCode::INTERNAL_SERVER_ERROR, PAGE).into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=UTF-8"),
    );
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(parse("slow"), Some(Fault::Slow(5_000)));
        assert_eq!(parse("slow-250"), Some(Fault::Slow(250)));
        assert_eq!(parse("slow-999999"), Some(Fault::Slow(MAX_SLOW_MS)));
        assert_eq!(parse(" 500-HTML "), Some(Fault::HtmlError));
        assert_eq!(parse("slow-x"), None);
        assert_eq!(parse("418"), None);
        assert_eq!(
            agent_fault("/api/v1/agents/fault-429/webhooks"),
            Some("429")
        );
        assert_eq!(agent_fault("/api/v1/agents/abc/webhooks"), None);
        assert!(preflight_without_cors(
            "/api/v1/agents/fault-no-cors/webhooks"
        ));
    }
}
