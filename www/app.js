// Minimal page: validates the form on every input with the WASM module and shows field-level errors.
import init, { validateWebhook, availableEvents } from "./pkg/talkover_webhooks.js";

await init();
const form = document.getElementById("webhook-form");
const fields = ["name", "webhook_url", "webhook_secret", "timeout", "max_retries"];

const eventsBox = document.getElementById("events");
for (const e of availableEvents("en")) {
  const label = document.createElement("label");
  const box = Object.assign(document.createElement("input"), { type: "checkbox", name: "events", value: e.id });
  label.append(box, `${e.description}`);
  label.title = e.id;
  eventsBox.append(label);
}

function body() {
  const data = new FormData(form);
  const out = { events: data.getAll("events") };
  for (const f of fields) {
    const v = data.get(f);
    // An empty optional field is left out, so the server's default applies.
    if (v !== null && (v !== "" || f === "name" || f === "webhook_url")) out[f] = v;
  }
  return out;
}

function show(result) {
  for (const f of [...fields, "events"]) {
    const list = document.getElementById(`${f}-errors`);
    const messages = Object.entries(result.errors)
      .filter(([key]) => key === f || key.startsWith(`${f}.`))
      .flatMap(([, m]) => m);
    list.replaceChildren(...messages.map((m) => Object.assign(document.createElement("li"), { textContent: m })));
    const input = document.getElementById(f);
    if (input && input.tagName === "INPUT") input.setAttribute("aria-invalid", String(messages.length > 0));
  }
  document.getElementById("warnings").replaceChildren(
    ...result.warnings.map((w) => Object.assign(document.createElement("li"), { textContent: w.message })),
  );
  document.getElementById("status").textContent = result.valid ? "Ready to create." : "Fix the fields marked above.";
  const preview = result.valid ? { ...result.value } : null;
  if (preview && preview.webhook_secret) preview.webhook_secret = "••••••";
  document.getElementById("preview").textContent = preview ? JSON.stringify(preview, null, 2) : "—";
}

let touched = false;
form.addEventListener("input", () => {
  touched = true;
  show(validateWebhook(body()));
});
form.addEventListener("submit", (e) => e.preventDefault());
document.body.dataset.ready = "true";
if (touched) show(validateWebhook(body()));
