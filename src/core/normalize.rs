//! The body a create or update call sends once the input is valid: the server's view of it (strings
//! trimmed, "" as null), with numbers and booleans in their JSON types, only the documented fields,
//! and, on create, the documented defaults written out.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::core::php::{filter_validate_int, php_float_string, php_string};
use crate::core::rules::{Mode, FIELDS};
use crate::core::value::{Key, Value};

/// Defaults the docs give for create; written out so the value shows exactly the webhook created.
fn default_for(field: &str) -> Option<Value> {
    Some(match field {
        "timeout" => Value::Int(30),
        "max_retries" => Value::Int(3),
        "enabled" => Value::Bool(true),
        "http_method" => Value::Str("POST".into()),
        "authorization_scheme" => Value::Str("none".into()),
        _ => return None,
    })
}

/// `input` has passed validation in `mode`.
pub fn normalize(input: &Value, mode: Mode) -> Value {
    let mut out = Vec::new();
    for &field in FIELDS {
        let value = match input.get(field) {
            Some(Value::Null) | None if mode == Mode::Create => default_for(field),
            Some(Value::Null) => Some(Value::Null),
            None => None,
            Some(v) => Some(convert(field, v)),
        };
        if let Some(v) = value {
            out.push((Key::Str(field.into()), v));
        }
    }
    Value::Array(out)
}

fn convert(field: &str, v: &Value) -> Value {
    match field {
        "timeout" | "max_retries" => Value::Int(as_int(v)),
        "enabled" => {
            Value::Bool(matches!(v, Value::Bool(true) | Value::Int(1)) || v.as_str() == Some("1"))
        }
        "events" => Value::Array(
            list(v)
                .map(|(i, item)| (Key::Int(i), Value::Str(string_form(item))))
                .collect(),
        ),
        "custom_headers" => Value::Array(
            list(v)
                .map(|(i, item)| {
                    let pair = ["key", "value"]
                        .iter()
                        .map(|k| {
                            (
                                Key::Str((*k).into()),
                                item.get(k).cloned().unwrap_or(Value::Null),
                            )
                        })
                        .collect();
                    (Key::Int(i), Value::Array(pair))
                })
                .collect(),
        ),
        _ => v.clone(),
    }
}

/// The values of a PHP array, renumbered as a list (a JSON object of items becomes a JSON array).
fn list(v: &Value) -> impl Iterator<Item = (i64, &Value)> {
    let items = match v {
        Value::Array(items) => &items[..],
        _ => &[],
    };
    items
        .iter()
        .enumerate()
        .map(|(i, (_, item))| (i as i64, item))
}

fn string_form(v: &Value) -> String {
    let mut s = String::new();
    php_string(v, &mut s);
    s
}

/// The integer a value that passed `integer` denotes (what PHP's FILTER_VALIDATE_INT returns).
fn as_int(v: &Value) -> i64 {
    debug_assert!(filter_validate_int(v));
    let text = match v {
        Value::Int(n) => return *n,
        Value::Bool(b) => return *b as i64,
        Value::Float(text) => php_float_string(text),
        other => string_form(other),
    };
    let t = text.trim_matches(|c| matches!(c, ' ' | '\t' | '\r' | '\x0B' | '\n'));
    t.strip_prefix('+').unwrap_or(t).parse().unwrap_or(0)
}

/// Writes the normalised body as JSON. An empty `payload_templates` is written `{}` (it is a map),
/// where the generic writer would write an empty PHP array as `[]`.
pub fn write_body(out: &mut String, body: &Value) {
    let Value::Array(fields) = body else { return };
    out.push('{');
    for (i, (key, v)) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let mut name = String::new();
        key.write_to(&mut name);
        crate::core::json::write_str(out, &name);
        out.push(':');
        match v {
            Value::Array(items) if items.is_empty() && key.is("payload_templates") => {
                out.push_str("{}")
            }
            _ => crate::core::json::write_value(out, v),
        }
    }
    out.push('}');
}
