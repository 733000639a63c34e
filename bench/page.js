// Bench page. ?mode=cold&which=ours|ajv|valibot measures one cold start (nothing imported before t0);
// ?mode=throughput exposes window.runThroughput(opts) for bench/browser.mjs.
const params = new URLSearchParams(location.search);
const BODY = {
  name: "CRM sync",
  webhook_url: "https://hooks.example.com/talkover",
  events: ["event_phone_call_ended", "event_action"],
  timeout: 30,
  enabled: true,
  custom_headers: [{ key: "X-Source", value: "talkover" }],
};

async function cold(which) {
  const t0 = performance.now();
  let tImport, tInit, ok;
  if (which === "ours") {
    const m = await import("/pkg/talkover_webhooks.js");
    tImport = performance.now();
    await m.default({ module_or_path: "/pkg/talkover_webhooks_bg.wasm" });
    tInit = performance.now();
    ok = m.validateWebhook(BODY).valid;
  } else if (which === "ajv") {
    const m = await import("/bench/out/ajv_validate.mjs");
    tImport = tInit = performance.now();
    ok = m.validate(BODY);
  } else {
    const m = await import("/bench/out/valibot_bundle.mjs");
    tImport = tInit = performance.now();
    ok = m.validate(BODY).success;
  }
  const t1 = performance.now();
  return { total: t1 - t0, import: tImport - t0, init: tInit - tImport, firstCall: t1 - tInit, ok };
}

if (params.get("mode") === "cold") {
  cold(params.get("which")).then((r) => { window.__result = r; }, (e) => { window.__result = { error: String(e && e.stack || e) }; });
} else {
  window.runThroughput = async (opts) => {
    const [{ runAll }, { makeCorpus }, glue, ajv, valibot] = await Promise.all([
      import("/bench/harness.js"), import("/bench/corpus.js"), import("/pkg/talkover_webhooks.js"),
      import("/bench/out/ajv_validate.mjs"), import("/bench/out/valibot_bundle.mjs"),
    ]);
    await glue.default({ module_or_path: "/pkg/talkover_webhooks_bg.wasm" });
    return runAll({ ours: glue.validateWebhook, ajv: ajv.validate, valibot: valibot.validate }, makeCorpus(), opts);
  };
  window.__ready = true;
}
