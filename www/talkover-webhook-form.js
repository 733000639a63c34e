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
import init, {
  validateWebhook, availableEvents, TalkoverClient, DEFAULT_BASE_URL,
} from "./pkg/index.js";
import { h, fill } from "./dom.js";
import { translate, normalizeLocale } from "./i18n.js";

let modulePromise;
/** Instantiates the WASM module once per page, whichever element asks first. */
export function loadModule() {
  modulePromise ??= init();
  return modulePromise;
}

const FIELDS = [
  "name", "webhook_url", "webhook_secret", "events", "timeout", "max_retries", "enabled",
  "http_method", "authorization_scheme", "custom_headers", "payload_templates",
];
const ADVANCED = new Set(["http_method", "authorization_scheme", "custom_headers", "payload_templates"]);
const DEFAULTS = { timeout: "30", max_retries: "3", http_method: "POST", authorization_scheme: "none" };
const AUTH_SCHEMES = [["none", "authNone"], ["bearer", "authBearer"], ["basic", "authBasic"],
  ["api_key", "authApiKey"], ["custom", "authCustom"]];
const PER_PAGE = [5, 10, 25, 50];

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

  // ---- i18n -----------------------------------------------------------------------------------------

  _t(key, ...args) { return translate(this.locale, key, ...args); }
  /** A Text node that follows the locale; `args` may be a function (evaluated at each relabel). */
  _T(key, args = []) {
    const node = document.createTextNode("");
    this._labels.push({ node, key, args });
    this._apply(this._labels.at(-1));
    return node;
  }
  /** Sets a translated attribute that follows the locale. */
  _A(el, attr, key, args = []) {
    this._labels.push({ node: el, attr, key, args });
    this._apply(this._labels.at(-1));
    return el;
  }
  _apply(entry) {
    const text = this._t(entry.key, ...(typeof entry.args === "function" ? entry.args() : entry.args));
    if (entry.attr) entry.node.setAttribute(entry.attr, text);
    else entry.node.data = text;
  }
  _relocalize() {
    this._labels = this._labels.filter((e) => this.shadowRoot.contains(e.node));
    for (const entry of this._labels) this._apply(entry);
    if (!this._ready) return;
    this._renderEvents();
    this._validate();
    this._renderTable();
    this._renderLogs();
    if (this._createdWebhook) this._renderCard(this._createdWebhook);
    if (this._lastError) this._showError(this._lastError.err, this._lastError.context, false);
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

  _field(key, control, labelKey, hintKey) {
    control.id = `f-${key}`;
    control.dataset.field = key;
    const hint = hintKey ? h("p", { class: "hint", id: `h-${key}` }, this._T(hintKey)) : null;
    const errs = h("ul", { class: "errors", id: `e-${key}`, part: "errors" });
    const warns = h("ul", { class: "warnings", id: `w-${key}`, part: "warnings" });
    this._ctl[key] = { control, hint, errs, warns, focus: () => control };
    return { hint, errs, warns };
  }

  _textField(key, labelKey, hintKey, attrs = {}) {
    const control = h("input", { type: "text", part: "input", autocomplete: "off", spellcheck: "false", ...attrs });
    const { hint, errs, warns } = this._field(key, control, labelKey, hintKey);
    return h("div", { class: `field field-${key}`, part: "field" },
      h("label", { for: control.id, part: "label" }, this._T(labelKey)), hint, control, errs, warns);
  }

  _buildCreate() {
    this._formTitle = h("h2", { id: "form-title", tabindex: "-1" });
    this._formTitleText = this._T("newWebhook");
    this._formTitle.append(this._formTitleText);
    this._editHint = h("p", { class: "hint edit-hint", hidden: true }, this._T("editHint"));
    this._summary = h("div", { class: "summary", part: "error-summary", tabindex: "-1", hidden: true,
      "aria-labelledby": "summary-title" });
    this._general = h("ul", { class: "errors general", id: "e-general" });

    // name, url
    const name = this._textField("name", "name", "nameHint");
    const url = this._textField("webhook_url", "url", "urlHint",
      { type: "url", inputmode: "url", placeholder: "https://example.com/hooks/talkover" });

    // secret
    const secret = h("input", { type: "password", part: "input", autocomplete: "new-password", spellcheck: "false" });
    const sf = this._field("webhook_secret", secret, "secret", "secretHint");
    this._secretFormat = this._A(h("select", { class: "secret-format", part: "select" },
      h("option", { value: "hex", text: "hex" }), h("option", { value: "base64url", text: "base64url" })),
    "aria-label", "secretFormat");
    this._showSecret = h("button", { type: "button", class: "secondary", part: "button", "aria-pressed": "false",
      "aria-controls": "f-webhook_secret", on: { click: () => this._toggleSecret() } }, this._T("show"));
    const secretField = h("div", { class: "field field-webhook_secret", part: "field" },
      h("label", { for: secret.id, part: "label" }, this._T("secret")), sf.hint,
      h("div", { class: "secret-row" }, secret, h("div", { class: "secret-tools" },
        h("button", { type: "button", class: "secondary", part: "button", on: { click: () => this._generateSecret() } },
          this._T("generate")),
        this._secretFormat, this._showSecret,
        h("button", { type: "button", class: "secondary", part: "button", on: { click: () => this._copySecret() } },
          this._T("copy")))),
      sf.errs, sf.warns);

    // events
    this._eventsFilter = this._A(h("input", { type: "search", id: "events-filter", part: "input", autocomplete: "off",
      on: { input: () => this._applyFilter(), keydown: (e) => { if (e.key === "Enter") e.preventDefault(); } } }),
    "placeholder", "eventsFilterPlaceholder");
    this._eventsCount = h("p", { class: "count", id: "events-count", "aria-live": "polite" });
    this._eventsGroups = h("div", { class: "groups", part: "events" });
    this._noMatch = h("p", { class: "hint", hidden: true }, this._T("noMatch"));
    const eventsBox = h("fieldset", { class: "field events", part: "field", id: "f-events", dataset: { field: "events" },
      "aria-describedby": "events-count" },
    h("legend", { part: "label" }, this._T("events")),
    h("div", { class: "events-tools" },
      h("div", { class: "filter" }, h("label", { for: "events-filter" }, this._T("eventsFilter")), this._eventsFilter),
      h("div", { class: "bulk" },
        h("button", { type: "button", class: "secondary", part: "button", on: { click: () => this._selectAll(true) } },
          this._T("selectAll")),
        h("button", { type: "button", class: "secondary", part: "button", on: { click: () => this._selectAll(false) } },
          this._T("selectNone")))),
    this._eventsCount, this._noMatch, this._eventsGroups,
    h("ul", { class: "errors", id: "e-events", part: "errors" }),
    h("ul", { class: "warnings", id: "w-events", part: "warnings" }));
    this._ctl.events = {
      control: eventsBox, errs: eventsBox.querySelector("#e-events"), warns: eventsBox.querySelector("#w-events"),
      focus: () => eventsBox.querySelector("input[type=checkbox][aria-invalid=true]")
        ?? eventsBox.querySelector("input[type=checkbox]"),
    };

    // numbers and switch
    const timeout = this._textField("timeout", "timeout", "timeoutHint", { inputmode: "numeric", value: DEFAULTS.timeout });
    const retries = this._textField("max_retries", "maxRetries", "maxRetriesHint",
      { inputmode: "numeric", value: DEFAULTS.max_retries });
    const enabled = h("input", { type: "checkbox", role: "switch", class: "switch", part: "switch", props: { checked: true } });
    const ef = this._field("enabled", enabled, "enabled", "enabledHint");
    const enabledField = h("div", { class: "field field-enabled", part: "field" },
      h("div", { class: "switch-row" }, enabled, h("label", { for: enabled.id, part: "label" }, this._T("enabled"))),
      ef.hint, ef.errs, ef.warns);

    // advanced
    const method = h("select", { part: "select" }, ["POST", "PUT", "PATCH"].map((m) => h("option", { value: m, text: m })));
    const mf = this._field("http_method", method, "httpMethod");
    const auth = h("select", { part: "select" },
      AUTH_SCHEMES.map(([v, key]) => h("option", { value: v }, this._T(key))));
    const af = this._field("authorization_scheme", auth, "authScheme");
    this._headersRows = h("div", { class: "header-rows" });
    this._noHeaders = h("p", { class: "hint" }, this._T("noHeaders"));
    const headersBox = h("fieldset", { class: "field headers", part: "field", id: "f-custom_headers",
      dataset: { field: "custom_headers" } },
    h("legend", { part: "label" }, this._T("headers")), this._noHeaders, this._headersRows,
    h("button", { type: "button", class: "secondary add-header", part: "button", on: { click: () => this._addHeader() } },
      this._T("addHeader")),
    h("ul", { class: "errors", id: "e-custom_headers", part: "errors" }),
    h("ul", { class: "warnings", id: "w-custom_headers", part: "warnings" }));
    this._ctl.custom_headers = {
      control: headersBox, errs: headersBox.querySelector("#e-custom_headers"),
      warns: headersBox.querySelector("#w-custom_headers"),
      focus: () => this._headersRows.querySelector("[aria-invalid=true]") ?? headersBox.querySelector("button"),
    };
    const templates = h("textarea", { rows: "5", part: "input textarea", spellcheck: "false", class: "code",
      placeholder: "{\"event_phone_call_ended\": {\"call\": \"{{call_id}}\"}}" });
    const tf = this._field("payload_templates", templates, "templates", "templatesHint");
    this._advanced = h("details", { class: "advanced", part: "advanced" },
      h("summary", {}, this._T("advanced")),
      h("div", { class: "row" },
        h("div", { class: "field", part: "field" }, h("label", { for: method.id, part: "label" }, this._T("httpMethod")),
          method, mf.errs, mf.warns),
        h("div", { class: "field", part: "field" }, h("label", { for: auth.id, part: "label" }, this._T("authScheme")),
          auth, af.errs, af.warns)),
      headersBox,
      h("div", { class: "field", part: "field" }, h("label", { for: templates.id, part: "label" }, this._T("templates")),
        tf.hint, templates, tf.errs, tf.warns));

    // actions
    this._submitText = this._T("create");
    this._submit = h("button", { type: "submit", class: "primary", part: "button primary-button" },
      h("span", { class: "spinner", "aria-hidden": "true" }), this._submitText);
    this._cancel = h("button", { type: "button", class: "secondary", part: "button", hidden: true,
      on: { click: () => this._busy?.abort() } }, this._T("cancel"));
    this._cancelEdit = h("button", { type: "button", class: "secondary", part: "button", hidden: true,
      on: { click: () => { this._resetForm(); this._switch("manage"); } } }, this._T("cancelEdit"));

    this._form = h("form", { novalidate: true, part: "form", "aria-labelledby": "form-title",
      on: {
        submit: (e) => { e.preventDefault(); this._onSubmit(); },
        input: (e) => this._onEdit(e),
        change: (e) => this._onEdit(e),
        focusout: (e) => this._onBlur(e),
      } },
    this._general, name, url, secretField, eventsBox,
    h("div", { class: "row" }, timeout, retries), enabledField, this._advanced,
    h("div", { class: "actions" }, this._submit, this._cancel, this._cancelEdit));

    this._card = h("section", { class: "card", part: "card", hidden: true, tabindex: "-1", "aria-labelledby": "card-title" });
    return h("section", { class: "view view-create", "aria-labelledby": "form-title" },
      this._formTitle, this._editHint, this._summary, this._form, this._card);
  }

  _buildManage() {
    this._tbody = h("tbody");
    this._emptyList = h("p", { class: "hint", hidden: true }, this._T("empty"));
    const th = (key) => h("th", { scope: "col" }, this._T(key));
    this._table = h("table", { class: "webhooks", part: "table" },
      h("caption", { class: "visually-hidden" }, this._T("manageTitle")),
      h("thead", {}, h("tr", {}, th("colName"), th("colUrl"), th("colEvents"), th("colStatus"), th("colActions"))),
      this._tbody);
    this._manageTitle = h("h2", { id: "manage-title", tabindex: "-1" }, this._T("manageTitle"));
    this._refresh = h("button", { type: "button", class: "secondary", part: "button", on: { click: () => this._loadList() } },
      this._T("refresh"));
    this._logsBox = h("section", { class: "logs", part: "logs", hidden: true, "aria-labelledby": "logs-title" });
    return h("section", { class: "view view-manage", hidden: true, "aria-labelledby": "manage-title" },
      h("div", { class: "manage-head" }, this._manageTitle, this._refresh),
      this._emptyList, h("div", { class: "table-wrap" }, this._table), this._logsBox);
  }

  _buildDialog() {
    this._dialogText = h("p", { id: "dlg-text" });
    this._dialogConfirm = h("button", { type: "button", class: "danger", part: "button danger-button",
      on: { click: () => this._dialog.close("delete") } }, this._T("confirmDelete"));
    const dialog = h("dialog", { part: "dialog", "aria-labelledby": "dlg-title", "aria-describedby": "dlg-text",
      on: { close: () => this._onDialogClose() } },
    h("h2", { id: "dlg-title" }, this._T("confirmTitle")), this._dialogText,
    h("div", { class: "actions" }, this._dialogConfirm,
      h("button", { type: "button", class: "secondary", part: "button", on: { click: () => this._dialog.close("cancel") } },
        this._T("cancel"))));
    return dialog;
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

  _setStatus(text) { this._status.textContent = text; }

  // ---- events picker ------------------------------------------------------------------------------

  _catalogue() {
    const builtIn = availableEvents(this.locale);
    const live = this.#liveEvents;
    if (!live) return builtIn;
    const ids = Array.isArray(live) ? live.map(String) : Object.keys(live);
    const known = new Map(builtIn.map((e) => [e.id, e]));
    const other = this._t("otherEvents");
    return ids.map((id) => known.get(id) ?? {
      id, group: "other", groupLabel: other,
      description: !Array.isArray(live) && typeof live[id] === "string" && live[id] ? live[id] : id,
    });
  }

  _renderEvents() {
    const groups = new Map();
    this._eventIds = [];
    for (const e of this._catalogue()) {
      if (!groups.has(e.group)) groups.set(e.group, { label: e.groupLabel, events: [] });
      groups.get(e.group).events.push(e);
      this._eventIds.push(e.id);
    }
    const blocks = [];
    for (const [group, { label, events }] of groups) {
      const boxes = events.map((e) => h("label", { class: "event", dataset: { search: `${e.id} ${e.description} ${label}`.toLowerCase() } },
        h("input", { type: "checkbox", value: e.id, id: `ev-${e.id}`, part: "checkbox",
          props: { checked: this._selected.has(e.id) }, on: { change: (ev) => this._onEventToggle(ev) } }),
        h("span", { class: "event-text" }, h("span", { class: "desc", text: e.description }),
          h("code", { text: e.id }))));
      blocks.push(h("fieldset", { class: "group", dataset: { group } },
        h("legend", { text: label }),
        h("div", { class: "group-tools" },
          h("button", { type: "button", class: "link", "aria-label": this._t("groupAll", label),
            on: { click: () => this._selectGroup(group, true) } }, this._t("all")),
          h("button", { type: "button", class: "link", "aria-label": this._t("groupNone", label),
            on: { click: () => this._selectGroup(group, false) } }, this._t("none"))),
        h("div", { class: "group-events" }, boxes)));
    }
    // Selected ids that the catalogue no longer has are dropped (they could not be unticked otherwise).
    for (const id of [...this._selected]) if (!this._eventIds.includes(id)) this._selected.delete(id);
    fill(this._eventsGroups, blocks);
    this._applyFilter();
    this._updateCount();
  }

  _onEventToggle(ev) {
    if (ev.target.checked) this._selected.add(ev.target.value);
    else this._selected.delete(ev.target.value);
    this._updateCount();
  }

  _visibleBoxes(group) {
    const scope = group ? this._eventsGroups.querySelector(`fieldset[data-group="${CSS.escape(group)}"]`) : this._eventsGroups;
    return [...scope.querySelectorAll("label.event:not([hidden]) input[type=checkbox]")];
  }

  _setBoxes(boxes, on) {
    for (const box of boxes) {
      box.checked = on;
      if (on) this._selected.add(box.value);
      else this._selected.delete(box.value);
    }
    this._touched.add("events");
    this._dropServerErrors("events");
    this._updateCount();
    this._validate();
  }
  _selectAll(on) { this._setBoxes(this._visibleBoxes(), on); }
  _selectGroup(group, on) { this._setBoxes(this._visibleBoxes(group), on); }

  _applyFilter() {
    const q = this._eventsFilter.value.trim().toLowerCase();
    let shown = 0;
    for (const group of this._eventsGroups.querySelectorAll("fieldset.group")) {
      let inGroup = 0;
      for (const label of group.querySelectorAll("label.event")) {
        const match = !q || q.split(/\s+/).every((w) => label.dataset.search.includes(w));
        label.hidden = !match;
        if (match) inGroup++;
      }
      group.hidden = inGroup === 0;
      shown += inGroup;
    }
    this._noMatch.hidden = shown > 0;
  }

  _updateCount() {
    this._eventsCount.textContent = this._t("count", this._selected.size, this._eventIds?.length ?? 0);
  }

  // ---- secret -------------------------------------------------------------------------------------

  _generateSecret() {
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    const format = this._secretFormat.value;
    const secret = format === "hex"
      ? Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")
      : btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    const input = this._ctl.webhook_secret.control;
    input.value = secret;
    this._touched.add("webhook_secret");
    this._dropServerErrors("webhook_secret");
    this._validate();
    this._setStatus(this._t("generated", format));
  }

  _toggleSecret() {
    const input = this._ctl.webhook_secret.control;
    const show = input.type === "password";
    input.type = show ? "text" : "password";
    this._showSecret.setAttribute("aria-pressed", String(show));
  }

  async _copySecret() {
    const input = this._ctl.webhook_secret.control;
    try {
      await navigator.clipboard.writeText(input.value);
      this._setStatus(this._t("copied"));
    } catch {
      input.focus();
      input.select();
      this._setStatus(this._t("copyFailed"));
    }
  }

  // ---- custom headers -----------------------------------------------------------------------------

  _addHeader(key = "", value = "", focus = true) {
    const entry = {};
    const index = () => [this._headers.indexOf(entry) + 1];
    entry.key = this._A(h("input", { type: "text", class: "h-key", part: "input", autocomplete: "off", spellcheck: "false",
      props: { value }, dataset: { field: "custom_headers" } }), "aria-label", "headerKeyN", index);
    entry.key.value = key;
    entry.value = this._A(h("input", { type: "text", class: "h-value", part: "input", autocomplete: "off", spellcheck: "false",
      dataset: { field: "custom_headers" } }), "aria-label", "headerValueN", index);
    entry.value.value = value;
    entry.errs = h("ul", { class: "errors" });
    entry.remove = this._A(h("button", { type: "button", class: "secondary", part: "button",
      on: { click: () => this._removeHeader(entry) } }, this._T("remove")), "aria-label", "removeHeader", index);
    entry.row = h("div", { class: "header-row" },
      h("div", { class: "header-inputs" }, entry.key, entry.value, entry.remove), entry.errs);
    this._headers.push(entry);
    this._headersRows.append(entry.row);
    this._renumberHeaders();
    this._touched.add("custom_headers");
    if (focus) entry.key.focus();
    this._validate();
  }

  _removeHeader(entry) {
    const i = this._headers.indexOf(entry);
    this._headers.splice(i, 1);
    entry.row.remove();
    this._renumberHeaders();
    this._dropServerErrors("custom_headers");
    const next = this._headers[i] ?? this._headers[i - 1];
    (next ? next.key : this._ctl.custom_headers.control.querySelector(".add-header")).focus();
    this._validate();
  }

  _renumberHeaders() {
    this._headers.forEach((entry, i) => {
      entry.key.id = `f-custom_headers-${i}-key`;
      entry.value.id = `f-custom_headers-${i}-value`;
      entry.errs.id = `e-custom_headers-${i}`;
    });
    this._relabelEntries();
    this._noHeaders.hidden = this._headers.length > 0;
  }
  _relabelEntries() {
    for (const entry of this._labels) if (typeof entry.args === "function") this._apply(entry);
  }

  // ---- the body and its validation ------------------------------------------------------------------

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
    if (this.#liveEvents) opts.events = this.#liveEvents;
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

  // ---- submit ---------------------------------------------------------------------------------------

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

  async _onSubmit() {
    if (!this._ready || this._busy) return;
    this._showAll = true;
    const { body, result, local } = this._validate();
    if (!result.valid || Object.keys(local).length) {
      this._renderSummary();
      this._summary.focus();
      return;
    }
    this._summary.hidden = true;
    const client = this._client();
    if (!client) return;
    const editing = this._editing;
    let payload = body;
    if (editing) {
      payload = this._patch(body);
      if (!Object.keys(payload).length) {
        this._setStatus(this._t("nothingChanged"));
        return;
      }
    }
    const controller = new AbortController();
    this._setBusy(controller);
    this._hideBanner();
    this._sentEvents = body.events;
    const opts = { signal: controller.signal, locale: this.locale };
    if (this.#liveEvents) opts.events = this.#liveEvents;
    try {
      if (editing) {
        const webhook = await client.updateWebhook(this.agentId, editing.id, payload, opts);
        this._resetForm();
        this._switch("manage", this._t("updated", webhook.name));
        this._setStatus(this._t("updated", webhook.name));
        this._manageTitle.focus();
      } else {
        const webhook = await client.createWebhook(this.agentId, payload, opts);
        this._createdWebhook = webhook;
        this._renderCard(webhook);
        this._form.hidden = true;
        this._card.hidden = false;
        this._setStatus(this._t("createdStatus", webhook.name));
        this._card.focus();
        this.dispatchEvent(new CustomEvent("talkover-webhook-created", { detail: webhook, bubbles: true, composed: true }));
      }
    } catch (err) {
      this._fail(err, "create");
    } finally {
      this._setBusy(null);
    }
  }

  _patch(body) {
    const base = this._editBase ?? {};
    const out = {};
    for (const key of new Set([...Object.keys(base), ...Object.keys(body)])) {
      if (JSON.stringify(body[key]) !== JSON.stringify(base[key])) out[key] = key in body ? body[key] : null;
    }
    return out;
  }

  _setBusy(controller) {
    this._busy = controller;
    const editing = Boolean(this._editing);
    this._submitText.data = this._t(controller ? (editing ? "saving" : "creating") : (editing ? "save" : "create"));
    this._labels = this._labels.filter((e) => e.node !== this._submitText);
    if (!controller) this._labels.push({ node: this._submitText, key: editing ? "save" : "create", args: [] });
    this._submit.classList.toggle("busy", Boolean(controller));
    if (controller) this._submit.setAttribute("aria-disabled", "true");
    else this._submit.removeAttribute("aria-disabled");
    this._form.setAttribute("aria-busy", String(Boolean(controller)));
    this._cancel.hidden = !controller;
    this._setStatus(controller ? this._t("sending") : this._status.textContent);
  }

  /** Shows a typed error: field errors for a 422, a banner saying what to do for everything else. */
  _fail(err, context) {
    if (err?.kind === "validation" && context === "create") {
      this._serverErrors = err.source === "server" ? { ...err.fieldErrors } : {};
      this._showAll = true;
      this._renderMessages();
      this._renderSummary();
    }
    this._showError(err, context);
    if (err?.kind === "validation" && context === "create" && !this._summary.hidden) this._summary.focus();
    this.dispatchEvent(new CustomEvent("talkover-webhook-error", { detail: err, bubbles: true, composed: true }));
  }

  _describe(err) {
    const kind = err?.kind;
    let origin = this.baseUrl;
    try { origin = new URL(this.baseUrl).origin; } catch { /* keep the text */ }
    switch (kind) {
      case "config": return { title: err.message };
      case "validation":
        if (err.code === "LOG_NOT_RETRIABLE") return { title: this._t("err_retry_not_allowed"), detail: err.message };
        return { title: this._t(err.source === "client" ? "err_validation_client" : "err_validation_server"), detail: err.message };
      case "authentication": return { title: this._t("err_authentication"), detail: err.message };
      case "permission": return { title: this._t("err_permission"), detail: err.message };
      case "not_found": return { title: this._t(`err_not_found_${err.resource ?? "route"}`), detail: err.message };
      case "rate_limit": return { title: this._t("err_rate_limit", err.retryAfter), detail: err.message };
      case "server": return { title: this._t("err_server"), detail: err.message };
      case "network": return { title: this._t("err_network", origin) };
      case "timeout": return { title: this._t("err_timeout", this.timeoutMs) };
      case "abort": return { title: this._t("err_abort") };
      case "unexpected_response": return { title: this._t("err_unexpected"), detail: err.message };
      default: return { title: String(err?.message ?? err) };
    }
  }

  _showError(err, context, announce = true) {
    this._lastError = { err, context };
    const { title, detail } = this._describe(err);
    const parts = [h("p", { class: "banner-title", text: title })];
    if (detail && detail !== title) parts.push(h("p", { class: "banner-detail" }, `${this._t("serverSaid")} `, h("span", { text: detail })));
    if (err?.requestId) parts.push(h("p", { class: "banner-detail", text: `${this._t("requestId")} ${err.requestId}` }));
    parts.push(h("button", { type: "button", class: "link dismiss", on: { click: () => this._hideBanner(true) } }, this._t("dismiss")));
    fill(this._banner, parts);
    this._banner.dataset.kind = err?.kind ?? "error";
    this._banner.hidden = false;
    if (announce) this._setStatus("");
  }

  _hideBanner(refocus = false) {
    this._banner.hidden = true;
    this._lastError = null;
    if (refocus) (this._view === "create" ? this._submit : this._manageTitle).focus();
  }

  _renderCard(webhook) {
    const status = webhook.status ?? (webhook.enabled ? "active" : "disabled");
    this._cardResult = h("p", { class: "test-result" });
    fill(this._card,
      h("h3", { id: "card-title", text: this._t("created") }),
      h("dl", {},
        h("dt", { text: this._t("name") }), h("dd", { text: webhook.name }),
        h("dt", { text: this._t("id") }), h("dd", {}, h("code", { text: webhook.id })),
        h("dt", { text: this._t("status") }), h("dd", {}, h("span", { class: `badge st-${status}`, text: this._t(`st_${status}`) })),
        h("dt", { text: this._t("events") }), h("dd", {}, h("ul", { class: "event-list" },
          webhook.events.map((id) => h("li", {}, h("code", { text: id })))))),
      this._cardResult,
      h("div", { class: "actions" },
        h("button", { type: "button", class: "primary", part: "button primary-button",
          on: { click: () => this._testFromCard(webhook) } }, this._t("sendTest")),
        h("button", { type: "button", class: "secondary", part: "button",
          on: { click: () => { this._resetForm(); this._ctl.name.control.focus(); } } }, this._t("createAnother")),
        h("button", { type: "button", class: "secondary", part: "button",
          on: { click: () => { this._switch("manage"); this._manageTitle.focus(); } } }, this._t("openManage"))));
  }

  async _testFromCard(webhook) {
    const result = await this._runTest(webhook);
    if (result) this._cardResult.textContent = this._t("testResult", result.statusCode, result.responseTime);
  }

  _resetForm() {
    this._busy?.abort();
    this._editing = null;
    this._editBase = null;
    this._createdWebhook = null;
    for (const key of ["name", "webhook_url", "webhook_secret", "payload_templates"]) this._ctl[key].control.value = "";
    this._ctl.timeout.control.value = DEFAULTS.timeout;
    this._ctl.max_retries.control.value = DEFAULTS.max_retries;
    this._ctl.http_method.control.value = DEFAULTS.http_method;
    this._ctl.authorization_scheme.control.value = DEFAULTS.authorization_scheme;
    this._ctl.enabled.control.checked = true;
    this._ctl.webhook_secret.control.type = "password";
    this._showSecret.setAttribute("aria-pressed", "false");
    for (const entry of this._headers) entry.row.remove();
    this._headers = [];
    this._renumberHeaders();
    this._selected.clear();
    this._eventsFilter.value = "";
    this._touched.clear();
    this._showAll = false;
    this._serverErrors = {};
    this._summary.hidden = true;
    this._form.hidden = false;
    this._card.hidden = true;
    this._editHint.hidden = true;
    this._cancelEdit.hidden = true;
    this._setTitle("newWebhook");
    this._setSubmitLabel("create");
    this._hideBanner();
    if (this._ready) { this._renderEvents(); this._validate(); }
  }

  _setTitle(key, ...args) {
    this._labels = this._labels.filter((e) => e.node !== this._formTitleText);
    this._labels.push({ node: this._formTitleText, key, args });
    this._apply(this._labels.at(-1));
  }
  _setSubmitLabel(key) {
    this._labels = this._labels.filter((e) => e.node !== this._submitText);
    this._labels.push({ node: this._submitText, key, args: [] });
    this._apply(this._labels.at(-1));
  }

  _edit(webhook) {
    this._resetForm();
    this._editing = webhook;
    this._ctl.name.control.value = webhook.name ?? "";
    this._ctl.webhook_url.control.value = webhook.webhook_url ?? "";
    if (webhook.timeout != null) this._ctl.timeout.control.value = String(webhook.timeout);
    if (webhook.max_retries != null) this._ctl.max_retries.control.value = String(webhook.max_retries);
    this._ctl.enabled.control.checked = webhook.enabled !== false;
    for (const id of webhook.events ?? []) this._selected.add(id);
    this._renderEvents();
    this._editBase = this._collect().body;
    this._editHint.hidden = false;
    this._cancelEdit.hidden = false;
    this._setTitle("editWebhook", webhook.name ?? "");
    this._setSubmitLabel("save");
    this._switch("create");
    this._validate();
    this._ctl.name.control.focus();
  }

  // ---- manage ---------------------------------------------------------------------------------------

  async _loadList(message) {
    const client = this._client();
    if (!client) return;
    this._listAbort?.abort();
    const controller = new AbortController();
    this._listAbort = controller;
    this._setStatus(this._t("loading"));
    this._manageView.setAttribute("aria-busy", "true");
    try {
      const { webhooks } = await client.listWebhooks(this.agentId, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this._webhooks = webhooks;
      this._renderTable();
      if (this._logs && !webhooks.some((w) => w.id === this._logs.webhook.id)) this._closeLogs(false);
      this._setStatus(message ? `${message} ${this._t("loaded", webhooks.length)}` : this._t("loaded", webhooks.length));
    } catch (err) {
      if (err?.kind === "abort" && this._listAbort !== controller) return;
      this._webhooks = [];
      this._renderTable();
      this._fail(err, "list");
    } finally {
      if (this._listAbort === controller) this._manageView.removeAttribute("aria-busy");
    }
  }

  _renderTable() {
    if (!this._built) return;
    this._emptyList.hidden = this._webhooks.length > 0;
    this._table.hidden = this._webhooks.length === 0;
    fill(this._tbody, this._webhooks.map((w) => this._row(w)));
  }

  _row(w) {
    const status = w.status ?? (w.enabled ? "active" : "disabled");
    const statusText = h("span", { class: `badge st-${status}`, text: this._t(`st_${status}`) });
    const result = h("span", { class: "test-result" });
    const toggle = h("input", { type: "checkbox", role: "switch", class: "switch", part: "switch",
      "aria-label": this._t("toggleLabel", w.name), props: { checked: Boolean(w.enabled) } });
    toggle.addEventListener("change", () => this._toggle(w, toggle, statusText));
    const cell = (key, ...children) => h("td", { dataset: { label: this._t(key) } }, ...children);
    return h("tr", { dataset: { id: w.id } },
      cell("colName", h("span", { class: "wh-name", text: w.name })),
      cell("colUrl", h("span", { class: "url", text: w.webhook_url })),
      cell("colEvents", String(w.events_count ?? w.events?.length ?? 0)),
      cell("colStatus", h("span", { class: "status-cell" }, toggle, statusText)),
      cell("colActions", h("div", { class: "row-actions" },
        h("button", { type: "button", class: "secondary small", part: "button", "aria-label": this._t("testAria", w.name),
          on: { click: async () => {
            const r = await this._runTest(w);
            if (r) result.textContent = `HTTP ${r.statusCode} · ${r.responseTime} ms`;
          } } }, this._t("test")),
        h("button", { type: "button", class: "secondary small", part: "button", "aria-label": this._t("editAria", w.name),
          on: { click: () => this._edit(w) } }, this._t("edit")),
        h("button", { type: "button", class: "secondary small", part: "button", "aria-label": this._t("logsAria", w.name),
          on: { click: () => this._openLogs(w) } }, this._t("logs")),
        h("button", { type: "button", class: "danger small", part: "button danger-button", "aria-label": this._t("delAria", w.name),
          on: { click: (e) => this._confirmDelete(w, e.currentTarget) } }, this._t("del")),
        result)));
  }

  async _toggle(w, toggle, statusText) {
    const client = this._client();
    if (!client) { toggle.checked = Boolean(w.enabled); return; }
    toggle.setAttribute("aria-busy", "true");
    try {
      const updated = await client.toggleWebhook(this.agentId, w.id);
      Object.assign(w, updated);
      toggle.checked = Boolean(updated.enabled);
      const status = updated.status ?? (updated.enabled ? "active" : "disabled");
      statusText.className = `badge st-${status}`;
      statusText.textContent = this._t(`st_${status}`);
      this._hideBanner();
      this._setStatus(this._t("toggled", w.name, Boolean(updated.enabled)));
    } catch (err) {
      toggle.checked = Boolean(w.enabled);
      this._fail(err, "toggle");
    } finally {
      toggle.removeAttribute("aria-busy");
    }
  }

  async _runTest(w) {
    const client = this._client();
    if (!client) return null;
    this._setStatus(this._t("testing"));
    try {
      const result = await client.testWebhook(this.agentId, w.id);
      this._hideBanner();
      this._setStatus(this._t("testResult", result.statusCode, result.responseTime));
      if (this._logs?.webhook.id === w.id) this._loadLogs();
      return result;
    } catch (err) {
      this._fail(err, "test");
      return null;
    }
  }

  _confirmDelete(w, opener) {
    this._pendingDelete = { webhook: w, opener };
    this._dialogText.textContent = this._t("confirmText", w.name);
    this._dialog.returnValue = "";
    this._dialog.showModal();
    this._dialog.querySelector("button.secondary").focus();
  }

  async _onDialogClose() {
    const pending = this._pendingDelete;
    this._pendingDelete = null;
    if (!pending) return;
    if (this._dialog.returnValue !== "delete") {
      pending.opener?.focus();
      return;
    }
    const client = this._client();
    if (!client) return;
    try {
      await client.deleteWebhook(this.agentId, pending.webhook.id);
      this._webhooks = this._webhooks.filter((x) => x.id !== pending.webhook.id);
      if (this._logs?.webhook.id === pending.webhook.id) this._closeLogs(false);
      this._renderTable();
      this._hideBanner();
      this._setStatus(this._t("deleted", pending.webhook.name));
      this._manageTitle.focus();
    } catch (err) {
      this._fail(err, "delete");
      pending.opener?.focus();
    }
  }

  _openLogs(w) {
    this._logs = { webhook: w, page: 1, perPage: this._logs?.perPage ?? PER_PAGE[0], items: null, pagination: null };
    this._logsBox.hidden = false;
    this._renderLogs();
    this._loadLogs(true);
  }

  _closeLogs(refocus = true) {
    const id = this._logs?.webhook.id;
    this._logs = null;
    this._logsBox.hidden = true;
    fill(this._logsBox);
    if (refocus && id) this._tbody.querySelector(`tr[data-id="${CSS.escape(id)}"] button`)?.focus();
  }

  async _loadLogs(focus = false) {
    const logs = this._logs;
    if (!logs) return;
    const client = this._client();
    if (!client) return;
    this._setStatus(this._t("loading"));
    try {
      const page = await client.listDeliveries(this.agentId, logs.webhook.id, { page: logs.page, perPage: logs.perPage });
      if (this._logs !== logs) return;
      logs.items = page.items;
      logs.pagination = page.pagination;
      this._renderLogs();
      this._setStatus(this._t("pageOf", page.pagination.current_page, Math.max(1, page.pagination.last_page), page.pagination.total));
      if (focus) this._logsBox.querySelector("h3")?.focus();
    } catch (err) {
      this._fail(err, "logs");
    }
  }

  _renderLogs() {
    const logs = this._logs;
    if (!logs || !this._built) return;
    const title = h("h3", { id: "logs-title", tabindex: "-1", text: this._t("logsTitle", logs.webhook.name) });
    const close = h("button", { type: "button", class: "secondary small", part: "button", on: { click: () => this._closeLogs() } },
      this._t("closeLogs"));
    const perPage = h("select", { id: "logs-per-page", part: "select",
      on: { change: (e) => { logs.perPage = Number(e.target.value); logs.page = 1; this._loadLogs(); } } },
    PER_PAGE.map((n) => h("option", { value: String(n), text: String(n), props: { selected: n === logs.perPage } })));
    const head = h("div", { class: "logs-head" }, title,
      h("div", { class: "logs-tools" }, h("label", { for: "logs-per-page" }, this._t("perPage")), perPage, close));
    if (!logs.items) {
      fill(this._logsBox, head, h("p", { class: "hint", text: this._t("loading") }));
      return;
    }
    const p = logs.pagination;
    const last = Math.max(1, p.last_page);
    const th = (key) => h("th", { scope: "col", text: this._t(key) });
    const cell = (key, ...children) => h("td", { dataset: { label: this._t(key) } }, ...children);
    const rows = logs.items.map((log) => {
      const when = formatTime(log.created_at, this.locale);
      const retriable = log.status === "failed" || log.status === "retrying";
      return h("tr", { dataset: { id: log.id, status: log.status } },
        cell("colEvent", h("code", { text: log.event })),
        cell("colStatus", h("span", { class: `badge ls-${log.status}`, text: this._t(`ls_${log.status}`) })),
        cell("colHttp", log.http_status == null ? "—" : String(log.http_status)),
        cell("colAttempt", log.attempt == null ? "—" : String(log.attempt)),
        cell("colTime", when),
        cell("colError", log.error ? h("span", { class: "log-error", text: log.error }) : "—"),
        cell("colActions", retriable
          ? h("button", { type: "button", class: "secondary small", part: "button",
            "aria-label": this._t("retryAria", log.event, when), on: { click: () => this._retry(log) } }, this._t("retry"))
          : ""));
    });
    const pager = h("div", { class: "pager" },
      h("button", { type: "button", class: "secondary small", part: "button", disabled: p.current_page <= 1,
        on: { click: () => { logs.page = p.current_page - 1; this._loadLogs(); } } }, this._t("prev")),
      h("span", { class: "page-of", text: this._t("pageOf", p.current_page, last, p.total) }),
      h("button", { type: "button", class: "secondary small", part: "button", disabled: p.current_page >= last,
        on: { click: () => { logs.page = p.current_page + 1; this._loadLogs(); } } }, this._t("next")));
    fill(this._logsBox, head,
      logs.items.length
        ? h("div", { class: "table-wrap" }, h("table", { class: "deliveries", part: "table" },
          h("caption", { class: "visually-hidden", text: this._t("logsTitle", logs.webhook.name) }),
          h("thead", {}, h("tr", {}, th("colEvent"), th("colStatus"), th("colHttp"), th("colAttempt"), th("colTime"),
            th("colError"), th("colActions"))),
          h("tbody", {}, rows)))
        : h("p", { class: "hint", text: this._t("noLogs") }),
      pager);
  }

  async _retry(log) {
    const logs = this._logs;
    const client = this._client();
    if (!client || !logs) return;
    try {
      const queued = await client.retryDelivery(this.agentId, logs.webhook.id, log.id);
      this._hideBanner();
      await this._loadLogs();
      this._setStatus(this._t("retried", queued.log_id));
      this._logsBox.querySelector("h3")?.focus();
    } catch (err) {
      this._fail(err, "retry");
    }
  }
}

function setDescribedBy(el, ids) {
  const value = ids.filter(Boolean).join(" ");
  if (value) el.setAttribute("aria-describedby", value);
  else el.removeAttribute("aria-describedby");
}

function formatTime(value, locale) {
  if (!value) return "—";
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  return d.toLocaleString(locale, { dateStyle: "short", timeStyle: "medium" });
}

if (!customElements.get("talkover-webhook-form")) customElements.define("talkover-webhook-form", TalkoverWebhookForm);
