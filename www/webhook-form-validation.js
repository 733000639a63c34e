// Reading the form into a request body and validating it as the user types (with the WASM
// validator, so messages match the server's), then routing every message to where it belongs:
// under its field, on its header row or event box, or in the summary shown on submit.
// Errors appear once a field is touched (or after a submit), never while the form is pristine.
import { validateWebhook } from "./pkg/index.js";
import { h, fill } from "./dom.js";

const FIELDS = [
  "name", "webhook_url", "webhook_secret", "events", "timeout", "max_retries", "enabled",
  "http_method", "authorization_scheme", "custom_headers", "payload_templates",
];
const ADVANCED = new Set(["http_method", "authorization_scheme", "custom_headers", "payload_templates"]);

function setDescribedBy(el, ids) {
  const value = ids.filter(Boolean).join(" ");
  if (value) el.setAttribute("aria-describedby", value);
  else el.removeAttribute("aria-describedby");
}

/** Methods of <talkover-webhook-form>, mixed into it by talkover-webhook-form.js (one shared `this`). */
export class Validation {
  _value(key) { return this._ctl[key].control.value; }

  /** The body as typed (the validator normalises it), and errors only the page can see (JSON syntax). */
  _collect() {
    const body = {
      name: this._value("name"),
      webhook_url: this._value("webhook_url"),
      events: this._eventIds ? this._eventIds.filter((id) => this._selected.has(id)) : [],
    };
    const local = {};
    if (this._value("webhook_secret") !== "") body.webhook_secret = this._value("webhook_secret");
    if (this._value("timeout").trim() !== "") body.timeout = this._value("timeout");
    if (this._value("max_retries").trim() !== "") body.max_retries = this._value("max_retries");
    body.enabled = this._ctl.enabled.control.checked;
    body.http_method = this._value("http_method");
    body.authorization_scheme = this._value("authorization_scheme");
    if (this._headers.length) body.custom_headers = this._headers.map((e) => ({ key: e.key.value, value: e.value.value }));
    const templates = this._value("payload_templates");
    if (templates.trim() !== "") {
      try {
        const parsed = JSON.parse(templates);
        if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
          local.payload_templates = [this._t("jsonNotObject")];
        } else {
          body.payload_templates = parsed;
        }
      } catch (e) {
        local.payload_templates = [this._t("jsonError", e.message)];
      }
    }
    return { body, local };
  }

  _options() {
    const opts = { mode: this._editing ? "update" : "create", locale: this.locale };
    if (this.events) opts.events = this.events;
    return opts;
  }

  _validate() {
    if (!this._ready) return null;
    const { body, local } = this._collect();
    const result = validateWebhook(body, this._options());
    this._last = { body, local, result };
    this._renderMessages();
    return this._last;
  }

  _onEdit(e) {
    const field = e.target.dataset?.field ?? e.target.closest?.("[data-field]")?.dataset.field;
    if (!field || e.target === this._eventsFilter) return;
    if (e.type === "change" && e.target.type !== "checkbox" && e.target.tagName !== "SELECT") return;
    this._touched.add(field);
    this._dropServerErrors(field);
    this._validate();
  }

  _onBlur(e) {
    const field = e.target.dataset?.field ?? e.target.closest?.("[data-field]")?.dataset.field;
    if (!field || e.target === this._eventsFilter || e.target.tagName === "BUTTON") return;
    if (field === "events" || field === "custom_headers") {
      // Only once focus leaves the whole group.
      const box = this._ctl[field].control;
      if (box.contains(e.relatedTarget)) return;
    }
    if (!this._touched.has(field)) {
      this._touched.add(field);
      this._validate();
    }
  }

  _dropServerErrors(field) {
    for (const key of Object.keys(this._serverErrors)) {
      if (key === field || key.startsWith(`${field}.`)) delete this._serverErrors[key];
    }
  }

  /** Puts every message where it belongs: under its field, on its header row or event box, or the summary. */
  _renderMessages() {
    const { body, local, result } = this._last;
    const perField = Object.fromEntries([...FIELDS, "general"].map((f) => [f, { errors: [], warnings: [] }]));
    const rowErrors = new Map(); // header index → { messages, parts: Set('key'|'value') }
    const badEvents = new Set();
    const summary = [];
    const route = (key, messages, fromServer) => {
      const field = FIELDS.includes(key.split(".")[0]) ? key.split(".")[0] : "general";
      if (!fromServer && !this._showAll && !this._touched.has(field)) return;
      const parts = key.split(".");
      let target = () => this._ctl[field]?.focus();
      if (field === "events" && parts.length > 1) {
        const id = (fromServer ? this._sentEvents : body.events)[Number(parts[1])];
        if (id !== undefined) {
          badEvents.add(id);
          target = () => this._eventsGroups.querySelector(`#ev-${CSS.escape(id)}`);
        }
      }
      if (field === "custom_headers" && parts.length > 2 && this._headers[Number(parts[1])]) {
        const i = Number(parts[1]);
        const row = rowErrors.get(i) ?? { messages: [], parts: new Set() };
        row.messages.push(...messages);
        row.parts.add(parts[2] === "value" ? "value" : "key");
        rowErrors.set(i, row);
        const entry = this._headers[i];
        target = () => (parts[2] === "value" ? entry.value : entry.key);
      } else {
        perField[field].errors.push(...messages);
      }
      for (const message of messages) summary.push({ message, field, target });
    };
    for (const [key, messages] of Object.entries(result.errors)) {
      if (key === "payload_templates" && local.payload_templates) continue;
      route(key, messages, false);
    }
    for (const [key, messages] of Object.entries(local)) route(key, messages, false);
    for (const [key, messages] of Object.entries(this._serverErrors)) {
      const have = result.errors[key] ?? [];
      route(key, messages.filter((m) => !have.includes(m)), true);
    }
    for (const w of result.warnings) {
      const field = FIELDS.includes(w.field.split(".")[0]) ? w.field.split(".")[0] : "general";
      if (this._showAll || this._touched.has(field)) perField[field].warnings.push(w.message);
    }

    for (const [field, { errors, warnings }] of Object.entries(perField)) {
      if (field === "general") {
        fill(this._general, [...errors, ...warnings].map((m) => h("li", { text: m })));
        continue;
      }
      const ctl = this._ctl[field];
      fill(ctl.errs, errors.map((m) => h("li", { text: m })));
      fill(ctl.warns, warnings.map((m) => h("li", { text: m })));
      const ids = [ctl.hint?.id, errors.length ? ctl.errs.id : null, warnings.length ? ctl.warns.id : null];
      if (field === "events") ids.unshift("events-count");
      setDescribedBy(ctl.control, ids);
      if (errors.length) ctl.control.setAttribute("aria-invalid", "true");
      else ctl.control.removeAttribute("aria-invalid");
    }
    // per event box
    for (const box of this._eventsGroups.querySelectorAll("input[type=checkbox]")) {
      const bad = badEvents.has(box.value);
      if (bad) box.setAttribute("aria-invalid", "true");
      else box.removeAttribute("aria-invalid");
      setDescribedBy(box, [bad ? "e-events" : null]);
    }
    // per header row
    this._headers.forEach((entry, i) => {
      const row = rowErrors.get(i);
      fill(entry.errs, (row?.messages ?? []).map((m) => h("li", { text: m })));
      for (const part of ["key", "value"]) {
        const input = entry[part];
        const bad = row?.parts.has(part);
        if (bad) input.setAttribute("aria-invalid", "true");
        else input.removeAttribute("aria-invalid");
        setDescribedBy(input, [bad ? entry.errs.id : null]);
      }
    });
    this._summaryItems = summary;
    if (this._showAll) this._renderSummary();
  }

  _renderSummary() {
    const items = this._summaryItems ?? [];
    if (!items.length) {
      this._summary.hidden = true;
      fill(this._summary);
      return;
    }
    const links = items.map(({ message, field, target }) => h("li", {},
      h("a", { href: `#f-${field}`, on: { click: (e) => { e.preventDefault(); this._focusField(field, target); } } }, message)));
    const hasWarnings = this._last.result.warnings.length > 0;
    fill(this._summary,
      h("h3", { id: "summary-title", text: this._t("summaryTitle", items.length) }),
      h("p", { text: this._t("summaryLead") }),
      h("ul", {}, links),
      hasWarnings ? h("p", { class: "hint", text: this._t("warningsNote") }) : null);
    this._summary.hidden = false;
  }

  _focusField(field, target) {
    if (ADVANCED.has(field)) this._advanced.open = true;
    if (field === "events" && this._eventsFilter.value) {
      this._eventsFilter.value = "";
      this._applyFilter();
    }
    const el = target?.() ?? this._ctl[field]?.focus?.();
    if (el) {
      el.focus();
      el.scrollIntoView?.({ block: "center" });
    }
  }
}
