//! The request body as PHP sees it after `json_decode($body, true)`: JSON objects and arrays both become
//! ordered PHP arrays, and integers that fit in 64 bits stay integers while the rest become floats.

#[allow(unused_imports)]
use crate::prelude::*;

/// A PHP array key. `json_decode` turns object keys that are canonical decimal integers into int keys.
#[derive(Clone, Debug, PartialEq)]
pub enum Key {
    Int(i64),
    Str(String),
}

impl Key {
    /// The key from a JSON object member name, converted the way PHP array keys are.
    pub fn from_name(name: String) -> Key {
        match canonical_int(&name) {
            Some(n) => Key::Int(n),
            None => Key::Str(name),
        }
    }

    pub fn write_to(&self, out: &mut String) {
        match self {
            Key::Int(n) => push_int(out, *n),
            Key::Str(s) => out.push_str(s),
        }
    }

    pub fn is(&self, name: &str) -> bool {
        matches!(self, Key::Str(s) if s == name)
    }
}

/// PHP's rule for integer-like array keys: "0", "-5", "42", but not "05", "-0", "+1" or "1.0".
fn canonical_int(s: &str) -> Option<i64> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let canonical = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'))
        && s != "-0";
    if canonical {
        s.parse().ok()
    } else {
        None
    }
}

/// (Debug is written out below so that a webhook secret never appears in it.)
#[derive(Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    /// A JSON number that is not a 64-bit integer: its value and its JSON text, kept so that PHP's
    /// string form and our output need no float formatting (a large part of the module's size).
    Float(Box<str>),
    Str(String),
    Array(Vec<(Key, Value)>),
}

impl core::fmt::Debug for Value {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Value::Null => f.write_str("Null"),
            Value::Bool(b) => f.debug_tuple("Bool").field(b).finish(),
            Value::Int(n) => f.debug_tuple("Int").field(n).finish(),
            Value::Float(text) => f.debug_tuple("Float").field(text).finish(),
            Value::Str(s) => f.debug_tuple("Str").field(s).finish(),
            Value::Array(items) => {
                let mut list = f.debug_list();
                for (k, v) in items {
                    if k.is("webhook_secret") && !matches!(v, Value::Null) {
                        list.entry(&(k, "[redacted]"));
                    } else {
                        list.entry(&(k, v));
                    }
                }
                list.finish()
            }
        }
    }
}

impl Value {
    pub fn get(&self, name: &str) -> Option<&Value> {
        match self {
            Value::Array(items) => items.iter().find(|(k, _)| k.is(name)).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
}

pub fn push_int(out: &mut String, n: i64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    let mut m = n.unsigned_abs();
    loop {
        i -= 1;
        buf[i] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if n < 0 {
        out.push('-');
    }
    // The digits are ASCII, so this cannot fail.
    out.push_str(core::str::from_utf8(&buf[i..]).unwrap_or(""));
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_secret_never_appears_in_debug_output() {
        let body =
            crate::core::json::decode(r#"{"name":"A","webhook_secret":"whsec_SECRET"}"#).unwrap();
        let text = format!("{body:?}");
        assert!(
            !text.contains("whsec_SECRET") && text.contains("[redacted]") && text.contains("\"A\""),
            "{text}"
        );
    }
}
