//! Message templates per rule and locale, rendered from a rule code and its parameters.
//! English follows Laravel 8's stock `validation.php`; Portuguese follows laravel-lang's pt_BR.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::core::locale::Locale;
use crate::core::rules::Rule;

/// Laravel picks the size-message variant from the attribute's rules, not from its value.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SizeKind {
    Numeric,
    Array,
    String,
}

fn template(rule: Rule, kind: SizeKind, locale: Locale) -> &'static str {
    use SizeKind as K;
    let (en, pt) = match (rule, kind) {
        (Rule::Required, _) => (
            "The :attribute field is required.",
            "O campo :attribute é obrigatório.",
        ),
        (Rule::String, _) => (
            "The :attribute must be a string.",
            "O campo :attribute deve ser uma string.",
        ),
        (Rule::Url, _) => (
            "The :attribute must be a valid URL.",
            "O campo :attribute deve ser uma URL válida.",
        ),
        (Rule::Array | Rule::ArrayKeyedByEvents, _) => (
            "The :attribute must be an array.",
            "O campo :attribute deve ser um array.",
        ),
        (Rule::Integer, _) => (
            "The :attribute must be an integer.",
            "O campo :attribute deve ser um número inteiro.",
        ),
        (Rule::Boolean, _) => (
            "The :attribute field must be true or false.",
            "O campo :attribute deve ser verdadeiro ou falso.",
        ),
        (Rule::In(_), _) => (
            "The selected :attribute is invalid.",
            "O campo :attribute selecionado é inválido.",
        ),
        (Rule::Max(_), K::Numeric) => (
            "The :attribute must not be greater than :max.",
            "O campo :attribute não pode ser superior a :max.",
        ),
        (Rule::Max(_), K::Array) => (
            "The :attribute must not have more than :max items.",
            "O campo :attribute não pode ter mais do que :max itens.",
        ),
        (Rule::Max(_), K::String) => (
            "The :attribute must not be greater than :max characters.",
            "O campo :attribute não pode ser superior a :max caracteres.",
        ),
        (Rule::Min(_), K::Numeric) => (
            "The :attribute must be at least :min.",
            "O campo :attribute deve ser pelo menos :min.",
        ),
        (Rule::Min(_), K::Array) => (
            "The :attribute must have at least :min items.",
            "O campo :attribute deve ter pelo menos :min itens.",
        ),
        (Rule::Min(_), K::String) => (
            "The :attribute must be at least :min characters.",
            "O campo :attribute deve ter pelo menos :min caracteres.",
        ),
        (Rule::Between(..), K::Numeric) => (
            "The :attribute must be between :min and :max.",
            "O campo :attribute deve estar entre :min e :max.",
        ),
        (Rule::Between(..), K::Array) => (
            "The :attribute must have between :min and :max items.",
            "O campo :attribute deve ter entre :min e :max itens.",
        ),
        (Rule::Between(..), K::String) => (
            "The :attribute must be between :min and :max characters.",
            "O campo :attribute deve ter entre :min e :max caracteres.",
        ),
        (Rule::Sometimes | Rule::Nullable, _) => ("", ""),
    };
    locale.pick(en, pt)
}

/// How a field is named inside a message. Laravel writes explicit attributes with spaces for
/// underscores ("webhook url") and leaves wildcard-expanded ones as they are ("custom_headers.0.key").
pub fn display_name(attr: &str, expanded: bool, locale: Locale) -> String {
    if expanded {
        return attr.to_string();
    }
    if locale == Locale::PtBr {
        let pt = match attr {
            "name" => "nome",
            "webhook_url" => "URL do webhook",
            "webhook_secret" => "segredo do webhook",
            "events" => "eventos",
            "timeout" => "tempo limite",
            "max_retries" => "máximo de tentativas",
            "enabled" => "ativo",
            "http_method" => "método HTTP",
            "authorization_scheme" => "esquema de autorização",
            "custom_headers" => "cabeçalhos personalizados",
            "payload_templates" => "modelos de payload",
            _ => "",
        };
        if !pt.is_empty() {
            return pt.to_string();
        }
    }
    laravel_snake(attr).replace('_', " ")
}

/// Laravel's `Str::snake`, as `getDisplayableAttribute` applies it: unless the name is all lowercase
/// ASCII letters, capitalise each word, drop whitespace, put `_` before each capital and lowercase.
fn laravel_snake(attr: &str) -> String {
    // Lowercase letters, digits, `_` and `.` come out unchanged (and are almost every attribute).
    if attr
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'.')
    {
        return attr.to_string();
    }
    let mut words = String::with_capacity(attr.len());
    let mut at_word_start = true;
    for c in attr.chars() {
        if matches!(c, ' ' | '\t' | '\r' | '\n' | '\x0C' | '\x0B') {
            at_word_start = true;
        } else if c.is_whitespace() {
            // `\s` under /u matches Unicode spaces too, but `ucwords` does not treat them as separators.
        } else {
            words.push(if at_word_start {
                c.to_ascii_uppercase()
            } else {
                c
            });
            at_word_start = false;
        }
    }
    let mut out = String::with_capacity(words.len() + 8);
    for (i, c) in words.chars().enumerate() {
        if i > 0 && c.is_ascii_uppercase() {
            out.push('_');
        }
        // Laravel lowercases with mb_strtolower; ASCII is enough here (a non-ASCII capital in a dotted
        // data key is the only case that differs) and spares the module Unicode's case tables.
        out.push(c.to_ascii_lowercase());
    }
    out
}

pub fn render(rule: Rule, kind: SizeKind, attribute: &str, locale: Locale) -> String {
    let (min, max) = match rule {
        Rule::Max(m) => (0, m),
        Rule::Min(m) => (m, 0),
        Rule::Between(a, b) => (a, b),
        _ => (0, 0),
    };
    // Only size rules have numbers to show; the rest skip the two small strings.
    let (mut min_text, mut max_text) = (String::new(), String::new());
    if matches!(rule, Rule::Max(_) | Rule::Min(_) | Rule::Between(..)) {
        crate::core::value::push_int(&mut min_text, min.into());
        crate::core::value::push_int(&mut max_text, max.into());
    }
    fill(
        template(rule, kind, locale),
        &[
            (":attribute", attribute),
            (":min", &min_text),
            (":max", &max_text),
        ],
    )
}

/// Replaces each `:placeholder` in `template` once, in one pass (so a value containing ":max" stays as is).
pub fn fill(template: &str, pairs: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    'outer: while let Some(pos) = rest.find(':') {
        out.push_str(&rest[..pos]);
        rest = &rest[pos..];
        for (name, value) in pairs {
            if let Some(after) = rest.strip_prefix(name) {
                if !after.starts_with(|c: char| c.is_ascii_alphabetic()) {
                    out.push_str(value);
                    rest = after;
                    continue 'outer;
                }
            }
        }
        out.push(':');
        rest = &rest[1..];
    }
    out.push_str(rest);
    out
}
