//! Reading a response: success, or which typed error it is. Parses every documented error envelope:
//! `{"message"}`, `{"success":false,"message"}`, `{"message","errors":{field:[..]}}`,
//! `{"success":false,"message","code"}`, `{"success":false,"error":{"code","message","details"}}`,
//! `{"error":{"code","message","details":{"retry_after"}}}` and `{"error":"CODE","message","status_code"}`.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::core::client::request::Operation;
use crate::core::client::retry_after::parse_retry_after;
use crate::core::client::shapes::missing_field;
use crate::core::json::{decode, write_str};
use crate::core::value::{Key, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Validation,
    Authentication,
    Permission,
    NotFound,
    RateLimit,
    Server,
    Unexpected,
}

impl ErrorKind {
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::Validation => "validation",
            ErrorKind::Authentication => "authentication",
            ErrorKind::Permission => "permission",
            ErrorKind::NotFound => "not_found",
            ErrorKind::RateLimit => "rate_limit",
            ErrorKind::Server => "server",
            ErrorKind::Unexpected => "unexpected_response",
        }
    }
}

/// What the response's headers said, as the JS side read them.
pub struct Meta<'a> {
    pub status: u16,
    pub content_type: &'a str,
    pub retry_after: Option<&'a str>,
    pub redirected: bool,
    pub url: &'a str,
    pub now_ms: f64,
}

#[derive(Debug, PartialEq)]
pub struct ApiError {
    pub kind: ErrorKind,
    pub status: u16,
    pub message: String,
    /// The server's `errors` object (422), as JSON text.
    pub field_errors: Option<String>,
    /// For 404: which thing was not found.
    pub resource: Option<&'static str>,
    pub retry_after_ms: Option<u32>,
    /// `code` or `error.code` from the body (`LOG_NOT_RETRIABLE`, `RATE_LIMIT_EXCEEDED`, …).
    pub code: Option<String>,
}

pub fn read(op: Operation, meta: &Meta, body: &str) -> Result<(), ApiError> {
    let parsed = decode(body).ok().filter(|v| matches!(v, Value::Array(_)));
    let looks_html = meta.content_type.contains("html") || body.trim_start().starts_with('<');
    let err = |kind, message: String| ApiError {
        kind,
        status: meta.status,
        message,
        field_errors: None,
        resource: None,
        retry_after_ms: None,
        code: None,
    };
    if (200..300).contains(&meta.status) {
        if meta.redirected && (looks_html || meta.url.to_ascii_lowercase().contains("login")) {
            return Err(err(ErrorKind::Unexpected, "The API redirected to a login page: check the base URL and that the session is signed in.".into()));
        }
        let Some(v) = parsed else {
            let why = if body.trim().is_empty() {
                "The API answered with an empty body where JSON was expected."
            } else if looks_html {
                "The API answered with an HTML page where JSON was expected: check the base URL."
            } else {
                "The API answered with a body that is not complete JSON."
            };
            return Err(err(ErrorKind::Unexpected, why.into()));
        };
        if matches!(v.get("success"), Some(Value::Bool(false))) {
            let message =
                server_message(&v).unwrap_or_else(|| "The API reported a failure.".into());
            return Err(ApiError {
                code: body_code(&v),
                ..err(ErrorKind::Unexpected, message)
            });
        }
        return match missing_field(op, &v) {
            None => Ok(()),
            Some(field) => Err(err(
                ErrorKind::Unexpected,
                ["The API's answer lacks the field ", &field, "."].concat(),
            )),
        };
    }
    let kind = match meta.status {
        401 | 419 => ErrorKind::Authentication,
        403 => ErrorKind::Permission,
        404 => ErrorKind::NotFound,
        422 => ErrorKind::Validation,
        429 => ErrorKind::RateLimit,
        500..=599 => ErrorKind::Server,
        _ => ErrorKind::Unexpected,
    };
    let message = parsed
        .as_ref()
        .and_then(server_message)
        .unwrap_or_else(|| default_message(kind, meta.status));
    let mut e = err(kind, message);
    if let Some(v) = &parsed {
        e.code = body_code(v);
        if let Some(Value::Array(fields)) = v.get("errors") {
            e.field_errors = Some(field_errors_json(fields));
        }
    }
    if kind == ErrorKind::NotFound {
        e.resource = Some(resource(&e.message));
    }
    if kind == ErrorKind::RateLimit || kind == ErrorKind::Server {
        e.retry_after_ms = meta
            .retry_after
            .and_then(|h| parse_retry_after(h, meta.now_ms))
            .or_else(|| parsed.as_ref().and_then(body_retry_after_ms));
    }
    Err(e)
}

