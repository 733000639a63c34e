// A minimal W3C WebDriver client, enough to open a page in headless Chrome (chromedriver) or Firefox
// (geckodriver), wait for a value the page publishes, and close everything.
import { spawn } from "node:child_process";
import { createServer } from "node:net";

const freePort = () => new Promise((resolve) => {
  const s = createServer().listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

const BROWSERS = {
  chrome: {
    driver: process.env.CHROMEDRIVER ?? "/usr/bin/chromedriver",
    args: (port) => [`--port=${port}`],
    capabilities: { browserName: "chrome", "goog:chromeOptions": { binary: "/usr/bin/chromium", args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"] } },
  },
  firefox: {
    driver: process.env.GECKODRIVER ?? "geckodriver",
    args: (port) => ["--port", String(port), "--host", "127.0.0.1"],
    capabilities: { browserName: "firefox", "moz:firefoxOptions": { binary: "/usr/bin/firefox-esr", args: ["-headless"],
      prefs: { "app.update.enabled": false, "network.captive-portal-service.enabled": false } } },
  },
};

export async function openBrowser(name) {
  const b = BROWSERS[name];
  const port = await freePort();
  const driver = spawn(b.driver, b.args(port), { stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const r = await fetch(base + path, { method, headers: { "Content-Type": "application/json" }, body: body && JSON.stringify(body) });
    const json = await r.json();
    if (!r.ok) throw new Error(`${name} webdriver ${method} ${path}: ${JSON.stringify(json.value).slice(0, 300)}`);
    return json.value;
  };
  for (let i = 0; ; i++) {
    try { if ((await call("GET", "/status")).ready) break; } catch { /* not up yet */ }
    if (i > 100) { driver.kill(); throw new Error(`${name}: driver did not start`); }
    await new Promise((r) => setTimeout(r, 100));
  }
  let session;
  try {
    session = (await call("POST", "/session", { capabilities: { alwaysMatch: b.capabilities } })).sessionId;
  } catch (e) {
    driver.kill();
    throw e;
  }
  return {
    goto: (url) => call("POST", `/session/${session}/url`, { url }),
    /** Polls `expression` (a JS expression) until it is not null; returns its value. */
    async waitFor(expression, timeoutMs) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const v = await call("POST", `/session/${session}/execute/sync`, { script: `return ${expression};`, args: [] });
        if (v !== null && v !== undefined) return v;
        if (Date.now() > until) throw new Error(`${name}: timed out waiting for ${expression}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async close() {
      try { await call("DELETE", `/session/${session}`); } catch { /* already gone */ }
      driver.kill();
    },
  };
}
