// The manage view: the agent's webhooks in a table, each row with an enable switch, send test, edit,
// deliveries and delete (behind a confirmation dialog). Delivery logs are in webhook-form-deliveries.js.
import { h, fill } from "./dom.js";

/** Methods of <talkover-webhook-form>, mixed into it by talkover-webhook-form.js (one shared `this`). */
export class ManageView {
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
}
