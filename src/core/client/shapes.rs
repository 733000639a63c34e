//! The success shapes the docs give, checked on the decoded body: what must be there for the client
//! to hand back a typed object. Unknown fields are ignored; a missing required one is an error.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::core::client::request::Operation;
use crate::core::value::{Key, Value};

/// The first required field that is missing or of the wrong type, as a dotted path (`data.webhooks.2.id`).
pub fn missing_field(op: Operation, body: &Value) -> Option<String> {
    let data = body.get("data");
    match op {
        Operation::CreateWebhook
        | Operation::GetWebhook
        | Operation::UpdateWebhook
        | Operation::ToggleWebhook => webhook(data, "data"),
        Operation::ListWebhooks => match data.and_then(|d| d.get("webhooks")) {
            Some(Value::Array(items)) if is_list(items) => items
                .iter()
                .enumerate()
                .find_map(|(i, (_, w))| webhook(Some(w), &indexed("data.webhooks", i))),
            _ => Some("data.webhooks".into()),
        },
        Operation::DeleteWebhook => None,
        Operation::TestWebhook => require(
            data,
            "data",
            &[("status_code", Kind::Int), ("response_time", Kind::Number)],
        ),
        Operation::ListDeliveries => match data {
            Some(Value::Array(items)) if is_list(items) => items
                .iter()
                .enumerate()
                .find_map(|(i, (_, log))| {
                    require(
                        Some(log),
                        &indexed("data", i),
                        &[
                            ("id", Kind::Str),
                            ("status", Kind::Str),
                            ("event", Kind::Str),
                        ],
                    )
                })
                .or_else(|| {
                    let page = [
                        ("current_page", Kind::Int),
                        ("per_page", Kind::Int),
                        ("total", Kind::Int),
                        ("last_page", Kind::Int),
                    ];
                    require(body.get("pagination"), "pagination", &page)
                }),
            _ => Some("data".into()),
        },
        Operation::RetryDelivery => require(data, "data", &[("log_id", Kind::Str)]),
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Str,
    Int,
    Number,
    Bool,
    StrList,
}

fn is_list(items: &[(Key, Value)]) -> bool {
    items
        .iter()
        .enumerate()
        .all(|(i, (k, _))| *k == Key::Int(i as i64))
}

fn indexed(prefix: &str, i: usize) -> String {
    let mut s = String::from(prefix);
    s.push('.');
    crate::core::value::push_int(&mut s, i as i64);
    s
}

fn webhook(v: Option<&Value>, at: &str) -> Option<String> {
    require(
        v,
        at,
        &[
            ("id", Kind::Str),
            ("name", Kind::Str),
            ("webhook_url", Kind::Str),
            ("events", Kind::StrList),
            ("enabled", Kind::Bool),
        ],
    )
}

fn require(v: Option<&Value>, at: &str, fields: &[(&str, Kind)]) -> Option<String> {
    let Some(obj @ Value::Array(_)) = v else {
        return Some(at.into());
    };
    fields.iter().find_map(|(name, kind)| {
        let ok = match (kind, obj.get(name)) {
            (Kind::Str, Some(Value::Str(_)))
            | (Kind::Bool, Some(Value::Bool(_)))
            | (Kind::Int, Some(Value::Int(_))) => true,
            (Kind::Number, Some(Value::Int(_) | Value::Float(_))) => true,
            (Kind::StrList, Some(Value::Array(items))) => {
                is_list(items) && items.iter().all(|(_, e)| e.as_str().is_some())
            }
            _ => false,
        };
        (!ok).then(|| [at, ".", name].concat())
    })
}
