// Bundles the VS Code suite: test/vscode/index.ts (the mocha loader) + every test/vscode/suite/**/*.test.ts + mocha
// into one CommonJS file, out/test/vscode/index.js, with `vscode` external. Both runners (run-tests.ts for
// code-server, run-desktop.ts for @vscode/test-electron) point extensionTestsPath at that file.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { ROOT } from './code-server';

export const SUITE_DIR = join(ROOT, 'test', 'vscode', 'suite');
export const TESTS_BUNDLE = join(ROOT, 'out', 'test', 'vscode', 'index.js');
const VIRTUAL = 'counterpoint:vscode-suites';

/** Every *.test.ts below test/vscode/suite, sorted by path. */
export function findSuiteFiles(dir = SUITE_DIR): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findSuiteFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.test.ts')) out.push(path);
  }
  return out.sort();
}

/**
 * @param filters  file paths or substrings: keep only suite files whose path contains one of them (all when empty)
 * @param outfile  where to write the bundle (default out/test/vscode/index.js)
 */
export async function bundleTests(
  filters: string[] = [],
  outfile = TESTS_BUNDLE,
): Promise<{ bundle: string; files: string[] }> {
  const all = findSuiteFiles();
  const wanted = filters.map((f) => (existsSync(f) ? resolve(f) : f));
  const files = wanted.length ? all.filter((file) => wanted.some((w) => file.includes(w))) : all;
  if (files.length === 0) {
    throw new Error(
      filters.length
        ? `No suite file under test/vscode/suite matches ${filters.join(', ')}.`
        : 'No test file found: the VS Code suite is test/vscode/suite/**/*.test.ts.',
    );
  }

  const suitesPlugin: esbuild.Plugin = {
    name: 'counterpoint-vscode-suites',
    setup(build) {
      build.onResolve({ filter: /^counterpoint:vscode-suites$/ }, () => ({ path: VIRTUAL, namespace: 'counterpoint-suites' }));
      build.onLoad({ filter: /.*/, namespace: 'counterpoint-suites' }, () => ({
        // require() inside a thunk: esbuild evaluates each file only when index.ts calls load(), after mocha's
        // pre-require event has put describe/it on globalThis.
        contents:
          'export default [\n' +
          files
            .map((file) => {
              const rel = relative(ROOT, file).split(sep).join('/');
              return `  { file: ${JSON.stringify(rel)}, load: () => { require(${JSON.stringify(file)}); } },`;
            })
            .join('\n') +
          '\n];\n',
        resolveDir: ROOT,
        loader: 'js',
      }));
    },
  };

  await esbuild.build({
    entryPoints: [join(ROOT, 'test', 'vscode', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    sourcesContent: false,
    external: ['vscode'],
    plugins: [suitesPlugin],
    logLevel: 'warning',
    // mocha's optional loaders (esm-utils) are never used: files are bundled, not loaded from disk.
    logOverride: { 'require-resolve-not-external': 'silent', 'unsupported-dynamic-import': 'silent' },
  });
  return { bundle: outfile, files: files.map((f) => relative(ROOT, f)) };
}
