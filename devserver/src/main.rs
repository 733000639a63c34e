//! `talkover-devserver`: parse the command line, bind, print where to go, serve.

use std::process::ExitCode;
use talkover_devserver::{bind, cli, Mode};

#[tokio::main]
async fn main() -> ExitCode {
    let config = match cli::parse(std::env::args().skip(1), |k| std::env::var(k).ok()) {
        Ok(cli::Command::Run(c)) => c,
        Ok(cli::Command::Help) => {
            print!("{}", cli::USAGE);
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("talkover-devserver: {e}");
            return ExitCode::from(2);
        }
    };
    let bound = match bind(config).await {
        Ok(b) => b,
        Err(e) => {
            eprintln!("talkover-devserver: {e}");
            return ExitCode::FAILURE;
        }
    };
    let url = format!("http://{}/", bound.addr);
    println!("talkover-devserver listening on {url}");
    println!("  page:        {url}");
    println!("  package:     {url}pkg/");
    println!("  API:         {url}api/v1");
    println!("  settings:    {url}devserver.json");
    match &bound.state.config.mode {
        Mode::Embedded { .. } => {
            let demo = bound.state.demo();
            println!("  mode:        embedded (in-memory Talkover API; data is lost on exit)");
            println!("  demo token:  {}", demo.token);
            println!("  demo agent:  {}", demo.agent_id);
            println!(
                "  2nd env:     token {} agent {}",
                demo.other_token, demo.other_agent_id
            );
        }
        // The upstream token is never printed.
        Mode::Proxy { upstream, .. } => {
            println!(
                "  mode:        proxy to {upstream} (token from TALKOVER_TOKEN, kept server-side)"
            );
        }
    }
    println!("Open {url}");
    use std::io::Write;
    let _ = std::io::stdout().flush();
    tokio::select! {
        r = bound.serve() => match r {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("talkover-devserver: server error: {e}");
                ExitCode::FAILURE
            }
        },
        _ = tokio::signal::ctrl_c() => ExitCode::SUCCESS,
    }
}
