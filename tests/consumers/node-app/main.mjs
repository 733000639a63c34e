// A Node (ESM) consumer of the installed tarball: the `node` condition (the nodejs build, CommonJS
// behind an ES module entry), named imports, then the shared scenario against the dev server.
// Also loads the plain ES module build from its bytes (initSync(bytes)).
// Usage: node main.mjs http://127.0.0.1:PORT   Prints one JSON line: [{ name, ok, detail }].
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import init, * as lib from "talkover-webhooks";
import { validateWebhook, TalkoverClient, ValidationError, availableEvents } from "talkover-webhooks";
import { runScenario } from "../shared/scenario.mjs";

const checks = [];
const check = (name, ok, detail = "") => checks.push({ name: `node: ${name}`, ok: Boolean(ok), detail: String(detail) });
const require = createRequire(import.meta.url);
const entry = import.meta.resolve("talkover-webhooks");
check("the node condition resolves to the node build", entry.endsWith("/node_modules/talkover-webhooks/node/index.mjs"), entry);
check("ready on import (no init)", validateWebhook({}).valid === false && availableEvents().length === 22);
check("named imports", typeof TalkoverClient === "function" && new ValidationError("x") instanceof Error && init === lib.init);
check("package.json is exported", require("talkover-webhooks/package.json").name === "talkover-webhooks");
checks.push(...(await runScenario(lib, process.argv[2], "node build")));

// The web build, given its bytes (Node's fetch has no file: URLs): initSync first, then init() is a no-op.
const bytes = readFileSync(new URL(import.meta.resolve("talkover-webhooks/talkover_webhooks_bg.wasm")));
const web = await import("talkover-webhooks/web");
web.initSync(bytes);
check("web build: initSync(bytes)", web.validateWebhook({ name: "a", webhook_url: "https://e.com", events: ["event_action"] }).valid);
await web.init(new WebAssembly.Module(bytes));
check("web build: init() after initSync", web.availableEvents("en").length === 22);
console.log(JSON.stringify(checks));
