// Sending the form: create, or update with only the fields that changed since the edit began;
// the busy state (spinner, cancel) while a request is in flight.

/** Methods of <talkover-webhook-form>, mixed into it by talkover-webhook-form.js (one shared `this`). */
export class Submit {
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
    if (this.events) opts.events = this.events;
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
}
