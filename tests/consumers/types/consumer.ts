// Uses the whole public API of the installed package under `tsc --strict`. Every `@ts-expect-error`
// line is a call the types must reject: if it ever compiles, tsc fails with "Unused '@ts-expect-error'".
import init, {
  init as namedInit, initSync, validateWebhook, availableEvents, TalkoverClient, createWebhook, DEFAULT_BASE_URL,
  TalkoverError, ValidationError, AuthenticationError, PermissionError, NotFoundError, RateLimitError, ServerError,
  NetworkError, TimeoutError, AbortError, UnexpectedResponseError,
} from "talkover-webhooks";
import * as web from "talkover-webhooks/web";
import type {
  AnyTalkoverError, AvailableEvent, AvailableEvents, CallOptions, CustomHeader, DeliveryLog, DeliveryPage, DeliveryStatus,
  EventGroup, EventId, EventIdOrString, HttpMethod, AuthorizationScheme, InvalidResult, IssueRule, Locale, ModuleSource,
  PageOptions, Pagination, RetryQueued, TalkoverClientOptions, TalkoverErrorKind, TestOptions, TestResult, ValidResult,
  ValidateOptions, ValidationIssue, ValidationResult, ValidationWarning, WarningCode, Webhook, WebhookBody, WebhookCreate,
  WebhookList, WebhookMode, WebhookUpdate, WriteOptions,
} from "talkover-webhooks";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(_ok: T): void => undefined;

// ---- init: precise signatures, no wasm-bindgen InitOutput ----
const ready: Promise<void> = init();
await namedInit(new URL("https://cdn.example/talkover_webhooks_bg.wasm"));
await web.init({ module_or_path: fetch("/talkover_webhooks_bg.wasm") });
initSync(new Uint8Array(8));
initSync({ module: new WebAssembly.Module(new Uint8Array(8)) });
assertType<Equal<Awaited<typeof ready>, void>>(true);
assertType<Equal<ReturnType<typeof initSync>, void>>(true);
const source: ModuleSource = new Response();
void source;
// @ts-expect-error: init resolves to nothing: wasm-bindgen's raw exports (InitOutput) are not public
(await init()).memory;
// @ts-expect-error: null is not a module source
await init(null);
// @ts-expect-error: initSync needs the bytes or a compiled module
initSync();

// ---- validateWebhook ----
const body: WebhookCreate = { name: "Orders", webhook_url: "https://example.com/h", events: ["event_phone_call_ended"] };
const result: ValidationResult = validateWebhook(body); // options may be left out
const options: ValidateOptions = { mode: "update", locale: "pt-BR", strict: true, events: ["event_action", "event_live_only"] };
validateWebhook(JSON.parse("{}") as unknown, options);
validateWebhook(body, { events: { event_action: "Agent executed an action" } });
if (result.valid) {
  const valid: ValidResult = result;
  const value: WebhookBody = valid.value; // present when valid
  const trimmed: string | undefined = value.name;
  const method: HttpMethod | null | undefined = value.http_method;
  void trimmed; void method;
} else {
  const invalid: InvalidResult = result;
  const firstUrlError: string | undefined = invalid.errors["webhook_url"]?.[0];
  const issue: ValidationIssue | undefined = invalid.issues[0];
  const rule: IssueRule | undefined = issue?.rule;
  const max: number | undefined = issue?.params.max;
  const warning: ValidationWarning | undefined = invalid.warnings[0];
  const code: WarningCode | undefined = warning?.code;
  void firstUrlError; void rule; void max; void code;
  // @ts-expect-error: no value unless valid
  invalid.value.name;
}
// @ts-expect-error: value may be absent before narrowing on `valid`
result.value.name;
// @ts-expect-error: wrong option value (mode)
validateWebhook(body, { mode: "patch" });
// @ts-expect-error: wrong option value (locale)
validateWebhook(body, { locale: "fr" });
// @ts-expect-error: strict is a boolean
validateWebhook(body, { strict: "yes" });
const mode: WebhookMode = "create";
const locale: Locale = "en";
void mode; void locale;

// ---- events: a precise union, and live lists still accepted ----
const eventId: EventId = "event_voicemail_detected";
// @ts-expect-error: wrong event literal where an EventId is required
const typo: EventId = "event_phone_call_endd";
const live: EventIdOrString = "event_from_a_live_list"; // live lists may hold newer ids
const events: AvailableEvent[] = availableEvents();
availableEvents("pt-BR");
// @ts-expect-error: unknown locale
availableEvents("fr");
for (const e of events) {
  const id: EventId = e.id;
  const group: EventGroup = e.group;
  // @ts-expect-error: no overlap: not one of the 22 ids
  if (e.id === "event_phone_call_endd") break;
  void id; void group; void e.groupLabel; void e.description;
}
void eventId; void typo; void live;

