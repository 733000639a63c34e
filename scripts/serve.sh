#!/usr/bin/env bash
# Builds the module and serves www/ on http://127.0.0.1:${PORT:-8080}/ (any static server will do
# until the dev server exists).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
bash scripts/build.sh
port=${PORT:-8080}
echo "Open http://127.0.0.1:$port/"
exec node tests/js/static-server.mjs www "$port"
