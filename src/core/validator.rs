//! Laravel 8's validation loop over one body: attribute order, wildcard expansion, which rules run
//! (implicit rules, `sometimes`, `nullable`), and when an attribute stops (after a failed implicit rule).

#[allow(unused_imports)]
use crate::prelude::*;

use crate::core::decimal::Decimal;
use crate::core::events::EVENTS;
use crate::core::messages::SizeKind;
use crate::core::php::{
    filter_validate_int, loose_str_eq, mb_strlen, numeric_value, php_string, trim,
};
use crate::core::php::{numeric_string, Number};
use crate::core::rules::{Enum, FieldRules, Rule, AUTHORIZATION_SCHEMES, HTTP_METHODS};
use crate::core::str_index::{hash_str, PosIndex};
use crate::core::url_rule::is_laravel_url;
use crate::core::value::Value;

/// One failed rule on one attribute (`events.3`, `custom_headers.0.key`, …).
pub struct Failure {
    pub attr: String,
    pub rule: Rule,
    pub kind: SizeKind,
    /// True for attributes made by expanding a `*`; Laravel names those differently in messages.
    pub expanded: bool,
}

pub struct Context<'a> {
    /// A live event list, or None for the built-in catalogue.
    events: Option<&'a [String]>,
    /// For a long live list: a hash index of its ids, and the numbers among them (PHP's loose `in`
    /// also matches "10" with "1e1"), so checking many items stays linear.
    index: Option<PosIndex>,
    numeric: Vec<Decimal>,
}

