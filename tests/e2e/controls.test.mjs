// The form's controls: keyboard-only use, the secret tools, the events picker, the advanced section
// (header rows, templates) and the language switch.
import assert from "node:assert/strict";
import { deepActive, tabTo } from "./harness.mjs";
import { test } from "./suite.mjs";
import { unique, q, row } from "./helpers.mjs";

test("keyboard only: tab to every control, create, and reach the manage view", async (page) => {
  await page.locator("body").click({ position: { x: 2, y: 2 } });
  const name = unique("Keyboard");
  const focusName = await tabTo(page, (a) => a.id === "f-name");
  assert.equal(focusName.outline, "solid"); // visible focus
  await page.keyboard.type(name);
  await page.keyboard.press("Tab");
  assert.equal((await deepActive(page)).id, "f-webhook_url");
  await page.keyboard.type("https://example.com/hooks/keyboard");
  await page.keyboard.press("Tab"); // secret
  await page.keyboard.press("Tab"); // Generate
  const gen = await deepActive(page);
  assert.equal(gen.label, "Generate");
  assert.equal(gen.outline, "solid");
  await page.keyboard.press("Enter");
  assert.match(await q(page, "#f-webhook_secret").inputValue(), /^[0-9a-f]{64}$/);
  await tabTo(page, (a) => a.id === "events-filter");
  await page.keyboard.type("ended");
  await page.keyboard.press("Enter"); // must not submit
  assert.equal(await q(page, ".summary").isVisible(), false);
  const box = await tabTo(page, (a) => a.id === "ev-event_phone_call_ended");
  assert.equal(box.outline, "solid");
  await page.keyboard.press("Space");
  assert.equal(await q(page, "#ev-event_phone_call_ended").isChecked(), true);
  const submit = await tabTo(page, (a) => a.tag === "button" && a.label === "Create webhook");
  assert.equal(submit.outline, "solid");
  await page.keyboard.press("Enter");
  await q(page, ".card").waitFor({ state: "visible" });
  assert.equal((await deepActive(page)).tag, "section"); // focus moved to the result
  await tabTo(page, (a) => a.label === "Manage webhooks");
  await page.keyboard.press("Enter");
  await row(page, name).waitFor();
  // Toggle from the keyboard too.
  await tabTo(page, (a) => a.label === `Enabled: ${name}`, 200);
  await page.keyboard.press("Space");
  await q(page, ".status").filter({ hasText: "is now disabled" }).waitFor();
  // The delete dialog: Escape cancels and focus returns.
  await tabTo(page, (a) => a.label === `Delete “${name}”`, 20);
  await page.keyboard.press("Enter");
  await q(page, "dialog").waitFor({ state: "visible" });
  await page.keyboard.press("Escape");
  assert.equal((await deepActive(page)).label, `Delete “${name}”`);
  assert.equal(await row(page, name).count(), 1);
});

test("secret: generate 32 bytes as hex or base64url, show/hide; events: group none, select all, count", async (page) => {
  await q(page, "button:has-text('Generate')").click();
  assert.match(await q(page, "#f-webhook_secret").inputValue(), /^[0-9a-f]{64}$/);
  await q(page, ".secret-format").selectOption("base64url");
  await q(page, "button:has-text('Generate')").click();
  assert.match(await q(page, "#f-webhook_secret").inputValue(), /^[A-Za-z0-9_-]{43}$/);
  assert.equal(await q(page, "#f-webhook_secret").getAttribute("type"), "password");
  await q(page, "button[aria-controls=f-webhook_secret]").click();
  assert.equal(await q(page, "#f-webhook_secret").getAttribute("type"), "text");
  assert.equal(await q(page, "button[aria-controls=f-webhook_secret]").getAttribute("aria-pressed"), "true");
  await q(page, "button:has-text('Select all')").first().click();
  assert.equal(await q(page, "#events-count").innerText(), "22 of 22 selected");
  await q(page, 'button[aria-label="None of the Phone call events"]').click();
  assert.equal(await q(page, "#events-count").innerText(), "16 of 22 selected");
  await q(page, "button:has-text('Select none')").first().click();
  assert.equal(await q(page, "#events-count").innerText(), "0 of 22 selected");
});

test("advanced: header rows map custom_headers.N.key errors; templates report JSON syntax errors", async (page) => {
  await q(page, "summary >> text=Advanced").click();
  await q(page, ".add-header").click();
  await q(page, ".add-header").click();
  await q(page, ".h-value >> nth=1").fill("v");
  await q(page, ".h-key >> nth=0").fill("X-One");
  await q(page, ".h-value >> nth=0").fill("1");
  await q(page, ".h-key >> nth=0").focus();
  const second = q(page, ".header-row >> nth=1");
  assert.equal(await second.locator(".errors").innerText(), "The custom_headers.1.key field is required.");
  assert.equal(await second.locator(".h-key").getAttribute("aria-invalid"), "true");
  assert.match(await second.locator(".h-key").getAttribute("aria-describedby"), /e-custom_headers-1/);
  assert.equal(await second.locator(".h-key").getAttribute("aria-label"), "Header 2 name");
  await q(page, ".header-row >> nth=0").getByRole("button", { name: "Remove header 1" }).click();
  assert.equal(await q(page, ".header-row").count(), 1);
  assert.equal(await q(page, ".h-key").getAttribute("aria-label"), "Header 1 name");
  assert.equal((await deepActive(page)).label, "Header 1 name");
  await q(page, "#f-payload_templates").fill('{"event_action": {"a": 1,}}');
  assert.match(await q(page, "#e-payload_templates").innerText(), /^JSON syntax error: /);
  assert.equal(await q(page, "#f-payload_templates").getAttribute("aria-invalid"), "true");
  await q(page, "#f-payload_templates").fill('{"event_nope": {"a": 1}}');
  assert.match(await q(page, "#e-payload_templates").innerText(), /payload/);
  await q(page, "#f-payload_templates").fill('{"event_action": {"a": 1}}');
  assert.equal(await q(page, "#e-payload_templates").innerText(), "");
});

test("language switch: labels and validator messages in pt-BR", async (page) => {
  await page.selectOption("#lang", "pt-BR");
  assert.equal(await page.getAttribute("html", "lang"), "pt-BR");
  assert.equal(await q(page, "label[for=f-name]").innerText(), "Nome");
  assert.equal(await q(page, "button[type=submit]").innerText(), "Criar webhook");
  await q(page, "#f-webhook_url").fill("example.com");
  assert.equal(await q(page, "#e-webhook_url").innerText(), "O campo URL do webhook deve ser uma URL válida.");
  assert.match(await q(page, "fieldset.group legend").first().innerText(), /Chamada telefônica/);
  assert.equal(await q(page, "#events-count").innerText(), "0 de 22 selecionados");
  assert.equal(await page.locator("label[for=conn-token]").textContent(), "Token da API");
  await page.selectOption("#lang", "en");
  assert.equal(await q(page, "#e-webhook_url").innerText(), "The webhook url must be a valid URL.");
});
