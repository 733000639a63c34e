//! The router: `/devserver.json`, `/api/v1/*` (faults, then the emulation or the proxy), and the
//! static files; CORS and the access log around everything.

use crate::store::{Demo, Store};
use crate::{api, cors, faults, proxy, statics, Config, Mode};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use serde_json::json;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Instant;

#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub addr: SocketAddr,
    pub store: Arc<Mutex<Store>>,
    demo: Arc<Option<Demo>>,
    pub client: Option<reqwest::Client>,
}

impl AppState {
    pub fn new(config: Config, addr: SocketAddr) -> Result<AppState, String> {
        let (store, demo, client) = match &config.mode {
            Mode::Embedded { demo_token } => {
                let (store, demo) = Store::seeded(demo_token.clone());
                (store, Some(demo), None)
            }
            Mode::Proxy { upstream, .. } => {
                (Store::seeded(None).0, None, Some(proxy::client(upstream)?))
            }
        };
        Ok(AppState {
            config: Arc::new(config),
            addr,
            store: Arc::new(Mutex::new(store)),
            demo: Arc::new(demo),
            client,
        })
    }

    /// The seeded credentials (embedded mode only).
    pub fn demo(&self) -> Demo {
        self.demo.as_ref().clone().expect("embedded mode")
    }
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/devserver.json", get(settings))
        .fallback(dispatch)
        .layer(middleware::from_fn_with_state(state.clone(), access_log))
        .layer(middleware::from_fn(cors::layer))
        .with_state(state)
}

pub fn is_api(path: &str) -> bool {
    path == "/api/v1" || path.starts_with("/api/v1/")
}

async fn dispatch(State(state): State<AppState>, req: Request) -> Response {
    if !is_api(req.uri().path()) {
        return statics::serve(&state.config, req).await;
    }
    let plan = match faults::plan(req.headers(), req.uri().path()) {
        Ok(p) => p,
        Err(resp) => return resp,
    };
    if let Some(resp) = plan.before().await {
        return plan.after(resp).await;
    }
    let resp = match &state.config.mode {
        Mode::Embedded { .. } => api::handle(&state, req, plan.aliased_agent()).await,
        Mode::Proxy { .. } => proxy::forward(&state, req).await,
    };
    plan.after(resp).await
}

/// `GET /devserver.json`: what the page needs to talk to this server's API.
async fn settings(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let base = format!("{}/api/v1", origin(&state, &headers));
    let body = match &state.config.mode {
        Mode::Embedded { .. } => {
            let d = state.demo();
            json!({
                "baseUrl": base, "token": d.token, "agentId": d.agent_id, "mode": "embedded",
                "environments": [
                    { "token": d.token, "agentId": d.agent_id },
                    { "token": d.other_token, "agentId": d.other_agent_id },
                ],
            })
        }
        // The real token stays here: the page sends none, the proxy adds it.
        Mode::Proxy { agent_id, .. } => {
            json!({ "baseUrl": base, "token": "", "agentId": agent_id, "mode": "proxy" })
        }
    };
    let mut resp = api::reply::json(StatusCode::OK, body);
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp
}

/// `http://host:port` as the browser reaches this server: the bound address, or the request's
/// `Host` when bound to every interface (0.0.0.0 / ::).
fn origin(state: &AppState, headers: &HeaderMap) -> String {
    if state.addr.ip().is_unspecified() {
        if let Some(host) = headers.get(header::HOST).and_then(|h| h.to_str().ok()) {
            return format!("http://{host}");
        }
    }
    format!("http://{}", state.addr)
}

/// One line per request: method, path (no query, no headers: the token never reaches a log).
async fn access_log(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if !state.config.access_log {
        return next.run(req).await;
    }
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let start = Instant::now();
    let resp = next.run(req).await;
    eprintln!(
        "{method} {path} -> {} ({} ms)",
        resp.status().as_u16(),
        start.elapsed().as_millis()
    );
    resp
}
