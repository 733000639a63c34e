//! List, create, get, update, toggle, delete.

use super::{body_text, reply};
use crate::clock;
use crate::store::{Agent, Webhook};
use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{json, Map, Value};
use talkover_webhooks::core::events::EVENTS;
use talkover_webhooks::core::locale::Locale;
use talkover_webhooks::core::rules::Mode;
use talkover_webhooks::core::validate::{validate, Options};

pub fn available_events() -> Value {
    let mut o = Map::new();
    for e in EVENTS {
        o.insert(e.id.to_string(), json!(e.description(Locale::En)));
    }
    Value::Object(o)
}

pub fn list(agent: &Agent) -> Response {
    let hooks: Vec<Value> = agent.webhooks.iter().map(Webhook::to_json).collect();
    reply::ok(json!({
        "success": true,
        "data": { "webhooks": hooks, "available_events": available_events() },
    }))
}

/// Validates with the project's validator; `Err` is the 422 answer.
fn validated(body: &Bytes, mode: Mode) -> Result<Map<String, Value>, Response> {
    let verdict = validate(
        body_text(body),
        &Options {
            mode,
            ..Options::default()
        },
    );
    let value = match (&verdict.value, verdict.valid) {
        (Some(v), true) => v,
        _ => return Err(reply::invalid(&verdict)),
    };
    serde_json::from_str(value).map_err(|e| {
        reply::json(
            StatusCode::INTERNAL_SERVER_ERROR,
            json!({ "success": false, "message": format!("devserver: unreadable normalised body: {e}") }),
        )
    })
}

pub fn create(agent: &mut Agent, body: &Bytes) -> Response {
    let fields = match validated(body, Mode::Create) {
        Ok(f) => f,
        Err(resp) => return resp,
    };
    let mut hook = Webhook::new(agent.id.clone(), clock::now());
    hook.apply(&fields);
    hook.seed_logs(0);
    let data = hook.to_json();
    agent.webhooks.push(hook);
    reply::json(
        StatusCode::CREATED,
        json!({ "success": true, "message": "Webhook created successfully", "data": data }),
    )
}

pub fn get(hook: &Webhook) -> Response {
    reply::ok(json!({ "success": true, "data": hook.to_json() }))
}

pub fn update(hook: &mut Webhook, body: &Bytes) -> Response {
    let fields = match validated(body, Mode::Update) {
        Ok(f) => f,
        Err(resp) => return resp,
    };
    // Like Eloquent: `updated_at` moves only when something changed.
    if hook.apply(&fields) {
        hook.updated_at = clock::now();
    }
    reply::ok(
        json!({ "success": true, "message": "Webhook updated successfully", "data": hook.to_json() }),
    )
}

pub fn toggle(hook: &mut Webhook) -> Response {
    hook.enabled = !hook.enabled;
    hook.updated_at = clock::now();
    let message = if hook.enabled {
        "Webhook enabled"
    } else {
        "Webhook disabled"
    };
    reply::ok(json!({ "success": true, "message": message, "data": hook.to_json() }))
}

pub fn delete(agent: &mut Agent, index: usize) -> Response {
    agent.webhooks.remove(index);
    reply::ok(json!({ "success": true, "message": "Webhook deleted successfully" }))
}
