//! The embedded Talkover API: body limit, route, bearer token, environment and agent, then the
//! endpoint. Order as on the server: the body size is checked before routing (by the web server),
//! the route before the token, the token before anything is looked up.

pub mod deliveries;
pub mod reply;
pub mod routes;
pub mod webhooks;

use crate::app::AppState;
use axum::body::{to_bytes, Body, Bytes};
use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::Response;
use routes::{Miss, Op};

/// Bodies are read up to this size; anything over `BODY_LIMIT` is answered 413.
const DRAIN_LIMIT: usize = 8 * reply::BODY_LIMIT;
pub const RATE_LIMIT: u32 = 100;

pub async fn handle(state: &AppState, req: Request, aliased_agent: bool) -> Response {
    let (parts, body) = req.into_parts();
    let body = match read_body(&parts.headers, body).await {
        Ok(b) => b,
        Err(resp) => return resp,
    };
    let path = parts.uri.path();
    let route = match routes::resolve(&parts.method, path) {
        Ok(r) => r,
        Err(Miss::NotFound) => return reply::no_route(),
        Err(Miss::Method(allowed)) => {
            return reply::method_not_allowed(parts.method.as_str(), allowed)
        }
    };
    let Some(token) = bearer(&parts.headers) else {
        return reply::unauthenticated();
    };
    let mut store = state.store.lock().unwrap_or_else(|e| e.into_inner());
    let Some(env) = store.env_of(token) else {
        return reply::unauthenticated();
    };
    let used = store.count_request(token);
    let env = &mut store.envs[env];
    let agent_id = if aliased_agent {
        env.default_agent_id()
    } else {
        route.agent.to_string()
    };
    let mut resp = match env.agent_mut(&agent_id) {
        None => reply::agent_not_found(),
        Some(agent) => {
            let query = parts.uri.query().unwrap_or("");
            match route.op {
                Op::List => webhooks::list(agent),
                Op::Create => webhooks::create(agent, &body),
                op => {
                    let agent_name = agent.name.clone();
                    match agent.webhooks.iter().position(|w| w.id == route.webhook) {
                        None => reply::webhook_not_found(),
                        Some(i) => match op {
                            Op::Get => webhooks::get(&agent.webhooks[i]),
                            Op::Update => webhooks::update(&mut agent.webhooks[i], &body),
                            Op::Toggle => webhooks::toggle(&mut agent.webhooks[i]),
                            Op::Delete => webhooks::delete(agent, i),
                            Op::Test => deliveries::test(&agent_name, &mut agent.webhooks[i]),
                            Op::Logs => deliveries::logs(&agent.webhooks[i], query),
                            _ => deliveries::retry(&mut agent.webhooks[i], route.log),
                        },
                    }
                }
            }
        }
    };
    let h = resp.headers_mut();
    h.insert("x-ratelimit-limit", HeaderValue::from(RATE_LIMIT));
    h.insert(
        "x-ratelimit-remaining",
        HeaderValue::from(RATE_LIMIT.saturating_sub(used)),
    );
    resp
}

/// `Authorization: Bearer <token>` (the token trimmed; an empty one is none).
fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let token = value.strip_prefix("Bearer ")?.trim();
    (!token.is_empty()).then_some(token)
}

pub(crate) async fn read_body(headers: &HeaderMap, body: Body) -> Result<Bytes, Response> {
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > DRAIN_LIMIT as u64) {
        return Err(reply::too_large());
    }
    // Read (up to 8 MiB) even what will be refused, so the client gets to read the 413.
    let bytes = to_bytes(body, DRAIN_LIMIT)
        .await
        .map_err(|_| reply::too_large())?;
    if bytes.len() > reply::BODY_LIMIT {
        return Err(reply::too_large());
    }
    Ok(bytes)
}

/// The body as the validator takes it: the raw text; no body (or bytes that are not UTF-8, which
/// PHP's `json_decode` refuses) is an empty input to the server.
pub fn body_text(body: &Bytes) -> Option<&str> {
    std::str::from_utf8(body).ok().filter(|t| !t.is_empty())
}
