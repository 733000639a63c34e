// Command-line options shared by the Node and browser hostile-value runners.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `--name VALUE` on the command line, else the environment variable, else the fallback. */
export function arg(name, envName, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i !== -1 && i + 1 < process.argv.length) return process.argv[i + 1];
  return process.env[envName] || fallback;
}

/** The options both runners take. */
export function hostileOptions() {
  return {
    pkg: arg('pkg', 'HOSTILE_PKG', 'pkg'),
    seed: arg('seed', 'HOSTILE_SEED', '1'),
    count: Number(arg('count', 'HOSTILE_COUNT', '100000')),
    jsonOut: arg('json', 'HOSTILE_JSON', ''),
  };
}
