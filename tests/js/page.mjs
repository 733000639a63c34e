// The www/ page in headless Chromium: it loads the module, lists the 22 events, shows the server's
// messages next to the fields as the user types, and reports the body once the form is valid.
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import assert from "node:assert/strict";
import { startStaticServer } from "./static-server.mjs";

const { server, url } = await startStaticServer("www", 0);
const profile = mkdtempSync(join(tmpdir(), "tw-page-"));
let browser;
let passed = 0;
let failed = 0;
const check = async (name, fn) => {
  try {
    await fn();
    passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    failed++;
    console.log(`not ok - ${name}\n  ${e.message.split("\n").join("\n  ")}`);
  }
};
const timer = setTimeout(() => { console.error("page test timed out"); process.exit(1); }, 60_000);
try {
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
  const page = await browser.newPage();
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]", { timeout: 15_000 });

  await check("lists the 22 events", async () => {
    assert.equal(await page.locator("#events input[type=checkbox]").count(), 22);
  });
  await check("shows the server's messages per field while typing", async () => {
    await page.fill("#webhook_url", "example.com/hook");
    await page.fill("#name", "x".repeat(256));
    assert.equal(await page.textContent("#webhook_url-errors"), "The webhook url must be a valid URL.");
    assert.equal(await page.textContent("#name-errors"), "The name must not be greater than 255 characters.");
    assert.equal(await page.getAttribute("#name", "aria-invalid"), "true");
    assert.match(await page.textContent("#events-errors"), /The events field is required\./);
  });
  await check("a complete form is valid and shows the body to send", async () => {
    await page.fill("#name", "  Orders  ");
    await page.fill("#webhook_url", "https://example.com/hooks/talkover");
    await page.check("#events input[value=event_phone_call_ended]");
    await page.fill("#timeout", "45");
    assert.equal(await page.textContent("#status"), "Ready to create.");
    assert.equal(await page.textContent("#name-errors"), "");
    const body = JSON.parse(await page.textContent("#preview"));
    assert.deepEqual(body.events, ["event_phone_call_ended"]);
    assert.equal(body.name, "Orders");
    assert.equal(body.timeout, 45);
  });
  await check("warns about a local URL without blocking", async () => {
    await page.fill("#webhook_url", "http://localhost:3000/hook");
    assert.equal(await page.textContent("#status"), "Ready to create.");
    assert.match(await page.textContent("#warnings"), /localhost/);
  });
  await check("no page errors", async () => assert.deepEqual(pageErrors, []));
} finally {
  clearTimeout(timer);
  await browser?.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
