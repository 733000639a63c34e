// The test registry and what the run learns at start-up, shared by the *.test.mjs files and run.mjs.
// Test files register with test(name, fn) when imported; run.mjs runs them in registration order
// (so the order of its imports is the order of the run: later tests see what earlier ones created).
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export const tests = [];
export const test = (name, fn) => tests.push({ name, fn });

export let base; // the dev server URL
export let settings; // devserver.json
/** Called once by run.mjs when the dev server answers (ES module bindings: importers see the values). */
export function setServer(url, devserverJson) {
  base = url;
  settings = devserverJson;
}
