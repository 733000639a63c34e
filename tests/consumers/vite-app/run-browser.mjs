#!/usr/bin/env node
// Serves the built Vite app (dist/) on 127.0.0.1 and opens both pages in headless Chromium; each runs the
// shared scenario against the dev server (another origin: real CORS). Prints one JSON line of checks.
// Usage: node run-browser.mjs <dev server origin>     env: CHROMIUM (default /usr/bin/chromium)
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startStaticServer } from "../../js/static-server.mjs";

const { chromium } = createRequire(new URL("../../../package.json", import.meta.url))("playwright-core");
const api = process.argv[2];
const { server, url } = await startStaticServer(new URL("dist", import.meta.url).pathname, 0);
const profile = mkdtempSync(join(tmpdir(), "talkover-vite-"));
const checks = [];
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
  for (const page of ["index.html", "web.html"]) {
    const tab = await context.newPage();
    const errors = [];
    tab.on("pageerror", (e) => errors.push(String(e)));
    // The scenario's expected 401/404/429 answers are logged by Chromium as "Failed to load resource".
    tab.on("console", (m) => m.type() === "error" && !m.text().startsWith("Failed to load resource") && errors.push(m.text()));
    try {
      await tab.goto(`${url}${page}?api=${encodeURIComponent(api)}`);
      await tab.waitForFunction(() => Array.isArray(window.__checks), null, { timeout: 30_000 });
      checks.push(...(await tab.evaluate(() => window.__checks)));
    } catch (err) {
      checks.push({ name: `${page}: page ran`, ok: false, detail: `${err.message} ${errors.join(" | ")}` });
    }
    checks.push({ name: `${page}: no page errors`, ok: errors.length === 0, detail: errors.join(" | ") });
    await tab.close();
  }
} finally {
  await context?.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(checks));
