// Shared "never trap, never throw" checking logic for the talkover-webhooks module.
// Plain ES module with no imports: the Node runner and the browser page both use it.
//
//   const summary = await runHostileCheck({ load, cases, env, onProgress });
//
// `load(n)` must return (or resolve to) a FRESH instance of the module's API
// `{ validateWebhook, availableEvents, memory? }` each time it is called (n = 0, 1, 2, …): after a
// trap a WebAssembly instance is poisoned, so the checker asks for a new one and carries on.
// `cases` is an iterable of cases as yielded by `hostileValues()` (see hostile-values.mjs).
//
// The summary counts, per case:
//   traps     - a WebAssembly.RuntimeError (or an error mentioning unreachable / out of bounds /
//               memory), from the call itself or from a re-entrant call made by a getter / toJSON;
//   throws    - any other exception out of validateWebhook; out of availableEvents anything but a
//               RangeError for a locale other than undefined / null / 'en' / 'pt-BR';
//   malformed - a result that is not a well-formed ValidationResult (see checkResult).
// passed = count - (cases with any failure). The summary is plain JSON data.

export const ISSUE_RULES = new Set(['required', 'string', 'max', 'min', 'url', 'array', 'in', 'integer', 'between',
  'boolean', 'json', 'options', 'body_size', 'insecure_scheme', 'non_http_scheme', 'local_host', 'private_host', 'blank_name',
  'duplicate_event', 'unknown_field', 'not_an_object', 'undecodable_body', 'truncated_issues']);
export const WARNING_CODES = new Set(['insecure_scheme', 'non_http_scheme', 'local_host', 'private_host', 'blank_name',
  'duplicate_event', 'unknown_field', 'not_an_object', 'undecodable_body', 'truncated_issues']);
const RESULT_KEYS = new Set(['valid', 'errors', 'issues', 'warnings', 'value']);
const BODY_FIELDS = new Set(['name', 'webhook_url', 'webhook_secret', 'events', 'timeout', 'max_retries', 'enabled',
  'http_method', 'authorization_scheme', 'custom_headers', 'payload_templates']);
const EVENT_GROUPS = new Set(['phone_call', 'participant', 'voicemail', 'conversation', 'action', 'recording',
  'connection', 'user', 'client']);

const isPlainObject = (x) => x !== null && typeof x === 'object' && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;
const isStr = (x) => typeof x === 'string';

/** Reads a property of something thrown without letting a hostile thrown value throw again. */
function safeGet(obj, key) {
  try { return obj == null ? undefined : obj[key]; } catch { return undefined; }
}

export function describeError(e) {
  try {
    if (e === null || (typeof e !== 'object' && typeof e !== 'function')) return `${typeof e}: ${String(e).slice(0, 200)}`;
    const name = safeGet(e, 'name') ?? safeGet(safeGet(e, 'constructor'), 'name') ?? 'object';
    const msg = safeGet(e, 'message');
    return `${String(name)}: ${String(msg ?? '').slice(0, 300)}`;
  } catch {
    return 'unprintable exception';
  }
}

/** A trap: the instance executed `unreachable`, accessed memory out of bounds, or ran out of memory. */
export function isTrap(e) {
  try {
    if (typeof WebAssembly !== 'undefined' && e instanceof WebAssembly.RuntimeError) return true;
  } catch { /* a revoked proxy thrown as an exception makes instanceof throw */ }
  const msg = safeGet(e, 'message');
  return typeof msg === 'string' && /unreachable|out of bounds|memory/i.test(msg);
}

