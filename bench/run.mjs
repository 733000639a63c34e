// Prints sizes, throughput (Node + headless Chromium) and cold start. Never fails on a slow figure;
// only a crash exits non-zero.
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants as Z } from "node:zlib";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { generate, OUT } from "./gen.mjs";
import { nodeBench } from "./node.mjs";
import { browserBench } from "./browser.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BUDGET_KIB = 24;
const quick = process.env.BENCH_QUICK === "1";
const throughputOpts = quick ? { warmupMs: 100, minRoundMs: 50, rounds: 3 } : { warmupMs: 400, minRoundMs: 150, rounds: 7 };
const coldLoads = quick ? 3 : 10;

const kib = (n) => (n / 1024).toFixed(1);
const fmt = (n) => Math.round(n).toLocaleString("en-US");
const pad = (s, n) => String(s).padStart(n);
const padR = (s, n) => String(s).padEnd(n);

function compressed(path) {
  const raw = readFileSync(path);
  let gz, br;
  try { gz = execFileSync("gzip", ["-9", "-c", path], { maxBuffer: 1 << 26 }).length; }
  catch { gz = gzipSync(raw, { level: 9 }).length; }
  try { br = execFileSync("brotli", ["-q", "11", "-c", path], { maxBuffer: 1 << 26 }).length; }
  catch { br = brotliCompressSync(raw, { params: { [Z.BROTLI_PARAM_QUALITY]: 11 } }).length; }
  return { raw: raw.length, gz, br };
}

console.log("== talkover-webhooks bench ==");
console.log(`node ${process.version}; corpus: 2000 deterministic bodies${quick ? "; BENCH_QUICK=1 (short rounds)" : ""}`);

// 1. Size ------------------------------------------------------------------------------------------------
const gen = generate();
const files = [
  ["wasm   pkg/talkover_webhooks_bg.wasm", join(root, "pkg/talkover_webhooks_bg.wasm")],
  ["glue   pkg/talkover_webhooks.js", join(root, "pkg/talkover_webhooks.js")],
  ["ajv    bench/out/ajv_validate.mjs", join(OUT, "ajv_validate.mjs")],
  ["valibot bench/out/valibot_bundle.mjs", join(OUT, "valibot_bundle.mjs")],
];
const sizes = Object.fromEntries(files.map(([k, p]) => [k, compressed(p)]));
console.log("\n-- 1. Size (bytes) --");
console.log(`${padR("file", 38)}${pad("raw", 9)}${pad("gzip -9", 10)}${pad("brotli 11", 11)}`);
for (const [k] of files) {
  const s = sizes[k];
  console.log(`${padR(k, 38)}${pad(fmt(s.raw), 9)}${pad(fmt(s.gz), 10)}${pad(fmt(s.br), 11)}`);
}
const [w, g] = [sizes[files[0][0]], sizes[files[1][0]]];
const totalBr = w.br + g.br;
const over = totalBr / 1024 - BUDGET_KIB;
console.log(`ours total (wasm + glue): raw ${kib(w.raw + g.raw)} KiB, gzip ${kib(w.gz + g.gz)} KiB, brotli ${kib(totalBr)} KiB`
  + ` vs budget ${BUDGET_KIB} KiB -> ${over > 0 ? `OVER by ${over.toFixed(1)} KiB` : `under by ${(-over).toFixed(1)} KiB`}`
  + ` (${((totalBr / 1024 / BUDGET_KIB) * 100).toFixed(0)}% of budget)`);
console.log(`ours brotli vs ajv standalone: ${(totalBr / sizes[files[2][0]].br).toFixed(1)}x; vs valibot bundle: ${(totalBr / sizes[files[3][0]].br).toFixed(1)}x`);
console.log(`(valibot bundle = ${gen.valibotFunctions} of ${gen.valibotTotal} top-level valibot declarations, kept by a reachability pass,`
  + ` comments/indentation stripped, not minified — esbuild is not installed; Ajv output is generated code, also not minified)`);

