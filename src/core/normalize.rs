//! The body a create or update call sends once the input is valid: the server's view of it (strings
//! trimmed, "" as null), with numbers and booleans in their JSON types, only the documented fields,
//! and, on create, the documented defaults written out. It is written straight to JSON text: no
//! second value tree is built for it.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::core::json::{write_str, write_value};
use crate::core::php::{filter_validate_int, php_float_string, php_string};
use crate::core::rules::{Mode, FIELDS};
use crate::core::value::{push_int, Value};

/// Defaults the docs give for create, as JSON; written out so the value shows exactly the webhook created.
fn default_json(field: &str) -> Option<&'static str> {
    Some(match field {
        "timeout" => "30",
        "max_retries" => "3",
        "enabled" => "true",
        "http_method" => "\"POST\"",
        "authorization_scheme" => "\"none\"",
        _ => return None,
    })
}

/// The JSON text of the body to send; `input` has passed validation in `mode`.
pub fn normalized_json(input: &Value, mode: Mode) -> String {
    let mut out = String::with_capacity(256);
    out.push('{');
    for &field in FIELDS {
        let before = out.len();
        let key = |out: &mut String| {
            if before > 1 {
                out.push(',');
            }
            write_str(out, field);
            out.push(':');
        };
        match input.get(field) {
            Some(Value::Null) | None if mode == Mode::Create => {
                if let Some(default) = default_json(field) {
                    key(&mut out);
                    out.push_str(default);
                }
            }
            Some(Value::Null) => {
                key(&mut out);
                out.push_str("null");
            }
            None => {}
            Some(v) => {
                key(&mut out);
                write_field(&mut out, field, v);
            }
        }
    }
    out.push('}');
    out
}

fn write_field(out: &mut String, field: &str, v: &Value) {
    match field {
        "timeout" | "max_retries" => push_int(out, as_int(v)),
        "enabled" => {
            let on = matches!(v, Value::Bool(true) | Value::Int(1)) || v.as_str() == Some("1");
            out.push_str(if on { "true" } else { "false" });
        }
        // A JSON object of events becomes a list; each item as the string the server compared.
        "events" => write_list(out, v, |out, item| match item {
            Value::Str(s) => write_str(out, s),
            other => {
                let mut s = String::new();
                php_string(other, &mut s);
                write_str(out, &s);
            }
        }),
        "custom_headers" => write_list(out, v, |out, item| {
            for (i, name) in ["key", "value"].iter().enumerate() {
                out.push_str(if i == 0 { "{" } else { "," });
                write_str(out, name);
                out.push(':');
                write_value(out, item.get(name).unwrap_or(&Value::Null));
            }
            out.push('}');
        }),
        // A map: an empty one is `{}`, where the generic writer would write an empty PHP array as `[]`.
        "payload_templates" if matches!(v, Value::Array(items) if items.is_empty()) => {
            out.push_str("{}")
        }
        _ => write_value(out, v),
    }
}

/// The values of a PHP array as a JSON list (a JSON object of items becomes a list).
fn write_list(out: &mut String, v: &Value, mut item: impl FnMut(&mut String, &Value)) {
    out.push('[');
    if let Value::Array(items) = v {
        for (i, (_, x)) in items.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            item(out, x);
        }
    }
    out.push(']');
}

/// The integer a value that passed `integer` denotes (what PHP's FILTER_VALIDATE_INT returns).
fn as_int(v: &Value) -> i64 {
    debug_assert!(filter_validate_int(v));
    let text = match v {
        Value::Int(n) => return *n,
        Value::Bool(b) => return *b as i64,
        Value::Float(text) => php_float_string(text),
        other => {
            let mut s = String::new();
            php_string(other, &mut s);
            s
        }
    };
    let t = text.trim_matches(|c| matches!(c, ' ' | '\t' | '\r' | '\x0B' | '\n'));
    t.strip_prefix('+').unwrap_or(t).parse().unwrap_or(0)
}
