// Headless Chromium (Debian's, via playwright-core) against a tiny static server on 127.0.0.1.
import { createServer } from "node:http";
import { readFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { dirname, join, normalize, extname } from "node:path";
import { chromium } from "playwright-core";
import { median } from "./harness.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".json": "application/json" };
const ALLOWED = ["/bench/", "/pkg/", "/tests/js/event-ids.mjs"];

function serve() {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (!ALLOWED.some((p) => path.startsWith(p))) { res.writeHead(404).end(); return; }
    try {
      const body = await readFile(join(root, path));
      // no-store: every cold load really fetches and compiles (no HTTP cache, no V8/wasm code cache).
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream", "cache-control": "no-store" });
      res.end(body);
    } catch { res.writeHead(404).end(); }
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

export async function browserBench({ throughputOpts, coldLoads = 10 }) {
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const dir = await mkdtemp(join(tmpdir(), "talkover-bench-"));
  let ctx;
  try {
    ctx = await chromium.launchPersistentContext(dir, {
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    });
    const version = ctx.browser()?.version() ?? "";
    const errors = [];
    // Throughput
    const page = await ctx.newPage();
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${base}/bench/page.html?mode=throughput`);
    await page.waitForFunction(() => window.__ready === true);
    const throughput = await page.evaluate((o) => window.runThroughput(o), throughputOpts);
    await page.close();
    // Cold start: interleaved, one fresh page per load.
    const cold = { ours: [], ajv: [], valibot: [] };
    // Round 0 is a discarded warm-up (the browser's own first-page costs: renderer start, network stack).
    for (let i = -1; i < coldLoads; i++) {
      for (const which of ["ours", "ajv", "valibot"]) {
        const p = await ctx.newPage();
        await p.goto(`${base}/bench/page.html?mode=cold&which=${which}`);
        await p.waitForFunction(() => window.__result !== undefined, null, { timeout: 30000 });
        const r = await p.evaluate(() => window.__result);
        await p.close();
        if (r.error) throw new Error(`cold ${which}: ${r.error}`);
        if (i >= 0) cold[which].push(r);
      }
    }
    const summary = {};
    for (const [k, rs] of Object.entries(cold)) {
      summary[k] = {};
      for (const f of ["total", "import", "init", "firstCall"]) summary[k][f] = median(rs.map((r) => r[f]));
      summary[k].loads = rs.length;
    }
    return { version, throughput, cold: summary, errors };
  } finally {
    await ctx?.close().catch(() => {});
    server.close();
    await rm(dir, { recursive: true, force: true }).catch(() => {});
  }
}
