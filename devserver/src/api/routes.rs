//! Which of the nine agent-webhook endpoints a method and path name.

use axum::http::Method;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    List,
    Create,
    Get,
    Update,
    Delete,
    Toggle,
    Test,
    Logs,
    Retry,
}

#[derive(Debug)]
pub struct Route<'a> {
    pub op: Op,
    pub agent: &'a str,
    pub webhook: &'a str,
    pub log: &'a str,
}

#[derive(Debug)]
pub enum Miss {
    NotFound,
    /// The path exists for these methods (Laravel's order, `HEAD` with `GET`).
    Method(&'static [&'static str]),
}

/// `path` starts with `/api/v1`. A trailing slash is ignored.
pub fn resolve<'a>(method: &Method, path: &'a str) -> Result<Route<'a>, Miss> {
    let rest = path
        .strip_prefix("/api/v1")
        .unwrap_or(path)
        .trim_matches('/');
    let seg: Vec<&str> = rest.split('/').collect();
    if seg.iter().any(|s| s.is_empty()) {
        return Err(Miss::NotFound);
    }
    let m = method.as_str();
    let get = m == "GET" || m == "HEAD";
    let (op, allowed): (Option<Op>, &'static [&'static str]) = match seg.as_slice() {
        ["agents", _, "webhooks"] => (
            if get {
                Some(Op::List)
            } else if m == "POST" {
                Some(Op::Create)
            } else {
                None
            },
            &["GET", "HEAD", "POST"],
        ),
        ["agents", _, "webhooks", _] => (
            match m {
                "PUT" => Some(Op::Update),
                "DELETE" => Some(Op::Delete),
                _ if get => Some(Op::Get),
                _ => None,
            },
            &["GET", "HEAD", "PUT", "DELETE"],
        ),
        ["agents", _, "webhooks", _, "toggle"] => {
            ((m == "PATCH").then_some(Op::Toggle), &["PATCH"])
        }
        ["agents", _, "webhooks", _, "test"] => ((m == "POST").then_some(Op::Test), &["POST"]),
        ["agents", _, "webhooks", _, "logs"] => (get.then_some(Op::Logs), &["GET", "HEAD"]),
        ["agents", _, "webhooks", _, "logs", _, "retry"] => {
            ((m == "POST").then_some(Op::Retry), &["POST"])
        }
        _ => return Err(Miss::NotFound),
    };
    let op = op.ok_or(Miss::Method(allowed))?;
    let at = |i: usize| seg.get(i).copied().unwrap_or("");
    Ok(Route {
        op,
        agent: at(1),
        webhook: at(3),
        log: at(5),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes() {
        let r = resolve(&Method::POST, "/api/v1/agents/a/webhooks/w/logs/l/retry").unwrap();
        assert_eq!(
            (r.op, r.agent, r.webhook, r.log),
            (Op::Retry, "a", "w", "l")
        );
        assert_eq!(
            resolve(&Method::GET, "/api/v1/agents/a/webhooks/")
                .unwrap()
                .op,
            Op::List
        );
        assert!(matches!(
            resolve(&Method::PATCH, "/api/v1/agents/a/webhooks"),
            Err(Miss::Method(_))
        ));
        assert!(matches!(
            resolve(&Method::GET, "/api/v1/agents//webhooks"),
            Err(Miss::NotFound)
        ));
        assert!(matches!(
            resolve(&Method::GET, "/api/v1/nope"),
            Err(Miss::NotFound)
        ));
    }
}
