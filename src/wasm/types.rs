//! TypeScript declarations for what the exports take and return, emitted into the generated `.d.ts`.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** 'create' validates a full body (POST); 'update' a partial one (PUT), where absent fields are kept. */
export type WebhookMode = "create" | "update";
export type Locale = "en" | "pt-BR";
export type HttpMethod = "POST" | "PUT" | "PATCH";
export type AuthorizationScheme = "none" | "bearer" | "basic" | "api_key" | "custom";
export type EventGroup =
  | "phone_call" | "participant" | "voicemail" | "conversation" | "action"
  | "recording" | "connection" | "user" | "client";

export interface ValidateOptions {
  mode?: WebhookMode;
  locale?: Locale;
  /** Turn warnings into errors. */
  strict?: boolean;
  /** A live `available_events` (list of ids, or the id → description object List returns). */
  events?: readonly string[] | Readonly<Record<string, string>>;
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
  events?: string[];
  timeout?: number | null;
  max_retries?: number | null;
  enabled?: boolean | null;
  http_method?: HttpMethod | null;
  authorization_scheme?: AuthorizationScheme | null;
  custom_headers?: CustomHeader[] | null;
  payload_templates?: Record<string, Record<string, unknown> | unknown[]> | null;
}

export interface ValidationResult {
  valid: boolean;
  /** Keyed and worded like the server's 422 `errors`. */
  errors: Record<string, string[]>;
  issues: ValidationIssue[];
  warnings: ValidationWarning[];
  /** Present when valid. */
  value?: WebhookBody;
}

export interface AvailableEvent {
  id: string;
  description: string;
  group: EventGroup;
  groupLabel: string;
}
"#;
