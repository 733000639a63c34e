// A tiny static file server for www/ (and tests): correct MIME types (application/wasm matters for
// streaming compilation), no directory escapes, 127.0.0.1 only.
// Usage: node tests/js/static-server.mjs <root> [port]   (port 0 = any free port; prints the URL)
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".wasm": "application/wasm", ".json": "application/json", ".svg": "image/svg+xml",
  ".ts": "text/plain; charset=utf-8",
};

export function startStaticServer(root, port = 0) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) throw Object.assign(new Error("outside root"), { code: "ENOENT" });
      if (path.endsWith("/")) file = join(file, "index.html");
      const data = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
      res.end(data);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok({ server, url: `http://127.0.0.1:${server.address().port}/` })));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await startStaticServer(process.argv[2] ?? "www", Number(process.argv[3] ?? 8080));
  console.log(`serving ${process.argv[2] ?? "www"} at ${url}`);
}
