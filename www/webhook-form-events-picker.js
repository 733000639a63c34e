// The events picker: checkboxes grouped as the catalogue groups them, a filter, select all/none per
// group or overall, and the "N of M selected" count. The catalogue is the validator's built-in list,
// or the live `events` property when set (ids it doesn't know are shown under "Other").
import { availableEvents } from "./pkg/index.js";
import { h, fill } from "./dom.js";

/** Methods of <talkover-webhook-form>, mixed into it by talkover-webhook-form.js (one shared `this`). */
export class EventsPicker {
  _buildEventsPicker() {
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
    return eventsBox;
  }

  _catalogue() {
    const builtIn = availableEvents(this.locale);
    const live = this.events;
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
}
