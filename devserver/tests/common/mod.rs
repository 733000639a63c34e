//! Shared helpers: start the app in-process on a real 127.0.0.1 listener, and a client that
//! never uses a proxy and never waits long.
#![allow(dead_code)]

use reqwest::header::HeaderMap;
use reqwest::{Client, Method, StatusCode};
use serde_json::Value;
use std::time::Duration;
use talkover_devserver::{bind, Config};

pub fn client() -> Client {
    Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(15))
        .build()
        .unwrap()
}

/// Starts a server for `config` (port 0); returns its base URL `http://127.0.0.1:PORT`.
pub async fn start(config: Config) -> (String, talkover_devserver::app::AppState) {
    let bound = bind(config).await.expect("bind");
    bound.spawn()
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub text: String,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// An embedded-mode server with its demo token and agent.
pub struct Api {
    pub base: String,
    pub token: String,
    pub agent: String,
    pub other_token: String,
    pub other_agent: String,
    pub client: Client,
}

impl Api {
    pub async fn start() -> Api {
        let (base, state) = start(Config::for_tests()).await;
        let demo = state.demo();
        Api {
            base,
            token: demo.token,
            agent: demo.agent_id,
            other_token: demo.other_token,
            other_agent: demo.other_agent_id,
            client: client(),
        }
    }

    pub fn hooks(&self) -> String {
        format!("/api/v1/agents/{}/webhooks", self.agent)
    }

    /// A request with the demo token; `body` is sent as-is with `Content-Type: application/json`.
    pub async fn call(&self, method: Method, path: &str, body: Option<&str>) -> Reply {
        self.call_with(method, path, body, Some(&self.token.clone()), &[])
            .await
    }

    pub async fn call_with(
        &self,
        method: Method,
        path: &str,
        body: Option<&str>,
        token: Option<&str>,
        headers: &[(&str, &str)],
    ) -> Reply {
        let mut req = self.client.request(method, format!("{}{path}", self.base));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        if let Some(b) = body {
            req = req
                .header("content-type", "application/json")
                .body(b.to_string());
        }
        let resp = req.send().await.expect("request");
        let status = resp.status();
        let headers = resp.headers().clone();
        let text = resp.text().await.unwrap_or_default();
        Reply {
            status,
            headers,
            text,
        }
    }

    /// `GET` the demo agent's webhooks with fault `name` switched on both ways — by the
    /// `X-Devserver-Fault` header and by the reserved agent id `fault-<name>` — with the demo token.
    /// Each reply comes with the path it answered, for assertion messages.
    pub async fn get_with_fault_both_ways(&self, name: &str) -> [(String, Reply); 2] {
        let by_id = format!("/api/v1/agents/fault-{name}/webhooks");
        let token = Some(self.token.as_str());
        let by_header = self
            .call_with(
                Method::GET,
                &self.hooks(),
                None,
                token,
                &[("x-devserver-fault", name)],
            )
            .await;
        let by_agent = self.call_with(Method::GET, &by_id, None, token, &[]).await;
        [(self.hooks(), by_header), (by_id, by_agent)]
    }

    /// Creates a webhook; returns its id.
    pub async fn create(&self, body: &str) -> String {
        let r = self.call(Method::POST, &self.hooks(), Some(body)).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        r.json()["data"]["id"].as_str().unwrap().to_string()
    }
}

pub const VALID: &str = r#"{"name":"Orders","webhook_url":"https://hooks.example.com/talkover","events":["event_phone_call_ended","event_action"],"webhook_secret":"s3cret"}"#;
