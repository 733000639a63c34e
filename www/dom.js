// A tiny DOM builder. Everything is created with createElement / textContent / setAttribute:
// there is deliberately no way to pass HTML, so server-supplied strings can only ever become text.

/**
 * h("button", { class: "x", type: "button", text: "Save", on: { click } }, child, "text", [more])
 * - `text` sets textContent; strings among the children become Text nodes.
 * - `on` adds listeners; `props` assigns DOM properties (value, checked, …); other keys are attributes
 *   (null/undefined/false skips them, true sets an empty attribute).
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "innerHTML" || key === "outerHTML" || key === "style" || key.startsWith("on") && key !== "on") {
      throw new TypeError(`h(): "${key}" is not allowed`);
    }
    if (key === "text") el.textContent = String(value);
    else if (key === "on") for (const [type, fn] of Object.entries(value)) el.addEventListener(type, fn);
    else if (key === "props") Object.assign(el, value);
    else if (key === "dataset") Object.assign(el.dataset, value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replace an element's children (strings become text). */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}
