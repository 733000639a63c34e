//! Property tests of the core: no input makes it panic, verdicts are self-consistent, and the body it
//! would send is itself valid and stable (validating the sent body gives the same body back).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use talkover_webhooks::core::json::{decode, write_value};
use talkover_webhooks::core::rules::{Mode, FIELDS};
use talkover_webhooks::core::url_rule::is_laravel_url;
use talkover_webhooks::core::validate::{validate, Options};
use talkover_webhooks::core::value::{Key, Value};

const EVENTS: &[&str] = &[
    "event_action",
    "event_recording",
    "event_phone_call_ended",
    "nope",
    " event_action ",
];

fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::Int),
        (-1000i64..1000).prop_map(Value::Int),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| Value::Float(format!("{f:?}").into())),
        ".{0,12}".prop_map(Value::Str),
        "[ \t\n]{0,2}[0-9a-z.:/%@\\[\\]-]{0,30}[ \t\n]{0,2}".prop_map(Value::Str),
        prop::sample::select(EVENTS).prop_map(|s| Value::Str(s.into())),
        prop::sample::select(
            &[
                "https://example.com/h",
                "http://localhost:8080/x",
                "ftp://a.b",
                "https://[::1]/"
            ][..]
        )
        .prop_map(|s| Value::Str(s.into())),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    scalar().prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(|v| Value::Array(
                v.into_iter()
                    .enumerate()
                    .map(|(i, x)| (Key::Int(i as i64), x))
                    .collect()
            )),
            prop::collection::vec(("[a-z_]{1,8}|key|value|event_action", inner), 0..6).prop_map(
                |v| {
                    let mut items: Vec<(Key, Value)> = Vec::new();
                    for (k, x) in v {
                        let key = Key::from_name(k);
                        if !items.iter().any(|(o, _)| *o == key) {
                            items.push((key, x));
                        }
                    }
                    Value::Array(items)
                }
            ),
        ]
    })
}

/// A body with a random subset of the documented fields, each a random JSON value.
fn body() -> impl Strategy<Value = Value> {
    // The documented fields plus one the API doesn't know.
    let names: Vec<&'static str> = FIELDS.iter().copied().chain(["extra"]).collect();
    prop::collection::vec((prop::sample::select(names), json_value()), 0..12).prop_map(|pairs| {
        let mut items: Vec<(Key, Value)> = Vec::new();
        for (k, v) in pairs {
            if !items.iter().any(|(o, _)| o.is(k)) {
                items.push((Key::Str(k.into()), v));
            }
        }
        Value::Array(items)
    })
}

fn json_text(v: &Value) -> String {
    let mut s = String::new();
    write_value(&mut s, v);
    s
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_any_text(text in ".{0,200}") {
        let _ = validate(Some(&text), &Options::default());
        let _ = is_laravel_url(&text);
    }

    #[test]
    fn verdict_is_consistent_and_the_sent_body_is_stable(v in body(), update in any::<bool>(), pt in any::<bool>()) {
        let options = Options {
            mode: if update { Mode::Update } else { Mode::Create },
            locale: if pt { talkover_webhooks::core::locale::Locale::PtBr } else { Default::default() },
            ..Options::default()
        };
        let verdict = validate(Some(&json_text(&v)), &options);
        prop_assert_eq!(verdict.valid, verdict.issues.is_empty());
        prop_assert_eq!(verdict.valid, verdict.value.is_some());
        prop_assert!(verdict.issues.iter().all(|i| !i.message.is_empty() && !i.message.contains(":attribute")));
        let json = verdict.to_json();
        prop_assert!(decode(&json).is_ok(), "result is JSON: {}", json);
        if let Some(sent) = &verdict.value {
            let text = sent.clone();
            let again = validate(Some(&text), &options);
            prop_assert!(again.valid, "the sent body {} is refused: {:?}", text,
                again.issues.iter().map(|i| &i.message).collect::<Vec<_>>());
            prop_assert_eq!(Some(text), again.value);
        }
    }

    #[test]
    fn ascii_padding_is_trimmed_like_php(pad_l in "[ \t\n\r]{0,3}", pad_r in "[ \t\n\r]{0,3}") {
        let body = format!(
            r#"{{"name":"{l}Orders{r}","webhook_url":"{l}https://example.com/h{r}","events":["{l}event_action{r}"]}}"#,
            l = pad_l.escape_default(), r = pad_r.escape_default());
        let verdict = validate(Some(&body), &Options::default());
        prop_assert!(verdict.valid);
    }

    #[test]
    fn decode_reads_back_what_write_wrote(v in json_value()) {
        let text = json_text(&v);
        let back = decode(&text).expect("own output decodes");
        prop_assert_eq!(json_text(&back), text);
    }
}
