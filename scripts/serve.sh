#!/usr/bin/env bash
# The demo: builds the module, then starts the dev server (devserver/) on
# http://127.0.0.1:${PORT:-8787}/ — the page, the package under /pkg/, and an in-memory Talkover API
# under /api/v1 (a demo token and agent are printed, and served to the page at /devserver.json).
# Extra arguments go to the dev server (see `--help`), e.g. the real API through the proxy:
#   TALKOVER_TOKEN=talq_... bash scripts/serve.sh --upstream https://app.talkover.ai/api/v1
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
bash scripts/build.sh
port=${PORT:-8787}
# The workspace's release profile is tuned for the size of the WASM module (opt-level "z", fat LTO,
# one codegen unit, panic=abort). For the native dev server that only makes the build slow (and a
# panic would kill the server), so this build relaxes it. The module built above is not affected.
export CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
  CARGO_PROFILE_RELEASE_OPT_LEVEL=2 CARGO_PROFILE_RELEASE_PANIC=unwind
echo "Building and starting the dev server (the first build takes a few minutes)..."
exec cargo run --release -p talkover-devserver -- --port "$port" "$@"
