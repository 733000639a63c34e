//! The real binary: the demo path (the page and the package served with the right types), the
//! printed URL for `--port 0`, and one-line errors with a non-zero exit.

use reqwest::StatusCode;
use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_talkover-devserver");

/// Kills the server when the test ends, however it ends.
struct Server {
    child: Child,
    url: String,
    banner: Vec<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the binary with `--port 0` and waits (≤ 20 s) for the banner up to `Open <url>`.
fn spawn(args: &[&str], env: &[(&str, &str)]) -> Server {
    let mut cmd = Command::new(BIN);
    cmd.args(["--port", "0", "--quiet"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    cmd.env_remove("TALKOVER_TOKEN");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("spawn the devserver");
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut banner = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let Ok(line) = rx.recv_timeout(left) else {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the devserver printed no URL within 20 s: {banner:?}");
        };
        if let Some(url) = line.strip_prefix("Open ") {
            let url = url.trim_end_matches('/').to_string();
            banner.push(line);
            return Server { child, url, banner };
        }
        banner.push(line);
    }
}

/// Runs the binary to completion (≤ 20 s); returns (exit code, stderr).
fn run(args: &[&str], env: &[(&str, &str)]) -> (Option<i32>, String) {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .env_remove("TALKOVER_TOKEN");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the devserver did not exit: {args:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let err = stderr_of(&mut child);
    (status.code(), err)
}

fn temp_dir(name: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let dir = std::env::temp_dir().join(format!(
        "talkover-devserver-{name}-{}-{nanos}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn client() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap()
}

const WASM: &[u8] = b"\0asm\x01\0\0\0fake module";

#[test]
fn serves_the_page_and_the_package() {
    let www = temp_dir("www");
    let pkg = temp_dir("pkg");
    std::fs::write(www.join("index.html"), "<!doctype html><title>page</title>").unwrap();
    std::fs::write(
        www.join("app.js"),
        "import init from './pkg/talkover_webhooks.js';",
    )
    .unwrap();
    std::fs::create_dir_all(www.join("pkg")).unwrap();
    std::fs::write(www.join("pkg/only-in-www-pkg.d.ts"), "export {};").unwrap();
    std::fs::write(pkg.join("talkover_webhooks_bg.wasm"), WASM).unwrap();
    std::fs::write(
        pkg.join("talkover_webhooks.js"),
        "export default function init() {}",
    )
    .unwrap();
    std::fs::write(www.parent().unwrap().join("secret-outside.txt"), "no").unwrap();

    let server = spawn(
        &[
            "--www",
            www.to_str().unwrap(),
            "--pkg",
            pkg.to_str().unwrap(),
        ],
        &[],
    );
    let base = &server.url;
    assert!(
        base.starts_with("http://127.0.0.1:") && !base.ends_with(":0"),
        "{base}"
    );
    assert!(
        server
            .banner
            .iter()
            .any(|l| l.contains("demo token:  talq_demo_")),
        "{:?}",
        server.banner
    );
    let c = client();
    let get = |path: &str| c.get(format!("{base}{path}")).send().unwrap();

    let r = get("/");
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    assert_eq!(r.text().unwrap(), "<!doctype html><title>page</title>");
    let r = get("/index.html");
    assert_eq!(r.status(), StatusCode::OK);
    let r = get("/app.js");
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/javascript"));

    let r = get("/pkg/talkover_webhooks_bg.wasm");
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["content-type"], "application/wasm");
    assert_eq!(r.bytes().unwrap().as_ref(), WASM);
    let r = get("/pkg/talkover_webhooks.js");
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/javascript"));
    // Falls back to www/pkg/.
    assert_eq!(get("/pkg/only-in-www-pkg.d.ts").status(), StatusCode::OK);

    // No way out of the roots; misses are JSON.
    for path in [
        "/../secret-outside.txt",
        "/%2e%2e/secret-outside.txt",
        "/pkg/..%2f..%2fsecret-outside.txt",
    ] {
        let r = get(path);
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{path}");
        assert!(r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json"));
    }

    // Raw paths, not normalised by a client.
    let addr = base.trim_start_matches("http://");
    for path in [
        "/../secret-outside.txt",
        "/pkg/../../secret-outside.txt",
        "/%2e%2e/secret-outside.txt",
    ] {
        use std::io::Write;
        let mut s = std::net::TcpStream::connect(addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        write!(
            s,
            "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut answer = String::new();
        s.read_to_string(&mut answer).unwrap();
        assert!(
            answer.starts_with("HTTP/1.1 404") || answer.starts_with("HTTP/1.1 400"),
            "{path}: {answer}"
        );
        assert!(!answer.ends_with("\r\n\r\nno"), "{path}: {answer}");
    }

    // The printed settings work against the embedded API.
    let settings: serde_json::Value = get("/devserver.json").json().unwrap();
    assert_eq!(settings["baseUrl"], format!("{base}/api/v1"));
    let r = c
        .get(format!(
            "{}/agents/{}/webhooks",
            settings["baseUrl"].as_str().unwrap(),
            settings["agentId"].as_str().unwrap()
        ))
        .bearer_auth(settings["token"].as_str().unwrap())
        .send()
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let _ = std::fs::remove_dir_all(&www);
    let _ = std::fs::remove_dir_all(&pkg);
}

#[test]
fn default_roots_are_the_repository_www_and_pkg() {
    let server = spawn(&[], &[]);
    let c = client();
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
    let page = c
        .get(format!("{}/", server.url))
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert_eq!(
        page,
        std::fs::read_to_string(root.join("www/index.html")).unwrap()
    );
    // The built package, when there is one (pkg/ or www/pkg/).
    if root.join("pkg/talkover_webhooks_bg.wasm").exists()
        || root.join("www/pkg/talkover_webhooks_bg.wasm").exists()
    {
        let r = c
            .get(format!("{}/pkg/talkover_webhooks_bg.wasm", server.url))
            .send()
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        assert_eq!(r.headers()["content-type"], "application/wasm");
        assert_eq!(&r.bytes().unwrap()[..4], b"\0asm");
    }
}

#[test]
fn port_in_use_is_a_one_line_error() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let (code, err) = run(&["--port", &port], &[]);
    assert_eq!(code, Some(1), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(
        err.contains("already in use") && err.contains(&port),
        "{err}"
    );
}

#[test]
fn proxy_mode_needs_talkover_token() {
    let (code, err) = run(
        &["--port", "0", "--upstream", "http://127.0.0.1:9/api/v1"],
        &[],
    );
    assert_eq!(code, Some(2), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains("TALKOVER_TOKEN"), "{err}");
    let (code, err) = run(
        &["--port", "0", "--upstream", "http://127.0.0.1:9/api/v1"],
        &[("TALKOVER_TOKEN", "  ")],
    );
    assert_eq!(code, Some(2), "{err}");
}

#[test]
fn bad_arguments_exit_2() {
    for args in [
        &["--bogus"][..],
        &["--port", "http"],
        &["--port"],
        &["--upstream", "ftp://x"],
    ] {
        let (code, err) = run(args, &[("TALKOVER_TOKEN", "t")]);
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    }
    let out = Command::new(BIN).arg("--help").output().unwrap();
    assert!(out.status.success() && String::from_utf8_lossy(&out.stdout).contains("--upstream"));
}

#[test]
fn the_upstream_token_is_never_printed_or_logged() {
    let secret = "talq_never_print_me_42";
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let upstream = format!("http://127.0.0.1:{port}/api/v1");
    let mut cmd = Command::new(BIN);
    cmd.args(["--port", "0", "--upstream", &upstream])
        .env("TALKOVER_TOKEN", secret)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut banner = String::new();
    let deadline = Instant::now() + Duration::from_secs(20);
    while !banner.contains("Open ") && Instant::now() < deadline {
        out.read_line(&mut banner).unwrap();
    }
    let url = banner
        .lines()
        .find_map(|l| l.strip_prefix("Open "))
        .expect("URL")
        .to_string();
    let r = client()
        .get(format!("{url}api/v1/agents/a/webhooks"))
        .bearer_auth("talq_browser")
        .send()
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_GATEWAY);
    assert!(!r.text().unwrap().contains(secret));
    let _ = child.kill();
    let _ = child.wait();
    let err = stderr_of(&mut child);
    assert!(
        err.contains("GET /api/v1/agents/a/webhooks -> 502"),
        "the access log: {err}"
    );
    assert!(!banner.contains(secret) && !err.contains(secret));
    assert!(!err.contains("talq_browser") && !err.to_lowercase().contains("authorization"));
}

/// Everything the (exited or killed) child wrote to stderr.
fn stderr_of(child: &mut std::process::Child) -> String {
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    err
}
