// What every consumer does with the installed package: validate bodies, then drive the dev server's
// embedded API with the client (create, list, typed errors, delete). Takes the package's namespace, so
// the Vite pages (bundler and web builds) and the Node app (node build) run the very same checks.
// Returns [{ name, ok, detail }].

export async function runScenario(lib, apiOrigin, label) {
  const checks = [];
  const check = (name, ok, detail = "") => checks.push({ name: `${label}: ${name}`, ok: Boolean(ok), detail: String(detail) });
  const attempt = async (name, fn) => {
    try {
      await fn();
    } catch (err) {
      check(name, false, `threw ${err?.name}: ${err?.message}`);
    }
  };

  await attempt("init() resolves", async () => {
    await lib.init();
    await lib.init(); // idempotent
    check("init() resolves", true);
  });

  await attempt("validateWebhook", () => {
    const bad = lib.validateWebhook({ name: " Orders ", webhook_url: "example.com", events: ["event_action"] });
    check("invalid body: webhook_url error as the server words it", !bad.valid &&
      bad.errors.webhook_url?.[0] === "The webhook url must be a valid URL." && bad.value === undefined, JSON.stringify(bad.errors));
    const good = lib.validateWebhook({ name: " Orders ", webhook_url: "https://example.com/h", events: ["event_phone_call_ended"] });
    check("valid body: normalised value with defaults", good.valid && good.value.name === "Orders" && good.value.timeout === 30,
      JSON.stringify(good.value));
    const pt = lib.validateWebhook({}, { mode: "create", locale: "pt-BR" });
    check("pt-BR messages", !pt.valid && /obrigatório/.test(pt.errors.name?.[0] ?? ""), pt.errors.name);
    const live = lib.validateWebhook({ name: "x", webhook_url: "https://e.com", events: ["event_new"] }, { events: ["event_new"] });
    check("a live events list", live.valid, JSON.stringify(live.errors));
    const events = lib.availableEvents("pt-BR");
    check("availableEvents: the 22 ids", events.length === 22 && events.every((e) => e.id.startsWith("event_")), events.length);
  });

  let settings;
  await attempt("dev server settings", async () => {
    settings = await (await fetch(new URL("/devserver.json", apiOrigin))).json();
    check("dev server settings", typeof settings.baseUrl === "string" && settings.token && settings.agentId, settings.baseUrl);
  });
  if (!settings) return checks;
  const { baseUrl, token, agentId } = settings;
  const api = new lib.TalkoverClient({ baseUrl, token, retries: 0, timeoutMs: 10_000 });

  await attempt("create, list, delete", async () => {
    const name = `${label} consumer`;
    const created = await api.createWebhook(agentId, { name: ` ${name} `, webhook_url: "https://example.com/consumer", events: ["event_action", "event_recording"] });
    check("createWebhook: the stored webhook", typeof created.id === "string" && created.name === name &&
      created.enabled === true && created.events.join() === "event_action,event_recording", JSON.stringify(created));
    const { webhooks, availableEvents } = await api.listWebhooks(agentId);
    check("listWebhooks: contains it", webhooks.some((w) => w.id === created.id) && "event_action" in availableEvents, webhooks.length);
    const one = await lib.createWebhook({ baseUrl, token }, agentId, { name: "one-off", webhook_url: "https://example.com/1", events: ["event_action"] });
    check("createWebhook (free function)", one.name === "one-off", one.id);
    await api.deleteWebhook(agentId, created.id);
    await api.deleteWebhook(agentId, one.id);
    const after = await api.listWebhooks(agentId);
    check("deleteWebhook", !after.webhooks.some((w) => w.id === created.id || w.id === one.id), after.webhooks.length);
  });

  const rejection = async (fn) => {
    try {
      await fn();
      return undefined;
    } catch (err) {
      return err;
    }
  };
  await attempt("typed errors", async () => {
    let requests = 0;
    const counting = new lib.TalkoverClient({ baseUrl, token, fetch: (...a) => (requests++, fetch(...a)) });
    const v = await rejection(() => counting.createWebhook(agentId, { name: "x", webhook_url: "not a url", events: ["event_action"] }));
    check("ValidationError before sending", v instanceof lib.ValidationError && v instanceof lib.TalkoverError && v instanceof Error &&
      v.kind === "validation" && v.source === "client" && v.fieldErrors.webhook_url?.length === 1 && requests === 0, `${v?.name} ${requests}`);
    const nf = await rejection(() => api.getWebhook(agentId, "00000000-0000-4000-8000-000000000000"));
    check("NotFoundError (webhook)", nf instanceof lib.NotFoundError && nf.kind === "not_found" && nf.status === 404 && nf.resource === "webhook",
      `${nf?.name} ${nf?.resource}`);
    const au = await rejection(() => new lib.TalkoverClient({ baseUrl, token: "talq_wrong" }).listWebhooks(agentId));
    check("AuthenticationError (401)", au instanceof lib.AuthenticationError && au.kind === "authentication" && au.status === 401, au?.name);
    const rl = await rejection(() => new lib.TalkoverClient({ baseUrl, token, retries: 0 }).listWebhooks("fault-429"));
    check("RateLimitError (429, Retry-After)", rl instanceof lib.RateLimitError && rl.retryAfter === 2, `${rl?.name} ${rl?.retryAfter}`);
  });
  return checks;
}
