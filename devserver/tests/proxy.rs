//! Proxy mode against a second local server acting as the upstream.

mod common;

use axum::extract::Request;
use axum::http::{HeaderMap, StatusCode as AxStatus};
use axum::response::{IntoResponse, Response};
use common::{client, start};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use std::time::{Duration, Instant};
use talkover_devserver::{Config, Mode};

const SERVER_TOKEN: &str = "talq_server_side_secret_0123456789";

/// The upstream: echoes what it received; `/api/v1/limited` answers a 429 with rate-limit headers.
async fn upstream(req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let body = axum::body::to_bytes(body, 1 << 20).await.unwrap();
    let h = |n: &str| {
        parts
            .headers
            .get(n)
            .map(|v| v.to_str().unwrap().to_string())
    };
    if parts.uri.path() == "/api/v1/limited" {
        let mut headers = HeaderMap::new();
        headers.insert("content-type", "application/json".parse().unwrap());
        headers.insert("retry-after", "7".parse().unwrap());
        headers.insert("x-ratelimit-limit", "100".parse().unwrap());
        headers.insert("x-ratelimit-remaining", "0".parse().unwrap());
        headers.insert("x-ratelimit-reset", "1767225600".parse().unwrap());
        headers.insert("x-internal-debug", "do-not-pass".parse().unwrap());
        headers.insert("set-cookie", "laravel_session=abc".parse().unwrap());
        let body =
            json!({ "success": false, "message": "Too many requests. Please try again later." });
        return (AxStatus::TOO_MANY_REQUESTS, headers, body.to_string()).into_response();
    }
    let seen = json!({
        "method": parts.method.as_str(),
        "path": parts.uri.path(),
        "query": parts.uri.query(),
        "authorization": h("authorization"),
        "authorization_count": parts.headers.get_all("authorization").iter().count(),
        "cookie": h("cookie"),
        "fault": h("x-devserver-fault"),
        "origin": h("origin"),
        "content_type": h("content-type"),
        "accept": h("accept"),
        "body": String::from_utf8_lossy(&body),
    });
    let status = if parts.method == "POST" {
        AxStatus::CREATED
    } else {
        AxStatus::OK
    };
    (
        status,
        [("content-type", "application/json")],
        seen.to_string(),
    )
        .into_response()
}

async fn start_upstream() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(
        async move { axum::serve(listener, axum::Router::new().fallback(upstream)).await },
    );
    format!("http://{addr}/api/v1")
}

fn proxy_config(upstream: String) -> Config {
    Config {
        mode: Mode::Proxy {
            upstream,
            token: SERVER_TOKEN.into(),
            agent_id: "agent-from-env".into(),
        },
        ..Config::for_tests()
    }
}

#[tokio::test]
async fn forwards_with_the_server_token_only() {
    let (base, _) = start(proxy_config(start_upstream().await)).await;
    let body = r#"{"name":"Orders","events":["event_action"]}"#;
    let resp = client()
        .post(format!(
            "{base}/api/v1/agents/a1/webhooks?page=2&per_page=5"
        ))
        .header("authorization", "Bearer talq_from_the_browser")
        .header("cookie", "session=browser")
        .header("origin", "http://localhost:5173")
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::CREATED);
    assert_eq!(
        resp.headers()["access-control-allow-origin"],
        "http://localhost:5173"
    );
    assert_eq!(resp.headers()["content-type"], "application/json");
    let seen: Value = resp.json().await.unwrap();
    assert_eq!(seen["authorization"], format!("Bearer {SERVER_TOKEN}"));
    assert_eq!(
        seen["authorization_count"], 1,
        "the browser's Authorization is dropped"
    );
    assert_eq!(seen["method"], "POST");
    assert_eq!(seen["path"], "/api/v1/agents/a1/webhooks");
    assert_eq!(seen["query"], "page=2&per_page=5");
    assert_eq!(seen["body"], body);
    assert_eq!(seen["content_type"], "application/json");
    assert_eq!(seen["accept"], "application/json");
    assert_eq!(
        (seen["cookie"].clone(), seen["origin"].clone()),
        (Value::Null, Value::Null)
    );

    // Methods and bodiless requests go through as they are.
    for method in [Method::GET, Method::PUT, Method::PATCH, Method::DELETE] {
        let resp = client()
            .request(
                method.clone(),
                format!("{base}/api/v1/agents/a1/webhooks/w1"),
            )
            .send()
            .await
            .unwrap();
        let seen: Value = resp.json().await.unwrap();
        assert_eq!(seen["method"], method.as_str());
        assert_eq!(seen["authorization"], format!("Bearer {SERVER_TOKEN}"));
    }
}

