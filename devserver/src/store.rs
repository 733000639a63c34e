//! The embedded API's data: environments (one per token), their agents, webhooks and delivery logs.
//! All in memory, behind one mutex, seeded at start.

use crate::clock;
use serde_json::{json, Map, Value};

pub struct Store {
    pub envs: Vec<Environment>,
    /// token → (minute, requests in it), for the `X-RateLimit-*` headers (reported, not enforced).
    rate: std::collections::HashMap<String, (i64, u32)>,
}

pub struct Environment {
    pub token: String,
    pub agents: Vec<Agent>,
}

pub struct Agent {
    pub id: String,
    pub name: String,
    pub webhooks: Vec<Webhook>,
}

/// (Debug is written out below so that the secret never appears in it.)
#[derive(Clone)]
pub struct Webhook {
    pub id: String,
    pub agent_id: String,
    pub name: String,
    pub webhook_url: String,
    /// Stored, never returned.
    pub webhook_secret: Option<String>,
    pub events: Vec<String>,
    pub timeout: i64,
    pub max_retries: i64,
    pub enabled: bool,
    pub http_method: String,
    pub authorization_scheme: String,
    pub custom_headers: Option<Value>,
    pub payload_templates: Option<Value>,
    pub created_at: i64,
    pub updated_at: i64,
    /// Oldest first; listed newest first.
    pub logs: Vec<Log>,
}

impl std::fmt::Debug for Webhook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Webhook")
            .field("id", &self.id)
            .field("agent_id", &self.agent_id)
            .field("name", &self.name)
            .field("webhook_url", &self.webhook_url)
            .field(
                "webhook_secret",
                &self.webhook_secret.as_ref().map(|_| "[redacted]"),
            )
            .field("events", &self.events)
            .field("enabled", &self.enabled)
            .finish_non_exhaustive()
    }
}

#[derive(Clone, Debug)]
pub struct Log {
    pub id: String,
    pub webhook_id: String,
    pub event: String,
    pub attempt: u32,
    /// `pending`, `success`, `failed` or `retrying`.
    pub status: &'static str,
    pub http_status: Option<u16>,
    pub request_payload: Option<Value>,
    pub response_body: Option<String>,
    pub response_headers: Option<Value>,
    pub duration_ms: Option<u32>,
    pub error: Option<String>,
    pub delivered_at: Option<i64>,
    pub created_at: i64,
}

/// The seeded credentials, printed at start and served in `/devserver.json`.
#[derive(Clone, Debug)]
pub struct Demo {
    pub token: String,
    pub agent_id: String,
    pub other_token: String,
    pub other_agent_id: String,
}

pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

fn new_token() -> String {
    format!("talq_demo_{}", uuid::Uuid::new_v4().simple())
}

impl Store {
    /// Two environments: the demo one (an agent with one webhook and its logs) and a second one
    /// (an agent, no webhooks) to show that a token sees only its own environment.
    pub fn seeded(demo_token: Option<String>) -> (Store, Demo) {
        let now = clock::now();
        let token = demo_token.unwrap_or_else(new_token);
        let mut other_token = new_token();
        while other_token == token {
            other_token = new_token();
        }
        let agent_id = new_id();
        let other_agent_id = new_id();
        let mut hook = Webhook::new(agent_id.clone(), now - 86_400);
        hook.name = "CRM sync (demo)".into();
        hook.webhook_url = "https://example.com/webhooks/talkover".into();
        hook.events = vec!["event_phone_call_ended".into(), "event_action".into()];
        hook.seed_logs(3600);
        let demo = Demo {
            token: token.clone(),
            agent_id: agent_id.clone(),
            other_token: other_token.clone(),
            other_agent_id: other_agent_id.clone(),
        };
        let envs = vec![
            Environment {
                token,
                agents: vec![Agent {
                    id: agent_id,
                    name: "Demo agent".into(),
                    webhooks: vec![hook],
                }],
            },
            Environment {
                token: other_token,
                agents: vec![Agent {
                    id: other_agent_id,
                    name: "Other agent".into(),
                    webhooks: vec![],
                }],
            },
        ];
        (
            Store {
                envs,
                rate: Default::default(),
            },
            demo,
        )
    }

    /// The environment of `token`, if any (its index).
    pub fn env_of(&self, token: &str) -> Option<usize> {
        self.envs.iter().position(|e| e.token == token)
    }

    /// Counts a request of `token`; returns how many it made this minute.
    pub fn count_request(&mut self, token: &str) -> u32 {
        let minute = clock::now() / 60;
        let slot = self.rate.entry(token.to_string()).or_insert((minute, 0));
        if slot.0 != minute {
            *slot = (minute, 0);
        }
        slot.1 += 1;
        slot.1
    }
}

impl Environment {
    pub fn agent_mut(&mut self, id: &str) -> Option<&mut Agent> {
        self.agents.iter_mut().find(|a| a.id == id)
    }

    /// The environment's first agent: what a reserved `fault-…` agent id stands for.
    pub fn default_agent_id(&self) -> String {
        self.agents[0].id.clone()
    }
}

impl Agent {
    pub fn webhook_mut(&mut self, id: &str) -> Option<&mut Webhook> {
        self.webhooks.iter_mut().find(|w| w.id == id)
    }
}

