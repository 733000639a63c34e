#!/usr/bin/env node
// "Never trap, never throw" proof in headless Chromium: serves the repo on 127.0.0.1, opens a page
// that imports the built module (pkg/) with the generator and the checker from tests/js/, runs the
// same ≥100,000 hostile calls as hostile-node.mjs, and reports back to Node.
//
//   node tests/js/hostile-browser.mjs [--pkg DIR] [--seed S] [--count N] [--json FILE]
//   env: HOSTILE_PKG, HOSTILE_SEED, HOSTILE_COUNT, HOSTILE_HEAVY=0, HOSTILE_EXTREME=1 (as in Node);
//        CHROMIUM (default /usr/bin/chromium); HOSTILE_TIMEOUT_MS (overall, default 600000).
//
// If the renderer crashes (e.g. out of memory), the case that was running is counted as a failure
// (kind "crash") and the run resumes on a fresh page after it. Prints a JSON summary, then the final
// line `N passed, M failed`; exits 1 when M > 0, 2 when the harness itself fails or times out.

import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { verdictLine } from './hostile-check.mjs';
import { hostileOptions, root } from './hostile-args.mjs';


const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.ts': 'text/plain; charset=utf-8',
};
const PAGE = '<!doctype html><meta charset="utf-8"><title>hostile values</title><p>talkover-webhooks hostile-value check</p>';

