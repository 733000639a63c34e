//! The JavaScript face of the core: thin exports that turn JS values into JSON text (exactly what a
//! request would carry), call the core, and hand back plain objects. Nothing here throws or traps on
//! any value a caller can pass: a value `JSON.stringify` refuses becomes a result with an error.

#[allow(unused_imports)]
use crate::prelude::*;

mod client;
mod types;

use js_sys::JSON;
use wasm_bindgen::prelude::*;

use crate::core::events::EVENTS;
use crate::core::json::{decode, write_str};
use crate::core::locale::Locale;
use crate::core::options::parse_options;
use crate::core::validate::{too_large, validate, Options, MAX_BODY_BYTES};
use crate::core::verdict::{Issue, Params, Verdict};

/// What `JSON.stringify(value)` gives.
enum Stringified {
    Text(String),
    /// `undefined`: functions, symbols, `undefined` itself.
    Nothing,
    /// Longer than the core would judge; its UTF-16 length, checked before copying it into wasm memory.
    TooLong(usize),
    /// It threw: a cycle, a BigInt, a throwing getter or proxy.
    Threw,
}

fn stringify(value: &JsValue) -> Stringified {
    let Ok(text) = JSON::stringify(value) else {
        return Stringified::Threw;
    };
    // The binding says JsString, but JSON.stringify returns `undefined` for functions and symbols.
    if !text.is_string() {
        return Stringified::Nothing;
    }
    let units = text.length() as usize;
    if units > MAX_BODY_BYTES {
        // UTF-8 takes at least one byte per UTF-16 unit, so this is over the byte limit too.
        return Stringified::TooLong(units);
    }
    match text.as_string() {
        Some(s) => Stringified::Text(s),
        None => Stringified::Nothing,
    }
}

fn to_js(json: &str) -> JsValue {
    // Our own JSON always parses; if the engine still refuses (out of memory), answer with a fixed
    // result rather than `undefined`.
    JSON::parse(json).unwrap_or_else(|_| {
        JSON::parse(r#"{"valid":false,"errors":{"body":["The result could not be built."]},"issues":[{"field":"body","rule":"json","params":{},"message":"The result could not be built."}],"warnings":[]}"#)
            .unwrap_or(JsValue::NULL)
    })
}

fn refused(field: &str, rule: &'static str, message: String, locale: Locale) -> JsValue {
    let issue = Issue {
        field: field.into(),
        rule,
        params: Params::None,
        message,
    };
    to_js(
        &Verdict {
            valid: false,
            locale,
            issues: vec![issue],
            warnings: Vec::new(),
            value: None,
        }
        .to_json(),
    )
}

/// Validates a webhook body exactly as Talkover's server (Laravel 8) would judge `JSON.stringify(input)`.
#[wasm_bindgen(js_name = validateWebhook, unchecked_return_type = "ValidationResult")]
pub fn validate_webhook(
    #[wasm_bindgen(unchecked_param_type = "unknown")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ValidateOptions | undefined")] options: JsValue,
) -> JsValue {
    let options = match read_options(&options) {
        Ok(o) => o,
        Err(message) => return refused("options", "options", message, Locale::En),
    };
    match stringify(&input) {
        Stringified::Text(body) => to_js(&validate(Some(&body), &options).to_json()),
        Stringified::Nothing => to_js(&validate(None, &options).to_json()),
        Stringified::TooLong(len) => to_js(&too_large(len, options.locale).to_json()),
        Stringified::Threw => refused(
            "body",
            "json",
            json_refused_message(options.locale).into(),
            options.locale,
        ),
    }
}

fn json_refused_message(locale: Locale) -> &'static str {
    locale.pick(
        "The webhook cannot be converted to JSON (JSON.stringify threw: a cycle, a BigInt, or a getter or proxy that throws), so it cannot be sent.",
        "O webhook não pode ser convertido em JSON (JSON.stringify lançou um erro: um ciclo, um BigInt, ou um getter ou proxy que lança), então não pode ser enviado.",
    )
}

fn read_options(options: &JsValue) -> Result<Options, String> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    let bad = |what: &str| ["The options must be ", what, "."].concat();
    let text = match stringify(options) {
        Stringified::Text(text) => text,
        Stringified::Nothing => return Err(bad("an object")),
        Stringified::TooLong(_) => return Err(bad("under 1 MiB of JSON")),
        Stringified::Threw => return Err(bad("convertible to JSON")),
    };
    let value = decode(&text).map_err(|_| bad("plain JSON data"))?;
    parse_options(&value)
        .map_err(|e| ["The option ", e.option, " must be ", e.expected, "."].concat())
}

/// The built-in catalogue of the 22 agent-webhook events, with descriptions in `locale` ('en' by default).
#[wasm_bindgen(js_name = availableEvents, unchecked_return_type = "AvailableEvent[]")]
pub fn available_events(
    #[wasm_bindgen(unchecked_param_type = "Locale | undefined")] locale: JsValue,
) -> Result<JsValue, JsValue> {
    let locale = if locale.is_undefined() || locale.is_null() {
        Locale::En
    } else {
        locale
            .as_string()
            .and_then(|s| Locale::parse(&s))
            .ok_or_else(|| {
                js_sys::RangeError::new("availableEvents: locale must be 'en' or 'pt-BR'")
            })?
    };
    let mut o = String::from("[");
    for (i, e) in EVENTS.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        for (j, (k, v)) in [
            ("id", e.id),
            ("description", e.description(locale)),
            ("group", e.group.code()),
            ("groupLabel", e.group.label(locale)),
        ]
        .iter()
        .enumerate()
        {
            o.push(if j == 0 { '{' } else { ',' });
            write_str(&mut o, k);
            o.push(':');
            write_str(&mut o, v);
        }
        o.push('}');
    }
    o.push(']');
    Ok(to_js(&o))
}