/** Why `r` is not a well-formed ValidationResult, or null when it is. */
export function checkResult(r) {
  if (!isPlainObject(r)) return `result is not a plain object (${r === null ? 'null' : typeof r})`;
  for (const k of Object.keys(r)) if (!RESULT_KEYS.has(k)) return `unexpected result key ${JSON.stringify(k)}`;
  if (typeof r.valid !== 'boolean') return `valid is ${typeof r.valid}, not boolean`;
  if (!isPlainObject(r.errors)) return 'errors is not a plain object';
  let messages = 0;
  for (const [field, list] of Object.entries(r.errors)) {
    if (!Array.isArray(list) || list.length === 0 || !list.every(isStr)) return `errors[${JSON.stringify(field)}] is not a non-empty array of strings`;
    messages += list.length;
  }
  if (!Array.isArray(r.issues)) return 'issues is not an array';
  const fields = new Set();
  for (const [i, it] of r.issues.entries()) {
    if (!isPlainObject(it)) return `issues[${i}] is not a plain object`;
    if (!isStr(it.field) || !isStr(it.rule) || !isStr(it.message) || it.message === '') return `issues[${i}] lacks string field/rule/message`;
    if (!ISSUE_RULES.has(it.rule)) return `issues[${i}].rule ${JSON.stringify(it.rule)} is not an IssueRule`;
    if (!isPlainObject(it.params)) return `issues[${i}].params is not a plain object`;
    for (const [k, v] of Object.entries(it.params)) {
      if ((k !== 'min' && k !== 'max') || !Number.isFinite(v)) return `issues[${i}].params has ${JSON.stringify(k)}: ${String(v)}`;
    }
    fields.add(it.field);
  }
  if (!Array.isArray(r.warnings)) return 'warnings is not an array';
  for (const [i, w] of r.warnings.entries()) {
    if (!isPlainObject(w)) return `warnings[${i}] is not a plain object`;
    if (!isStr(w.field) || !isStr(w.code) || !isStr(w.message) || w.message === '') return `warnings[${i}] lacks string field/code/message`;
    if (!WARNING_CODES.has(w.code)) return `warnings[${i}].code ${JSON.stringify(w.code)} is not a WarningCode`;
  }
  if (r.valid !== (r.issues.length === 0)) return `valid is ${r.valid} but there are ${r.issues.length} issues`;
  if (r.valid && !('value' in r)) return 'valid === true without value';
  if (!r.valid && 'value' in r) return 'valid === false with a value';
  if (r.valid) {
    if (!isPlainObject(r.value)) return 'value is not a plain object';
    for (const k of Object.keys(r.value)) if (!BODY_FIELDS.has(k)) return `value has undocumented field ${JSON.stringify(k)}`;
  }
  // errors is issues grouped by field.
  const errorFields = Object.keys(r.errors);
  if (messages !== r.issues.length) return `errors holds ${messages} messages for ${r.issues.length} issues`;
  if (errorFields.length !== fields.size || !errorFields.every((f) => fields.has(f))) return 'errors keys differ from issues fields';
  return null;
}

/** Why an availableEvents result is malformed, or null. */
export function checkEvents(list) {
  if (!Array.isArray(list)) return `availableEvents returned ${list === null ? 'null' : typeof list}, not an array`;
  if (list.length !== 22) return `availableEvents returned ${list.length} events, not 22`;
  for (const [i, e] of list.entries()) {
    if (!isPlainObject(e) || !isStr(e.id) || !isStr(e.description) || !isStr(e.groupLabel) || !EVENT_GROUPS.has(e.group)) {
      return `availableEvents()[${i}] is malformed`;
    }
  }
  return null;
}

const GOOD_LOCALES = [undefined, null, 'en', 'pt-BR'];

function clip(s, n = 400) {
  return s.length <= n ? s : `${s.slice(0, n)}… (+${s.length - n} chars)`;
}

/**
 * Runs every case. Options:
 *   load(n)        -> fresh module API (may be async)
 *   cases          iterable of cases
 *   env            label for the summary ('node', 'chromium')
 *   onProgress(s)  called with a short progress object every `progressEvery` cases
 *   slowMs         calls slower than this are listed under `slow` (informational, not a failure)
 */
