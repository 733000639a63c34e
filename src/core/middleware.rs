//! Laravel's default global middleware, applied to the decoded body before validation:
//! `TrimStrings` (PHP `trim()` on every string, nested ones too) then `ConvertEmptyStringsToNull`.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::core::php::trim;
use crate::core::value::Value;

pub fn apply(v: &mut Value) {
    match v {
        Value::Str(s) => {
            let t = trim(s);
            if t.is_empty() {
                *v = Value::Null;
            } else if t.len() != s.len() {
                *s = t.to_string();
            }
        }
        // Depth is bounded by the decoder's 512 levels, so recursion is safe.
        Value::Array(items) => items.iter_mut().for_each(|(_, item)| apply(item)),
        _ => {}
    }
}
