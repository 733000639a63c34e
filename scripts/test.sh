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
step "page: validates as you type (headless Chromium)"
node tests/js/page.mjs
