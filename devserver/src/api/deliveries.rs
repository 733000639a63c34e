//! Test delivery (simulated: no network call), delivery logs with pagination, and retry.

use super::reply;
use crate::clock;
use crate::store::{new_id, Log, Webhook};
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{json, Value};

/// A webhook URL whose host ends in `.invalid` (RFC 2606) simulates an unreachable receiver.
fn unreachable(url: &str) -> bool {
    let host = url.split("://").nth(1).unwrap_or("");
    let host = host.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or("");
    let host = host.split(':').next().unwrap_or("").trim_end_matches('.');
    host.to_ascii_lowercase().ends_with(".invalid")
}

/// Simulates `POST .../test`: the §5.1 payload, a plausible response time, one log entry.
pub fn test(agent_name: &str, hook: &mut Webhook) -> Response {
    let now = clock::now();
    let millis = 40 + u32::from(uuid::Uuid::new_v4().as_bytes()[0]) % 200;
    let payload = json!({
        "event": "webhook.test",
        "agent_id": hook.agent_id,
        "agent_name": agent_name,
        "webhook_id": hook.id,
        "webhook_name": hook.name,
        "timestamp": format!("{}.000Z", clock::seconds_form(now).trim_end_matches('Z')),
        "test": true,
    });
    let failed = unreachable(&hook.webhook_url);
    hook.logs.push(Log {
        id: new_id(),
        webhook_id: hook.id.clone(),
        event: "webhook.test".into(),
        attempt: 1,
        status: if failed { "failed" } else { "success" },
        http_status: (!failed).then_some(200),
        request_payload: (!failed).then(|| payload.clone()),
        response_body: (!failed).then(|| "{\"received\":true}".into()),
        response_headers: (!failed).then(|| json!({ "content-type": "application/json" })),
        duration_ms: Some(if failed {
            hook.timeout as u32 * 1000
        } else {
            millis
        }),
        error: failed.then(|| "Connection timeout".into()),
        delivered_at: (!failed).then_some(now),
        created_at: now,
    });
    if failed {
        return reply::json(
            StatusCode::INTERNAL_SERVER_ERROR,
            json!({ "success": false, "message": "Webhook test failed: Connection timeout" }),
        );
    }
    reply::ok(json!({
        "success": true,
        "message": "Test webhook sent successfully",
        "data": { "status_code": 200, "response_time": millis },
    }))
}

/// `?page=&per_page=`: `per_page` 1–100 (clamped; default 25), `page` ≥ 1 (default 1), like
/// Laravel's paginator. Newest entries first.
pub fn logs(hook: &Webhook, query: &str) -> Response {
    let param = |name: &str| {
        query
            .split('&')
            .filter_map(|kv| kv.split_once('='))
            .find(|(k, _)| *k == name)
            .and_then(|(_, v)| v.trim().parse::<i64>().ok())
    };
    let per_page = param("per_page").map_or(25, |n| n.clamp(1, 100)) as usize;
    let page = param("page").filter(|&p| p >= 1).unwrap_or(1) as usize;
    let total = hook.logs.len();
    let last_page = total.div_ceil(per_page).max(1);
    let data: Vec<Value> = hook
        .logs
        .iter()
        .rev()
        .skip((page - 1).saturating_mul(per_page))
        .take(per_page)
        .map(Log::to_json)
        .collect();
    reply::ok(json!({
        "success": true,
        "data": data,
        "pagination": { "current_page": page, "per_page": per_page, "total": total, "last_page": last_page },
    }))
}

/// Retries a failed delivery: a new `pending` entry, `attempt` + 1; the original is kept.
pub fn retry(hook: &mut Webhook, log_id: &str) -> Response {
    let Some(original) = hook.log(log_id).cloned() else {
        return reply::not_found("Log not found.");
    };
    let too_old = clock::now() - original.created_at > 30 * 86_400;
    if !matches!(original.status, "failed" | "retrying") || !hook.enabled || too_old {
        return reply::json(
            StatusCode::UNPROCESSABLE_ENTITY,
            json!({ "success": false, "message": "Log cannot be retried", "code": "LOG_NOT_RETRIABLE" }),
        );
    }
    let now = clock::now();
    let queued = Log {
        id: new_id(),
        status: "pending",
        attempt: original.attempt + 1,
        http_status: None,
        request_payload: None,
        response_body: None,
        response_headers: None,
        duration_ms: None,
        error: None,
        delivered_at: None,
        created_at: now,
        ..original
    };
    let data = json!({ "log_id": queued.id, "original_log_id": log_id, "queued_at": clock::micros_form(now) });
    hook.logs.push(queued);
    reply::ok(
        json!({ "success": true, "message": "Webhook retry queued successfully", "data": data }),
    )
}
