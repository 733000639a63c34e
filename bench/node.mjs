// Throughput in Node: loads the --target web module with initSync (no fetch needed).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { runAll } from "./harness.js";
import { makeCorpus } from "./corpus.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export async function nodeBench(opts) {
  const glue = await import(join(root, "pkg/talkover_webhooks.js"));
  glue.initSync({ module: readFileSync(join(root, "pkg/talkover_webhooks_bg.wasm")) });
  const { validate: ajv } = await import(join(root, "bench/out/ajv_validate.mjs"));
  const { validate: valibot } = await import(join(root, "bench/out/valibot_bundle.mjs"));
  return runAll({ ours: glue.validateWebhook, ajv, valibot }, makeCorpus(), opts);
}
