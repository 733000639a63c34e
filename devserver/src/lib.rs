//! talkover-devserver: serves the page (`www/`) and the WASM package (`pkg/`), and answers the
//! Talkover agent-webhook API under `/api/v1`, either from an in-memory emulation ("embedded mode")
//! or by forwarding to the real API with the token kept server-side ("proxy mode").

// A `Response` as the error of a step is the axum idiom; it is built once per request.
#![allow(clippy::result_large_err)]

pub mod api;
pub mod app;
pub mod cli;
pub mod clock;
pub mod cors;
pub mod faults;
pub mod proxy;
pub mod statics;
pub mod store;

use std::net::SocketAddr;
use std::path::PathBuf;

/// Where `/api/v1` goes. (Debug is written out below so that tokens never appear in it.)
#[derive(Clone)]
pub enum Mode {
    /// The in-memory emulation. `demo_token` fixes the demo environment's token (random otherwise).
    Embedded { demo_token: Option<String> },
    /// Forward to `upstream` (e.g. `https://app.talkover.ai/api/v1`) with `Authorization: Bearer <token>`.
    Proxy {
        upstream: String,
        token: String,
        agent_id: String,
    },
}

impl std::fmt::Debug for Mode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Mode::Embedded { demo_token } => f
                .debug_struct("Embedded")
                .field("demo_token", &demo_token.as_ref().map(|_| "[redacted]"))
                .finish(),
            Mode::Proxy {
                upstream, agent_id, ..
            } => f
                .debug_struct("Proxy")
                .field("upstream", upstream)
                .field("token", &"[redacted]")
                .field("agent_id", agent_id)
                .finish(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Config {
    pub host: String,
    pub port: u16,
    pub www: PathBuf,
    pub pkg: PathBuf,
    pub mode: Mode,
    /// One access-log line per request on stderr (method, path, status, time; never headers).
    pub access_log: bool,
}

impl Config {
    /// Embedded mode on 127.0.0.1, any free port, the repository's `www/` and `pkg/`.
    pub fn for_tests() -> Config {
        Config {
            host: "127.0.0.1".into(),
            port: 0,
            www: default_dir("www"),
            pkg: default_dir("pkg"),
            mode: Mode::Embedded { demo_token: None },
            access_log: false,
        }
    }
}

/// `<repository>/<name>`, found from this crate's manifest directory.
pub fn default_dir(name: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/..")).join(name)
}

/// A server bound to its address, ready to run.
pub struct Bound {
    pub listener: tokio::net::TcpListener,
    pub addr: SocketAddr,
    pub router: axum::Router,
    pub state: app::AppState,
}

/// Binds the listener and builds the app. The error is one line, for the command line.
pub async fn bind(config: Config) -> Result<Bound, String> {
    let want = format!("{}:{}", config.host, config.port);
    let listener = tokio::net::TcpListener::bind(&want)
        .await
        .map_err(|e| bind_error(&want, &e))?;
    let addr = listener
        .local_addr()
        .map_err(|e| format!("cannot read the bound address: {e}"))?;
    let state = app::AppState::new(config, addr)?;
    let router = app::router(state.clone());
    Ok(Bound {
        listener,
        addr,
        router,
        state,
    })
}

fn bind_error(want: &str, e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::AddrInUse => format!(
            "cannot listen on {want}: the port is already in use (stop the other server, or pick another with --port N / PORT=N; --port 0 takes any free port)"
        ),
        std::io::ErrorKind::PermissionDenied => format!("cannot listen on {want}: permission denied"),
        _ => format!("cannot listen on {want}: {e}"),
    }
}

impl Bound {
    pub async fn serve(self) -> std::io::Result<()> {
        axum::serve(self.listener, self.router).await
    }

    /// Runs the server on a background task; returns its base URL (`http://127.0.0.1:PORT`).
    pub fn spawn(self) -> (String, app::AppState) {
        let url = format!("http://{}", self.addr);
        let state = self.state.clone();
        tokio::spawn(self.serve());
        (url, state)
    }
}

#[cfg(test)]
mod debug_tests {
    use super::Mode;

    #[test]
    fn tokens_never_appear_in_debug_output() {
        let proxy = Mode::Proxy {
            upstream: "https://u".into(),
            token: "talq_SECRET".into(),
            agent_id: "a".into(),
        };
        let embedded = Mode::Embedded {
            demo_token: Some("talq_SECRET".into()),
        };
        let mut webhook = crate::store::Webhook::new("a".into(), 0);
        webhook.webhook_secret = Some("whsec_SECRET".into());
        for text in [
            format!("{proxy:?}"),
            format!("{embedded:?}"),
            format!("{proxy:#?}"),
            format!("{webhook:?}"),
        ] {
            assert!(
                !text.contains("_SECRET") && text.contains("[redacted]"),
                "{text}"
            );
        }
    }
}