impl<'a> Context<'a> {
    pub fn new(events: Option<&'a [String]>) -> Context<'a> {
        let mut ctx = Context {
            events,
            index: None,
            numeric: Vec::new(),
        };
        if let Some(list) = events.filter(|l| l.len() > 32) {
            let mut idx = PosIndex::with_capacity(list.len());
            for (p, id) in list.iter().enumerate() {
                idx.insert(hash_str(id), p as u32, |q| hash_str(&list[q as usize]));
            }
            ctx.index = Some(idx);
            ctx.numeric = list.iter().filter_map(|id| numeric_string(id)).collect();
        }
        ctx
    }

    /// `in:<list>` for a value's PHP string form.
    fn listed(&self, e: Enum, s: &str) -> bool {
        match (e, self.events, &self.index) {
            (Enum::Events, Some(list), Some(idx)) => {
                idx.find(hash_str(s), |p| list[p as usize] == s).is_some()
                    || (!self.numeric.is_empty()
                        && numeric_string(s).is_some_and(|d| self.numeric.contains(&d)))
            }
            (Enum::Events, Some(list), None) => list.iter().any(|id| loose_str_eq(s, id)),
            (Enum::Events, None, _) => EVENTS.iter().any(|ev| loose_str_eq(s, ev.id)),
            (Enum::HttpMethods, ..) => HTTP_METHODS.iter().any(|m| loose_str_eq(s, m)),
            (Enum::AuthorizationSchemes, ..) => {
                AUTHORIZATION_SCHEMES.iter().any(|m| loose_str_eq(s, m))
            }
        }
    }

    /// An event id, compared exactly (array keys, as `array:<list>` compares them).
    fn is_event_key(&self, key: &str) -> bool {
        match (self.events, &self.index) {
            (Some(list), Some(idx)) => idx
                .find(hash_str(key), |p| list[p as usize] == key)
                .is_some(),
            (Some(list), None) => list.iter().any(|id| id == key),
            (None, _) => EVENTS.iter().any(|ev| ev.id == key),
        }
    }
}

/// Laravel would list every failure; a hostile body (a million empty header slots) would then make a
/// result larger than a JS string can hold. Past this many, validation stops: the verdict stays
/// "invalid" and the caller is told the list is cut.
pub const MAX_ISSUES: usize = 1000;

pub fn run(input: &Value, rules: &[FieldRules], ctx: &Context) -> Vec<Failure> {
    let mut failures = Vec::new();
    // Laravel validates explicit attributes first, then the ones it expanded from wildcards.
    for field in rules.iter().filter(|f| !f.attr.contains('*')) {
        check(
            field.attr,
            input.get(field.attr),
            field.rules,
            false,
            ctx,
            &mut failures,
        );
    }
    for field in rules.iter().filter(|f| f.attr.contains('*')) {
        let (parent, suffix) = field.attr.split_once(".*").unwrap_or((field.attr, ""));
        let suffix = suffix.strip_prefix('.');
        let Some(Value::Array(items)) = input.get(parent) else {
            continue;
        };
        for (key, item) in items {
            if failures.len() >= MAX_ISSUES {
                break;
            }
            let mut attr = String::with_capacity(parent.len() + 16);
            attr.push_str(parent);
            attr.push('.');
            let key_start = attr.len();
            key.write_to(&mut attr);
            // Laravel hides '*' in data keys as "__asterisk__" and turns it back into '*' in error keys,
            // so a key spelled "__asterisk__" is reported as "*".
            if attr[key_start..].contains("__asterisk__") {
                let shown = attr[key_start..].replace("__asterisk__", "*");
                attr.truncate(key_start);
                attr.push_str(&shown);
            }
            // A data key with a dot defeats Laravel's lookup of the wildcard it came from, so its
            // messages name it like an explicit attribute ("payload templates.a.b").
            let expanded = !attr[key_start..].contains('.');
            let value = match suffix {
                None => Some(item),
                Some(child) => {
                    attr.push('.');
                    attr.push_str(child);
                    item.get(child)
                }
            };
            check(&attr, value, field.rules, expanded, ctx, &mut failures);
        }
    }
    failures
}

fn size_kind(rules: &[Rule]) -> SizeKind {
    if rules.iter().any(|r| matches!(r, Rule::Integer)) {
        SizeKind::Numeric
    } else if rules
        .iter()
        .any(|r| matches!(r, Rule::Array | Rule::ArrayKeyedByEvents))
    {
        SizeKind::Array
    } else {
        SizeKind::String
    }
}

fn check(
    attr: &str,
    value: Option<&Value>,
    rules: &[Rule],
    expanded: bool,
    ctx: &Context,
    out: &mut Vec<Failure>,
) {
    let present = value.is_some();
    let v = value.unwrap_or(&Value::Null);
    if rules.contains(&Rule::Sometimes) && !present {
        return;
    }
    let nullable = rules.contains(&Rule::Nullable);
    let kind = size_kind(rules);
    let mut failed_implicit = false;
    for &rule in rules {
        let validatable = if matches!(v, Value::Str(s) if trim(s).is_empty()) {
            rule.is_implicit()
        } else {
            (present || rule.is_implicit())
                && (rule.is_implicit() || !nullable || !matches!(v, Value::Null))
        };
        if validatable && !passes(rule, v, kind, ctx) {
            failed_implicit |= rule.is_implicit();
            out.push(Failure {
                attr: attr.to_string(),
                rule,
                kind,
                expanded,
            });
        }
        if failed_implicit {
            return;
        }
    }
}

/// Laravel's `getSize`: the number itself when a numeric rule is present and the value is numeric,
/// the element count of an array, otherwise `mb_strlen` of the value's string form.
fn size(v: &Value, kind: SizeKind) -> Number {
    if kind == SizeKind::Numeric {
        if let Some(n) = numeric_value(v) {
            return n;
        }
    }
    let len = match v {
        Value::Array(items) => items.len(),
        Value::Str(s) => mb_strlen(s),
        other => {
            let mut s = String::new();
            php_string(other, &mut s);
            mb_strlen(&s)
        }
    };
    Number::Int(len as i64)
}

fn passes(rule: Rule, v: &Value, kind: SizeKind, ctx: &Context) -> bool {
    match rule {
        Rule::Sometimes | Rule::Nullable => true,
        Rule::Required => match v {
            Value::Null => false,
            Value::Str(s) => !trim(s).is_empty(),
            Value::Array(items) => !items.is_empty(),
            _ => true,
        },
        Rule::String => matches!(v, Value::Str(_)),
        Rule::Url => matches!(v, Value::Str(s) if is_laravel_url(s)),
        Rule::Array => matches!(v, Value::Array(_)),
        Rule::ArrayKeyedByEvents => match v {
            Value::Array(items) => items.iter().all(|(k, _)| {
                let mut key = String::new();
                k.write_to(&mut key);
                ctx.is_event_key(&key)
            }),
            _ => false,
        },
        Rule::Integer => filter_validate_int(v),
        // Strict `in_array` against [true, false, 0, 1, '0', '1'].
        Rule::Boolean => {
            matches!(v, Value::Bool(_) | Value::Int(0 | 1))
                || matches!(v, Value::Str(s) if s == "0" || s == "1")
        }
        Rule::Max(m) => size(v, kind).cmp_int(m.into()).is_le(),
        Rule::Min(m) => size(v, kind).cmp_int(m.into()).is_ge(),
        Rule::Between(a, b) => {
            let s = size(v, kind);
            s.cmp_int(a.into()).is_ge() && s.cmp_int(b.into()).is_le()
        }
        Rule::In(list) => {
            // Arrays never pass (the attribute has no `array` rule); others compare by PHP string form.
            let mut buf = String::new();
            let s = match v {
                Value::Str(s) => s.as_str(),
                other if php_string(other, &mut buf) => buf.as_str(),
                _ => return false,
            };
            ctx.listed(list, s)
        }
    }
}
