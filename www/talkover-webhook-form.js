// <talkover-webhook-form>: create and manage the webhooks of a Talkover agent from any page.
//
//   <talkover-webhook-form agent-id="…" base-url="https://app.talkover.ai/api/v1" locale="en"></talkover-webhook-form>
//   el.token = "talq_…";                        // a property only: never an attribute, never stored
//   el.events = { event_x: "…", … };            // optional: the live available_events (List's answer)
//   el.addEventListener("talkover-webhook-created", (e) => e.detail /* the Webhook */);
//   el.addEventListener("talkover-webhook-error", (e) => e.detail /* the typed TalkoverError */);
//
// Attributes: agent-id, base-url (default https://app.talkover.ai/api/v1), locale (en | pt-BR), timeout-ms.
// Styling: CSS custom properties (--talkover-accent, …) and ::part(…); see talkover-webhook-form.css.
// Everything the server (or the user) supplies is rendered with textContent (see dom.js): no innerHTML.
//
// This file is the element's shell: the public API (attributes, properties, methods), its lifecycle,
// the shadow-root skeleton and switching views. The rest of its behaviour lives in webhook-form-*.js,
// one job per file, as methods mixed into the class (see mixIn below), so that every part shares one
// `this`: the element, its shadow root and its state.
import init, { TalkoverClient, DEFAULT_BASE_URL } from "./pkg/index.js";
import { h } from "./dom.js";
import { normalizeLocale } from "./i18n.js";
import { LocaleLabels } from "./webhook-form-labels.js";
import { CreateForm } from "./webhook-form-create.js";
import { SecretField } from "./webhook-form-secret-field.js";
import { EventsPicker } from "./webhook-form-events-picker.js";
import { AdvancedSection } from "./webhook-form-advanced.js";
import { Validation } from "./webhook-form-validation.js";
import { Submit } from "./webhook-form-submit.js";
import { Feedback } from "./webhook-form-feedback.js";
import { ManageView } from "./webhook-form-manage.js";
import { DeliveriesPanel } from "./webhook-form-deliveries.js";

let modulePromise;
/** Instantiates the WASM module once per page, whichever element asks first. */
export function loadModule() {
  modulePromise ??= init();
  return modulePromise;
}

export class TalkoverWebhookForm extends HTMLElement {
  static observedAttributes = ["agent-id", "base-url", "locale", "timeout-ms"];

  #token = undefined;
  #liveEvents = undefined;

  constructor() {
    super();
    this.attachShadow({ mode: "open" });
    this._labels = []; // translatable nodes: { node, key, args, attr }
    this._ctl = {}; // field key → { control, errs, warns, hint, focus }
    this._selected = new Set();
    this._touched = new Set();
    this._showAll = false;
    this._serverErrors = {};
    this._sentEvents = [];
    this._headers = []; // { row, key, value, errs }
    this._editing = null; // the webhook being edited
    this._editBase = null;
    this._busy = null; // AbortController of the create/update in flight
    this._webhooks = [];
    this._logs = null; // { webhook, page, perPage, items, pagination }
    this._view = "create";
    this._lastError = null;
    this._ready = false;
    this._built = false;
  }

  // ---- public API -------------------------------------------------------------------------------

