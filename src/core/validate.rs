//! `validate`: from the JSON text a client would send to the server's verdict on it.

use crate::core::events::EVENTS;
use crate::core::json::{decode, DecodeError};
use crate::core::locale::Locale;
use crate::core::messages::{display_name, render};
use crate::core::middleware;
use crate::core::normalize::normalize;
use crate::core::rules::{rules_for, Mode};
use crate::core::validator::{run, Context};
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

/// Validates the body a request would carry. `body` is `None` when no body would be sent at all
/// (what `JSON.stringify(undefined)` means), which the server sees as an empty input.
pub fn validate(body: Option<&str>, options: &Options) -> Verdict {
    let mut warnings = Vec::new();
    let undecodable = |why: &str| Warning {
        field: String::new(),
        code: WarningCode::UndecodableBody,
        value: why.into(),
    };
    let not_object = Warning {
        field: String::new(),
        code: WarningCode::NotAnObject,
        value: String::new(),
    };
    // Laravel reads the body as `(array) json_decode($body, true)`: a scalar or list body names no
    // field, and a body PHP cannot decode is an empty input.
    let mut input = match body.map(|text| (text.trim_start().starts_with('{'), decode(text))) {
        Some((true, Ok(v))) => v,
        Some((false, Ok(_))) | None => {
            warnings.push(not_object);
            Value::Array(Vec::new())
        }
        Some((_, Err(e))) => {
            warnings.push(undecodable(match e {
                DecodeError::LoneSurrogate => "an unpaired UTF-16 surrogate",
                DecodeError::Depth => "nesting deeper than 512 levels",
                DecodeError::Syntax => "malformed JSON",
            }));
            Value::Array(Vec::new())
        }
    };
    middleware::apply(&mut input);
    let failures = run(
        &input,
        rules_for(options.mode),
        &Context {
            events: options.events.as_deref(),
        },
    );
    let locale = options.locale;
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
    let mut failed_fields: Vec<&str> = issues
        .iter()
        .map(|i| i.field.split('.').next().unwrap_or(""))
        .collect();
    failed_fields.dedup();
    let mut found = Vec::new();
    let known_events: Vec<&str> = match &options.events {
        Some(list) => list.iter().map(String::as_str).collect(),
        None => EVENTS.iter().map(|e| e.id).collect(),
    };
    collect(
        &input,
        &known_events,
        |f| !failed_fields.contains(&f),
        &mut found,
    );
    warnings.extend(found);
    let warnings_out: Vec<WarningOut> = warnings
        .iter()
        .map(|w| WarningOut {
            field: w.field.clone(),
            code: w.code.code(),
            message: w.message(locale),
        })
        .collect();
    let (warnings_out, strict_issues) = if options.strict {
        (Vec::new(), warnings_out)
    } else {
        (warnings_out, Vec::new())
    };
    for w in strict_issues {
        issues.push(Issue {
            field: w.field,
            rule: w.code,
            params: Params::None,
            message: w.message,
        });
    }
    let valid = issues.is_empty();
    let value = valid.then(|| normalize(&input, options.mode));
    Verdict {
        valid,
        locale,
        issues,
        warnings: warnings_out,
        value,
    }
}
