// The Talkover API client: the part that needs the JS event loop (fetch, AbortController, timers) and
// real JS error classes (`instanceof` works). Every decision — which path, whether a response is a
// success, which error it is, whether and when to retry, whether a body is valid — is made by the
// WASM core; this file only sends, waits and wraps.
import {
  validateWebhook,
  __planRequest as planRequest,
  __readResponse as readResponse,
  __retryDelay as retryDelay,
} from "./talkover_webhooks.js";

export const DEFAULT_BASE_URL = "https://app.talkover.ai/api/v1";

/** The base of every error this client throws. */
export class TalkoverError extends Error {
  constructor(kind, message, details = {}) {
    super(message);
    this.name = new.target.name;
    this.kind = kind;
    this.status = details.status;
    this.body = details.body;
    this.requestId = details.requestId;
    this.code = details.code;
  }
}

/** Invalid input (checked before sending: `source` 'client') or a 422 from the server ('server'). */
export class ValidationError extends TalkoverError {
  constructor(message, details = {}) {
    super("validation", message, details);
    this.fieldErrors = details.fieldErrors ?? {};
    this.source = details.source ?? "server";
  }
}
/** 401 (or 419): the token is missing, wrong or expired. */
export class AuthenticationError extends TalkoverError {
  constructor(message, details) { super("authentication", message, details); }
}
/** 403: the token may not do this. */
export class PermissionError extends TalkoverError {
  constructor(message, details) { super("permission", message, details); }
}
/** 404: `resource` says what was not found ('agent', 'webhook', 'log', or 'route'). */
export class NotFoundError extends TalkoverError {
  constructor(message, details = {}) {
    super("not_found", message, details);
    this.resource = details.resource ?? "route";
  }
}
/** 429: `retryAfter` is the wait the server asked for, in seconds, when it said. */
export class RateLimitError extends TalkoverError {
  constructor(message, details = {}) {
    super("rate_limit", message, details);
    this.retryAfter = details.retryAfter;
  }
}
/** 5xx. */
export class ServerError extends TalkoverError {
  constructor(message, details) { super("server", message, details); }
}
/** fetch failed before any response: offline, DNS, connection refused, or blocked by CORS. */
export class NetworkError extends TalkoverError {
  constructor(message, details) { super("network", message, details); }
}
/** No complete answer within `timeoutMs`. */
export class TimeoutError extends TalkoverError {
  constructor(message, details) { super("timeout", message, details); }
}
/** The caller's AbortSignal fired. */
export class AbortError extends TalkoverError {
  constructor(message, details) { super("abort", message, details); }
}
/** A response the client cannot use: not JSON, cut off, HTML, `success: false`, a missing field, a login page. */
export class UnexpectedResponseError extends TalkoverError {
  constructor(message, details) { super("unexpected_response", message, details); }
}

const CLASSES = {
  validation: ValidationError,
  authentication: AuthenticationError,
  permission: PermissionError,
  not_found: NotFoundError,
  rate_limit: RateLimitError,
  server: ServerError,
  unexpected_response: UnexpectedResponseError,
};

// Per-client settings, the token among them, live here and not on the instance, so that logging,
// inspecting or JSON-serialising a client never shows the token.
const settings = new WeakMap();

function fail(Class, message, details) {
  return new Class(message, details);
}

function clientError(field, message) {
  return new ValidationError(message, { source: "client", fieldErrors: { [field]: [message] } });
}

function readOptions(options) {
  if (options === undefined || options === null) options = {};
  if (typeof options !== "object") throw new TypeError("TalkoverClient options must be an object.");
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  let url;
  try {
    url = new URL(String(baseUrl));
  } catch {
    throw new TypeError("TalkoverClient: baseUrl must be an absolute http(s) URL.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TypeError("TalkoverClient: baseUrl must be an absolute http(s) URL.");
  }
  const token = options.token;
  if (token !== undefined && token !== null && (typeof token !== "string" || token.trim() === "")) {
    throw new TypeError("TalkoverClient: token must be a non-empty string when given.");
  }
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new RangeError("TalkoverClient: timeoutMs must be a positive number of milliseconds.");
  }
  const retries = options.retries ?? 2;
  if (!Number.isInteger(retries) || retries < 0 || retries > 10) {
    throw new RangeError("TalkoverClient: retries must be a whole number from 0 to 10.");
  }
  const fetchImpl = options.fetch ?? ((...args) => globalThis.fetch(...args));
  if (typeof fetchImpl !== "function") throw new TypeError("TalkoverClient: fetch must be a function.");
  return {
    baseUrl: url.href.replace(/\/+$/, ""),
    token: token ?? undefined,
    timeoutMs,
    retries,
    fetch: fetchImpl,
    headers: new Headers(options.headers ?? {}),
    credentials: options.credentials,
  };
}

