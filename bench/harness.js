// Timing helpers shared by Node and the browser page (plain ES module, no imports).
const now = typeof performance !== "undefined" ? () => performance.now() : () => Date.now();

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// Runs `fn` over every item of `items`, in rounds of whole passes. Warm-up first (time-based), then the
// number of passes per round is chosen so a round lasts >= minRoundMs. Returns ops/s (median of rounds).
export function measure(fn, items, { warmupMs = 300, minRoundMs = 150, rounds = 7 } = {}) {
  let sink = 0;
  const pass = () => { for (let i = 0; i < items.length; i++) sink += fn(items[i]) ? 1 : 0; };
  let passes = 0;
  const w0 = now();
  do { pass(); passes++; } while (now() - w0 < warmupMs);
  const msPerPass = (now() - w0) / passes;
  const per = Math.max(1, Math.ceil(minRoundMs / msPerPass));
  const rates = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = now();
    for (let p = 0; p < per; p++) pass();
    const dt = now() - t0;
    rates.push((per * items.length) / (dt / 1000));
  }
  const med = median(rates);
  return { opsPerSec: med, usPerOp: 1e6 / med, min: Math.min(...rates), max: Math.max(...rates), rounds, passesPerRound: per, sink };
}

// The three validators behind one shape: (body) => boolean valid.
export function adapters({ ours, ajv, valibot }) {
  return {
    ours: (b) => ours(b).valid,
    ajv: (b) => ajv(b),
    valibot: (b) => valibot(b).success,
  };
}

// Throughput of the three, plus where our time goes (the JS-side pieces of one validateWebhook call).
export function runAll(validators, corpus, opts) {
  const bodies = corpus.map((c) => c.body);
  const a = adapters(validators);
  const res = {};
  const valid = {};
  for (const k of ["ours", "ajv", "valibot"]) {
    valid[k] = bodies.reduce((n, b) => n + (a[k](b) ? 1 : 0), 0);
    res[k] = measure(a[k], bodies, opts);
  }
  // Breakdown: JSON.stringify(input) (done by the glue via js_sys::JSON), UTF-16 → UTF-8 copy of that text
  // (what passing a string into wasm costs), JSON.parse of the result text (done via js_sys::JSON).
  const texts = bodies.map((b) => JSON.stringify(b));
  const resultTexts = bodies.map((b) => JSON.stringify(validators.ours(b)));
  const enc = new TextEncoder();
  const buf = new Uint8Array(1 << 16);
  let i = 0, j = 0;
  const breakdown = {
    stringify: measure((b) => JSON.stringify(b).length > 0, bodies, opts).usPerOp,
    utf8: measure((t) => enc.encodeInto(t, buf).written > 0, texts, opts).usPerOp,
    parse: measure((t) => JSON.parse(t) !== null, resultTexts, opts).usPerOp,
    inputBytes: texts.reduce((n, t) => n + t.length, 0) / texts.length,
    resultBytes: resultTexts.reduce((n, t) => n + t.length, 0) / resultTexts.length,
  };
  return { throughput: res, valid, n: bodies.length, breakdown };
}
