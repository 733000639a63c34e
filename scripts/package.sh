#!/usr/bin/env bash
# Builds the npm package `talkover-webhooks` into dist/npm/ (ready for `npm pack`/`npm publish`) and packs
# it into dist/talkover-webhooks-<version>.tgz; prints the tarball's file list and sizes.
#   web/      wasm-bindgen --target web      (plain ES module; `await init()` first)   import/browser
#   bundler/  wasm-bindgen --target bundler  (the .wasm as an ES module import)       "talkover-webhooks/bundler"
#   node/     wasm-bindgen --target nodejs   (CommonJS, wrapped in an ES module)       node
#   index.d.ts  the public types (all generated from src/wasm/types.rs; no `any`)
# Templates (package.json, README, entries) are in packaging/. Usage: scripts/package.sh [--no-pack]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
pack=1
while (($#)); do
  case "$1" in
    --no-pack) pack=0; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[ -x node_modules/.bin/wasm-opt ] && command -v wasm-bindgen >/dev/null || bash scripts/setup.sh

stage=dist/stage
out=dist/npm
rm -rf "$stage" "$out"
mkdir -p "$stage" "$out/web" "$out/bundler" "$out/node"
for target in web bundler nodejs; do
  echo "building --target $target"
  bash scripts/build.sh --target "$target" --out "$stage/$target"
done

# web: the generated module, its .wasm, the JS client layer, and the entry (typed `init`).
cp "$stage/web/talkover_webhooks.js" "$stage/web/talkover_webhooks_bg.wasm" "$stage/web/client.js" "$out/web/"
cp packaging/entries/web.js "$out/web/index.js"
# bundler: also carries the generated declarations that index.d.ts re-exports (identical for all targets).
cp "$stage/bundler/talkover_webhooks.js" "$stage/bundler/talkover_webhooks_bg.js" \
  "$stage/bundler/talkover_webhooks_bg.wasm" "$stage/bundler/talkover_webhooks.d.ts" "$stage/bundler/client.js" "$out/bundler/"
cp packaging/entries/bundler.js "$out/bundler/index.js"
# node: the generated file is CommonJS (node/package.json says so); the client and entry are .mjs and
# import it by name (Node's CommonJS named-export detection reads its `exports.x = …` lines).
cp "$stage/nodejs/talkover_webhooks.js" "$stage/nodejs/talkover_webhooks_bg.wasm" "$out/node/"
cp "$stage/nodejs/client.js" "$out/node/client.mjs"
cp packaging/entries/node.mjs "$out/node/index.mjs"
printf '{\n  "type": "commonjs"\n}\n' > "$out/node/package.json"
cp packaging/entries/index.d.ts "$out/index.d.ts"
cp packaging/README.md "$out/README.md"
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
node -e '
  const fs = require("fs");
  const pkg = JSON.parse(fs.readFileSync("packaging/package.json", "utf8"));
  pkg.version = process.argv[1];
  fs.writeFileSync(process.argv[2], JSON.stringify(pkg, null, 2) + "\n");
' "$version" "$out/package.json"
rm -rf "$stage"

# Every file of dist/npm/ must be in the tarball (the `files` list is explicit), and nothing else.
json=$(cd "$out" && npm pack --dry-run --json --ignore-scripts 2>/dev/null)
node -e '
  const fs = require("fs"), path = require("path");
  const [info] = JSON.parse(process.argv[1]);
  const root = process.argv[2];
  const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(d, e.name)) : [path.relative(root, path.join(d, e.name))]);
  const onDisk = walk(root).sort(), packed = info.files.map((f) => f.path).sort();
  const missing = onDisk.filter((f) => !packed.includes(f)), extra = packed.filter((f) => !onDisk.includes(f));
  if (missing.length || extra.length) {
    console.error("package.json `files` is out of step with dist/npm:", { missing, extra });
    process.exit(1);
  }
' "$json" "$out"

if ((pack)); then
  json=$(npm pack "./$out" --json --ignore-scripts --pack-destination dist 2>/dev/null)
fi
node -e '
  const [info] = JSON.parse(process.argv[1]);
  const kb = (n) => (n / 1024).toFixed(1) + " KB";
  console.log(`${info.name}@${info.version}: ${info.entryCount} files`);
  for (const f of info.files) console.log(`  ${String(f.size).padStart(7)}  ${f.path}`);
  console.log(`tarball: ${info.filename} (${kb(info.size)} packed, ${kb(info.unpackedSize)} unpacked)`);
' "$json"
((pack)) && echo "packed: dist/$(node -e 'console.log(JSON.parse(process.argv[1])[0].filename)' "$json")"
exit 0
