//! TypeScript declarations for what the exports take and return, emitted into the generated `.d.ts`.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** 'create' validates a full body (POST); 'update' a partial one (PUT), where absent fields are kept. */
export type WebhookMode = "create" | "update";
export type Locale = "en" | "pt-BR";
export type HttpMethod = "POST" | "PUT" | "PATCH";
export type AuthorizationScheme = "none" | "bearer" | "basic" | "api_key" | "custom";
/** The 22 documented agent-webhook event ids (the built-in catalogue; a live `available_events` may add more). */
export type EventId =
  | "event_phone_call_started" | "event_phone_call_ended" | "event_phone_call_did_not_connect"
  | "event_phone_call_connected" | "event_phone_call_disconnected" | "event_phone_call_error"
  | "event_participant_joined" | "event_participant_left" | "event_voicemail_detected"
  | "event_voicemail_message_left" | "event_conversation_started" | "event_conversation_ended"
  | "event_action" | "event_action_failed" | "event_recording" | "event_connection_established"
  | "event_connection_closed" | "event_connection_error" | "event_user_connected"
  | "event_user_disconnected" | "event_client_connected" | "event_client_disconnected";
/** An event id where a live list may hold ids this version doesn't know: editors still suggest the 22. */
export type EventIdOrString = EventId | (string & {});
export type EventGroup =
  | "phone_call" | "participant" | "voicemail" | "conversation" | "action"
  | "recording" | "connection" | "user" | "client";

export interface ValidateOptions {
  mode?: WebhookMode;
  locale?: Locale;
  /** Turn warnings into errors. */
  strict?: boolean;
  /** A live `available_events` (list of ids, or the id → description object List returns). */
  events?: readonly EventIdOrString[] | Readonly<Record<string, string>>;
}

/** Laravel's rule name, a warning code (strict mode), 'json' (input not serialisable) or 'options'. */
export type IssueRule =
  | "required" | "string" | "max" | "min" | "url" | "array" | "in" | "integer" | "between" | "boolean"
  | "json" | "options" | "body_size" | WarningCode;

export interface ValidationIssue {
  /** The server's error key: `name`, `events.3`, `custom_headers.0.key`. */
  field: string;
  rule: IssueRule;
  params: { min?: number; max?: number };
  message: string;
}

export type WarningCode =
  | "insecure_scheme" | "non_http_scheme" | "local_host" | "private_host" | "blank_name"
  | "duplicate_event" | "unknown_field" | "not_an_object" | "undecodable_body" | "truncated_issues";

export interface ValidationWarning {
  /** The field concerned; "" for the body as a whole. */
  field: string;
  code: WarningCode;
  message: string;
}

export interface CustomHeader { key: string; value: string }

/** The body a call sends: the server's view of the input (trimmed, typed), documented fields only. */
export interface WebhookBody {
  name?: string;
  webhook_url?: string;
  webhook_secret?: string | null;
  events?: EventIdOrString[];
  timeout?: number | null;
  max_retries?: number | null;
  enabled?: boolean | null;
  http_method?: HttpMethod | null;
  authorization_scheme?: AuthorizationScheme | null;
  custom_headers?: CustomHeader[] | null;
  payload_templates?: Record<string, Record<string, unknown> | unknown[]> | null;
}

interface ValidationResultBase {
  /** Keyed and worded like the server's 422 `errors`. */
  errors: Record<string, string[]>;
  issues: ValidationIssue[];
  warnings: ValidationWarning[];
}
/** The server would accept the body: `value` is what a create/update call sends. */
export interface ValidResult extends ValidationResultBase {
  valid: true;
  value: WebhookBody;
}
/** The server would answer 422 (or the input can't be a body): `errors` says why. */
export interface InvalidResult extends ValidationResultBase {
  valid: false;
  value?: undefined;
}
/** `if (result.valid)` narrows to `ValidResult`, where `value` is present. */
export type ValidationResult = ValidResult | InvalidResult;

export interface AvailableEvent {
  id: EventId;
  description: string;
  group: EventGroup;
  groupLabel: string;
}

// The exports' optional arguments: wasm-bindgen types `options`/`locale` as `T | undefined`, which
// TypeScript still requires to be passed; these overloads let them be left out.
export function validateWebhook(input: unknown, options?: ValidateOptions): ValidationResult;
export function availableEvents(locale?: Locale): AvailableEvent[];