#[tokio::test]
async fn passes_429_with_retry_after_and_rate_limit_headers() {
    let (base, _) = start(proxy_config(start_upstream().await)).await;
    let resp = client()
        .get(format!("{base}/api/v1/limited"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::TOO_MANY_REQUESTS);
    let h = resp.headers().clone();
    assert_eq!(h["retry-after"], "7");
    assert_eq!(h["x-ratelimit-limit"], "100");
    assert_eq!(h["x-ratelimit-remaining"], "0");
    assert_eq!(h["x-ratelimit-reset"], "1767225600");
    assert!(h.get("x-internal-debug").is_none() && h.get("set-cookie").is_none());
    assert!(h["access-control-expose-headers"]
        .to_str()
        .unwrap()
        .contains("Retry-After"));
    let v: Value = resp.json().await.unwrap();
    assert_eq!(v["message"], "Too many requests. Please try again later.");
}

#[tokio::test]
async fn unreachable_upstream_is_a_quick_502() {
    // A port that was free a moment ago: connection refused.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let (base, _) = start(proxy_config(format!("http://127.0.0.1:{port}/api/v1"))).await;
    let t = Instant::now();
    let resp = client()
        .get(format!("{base}/api/v1/agents/a1/webhooks"))
        .send()
        .await
        .unwrap();
    assert!(t.elapsed() < Duration::from_secs(6));
    assert_eq!(resp.status(), StatusCode::BAD_GATEWAY);
    assert!(resp.headers().get("access-control-allow-origin").is_some());
    let v: Value = resp.json().await.unwrap();
    assert_eq!(v["success"], false);
    let message = v["message"].as_str().unwrap();
    assert!(message.starts_with("Upstream unreachable: "), "{message}");
    assert!(!message.contains(SERVER_TOKEN));
}

#[tokio::test]
async fn settings_and_faults_keep_the_token_server_side() {
    let (base, _) = start(proxy_config(start_upstream().await)).await;
    let text = client()
        .get(format!("{base}/devserver.json"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!text.contains(SERVER_TOKEN));
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        v,
        json!({ "baseUrl": format!("{base}/api/v1"), "token": "", "agentId": "agent-from-env", "mode": "proxy" })
    );
    // Faults work in front of the proxy; the fault header is not forwarded.
    let resp = client()
        .get(format!("{base}/api/v1/x"))
        .header("x-devserver-fault", "429")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::TOO_MANY_REQUESTS);
    let resp = client()
        .get(format!("{base}/api/v1/x"))
        .header("x-devserver-fault", "truncated")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let text = resp.text().await.unwrap();
    assert!(serde_json::from_str::<Value>(&text).is_err() && text.starts_with('{'));
    let resp = client()
        .get(format!("{base}/api/v1/x"))
        .header("x-devserver-fault", "slow-50")
        .send()
        .await
        .unwrap();
    let seen: Value = resp.json().await.unwrap();
    assert_eq!(seen["fault"], Value::Null);
    // The 1 MiB limit holds here too.
    let resp = client()
        .post(format!("{base}/api/v1/x"))
        .body("x".repeat(1024 * 1024 + 1))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::PAYLOAD_TOO_LARGE);
}
