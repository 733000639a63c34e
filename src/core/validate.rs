//! `validate`: from the JSON text a client would send to the server's verdict on it.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::core::events::EVENTS;
use crate::core::json::{decode, DecodeError};
use crate::core::locale::Locale;
use crate::core::messages::{display_name, render};
use crate::core::middleware;
use crate::core::normalize::normalized_json;
use crate::core::rules::{rules_for, Mode};
use crate::core::validator::{run, Context, MAX_ISSUES};
use crate::core::value::Value;
use crate::core::verdict::{Issue, Params, Verdict, WarningOut};
use crate::core::warnings::{collect, Warning, WarningCode};

#[derive(Clone, Debug, Default)]
pub struct Options {
    pub mode: Mode,
    pub locale: Locale,
    pub strict: bool,
    /// A live `available_events` list that replaces the built-in catalogue.
    pub events: Option<Vec<String>>,
}

/// The largest body we judge. Laravel itself has no limit, but the web server in front of it does
/// (nginx's default is 1 MiB), and past this a result could outgrow what a JS string can hold.
pub const MAX_BODY_BYTES: usize = 1 << 20;

/// Validates the body a request would carry. `body` is `None` when no body would be sent at all
/// (what `JSON.stringify(undefined)` means), which the server sees as an empty input.
pub fn validate(body: Option<&str>, options: &Options) -> Verdict {
    if let Some(text) = body.filter(|t| t.len() > MAX_BODY_BYTES) {
        return too_large(text.len(), options.locale);
    }
    let locale = options.locale;
    let mut warnings = Vec::new();
    let mut input = read_body(body, &mut warnings);
    middleware::apply(&mut input);
    let failures = run(
        &input,
        rules_for(options.mode),
        &Context::new(options.events.as_deref()),
    );
    if failures.len() >= MAX_ISSUES {
        let mut shown = String::new();
        crate::core::value::push_int(&mut shown, failures.len() as i64);
        warnings.push(body_warning(WarningCode::TruncatedIssues, shown));
    }
    let mut issues: Vec<Issue> = failures
        .into_iter()
        .map(|f| {
            let message = render(
                f.rule,
                f.kind,
                &display_name(&f.attr, f.expanded, locale),
                locale,
            );
            Issue {
                field: f.attr,
                rule: f.rule.code(),
                params: Params::of(f.rule),
                message,
            }
        })
        .collect();
    // The top-level fields with an error (`events` for `events.3`): warnings never double an error.
    let failed_fields: Vec<&str> = issues
        .iter()
        .map(|i| i.field.split('.').next().unwrap_or(""))
        .collect();
    let known_events: Vec<&str> = match &options.events {
        Some(list) => list.iter().map(String::as_str).collect(),
        None => EVENTS.iter().map(|e| e.id).collect(),
    };
    collect(
        &input,
        &known_events,
        |f| !failed_fields.contains(&f),
        &mut warnings,
    );
    let mut warnings_out: Vec<WarningOut> = warnings
        .iter()
        .map(|w| WarningOut {
            field: w.field.clone(),
            code: w.code.code(),
            message: w.message(locale),
        })
        .collect();
    if options.strict {
        issues.extend(warnings_out.drain(..).map(|w| Issue {
            field: w.field,
            rule: w.code,
            params: Params::None,
            message: w.message,
        }));
    }
    let valid = issues.is_empty();
    let value = valid.then(|| normalized_json(&input, options.mode));
    Verdict {
        valid,
        locale,
        issues,
        warnings: warnings_out,
        value,
    }
}

fn body_warning(code: WarningCode, value: String) -> Warning {
    Warning {
        field: String::new(),
        code,
        value,
    }
}

/// Laravel reads the body as `(array) json_decode($body, true)`: a scalar or list body names no field,
/// and a body PHP cannot decode is an empty input. Either way we say why in a warning.
fn read_body(body: Option<&str>, warnings: &mut Vec<Warning>) -> Value {
    let empty = Value::Array(Vec::new());
    match body.map(|text| (text.trim_start().starts_with('{'), decode(text))) {
        Some((true, Ok(v))) => v,
        Some((false, Ok(_))) | None => {
            warnings.push(body_warning(WarningCode::NotAnObject, String::new()));
            empty
        }
        Some((_, Err(e))) => {
            let why = match e {
                DecodeError::LoneSurrogate => "an unpaired UTF-16 surrogate",
                DecodeError::Depth => "arrays or objects nested 512 levels deep",
                DecodeError::Syntax => "malformed JSON",
            };
            warnings.push(body_warning(WarningCode::UndecodableBody, why.into()));
            empty
        }
    }
}

/// The verdict on a body over `MAX_BODY_BYTES` (`len` is its size in UTF-8 bytes, or at least that).
pub fn too_large(len: usize, locale: Locale) -> Verdict {
    let mut size = String::new();
    crate::core::value::push_int(&mut size, len as i64);
    let message = crate::core::messages::fill(
        locale.pick(
            "The webhook body is :size bytes of JSON; the limit is 1 MiB (1048576 bytes).",
            "O corpo do webhook tem :size bytes de JSON; o limite é 1 MiB (1048576 bytes).",
        ),
        &[(":size", &size)],
    );
    let issue = Issue {
        field: "body".into(),
        rule: "body_size",
        params: Params::Max(MAX_BODY_BYTES as u32),
        message,
    };
    Verdict {
        valid: false,
        locale,
        issues: vec![issue],
        warnings: Vec::new(),
        value: None,
    }
}
