// A scripted stand-in for the Talkover API on 127.0.0.1, for the client tests. The agent id picks the
// scenario (`<scenario>-<anything>`), so each test gets its own request counter:
//   ok          every endpoint answers like the docs (the last request is kept for /__last)
//   s401a/b     401 in the webhook-page shape / the auth-page shape
//   s403, s404  403; 404 "Agent not found…" (webhook id "missing" → 404 "Webhook not found.")
//   s422        422 with dotted keys          s429h / s429b  429 with Retry-After / body retry_after
//   s500html    500 HTML page (+X-Request-Id) s503  503 (counted)        sflaky  GET 503 once, then 200
//   s201cut     201 with JSON cut off          s200html / s200false / sempty   broken 200s
//   slogin      302 to an HTML login page      shang  never answers   sslow  answers after 1.5 s
//   snocors     200 without CORS headers       spreflight  OPTIONS fails without CORS headers
// GET /__count/<agentId> → requests seen (preflights excluded); GET /__last → the last request.
import { createServer } from "node:http";

const WEBHOOK = (id, extra = {}) => ({
  id, agent_id: "agent", name: "Orders", webhook_url: "https://example.com/h", events: ["event_action"],
  timeout: 30, max_retries: 3, enabled: true, created_at: "2025-09-03T23:19:51.000000Z",
  updated_at: "2025-09-03T23:19:51.000000Z", events_count: 1, status: "active", future_field: { x: 1 }, ...extra,
});

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
  "Access-Control-Allow-Headers": "Authorization, Content-Type, Accept, X-CSRF-Token",
  "Access-Control-Expose-Headers": "Retry-After, X-Request-Id",
};

export function startApiServer() {
  const counts = new Map();
  let last = null;
  const hanging = new Set();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://x");
    const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
    const agent = parts[0] === "api" && parts[3] ? parts[3] : "";
    const scenario = agent.split("-")[0];
    const cors = scenario === "snocors" ? {} : CORS;
    const send = (status, body, headers = {}) => {
      const text = typeof body === "string" ? body : JSON.stringify(body);
      res.writeHead(status, { "Content-Type": "application/json", ...cors, ...headers });
      res.end(text);
    };
    if (req.method === "OPTIONS") {
      if (scenario === "spreflight") return res.writeHead(500).end("no");
      return res.writeHead(204, CORS).end();
    }
    if (url.pathname.startsWith("/__count/")) return send(200, { count: counts.get(decodeURIComponent(url.pathname.slice(9))) ?? 0 });
    if (url.pathname === "/__last") return send(200, last ?? {});
    if (url.pathname === "/login") return res.writeHead(200, { "Content-Type": "text/html", ...CORS }).end("<!doctype html><title>Log in</title>");
    let body = "";
    for await (const chunk of req) body += chunk;
    counts.set(agent, (counts.get(agent) ?? 0) + 1);
    last = { method: req.method, path: url.pathname + url.search, headers: req.headers, body };
    const count = counts.get(agent);
    const webhookId = parts[5];
    const tail = parts.slice(6).join("/");
    switch (scenario) {
      case "s401a": return send(401, { message: "Missing Bearer Token" });
      case "s401b": return send(401, { error: "UNAUTHORIZED", message: "Invalid token", status_code: 401 });
      case "s403": return send(403, { success: false, message: "This action is unauthorized." });
      case "s404": return send(404, { success: false, message: "Agent not found in this environment." });
      case "s422": return send(422, { message: "The given data was invalid.", errors: {
        webhook_url: ["The webhook url must be a valid URL."], "events.1": ["The selected events.1 is invalid."] } });
      case "s429h": return send(429, { success: false, message: "Too many requests. Please try again later." }, { "Retry-After": "1" });
      case "s429b": return send(429, { error: { code: "RATE_LIMIT_EXCEEDED", message: "Rate limit exceeded", details: { retry_after: 2 } } });
      case "s500html":
        res.writeHead(500, { "Content-Type": "text/html", "X-Request-Id": "req-123", ...cors });
        return res.end("<!doctype html><html><body><h1>Server Error</h1></body></html>");
      case "s503": return send(503, { message: "Service Unavailable" });
      case "sflaky": if (count === 1) return send(503, { message: "Service Unavailable" }); break;
      case "s201cut": {
        const text = JSON.stringify({ success: true, data: WEBHOOK("w1") }).slice(0, 40);
        return send(201, text);
      }
      case "s200html": res.writeHead(200, { "Content-Type": "text/html", ...cors }); return res.end("<html><body>Dashboard</body></html>");
      case "s200false": return send(200, { success: false, message: "Webhook test failed: Connection timeout" });
      case "sempty": res.writeHead(200, cors); return res.end();
      case "slogin": res.writeHead(302, { Location: "/login", ...cors }); return res.end();
      case "shang": hanging.add(res); return;
      case "sslow": await new Promise((r) => setTimeout(r, 1500)); break;
      default: break;
    }
    if (webhookId === "missing") return send(404, { success: false, message: "Webhook not found." });
    const key = `${req.method} ${webhookId ? (tail ? `webhook/${tail.replace(/logs\/[^/]+\/retry/, "logs/x/retry")}` : "webhook") : "webhooks"}`;
    switch (key) {
      case "POST webhooks": return send(201, { success: true, message: "Webhook created successfully", data: WEBHOOK("w-new", JSON.parse(body || "{}")) });
      case "GET webhooks": return send(200, { success: true, data: { webhooks: [WEBHOOK("w1")], available_events: { event_action: "Agent executed an action" } } });
      case "GET webhook": return send(200, { success: true, data: WEBHOOK(webhookId) });
      case "PUT webhook": return send(200, { success: true, message: "Webhook updated successfully", data: WEBHOOK(webhookId, JSON.parse(body || "{}")) });
      case "DELETE webhook": return send(200, { success: true, message: "Webhook deleted successfully" });
      case "PATCH webhook/toggle": return send(200, { success: true, message: "Webhook disabled", data: WEBHOOK(webhookId, { enabled: false, status: "disabled" }) });
      case "POST webhook/test": return send(200, { success: true, message: "Test webhook sent successfully", data: { status_code: 200, response_time: 145 } });
      case "GET webhook/logs": return send(200, { success: true, data: [
        { id: "l1", webhook_id: webhookId, event: "event_phone_call_ended", attempt: 1, status: "success", http_status: 200 },
        { id: "l2", webhook_id: webhookId, event: "event_action", attempt: 3, status: "failed", error: "Connection timeout" },
      ], pagination: { current_page: Number(url.searchParams.get("page") ?? 1), per_page: Number(url.searchParams.get("per_page") ?? 25), total: 2, last_page: 1 } });
      case "POST webhook/logs/x/retry": return send(200, { success: true, message: "Webhook retry queued successfully", data: { log_id: "l3", original_log_id: parts[7], queued_at: "2024-01-15T11:00:01Z" } });
      default: return send(404, { message: "" });
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => {
    const base = `http://127.0.0.1:${server.address().port}`;
    resolve({
      base,
      close: () => new Promise((r) => { for (const res of hanging) res.destroy(); server.closeAllConnections?.(); server.close(() => r()); }),
    });
  }));
}

/** A port with nothing listening, for "connection refused". */
export function refusedPort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}
