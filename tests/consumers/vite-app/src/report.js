import { runScenario } from "../../shared/scenario.mjs";

// The dev server's origin comes in the query string (?api=http://127.0.0.1:PORT); the page is served
// from another origin, so every API call is a real cross-origin request.
export async function report(lib, label) {
  const api = new URLSearchParams(location.search).get("api");
  let checks;
  try {
    checks = await runScenario(lib, api, label);
  } catch (err) {
    checks = [{ name: `${label}: scenario`, ok: false, detail: String(err?.stack ?? err) }];
  }
  document.getElementById("out").textContent = JSON.stringify(checks, null, 2);
  window.__checks = checks;
}
