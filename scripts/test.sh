#!/usr/bin/env bash
# Runs every test: native core tests, the wasm tests in Node, headless Chrome and headless Firefox,
# and the JS "never trap" runs in Node and Chromium. Installs whatever is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "parity fixture: the committed verdicts are what Laravel 8.83 says today"
node tests/parity/gen_corpus.mjs | php tests/parity/oracle.php | cmp - tests/fixtures/parity.jsonl
echo "tests/fixtures/parity.jsonl matches the oracle ($(wc -l < tests/fixtures/parity.jsonl) cases)"

step "native: cargo test (core, parity fixture, property tests)"
cargo test --quiet
step "dev server: cargo test -p talkover-devserver (real HTTP on 127.0.0.1)"
cargo test --quiet -p talkover-devserver

wasm_tests=(--test parity --test wasm_exports)
step "wasm in Node"
cargo test --target wasm32-unknown-unknown "${wasm_tests[@]}"
step "wasm in headless Chrome"
WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --target wasm32-unknown-unknown "${wasm_tests[@]}"
step "wasm in headless Firefox"
WASM_BINDGEN_USE_BROWSER=1 GECKODRIVER="$(command -v geckodriver)" \
  cargo test --target wasm32-unknown-unknown "${wasm_tests[@]}"

step "release module build"
bash scripts/build.sh
step "never trap: hostile values in Node"
node tests/js/hostile-node.mjs
step "never trap: hostile values in headless Chromium"
node tests/js/hostile-browser.mjs
step "API client in Node against a scripted API on 127.0.0.1"
node tests/js/client-node.mjs
step "API client in headless Chrome and Firefox (cross-origin: real CORS and preflights)"
node tests/js/client-browsers.mjs chrome firefox
step "npm package: packed tarball in real consumers (tsc --strict, no any, Vite + Chromium, Node)"
bash scripts/test-package.sh
step "page: the form and <talkover-webhook-form> end to end (headless Chromium, dev server)"
bash scripts/test-page.sh

step "demo command: scripts/serve.sh serves the page and the package"
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
log=$(mktemp)
PORT=$port bash scripts/serve.sh >"$log" 2>&1 &
demo=$!
trap 'kill $demo 2>/dev/null; pkill -f "talkover-devserver --port $port" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$port/devserver.json" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "http://127.0.0.1:$port/" | grep -q "<title>" || { cat "$log"; echo "demo: page not served"; exit 1; }
curl -fsS -o /dev/null -w '%{content_type}\n' "http://127.0.0.1:$port/pkg/talkover_webhooks_bg.wasm" | grep -q application/wasm \
  || { cat "$log"; echo "demo: wasm not served"; exit 1; }
curl -fsS "http://127.0.0.1:$port/devserver.json" | grep -q '"agentId"' || { echo "demo: no devserver.json"; exit 1; }
echo "demo command serves / and /pkg/talkover_webhooks_bg.wasm (application/wasm) on port $port"