/** A static file server for the repo root, on 127.0.0.1 and a free port. */
function serve() {
  const server = http.createServer((req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405).end(); return; }
      if (url.pathname === '/favicon.ico') { res.writeHead(204).end(); return; }
      if (url.pathname === '/__hostile__.html') {
        res.writeHead(200, { 'content-type': MIME['.html'], 'cache-control': 'no-store' }).end(PAGE);
        return;
      }
      const file = path.resolve(root, '.' + decodeURIComponent(url.pathname));
      if (file !== root && !file.startsWith(root + path.sep)) { res.writeHead(403).end(); return; }
      fs.stat(file, (err, st) => {
        if (err || !st.isFile()) { res.writeHead(404).end(); return; }
        res.writeHead(200, {
          'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
          'content-length': st.size,
          'cache-control': 'no-store',
        });
        if (req.method === 'HEAD') { res.end(); return; }
        fs.createReadStream(file).pipe(res);
      });
    } catch {
      res.writeHead(400).end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

// Runs in the page. Returns the summary, posting checkpoints through console messages.
async function pageRun(cfg) {
  const [{ hostileValues }, { runHostileCheck }] = await Promise.all([
    import('/tests/js/hostile-values.mjs'),
    import('/tests/js/hostile-check.mjs'),
  ]);
  const glue = new URL(`/${cfg.pkg}/talkover_webhooks.js`, location.href).href;
  const wasmModule = await WebAssembly.compileStreaming(fetch(`/${cfg.pkg}/talkover_webhooks_bg.wasm`));
  const load = async (n) => {
    const m = await import(`${glue}?instance=${cfg.attempt}-${n}`);
    const exports = m.initSync({ module: wasmModule });
    return { validateWebhook: m.validateWebhook, availableEvents: m.availableEvents, memory: exports.memory };
  };
  const cases = hostileValues(cfg.seed, cfg.count, { heavy: cfg.heavy, extreme: cfg.extreme, from: cfg.from });
  return runHostileCheck({
    load,
    cases,
    env: `chromium ${navigator.userAgent.match(/Chrom\w*\/[\d.]+/)?.[0] ?? ''}`,
    onProgress: (p) => console.log(`[hostile] ${cfg.from + p.done} done, ${p.failed} failed, ${(p.ms / 1000).toFixed(1)} s`),
    onCheckpoint: async ({ next, label, heavy, summary }) => {
      console.log(`[hostile-checkpoint] ${JSON.stringify({ next, label, heavy, summary })}`);
      if (heavy) console.log(`[hostile] case ${next}: ${label}`);
      await new Promise((r) => setTimeout(r, 0)); // let the message leave before a heavy case
    },
  });
}

/** Adds a partial summary (a page that crashed, or the last page) into the total. */
function merge(total, part) {
  if (!total) return structuredClone(part);
  for (const k of ['count', 'passed', 'failed', 'traps', 'throws', 'malformed', 'reinstantiations', 'ms']) total[k] += part[k];
  for (const k of ['validateCalls', 'availableEventsCalls', 'valid', 'invalid', 'reentrantCalls']) total.stats[k] += part.stats[k];
  for (const k of ['rules', 'warnings']) {
    for (const [name, n] of Object.entries(part.stats[k])) total.stats[k][name] = (total.stats[k][name] ?? 0) + n;
  }
  total.examples = [...total.examples, ...part.examples].slice(0, 5);
  total.slow = [...total.slow, ...part.slow].sort((a, b) => b.ms - a.ms);
  total.memoryBytes.max = Math.max(total.memoryBytes.max, part.memoryBytes.max);
  total.memoryBytes.final = part.memoryBytes.final;
  return total;
}

async function main() {
  const pkg = path.relative(root, path.resolve(root, hostileOptions().pkg)).split(path.sep).join('/');
  const { seed, count, jsonOut } = hostileOptions();
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  if (pkg.startsWith('..') || !fs.existsSync(path.join(root, pkg, 'talkover_webhooks_bg.wasm'))) {
    throw new Error(`no built module in ${pkg} (inside the repo; run bash scripts/build.sh)`);
  }
  if (!Number.isInteger(count) || count < 1) throw new Error(`bad count ${count}`);
  const heavy = process.env.HOSTILE_HEAVY !== '0';
  const extreme = process.env.HOSTILE_EXTREME === '1';

  const { chromium } = await import('playwright-core');
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-chromium-'));
  const t0 = Date.now();
  try {
    server = await serve();
    const origin = `http://127.0.0.1:${server.address().port}`;
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    console.log(`hostile-browser: ${count} calls, seed ${seed}, module ${pkg}, ${executablePath} ${context.browser()?.version() ?? ''}, ${origin}`);

    let total = null;
    let from = 0;
    for (let attempt = 0; from < count; attempt++) {
      if (attempt > 20) throw new Error('too many renderer crashes');
      const page = await context.newPage();
      let checkpoint = null;
      page.on('console', (msg) => {
        const text = msg.text();
        if (text.startsWith('[hostile-checkpoint] ')) checkpoint = JSON.parse(text.slice(21));
        else if (text.startsWith('[hostile]')) console.log(`  ${text.slice(10)}`);
        else if (msg.type() === 'error') console.log(`  page console error: ${text.slice(0, 300)}`);
      });
      page.on('pageerror', (e) => console.log(`  page error: ${String(e).slice(0, 300)}`));
      const crashed = new Promise((_, reject) => page.once('crash', () => reject(new Error('renderer crashed'))));
      try {
        await page.goto(`${origin}/__hostile__.html`);
        const part = await Promise.race([
          page.evaluate(pageRun, { pkg, seed, count, heavy, extreme, from, attempt }),
          crashed,
        ]);
        total = merge(total, part);
        from = count;
      } catch (e) {
        if (!/crash|Target (page, context or browser )?(has been )?closed/i.test(String(e))) throw e;
        // Blame the case after the last checkpoint; resume after it.
        const cp = checkpoint;
        const blamed = cp ? cp.next : from;
        // Checkpoints precede every heavy case, so a crash in one is pinned to it exactly; otherwise
        // the crash happened at or after the blamed case.
        console.log(`  renderer crashed at ${cp?.heavy ? '' : 'or after '}case ${blamed}${cp ? ` (${cp.label})` : ''}; resuming after it`);
        const part = cp ? structuredClone(cp.summary) : null;
        const crash = {
          env: 'chromium', count: 1, passed: 0, failed: 1, traps: 0, throws: 0, malformed: 0, reinstantiations: 0, ms: 0,
          examples: [{ index: blamed, kind: 'crash', error: `renderer crashed (${String(e).slice(0, 120)})`, label: cp?.label ?? '?', src: '(see hostile-values.mjs)', onFreshInstance: null }],
          slow: [], stats: { validateCalls: 0, availableEventsCalls: 0, valid: 0, invalid: 0, reentrantCalls: 0, rules: {}, warnings: {} },
          memoryBytes: { max: 0, final: null },
        };
        if (part) {
          // The checkpoint summary covers cases from..blamed-1, not the crashed one.
          total = merge(total, part);
        }
        total = merge(total, crash);
        total.crashes = (total.crashes ?? 0) + 1;
        from = blamed + 1;
      } finally {
        await page.close().catch(() => {});
      }
    }
    total.env = total.env || 'chromium';
    total.seed = seed;
    total.wallMs = Date.now() - t0;
    console.log(JSON.stringify(total, null, 2));
    if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(total, null, 2));
    console.log(`time: ${(total.ms / 1000).toFixed(1)} s in the page, ${(total.wallMs / 1000).toFixed(1)} s overall`);
    console.log(verdictLine(total));
    return total.failed > 0 ? 1 : 0;
  } finally {
    await cleanup();
  }
}

// Module scope, so that the watchdog can close them too.
let server = null;
let context = null;
let profile = null;

async function cleanup() {
  const c = context, s = server, p = profile;
  context = server = profile = null;
  if (c) await c.close().catch(() => {});
  if (s) await new Promise((r) => { s.closeAllConnections?.(); s.close(() => r()); });
  if (p) fs.rmSync(p, { recursive: true, force: true });
}

const timeoutMs = Number(process.env.HOSTILE_TIMEOUT_MS || 600000);
const watchdog = setTimeout(() => {
  console.error(`hostile-browser: overall timeout after ${timeoutMs} ms`);
  setTimeout(() => process.exit(2), 15000).unref(); // if closing hangs (playwright kills chromium on exit)
  cleanup().finally(() => process.exit(2));
}, timeoutMs);

main().then(
  (code) => { clearTimeout(watchdog); process.exitCode = code; },
  (e) => { clearTimeout(watchdog); console.error('hostile-browser: harness error:', e); process.exitCode = 2; },
);
