// Telling the user what happened: the polite status line, and the alert banner that turns a typed
// TalkoverError into what to do next (check the token, the URL, wait N seconds…). Every failure also
// fires a `talkover-webhook-error` event for the host page.
import { h, fill } from "./dom.js";

/** Methods of <talkover-webhook-form>, mixed into it by talkover-webhook-form.js (one shared `this`). */
export class Feedback {
  _setStatus(text) { this._status.textContent = text; }

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
}
