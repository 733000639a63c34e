import { resolve } from "node:path";
import { defineConfig } from "vite";

// Two pages: index.html imports the package as a bundler does ('talkover-webhooks' → the bundler build,
// whose .wasm Vite bundles as an ES module import), web.html the plain ES module build with init().
export default defineConfig({
  build: {
    rolldownOptions: {
      input: { main: resolve(import.meta.dirname, "index.html"), web: resolve(import.meta.dirname, "web.html") },
    },
  },
});
