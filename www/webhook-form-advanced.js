// The "Advanced" disclosure: HTTP method, authorization scheme, custom header rows and payload
// templates. Header rows are renumbered on every add/remove so their ids match the validator's
// custom_headers.N.key / .value error keys.
import { h } from "./dom.js";

const AUTH_SCHEMES = [["none", "authNone"], ["bearer", "authBearer"], ["basic", "authBasic"],
  ["api_key", "authApiKey"], ["custom", "authCustom"]];

/** Methods of <talkover-webhook-form>, mixed into it by talkover-webhook-form.js (one shared `this`). */
export class AdvancedSection {
  _buildAdvanced() {
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
    return this._advanced;
  }

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
}
