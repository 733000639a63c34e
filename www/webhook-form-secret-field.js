// The webhook secret: a password-style input with generate (32 random bytes, hex or base64url),
// show/hide and copy. The value is never stored or logged; it only goes out in the request body.
import { h } from "./dom.js";

/** Methods of <talkover-webhook-form>, mixed into it by talkover-webhook-form.js (one shared `this`). */
export class SecretField {
  _buildSecretField() {
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
    return secretField;
  }

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
}
