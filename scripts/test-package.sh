#!/usr/bin/env bash
# Proves the npm package by real consumers: builds and packs it (scripts/package.sh), installs the tarball
# into tests/consumers/*, then
#   types     tsc --strict --noEmit on consumer.ts (Node and bundler resolution; @ts-expect-error lines
#             prove wrong calls are rejected) and no `any` reachable from any public entry (no-any.mjs);
#   vite-app  vite build (bundler build + web build with init()), run in headless Chromium against the dev
#             server on another origin: validate, create/list/delete, typed errors;
#   node-app  the same in Node (ESM) with the nodejs build;
#   tarball   every `exports` target is in it; its file list and size are printed by package.sh.
# npm packages come from the committed package.json/package-lock.json files (the tarball is added with
# --no-save). Ends with `N passed, M failed`; exits 1 if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok   $*"; }
bad() { failed=$((failed + 1)); echo "FAIL $*"; }
run() { # run NAME CMD...: one check, its output shown on failure
  local name=$1 log; shift
  log=$(mktemp)
  if "$@" >"$log" 2>&1; then ok "$name"; else bad "$name"; sed 's/^/     /' "$log"; fi
  rm -f "$log"
}
tally() { # tally OUTPUT: counts a consumer's report, [{name, ok, detail}] as JSON on its last line
  local line
  while IFS= read -r line; do
    case "$line" in ok*) passed=$((passed + 1)) ;; FAIL*) failed=$((failed + 1)) ;; esac
    echo "$line"
  done < <(node -e '
    let checks;
    const out = process.argv[1].trim();
    try { checks = JSON.parse(out.slice(out.lastIndexOf("\n") + 1)); } catch { checks = [{ name: "consumer report", ok: false, detail: "\n" + out.slice(-2000) }]; }
    if (!Array.isArray(checks) || checks.length === 0) checks = [{ name: "consumer report", ok: false, detail: "no checks" }];
    for (const c of checks) console.log(`${c.ok ? "ok  " : "FAIL"} ${c.name}${c.ok ? "" : ` — ${c.detail}`}`);
  ' "$1")
}
finish() {
  echo
  echo "$passed passed, $failed failed"
  ((failed == 0))
  exit
}

step "package: build the web, bundler and nodejs targets, pack (scripts/package.sh)"
if ! bash scripts/package.sh; then bad "scripts/package.sh"; finish; fi
version=$(node -p 'require("./dist/npm/package.json").version')
tgz="$root/dist/talkover-webhooks-$version.tgz"
[ -f "$tgz" ] && ok "tarball $(basename "$tgz") ($(du -k "$tgz" | cut -f1) KB)" || { bad "no tarball at $tgz"; finish; }
run "tarball: every exports target and the files list are in it" node -e '
  const pkg = require("./dist/npm/package.json");
  const files = new Set(JSON.parse(require("child_process").execSync("npm pack --dry-run --json --ignore-scripts", { cwd: "dist/npm" }))[0].files.map((f) => f.path));
  const targets = [];
  const collect = (v) => typeof v === "string" ? targets.push(v.replace(/^\.\//, "")) : Object.values(v).forEach(collect);
  collect(pkg.exports);
  const missing = [...targets, ...pkg.files, pkg.types.slice(2), pkg.main.slice(2), pkg.module.slice(2)].filter((f) => !files.has(f));
  if (missing.length) { console.error("missing:", missing); process.exit(1); }
  const dts = [...files].filter((f) => f.endsWith(".d.ts")).sort();
  if (dts.join() !== "bundler/talkover_webhooks.d.ts,index.d.ts") {
    console.error("unexpected declaration files:", dts); process.exit(1);
  }'

step "install the tarball into the consumers (npm, versions from the committed lock files)"
install() { # install DIR: npm ci from the lock, then the tarball without touching package.json/lock
  (cd "tests/consumers/$1" && npm ci --no-audit --no-fund --prefer-offline --loglevel=error &&
    npm install --no-save --no-audit --no-fund --prefer-offline --loglevel=error "$tgz")
}
for dir in types vite-app node-app; do run "npm install: tests/consumers/$dir" install "$dir"; done

step "types: tsc --strict --noEmit, and no any in the public entries"
run "tsc --strict (NodeNext resolution: node + types conditions)" tsc -p tests/consumers/types/tsconfig.json --strict --noEmit
run "tsc --strict (Bundler resolution: import/browser + types conditions)" tsc -p tests/consumers/types/tsconfig.bundler.json --strict --noEmit
run "no any reachable from talkover-webhooks, /web, /bundler, /node (self-tested checker)" node tests/consumers/types/no-any.mjs

step "vite-app: vite build"
rm -rf tests/consumers/vite-app/dist
run "vite build" bash -c 'cd tests/consumers/vite-app && node_modules/.bin/vite build'
run "vite build: the .wasm emitted as an asset" bash -c 'ls tests/consumers/vite-app/dist/assets/*.wasm'

step "dev server (embedded API) on 127.0.0.1"
devlog=$(mktemp)
devpid=
stop() { [ -n "$devpid" ] && kill "$devpid" 2>/dev/null; wait "$devpid" 2>/dev/null; rm -f "$devlog"; }
trap stop EXIT
api=
if cargo build --quiet -p talkover-devserver; then
  target/debug/talkover-devserver --port 0 --quiet >"$devlog" 2>&1 &
  devpid=$!
  for _ in $(seq 1 100); do
    api=$(sed -n 's|.*listening on \(http://[^ ]*[0-9]\)/\?$|\1|p' "$devlog" | head -1)
    [ -n "$api" ] && curl -fs "$api/devserver.json" >/dev/null 2>&1 && break
    api=
    sleep 0.2
  done
fi
[ -n "$api" ] && ok "dev server at $api" || { bad "dev server did not start"; cat "$devlog"; finish; }

step "vite-app in headless Chromium (page and API on different origins)"
tally "$(node tests/consumers/vite-app/run-browser.mjs "$api" 2>&1)"

step "node-app: Node ES module consumer (nodejs build)"
tally "$(cd tests/consumers/node-app && node main.mjs "$api" 2>&1)"

finish
