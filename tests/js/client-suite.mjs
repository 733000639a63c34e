// The client's behaviour against the scripted API server (api-server.mjs), shared by the Node run and
// the browser runs. `runClientSuite` returns one result per test; nothing here depends on Node.
const AGENT = "9fbef0b7-8d4e-4a08-9207-66c22155721d";
const VALID = { name: " Orders ", webhook_url: "https://example.com/hooks", events: ["event_phone_call_ended"], timeout: "45" };
let seq = 0;
const id = (scenario) => `${scenario}-${Date.now().toString(36)}${(seq++).toString(36)}`;

function assert(cond, message) {
  if (!cond) throw new Error(message);
}
function eq(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

async function rejects(promise, Class, kind, status, api) {
  try {
    await promise;
  } catch (e) {
    assert(e instanceof Class, `expected ${Class.name}, got ${e?.constructor?.name}: ${e?.message}`);
    assert(e instanceof api.TalkoverError && e instanceof Error, "not a TalkoverError/Error");
    eq(e.kind, kind, "kind");
    eq(e.status, status, "status");
    assert(typeof e.message === "string" && e.message.length > 0, "empty message");
    assert(!e.message.includes("talq_secret"), "token in message");
    return e;
  }
  throw new Error(`expected a ${Class.name}, but the call succeeded`);
}

export async function runClientSuite(api, { base, refusedBase, env }) {
  const apiBase = `${base}/api/v1`;
  const token = "talq_secret_token_123";
  const client = (extra = {}) => new api.TalkoverClient({ baseUrl: apiBase, token, retries: 0, timeoutMs: 5000, ...extra });
  const count = async (agent) => (await (await fetch(`${base}/__count/${encodeURIComponent(agent)}`)).json()).count;
  const last = async () => (await fetch(`${base}/__last`)).json();
  const results = [];
  const test = async (name, fn, only) => {
    if (only && only !== env) return;
    const started = Date.now();
    try {
      await fn();
      results.push({ name, ok: true, ms: Date.now() - started });
    } catch (e) {
      results.push({ name, ok: false, error: String(e?.stack ?? e), ms: Date.now() - started });
    }
  };
  const E = api;

  await test("create: POST with the validator's normalised body, bearer token and JSON headers", async () => {
    const a = id("ok");
    const w = await client().createWebhook(a, VALID);
    eq(w.id, "w-new", "webhook id");
    const r = await last();
    eq([r.method, r.path], ["POST", `/api/v1/agents/${a}/webhooks`], "request line");
    eq(r.headers.authorization, `Bearer ${token}`, "authorization");
    eq(r.headers["content-type"], "application/json", "content-type");
    eq(r.headers.accept, "application/json", "accept");
    const sent = JSON.parse(r.body);
    eq([sent.name, sent.timeout, sent.max_retries, sent.enabled], ["Orders", 45, 3, true], "normalised body");
  });
  await test("list: GET, webhooks and availableEvents", async () => {
    const a = id("ok");
    const out = await client().listWebhooks(a);
    eq(out.webhooks.map((w) => w.id), ["w1"], "webhooks");
    eq(out.availableEvents, { event_action: "Agent executed an action" }, "availableEvents");
    const r = await last();
    eq([r.method, r.path, r.body], ["GET", `/api/v1/agents/${a}/webhooks`, ""], "request");
    eq(r.headers["content-type"], undefined, "no content-type without a body");
  });
  await test("get, update (partial, validated), delete, toggle, test, logs, retry", async () => {
    const a = id("ok");
    const c = client();
    eq((await c.getWebhook(a, "w 1/x")).id, "w 1/x", "get");
    eq((await last()).path, `/api/v1/agents/${a}/webhooks/w%201%2Fx`, "encoded id");
    eq((await c.updateWebhook(a, "w1", { name: "  Renamed " })).name, "Renamed", "update");
    let r = await last();
    eq([r.method, JSON.parse(r.body)], ["PUT", { name: "Renamed" }], "update request");
    eq(await c.deleteWebhook(a, "w1"), undefined, "delete");
    eq((await last()).method, "DELETE", "delete method");
    eq((await c.toggleWebhook(a, "w1")).enabled, false, "toggle");
    r = await last();
    eq([r.method, r.path], ["PATCH", `/api/v1/agents/${a}/webhooks/w1/toggle`], "toggle request");
    eq(await c.testWebhook(a, "w1", { url: "https://example.com/x" }), { statusCode: 200, responseTime: 145 }, "test");
    eq(JSON.parse((await last()).body), { url: "https://example.com/x" }, "test body");
    const page = await c.listDeliveries(a, "w1", { page: 2, perPage: 50 });
    eq([page.items.length, page.pagination.current_page, page.pagination.per_page], [2, 2, 50], "logs");
    eq((await last()).path, `/api/v1/agents/${a}/webhooks/w1/logs?page=2&per_page=50`, "logs query");
    eq((await c.retryDelivery(a, "w1", "l2")).original_log_id, "l2", "retry");
    eq((await last()).path, `/api/v1/agents/${a}/webhooks/w1/logs/l2/retry`, "retry path");
  });
  await test("one-off createWebhook()", async () => {
    const w = await E.createWebhook({ baseUrl: apiBase, token }, id("ok"), VALID);
    eq(w.name, "Orders", "created");
  });
  await test("invalid create: client ValidationError and no request sent", async () => {
    const a = id("ok");
    const e = await rejects(client().createWebhook(a, { name: "", webhook_url: "nope", events: [] }), E.ValidationError, "validation", undefined, E);
    eq(e.source, "client", "source");
    eq(e.fieldErrors.webhook_url, ["The webhook url must be a valid URL."], "fieldErrors");
    eq(await count(a), 0, "requests sent");
  });
  await test("blank ids are client errors, not /agents//webhooks", async () => {
    const e = await rejects(client().listWebhooks("  "), E.ValidationError, "validation", undefined, E);
    eq(Object.keys(e.fieldErrors), ["agentId"], "field");
    await rejects(client().getWebhook(AGENT, ""), E.ValidationError, "validation", undefined, E);
    await rejects(client().listDeliveries(AGENT, "w1", { perPage: 500 }), E.ValidationError, "validation", undefined, E);
  });
  await test("401 in two body shapes", async () => {
    let e = await rejects(client().listWebhooks(id("s401a")), E.AuthenticationError, "authentication", 401, E);
    eq([e.message, e.body], ["Missing Bearer Token", { message: "Missing Bearer Token" }], "webhook-page shape");
    e = await rejects(client().listWebhooks(id("s401b")), E.AuthenticationError, "authentication", 401, E);
    eq([e.message, e.code], ["Invalid token", "UNAUTHORIZED"], "auth-page shape");
  });
  await test("403", async () => {
    await rejects(client().listWebhooks(id("s403")), E.PermissionError, "permission", 403, E);
  });
  await test("404 agent vs webhook", async () => {
    let e = await rejects(client().getWebhook(id("s404"), "w1"), E.NotFoundError, "not_found", 404, E);
    eq(e.resource, "agent", "agent");
    e = await rejects(client().getWebhook(id("ok"), "missing"), E.NotFoundError, "not_found", 404, E);
    eq(e.resource, "webhook", "webhook");
  });
  await test("422 with dotted field keys", async () => {
    const e = await rejects(client().createWebhook(id("s422"), VALID), E.ValidationError, "validation", 422, E);
    eq(e.source, "server", "source");
    eq(e.fieldErrors["events.1"], ["The selected events.1 is invalid."], "dotted key");
  });
  await test("429 with Retry-After header and with body retry_after", async () => {
    let e = await rejects(client().listWebhooks(id("s429h")), E.RateLimitError, "rate_limit", 429, E);
    eq(e.retryAfter, 1, "header");
    e = await rejects(client().createWebhook(id("s429b"), VALID), E.RateLimitError, "rate_limit", 429, E);
    eq([e.retryAfter, e.code], [2, "RATE_LIMIT_EXCEEDED"], "body");
  });
  await test("500 with an HTML page keeps status and request id", async () => {
    const e = await rejects(client().listWebhooks(id("s500html")), E.ServerError, "server", 500, E);
    eq([e.body, e.requestId], [undefined, "req-123"], "body/requestId");
  });
  await test("503", async () => {
    await rejects(client().listWebhooks(id("s503")), E.ServerError, "server", 503, E);
  });
  await test("201 whose JSON is cut off", async () => {
    await rejects(client().createWebhook(id("s201cut"), VALID), E.UnexpectedResponseError, "unexpected_response", 201, E);
  });
  await test("200 carrying HTML, 200 with success:false, empty body", async () => {
    await rejects(client().listWebhooks(id("s200html")), E.UnexpectedResponseError, "unexpected_response", 200, E);
    const e = await rejects(client().testWebhook(id("s200false"), "w1"), E.UnexpectedResponseError, "unexpected_response", 200, E);
    eq(e.message, "Webhook test failed: Connection timeout", "message");
    await rejects(client().listWebhooks(id("sempty")), E.UnexpectedResponseError, "unexpected_response", 200, E);
  });
  await test("redirect to a login page", async () => {
    const e = await rejects(client().listWebhooks(id("slogin")), E.UnexpectedResponseError, "unexpected_response", 200, E);
    assert(e.message.includes("login"), e.message);
  });
  await test("refused connection", async () => {
    await rejects(client({ baseUrl: `${refusedBase}/api/v1` }).listWebhooks(AGENT), E.NetworkError, "network", undefined, E);
  });
  await test("a server that never answers: TimeoutError", async () => {
    await rejects(client({ timeoutMs: 300 }).listWebhooks(id("shang")), E.TimeoutError, "timeout", undefined, E);
  });
  await test("caller abort mid-flight: AbortError", async () => {
    const controller = new AbortController();
    const p = client().listWebhooks(id("sslow"), { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await rejects(p, E.AbortError, "abort", undefined, E);
    const already = AbortSignal.abort();
    await rejects(client().listWebhooks(id("ok"), { signal: already }), E.AbortError, "abort", undefined, E);
  });
  await test("retries: a GET that gets 503 then 200 succeeds after one retry", async () => {
    const a = id("sflaky");
    const out = await client({ retries: 2 }).listWebhooks(a);
    eq(out.webhooks.length, 1, "result");
    eq(await count(a), 2, "requests");
  });
  await test("retries: a POST that gets 503 is not repeated; a GET stops after `retries`", async () => {
    const a = id("s503");
    await rejects(client({ retries: 2 }).createWebhook(a, VALID), E.ServerError, "server", 503, E);
    eq(await count(a), 1, "POST requests");
    const b = id("s503");
    await rejects(client({ retries: 2 }).listWebhooks(b), E.ServerError, "server", 503, E);
    eq(await count(b), 3, "GET requests");
    const c = id("s503");
    await rejects(client({ retries: 2 }).toggleWebhook(c, "w1"), E.ServerError, "server", 503, E);
    eq(await count(c), 1, "toggle PATCH requests");
  });
  await test("the token never shows in the client's JSON, string or errors", async () => {
    const c = client();
    assert(!JSON.stringify(c).includes(token), "JSON.stringify");
    assert(!String(Object.keys(c)).includes(token) && !Object.values(c).some((v) => String(v).includes(token)), "own properties");
    const e = await rejects(c.listWebhooks(id("s401a")), E.AuthenticationError, "authentication", 401, E);
    assert(!JSON.stringify({ ...e, message: e.message }).includes(token), "error");
  });
  await test("a response without CORS headers is a NetworkError", async () => {
    await rejects(client().listWebhooks(id("snocors")), E.NetworkError, "network", undefined, E);
  }, "browser");
  await test("a failing preflight is a NetworkError", async () => {
    await rejects(client().createWebhook(id("spreflight"), VALID), E.NetworkError, "network", undefined, E);
  }, "browser");
  return results;
}