// 2. Throughput ------------------------------------------------------------------------------------------
function printThroughput(label, r) {
  const t = r.throughput;
  console.log(`\n-- 2. Throughput: ${label} (validations/s, median of ${t.ours.rounds} rounds after warm-up) --`);
  for (const k of ["ours", "ajv", "valibot"]) {
    console.log(`${padR(k, 9)}${pad(fmt(t[k].opsPerSec), 12)} ops/s  ${pad(t[k].usPerOp.toFixed(2), 7)} us/op`
      + `  (rounds ${fmt(t[k].min)}..${fmt(t[k].max)}; valid ${r.valid[k]}/${r.n})`);
  }
  console.log(`ratio ours/ajv = ${(t.ours.opsPerSec / t.ajv.opsPerSec).toFixed(3)}   ours/valibot = ${(t.ours.opsPerSec / t.valibot.opsPerSec).toFixed(3)}`
    + `   (< 1 means ours is slower; ajv is ${(t.ajv.opsPerSec / t.ours.opsPerSec).toFixed(1)}x, valibot ${(t.valibot.opsPerSec / t.ours.opsPerSec).toFixed(1)}x ours)`);
  const b = r.breakdown;
  const js = b.stringify + b.utf8 + b.parse;
  const rest = t.ours.usPerOp - js;
  const pct = (x) => `${((x / t.ours.usPerOp) * 100).toFixed(0)}%`;
  console.log(`where ours spends ${t.ours.usPerOp.toFixed(2)} us/op (avg input ${b.inputBytes.toFixed(0)} B JSON, result ${b.resultBytes.toFixed(0)} B JSON):`);
  console.log(`  JSON.stringify(input) ${b.stringify.toFixed(2)} us (${pct(b.stringify)}), UTF-16->UTF-8 copy into wasm ~${b.utf8.toFixed(2)} us (${pct(b.utf8)}),`
    + ` JSON.parse(result) ${b.parse.toFixed(2)} us (${pct(b.parse)}); remainder in wasm (decode, rules, messages, result JSON) ~${rest.toFixed(2)} us (${pct(rest)})`);
}

const nodeRes = await nodeBench(throughputOpts);
printThroughput("Node", nodeRes);

let br;
try {
  br = await browserBench({ throughputOpts, coldLoads });
} catch (e) {
  console.log(`\n-- Chromium part skipped: ${e && e.message ? e.message.split("\n")[0] : e} --`);
}
if (br) {
  printThroughput(`headless Chromium ${br.version}`, br.throughput);
  // 3. Cold start ----------------------------------------------------------------------------------------
  const c = br.cold;
  console.log(`\n-- 3. Cold start in Chromium (ms, median of ${c.ours.loads} fresh page loads each, no-store, interleaved) --`);
  console.log(`${padR("", 9)}${pad("total", 8)}${pad("import", 9)}${pad("init", 8)}${pad("1st call", 10)}`);
  for (const k of ["ours", "ajv", "valibot"]) {
    const r = c[k];
    console.log(`${padR(k, 9)}${pad(r.total.toFixed(1), 8)}${pad(r.import.toFixed(1), 9)}${pad(r.init.toFixed(1), 8)}${pad(r.firstCall.toFixed(1), 10)}`);
  }
  console.log(`(ours: import = glue JS, init = fetch + compile + instantiate the wasm; others: import = fetch + parse + evaluate)`);
  console.log(`ratio ours/ajv = ${(c.ours.total / c.ajv.total).toFixed(2)}   ours/valibot = ${(c.ours.total / c.valibot.total).toFixed(2)}   (> 1 means ours starts slower)`);
  if (br.errors.length) console.log(`page errors: ${br.errors.join("; ")}`);
}
console.log("\n(figures only: nothing here is a pass/fail check)");
