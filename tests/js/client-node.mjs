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
// Every call above has settled, so the client must have cleared every timer it set (timeouts, backoff).
// (Wait out the scripted server's own 1.5 s "slow" answer first: that timer is the server's.)
await new Promise((r) => setTimeout(r, 1600));
const timers = process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
results.push({ name: "no timer left running after every call settled", ok: timers === 0, error: `${timers} timers still active` });
for (const r of results) console.log(`${r.ok ? "ok" : "not ok"} - ${r.name}${r.ok ? "" : `\n  ${r.error.split("\n").join("\n  ")}`}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
