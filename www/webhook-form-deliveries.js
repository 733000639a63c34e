// The deliveries panel under the manage table: one webhook's delivery logs, paged, with retry for
// failed or retrying deliveries.
import { h, fill } from "./dom.js";

const PER_PAGE = [5, 10, 25, 50];

function formatTime(value, locale) {
  if (!value) return "—";
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  return d.toLocaleString(locale, { dateStyle: "short", timeStyle: "medium" });
}

/** Methods of <talkover-webhook-form>, mixed into it by talkover-webhook-form.js (one shared `this`). */
export class DeliveriesPanel {
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