export async function runHostileCheck({ load, cases, env = '', onProgress = null, progressEvery = 10000, onCheckpoint = null, slowMs = 2000, maxExamples = 5 }) {
  const t0 = Date.now();
  let generation = 0;
  let api = await load(generation);
  const summary = {
    env, count: 0, passed: 0, failed: 0, traps: 0, throws: 0, malformed: 0,
    examples: [], slow: [], reinstantiations: 0,
    stats: { validateCalls: 0, availableEventsCalls: 0, valid: 0, invalid: 0, reentrantCalls: 0, rules: {}, warnings: {} },
    memoryBytes: { initial: null, max: 0, final: null },
    ms: 0,
  };
  const memSize = () => { try { return api.memory ? api.memory.buffer.byteLength : null; } catch { return null; } };
  summary.memoryBytes.initial = memSize();

  // Re-entrant calls from getters / toJSON go through here so that a trap inside them, which
  // JSON.stringify would otherwise turn into an ordinary "not serialisable" result, is still seen.
  let reentrantFailure = null;
  const hook = {};
  for (const fn of ['validateWebhook', 'availableEvents']) {
    hook[fn] = (...args) => {
      summary.stats.reentrantCalls++;
      try {
        const r = api[fn](...args);
        if (fn === 'validateWebhook' && !reentrantFailure) {
          const why = checkResult(r);
          if (why) reentrantFailure = { kind: 'malformed', error: `re-entrant validateWebhook: ${why}` };
        }
        return r;
      } catch (e) {
        const allowed = fn === 'availableEvents' && e instanceof RangeError && !GOOD_LOCALES.includes(args[0]);
        if (!allowed && !reentrantFailure) {
          reentrantFailure = { kind: isTrap(e) ? 'trap' : 'throw', error: `re-entrant ${fn}: ${describeError(e)}` };
        }
        throw e;
      }
    };
  }
  const previousHook = globalThis.__hostileReenter;
  globalThis.__hostileReenter = hook;

  // One call; returns null or { kind, error }.
  const runOne = (c) => {
    reentrantFailure = null;
    let outcome = null;
    try {
      if (c.fn === 'availableEvents') {
        summary.stats.availableEventsCalls++;
        let list;
        try {
          list = api.availableEvents(...c.args);
        } catch (e) {
          if (isTrap(e)) return { kind: 'trap', error: describeError(e) };
          if (e instanceof RangeError && !GOOD_LOCALES.includes(c.args[0])) return reentrantFailure;
          return { kind: 'throw', error: describeError(e) };
        }
        const why = checkEvents(list);
        outcome = why ? { kind: 'malformed', error: why } : null;
      } else {
        summary.stats.validateCalls++;
        let r;
        try {
          r = api.validateWebhook(...c.args);
        } catch (e) {
          return { kind: isTrap(e) ? 'trap' : 'throw', error: describeError(e) };
        }
        const why = checkResult(r);
        if (why) {
          outcome = { kind: 'malformed', error: why };
        } else {
          summary.stats[r.valid ? 'valid' : 'invalid']++;
          for (const it of r.issues) summary.stats.rules[it.rule] = (summary.stats.rules[it.rule] ?? 0) + 1;
          for (const w of r.warnings) summary.stats.warnings[w.code] = (summary.stats.warnings[w.code] ?? 0) + 1;
        }
      }
    } catch (e) {
      // The checks themselves must not throw, but never let one stop the run.
      outcome = { kind: 'throw', error: `checker: ${describeError(e)}` };
    }
    // A trap or throw in a re-entrant call outranks whatever the outer call returned.
    if (reentrantFailure && (!outcome || reentrantFailure.kind === 'trap')) outcome = reentrantFailure;
    return outcome;
  };

  const fresh = async () => {
    generation++;
    summary.reinstantiations++;
    api = await load(generation);
  };

  try {
    for (const c of cases) {
      // A checkpoint before each expensive case and every progressEvery cases: the browser runner
      // uses it to resume after a renderer crash (e.g. out of memory) and to blame the right case.
      if (onCheckpoint && (c.heavy || summary.count % progressEvery === 0)) {
        summary.ms = Date.now() - t0;
        await onCheckpoint({ next: c.index, label: c.label, heavy: c.heavy, summary });
      }
      summary.count++;
      const start = Date.now();
      const failure = runOne(c);
      const ms = Date.now() - start;
      const mem = memSize();
      if (mem !== null && mem > summary.memoryBytes.max) summary.memoryBytes.max = mem;
      if (ms >= slowMs) summary.slow.push({ index: c.index, label: clip(c.label, 120), ms });

      if (!failure) {
        summary.passed++;
      } else {
        summary.failed++;
        summary[{ trap: 'traps', throw: 'throws', malformed: 'malformed' }[failure.kind]]++;
        // After a trap the instance is poisoned; after a throw out of wasm frames its shadow stack
        // may be too. Replace it, and see whether the case alone, on a fresh instance, fails again.
        let isolated = null;
        if (failure.kind !== 'malformed' && !c.heavy) {
          await fresh();
          const again = runOne(c);
          isolated = again ? again.kind : 'passes';
          if (again && again.kind !== 'malformed') await fresh();
        } else if (failure.kind !== 'malformed') {
          await fresh(); // heavy cases are not re-run: they cost seconds each
        }
        if (summary.examples.length < maxExamples) {
          summary.examples.push({
            index: c.index, kind: failure.kind, error: failure.error, label: clip(c.label, 160),
            src: clip(c.src, 600), onFreshInstance: isolated,
          });
        }
      }
      if (onProgress && summary.count % progressEvery === 0) {
        await onProgress({ env, done: summary.count, failed: summary.failed, ms: Date.now() - t0 });
      }
    }
  } finally {
    if (previousHook === undefined) delete globalThis.__hostileReenter;
    else globalThis.__hostileReenter = previousHook;
  }
  summary.memoryBytes.final = memSize();
  summary.slow.sort((a, b) => b.ms - a.ms);
  summary.ms = Date.now() - t0;
  return summary;
}

/** The last line both runners print. */
export function verdictLine(summary) {
  return `${summary.passed} passed, ${summary.failed} failed`;
}
