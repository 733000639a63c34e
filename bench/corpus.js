// Deterministic corpus of webhook bodies, shared by Node and the browser page (plain ES modules).
import { EVENT_IDS } from "../tests/js/event-ids.mjs";
export const EVENTS = EVENT_IDS;
export const HTTP_METHODS = ["POST", "PUT", "PATCH"];
export const AUTH_SCHEMES = ["none", "bearer", "basic", "api_key", "custom"];

// mulberry32: small, fast, deterministic.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Mutations: the first group breaks a Laravel rule; the "edge" ones are accepted by Laravel
// (numeric string for integer, "1" for boolean, unknown extra fields) but not by a strict JSON Schema.
const MUTATIONS = [
  ["missing_name", (b) => { delete b.name; }],
  ["long_name", (b) => { b.name = "n".repeat(300); }],
  ["bad_url", (b, r) => { b.webhook_url = ["not a url", "htp:/broken", "https://exa mple.com/x", "//no-scheme.example"][Math.floor(r() * 4)]; }],
  ["unknown_event", (b) => { b.events = [...b.events, "event_does_not_exist"]; }],
  ["timeout_range", (b, r) => { b.timeout = r() < 0.5 ? 2 : 500; }],
  ["timeout_numeric_string", (b) => { b.timeout = "45"; }],
  ["enabled_string_1", (b) => { b.enabled = "1"; }],
  ["extra_fields", (b) => { b.extra_field = "x"; b.owner_id = 42; }],
  ["bad_custom_headers", (b) => { b.custom_headers = [{ key: "X-A", value: "1" }, { key: 5 }, "not-an-object"]; }],
  ["bad_payload_templates", (b) => { b.payload_templates = { event_nope: { a: 1 }, event_action: "text" }; }],
  ["empty_events", (b) => { b.events = []; }],
  ["bad_http_method", (b) => { b.http_method = "GET"; }],
];
export const MUTATION_NAMES = MUTATIONS.map((m) => m[0]);

export function makeCorpus(n = 2000, seed = 20240611) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const out = [];
  for (let i = 0; i < n; i++) {
    const events = [];
    const k = 1 + Math.floor(r() * 4);
    for (let j = 0; j < k; j++) { const e = pick(EVENTS); if (!events.includes(e)) events.push(e); }
    const b = {
      name: `Webhook ${i} — ${pick(["CRM sync", "Alerts", "Ops pager", "Données", "Integração"])}`,
      webhook_url: `https://${pick(["hooks", "api", "n8n"])}.example${i % 7}.com/talkover/${i}?src=bench`,
      events,
    };
    if (r() < 0.6) b.timeout = 5 + Math.floor(r() * 116);
    if (r() < 0.5) b.max_retries = Math.floor(r() * 11);
    if (r() < 0.6) b.enabled = r() < 0.8;
    if (r() < 0.5) b.http_method = pick(HTTP_METHODS);
    if (r() < 0.4) b.authorization_scheme = pick(AUTH_SCHEMES);
    if (r() < 0.3) b.webhook_secret = "s3cr3t-" + i;
    if (r() < 0.4) {
      b.custom_headers = [];
      const h = 1 + Math.floor(r() * 3);
      for (let j = 0; j < h; j++) b.custom_headers.push({ key: `X-Header-${j}`, value: `value-${i}-${j}` });
    }
    if (r() < 0.3) {
      b.payload_templates = {};
      for (const e of events.slice(0, 2)) b.payload_templates[e] = { text: `{{call.id}} ${e}`, nested: { n: i } };
    }
    const applied = [];
    if (r() >= 0.5) {
      const m = 1 + Math.floor(r() * 3);
      for (let j = 0; j < m; j++) {
        const [name, f] = pick(MUTATIONS);
        if (applied.includes(name)) continue;
        f(b, r);
        applied.push(name);
      }
    }
    out.push({ body: b, mutations: applied });
  }
  return out;
}
