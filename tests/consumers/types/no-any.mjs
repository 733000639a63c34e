#!/usr/bin/env node
// Fails if any declaration reachable from the installed package's public entries contains `any`: an
// explicit `any`, or a parameter, property, variable or return type left unannotated (implicitly `any` in
// a .d.ts). Starts at each entry ('talkover-webhooks', '/web', '/bundler', '/node'), follows re-exports
// (`export … from`, `export type *`) to the declarations, then every type they name inside the package.
// Types from TypeScript's own libs (DOM, ES) are not entered. A self-test first proves that it catches
// both kinds, including wasm-bindgen's `InitOutput` when it is re-exported.
// Usage: node no-any.mjs [consumer dir]   Prints a JSON line { entries, declarations, problems }.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ts = createRequire(new URL("../../../package.json", import.meta.url))("typescript");
const options = {
  strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext, lib: ["lib.es2022.d.ts", "lib.dom.d.ts"], types: [],
};

export function findAny(consumerDir, specifiers) {
  const probe = join(consumerDir, "__no_any_probe.ts");
  const source = specifiers.map((s, i) => `import * as m${i} from ${JSON.stringify(s)};\nvoid m${i};\n`).join("");
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host), fileExists = host.fileExists.bind(host);
  host.readFile = (f) => (resolve(f) === probe ? source : readFile(f));
  host.fileExists = (f) => resolve(f) === probe || fileExists(f);
  const program = ts.createProgram([probe], options, host);
  const checker = program.getTypeChecker();
  const problems = [], seen = new Set();
  let pkgRoot;
  const inPackage = (file) => pkgRoot !== undefined && resolve(file.fileName).startsWith(pkgRoot);
  const where = (node) => {
    const file = node.getSourceFile();
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    return `${file.fileName.slice(pkgRoot.length + 1)}:${line + 1}`;
  };
  const resolveAlias = (sym) => (sym && sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym);
  const enter = (sym, via) => {
    for (const decl of resolveAlias(sym)?.declarations ?? []) {
      if (!inPackage(decl.getSourceFile()) || seen.has(decl)) continue;
      seen.add(decl);
      walk(decl, via);
    }
  };
  const annotated = (n) => n.type !== undefined;
  const walk = (node, via) => {
    const say = (what) => problems.push(`${where(node)}: ${what} (reached from ${via})`);
    if (node.kind === ts.SyntaxKind.AnyKeyword) say("`any`");
    if ((ts.isParameter(node) || ts.isPropertySignature(node) || ts.isPropertyDeclaration(node) ||
      ts.isVariableDeclaration(node)) && !annotated(node) && !ts.isCatchClause(node.parent)) say(`implicit any: ${node.getText()}`);
    if ((ts.isFunctionDeclaration(node) || ts.isMethodSignature(node) || ts.isMethodDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) || ts.isCallSignatureDeclaration(node)) && !annotated(node)) {
      say(`implicit any return: ${node.name?.getText() ?? node.getText().slice(0, 40)}`);
    }
    if (ts.isTypeReferenceNode(node) || ts.isExpressionWithTypeArguments(node) || ts.isTypeQueryNode(node)) {
      const name = node.typeName ?? node.expression ?? node.exprName;
      enter(checker.getSymbolAtLocation(ts.isQualifiedName(name) ? name.right : name), via);
    }
    if (ts.isExportSpecifier(node) || ts.isExportDeclaration(node)) return; // followed through the module's exports
    ts.forEachChild(node, (child) => walk(child, via));
  };
  const entries = [];
  const probeFile = program.getSourceFile(probe);
  const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => d.category === ts.DiagnosticCategory.Error);
  for (const d of diagnostics) problems.push(`tsc: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
  for (const stmt of probeFile.statements) {
    if (!ts.isImportDeclaration(stmt)) continue;
    const spec = stmt.moduleSpecifier.text;
    const moduleSym = checker.getSymbolAtLocation(stmt.moduleSpecifier);
    if (!moduleSym) {
      problems.push(`${spec}: not resolved`);
      continue;
    }
    const entryFile = moduleSym.declarations[0].getSourceFile().fileName;
    // The package's folder: node_modules/<name> of the first entry's declaration file.
    pkgRoot ??= resolve(entryFile).replace(/(.*[\\/]node_modules[\\/][^\\/]+)[\\/].*/, "$1");
    const names = checker.getExportsOfModule(moduleSym).map((s) => s.name);
    entries.push({ specifier: spec, types: resolve(entryFile).slice(pkgRoot.length + 1), exports: names.length });
    for (const sym of checker.getExportsOfModule(moduleSym)) enter(sym, `${spec} → ${sym.name}`);
  }
  return { entries, declarations: seen.size, problems };
}

function selfTest() {
  const dir = mkdtempSync(join(tmpdir(), "no-any-"));
  try {
    const pkg = join(dir, "node_modules", "fixture");
    mkdirSync(join(pkg, "lib"), { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
    writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "fixture", type: "module", exports: { ".": { types: "./index.d.ts" } } }));
    writeFileSync(join(pkg, "index.d.ts"), 'export type * from "./lib/gen.js";\nexport { default, ok } from "./lib/gen.js";\n');
    writeFileSync(join(pkg, "lib", "gen.d.ts"), [
      "export interface InitOutput { readonly f: (a: number) => any; }",
      "export default function init(): Promise<InitOutput>;",
      "interface Hidden { x; }",
      "export interface Shown { h: Hidden }",
      "export function ok(a: string): number;",
    ].join("\n"));
    const { problems } = findAny(dir, ["fixture"]);
    const want = ["`any`", "implicit any: x;"];
    const missed = want.filter((w) => !problems.some((p) => p.includes(w)));
    if (missed.length || problems.some((p) => p.includes("gen.d.ts:5"))) {
      throw new Error(`self-test: expected ${JSON.stringify(want)}, got ${JSON.stringify(problems)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

selfTest();
const consumerDir = resolve(process.argv[2] ?? new URL(".", import.meta.url).pathname);
const report = findAny(consumerDir, ["talkover-webhooks", "talkover-webhooks/web", "talkover-webhooks/bundler", "talkover-webhooks/node"]);
console.log(JSON.stringify(report));
process.exit(report.problems.length === 0 && report.entries.length === 4 ? 0 : 1);
