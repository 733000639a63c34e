// Page helpers shared by the *.test.mjs files: locating inside the element, filling the form, the
// connection settings, banners, axe-core and the "nothing went wrong" checks.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { root } from "./suite.mjs";

const AXE = join(root, "node_modules/axe-core/axe.min.js");

let seq = 0;
export const unique = (prefix) => `${prefix} ${Date.now().toString(36)}-${++seq}`;
export const q = (page, sel) => page.locator(`talkover-webhook-form ${sel}`);

export async function fillBasics(page, { name = unique("E2E"), url = "https://example.com/hooks/e2e", events = ["event_phone_call_ended"] } = {}) {
  await q(page, "#f-name").fill(name);
  await q(page, "#f-webhook_url").fill(url);
  for (const id of events) await q(page, `#ev-${id}`).check();
  return name;
}
export async function setConnection(page, { baseUrl, agentId, token }) {
  if (!(await page.locator("#connection-box").evaluate((d) => d.open))) await page.locator("#connection-box > summary").click();
  if (baseUrl !== undefined) await page.fill("#conn-base-url", baseUrl);
  if (agentId !== undefined) await page.fill("#conn-agent", agentId);
  if (token !== undefined) await page.fill("#conn-token", token);
}
export const bannerText = (page) => q(page, ".banner").innerText();
export async function waitBanner(page, re) {
  await q(page, ".banner").waitFor({ state: "visible" });
  const text = await bannerText(page);
  assert.match(text, re);
  return text;
}
export async function runAxe(page, label) {
  // The page's CSP (script-src 'self') refuses addScriptTag's inline <script>; evaluating axe's source
  // through the DevTools protocol (page.evaluate) is not subject to the page's CSP, and changes nothing.
  const source = readFileSync(AXE, "utf8");
  await page.evaluate(source);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" >>> ")).slice(0, 4).join("\n    ")}`);
  assert.deepEqual(violations, [], `axe on ${label}:\n  ${violations.join("\n  ")}`);
}
export async function clean(page) {
  assert.deepEqual(await page.cspViolations(), [], "CSP violations");
  assert.deepEqual(page.problems.pageErrors, [], "page errors");
}
export const freePort = () => new Promise((ok) => {
  const s = createServer().listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => ok(port)); });
});
export async function manage(page) {
  await q(page, ".tab >> nth=1").click();
  await q(page, ".status").filter({ hasText: /webhooks?\./ }).waitFor();
}
export const row = (page, name) => q(page, "tbody tr").filter({ has: page.locator(".wh-name", { hasText: name }) });
