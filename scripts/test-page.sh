#!/usr/bin/env bash
# End-to-end tests of the page (www/) and <talkover-webhook-form> in Debian's headless Chromium against
# the dev server, which tests/e2e/run.mjs starts on a free port (--port 0) and always stops.
# Needs the module built first (scripts/build.sh → pkg/). Ends with "N passed, M failed"; non-zero on failure.
# Writes docs/form.png and docs/form-375.png (SCREENSHOTS=0: none; SCREENSHOTS=all: the manage view too).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f pkg/index.js ] && [ -f pkg/talkover_webhooks_bg.wasm ] || { echo "pkg/ is not built: run scripts/build.sh first" >&2; exit 2; }
[ -x /usr/bin/chromium ] || { echo "Debian's chromium is missing (/usr/bin/chromium): run scripts/setup.sh" >&2; exit 2; }
cargo build --quiet -p talkover-devserver
pidfile=$(mktemp)
cleanup() {
  # The runner stops the server itself; this is the backstop if the runner was killed.
  local pid
  pid=$(cat "$pidfile" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
  rm -f "$pidfile"
}
trap cleanup EXIT
DEVSERVER="$PWD/target/debug/talkover-devserver" DEVSERVER_PID_FILE="$pidfile" \
  timeout -k 10 180 node tests/e2e/run.mjs "$@"
