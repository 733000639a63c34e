// Generates the comparison validators into bench/out/ (gitignored):
//   ajv_validate.mjs   – Ajv 8 standalone (precompiled) validator, allErrors, ES module, no runtime imports
//   valibot_bundle.mjs – the valibot functions the schema uses (tree-shaken from dist/index.js by a tiny
//                        top-level reachability pass, comments/indentation stripped) + the schema itself
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import Ajv from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import ucs2length from "ajv/dist/runtime/ucs2length.js";
import { jsonSchema, URL_PATTERN } from "./schemas.js";
import { EVENTS, HTTP_METHODS, AUTH_SCHEMES } from "./corpus.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
export const OUT = join(here, "out");

export function generate() {
  mkdirSync(OUT, { recursive: true });

  // --- Ajv standalone -------------------------------------------------------------------------------
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, code: { source: true, esm: true } });
  const validate = ajv.compile(jsonSchema);
  let code = standaloneCode(ajv, validate);
  // Standalone ESM output still `require`s runtime helpers; inline the one used (maxLength → ucs2length).
  const reqs = [...code.matchAll(/require\("([^"]+)"\)\.default/g)].map((m) => m[1]);
  for (const r of new Set(reqs)) {
    if (r !== "ajv/dist/runtime/ucs2length") throw new Error(`unexpected Ajv runtime import ${r}`);
    code = code.split(`require("${r}").default`).join(`(${(ucs2length.default ?? ucs2length).toString()})`);
  }
  writeFileSync(join(OUT, "ajv_validate.mjs"), code);

  // --- valibot bundle -------------------------------------------------------------------------------
  const src = readFileSync(join(root, "node_modules/valibot/dist/index.js"), "utf8");
  const lines = src.split("\n");
  const chunks = new Map(); // name -> text
  let cur = null;
  const startRe = /^(?:async )?function\*? ([A-Za-z_$][\w$]*)|^var ([A-Za-z_$][\w$]*)/;
  for (const line of lines) {
    const m = startRe.exec(line);
    if (m) { cur = { name: m[1] ?? m[2], lines: [] }; chunks.set(cur.name, cur); }
    else if (/^\/\/ |^export \{/.test(line)) { cur = null; continue; }
    if (cur) cur.lines.push(line);
  }
  const schemaSrc = readFileSync(join(here, "valibot_schema.src.js"), "utf8");
  // A reference: a call `name(` for a function, any use for a `var`; never `.name` (a property).
  const isVar = (n) => chunks.get(n).lines[0].startsWith("var ");
  const idents = (t) => new Set([...t.matchAll(/(?<![\w$.])([A-Za-z_$][\w$]*)(\s*\()?/g)]
    .filter((m) => chunks.has(m[1]) && (m[2] || isVar(m[1]))).map((m) => m[1]));
  const keep = new Set();
  const queue = [...idents(schemaSrc)].filter((n) => chunks.has(n));
  while (queue.length) {
    const n = queue.pop();
    if (keep.has(n)) continue;
    keep.add(n);
    for (const d of idents(chunks.get(n).lines.join("\n"))) if (chunks.has(d) && !keep.has(d)) queue.push(d);
  }
  const kept = [...chunks.values()].filter((c) => keep.has(c.name));
  const strip = (t) => t.split("\n").map((l) => l.replace(/^\s+/, "").replace(/\/\* @__PURE__ \*\/ /g, ""))
    .filter((l) => l && !l.startsWith("//")).join("\n");
  const bundle = [
    `const EVENTS=${JSON.stringify(EVENTS)};`,
    `const HTTP_METHODS=${JSON.stringify(HTTP_METHODS)};`,
    `const AUTH_SCHEMES=${JSON.stringify(AUTH_SCHEMES)};`,
    `const URL_PATTERN=${JSON.stringify(URL_PATTERN)};`,
    strip(kept.map((c) => c.lines.join("\n")).join("\n")),
    strip(schemaSrc),
  ].join("\n");
  writeFileSync(join(OUT, "valibot_bundle.mjs"), bundle + "\n");
  return { valibotFunctions: kept.length, valibotTotal: chunks.size };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(generate());
