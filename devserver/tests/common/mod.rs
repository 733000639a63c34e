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

    /// Creates a webhook; returns its id.
    pub async fn create(&self, body: &str) -> String {
        let r = self.call(Method::POST, &self.hooks(), Some(body)).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        r.json()["data"]["id"].as_str().unwrap().to_string()
    }
}

pub const VALID: &str = r#"{"name":"Orders","webhook_url":"https://hooks.example.com/talkover","events":["event_phone_call_ended","event_action"],"webhook_secret":"s3cret"}"#;
