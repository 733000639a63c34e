// Text that follows the element's locale: every translated Text node and attribute is remembered,
// so switching `locale` relabels the whole shadow tree in place (no rebuild, focus and input kept).
import { translate } from "./i18n.js";

/** Methods of <talkover-webhook-form>, mixed into it by talkover-webhook-form.js (one shared `this`). */
export class LocaleLabels {
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
  _relabelEntries() {
    for (const entry of this._labels) if (typeof entry.args === "function") this._apply(entry);
  }
}