/** Where `init` can load the module from: a URL or request (fetched), a `Response`, its bytes, or a compiled module. */
export type ModuleSource = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;
/** Where `initSync` can instantiate the module from. */
export type SyncModuleSource = BufferSource | WebAssembly.Module;
/**
 * The package entry's `init` (also its default export). Loads and instantiates the module and resolves
 * once it is ready (at once when it already is). Needed before any other call only in the plain ES
 * module build (`talkover-webhooks/web`, or `import`/`browser` resolution outside Node), which by default
 * fetches the `.wasm` next to it; in the Node and bundler builds the module is ready on import and this
 * does nothing.
 */
export declare function init(
  source?: { module_or_path: ModuleSource | Promise<ModuleSource> } | ModuleSource | Promise<ModuleSource>,
): Promise<void>;
/** The package entry's `initSync`: instantiates the module synchronously (e.g. in a worker that has the bytes). */
export declare function initSync(source: { module: SyncModuleSource } | SyncModuleSource): void;
"#;

#[wasm_bindgen(typescript_custom_section)]
const CLIENT_TYPES: &'static str = r#"
/** A webhook as the API returns it (`webhook_secret` is never returned). */
export interface Webhook {
  id: string;
  agent_id?: string;
  name: string;
  webhook_url: string;
  events: EventIdOrString[];
  timeout?: number;
  max_retries?: number;
  enabled: boolean;
  created_at?: string;
  updated_at?: string;
  events_count?: number;
  status?: "active" | "disabled" | "error";
}

export type DeliveryStatus = "pending" | "success" | "failed" | "retrying";

export interface DeliveryLog {
  id: string;
  webhook_id?: string;
  /** An event id, or `webhook.test` for a test delivery. */
  event: EventIdOrString;
  attempt?: number;
  status: DeliveryStatus | (string & {});
  http_status?: number;
  request_payload?: Record<string, unknown>;
  response_body?: string;
  response_headers?: Record<string, string>;
  duration_ms?: number;
  error?: string;
  delivered_at?: string;
  created_at?: string;
}

export interface Pagination { current_page: number; per_page: number; total: number; last_page: number }
/** Event id → description, as List returns `available_events`. */
export type AvailableEvents = Record<string, string>;
export interface WebhookList { webhooks: Webhook[]; availableEvents: AvailableEvents }
export interface DeliveryPage { items: DeliveryLog[]; pagination: Pagination }
export interface TestResult { statusCode: number; responseTime: number }
export interface RetryQueued { log_id: string; original_log_id?: string; queued_at?: string }

/** Body fields for create (validated with `validateWebhook` before anything is sent). */
export interface WebhookCreate {
  name: string;
  webhook_url: string;
  webhook_secret?: string | null;
  events: readonly EventIdOrString[] | Readonly<Record<string, string>>;
  timeout?: number | string | null;
  max_retries?: number | string | null;
  enabled?: boolean | 0 | 1 | "0" | "1" | null;
  http_method?: HttpMethod | null;
  authorization_scheme?: AuthorizationScheme | null;
  custom_headers?: CustomHeader[] | null;
  payload_templates?: Record<string, Record<string, unknown> | unknown[]> | null;
}
/** Body fields for update: any subset; absent fields stay as they are. */
export type WebhookUpdate = Partial<WebhookCreate>;

export interface TalkoverClientOptions {
  /** Default `https://app.talkover.ai/api/v1`; point it at your own backend to keep the token server-side. */
  baseUrl?: string;
  /** Sent only as `Authorization: Bearer …`; never stored on the instance, logged or put in a URL. */
  token?: string;
  /** Per attempt, default 30 000. */
  timeoutMs?: number;
  /** Extra headers (e.g. a CSRF token). `Authorization` from `token` wins over one given here. */
  headers?: HeadersInit;
  credentials?: RequestCredentials;
  /** Default: the global `fetch`. */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** Retries of idempotent requests (GET, PUT, DELETE) after a network error, 5xx or 429. Default 2. */
  retries?: number;
}