impl Webhook {
    /// A webhook with the documented defaults; the caller fills in the validated body.
    pub fn new(agent_id: String, now: i64) -> Webhook {
        Webhook {
            id: new_id(),
            agent_id,
            name: String::new(),
            webhook_url: String::new(),
            webhook_secret: None,
            events: Vec::new(),
            timeout: 30,
            max_retries: 3,
            enabled: true,
            http_method: "POST".into(),
            authorization_scheme: "none".into(),
            custom_headers: None,
            payload_templates: None,
            created_at: now,
            updated_at: now,
            logs: Vec::new(),
        }
    }

    /// Applies a normalised, validated body (all fields on create, the sent ones on update).
    /// An explicit `null` resets a field to its documented default (or clears it).
    /// Returns whether anything changed.
    pub fn apply(&mut self, body: &Map<String, Value>) -> bool {
        let before = self.clone();
        for (field, v) in body {
            let s = v.as_str().map(str::to_string);
            match field.as_str() {
                "name" => self.name = s.unwrap_or_else(|| self.name.clone()),
                "webhook_url" => self.webhook_url = s.unwrap_or_else(|| self.webhook_url.clone()),
                "webhook_secret" => self.webhook_secret = s,
                "events" => {
                    if let Some(list) = v.as_array() {
                        self.events = list
                            .iter()
                            .filter_map(|e| e.as_str().map(str::to_string))
                            .collect();
                    }
                }
                "timeout" => self.timeout = v.as_i64().unwrap_or(30),
                "max_retries" => self.max_retries = v.as_i64().unwrap_or(3),
                "enabled" => self.enabled = v.as_bool().unwrap_or(true),
                "http_method" => self.http_method = s.unwrap_or_else(|| "POST".into()),
                "authorization_scheme" => {
                    self.authorization_scheme = s.unwrap_or_else(|| "none".into())
                }
                "custom_headers" => self.custom_headers = Some(v.clone()).filter(|v| !v.is_null()),
                "payload_templates" => {
                    self.payload_templates = Some(v.clone()).filter(|v| !v.is_null())
                }
                _ => {}
            }
        }
        let changed = format!("{before:?}") != format!("{self:?}");
        changed
    }

    /// The documented webhook object (§2.0): never the secret or the delivery settings.
    pub fn to_json(&self) -> Value {
        json!({
            "id": self.id,
            "agent_id": self.agent_id,
            "name": self.name,
            "webhook_url": self.webhook_url,
            "events": self.events,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
            "enabled": self.enabled,
            "created_at": clock::micros_form(self.created_at),
            "updated_at": clock::micros_form(self.updated_at),
            "events_count": self.events.len(),
            "status": if self.enabled { "active" } else { "disabled" },
        })
    }

    /// Three past deliveries, `spacing` seconds apart after creation: a success, a failure
    /// (retriable) and another success.
    pub fn seed_logs(&mut self, spacing: i64) {
        let first = self
            .events
            .first()
            .cloned()
            .unwrap_or_else(|| "event_phone_call_ended".into());
        let last = self.events.last().cloned().unwrap_or_else(|| first.clone());
        let t = |k: i64| self.created_at + spacing * k;
        let ok = |event: &str, at: i64, duration: u32| Log {
            id: new_id(),
            webhook_id: self.id.clone(),
            event: event.to_string(),
            attempt: 1,
            status: "success",
            http_status: Some(200),
            request_payload: Some(json!({ "call_id": new_id(), "duration": 45 })),
            response_body: Some("{\"received\":true}".into()),
            response_headers: Some(json!({ "content-type": "application/json" })),
            duration_ms: Some(duration),
            error: None,
            delivered_at: Some(at),
            created_at: at,
        };
        let failed = Log {
            id: new_id(),
            webhook_id: self.id.clone(),
            event: last.clone(),
            attempt: 1,
            status: "failed",
            http_status: Some(500),
            request_payload: None,
            response_body: None,
            response_headers: None,
            duration_ms: Some(1204),
            error: Some("HTTP 500 Internal Server Error".into()),
            delivered_at: None,
            created_at: t(2),
        };
        let logs = vec![ok(&first, t(1), 142), failed, ok(&last, t(3), 98)];
        self.logs.extend(logs);
    }

    pub fn log(&self, id: &str) -> Option<&Log> {
        self.logs.iter().find(|l| l.id == id)
    }
}

impl Log {
    /// A log entry as the docs show it: absent parts are left out, not `null`.
    pub fn to_json(&self) -> Value {
        let mut o = Map::new();
        o.insert("id".into(), json!(self.id));
        o.insert("webhook_id".into(), json!(self.webhook_id));
        o.insert("event".into(), json!(self.event));
        o.insert("attempt".into(), json!(self.attempt));
        o.insert("status".into(), json!(self.status));
        let mut put = |k: &str, v: Option<Value>| {
            if let Some(v) = v {
                o.insert(k.into(), v);
            }
        };
        put("http_status", self.http_status.map(|s| json!(s)));
        put("request_payload", self.request_payload.clone());
        put(
            "response_body",
            self.response_body.clone().map(Value::String),
        );
        put("response_headers", self.response_headers.clone());
        put("duration_ms", self.duration_ms.map(|d| json!(d)));
        put("error", self.error.clone().map(Value::String));
        put(
            "delivered_at",
            self.delivered_at.map(|t| json!(clock::seconds_form(t))),
        );
        put(
            "created_at",
            Some(json!(clock::seconds_form(self.created_at))),
        );
        Value::Object(o)
    }
}
