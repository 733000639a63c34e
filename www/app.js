// The bundled page: connection settings and a language switch around <talkover-webhook-form>.
// The token lives in memory (the element's `token` property); only if the user ticks "remember for
// this tab" is it also kept in sessionStorage. Never localStorage, never the URL.
import "./talkover-webhook-form.js";
import { translate, normalizeLocale } from "./i18n.js";

const STORE = "talkover-webhooks.connection";
const $ = (id) => document.getElementById(id);
const el = $("webhooks");
const fields = { baseUrl: $("conn-base-url"), agentId: $("conn-agent"), token: $("conn-token") };
const remember = $("conn-remember");
let locale = "en";
let source = "connManual";

function t(key, ...args) { return translate(locale, key, ...args); }

function setLocale(value) {
  locale = normalizeLocale(value);
  document.documentElement.lang = locale;
  document.title = t("pageTitle");
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  $("conn-token-show").textContent = t(fields.token.type === "password" ? "show" : "hide");
  $("conn-status").textContent = t(source);
  el.setAttribute("locale", locale);
}

function apply() {
  el.setAttribute("base-url", fields.baseUrl.value.trim());
  el.setAttribute("agent-id", fields.agentId.value.trim());
  el.token = fields.token.value.trim() || undefined;
  if (remember.checked) {
    sessionStorage.setItem(STORE, JSON.stringify({
      baseUrl: fields.baseUrl.value, agentId: fields.agentId.value, token: fields.token.value,
    }));
  } else {
    sessionStorage.removeItem(STORE);
  }
}

async function initialSettings() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORE) ?? "null");
    if (saved && typeof saved === "object") {
      remember.checked = true;
      return { ...saved, source: "connFromSession" };
    }
  } catch { /* ignore a corrupt entry */ }
  try {
    const res = await fetch("./devserver.json", { headers: { Accept: "application/json" }, cache: "no-store" });
    if (res.ok) {
      const s = await res.json();
      return { baseUrl: s.baseUrl ?? "", agentId: s.agentId ?? "", token: s.token ?? "", source: "connFromDevserver" };
    }
  } catch { /* not the dev server */ }
  return { baseUrl: "https://app.talkover.ai/api/v1", agentId: "", token: "", source: "connManual" };
}

// A request the CSP refuses fails like a network error; say why.
document.addEventListener("securitypolicyviolation", (e) => {
  if (e.effectiveDirective !== "connect-src") return;
  let origin = e.blockedURI;
  try { origin = new URL(e.blockedURI).origin; } catch { /* keep it */ }
  $("conn-status").textContent = t("cspBlocked", origin);
  $("connection-box").open = true;
});

$("connection").addEventListener("submit", (e) => { e.preventDefault(); apply(); });
$("connection").addEventListener("input", apply);
remember.addEventListener("change", apply);
$("conn-token-show").addEventListener("click", (e) => {
  const show = fields.token.type === "password";
  fields.token.type = show ? "text" : "password";
  e.currentTarget.setAttribute("aria-pressed", String(show));
  e.currentTarget.textContent = t(show ? "hide" : "show");
});
$("lang").addEventListener("change", (e) => setLocale(e.target.value));

const settings = await initialSettings();
fields.baseUrl.value = settings.baseUrl;
fields.agentId.value = settings.agentId;
fields.token.value = settings.token;
source = settings.source;
if (!settings.agentId || !settings.token) $("connection-box").open = true;
setLocale(navigator.language?.toLowerCase().startsWith("pt") ? "pt-BR" : "en");
$("lang").value = locale;
apply();
await el.ready;
document.body.dataset.ready = "true";
