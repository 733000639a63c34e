// Shared pieces of the end-to-end run: the dev server, the browser, a page per test, and small helpers.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

/** Starts the dev server on a free port (--port 0) and resolves with its URL once it listens. */
export function startDevServer({ bin, www, pkg, pidFile }) {
  const child = spawn(bin, ["--port", "0", "--www", www, "--pkg", pkg, "--quiet"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (pidFile) writeFileSync(pidFile, String(child.pid));
  let out = "";
  const url = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dev server did not start within 20 s:\n${out}`)), 20_000);
    const onData = (chunk) => {
      out += chunk;
      const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(new Error(`dev server could not start: ${e.message}`));
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`dev server exited (${code}):\n${out}`));
    });
  });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  };
  return { child, url, stop };
}

export async function launchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), "tw-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: "en-US",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
  context.setDefaultTimeout(10_000);
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh tab on the page with listeners for everything that must not happen: page errors, console
 * errors and CSP violations (a listener installed before any page script, through CDP, so it is not
 * itself subject to the page's CSP).
 */
export async function openPage(context, url, { width = 1280, height = 900 } = {}) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  const problems = { pageErrors: [], consoleErrors: [] };
  page.on("pageerror", (e) => problems.pageErrors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") problems.consoleErrors.push(m.text());
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]", { timeout: 15_000 });
  await page.waitForSelector("talkover-webhook-form[data-ready=true]", { timeout: 15_000 });
  page.problems = problems;
  page.cspViolations = () => page.evaluate(() => window.__cspViolations);
  return page;
}

/** The element inside the light DOM or an open shadow root that has focus. */
export function deepActive(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    if (!a) return null;
    const label = a.labels?.[0]?.textContent?.trim() ?? a.getAttribute("aria-label") ?? a.textContent?.trim();
    const cs = getComputedStyle(a);
    return { id: a.id, tag: a.tagName.toLowerCase(), type: a.type, value: a.value, label, outline: cs.outlineStyle, outlineWidth: cs.outlineWidth };
  });
}

/** Presses Tab until `pred(active)` holds (at most `max` times); returns the active element. */
export async function tabTo(page, pred, max = 60, key = "Tab") {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const a = await deepActive(page);
    if (a && pred(a)) return a;
  }
  throw new Error(`focus never reached the target within ${max} × ${key}`);
}

/** Reads all the values a user typed into the form, to prove none were lost. */
export function formValues(page) {
  return page.evaluate(() => {
    const root = document.querySelector("talkover-webhook-form").shadowRoot;
    const v = (id) => root.getElementById(id).value;
    return {
      name: v("f-name"),
      url: v("f-webhook_url"),
      secret: v("f-webhook_secret"),
      timeout: v("f-timeout"),
      retries: v("f-max_retries"),
      enabled: root.getElementById("f-enabled").checked,
      method: v("f-http_method"),
      events: [...root.querySelectorAll("#f-events input[type=checkbox]:checked")].map((b) => b.value),
      headers: [...root.querySelectorAll(".header-row")].map((r) => [r.querySelector(".h-key").value, r.querySelector(".h-value").value]),
      templates: v("f-payload_templates"),
    };
  });
}
