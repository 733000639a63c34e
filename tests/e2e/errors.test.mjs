// Failures the user must be told about (wrong token, refused connection, timeout, 404, 429), with
// every typed value kept; and server-supplied text that must stay text.
import assert from "node:assert/strict";
import { formValues } from "./harness.mjs";
import { test } from "./suite.mjs";
import { unique, q, fillBasics, setConnection, bannerText, waitBanner, clean, freePort, manage, row } from "./helpers.mjs";

test("401 (wrong token): a banner says to check the token, and every typed value is kept", async (page) => {
  await setConnection(page, { token: "talq_wrong_token" });
  await fillBasics(page);
  await q(page, "#f-webhook_secret").fill("s3cret-value");
  await q(page, "summary >> text=Advanced").click();
  await q(page, "#f-http_method").selectOption("PUT");
  await q(page, ".add-header").click();
  await q(page, ".h-key").fill("X-Env");
  await q(page, ".h-value").fill("staging");
  await q(page, "#f-payload_templates").fill('{"event_phone_call_ended": {"id": "{{call_id}}"}}');
  const before = await formValues(page);
  await q(page, "button[type=submit]").click();
  await waitBanner(page, /401[\s\S]*Check the token/);
  assert.match(await bannerText(page), /Missing Bearer Token/);
  assert.deepEqual(await formValues(page), before);
});

test("a refused connection: network banner, every typed value kept", async (page) => {
  await setConnection(page, { baseUrl: `http://127.0.0.1:${await freePort()}/api/v1` });
  await fillBasics(page);
  await q(page, "#f-timeout").fill("60");
  const before = await formValues(page);
  await q(page, "button[type=submit]").click();
  await waitBanner(page, /Could not reach http:\/\/127\.0\.0\.1:\d+\. Check the API base URL/);
  assert.deepEqual(await formValues(page), before);
  assert.deepEqual(await page.cspViolations(), []);
});

test("a timeout (fault slow-3000, timeout-ms 400): banner, input kept; cancel aborts a slow request", async (page) => {
  await setConnection(page, { agentId: "fault-slow-3000" });
  await page.locator("talkover-webhook-form").evaluate((el) => el.setAttribute("timeout-ms", "400"));
  await fillBasics(page);
  const before = await formValues(page);
  await q(page, "button[type=submit]").click();
  await waitBanner(page, /No answer within 400 ms/);
  assert.deepEqual(await formValues(page), before);
  // Cancel: progress shows, the cancel button aborts.
  await page.locator("talkover-webhook-form").evaluate((el) => el.setAttribute("timeout-ms", "10000"));
  await q(page, "button[type=submit]").click();
  await q(page, "button[type=submit].busy").waitFor();
  assert.match(await q(page, "button[type=submit]").innerText(), /Creating…/);
  await q(page, ".actions button:has-text('Cancel')").first().click();
  await waitBanner(page, /Cancelled/);
  assert.deepEqual(await formValues(page), before);
});

test("404 agent, 429 with its wait: banners say what to do", async (page) => {
  await setConnection(page, { agentId: "no-such-agent" });
  await fillBasics(page);
  await q(page, "button[type=submit]").click();
  await waitBanner(page, /Agent not found in this environment/);
  await setConnection(page, { agentId: "fault-429" });
  await q(page, "button[type=submit]").click();
  await waitBanner(page, /Too many requests \(429\)\. Retry in 2 s\./);
});

test("server-supplied text is rendered as text: <img onerror> in a name creates no element and runs nothing", async (page) => {
  const name = `<img src=x onerror="window.__xss=1"> ${unique("XSS")}`;
  await fillBasics(page, { name });
  await q(page, "button[type=submit]").click();
  await q(page, ".card").waitFor({ state: "visible" });
  assert.match(await q(page, ".card").innerText(), /<img src=x onerror="window\.__xss=1">/);
  await manage(page);
  await row(page, "XSS").first().waitFor();
  assert.match(await row(page, "XSS").first().locator(".wh-name").innerText(), /^<img src=x onerror=/);
  const imgs = await page.evaluate(() => {
    const all = (r) => [...r.querySelectorAll("*")].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
    return all(document).filter((e) => e.tagName === "IMG").length;
  });
  assert.equal(imgs, 0);
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  await clean(page);
});