export interface CallOptions { signal?: AbortSignal }
export interface WriteOptions extends CallOptions {
  locale?: Locale;
  /** The live `available_events`, for client-side validation. */
  events?: readonly EventIdOrString[] | Readonly<Record<string, string>>;
}
export interface TestOptions extends CallOptions { url?: string }
export interface PageOptions extends CallOptions { page?: number; perPage?: number }

export type TalkoverErrorKind =
  | "validation" | "authentication" | "permission" | "not_found" | "rate_limit" | "server"
  | "network" | "timeout" | "abort" | "unexpected_response";

export declare class TalkoverError extends Error {
  readonly kind: TalkoverErrorKind;
  /** The HTTP status, when there was a response. */
  readonly status?: number;
  /** The parsed response body, when it was JSON. */
  readonly body?: unknown;
  readonly requestId?: string;
  /** `code` or `error.code` from the body, e.g. `LOG_NOT_RETRIABLE`. */
  readonly code?: string;
}
export declare class ValidationError extends TalkoverError {
  readonly kind: "validation";
  /** Keyed like the server's 422 `errors` (`events.3`). */
  readonly fieldErrors: Record<string, string[]>;
  /** 'client': refused before sending (nothing was sent). 'server': a 422. */
  readonly source: "client" | "server";
}
export declare class AuthenticationError extends TalkoverError { readonly kind: "authentication" }
export declare class PermissionError extends TalkoverError { readonly kind: "permission" }
export declare class NotFoundError extends TalkoverError {
  readonly kind: "not_found";
  readonly resource: "agent" | "webhook" | "log" | "route";
}
export declare class RateLimitError extends TalkoverError {
  readonly kind: "rate_limit";
  /** Seconds the server asked to wait (Retry-After header or `details.retry_after`). */
  readonly retryAfter?: number;
}
export declare class ServerError extends TalkoverError { readonly kind: "server" }
export declare class NetworkError extends TalkoverError { readonly kind: "network" }
export declare class TimeoutError extends TalkoverError { readonly kind: "timeout" }
export declare class AbortError extends TalkoverError { readonly kind: "abort" }
export declare class UnexpectedResponseError extends TalkoverError { readonly kind: "unexpected_response" }

export type AnyTalkoverError =
  | ValidationError | AuthenticationError | PermissionError | NotFoundError | RateLimitError | ServerError
  | NetworkError | TimeoutError | AbortError | UnexpectedResponseError;

export declare const DEFAULT_BASE_URL: "https://app.talkover.ai/api/v1";

export declare class TalkoverClient {
  constructor(options?: TalkoverClientOptions);
  readonly baseUrl: string;
  createWebhook(agentId: string, input: WebhookCreate, opts?: WriteOptions): Promise<Webhook>;
  listWebhooks(agentId: string, opts?: CallOptions): Promise<WebhookList>;
  getWebhook(agentId: string, webhookId: string, opts?: CallOptions): Promise<Webhook>;
  updateWebhook(agentId: string, webhookId: string, patch: WebhookUpdate, opts?: WriteOptions): Promise<Webhook>;
  deleteWebhook(agentId: string, webhookId: string, opts?: CallOptions): Promise<void>;
  toggleWebhook(agentId: string, webhookId: string, opts?: CallOptions): Promise<Webhook>;
  testWebhook(agentId: string, webhookId: string, opts?: TestOptions): Promise<TestResult>;
  listDeliveries(agentId: string, webhookId: string, opts?: PageOptions): Promise<DeliveryPage>;
  retryDelivery(agentId: string, webhookId: string, logId: string, opts?: CallOptions): Promise<RetryQueued>;
}

/** One-off create without keeping a client. */
export declare function createWebhook(
  options: TalkoverClientOptions, agentId: string, input: WebhookCreate, opts?: WriteOptions,
): Promise<Webhook>;

/** Internal (used by the client): the request an operation makes. */
export type RequestPlan =
  | { method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"; path: string; idempotent: boolean; error?: undefined }
  | { error: { field: string; message: string } };
/** Internal (used by the client): what a response means. */
export type ResponseReading =
  | { ok: true }
  | { ok: false; error: { kind: Exclude<TalkoverErrorKind, "network" | "timeout" | "abort">; status: number; message: string;
      fieldErrors?: Record<string, string[]>; resource?: "agent" | "webhook" | "log" | "route"; retryAfterMs?: number; code?: string } };
"#;
