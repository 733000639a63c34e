//! Proxy mode: `/api/v1/*` goes to the upstream with the server's token. The browser's
//! `Authorization` (and cookies, and every other header) is dropped; only `Content-Type` and
//! `Accept-Language` go up, with `Accept: application/json` so Laravel answers errors in JSON.
//! Status, `Content-Type`, `Retry-After`, `X-RateLimit-*` and the body come back.

use crate::api::{read_body, reply};
use crate::app::AppState;
use crate::Mode;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderName, StatusCode};
use axum::response::Response;
use serde_json::json;
use std::time::Duration;

pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Longer than the longest test delivery the server may wait for (`timeout` ≤ 120 s).
pub const TOTAL_TIMEOUT: Duration = Duration::from_secs(150);

/// A loopback upstream (a local test server) is reached directly, never through `HTTPS_PROXY`.
pub fn client(upstream: &str) -> Result<reqwest::Client, String> {
    let host = upstream
        .split("://")
        .nth(1)
        .unwrap_or("")
        .split(['/', '?'])
        .next()
        .unwrap_or("");
    let host = host
        .rsplit_once(':')
        .map_or(host, |(h, port)| if port.ends_with(']') { host } else { h });
    let loopback = matches!(host, "localhost" | "[::1]") || host.starts_with("127.");
    let builder = if loopback {
        reqwest::Client::builder().no_proxy()
    } else {
        reqwest::Client::builder()
    };
    builder
        .connect_timeout(CONNECT_TIMEOUT)
        .timeout(TOTAL_TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| format!("cannot create the HTTP client: {e}"))
}

const UP: [HeaderName; 2] = [header::CONTENT_TYPE, header::ACCEPT_LANGUAGE];

fn passes_down(name: &HeaderName) -> bool {
    name == header::CONTENT_TYPE
        || name == header::RETRY_AFTER
        || name.as_str().starts_with("x-ratelimit-")
}

pub async fn forward(state: &AppState, req: Request) -> Response {
    let Mode::Proxy {
        upstream, token, ..
    } = &state.config.mode
    else {
        return reply::no_route();
    };
    let client = state.client.as_ref().expect("proxy mode has a client");
    let (parts, body) = req.into_parts();
    let body = match read_body(&parts.headers, body).await {
        Ok(b) => b,
        Err(resp) => return resp,
    };
    let rest = parts.uri.path().strip_prefix("/api/v1").unwrap_or("");
    let mut url = format!("{upstream}{rest}");
    if let Some(q) = parts.uri.query() {
        url.push('?');
        url.push_str(q);
    }
    let mut up = client
        .request(parts.method.clone(), url)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::ACCEPT, "application/json");
    for name in UP {
        if let Some(v) = parts.headers.get(&name) {
            up = up.header(name, v);
        }
    }
    if !body.is_empty() {
        up = up.body(body);
    }
    let answer = match up.send().await {
        Ok(a) => a,
        Err(e) => return failed(&e),
    };
    let status = answer.status();
    let headers: Vec<_> = answer
        .headers()
        .iter()
        .filter(|(n, _)| passes_down(n))
        .map(|(n, v)| (n.clone(), v.clone()))
        .collect();
    let bytes = match answer.bytes().await {
        Ok(b) => b,
        Err(e) => return failed(&e),
    };
    let mut resp = Response::new(Body::from(bytes));
    *resp.status_mut() = status;
    for (n, v) in headers {
        resp.headers_mut().append(n, v);
    }
    resp
}

/// 502 (504 for a timeout after connecting), with the error chain; the URL holds no secret.
fn failed(e: &reqwest::Error) -> Response {
    let mut reason = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        reason.push_str(": ");
        reason.push_str(&s.to_string());
        source = s.source();
    }
    let (status, what) = if e.is_timeout() && !e.is_connect() {
        (StatusCode::GATEWAY_TIMEOUT, "Upstream timed out")
    } else {
        (StatusCode::BAD_GATEWAY, "Upstream unreachable")
    };
    reply::json(
        status,
        json!({ "success": false, "message": format!("{what}: {reason}") }),
    )
}