/** A client for one Talkover API (or a backend that proxies it). */
export class TalkoverClient {
  constructor(options) {
    settings.set(this, readOptions(options));
  }

  get baseUrl() {
    return settings.get(this).baseUrl;
  }

  toJSON() {
    return { baseUrl: this.baseUrl };
  }

  [Symbol.for("nodejs.util.inspect.custom")]() {
    return `TalkoverClient { baseUrl: '${this.baseUrl}' }`;
  }

  async createWebhook(agentId, input, opts = {}) {
    const plan = plan_("createWebhook", agentId);
    const body = validBody(input, "create", opts);
    return (await send(this, "createWebhook", plan, body, opts)).data;
  }

  async listWebhooks(agentId, opts = {}) {
    const { data } = await send(this, "listWebhooks", plan_("listWebhooks", agentId), undefined, opts);
    return { webhooks: data.webhooks, availableEvents: eventMap(data.available_events) };
  }

  async getWebhook(agentId, webhookId, opts = {}) {
    return (await send(this, "getWebhook", plan_("getWebhook", agentId, webhookId), undefined, opts)).data;
  }

  async updateWebhook(agentId, webhookId, patch, opts = {}) {
    const plan = plan_("updateWebhook", agentId, webhookId);
    const body = validBody(patch, "update", opts);
    return (await send(this, "updateWebhook", plan, body, opts)).data;
  }

  async deleteWebhook(agentId, webhookId, opts = {}) {
    await send(this, "deleteWebhook", plan_("deleteWebhook", agentId, webhookId), undefined, opts);
  }

  async toggleWebhook(agentId, webhookId, opts = {}) {
    return (await send(this, "toggleWebhook", plan_("toggleWebhook", agentId, webhookId), undefined, opts)).data;
  }

  async testWebhook(agentId, webhookId, testOpts = {}, opts = testOpts) {
    const plan = plan_("testWebhook", agentId, webhookId);
    const url = testOpts?.url;
    if (url !== undefined && (typeof url !== "string" || url.trim() === "")) {
      throw clientError("url", "The url must be a non-empty string.");
    }
    const body = url === undefined ? undefined : JSON.stringify({ url });
    const { data } = await send(this, "testWebhook", plan, body, opts);
    return { statusCode: data.status_code, responseTime: data.response_time };
  }

  async listDeliveries(agentId, webhookId, paging = {}, opts = paging) {
    const plan = plan_("listDeliveries", agentId, webhookId, undefined, paging?.page, paging?.perPage);
    const reply = await send(this, "listDeliveries", plan, undefined, opts);
    return { items: reply.data, pagination: reply.pagination };
  }

  async retryDelivery(agentId, webhookId, logId, opts = {}) {
    return (await send(this, "retryDelivery", plan_("retryDelivery", agentId, webhookId, logId), undefined, opts)).data;
  }
}

/** One-off create: `createWebhook({ baseUrl, token, … }, agentId, input)`. */
export function createWebhook(options, agentId, input, opts) {
  return new TalkoverClient(options).createWebhook(agentId, input, opts);
}

function plan_(operation, agentId, webhookId, logId, page, perPage) {
  const asId = (v) => (typeof v === "string" ? v : typeof v === "number" && Number.isFinite(v) ? String(v) : undefined);
  const asNum = (v) => (v === undefined || v === null ? undefined : typeof v === "number" ? v : NaN);
  const plan = planRequest(operation, asId(agentId), asId(webhookId), asId(logId), asNum(page), asNum(perPage));
  if (plan.error) throw clientError(plan.error.field, plan.error.message);
  return plan;
}

