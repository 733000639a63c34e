// The JSON Schema given to Ajv: the server's rules as closely as JSON Schema allows.
// Known gaps vs Laravel: 'url' is a regex approximation (Laravel uses a big PHP regex); integer/boolean do
// not accept "45"/"1" strings; maxLength counts code points (like mb_strlen) but no trimming happens.
import { EVENTS, HTTP_METHODS, AUTH_SCHEMES } from "./corpus.js";

export const URL_PATTERN = "^[A-Za-z][A-Za-z0-9+.-]*://[^\\s/?#@]+(?:[/?#][^\\s]*)?$";

const str = (max) => ({ type: "string", maxLength: max });
export const jsonSchema = {
  $id: "talkover-webhook",
  type: "object",
  required: ["name", "webhook_url", "events"],
  properties: {
    name: str(255),
    webhook_url: { type: "string", maxLength: 500, pattern: URL_PATTERN },
    webhook_secret: { type: ["string", "null"], maxLength: 255 },
    events: { type: "array", minItems: 1, items: { enum: EVENTS } },
    timeout: { type: ["integer", "null"], minimum: 5, maximum: 120 },
    max_retries: { type: ["integer", "null"], minimum: 0, maximum: 10 },
    enabled: { type: ["boolean", "null"] },
    http_method: { enum: [...HTTP_METHODS, null] },
    authorization_scheme: { enum: [...AUTH_SCHEMES, null] },
    custom_headers: {
      type: ["array", "null"],
      maxItems: 50,
      items: { type: "object", required: ["key", "value"], properties: { key: str(255), value: str(2048) } },
    },
    payload_templates: {
      type: ["object", "null"],
      propertyNames: { enum: EVENTS },
      additionalProperties: { type: ["object", "array"] },
    },
  },
};
