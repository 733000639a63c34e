// The plain ES module build: `await init()` fetches the .wasm (Vite emits it as an asset via new URL()).
import init, * as lib from "talkover-webhooks/web";
import { report } from "./report.js";

await init();
await report(lib, "vite web build");
