// The API client in headless Chrome and Firefox: the page comes from one origin, the scripted API
// server is another, so CORS, preflights and fetch failures are the browsers' own.
import { startStaticServer } from "./static-server.mjs";
import { startApiServer, refusedPort } from "./api-server.mjs";
import { openBrowser } from "./webdriver.mjs";

const browsers = process.argv.slice(2).length ? process.argv.slice(2) : ["chrome", "firefox"];
const statics = await startStaticServer(".", 0);
const api = await startApiServer();
const refused = `http://127.0.0.1:${await refusedPort()}`;
const watchdog = setTimeout(() => { console.error("browser client tests timed out"); process.exit(1); }, 240_000);
let passed = 0;
let failed = 0;
try {
  for (const name of browsers) {
    const browser = await openBrowser(name);
    try {
      await browser.goto(`${statics.url}tests/js/client-page.html?api=${encodeURIComponent(api.base)}&refused=${encodeURIComponent(refused)}`);
      const results = JSON.parse(await browser.waitFor("window.__results ?? null", 120_000));
      for (const r of results) {
        console.log(`${r.ok ? "ok" : "not ok"} - [${name}] ${r.name}${r.ok ? "" : `\n  ${r.error.split("\n").join("\n  ")}`}`);
        if (r.ok) passed++; else failed++;
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  clearTimeout(watchdog);
  await api.close();
  statics.server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
