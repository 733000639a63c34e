#!/usr/bin/env node
// "Never trap, never throw" proof in Node: loads the web-target module with initSync and feeds it
// ≥100,000 hostile calls from hostile-values.mjs, checked by hostile-check.mjs.
//
//   node tests/js/hostile-node.mjs [--pkg DIR] [--seed S] [--count N] [--json FILE]
//   env: HOSTILE_PKG, HOSTILE_SEED, HOSTILE_COUNT (defaults: pkg, 1, 100000);
//        HOSTILE_HEAVY=0 leaves out the expensive values, HOSTILE_EXTREME=1 adds the very slow ones.
//
// Prints a JSON summary, then the final line `N passed, M failed`; exits 1 when M > 0, 2 when the
// harness itself fails.

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { hostileValues } from './hostile-values.mjs';
import { runHostileCheck, verdictLine } from './hostile-check.mjs';
import { hostileOptions, root } from './hostile-args.mjs';


async function main() {
  const pkg = path.resolve(root, hostileOptions().pkg);
  const { seed, count, jsonOut } = hostileOptions();
  const glue = path.join(pkg, 'talkover_webhooks.js');
  const wasmPath = path.join(pkg, 'talkover_webhooks_bg.wasm');
  if (!fs.existsSync(glue) || !fs.existsSync(wasmPath)) throw new Error(`no built module in ${pkg} (run bash scripts/build.sh)`);
  if (!Number.isInteger(count) || count < 1) throw new Error(`bad count ${count}`);

  const wasmModule = new WebAssembly.Module(fs.readFileSync(wasmPath));
  // The glue keeps its instance in module-level state and initSync returns it once set, so a
  // fresh instance needs a fresh copy of the glue module: import it under a distinct URL.
  const load = async (n) => {
    const m = await import(`${pathToFileURL(glue).href}?instance=${n}`);
    const exports = m.initSync({ module: wasmModule });
    return { validateWebhook: m.validateWebhook, availableEvents: m.availableEvents, memory: exports.memory };
  };

  console.log(`hostile-node: ${count} calls, seed ${seed}, module ${path.relative(root, pkg) || '.'}`);
  const summary = await runHostileCheck({
    load,
    cases: hostileValues(seed, count, { heavy: process.env.HOSTILE_HEAVY !== '0', extreme: process.env.HOSTILE_EXTREME === '1' }),
    env: `node ${process.version}`,
    onProgress: (p) => console.log(`  ${p.done} done, ${p.failed} failed, ${(p.ms / 1000).toFixed(1)} s`),
  });
  summary.seed = seed;
  console.log(JSON.stringify(summary, null, 2));
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(summary, null, 2));
  console.log(`time: ${(summary.ms / 1000).toFixed(1)} s`);
  console.log(verdictLine(summary));
  return summary.failed > 0 ? 1 : 0;
}

main().then(
  (code) => { process.exitCode = code; },
  (e) => { console.error('hostile-node: harness error:', e); process.exitCode = 2; },
);