  /** The bearer token: a property only (never reflected to an attribute, never persisted). */
  get token() { return this.#token; }
  set token(value) { this.#token = value ? String(value) : undefined; }

  /** The live available events (a list of ids, or id → description), used for the picker and validation. */
  get events() { return this.#liveEvents; }
  set events(value) {
    this.#liveEvents = value ?? undefined;
    if (this._ready) { this._renderEvents(); this._validate(); }
  }

  get agentId() { return (this.getAttribute("agent-id") ?? "").trim(); }
  set agentId(v) { this.setAttribute("agent-id", v); }
  get baseUrl() { return (this.getAttribute("base-url") ?? "").trim() || DEFAULT_BASE_URL; }
  set baseUrl(v) { this.setAttribute("base-url", v); }
  get locale() { return normalizeLocale(this.getAttribute("locale") ?? document.documentElement.lang); }
  set locale(v) { this.setAttribute("locale", v); }
  get timeoutMs() {
    const n = Number(this.getAttribute("timeout-ms"));
    return Number.isFinite(n) && n > 0 ? n : 30_000;
  }
  set timeoutMs(v) { this.setAttribute("timeout-ms", String(v)); }

  /** Resolves when the validator is loaded and the form is usable. */
  get ready() { return loadModule().then(() => undefined); }

  /** Shows the 'create' or the 'manage' view. */
  show(view) { this._switch(view === "manage" ? "manage" : "create"); }

  /** Clears the form (back to the defaults) and leaves edit mode. */
  reset() { this._resetForm(); }

  connectedCallback() {
    if (!this._built) this._build();
    loadModule().then(() => {
      this._ready = true;
      this._renderEvents();
      this._validate();
      this._setStatus("");
      this.dataset.ready = "true";
    }, (err) => this._setStatus(String(err?.message ?? err)));
  }

  attributeChangedCallback(name, before, after) {
    if (!this._built || before === after) return;
    if (name === "locale") this._relocalize();
    if ((name === "agent-id" || name === "base-url") && this._view === "manage") this._loadList();
  }

  // ---- skeleton ---------------------------------------------------------------------------------

  _build() {
    this._built = true;
    const css = h("link", { rel: "stylesheet", href: new URL("./talkover-webhook-form.css", import.meta.url).href });
    this._tabCreate = h("button", { type: "button", class: "tab", part: "tab", "aria-pressed": "true",
      on: { click: () => this._switch("create") } }, this._T("tabCreate"));
    this._tabManage = h("button", { type: "button", class: "tab", part: "tab", "aria-pressed": "false",
      on: { click: () => this._switch("manage") } }, this._T("tabManage"));
    const tabs = this._A(h("div", { class: "tabs", role: "group", part: "tabs" }, this._tabCreate, this._tabManage),
      "aria-label", "tabs");
    this._status = h("p", { class: "status", role: "status", "aria-live": "polite", part: "status" },
      this._t("loadingModule"));
    this._banner = h("div", { class: "banner", role: "alert", part: "banner", hidden: true });
    this._createView = this._buildCreate();
    this._manageView = this._buildManage();
    this._dialog = this._buildDialog();
    this.shadowRoot.append(css, h("div", { class: "root", part: "container" },
      tabs, this._status, this._banner, this._createView, this._manageView, this._dialog));
  }

  // ---- views --------------------------------------------------------------------------------------

  _switch(view, message) {
    this._view = view;
    this._tabCreate.setAttribute("aria-pressed", String(view === "create"));
    this._tabManage.setAttribute("aria-pressed", String(view === "manage"));
    this._createView.hidden = view !== "create";
    this._manageView.hidden = view !== "manage";
    this._hideBanner();
    if (view === "manage" && this._ready) this._loadList(message);
  }

  // ---- connection -------------------------------------------------------------------------------

  /** A client for the current attributes and token, or null (with a banner saying what is missing). */
  _client() {
    if (!this.agentId || !this.baseUrl) {
      this._showError({ kind: "config", message: this._t("needConnection") }, "connection");
      return null;
    }
    try {
      return new TalkoverClient({ baseUrl: this.baseUrl, token: this.#token, timeoutMs: this.timeoutMs });
    } catch {
      this._showError({ kind: "config", message: this._t("badBaseUrl") }, "connection");
      return null;
    }
  }
}

/**
 * Copies the methods of each part onto the element's prototype. Plain (non-enumerable) methods, as if
 * written in the class body: the parts never call `super` and never hold state of their own.
 */
function mixIn(target, ...parts) {
  for (const part of parts) {
    for (const name of Object.getOwnPropertyNames(part.prototype)) {
      if (name === "constructor") continue;
      if (Object.hasOwn(target.prototype, name)) throw new Error(`mixIn: ${name} is defined twice`);
      Object.defineProperty(target.prototype, name, Object.getOwnPropertyDescriptor(part.prototype, name));
    }
  }
}
mixIn(TalkoverWebhookForm, LocaleLabels, CreateForm, SecretField, EventsPicker, AdvancedSection, Validation, Submit,
  Feedback, ManageView, DeliveriesPanel);

if (!customElements.get("talkover-webhook-form")) customElements.define("talkover-webhook-form", TalkoverWebhookForm);