// ---- the client ----
const clientOptions: TalkoverClientOptions = {
  baseUrl: DEFAULT_BASE_URL, token: "talq_x", timeoutMs: 5000, retries: 2, credentials: "include",
  headers: { "X-CSRF-Token": "t" }, fetch: (input, initArg) => fetch(input, initArg),
};
const api = new TalkoverClient(clientOptions);
new TalkoverClient();
const baseUrl: string = api.baseUrl;
// @ts-expect-error: retries is a number
new TalkoverClient({ retries: "2" });
// @ts-expect-error: unknown option
new TalkoverClient({ tokn: "talq_x" });
const signal = new AbortController().signal;
const write: WriteOptions = { signal, locale: "pt-BR", events: ["event_action"] };
const call: CallOptions = { signal };
const headers: CustomHeader[] = [{ key: "X-Env", value: "prod" }];
const scheme: AuthorizationScheme = "bearer";

async function useClient(agentId: string): Promise<void> {
  const created: Webhook = await api.createWebhook(agentId, { ...body, custom_headers: headers, authorization_scheme: scheme }, write);
  const eventsOfIt: EventIdOrString[] = created.events;
  const list: WebhookList = await api.listWebhooks(agentId, call);
  const available: AvailableEvents = list.availableEvents;
  const got: Webhook = await api.getWebhook(agentId, created.id);
  const patch: WebhookUpdate = { enabled: false, events: ["event_action", "event_live_only"] };
  const updated: Webhook = await api.updateWebhook(agentId, created.id, patch, write);
  const toggled: Webhook = await api.toggleWebhook(agentId, created.id);
  const test: TestResult = await api.testWebhook(agentId, created.id, { url: "https://example.com/t" } satisfies TestOptions);
  const page: DeliveryPage = await api.listDeliveries(agentId, created.id, { page: 1, perPage: 10 } satisfies PageOptions);
  const pagination: Pagination = page.pagination;
  const log: DeliveryLog | undefined = page.items[0];
  const status: DeliveryStatus | (string & {}) | undefined = log?.status;
  const event: EventIdOrString | undefined = log?.event;
  if (log) {
    const retried: RetryQueued = await api.retryDelivery(agentId, created.id, log.id);
    void retried.log_id;
  }
  const deleted: void = await api.deleteWebhook(agentId, created.id);
  const oneOff: Webhook = await createWebhook({ token: "talq_x" }, agentId, body);
  void eventsOfIt; void available; void got; void updated; void toggled; void test.responseTime; void pagination.last_page;
  void status; void event; void deleted; void oneOff;

  // @ts-expect-error: missing required field (name)
  await api.createWebhook(agentId, { webhook_url: "https://example.com/h", events: ["event_action"] });
  // @ts-expect-error: wrong field value (http_method)
  await api.createWebhook(agentId, { ...body, http_method: "GET" });
  // @ts-expect-error: wrong paging option
  await api.listDeliveries(agentId, created.id, { per_page: 10 });
  // @ts-expect-error: agentId is required
  await api.listWebhooks();
}
void useClient; void baseUrl;

// ---- errors: narrowing by instanceof and by kind ----
function describe(err: unknown): string {
  if (err instanceof ValidationError) {
    const source: "client" | "server" = err.source;
    const fields: Record<string, string[]> = err.fieldErrors;
    // @ts-expect-error: only RateLimitError has retryAfter
    err.retryAfter;
    return `${source} ${Object.keys(fields).join()}`;
  }
  if (err instanceof RateLimitError) return `retry in ${err.retryAfter ?? "?"} s`;
  if (err instanceof NotFoundError) return err.resource;
  if (err instanceof TalkoverError) {
    const kind: TalkoverErrorKind = err.kind;
    return `${kind} ${err.status ?? ""} ${err.requestId ?? ""} ${err.code ?? ""} ${String(err.body)} ${err.message}`;
  }
  return String(err);
}

function byKind(err: AnyTalkoverError): string {
  switch (err.kind) {
    case "validation": return Object.keys(err.fieldErrors).join();
    case "authentication": return "sign in again";
    case "permission": return "not allowed";
    case "not_found": return err.resource;
    case "rate_limit": return String(err.retryAfter);
    case "server": return String(err.status);
    case "network": return "offline?";
    case "timeout": return "slow";
    case "abort": return "cancelled";
    case "unexpected_response": return "odd answer";
    // @ts-expect-error: unknown error kind
    case "teapot": return "never";
    default: {
      const exhaustive: never = err; // every kind is handled
      return exhaustive;
    }
  }
}

function missingKind(err: AnyTalkoverError): string {
  switch (err.kind) {
    case "validation": case "authentication": case "permission": case "not_found": case "rate_limit":
    case "server": case "network": case "timeout": case "abort":
      return err.kind;
    default: {
      // @ts-expect-error: "unexpected_response" is not handled, so err is not never
      const exhaustive: never = err;
      return exhaustive;
    }
  }
}

const errors: AnyTalkoverError[] = [
  new ValidationError("v"), new AuthenticationError("a"), new PermissionError("p"), new NotFoundError("n"),
  new RateLimitError("r"), new ServerError("s"), new NetworkError("n"), new TimeoutError("t"), new AbortError("a"),
  new UnexpectedResponseError("u"),
];
errors.map(byKind).concat(errors.map(missingKind), errors.map(describe));
const kindOfValidation: ValidationError["kind"] = "validation";
// @ts-expect-error: a ValidationError's kind is the literal "validation"
const wrongKind: ValidationError["kind"] = "server";
void kindOfValidation; void wrongKind;
