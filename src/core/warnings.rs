//! Things the server accepts but a careful user probably did not mean. They never change the verdict
//! unless the caller asks for `strict`, which turns each into an error.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::core::locale::Locale;
use crate::core::messages::fill;
use crate::core::rules::FIELDS;
use crate::core::value::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WarningCode {
    InsecureScheme,
    NonHttpScheme,
    LocalHost,
    PrivateHost,
    BlankName,
    DuplicateEvent,
    UnknownField,
    NotAnObject,
    UndecodableBody,
    TruncatedIssues,
}

impl WarningCode {
    pub fn code(self) -> &'static str {
        match self {
            WarningCode::InsecureScheme => "insecure_scheme",
            WarningCode::NonHttpScheme => "non_http_scheme",
            WarningCode::LocalHost => "local_host",
            WarningCode::PrivateHost => "private_host",
            WarningCode::BlankName => "blank_name",
            WarningCode::DuplicateEvent => "duplicate_event",
            WarningCode::UnknownField => "unknown_field",
            WarningCode::NotAnObject => "not_an_object",
            WarningCode::UndecodableBody => "undecodable_body",
            WarningCode::TruncatedIssues => "truncated_issues",
        }
    }

    fn template(self, locale: Locale) -> &'static str {
        let (en, pt) = match self {
            WarningCode::InsecureScheme => (
                "The webhook url uses http://, so deliveries are not encrypted. Use https:// in production.",
                "A URL do webhook usa http://, então as entregas não são criptografadas. Use https:// em produção.",
            ),
            WarningCode::NonHttpScheme => (
                "The webhook url uses the :value scheme; webhooks are delivered over HTTP(S).",
                "A URL do webhook usa o esquema :value; webhooks são entregues por HTTP(S).",
            ),
            WarningCode::LocalHost => (
                "The webhook url points to :value, which Talkover's servers cannot reach.",
                "A URL do webhook aponta para :value, que os servidores da Talkover não alcançam.",
            ),
            WarningCode::PrivateHost => (
                "The webhook url points to a private network address (:value), which Talkover's servers cannot reach.",
                "A URL do webhook aponta para um endereço de rede privada (:value), que os servidores da Talkover não alcançam.",
            ),
            WarningCode::BlankName => (
                "The name is made only of space or invisible characters.",
                "O nome contém apenas espaços ou caracteres invisíveis.",
            ),
            WarningCode::DuplicateEvent => (
                "The event :value is listed more than once.",
                "O evento :value aparece mais de uma vez.",
            ),
            WarningCode::UnknownField => (
                "The field :value is not part of the webhook API; it is not sent.",
                "O campo :value não faz parte da API de webhooks; ele não é enviado.",
            ),
            WarningCode::NotAnObject => (
                "The webhook must be an object with the webhook's fields.",
                "O webhook deve ser um objeto com os campos do webhook.",
            ),
            WarningCode::TruncatedIssues => (
                "There are more problems than the :value listed; validation stopped there.",
                "Há mais problemas do que os :value listados; a validação parou aí.",
            ),
            WarningCode::UndecodableBody => (
                "The body contains text the server cannot decode (:value), so the server sees an empty body.",
                "O corpo contém texto que o servidor não consegue decodificar (:value), então o servidor recebe um corpo vazio.",
            ),
        };
        locale.pick(en, pt)
    }
}

pub struct Warning {
    pub field: String,
    pub code: WarningCode,
    pub value: String,
}

impl Warning {
    pub fn message(&self, locale: Locale) -> String {
        fill(self.code.template(locale), &[(":value", &self.value)])
    }
}

/// Warnings about the body after the server's middleware. `valid_fields` tells which fields passed,
/// so a warning never doubles an error.
pub fn collect(
    input: &Value,
    known_events: &[&str],
    passed: impl Fn(&str) -> bool,
    out: &mut Vec<Warning>,
) {
    let Value::Array(items) = input else { return };
    for (key, _) in items {
        if !FIELDS.iter().any(|f| key.is(f)) {
            let mut name = String::new();
            key.write_to(&mut name);
            out.push(Warning {
                field: name.clone(),
                code: WarningCode::UnknownField,
                value: name,
            });
        }
    }
    if let (true, Some(Value::Str(url))) = (passed("webhook_url"), input.get("webhook_url")) {
        url_warnings(url, out);
    }
    if let (true, Some(Value::Str(name))) = (passed("name"), input.get("name")) {
        if name.chars().all(is_blank_char) {
            out.push(Warning {
                field: "name".into(),
                code: WarningCode::BlankName,
                value: String::new(),
            });
        }
    }
    if let (true, Some(Value::Array(events))) = (passed("events"), input.get("events")) {
        // Count each id by its place in the event list, reporting an id at its second occurrence:
        // O(items × ids), with no sorting code in the module.
        let mut seen = vec![0u32; known_events.len()];
        for (_, item) in events {
            let Some(id) = item.as_str() else { continue };
            if let Some(i) = known_events.iter().position(|known| *known == id) {
                seen[i] += 1;
                if seen[i] == 2 {
                    out.push(Warning {
                        field: "events".into(),
                        code: WarningCode::DuplicateEvent,
                        value: id.into(),
                    });
                }
            }
        }
    }
}

