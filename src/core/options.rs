//! Reading `validateWebhook`'s options object (already decoded from JSON) into `Options`.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::core::locale::Locale;
use crate::core::rules::Mode;
use crate::core::validate::Options;
use crate::core::value::Value;

/// Why an options object was refused: the option's name and what it must be.
#[derive(Debug, PartialEq, Eq)]
pub struct OptionsError {
    pub option: &'static str,
    pub expected: &'static str,
}

pub fn parse_options(v: &Value) -> Result<Options, OptionsError> {
    let mut o = Options::default();
    let err = |option, expected| Err(OptionsError { option, expected });
    match v {
        Value::Null => return Ok(o),
        Value::Array(_) => {}
        _ => return err("options", "an object"),
    }
    match v.get("mode") {
        None | Some(Value::Null) => {}
        Some(Value::Str(s)) if s == "create" => o.mode = Mode::Create,
        Some(Value::Str(s)) if s == "update" => o.mode = Mode::Update,
        Some(_) => return err("mode", "'create' or 'update'"),
    }
    match v.get("locale") {
        None | Some(Value::Null) => {}
        Some(Value::Str(s)) => match Locale::parse(s) {
            Some(l) => o.locale = l,
            None => return err("locale", "'en' or 'pt-BR'"),
        },
        Some(_) => return err("locale", "'en' or 'pt-BR'"),
    }
    match v.get("strict") {
        None | Some(Value::Null) => {}
        Some(Value::Bool(b)) => o.strict = *b,
        Some(_) => return err("strict", "a boolean"),
    }
    match v.get("events") {
        None | Some(Value::Null) => {}
        // Either a list of ids, or the `available_events` object (id → description) as List returns it.
        Some(Value::Array(items)) => {
            let is_list = items
                .iter()
                .enumerate()
                .all(|(i, (k, _))| *k == crate::core::value::Key::Int(i as i64));
            let mut ids = Vec::with_capacity(items.len());
            for (k, item) in items {
                match (is_list, item) {
                    (true, Value::Str(s)) => ids.push(s.clone()),
                    (false, _) => {
                        let mut id = String::new();
                        k.write_to(&mut id);
                        ids.push(id);
                    }
                    _ => {
                        return err(
                            "events",
                            "a list of event ids or an object keyed by event id",
                        )
                    }
                }
            }
            o.events = Some(ids);
        }
        Some(_) => {
            return err(
                "events",
                "a list of event ids or an object keyed by event id",
            )
        }
    }
    Ok(o)
}
