//! The nine endpoints of the embedded API over real HTTP, with their documented bodies.

mod common;

use common::{Api, VALID};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use talkover_webhooks::core::rules::Mode;
use talkover_webhooks::core::validate::{validate, Options};

/// What the project's validator says, as the 422 `errors` object.
fn expected_errors(body: &str, mode: Mode) -> Value {
    let verdict = validate(
        Some(body),
        &Options {
            mode,
            ..Options::default()
        },
    );
    let mut errors = serde_json::Map::new();
    for (field, messages) in verdict.errors() {
        errors.insert(field.into(), json!(messages));
    }
    Value::Object(errors)
}

fn is_micros_timestamp(s: &str) -> bool {
    // 2025-09-03T23:19:51.000000Z
    let b = s.as_bytes();
    b.len() == 27
        && s.ends_with(".000000Z")
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':'
        && s[..4]
            .chars()
            .chain(s[5..7].chars())
            .chain(s[20..26].chars())
            .all(|c| c.is_ascii_digit())
}

fn is_uuid_v4(s: &str) -> bool {
    uuid::Uuid::parse_str(s).is_ok_and(|u| u.get_version_num() == 4) && s.len() == 36
}

#[tokio::test]
async fn unauthenticated_missing_and_wrong_token() {
    let api = Api::start().await;
    for token in [None, Some("talq_wrong"), Some("")] {
        let r = api
            .call_with(Method::GET, &api.hooks(), None, token, &[])
            .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        assert_eq!(r.json(), json!({ "message": "Missing Bearer Token" }));
    }
    // Not "Bearer": no token either.
    let r = api
        .call_with(
            Method::GET,
            &api.hooks(),
            None,
            None,
            &[("authorization", &format!("Basic {}", api.token))],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn agent_and_webhook_not_found() {
    let api = Api::start().await;
    let agent_404 = json!({ "success": false, "message": "Agent not found in this environment." });
    let r = api
        .call(
            Method::GET,
            "/api/v1/agents/00000000-0000-4000-8000-000000000000/webhooks",
            None,
        )
        .await;
    assert_eq!(
        (r.status, r.json()),
        (StatusCode::NOT_FOUND, agent_404.clone())
    );
    // The other environment's agent is invisible to this token, and the other way round.
    let other = format!("/api/v1/agents/{}/webhooks", api.other_agent);
    let r = api.call(Method::GET, &other, None).await;
    assert_eq!(
        (r.status, r.json()),
        (StatusCode::NOT_FOUND, agent_404.clone())
    );
    let r = api
        .call_with(
            Method::GET,
            &api.hooks(),
            None,
            Some(&api.other_token.clone()),
            &[],
        )
        .await;
    assert_eq!((r.status, r.json()), (StatusCode::NOT_FOUND, agent_404));
    let r = api
        .call_with(
            Method::GET,
            &other,
            None,
            Some(&api.other_token.clone()),
            &[],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["data"]["webhooks"], json!([]));

    let webhook_404 = json!({ "success": false, "message": "Webhook not found." });
    let missing = format!("{}/00000000-0000-4000-8000-000000000000", api.hooks());
    for (method, suffix) in [
        (Method::GET, ""),
        (Method::PUT, ""),
        (Method::DELETE, ""),
        (Method::PATCH, "/toggle"),
        (Method::POST, "/test"),
        (Method::GET, "/logs"),
        (Method::POST, "/logs/x/retry"),
    ] {
        let body = (method == Method::PUT).then_some("{}");
        let r = api
            .call(method.clone(), &format!("{missing}{suffix}"), body)
            .await;
        assert_eq!(
            (r.status, r.json()),
            (StatusCode::NOT_FOUND, webhook_404.clone()),
            "{method} {suffix}"
        );
    }
}

#[tokio::test]
async fn create_422_envelope_with_dotted_keys() {
    let api = Api::start().await;
    let body = r#"{"name":"x","webhook_url":"not a url","events":["event_action","event_nope"],"timeout":3}"#;
    let r = api.call(Method::POST, &api.hooks(), Some(body)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let v = r.json();
    assert_eq!(v["message"], "The given data was invalid.");
    assert_eq!(
        v["errors"]["webhook_url"],
        json!(["The webhook url must be a valid URL."])
    );
    assert_eq!(
        v["errors"]["events.1"],
        json!(["The selected events.1 is invalid."])
    );
    assert_eq!(
        v["errors"]["timeout"],
        json!(["The timeout must be between 5 and 120."])
    );
    assert_eq!(
        v.as_object().unwrap().len(),
        2,
        "only message and errors: {v}"
    );
    assert_eq!(v["errors"], expected_errors(body, Mode::Create));

    // Empty events, missing url: Laravel 8's wording (`[]` fails `required` there).
    let body = r#"{"name":"x","events":[]}"#;
    let r = api.call(Method::POST, &api.hooks(), Some(body)).await;
    let v = r.json();
    assert_eq!(
        v["errors"]["webhook_url"],
        json!(["The webhook url field is required."])
    );
    assert_eq!(
        v["errors"]["events"],
        json!(["The events field is required."])
    );
    assert_eq!(v["errors"], expected_errors(body, Mode::Create));

    // Not JSON at all: what Laravel does with an undecodable body (an empty input).
    let r = api
        .call(Method::POST, &api.hooks(), Some("{not json"))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let errors = r.json()["errors"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect::<Vec<_>>();
    assert_eq!(errors, ["name", "webhook_url", "events"]);
    // No body.
    let r = api.call(Method::POST, &api.hooks(), None).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn create_201_shape_list_and_get() {
    let api = Api::start().await;
    let body = r#"{"name":"  Orders  ","webhook_url":"https://hooks.example.com/talkover","events":["event_action"],"webhook_secret":"s3cret","timeout":"45","enabled":"0","http_method":"PUT"}"#;
    let r = api.call(Method::POST, &api.hooks(), Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    assert_eq!(r.header("content-type"), Some("application/json"));
    let v = r.json();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["success", "message", "data"]);
    assert_eq!(v["success"], true);
    assert_eq!(v["message"], "Webhook created successfully");
    let d = &v["data"];
    let fields: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        fields,
        [
            "id",
            "agent_id",
            "name",
            "webhook_url",
            "events",
            "timeout",
            "max_retries",
            "enabled",
            "created_at",
            "updated_at",
            "events_count",
            "status"
        ]
    );
    assert!(is_uuid_v4(d["id"].as_str().unwrap()), "{d}");
    assert_eq!(d["agent_id"], api.agent.as_str());
    assert_eq!(d["name"], "Orders", "trimmed like the server");
    assert_eq!(d["events"], json!(["event_action"]));
    assert_eq!(
        (d["timeout"].clone(), d["max_retries"].clone()),
        (json!(45), json!(3))
    );
    assert_eq!(
        (d["enabled"].clone(), d["status"].clone()),
        (json!(false), json!("disabled"))
    );
    assert_eq!(d["events_count"], 1);
    assert!(
        is_micros_timestamp(d["created_at"].as_str().unwrap()),
        "{d}"
    );
    assert_eq!(d["created_at"], d["updated_at"]);
    assert!(!r.text.contains("s3cret") && !r.text.contains("webhook_secret"));
    let id = d["id"].as_str().unwrap().to_string();

    // List: the seeded webhook and the new one, and the 22 events with descriptions.
    let r = api.call(Method::GET, &api.hooks(), None).await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    assert_eq!(v["success"], true);
    let hooks = v["data"]["webhooks"].as_array().unwrap();
    assert_eq!(hooks.len(), 2);
    assert_eq!(hooks[1]["id"], id.as_str());
    assert_eq!(hooks[0]["status"], "active");
    let events = v["data"]["available_events"].as_object().unwrap();
    assert_eq!(events.len(), 22);
    assert_eq!(events["event_phone_call_started"], "Phone call has started");
    assert_eq!(
        events["event_client_disconnected"],
        "Client disconnected from the call"
    );
    assert!(!r.text.contains("s3cret"));

    // Get.
    let r = api
        .call(Method::GET, &format!("{}/{id}", api.hooks()), None)
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json(), json!({ "success": true, "data": d.clone() }));
}

#[tokio::test]
async fn update_is_partial_and_validated() {
    let api = Api::start().await;
    let id = api.create(VALID).await;
    let path = format!("{}/{id}", api.hooks());
    let before = api.call(Method::GET, &path, None).await.json()["data"].clone();

    let r = api
        .call(
            Method::PUT,
            &path,
            Some(r#"{"timeout": 60, "name": " Renamed "}"#),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let v = r.json();
    assert_eq!(v["success"], true);
    assert_eq!(v["message"], "Webhook updated successfully");
    let d = &v["data"];
    assert_eq!(d["timeout"], 60);
    assert_eq!(d["name"], "Renamed");
    for kept in [
        "webhook_url",
        "events",
        "max_retries",
        "enabled",
        "created_at",
        "id",
    ] {
        assert_eq!(d[kept], before[kept], "{kept} must not change");
    }

    // Update rules: fields are `sometimes`, but what is sent is checked.
    let r = api
        .call(
            Method::PUT,
            &path,
            Some(r#"{"events": [], "webhook_url": "nope"}"#),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let v = r.json();
    assert_eq!(
        v["errors"]["webhook_url"],
        json!(["The webhook url must be a valid URL."])
    );
    assert_eq!(
        v["errors"]["events"],
        json!(["The events must have at least 1 items."])
    );
    assert_eq!(
        v["errors"],
        expected_errors(r#"{"events": [], "webhook_url": "nope"}"#, Mode::Update)
    );
    // Nothing changed.
    let now = api.call(Method::GET, &path, None).await.json()["data"].clone();
    assert_eq!(now["timeout"], 60);
    // An empty update is valid.
    let r = api.call(Method::PUT, &path, Some("{}")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["data"], now);
}

#[tokio::test]
async fn toggle_and_delete() {
    let api = Api::start().await;
    let id = api.create(VALID).await;
    let path = format!("{}/{id}", api.hooks());
    let r = api
        .call(Method::PATCH, &format!("{path}/toggle"), None)
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    assert_eq!(
        (v["success"].clone(), v["message"].clone()),
        (json!(true), json!("Webhook disabled"))
    );
    assert_eq!(
        (v["data"]["enabled"].clone(), v["data"]["status"].clone()),
        (json!(false), json!("disabled"))
    );
    let r = api
        .call(Method::PATCH, &format!("{path}/toggle"), None)
        .await;
    let v = r.json();
    assert_eq!(v["message"], "Webhook enabled");
    assert_eq!(
        (v["data"]["enabled"].clone(), v["data"]["status"].clone()),
        (json!(true), json!("active"))
    );

    let r = api.call(Method::DELETE, &path, None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(
        r.json(),
        json!({ "success": true, "message": "Webhook deleted successfully" })
    );
    let r = api.call(Method::GET, &path, None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.json()["message"], "Webhook not found.");
    let r = api.call(Method::DELETE, &path, None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn test_delivery_is_simulated() {
    let api = Api::start().await;
    let id = api.create(VALID).await;
    let r = api
        .call(Method::POST, &format!("{}/{id}/test", api.hooks()), None)
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    assert_eq!(v["success"], true);
    assert_eq!(v["message"], "Test webhook sent successfully");
    assert_eq!(v["data"]["status_code"], 200);
    assert!(v["data"]["response_time"].as_u64().is_some(), "{v}");
    // The test delivery is logged first (newest first), with the documented test payload.
    let logs = api
        .call(Method::GET, &format!("{}/{id}/logs", api.hooks()), None)
        .await
        .json();
    let first = &logs["data"][0];
    assert_eq!(first["event"], "webhook.test");
    assert_eq!(first["request_payload"]["test"], true);
    assert_eq!(first["request_payload"]["webhook_id"], id.as_str());

    // An `.invalid` host simulates an unreachable receiver (the OpenAPI `url` body is accepted too).
    let bad = api
        .create(
            r#"{"name":"x","webhook_url":"https://receiver.invalid/h","events":["event_action"]}"#,
        )
        .await;
    let r = api
        .call(
            Method::POST,
            &format!("{}/{bad}/test", api.hooks()),
            Some(r#"{"url":"https://x.example"}"#),
        )
        .await;
    assert_eq!(r.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(
        r.json(),
        json!({ "success": false, "message": "Webhook test failed: Connection timeout" })
    );
}

#[tokio::test]
async fn logs_paginate() {
    let api = Api::start().await;
    let id = api.create(VALID).await;
    let logs = format!("{}/{id}/logs", api.hooks());
    for _ in 0..2 {
        api.call(Method::POST, &format!("{}/{id}/test", api.hooks()), None)
            .await;
    }
    // 3 seeded + 2 tests.
    let r = api.call(Method::GET, &logs, None).await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    assert_eq!(v["success"], true);
    assert_eq!(
        v["pagination"],
        json!({ "current_page": 1, "per_page": 25, "total": 5, "last_page": 1 })
    );
    let all = v["data"].as_array().unwrap().clone();
    assert_eq!(all.len(), 5);
    let failed: Vec<&Value> = all.iter().filter(|l| l["status"] == "failed").collect();
    assert_eq!(failed.len(), 1);
    assert!(failed[0]["error"].is_string() && failed[0].get("request_payload").is_none());
    let ok = all.iter().find(|l| l["status"] == "success").unwrap();
    for field in [
        "id",
        "webhook_id",
        "event",
        "attempt",
        "http_status",
        "request_payload",
        "response_body",
        "response_headers",
        "duration_ms",
        "delivered_at",
        "created_at",
    ] {
        assert!(ok.get(field).is_some(), "{field} in {ok}");
    }
    let created = ok["created_at"].as_str().unwrap();
    assert!(
        created.len() == 20 && created.ends_with('Z') && created.as_bytes()[10] == b'T',
        "{created}"
    );

    let page = |q: &'static str| {
        let api = &api;
        let logs = logs.clone();
        async move {
            api.call(Method::GET, &format!("{logs}?{q}"), None)
                .await
                .json()
        }
    };
    let v = page("per_page=2&page=2").await;
    assert_eq!(
        v["pagination"],
        json!({ "current_page": 2, "per_page": 2, "total": 5, "last_page": 3 })
    );
    assert_eq!(v["data"].as_array().unwrap(), &all[2..4]);
    let v = page("per_page=2&page=3").await;
    assert_eq!(v["data"].as_array().unwrap(), &all[4..5]);
    let v = page("per_page=2&page=9").await;
    assert_eq!(v["data"], json!([]));
    assert_eq!(v["pagination"]["current_page"], 9);
    // per_page is kept within 1–100; a bad page is page 1.
    assert_eq!(page("per_page=1000").await["pagination"]["per_page"], 100);
    assert_eq!(page("per_page=0").await["pagination"]["per_page"], 1);
    assert_eq!(
        page("per_page=abc&page=-3").await["pagination"],
        json!({ "current_page": 1, "per_page": 25, "total": 5, "last_page": 1 })
    );
}

#[tokio::test]
async fn retry_failed_and_not_retriable() {
    let api = Api::start().await;
    let id = api.create(VALID).await;
    let base = format!("{}/{id}/logs", api.hooks());
    let logs = api.call(Method::GET, &base, None).await.json()["data"]
        .as_array()
        .unwrap()
        .clone();
    let failed = logs.iter().find(|l| l["status"] == "failed").unwrap();
    let success = logs.iter().find(|l| l["status"] == "success").unwrap();
    let failed_id = failed["id"].as_str().unwrap();

    let r = api
        .call(Method::POST, &format!("{base}/{failed_id}/retry"), None)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let v = r.json();
    assert_eq!(v["success"], true);
    assert_eq!(v["message"], "Webhook retry queued successfully");
    assert_eq!(v["data"]["original_log_id"], failed_id);
    let new_id = v["data"]["log_id"].as_str().unwrap();
    assert!(is_uuid_v4(new_id) && new_id != failed_id);
    assert!(is_micros_timestamp(
        v["data"]["queued_at"].as_str().unwrap()
    ));
    // A new entry, attempt + 1; the original is kept.
    let after = api.call(Method::GET, &base, None).await.json();
    assert_eq!(after["pagination"]["total"], logs.len() + 1);
    let queued = &after["data"][0];
    assert_eq!(
        (queued["id"].as_str(), queued["status"].as_str()),
        (Some(new_id), Some("pending"))
    );
    assert_eq!(queued["attempt"], failed["attempt"].as_u64().unwrap() + 1);

    let not_retriable = json!({ "success": false, "message": "Log cannot be retried", "code": "LOG_NOT_RETRIABLE" });
    for log in [success["id"].as_str().unwrap(), new_id] {
        let r = api
            .call(Method::POST, &format!("{base}/{log}/retry"), None)
            .await;
        assert_eq!(
            (r.status, r.json()),
            (StatusCode::UNPROCESSABLE_ENTITY, not_retriable.clone())
        );
    }
    // A disabled webhook's deliveries cannot be retried.
    api.call(Method::PATCH, &format!("{}/{id}/toggle", api.hooks()), None)
        .await;
    let r = api
        .call(Method::POST, &format!("{base}/{failed_id}/retry"), None)
        .await;
    assert_eq!(
        (r.status, r.json()),
        (StatusCode::UNPROCESSABLE_ENTITY, not_retriable)
    );
    // An unknown log.
    let r = api
        .call(Method::POST, &format!("{base}/nope/retry"), None)
        .await;
    assert_eq!(
        (r.status, r.json()),
        (
            StatusCode::NOT_FOUND,
            json!({ "success": false, "message": "Log not found." })
        )
    );
}