/// Whitespace and invisible format characters that PHP's `trim` keeps.
fn is_blank_char(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{180E}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{3164}' | '\u{115F}' | '\u{1160}' | '\u{FFA0}' | '\0'..='\u{1F}')
}

fn url_warnings(url: &str, out: &mut Vec<Warning>) {
    let Some((scheme, rest)) = url.split_once("://") else {
        return;
    };
    let scheme = scheme.to_ascii_lowercase();
    let warn = |code, value: &str, out: &mut Vec<Warning>| {
        out.push(Warning {
            field: "webhook_url".into(),
            code,
            value: value.into(),
        })
    };
    match scheme.as_str() {
        "https" => {}
        "http" => warn(WarningCode::InsecureScheme, "", out),
        other => warn(WarningCode::NonHttpScheme, other, out),
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if let Some(v6) = host_port.strip_prefix('[') {
        v6.split(']').next().unwrap_or("")
    } else {
        host_port.split(':').next().unwrap_or("")
    };
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    match classify_host(&host) {
        HostClass::Local => warn(WarningCode::LocalHost, &host, out),
        HostClass::Private => warn(WarningCode::PrivateHost, &host, out),
        HostClass::Public => {}
    }
}

#[derive(Debug, PartialEq, Eq)]
enum HostClass {
    Local,
    Private,
    Public,
}

fn classify_host(host: &str) -> HostClass {
    if host == "localhost" || host.ends_with(".localhost") {
        return HostClass::Local;
    }
    if [
        ".local",
        ".internal",
        ".lan",
        ".home.arpa",
        ".intranet",
        ".corp",
    ]
    .iter()
    .any(|s| host.ends_with(s))
    {
        return HostClass::Private;
    }
    if let Some(o) = ipv4(host) {
        return match o {
            [127, ..] | [0, 0, 0, 0] => HostClass::Local,
            [10, ..] | [192, 168, ..] | [169, 254, ..] => HostClass::Private,
            [172, b, ..] if (16..32).contains(&b) => HostClass::Private,
            [100, b, ..] if (64..128).contains(&b) => HostClass::Private,
            _ => HostClass::Public,
        };
    }
    if host.contains(':') {
        if host == "::1" || host == "::" || host == "0:0:0:0:0:0:0:1" {
            return HostClass::Local;
        }
        if let Some(v4) = host.strip_prefix("::ffff:") {
            return classify_host(v4);
        }
        let first = host.split(':').next().unwrap_or("");
        let first = u16::from_str_radix(first, 16).unwrap_or(0);
        if (first & 0xfe00) == 0xfc00 || (first & 0xffc0) == 0xfe80 {
            return HostClass::Private;
        }
    }
    HostClass::Public
}

fn ipv4(host: &str) -> Option<[u8; 4]> {
    let mut out = [0u8; 4];
    let mut parts = host.split('.');
    for slot in out.iter_mut() {
        let p = parts.next()?;
        if p.is_empty() || p.len() > 3 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *slot = p.parse().ok()?;
    }
    parts.next().is_none().then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_classified() {
        assert_eq!(classify_host("localhost"), HostClass::Local);
        assert_eq!(classify_host("api.localhost"), HostClass::Local);
        assert_eq!(classify_host("127.0.0.2"), HostClass::Local);
        assert_eq!(classify_host("::1"), HostClass::Local);
        assert_eq!(classify_host("10.1.2.3"), HostClass::Private);
        assert_eq!(classify_host("172.20.0.1"), HostClass::Private);
        assert_eq!(classify_host("192.168.1.1"), HostClass::Private);
        assert_eq!(classify_host("fd00::1"), HostClass::Private);
        assert_eq!(classify_host("printer.local"), HostClass::Private);
        assert_eq!(classify_host("172.32.0.1"), HostClass::Public);
        assert_eq!(classify_host("example.com"), HostClass::Public);
        assert_eq!(classify_host("8.8.8.8"), HostClass::Public);
    }
}
