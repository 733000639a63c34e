//! The result of validating one body, and its JSON form (what `validateWebhook` returns to JS).

#[allow(unused_imports)]
use crate::prelude::*;

use crate::core::json::write_str;
use crate::core::locale::Locale;
use crate::core::rules::Rule;
use crate::core::value::push_int;

pub struct Issue {
    pub field: String,
    /// Laravel's rule name (`required`, `max`, …), a warning code in strict mode, or `json` / `options`.
    pub rule: &'static str,
    pub params: Params,
    pub message: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Params {
    None,
    Max(u32),
    Min(u32),
    Between(u32, u32),
}

impl Params {
    pub fn of(rule: Rule) -> Params {
        match rule {
            Rule::Max(m) => Params::Max(m),
            Rule::Min(m) => Params::Min(m),
            Rule::Between(a, b) => Params::Between(a, b),
            _ => Params::None,
        }
    }
}

pub struct WarningOut {
    pub field: String,
    pub code: &'static str,
    pub message: String,
}

pub struct Verdict {
    pub valid: bool,
    pub locale: Locale,
    pub issues: Vec<Issue>,
    pub warnings: Vec<WarningOut>,
    /// The normalised body as the JSON text a create/update call sends, when valid.
    pub value: Option<String>,
}

impl Verdict {
    /// `errors` as the server's 422 would key them: field → messages, fields in first-failure order.
    pub fn errors(&self) -> Vec<(&str, Vec<&str>)> {
        let mut out: Vec<(&str, Vec<&str>)> = Vec::new();
        // Issues of an expanded attribute (`events.3`) are adjacent; only top-level fields can recur
        // apart (strict-mode warnings come last), so only those are looked up, in a short index.
        let mut top_level: Vec<(&str, usize)> = Vec::new();
        for issue in &self.issues {
            let field = issue.field.as_str();
            let slot = match out.last() {
                Some((f, _)) if *f == field => Some(out.len() - 1),
                _ => top_level.iter().find(|(f, _)| *f == field).map(|(_, i)| *i),
            };
            match slot {
                Some(i) => out[i].1.push(&issue.message),
                None => {
                    if !field.contains('.') {
                        top_level.push((field, out.len()));
                    }
                    out.push((field, vec![&issue.message]));
                }
            }
        }
        out
    }

    pub fn to_json(&self) -> String {
        let mut o = String::with_capacity(64 + self.issues.len() * 120);
        o.push_str("{\"valid\":");
        o.push_str(if self.valid { "true" } else { "false" });
        o.push_str(",\"errors\":{");
        for (i, (field, msgs)) in self.errors().iter().enumerate() {
            if i > 0 {
                o.push(',');
            }
            write_str(&mut o, field);
            o.push_str(":[");
            for (j, m) in msgs.iter().enumerate() {
                if j > 0 {
                    o.push(',');
                }
                write_str(&mut o, m);
            }
            o.push(']');
        }
        o.push_str("},\"issues\":[");
        for (i, issue) in self.issues.iter().enumerate() {
            if i > 0 {
                o.push(',');
            }
            o.push_str("{\"field\":");
            write_str(&mut o, &issue.field);
            o.push_str(",\"rule\":");
            write_str(&mut o, issue.rule);
            o.push_str(",\"params\":{");
            let pairs: &[(&str, u32)] = match issue.params {
                Params::None => &[],
                Params::Max(m) => &[("max", m)],
                Params::Min(m) => &[("min", m)],
                Params::Between(a, b) => &[("min", a), ("max", b)],
            };
            for (j, (k, v)) in pairs.iter().enumerate() {
                if j > 0 {
                    o.push(',');
                }
                write_str(&mut o, k);
                o.push(':');
                push_int(&mut o, *v as i64);
            }
            o.push_str("},\"message\":");
            write_str(&mut o, &issue.message);
            o.push('}');
        }
        o.push_str("],\"warnings\":[");
        for (i, w) in self.warnings.iter().enumerate() {
            if i > 0 {
                o.push(',');
            }
            o.push_str("{\"field\":");
            write_str(&mut o, &w.field);
            o.push_str(",\"code\":");
            write_str(&mut o, w.code);
            o.push_str(",\"message\":");
            write_str(&mut o, &w.message);
            o.push('}');
        }
        o.push(']');
        if let Some(v) = &self.value {
            o.push_str(",\"value\":");
            o.push_str(v);
        }
        o.push('}');
        o
    }
}
