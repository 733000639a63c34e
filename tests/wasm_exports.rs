//! The exported JS functions, run under wasm-bindgen-test in Node, Chrome and Firefox: results are plain
//! objects of the documented shape, values JSON.stringify refuses give an error result (never a throw),
//! and options are read as documented.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Function, Object, Reflect, JSON};
use talkover_webhooks::wasm::{available_events, validate_webhook};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn js(src: &str) -> JsValue {
    Function::new_no_args(&format!("return ({src});"))
        .call0(&JsValue::NULL)
        .expect("test expression evaluates")
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).expect("property readable")
}

fn errors_of(result: &JsValue) -> String {
    JSON::stringify(&get(result, "errors"))
        .ok()
        .and_then(|s| JsValue::from(s).as_string())
        .unwrap_or_default()
}

const VALID: &str = r#"{ name: " Orders ", webhook_url: "https://example.com/h", events: ["event_phone_call_ended"], timeout: "45" }"#;

#[wasm_bindgen_test]
fn valid_body_returns_the_normalised_value() {
    let r = validate_webhook(js(VALID), JsValue::UNDEFINED);
    assert_eq!(get(&r, "valid"), JsValue::TRUE);
    let value = get(&r, "value");
    assert_eq!(get(&value, "name").as_string().as_deref(), Some("Orders"));
    assert_eq!(get(&value, "timeout").as_f64(), Some(45.0));
    assert_eq!(get(&value, "max_retries").as_f64(), Some(3.0));
    assert_eq!(
        get(&value, "http_method").as_string().as_deref(),
        Some("POST")
    );
    assert!(Array::is_array(&get(&r, "issues")));
}

#[wasm_bindgen_test]
fn invalid_body_is_keyed_like_the_server() {
    let r = validate_webhook(
        js(r#"{ name: "", webhook_url: "nope", events: ["x"] }"#),
        JsValue::UNDEFINED,
    );
    assert_eq!(get(&r, "valid"), JsValue::FALSE);
    assert_eq!(
        errors_of(&r),
        r#"{"name":["The name field is required."],"webhook_url":["The webhook url must be a valid URL."],"events.0":["The selected events.0 is invalid."]}"#
    );
    assert!(get(&r, "value").is_undefined());
}

#[wasm_bindgen_test]
fn locale_and_mode_options_apply() {
    let r = validate_webhook(js("{}"), js(r#"{ locale: "pt-BR" }"#));
    assert!(
        errors_of(&r).contains("O campo nome é obrigatório."),
        "{}",
        errors_of(&r)
    );
    let r = validate_webhook(js("{ timeout: 3 }"), js(r#"{ mode: "update" }"#));
    assert_eq!(
        errors_of(&r),
        r#"{"timeout":["The timeout must be between 5 and 120."]}"#
    );
}

#[wasm_bindgen_test]
fn strict_turns_warnings_into_errors() {
    let body = r#"{ name: "A", webhook_url: "http://localhost/h", events: ["event_action"] }"#;
    let lenient = validate_webhook(js(body), JsValue::UNDEFINED);
    assert_eq!(get(&lenient, "valid"), JsValue::TRUE);
    assert_eq!(Array::from(&get(&lenient, "warnings")).length(), 2);
    let strict = validate_webhook(js(body), js("{ strict: true }"));
    assert_eq!(get(&strict, "valid"), JsValue::FALSE);
    assert!(errors_of(&strict).contains("localhost"));
}

#[wasm_bindgen_test]
fn live_events_list_replaces_the_catalogue() {
    let body = r#"{ name: "A", webhook_url: "https://a.io", events: ["event_call_transcript"] }"#;
    assert_eq!(
        get(&validate_webhook(js(body), JsValue::UNDEFINED), "valid"),
        JsValue::FALSE
    );
    let live = js(r#"{ events: { event_call_transcript: "Transcript ready" } }"#);
    assert_eq!(
        get(&validate_webhook(js(body), live), "valid"),
        JsValue::TRUE
    );
}

#[wasm_bindgen_test]
fn unserialisable_input_is_an_error_result_not_a_throw() {
    for src in [
        "(() => { const o = {}; o.self = o; return o; })()",
        "({ name: 10n })",
        "({ get name() { throw new Error('boom'); } })",
        "new Proxy({}, { ownKeys() { throw new Error('trap'); } })",
    ] {
        let r = validate_webhook(js(src), JsValue::UNDEFINED);
        assert_eq!(get(&r, "valid"), JsValue::FALSE, "{src}");
        assert!(
            errors_of(&r).starts_with(r#"{"body":["The webhook cannot be converted to JSON"#),
            "{src}: {}",
            errors_of(&r)
        );
    }
    for src in [
        "undefined",
        "null",
        "42",
        "'text'",
        "Symbol('s')",
        "() => 1",
        "[1, 2]",
    ] {
        let r = validate_webhook(js(src), JsValue::UNDEFINED);
        assert_eq!(
            errors_of(&r).matches("field is required").count(),
            3,
            "{src}: {}",
            errors_of(&r)
        );
    }
}

#[wasm_bindgen_test]
fn oversized_input_is_refused_before_it_is_copied() {
    let r = validate_webhook(
        js("{ name: 'x'.repeat(2 * 1024 * 1024) }"),
        JsValue::UNDEFINED,
    );
    assert_eq!(get(&r, "valid"), JsValue::FALSE);
    assert!(
        errors_of(&r).starts_with(r#"{"body":["The webhook body is"#),
        "{}",
        errors_of(&r)
    );
    let r = validate_webhook(
        js("{ custom_headers: new Array(100000) }"),
        JsValue::UNDEFINED,
    );
    assert!(Array::from(&get(&r, "issues")).length() < 1010);
}

#[wasm_bindgen_test]
fn bad_options_are_reported_not_thrown() {
    for src in [
        "{ mode: 'delete' }",
        "{ locale: 'fr' }",
        "{ strict: 'yes' }",
        "{ events: 5 }",
        "7",
        "(() => { const o = {}; o.o = o; return o; })()",
    ] {
        let r = validate_webhook(js(VALID), js(src));
        assert_eq!(get(&r, "valid"), JsValue::FALSE, "{src}");
        assert!(
            errors_of(&r).starts_with(r#"{"options":["The option"#)
                || errors_of(&r).starts_with(r#"{"options":["The options"#),
            "{src}: {}",
            errors_of(&r)
        );
    }
}

#[wasm_bindgen_test]
fn available_events_lists_22_in_both_locales() {
    let en = Array::from(&available_events(JsValue::UNDEFINED).expect("en"));
    let pt = Array::from(&available_events("pt-BR".into()).expect("pt-BR"));
    assert_eq!(en.length(), 22);
    assert_eq!(pt.length(), 22);
    let first = en.get(0);
    assert_eq!(
        get(&first, "id").as_string().as_deref(),
        Some("event_phone_call_started")
    );
    assert_eq!(
        get(&first, "group").as_string().as_deref(),
        Some("phone_call")
    );
    assert_ne!(get(&pt.get(0), "description"), get(&first, "description"));
    assert!(first.is_instance_of::<Object>());
    let err = available_events("fr".into()).expect_err("unknown locale");
    assert!(err.is_instance_of::<js_sys::RangeError>());
}
