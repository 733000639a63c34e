// End-to-end tests of www/ (the page and <talkover-webhook-form>) in Debian's headless Chromium,
// against the real dev server (embedded API) started here on a free port and always stopped.
// The tests themselves are in *.test.mjs (by area); their shared helpers in helpers.mjs and harness.mjs.
// Usage: node tests/e2e/run.mjs [--only substring]
// env: DEVSERVER (binary), CHROMIUM, DEVSERVER_PID_FILE, SCREENSHOTS=0 (none) | all (also the manage view).
import { join } from "node:path";
import { startDevServer, launchBrowser, openPage } from "./harness.mjs";
import { root, tests, setServer } from "./suite.mjs";
// The tests, by area; imported in this order, they run in this order.
import "./create.test.mjs";
import "./errors.test.mjs";
import "./manage.test.mjs";
import "./controls.test.mjs";
import "./page.test.mjs";

const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : null;
const started = Date.now();

const server = startDevServer({
  bin: process.env.DEVSERVER ?? join(root, "target/debug/talkover-devserver"),
  www: join(root, "www"),
  pkg: join(root, "pkg"),
  pidFile: process.env.DEVSERVER_PID_FILE,
});
let browser;
const shutdown = async (code) => {
  server.stop();
  await browser?.close();
  process.exit(code);
};
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => { console.error(`\n${sig}: stopping`); shutdown(130); });
process.on("exit", () => server.stop());
const watchdog = setTimeout(() => { console.error("e2e: over 170 s, giving up"); shutdown(1); }, 170_000);

// ---- run ----------------------------------------------------------------------------------------------

let passed = 0;
let failed = 0;
try {
  const base = await server.url;
  setServer(base, await (await fetch(`${base}/devserver.json`)).json());
  console.log(`dev server: ${base}`);
  browser = await launchBrowser();
  for (const { name, fn } of tests) {
    if (only && !name.includes(only)) continue;
    const t0 = Date.now();
    let page;
    try {
      page = await openPage(browser.context, `${base}/`);
      await fn(page);
      passed++;
      console.log(`ok - ${name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.log(`not ok - ${name}\n  ${String(e.stack ?? e).split("\n").slice(0, 8).join("\n  ")}`);
    } finally {
      await page?.close().catch(() => {});
    }
  }
} catch (e) {
  failed++;
  console.log(`not ok - setup\n  ${e.message}`);
} finally {
  clearTimeout(watchdog);
  server.stop();
  await browser?.close();
}
console.log(`e2e: ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
