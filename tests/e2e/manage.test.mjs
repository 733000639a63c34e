// The manage view: toggle, send test, edit, delete; and the delivery logs (paging, retry).
import assert from "node:assert/strict";
import { test } from "./suite.mjs";
import { unique, q, fillBasics, clean, manage, row } from "./helpers.mjs";

test("manage: toggle, send test, edit (only changed fields sent), delete with confirmation", async (page) => {
  const name = await fillBasics(page, { name: unique("Manage me") });
  await q(page, "button[type=submit]").click();
  await q(page, ".card").waitFor({ state: "visible" });
  await manage(page);
  const r = row(page, name);
  // toggle
  const sw = r.getByRole("switch");
  assert.equal(await sw.isChecked(), true);
  await sw.click();
  await q(page, ".status").filter({ hasText: "is now disabled" }).waitFor();
  assert.equal(await sw.isChecked(), false);
  assert.match(await r.innerText(), /disabled/);
  await sw.click();
  await q(page, ".status").filter({ hasText: "is now enabled" }).waitFor();
  // test
  await r.getByRole("button", { name: /Send a test event/ }).click();
  await r.locator(".test-result").filter({ hasText: /HTTP 200 · \d+ ms/ }).waitFor();
  // edit: change the name only; the PUT carries only the name
  const puts = [];
  page.on("request", (req) => { if (req.method() === "PUT") puts.push(JSON.parse(req.postData())); });
  await r.getByRole("button", { name: /^Edit/ }).click();
  assert.match(await q(page, "#form-title").innerText(), /Edit webhook/);
  assert.equal(await q(page, "#f-name").inputValue(), name);
  assert.equal(await q(page, "#ev-event_phone_call_ended").isChecked(), true);
  await q(page, "#f-name").fill(`${name} (renamed)`);
  await q(page, "button[type=submit]").click();
  await q(page, ".status").filter({ hasText: "saved" }).waitFor();
  assert.deepEqual(puts, [{ name: `${name} (renamed)` }]);
  const renamed = row(page, `${name} (renamed)`);
  await renamed.waitFor();
  // delete: cancel first, then confirm
  await renamed.getByRole("button", { name: /^Delete/ }).click();
  const dialog = q(page, "dialog");
  await dialog.waitFor({ state: "visible" });
  assert.match(await dialog.innerText(), /cannot be undone/);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  assert.equal(await renamed.count(), 1);
  await renamed.getByRole("button", { name: /^Delete/ }).click();
  await dialog.getByRole("button", { name: "Delete webhook" }).click();
  await q(page, ".status").filter({ hasText: "was deleted" }).waitFor();
  assert.equal(await renamed.count(), 0);
  await clean(page);
});

test("delivery logs: paging, and retrying a failed delivery", async (page) => {
  await manage(page);
  const demo = row(page, "CRM sync (demo)");
  // 3 seeded logs; 3 tests make 6, so two pages of 5.
  for (let i = 1; i <= 3; i++) {
    await demo.getByRole("button", { name: /Send a test event/ }).click();
    await q(page, ".status").filter({ hasText: "Test delivered" }).waitFor();
    await q(page, ".status").evaluate((s) => { s.textContent = ""; });
  }
  await demo.getByRole("button", { name: /^Deliveries of/ }).click();
  const logs = q(page, "section.logs");
  await logs.locator("tbody tr").first().waitFor();
  assert.match(await logs.locator(".page-of").innerText(), /Page 1 of 2 \(6 deliveries\)/);
  assert.equal(await logs.locator("tbody tr").count(), 5);
  await logs.getByRole("button", { name: "Next page" }).click();
  await logs.locator(".page-of", { hasText: "Page 2 of 2" }).waitFor();
  assert.equal(await logs.locator("tbody tr").count(), 1);
  await logs.getByRole("button", { name: "Previous page" }).click();
  await logs.locator(".page-of", { hasText: "Page 1 of 2" }).waitFor();
  const failed = logs.locator('tbody tr[data-status="failed"]');
  if (!(await failed.count())) await logs.getByRole("button", { name: "Next page" }).click();
  await failed.first().waitFor();
  assert.match(await failed.first().innerText(), /HTTP 500 Internal Server Error/);
  await failed.first().getByRole("button", { name: /Retry/ }).click();
  await q(page, ".status").filter({ hasText: /Retry queued as delivery [0-9a-f-]{36}/ }).waitFor();
  await logs.locator(".page-of", { hasText: "(7 deliveries)" }).waitFor();
  assert.equal(await logs.locator('tbody tr[data-status="pending"]').count(), 1);
  await clean(page);
});
