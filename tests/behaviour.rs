//! The choices the README documents beyond Laravel's verdict: warnings, strict mode, locales, the
//! normalised body, and bodies the server cannot read.
#![cfg(not(target_arch = "wasm32"))]

use talkover_webhooks::core::locale::Locale;
use talkover_webhooks::core::rules::Mode;
use talkover_webhooks::core::validate::{validate, Options};

fn codes(body: &str, options: &Options) -> Vec<(String, String)> {
    validate(Some(body), options)
        .warnings
        .iter()
        .map(|w| (w.field.clone(), w.code.to_string()))
        .collect()
}

fn sent(body: &str, options: &Options) -> String {
    validate(Some(body), options).value.expect("valid")
}

const BASE: &str =
    r#""name":"Orders","webhook_url":"https://example.com/h","events":["event_action"]"#;

#[test]
fn warns_about_urls_the_server_accepts_but_cannot_reach() {
    let o = Options::default();
    let url = |u: &str| {
        codes(
            &format!(r#"{{"name":"A","webhook_url":"{u}","events":["event_action"]}}"#),
            &o,
        )
    };
    assert_eq!(
        url("http://example.com/h"),
        [("webhook_url".into(), "insecure_scheme".into())]
    );
    assert_eq!(
        url("ftp://example.com/h"),
        [("webhook_url".into(), "non_http_scheme".into())]
    );
    assert_eq!(
        url("https://localhost:8443/h"),
        [("webhook_url".into(), "local_host".into())]
    );
    assert_eq!(
        url("https://192.168.0.10/h"),
        [("webhook_url".into(), "private_host".into())]
    );
    assert_eq!(
        url("https://[::1]/h"),
        [("webhook_url".into(), "local_host".into())]
    );
    assert!(url("https://example.com/h").is_empty());
    // No warning doubles an error: an invalid URL gets only its error.
    assert!(url("localhost").is_empty());
}

#[test]
fn warns_about_blank_names_duplicates_and_unknown_fields() {
    let o = Options::default();
    let w = codes(
        r#"{"name":"\u00a0\u3000","webhook_url":"https://a.io","events":["event_action","event_recording","event_action","event_action"],"webhookUrl":"x"}"#,
        &o,
    );
    assert_eq!(
        w,
        [
            ("webhookUrl".to_string(), "unknown_field".to_string()),
            ("name".into(), "blank_name".into()),
            ("events".into(), "duplicate_event".into()),
        ]
    );
}

#[test]
fn strict_mode_makes_warnings_errors() {
    let body = r#"{"name":"A","webhook_url":"http://a.io","events":["event_action"]}"#;
    assert!(validate(Some(body), &Options::default()).valid);
    let strict = validate(
        Some(body),
        &Options {
            strict: true,
            ..Options::default()
        },
    );
    assert!(!strict.valid);
    assert!(strict.warnings.is_empty());
    assert_eq!(strict.issues[0].field, "webhook_url");
    assert_eq!(strict.issues[0].rule, "insecure_scheme");
}

#[test]
fn bodies_the_server_cannot_read_explain_why() {
    let o = Options::default();
    let lone = format!(r#"{{{BASE},"note":"\ud800"}}"#);
    let v = validate(Some(&lone), &o);
    assert_eq!(v.issues.len(), 3, "the server sees an empty body");
    assert_eq!(v.warnings[0].code, "undecodable_body");
    assert!(v.warnings[0].message.contains("surrogate"));
    let deep = format!(r#"{{{BASE},"x":{}{}}}"#, "[".repeat(511), "]".repeat(511));
    assert_eq!(
        validate(Some(&deep), &o).warnings[0].code,
        "undecodable_body"
    );
    let ok_deep = format!(r#"{{{BASE},"x":{}{}}}"#, "[".repeat(510), "]".repeat(510));
    assert!(validate(Some(&ok_deep), &o).valid);
    for body in [None, Some("[1]"), Some("\"text\""), Some("7")] {
        let v = validate(body, &o);
        assert_eq!(v.warnings[0].code, "not_an_object", "{body:?}");
        assert_eq!(v.issues.len(), 3);
    }
}

#[test]
fn portuguese_messages_keep_the_server_keys() {
    let v = validate(
        Some(r#"{"timeout":"x"}"#),
        &Options {
            locale: Locale::PtBr,
            ..Options::default()
        },
    );
    let errors = v.errors();
    assert_eq!(errors[0], ("name", vec!["O campo nome é obrigatório."]));
    assert_eq!(
        errors[3],
        (
            "timeout",
            vec![
                "O campo tempo limite deve ser um número inteiro.",
                "O campo tempo limite deve estar entre 5 e 120."
            ]
        )
    );
}

#[test]
fn create_sends_documented_defaults_and_typed_values() {
    let body = format!(
        r#"{{{BASE},"timeout":" 45 ","enabled":"0","custom_headers":{{"a":{{"key":" X-A ","value":"1","extra":true}}}},"webhook_secret":""}}"#
    );
    assert_eq!(
        sent(&body, &Options::default()),
        r#"{"name":"Orders","webhook_url":"https://example.com/h","events":["event_action"],"timeout":45,"max_retries":3,"enabled":false,"http_method":"POST","authorization_scheme":"none","custom_headers":[{"key":"X-A","value":"1"}]}"#
    );
}

#[test]
fn update_sends_only_what_is_present_and_keeps_nulls() {
    let update = Options {
        mode: Mode::Update,
        ..Options::default()
    };
    assert_eq!(
        sent(r#"{"webhook_secret":null,"max_retries":"2"}"#, &update),
        r#"{"webhook_secret":null,"max_retries":2}"#
    );
    assert_eq!(
        sent(r#"{"payload_templates":{}}"#, &update),
        r#"{"payload_templates":{}}"#
    );
    assert!(!validate(Some(r#"{"name":null}"#), &update).valid);
}

#[test]
fn huge_bodies_are_refused_and_huge_error_lists_are_cut() {
    let o = Options::default();
    let big = format!(r#"{{{BASE},"x":"{}"}}"#, "a".repeat(1 << 20));
    let v = validate(Some(&big), &o);
    assert!(!v.valid);
    assert_eq!(
        (v.issues[0].field.as_str(), v.issues[0].rule),
        ("body", "body_size")
    );
    let slots = format!(
        r#"{{{BASE},"custom_headers":[{}null]}}"#,
        "null,".repeat(5000)
    );
    let v = validate(Some(&slots), &o);
    assert!(!v.valid);
    assert!((1000..1010).contains(&v.issues.len()), "{}", v.issues.len());
    assert_eq!(v.warnings.last().map(|w| w.code), Some("truncated_issues"));
}

#[test]
fn repeated_keys_keep_their_first_place_and_last_value_in_big_objects() {
    // JSON.stringify never repeats a key, but a raw body can; PHP keeps the first position, last value.
    let many: String = (0..100).map(|i| format!(r#""k{i}":{i},"#)).collect();
    let body = format!(r#"{{"name":"first",{many}{BASE}}}"#);
    let v = validate(Some(&body), &Options::default());
    assert!(v.valid);
    let sent_body = v.value.expect("valid");
    assert!(sent_body.starts_with(r#"{"name":"Orders""#), "{sent_body}");
}

#[test]
fn a_long_live_event_list_is_checked_by_exact_and_numeric_match() {
    let mut ids: Vec<String> = (0..500).map(|i| format!("event_custom_{i}")).collect();
    ids.push("10".into());
    let o = Options {
        events: Some(ids),
        ..Options::default()
    };
    let ok =
        r#"{"name":"A","webhook_url":"https://a.io","events":["event_custom_499","1e1","+10"]}"#;
    assert!(validate(Some(ok), &o).valid);
    let bad =
        r#"{"name":"A","webhook_url":"https://a.io","events":["event_custom_500","event_action"]}"#;
    assert_eq!(validate(Some(bad), &o).issues.len(), 2);
}
