//! The server's rule set for a webhook body, as Laravel rule lists (see the README for the choices made
//! for the four fields whose rules the docs leave unsaid).

#[allow(unused_imports)]
use crate::prelude::*;

/// One Laravel rule. `code()` is Laravel's rule name as it appears in `issues[].rule`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    Required,
    Sometimes,
    Nullable,
    String,
    Url,
    Array,
    /// `array:<event ids>`: an array whose keys are all event ids.
    ArrayKeyedByEvents,
    Integer,
    Boolean,
    Max(u32),
    Min(u32),
    Between(u32, u32),
    In(Enum),
}

/// The value lists that `in:` rules refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Enum {
    Events,
    HttpMethods,
    AuthorizationSchemes,
}

pub const HTTP_METHODS: &[&str] = &["POST", "PUT", "PATCH"];
pub const AUTHORIZATION_SCHEMES: &[&str] = &["none", "bearer", "basic", "api_key", "custom"];

impl Rule {
    pub fn code(self) -> &'static str {
        match self {
            Rule::Required => "required",
            Rule::Sometimes => "sometimes",
            Rule::Nullable => "nullable",
            Rule::String => "string",
            Rule::Url => "url",
            Rule::Array | Rule::ArrayKeyedByEvents => "array",
            Rule::Integer => "integer",
            Rule::Boolean => "boolean",
            Rule::Max(_) => "max",
            Rule::Min(_) => "min",
            Rule::Between(..) => "between",
            Rule::In(_) => "in",
        }
    }

    /// Laravel's "implicit" rules run even when the attribute is absent, and stop the attribute's
    /// remaining rules when they fail.
    pub fn is_implicit(self) -> bool {
        self == Rule::Required
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Create,
    Update,
}

/// A rule list for one attribute. `attr` may hold one `*` standing for every key of the parent array.
pub struct FieldRules {
    pub attr: &'static str,
    pub rules: &'static [Rule],
}

use Rule::*;

const REQUIRED_NAME: &[Rule] = &[Required, String, Max(255)];
const SOMETIMES_NAME: &[Rule] = &[Sometimes, String, Max(255)];
const REQUIRED_URL: &[Rule] = &[Required, Url, Max(500)];
const SOMETIMES_URL: &[Rule] = &[Sometimes, Url, Max(500)];
const REQUIRED_EVENTS: &[Rule] = &[Required, Array, Min(1)];
const SOMETIMES_EVENTS: &[Rule] = &[Sometimes, Array, Min(1)];

macro_rules! rule_set {
    ($name:ident, $url:ident, $events:ident) => {
        &[
            FieldRules {
                attr: "name",
                rules: $name,
            },
            FieldRules {
                attr: "webhook_url",
                rules: $url,
            },
            FieldRules {
                attr: "webhook_secret",
                rules: &[Nullable, String, Max(255)],
            },
            FieldRules {
                attr: "events",
                rules: $events,
            },
            FieldRules {
                attr: "events.*",
                rules: &[In(Enum::Events)],
            },
            FieldRules {
                attr: "timeout",
                rules: &[Nullable, Integer, Between(5, 120)],
            },
            FieldRules {
                attr: "max_retries",
                rules: &[Nullable, Integer, Between(0, 10)],
            },
            FieldRules {
                attr: "enabled",
                rules: &[Nullable, Boolean],
            },
            FieldRules {
                attr: "http_method",
                rules: &[Nullable, String, In(Enum::HttpMethods)],
            },
            FieldRules {
                attr: "authorization_scheme",
                rules: &[Nullable, String, In(Enum::AuthorizationSchemes)],
            },
            FieldRules {
                attr: "custom_headers",
                rules: &[Nullable, Array, Max(50)],
            },
            FieldRules {
                attr: "custom_headers.*",
                rules: &[Array],
            },
            FieldRules {
                attr: "custom_headers.*.key",
                rules: &[Required, String, Max(255)],
            },
            FieldRules {
                attr: "custom_headers.*.value",
                rules: &[Required, String, Max(2048)],
            },
            FieldRules {
                attr: "payload_templates",
                rules: &[Nullable, ArrayKeyedByEvents],
            },
            FieldRules {
                attr: "payload_templates.*",
                rules: &[Array],
            },
        ]
    };
}

pub static CREATE: &[FieldRules] = rule_set!(REQUIRED_NAME, REQUIRED_URL, REQUIRED_EVENTS);
pub static UPDATE: &[FieldRules] = rule_set!(SOMETIMES_NAME, SOMETIMES_URL, SOMETIMES_EVENTS);

pub fn rules_for(mode: Mode) -> &'static [FieldRules] {
    match mode {
        Mode::Create => CREATE,
        Mode::Update => UPDATE,
    }
}

/// The eleven documented body fields, in the docs' order.
pub const FIELDS: &[&str] = &[
    "name",
    "webhook_url",
    "webhook_secret",
    "events",
    "timeout",
    "max_retries",
    "enabled",
    "http_method",
    "authorization_scheme",
    "custom_headers",
    "payload_templates",
];
