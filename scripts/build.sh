#!/usr/bin/env bash
# Builds the release module into pkg/ (ES module for browsers, `--target web`) and copies it to www/pkg/.
# Usage: scripts/build.sh [--target web|bundler|nodejs] [--out DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
target=web
out=pkg
while (($#)); do
  case "$1" in
    --target) target=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
cargo build --quiet --release --target wasm32-unknown-unknown --lib
wasm-bindgen --target "$target" --out-dir "$out" --out-name talkover_webhooks \
  target/wasm32-unknown-unknown/release/talkover_webhooks.wasm
# npm's binaryen, never Debian's (its wasm-opt breaks the externref table); see ../shared/toolchain.md.
node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/talkover_webhooks_bg.wasm" -o "$out/talkover_webhooks_bg.wasm"
if [ "$target" = web ] && [ "$out" = pkg ]; then
  rm -rf www/pkg && cp -r pkg www/pkg
fi
