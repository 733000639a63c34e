//! From an operation and its ids to a method and a path under the base URL.

#[allow(unused_imports)]
use crate::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operation {
    CreateWebhook,
    ListWebhooks,
    GetWebhook,
    UpdateWebhook,
    DeleteWebhook,
    ToggleWebhook,
    TestWebhook,
    ListDeliveries,
    RetryDelivery,
}

impl Operation {
    pub fn parse(name: &str) -> Option<Operation> {
        Some(match name {
            "createWebhook" => Operation::CreateWebhook,
            "listWebhooks" => Operation::ListWebhooks,
            "getWebhook" => Operation::GetWebhook,
            "updateWebhook" => Operation::UpdateWebhook,
            "deleteWebhook" => Operation::DeleteWebhook,
            "toggleWebhook" => Operation::ToggleWebhook,
            "testWebhook" => Operation::TestWebhook,
            "listDeliveries" => Operation::ListDeliveries,
            "retryDelivery" => Operation::RetryDelivery,
            _ => return None,
        })
    }

    pub fn method(self) -> &'static str {
        match self {
            Operation::CreateWebhook | Operation::TestWebhook | Operation::RetryDelivery => "POST",
            Operation::ListWebhooks | Operation::GetWebhook | Operation::ListDeliveries => "GET",
            Operation::UpdateWebhook => "PUT",
            Operation::DeleteWebhook => "DELETE",
            Operation::ToggleWebhook => "PATCH",
        }
    }

    /// Safe to send twice: GET, PUT, DELETE. Never POST, and never the toggle PATCH, which flips state.
    pub fn idempotent(self) -> bool {
        matches!(self.method(), "GET" | "PUT" | "DELETE")
    }

    /// The ids the path needs, in order.
    pub fn id_names(self) -> &'static [&'static str] {
        match self {
            Operation::CreateWebhook | Operation::ListWebhooks => &["agentId"],
            Operation::RetryDelivery => &["agentId", "webhookId", "logId"],
            _ => &["agentId", "webhookId"],
        }
    }
}

/// Why no request was made: an id that is not a usable path segment.
#[derive(Debug, PartialEq, Eq)]
pub struct BadId {
    pub name: &'static str,
}

/// The path (and query) for `op`, relative to the base URL, e.g. `/agents/a%2Fb/webhooks`.
/// An id that is missing, empty or only whitespace is refused rather than turned into `/agents//webhooks`.
pub fn path(
    op: Operation,
    ids: &[Option<&str>],
    page: Option<u32>,
    per_page: Option<u32>,
) -> Result<String, BadId> {
    let names = op.id_names();
    let mut segs = Vec::with_capacity(names.len());
    for (i, name) in names.iter().enumerate() {
        match ids.get(i).copied().flatten() {
            Some(id) if !id.trim().is_empty() => segs.push(id),
            _ => return Err(BadId { name }),
        }
    }
    let mut p = String::from("/agents/");
    encode_segment(&mut p, segs[0]);
    p.push_str("/webhooks");
    if let Some(webhook) = segs.get(1) {
        p.push('/');
        encode_segment(&mut p, webhook);
    }
    match op {
        Operation::ToggleWebhook => p.push_str("/toggle"),
        Operation::TestWebhook => p.push_str("/test"),
        Operation::ListDeliveries => {
            p.push_str("/logs");
            let mut sep = '?';
            for (name, v) in [("page", page), ("per_page", per_page)] {
                if let Some(v) = v {
                    p.push(sep);
                    p.push_str(name);
                    p.push('=');
                    crate::core::value::push_int(&mut p, v as i64);
                    sep = '&';
                }
            }
        }
        Operation::RetryDelivery => {
            p.push_str("/logs/");
            encode_segment(&mut p, segs[2]);
            p.push_str("/retry");
        }
        _ => {}
    }
    Ok(p)
}

/// Percent-encodes everything but RFC 3986's unreserved characters, so `/`, `?`, `#`, `..` and
/// spaces in an id can never change which resource is addressed.
fn encode_segment(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    // "." and ".." are path operations even when encoded by some servers; encode their dots too.
    let dots_only = s.bytes().all(|b| b == b'.');
    for b in s.bytes() {
        if (b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'_' | b'~')
            || (b == b'.' && !dots_only))
            && b != b'%'
        {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_for_every_operation() {
        let a = Some("9fbef0b7-8d4e-4a08-9207-66c22155721d");
        let w = Some("w1");
        let l = Some("l1");
        let cases = [
            (
                Operation::CreateWebhook,
                "/agents/9fbef0b7-8d4e-4a08-9207-66c22155721d/webhooks",
            ),
            (
                Operation::GetWebhook,
                "/agents/9fbef0b7-8d4e-4a08-9207-66c22155721d/webhooks/w1",
            ),
            (
                Operation::ToggleWebhook,
                "/agents/9fbef0b7-8d4e-4a08-9207-66c22155721d/webhooks/w1/toggle",
            ),
            (
                Operation::TestWebhook,
                "/agents/9fbef0b7-8d4e-4a08-9207-66c22155721d/webhooks/w1/test",
            ),
            (
                Operation::RetryDelivery,
                "/agents/9fbef0b7-8d4e-4a08-9207-66c22155721d/webhooks/w1/logs/l1/retry",
            ),
        ];
        for (op, want) in cases {
            assert_eq!(path(op, &[a, w, l], None, None).unwrap(), want);
        }
        assert_eq!(
            path(
                Operation::ListDeliveries,
                &[Some("a"), w],
                Some(2),
                Some(50)
            )
            .unwrap(),
            "/agents/a/webhooks/w1/logs?page=2&per_page=50"
        );
    }

    #[test]
    fn ids_are_encoded_and_blank_ids_refused() {
        assert_eq!(
            path(Operation::ListWebhooks, &[Some("a/b?c#d e%")], None, None).unwrap(),
            "/agents/a%2Fb%3Fc%23d%20e%25/webhooks"
        );
        assert_eq!(
            path(Operation::ListWebhooks, &[Some("..")], None, None).unwrap(),
            "/agents/%2E%2E/webhooks"
        );
        assert_eq!(
            path(Operation::ListWebhooks, &[Some("ü")], None, None).unwrap(),
            "/agents/%C3%BC/webhooks"
        );
        assert_eq!(
            path(Operation::ListWebhooks, &[Some(" \t")], None, None),
            Err(BadId { name: "agentId" })
        );
        assert_eq!(
            path(Operation::GetWebhook, &[Some("a"), None], None, None),
            Err(BadId { name: "webhookId" })
        );
        assert_eq!(
            path(Operation::GetWebhook, &[Some("a"), Some("")], None, None),
            Err(BadId { name: "webhookId" })
        );
    }

    #[test]
    fn only_get_put_delete_are_idempotent() {
        assert!(
            Operation::GetWebhook.idempotent()
                && Operation::UpdateWebhook.idempotent()
                && Operation::DeleteWebhook.idempotent()
        );
        assert!(
            !Operation::CreateWebhook.idempotent()
                && !Operation::ToggleWebhook.idempotent()
                && !Operation::TestWebhook.idempotent()
        );
    }
}
