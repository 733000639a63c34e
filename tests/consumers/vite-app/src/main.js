// As an app bundled by Vite imports it: no init() needed (it is a no-op in this build).
import * as lib from "talkover-webhooks";
import { validateWebhook, TalkoverClient, ValidationError } from "talkover-webhooks";
import { report } from "./report.js";

if (typeof validateWebhook !== "function" || typeof TalkoverClient !== "function" || !(new ValidationError("x") instanceof Error)) {
  throw new Error("named imports missing");
}
// Ready on import: validate before anything else is awaited.
const early = validateWebhook({}).valid === false;
await report(lib, `vite bundler build${early ? "" : " (NOT ready on import)"}`);