function validBody(input, mode, opts) {
  const result = validateWebhook(input, { mode, locale: opts?.locale, events: opts?.events });
  if (!result.valid) {
    const fields = Object.keys(result.errors);
    const first = fields.length ? result.errors[fields[0]][0] : "The webhook is invalid.";
    throw new ValidationError(first, { source: "client", fieldErrors: result.errors, body: result });
  }
  return JSON.stringify(result.value);
}

function eventMap(events) {
  if (Array.isArray(events)) return Object.fromEntries(events.filter((e) => typeof e === "string").map((e) => [e, ""]));
  return events && typeof events === "object" ? events : {};
}

function abortError(signal) {
  const reason = signal?.reason;
  const why = reason instanceof Error && reason.name !== "AbortError" ? `: ${reason.message}` : "";
  return fail(AbortError, `The request was aborted${why}.`);
}

function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

function tryParse(text) {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** One attempt: fetch and read the body, under the client's timeout and the caller's signal. */
async function attempt(s, url, init, signal) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, s.timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    let response;
    try {
      response = await s.fetch(url, { ...init, signal: controller.signal });
    } catch {
      return { failure: signal?.aborted ? "abort" : timedOut ? "timeout" : "network" };
    }
    try {
      return { response, text: await response.text() };
    } catch {
      return { response, failure: signal?.aborted ? "abort" : timedOut ? "timeout" : "body" };
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

async function send(client, operation, plan, body, opts) {
  const s = settings.get(client);
  const signal = opts?.signal;
  // Duck-typed, so a signal from another realm (an iframe) works too.
  if (signal !== undefined && (typeof signal?.aborted !== "boolean" || typeof signal.addEventListener !== "function")) {
    throw new TypeError("opts.signal must be an AbortSignal.");
  }
  const headers = new Headers({ Accept: "application/json" });
  if (body !== undefined) headers.set("Content-Type", "application/json");
  s.headers.forEach((value, name) => headers.set(name, value));
  if (s.token) headers.set("Authorization", `Bearer ${s.token}`);
  const url = s.baseUrl + plan.path;
  const init = { method: plan.method, headers, body, credentials: s.credentials, redirect: "follow" };
  const origin = new URL(s.baseUrl).origin;
  for (let tries = 0; ; tries++) {
    if (signal?.aborted) throw abortError(signal);
    const got = await attempt(s, url, init, signal);
    if (got.failure === "abort") throw abortError(signal);
    if (got.failure === "timeout") {
      throw fail(TimeoutError, `No answer from ${origin} within ${s.timeoutMs} ms.`, { status: got.response?.status });
    }
    const status = got.response ? got.response.status : 0;
    if (got.failure === "network") {
      const wait = retryDelay(plan.idempotent, 0, tries, undefined, Math.random(), s.retries);
      if (wait >= 0) {
        await sleep(wait, signal);
        continue;
      }
      throw fail(NetworkError, `Could not reach ${origin} (offline, DNS, connection refused, or blocked by CORS).`);
    }
    const res = got.response;
    const requestId = res.headers.get("x-request-id") ?? res.headers.get("request-id") ?? undefined;
    if (got.failure === "body") {
      throw fail(UnexpectedResponseError, `The API's answer (status ${status}) was cut off.`, { status, requestId });
    }
    const reading = readResponse(
      operation, status, res.headers.get("content-type") ?? "", res.headers.get("retry-after") ?? undefined,
      res.redirected, res.url ?? "", Date.now(), got.text,
    );
    if (reading.ok) return JSON.parse(got.text);
    const e = reading.error;
    const wait = retryDelay(plan.idempotent, status, tries, e.retryAfterMs, Math.random(), s.retries);
    if (wait >= 0) {
      await sleep(wait, signal);
      continue;
    }
    const Class = CLASSES[e.kind] ?? UnexpectedResponseError;
    throw fail(Class, e.message, {
      status,
      body: tryParse(got.text),
      requestId,
      code: e.code,
      fieldErrors: e.fieldErrors,
      source: "server",
      resource: e.resource,
      retryAfter: e.retryAfterMs === undefined ? undefined : e.retryAfterMs / 1000,
    });
  }
}