/// The 422 `errors` as `{ field: [message, …] }`, keeping only string messages.
fn field_errors_json(fields: &[(Key, Value)]) -> String {
    let mut o = String::from("{");
    for (i, (k, msgs)) in fields.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        let mut key = String::new();
        k.write_to(&mut key);
        write_str(&mut o, &key);
        o.push_str(":[");
        let list: Vec<&str> = match msgs {
            Value::Array(items) => items.iter().filter_map(|(_, m)| m.as_str()).collect(),
            Value::Str(s) => vec![s.as_str()],
            _ => Vec::new(),
        };
        for (j, m) in list.iter().enumerate() {
            if j > 0 {
                o.push(',');
            }
            write_str(&mut o, m);
        }
        o.push(']');
    }
    o.push('}');
    o
}

/// `message`, `error.message`, or a string `error`: the server's own words, trimmed and bounded.
fn server_message(v: &Value) -> Option<String> {
    fn from(x: Option<&Value>) -> Option<&str> {
        x.and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }
    let nested = v.get("error").and_then(|e| e.get("message"));
    let text = from(v.get("message"))
        .or_else(|| from(nested))
        .or_else(|| from(v.get("error")))?;
    Some(text.chars().take(500).collect())
}

fn body_code(v: &Value) -> Option<String> {
    let code = v
        .get("code")
        .or_else(|| v.get("error").and_then(|e| e.get("code")))
        .or_else(|| v.get("error"));
    code.and_then(Value::as_str).map(String::from)
}

fn body_retry_after_ms(v: &Value) -> Option<u32> {
    let details = v
        .get("error")
        .and_then(|e| e.get("details"))
        .or_else(|| v.get("details"));
    let secs = match details.and_then(|d| d.get("retry_after")) {
        Some(Value::Int(n)) if *n >= 0 => *n as f64,
        // Whole seconds are enough here; no float parsing in the module.
        Some(Value::Float(t)) => t
            .split(['.', 'e', 'E'])
            .next()
            .and_then(|i| i.parse::<u32>().ok())? as f64,
        Some(Value::Str(s)) => return parse_retry_after(s, 0.0),
        _ => return None,
    };
    Some((secs * 1000.0).min(u32::MAX as f64) as u32)
}

/// Which thing a 404 is about, from the documented messages ("Agent not found in this environment.",
/// "Webhook not found.", a log); anything else is an unknown route.
fn resource(message: &str) -> &'static str {
    let m = message.to_ascii_lowercase();
    if m.contains("agent") {
        "agent"
    } else if m.contains("webhook") {
        "webhook"
    } else if m.contains("log") {
        "log"
    } else {
        "route"
    }
}

fn default_message(kind: ErrorKind, status: u16) -> String {
    let mut s = String::from(match kind {
        ErrorKind::Authentication => "Authentication failed: check the API token. Status ",
        ErrorKind::Permission => "The token is not allowed to do this. Status ",
        ErrorKind::NotFound => "Not found. Status ",
        ErrorKind::Validation => "The API refused the data. Status ",
        ErrorKind::RateLimit => "Too many requests: wait and retry. Status ",
        ErrorKind::Server => "The API failed. Status ",
        ErrorKind::Unexpected => "The API answered with an unexpected status ",
    });
    crate::core::value::push_int(&mut s, status as i64);
    s.push('.');
    s
}

impl ApiError {
    pub fn to_json(&self) -> String {
        let mut o = String::from("{\"kind\":");
        write_str(&mut o, self.kind.code());
        o.push_str(",\"status\":");
        crate::core::value::push_int(&mut o, self.status as i64);
        o.push_str(",\"message\":");
        write_str(&mut o, &self.message);
        if let Some(f) = &self.field_errors {
            o.push_str(",\"fieldErrors\":");
            o.push_str(f);
        }
        if let Some(r) = self.resource {
            o.push_str(",\"resource\":");
            write_str(&mut o, r);
        }
        if let Some(ms) = self.retry_after_ms {
            o.push_str(",\"retryAfterMs\":");
            crate::core::value::push_int(&mut o, ms as i64);
        }
        if let Some(c) = &self.code {
            o.push_str(",\"code\":");
            write_str(&mut o, c);
        }
        o.push('}');
        o
    }
}
