//! Static files: the page from `--www`, the WASM package from `--pkg` under `/pkg/` (falling back to
//! `www/pkg/`, where the build copies it). Correct MIME types (`application/wasm` lets the browser
//! compile while downloading); no escaping the roots; a JSON 404 for anything else.

use crate::api::reply;
use crate::Config;
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use std::path::{Path, PathBuf};

pub fn mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" | "map" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" | "md" | "ts" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

pub async fn serve(config: &Config, req: Request) -> Response {
    let (method, path) = (req.method().clone(), req.uri().path().to_string());
    drop(req);
    let missing = || reply::not_found(&format!("Not found: {method} {path}"));
    if method != Method::GET && method != Method::HEAD {
        return missing();
    }
    let Some(rel) = decode(&path) else {
        return missing();
    };
    let candidates: Vec<PathBuf> = match rel.strip_prefix("pkg/") {
        Some(inner) => vec![config.pkg.join(inner), config.www.join("pkg").join(inner)],
        None => vec![config.www.join(&rel)],
    };
    for mut file in candidates {
        if rel.is_empty() || rel.ends_with('/') || file.is_dir() {
            file = file.join("index.html");
        }
        if let Ok(bytes) = tokio::fs::read(&file).await {
            let mut resp = (StatusCode::OK, bytes).into_response();
            let h = resp.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime(&file)));
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            return resp;
        }
    }
    missing()
}

/// The URL path, percent-decoded, without the leading `/`; `None` if it could leave the root.
fn decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    let text = String::from_utf8(out).ok()?;
    let rel = text.trim_start_matches('/').to_string();
    let bad =
        rel.contains('\\') || rel.contains('\0') || rel.split('/').any(|s| s == ".." || s == ".");
    (!bad).then_some(rel)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding() {
        assert_eq!(decode("/").as_deref(), Some(""));
        assert_eq!(decode("/pkg/a%20b.js").as_deref(), Some("pkg/a b.js"));
        assert_eq!(decode("/%2e%2e/etc/passwd"), None);
        assert_eq!(decode("/a/../b"), None);
        assert_eq!(decode("/x%2"), Some("x%2".into()));
        assert_eq!(mime(Path::new("a/b_bg.wasm")), "application/wasm");
    }
}
