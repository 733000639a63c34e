//! Command-line arguments (and the two environment variables proxy mode reads) → `Config`.

use crate::{default_dir, Config, Mode};
use std::path::PathBuf;

pub const USAGE: &str = "\
talkover-devserver: serves www/ and pkg/, and the Talkover webhook API under /api/v1

USAGE: talkover-devserver [OPTIONS]

  --port N            port to listen on (default 8787; 0 = any free port, the URL is printed)
  --host HOST         address to bind (default 127.0.0.1)
  --www DIR           the page's directory (default: the repository's www/)
  --pkg DIR           the WASM package served under /pkg/ (default: the repository's pkg/)
  --upstream URL      proxy mode: forward /api/v1/* to URL (e.g. https://app.talkover.ai/api/v1)
                      with Authorization: Bearer $TALKOVER_TOKEN (required in the environment);
                      $TALKOVER_AGENT_ID, if set, is offered to the page in /devserver.json
  --demo-token TOKEN  embedded mode: use TOKEN for the demo environment instead of a random one
  --quiet             no access log
  -h, --help          this text
";

pub enum Command {
    Run(Config),
    Help,
}

/// `args` excludes the program name. `env` reads an environment variable.
pub fn parse(
    args: impl IntoIterator<Item = String>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Command, String> {
    let mut config = Config {
        host: "127.0.0.1".into(),
        port: 8787,
        www: default_dir("www"),
        pkg: default_dir("pkg"),
        mode: Mode::Embedded { demo_token: None },
        access_log: true,
    };
    let mut upstream: Option<String> = None;
    let mut demo_token: Option<String> = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |what: &str| -> Result<String, String> {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs {what}"))
        };
        match name.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "--quiet" => config.access_log = false,
            "--port" => {
                let v = value("a port number")?;
                config.port = v
                    .parse()
                    .map_err(|_| format!("--port: not a port number (0-65535): {v}"))?;
            }
            "--host" => config.host = value("an address")?,
            "--www" => config.www = PathBuf::from(value("a directory")?),
            "--pkg" => config.pkg = PathBuf::from(value("a directory")?),
            "--upstream" => upstream = Some(value("a URL")?),
            "--demo-token" => demo_token = Some(value("a token")?),
            _ => return Err(format!("unknown argument: {arg} (see --help)")),
        }
    }
    config.mode = match upstream {
        None => Mode::Embedded { demo_token },
        Some(url) => {
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                return Err(format!(
                    "--upstream must be an http:// or https:// URL, got {url}"
                ));
            }
            if demo_token.is_some() {
                return Err(
                    "--demo-token is for embedded mode; it cannot be combined with --upstream"
                        .into(),
                );
            }
            let token = env("TALKOVER_TOKEN")
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
                .ok_or("proxy mode (--upstream) needs TALKOVER_TOKEN set in the environment to the environment token (talq_...)")?;
            Mode::Proxy {
                upstream: url.trim_end_matches('/').to_string(),
                token,
                agent_id: env("TALKOVER_AGENT_ID").unwrap_or_default(),
            }
        }
    };
    Ok(Command::Run(config))
}
