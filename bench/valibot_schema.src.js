// valibot schema for the same rules (concatenated into bench/out/valibot_bundle.mjs after the tree-shaken
// valibot functions, EVENTS, HTTP_METHODS, AUTH_SCHEMES and URL_PATTERN).
const Str = (max) => pipe(string(), maxLength(max));
const Opt = (s) => optional(nullable(s));
const Int = (min, max) => pipe(number(), integer(), minValue(min), maxValue(max));
const Event = picklist(EVENTS);
const WebhookSchema = object({
  name: Str(255),
  webhook_url: pipe(string(), maxLength(500), regex(new RegExp(URL_PATTERN, "u"))),
  webhook_secret: Opt(Str(255)),
  events: pipe(array(Event), minLength(1)),
  timeout: Opt(Int(5, 120)),
  max_retries: Opt(Int(0, 10)),
  enabled: Opt(boolean()),
  http_method: Opt(picklist(HTTP_METHODS)),
  authorization_scheme: Opt(picklist(AUTH_SCHEMES)),
  custom_headers: Opt(pipe(array(object({ key: Str(255), value: Str(2048) })), maxLength(50))),
  payload_templates: Opt(record(Event, union([record(string(), unknown()), array(unknown())]))),
});
export function validate(input) {
  return safeParse(WebhookSchema, input, { abortEarly: false });
}
