//! CORS, the 1 MiB limit, unknown routes, `/devserver.json` and rate-limit headers.

mod common;

use common::{Api, VALID};
use reqwest::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn preflight_answers_cors() {
    let api = Api::start().await;
    let resp = api
        .client
        .request(Method::OPTIONS, format!("{}{}", api.base, api.hooks()))
        .header("origin", "http://localhost:5173")
        .header("access-control-request-method", "POST")
        .header(
            "access-control-request-headers",
            "authorization, content-type",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::NO_CONTENT);
    let h = |n: &str| {
        resp.headers()
            .get(n)
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default()
    };
    assert_eq!(h("access-control-allow-origin"), "http://localhost:5173");
    for m in ["GET", "POST", "PUT", "PATCH", "DELETE"] {
        assert!(h("access-control-allow-methods").contains(m), "{m}");
    }
    for name in ["Authorization", "Content-Type", "X-Devserver-Fault"] {
        assert!(h("access-control-allow-headers").contains(name), "{name}");
    }
    for name in [
        "Retry-After",
        "X-RateLimit-Limit",
        "X-RateLimit-Remaining",
        "X-RateLimit-Reset",
    ] {
        assert!(h("access-control-expose-headers").contains(name), "{name}");
    }
}

#[tokio::test]
async fn every_response_carries_cors() {
    let api = Api::start().await;
    let origin = [("origin", "http://127.0.0.1:3000")];
    for (path, token) in [
        (api.hooks(), Some(api.token.as_str())),
        (api.hooks(), None),
        ("/api/v1/nope".to_string(), None),
        ("/devserver.json".to_string(), None),
        ("/".to_string(), None),
        ("/missing.txt".to_string(), None),
    ] {
        let r = api
            .call_with(Method::GET, &path, None, token, &origin)
            .await;
        assert_eq!(
            r.header("access-control-allow-origin"),
            Some("http://127.0.0.1:3000"),
            "{path}"
        );
        assert!(
            r.header("access-control-expose-headers")
                .unwrap()
                .contains("Retry-After"),
            "{path}"
        );
    }
    // Without an Origin: `*`.
    let r = api.call(Method::GET, &api.hooks(), None).await;
    assert_eq!(r.header("access-control-allow-origin"), Some("*"));
}

#[tokio::test]
async fn rate_limit_headers_reported() {
    let api = Api::start().await;
    let r1 = api.call(Method::GET, &api.hooks(), None).await;
    let r2 = api.call(Method::GET, &api.hooks(), None).await;
    assert_eq!(r1.header("x-ratelimit-limit"), Some("100"));
    let left = |r: &common::Reply| {
        r.header("x-ratelimit-remaining")
            .unwrap()
            .parse::<u32>()
            .unwrap()
    };
    assert!(
        left(&r2) < left(&r1) || left(&r1) == 99,
        "{} {}",
        left(&r1),
        left(&r2)
    );
}

#[tokio::test]
async fn body_over_one_mib_is_413() {
    let api = Api::start().await;
    let big = format!(r#"{{"name":"{}"}}"#, "a".repeat(1024 * 1024 + 1));
    let r = api.call(Method::POST, &api.hooks(), Some(&big)).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(r.json()["success"], false);
    assert!(r.json()["message"].as_str().unwrap().contains("1 MiB"));
    // Far over the limit (not even read): still a 413 the client can see.
    let huge = "x".repeat(9 * 1024 * 1024);
    let r = api.call(Method::POST, &api.hooks(), Some(&huge)).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    // Just under the limit is read and validated (the name is too long: 422).
    let under = format!(r#"{{"name":"{}"}}"#, "a".repeat(1024 * 1024 - 20));
    let r = api.call(Method::POST, &api.hooks(), Some(&under)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        r.json()["errors"]["name"],
        json!(["The name must not be greater than 255 characters."])
    );
}

#[tokio::test]
async fn unknown_routes_are_json_404_and_wrong_methods_405() {
    let api = Api::start().await;
    for path in [
        "/api/v1/nope",
        "/api/v1",
        "/api/v1/agents",
        &format!("{}/x/y/z", api.hooks()),
    ] {
        let r = api.call(Method::GET, path, None).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(
            r.json(),
            json!({ "message": "" }),
            "{path}: Laravel 8's NotFoundHttpException"
        );
    }
    let r = api.call(Method::GET, "/nope.html", None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(
        r.json(),
        json!({ "success": false, "message": "Not found: GET /nope.html" })
    );
    let r = api.call(Method::DELETE, "/", None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.json()["success"], false);

    let r = api.call(Method::PATCH, &api.hooks(), Some(VALID)).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(
        r.json(),
        json!({ "message": "The PATCH method is not supported for this route. Supported methods: GET, HEAD, POST." })
    );
    assert_eq!(r.header("allow"), Some("GET, HEAD, POST"));
}

#[tokio::test]
async fn settings_for_the_page() {
    let api = Api::start().await;
    let r = api
        .call_with(Method::GET, "/devserver.json", None, None, &[])
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    assert_eq!(v["baseUrl"], format!("{}/api/v1", api.base));
    assert_eq!(v["token"], api.token.as_str());
    assert_eq!(v["agentId"], api.agent.as_str());
    assert_eq!(v["mode"], "embedded");
    assert!(api.token.starts_with("talq_demo_"));
    // The advertised settings work.
    let r = api
        .call_with(
            Method::GET,
            &format!("/api/v1/agents/{}/webhooks", v["agentId"].as_str().unwrap()),
            None,
            v["token"].as_str(),
            &[],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
}
