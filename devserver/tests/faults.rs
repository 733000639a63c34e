//! Each fault switch, by header and by reserved agent id.

mod common;

use common::{Api, VALID};
use reqwest::{Method, StatusCode};
use serde_json::json;
use std::time::{Duration, Instant};

const F: &str = "x-devserver-fault";

#[tokio::test]
async fn rate_limited_429() {
    let api = Api::start().await;
    for (path, r) in api.get_with_fault_both_ways("429").await {
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{path}");
        assert_eq!(r.header("retry-after"), Some("2"));
        assert_eq!(r.header("x-ratelimit-remaining"), Some("0"));
        assert!(r.header("x-ratelimit-limit").is_some() && r.header("x-ratelimit-reset").is_some());
        assert_eq!(
            r.header("access-control-allow-origin"),
            Some("*"),
            "readable by the page"
        );
        let v = r.json();
        assert_eq!(v["error"]["code"], "RATE_LIMIT_EXCEEDED");
        assert!(v["error"]["message"].is_string());
        assert_eq!(v["error"]["details"], json!({ "retry_after": 2 }));
    }
}

#[tokio::test]
async fn html_500_and_503() {
    let api = Api::start().await;
    let r = api
        .call_with(Method::GET, &api.hooks(), None, None, &[(F, "500-html")])
        .await;
    assert_eq!(r.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(r.header("content-type").unwrap().starts_with("text/html"));
    assert!(r.text.starts_with("<!DOCTYPE html>") && r.text.contains("Server Error"));
    assert!(serde_json::from_str::<serde_json::Value>(&r.text).is_err());
    let r = api
        .call(Method::GET, "/api/v1/agents/fault-500-html/webhooks", None)
        .await;
    assert_eq!(r.status, StatusCode::INTERNAL_SERVER_ERROR);

    for (path, r) in api.get_with_fault_both_ways("503").await {
        assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE, "{path}");
        assert_eq!(r.json(), json!({ "message": "Service Unavailable" }));
    }
}

#[tokio::test]
async fn truncated_keeps_status_and_breaks_json() {
    let api = Api::start().await;
    let r = api
        .call_with(
            Method::POST,
            &api.hooks(),
            Some(VALID),
            Some(&api.token.clone()),
            &[(F, "truncated")],
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED);
    assert!(r.text.starts_with(r#"{"success":true"#), "{}", r.text);
    assert!(serde_json::from_str::<serde_json::Value>(&r.text).is_err());
    // The create did happen.
    let list = api.call(Method::GET, &api.hooks(), None).await.json();
    assert_eq!(list["data"]["webhooks"].as_array().unwrap().len(), 2);
    // By agent id: the token's own agent's data, cut.
    let r = api
        .call(Method::GET, "/api/v1/agents/fault-truncated/webhooks", None)
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.text.starts_with(r#"{"success":true"#) && r.text.contains(&api.agent));
    assert!(serde_json::from_str::<serde_json::Value>(&r.text).is_err());
}

#[tokio::test]
async fn slow_waits() {
    let api = Api::start().await;
    let t = Instant::now();
    let r = api
        .call_with(
            Method::GET,
            &api.hooks(),
            None,
            Some(&api.token.clone()),
            &[(F, "slow-400")],
        )
        .await;
    assert!(t.elapsed() >= Duration::from_millis(400));
    assert_eq!(r.status, StatusCode::OK);
    let t = Instant::now();
    let r = api
        .call(Method::GET, "/api/v1/agents/fault-slow-300/webhooks", None)
        .await;
    assert!(t.elapsed() >= Duration::from_millis(300));
    assert_eq!(
        r.json()["data"]["webhooks"][0]["agent_id"],
        api.agent.as_str()
    );
    // Plain `slow` is 5 s: still waiting after 1 s.
    let quick = reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_millis(1000))
        .build()
        .unwrap();
    let err = quick
        .get(format!("{}{}", api.base, api.hooks()))
        .bearer_auth(&api.token)
        .header(F, "slow")
        .send()
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err}");
}

#[tokio::test]
async fn no_cors_drops_cors_headers() {
    let api = Api::start().await;
    let origin = ("origin", "http://localhost:5173");
    let r = api
        .call_with(
            Method::GET,
            &api.hooks(),
            None,
            Some(&api.token.clone()),
            &[(F, "no-cors"), origin],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.headers
            .keys()
            .all(|k| !k.as_str().starts_with("access-control-")),
        "{:?}",
        r.headers
    );
    let r = api
        .call_with(
            Method::GET,
            "/api/v1/agents/fault-no-cors/webhooks",
            None,
            Some(&api.token.clone()),
            &[origin],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.header("access-control-allow-origin").is_none());
    // Its preflight fails too.
    let pre = api
        .client
        .request(
            Method::OPTIONS,
            format!("{}/api/v1/agents/fault-no-cors/webhooks", api.base),
        )
        .header("origin", "http://localhost:5173")
        .header("access-control-request-method", "GET")
        .send()
        .await
        .unwrap();
    assert!(pre.headers().get("access-control-allow-origin").is_none());
}

#[tokio::test]
async fn faults_combine_and_unknown_names_are_refused() {
    let api = Api::start().await;
    let t = Instant::now();
    let r = api
        .call_with(
            Method::GET,
            &api.hooks(),
            None,
            None,
            &[(F, "slow-200, 429")],
        )
        .await;
    assert!(t.elapsed() >= Duration::from_millis(200));
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    for (path, r) in api.get_with_fault_both_ways("teapot").await {
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{path}");
        assert_eq!(r.json()["success"], false);
        assert!(r.json()["message"].as_str().unwrap().contains("teapot"));
    }
    // A reserved agent id still needs the token (except for the answers a gateway would give).
    let r = api
        .call_with(
            Method::GET,
            "/api/v1/agents/fault-truncated/webhooks",
            None,
            None,
            &[],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
}
