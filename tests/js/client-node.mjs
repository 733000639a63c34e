// The API client in Node 20 (global fetch) against the scripted API server on 127.0.0.1.
import { readFileSync } from "node:fs";
import { startApiServer, refusedPort } from "./api-server.mjs";
import { runClientSuite } from "./client-suite.mjs";

const pkg = process.argv[2] ?? "pkg";
const api = await import(new URL(`../../${pkg}/index.js`, import.meta.url));
api.initSync({ module: readFileSync(new URL(`../../${pkg}/talkover_webhooks_bg.wasm`, import.meta.url)) });

let unhandled = 0;
process.on("unhandledRejection", (e) => {
  unhandled++;
  console.error("unhandled rejection:", e);
});
const server = await startApiServer();
const watchdog = setTimeout(() => { console.error("client tests timed out"); process.exit(1); }, 120_000);
let results;
try {
  results = await runClientSuite(api, { base: server.base, refusedBase: `http://127.0.0.1:${await refusedPort()}`, env: "node" });
  await new Promise((r) => setTimeout(r, 200));
  results.push({ name: "no unhandled promise rejections", ok: unhandled === 0, error: `${unhandled} unhandled` });
} finally {
  clearTimeout(watchdog);
  await server.close();
}
for (const r of results) console.log(`${r.ok ? "ok" : "not ok"} - ${r.name}${r.ok ? "" : `\n  ${r.error.split("\n").join("\n  ")}`}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
