// The create view: the page loads under its CSP, client-side validation and the error summary,
// creating a webhook through the form, and a server-side 422 landing on its field.
import assert from "node:assert/strict";
import { deepActive, formValues } from "./harness.mjs";
import { test, base } from "./suite.mjs";
import { unique, q, fillBasics, waitBanner, clean, row } from "./helpers.mjs";

test("the page loads under its CSP: no violation, no console error, 22 events in 9 groups", async (page) => {
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.equal(await q(page, "#f-events input[type=checkbox]").count(), 22);
  assert.equal(await q(page, "fieldset.group").count(), 9);
  assert.equal(await q(page, "#events-count").innerText(), "0 of 22 selected");
  await clean(page);
  assert.deepEqual(page.problems.consoleErrors, [], "console errors");
  // No inline script, style or handler anywhere in the served HTML.
  const html = await (await fetch(`${base}/`)).text();
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/);
  assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i);
});

test("a bad URL shows the server's wording under the field before submitting", async (page) => {
  await q(page, "#f-webhook_url").fill("example.com/hook");
  await q(page, "#f-name").focus();
  assert.equal(await q(page, "#e-webhook_url").innerText(), "The webhook url must be a valid URL.");
  const url = q(page, "#f-webhook_url");
  assert.equal(await url.getAttribute("aria-invalid"), "true");
  assert.match(await url.getAttribute("aria-describedby"), /\be-webhook_url\b/);
  // Not yet touched fields stay quiet.
  assert.equal(await q(page, "#e-name").innerText(), "");
  // A warning is shown in its own style and does not block.
  await q(page, "#f-webhook_url").fill("http://localhost:3000/hook");
  assert.equal(await q(page, "#e-webhook_url").innerText(), "");
  assert.match(await q(page, "#w-webhook_url").innerText(), /localhost/);
  assert.equal(await url.getAttribute("aria-invalid"), null);
  const [errColor, warnColor] = await page.evaluate(() => {
    const r = document.querySelector("talkover-webhook-form").shadowRoot;
    const li = document.createElement("li");
    r.getElementById("e-name").append(li);
    const c = [getComputedStyle(li).color, getComputedStyle(r.querySelector("#w-webhook_url li")).color];
    li.remove();
    return c;
  });
  assert.notEqual(errColor, warnColor);
});

test("submitting with errors shows a summary whose links move focus to the fields", async (page) => {
  await q(page, "#f-webhook_url").fill("nope");
  await q(page, "button[type=submit]").click();
  const summary = q(page, ".summary");
  await summary.waitFor({ state: "visible" });
  assert.equal((await deepActive(page)).tag, "div"); // the summary itself has focus
  const links = summary.locator("a");
  const texts = await links.allInnerTexts();
  assert.ok(texts.includes("The name field is required."), texts.join(" | "));
  assert.ok(texts.includes("The webhook url must be a valid URL."));
  assert.ok(texts.includes("The events field is required."));
  await links.filter({ hasText: "The webhook url must be a valid URL." }).click();
  assert.equal((await deepActive(page)).id, "f-webhook_url");
  await links.filter({ hasText: "The events field is required." }).click();
  assert.equal((await deepActive(page)).id, "ev-event_phone_call_started");
  assert.equal(await q(page, "#f-name").getAttribute("aria-invalid"), "true");
});

test("create through the form (typing, picking events, submitting), then see it in the manage view", async (page) => {
  const name = unique("Orders");
  await q(page, "#f-name").fill(name);
  await q(page, "#f-webhook_url").fill("https://example.com/hooks/orders");
  await q(page, "#events-filter").fill("ended");
  assert.equal(await q(page, "label.event:visible").count(), 2);
  await q(page, "#ev-event_phone_call_ended").check();
  await q(page, "#ev-event_conversation_ended").check();
  await q(page, "#events-filter").fill("");
  await q(page, 'button[aria-label="All Voicemail events"]').click();
  assert.equal(await q(page, "#events-count").innerText(), "4 of 22 selected");
  await q(page, "#f-timeout").fill("45");
  await q(page, "#f-max_retries").fill("5");
  await q(page, "button[type=submit]").click();
  const card = q(page, ".card");
  await card.waitFor({ state: "visible" });
  const text = await card.innerText();
  assert.match(text, /Webhook created/);
  assert.match(text, new RegExp(name));
  assert.match(text, /active/);
  for (const e of ["event_phone_call_ended", "event_conversation_ended", "event_voicemail_detected", "event_voicemail_message_left"]) {
    assert.match(text, new RegExp(e));
  }
  assert.match(await q(page, ".card dd code").first().innerText(), /^[0-9a-f-]{36}$/);
  await card.getByRole("button", { name: "Send a test event" }).click();
  await q(page, ".card .test-result").filter({ hasText: /HTTP 200 in \d+ ms/ }).waitFor();
  await card.getByRole("button", { name: "Manage webhooks" }).click();
  const r = row(page, name);
  await r.waitFor();
  assert.match(await r.innerText(), /https:\/\/example\.com\/hooks\/orders[\s\S]*4[\s\S]*active/);
  await card.page().locator("talkover-webhook-form").evaluate((el) => el.show("create"));
  await q(page, ".card").getByRole("button", { name: "Create another" }).click();
  assert.equal(await q(page, "#f-name").inputValue(), "");
  assert.equal(await q(page, "#f-timeout").inputValue(), "30");
  await clean(page);
});

test("a server-side 422 lands on its field (a live events list with an id the server doesn't know)", async (page) => {
  // The client validates first, with the events the page believes exist. Give the element a live list
  // with one extra id: the page (and the client) accept it, the server refuses it with a 422.
  await page.locator("talkover-webhook-form").evaluate((el) => {
    el.events = { ...Object.fromEntries([...el.shadowRoot.querySelectorAll("#f-events input")].map((b) => [b.value, ""])),
      event_beta_preview: "Beta: preview event" };
  });
  await q(page, "#ev-event_beta_preview").waitFor();
  const name = await fillBasics(page, { events: ["event_phone_call_ended", "event_beta_preview"] });
  await q(page, "button[type=submit]").click();
  await waitBanner(page, /server refused some fields \(422\)/);
  assert.equal(await q(page, "#e-events").innerText(), "The selected events.1 is invalid.");
  assert.equal(await q(page, "#ev-event_beta_preview").getAttribute("aria-invalid"), "true");
  assert.equal(await q(page, "#ev-event_phone_call_ended").getAttribute("aria-invalid"), null);
  assert.match(await q(page, ".summary").innerText(), /The selected events\.1 is invalid\./);
  assert.equal((await formValues(page)).name, name);
  // Fixing the field clears the server's message.
  await q(page, "#ev-event_beta_preview").uncheck();
  assert.equal(await q(page, "#e-events").innerText(), "");
});
