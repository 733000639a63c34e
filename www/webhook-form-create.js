// The create form: its skeleton (title, the simple fields, actions, the "created" card), reset to the
// defaults, and loading a webhook into it for editing. The secret, events and advanced sections build
// themselves (webhook-form-secret-field.js, -events-picker.js, -advanced.js); checking and sending the
// body live in webhook-form-validation.js and webhook-form-submit.js.
import { h, fill } from "./dom.js";

/** What a fresh form holds (also what reset() restores). */
const DEFAULTS = { timeout: "30", max_retries: "3", http_method: "POST", authorization_scheme: "none" };

/** Methods of <talkover-webhook-form>, mixed into it by talkover-webhook-form.js (one shared `this`). */
export class CreateForm {
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

    const secretField = this._buildSecretField();
    const eventsBox = this._buildEventsPicker();

    // numbers and switch
    const timeout = this._textField("timeout", "timeout", "timeoutHint", { inputmode: "numeric", value: DEFAULTS.timeout });
    const retries = this._textField("max_retries", "maxRetries", "maxRetriesHint",
      { inputmode: "numeric", value: DEFAULTS.max_retries });
    const enabled = h("input", { type: "checkbox", role: "switch", class: "switch", part: "switch", props: { checked: true } });
    const ef = this._field("enabled", enabled, "enabled", "enabledHint");
    const enabledField = h("div", { class: "field field-enabled", part: "field" },
      h("div", { class: "switch-row" }, enabled, h("label", { for: enabled.id, part: "label" }, this._T("enabled"))),
      ef.hint, ef.errs, ef.warns);

    this._buildAdvanced();

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
}
