// UI tests (npm run test:ui): mocha runs test/vscode/ui/**/*.ui.ts here in Node; each file opens a real VS Code
// workbench (code-server + Chromium) through test/vscode/ui/harness.ts and drives it with playwright-core.
// Screenshots go to test-results/screenshots/.
//
//   npm run test:ui [-- [FILE_OR_SUBSTRING ...] [--grep REGEXP] [--extension DIR] [--timeout SECONDS] [--no-build]]
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Mocha from 'mocha';
import { ROOT, assertExtensionBuilt, buildExtension, ensureSetup, log } from './code-server';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    grep: { type: 'string', short: 'g' },
    extension: { type: 'string' },
    timeout: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});

const UI_DIR = join(ROOT, 'test', 'vscode', 'ui');
const globalTimeout = Number(values.timeout ?? process.env.COUNTERPOINT_TEST_GLOBAL_TIMEOUT ?? 900) * 1000;

function findUiFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findUiFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.ui.ts')) out.push(path);
  }
  return out.sort();
}

async function main(): Promise<number> {
  const started = Date.now();
  const extensionPath = resolve(values.extension ?? ROOT);
  if (!values['no-build']) buildExtension();
  assertExtensionBuilt(extensionPath);
  process.env.COUNTERPOINT_TEST_EXTENSION_PATH = extensionPath;
  ensureSetup();

  const wanted = positionals.map((f) => (existsSync(f) ? resolve(f) : f));
  const files = findUiFiles(UI_DIR).filter((f) => !wanted.length || wanted.some((w) => f.includes(w)));
  if (!files.length) throw new Error(`No UI test file (test/vscode/ui/**/*.ui.ts)${wanted.length ? ` matches ${positionals.join(', ')}` : ''}.`);
  log(`UI tests: ${files.map((f) => relative(ROOT, f)).join(', ')}`);

  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 120_000, slow: 20_000 });
  if (values.grep) mocha.grep(new RegExp(values.grep));
  for (const f of files) mocha.addFile(f);
  await mocha.loadFilesAsync();
  const failures = await new Promise<number>((done) => {
    const runner = mocha.run((n) => {
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      console.log(`${passes} passed, ${n} failed${pending ? `, ${pending} skipped` : ''}`);
      done(passes === 0 && n === 0 ? 1 : n);
    });
  });
  log(`UI tests finished in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${relative(ROOT, join(ROOT, 'test-results', 'screenshots'))}/`);
  return failures > 0 ? 1 : 0;
}

const timer = setTimeout(() => {
  // Sessions' code-servers are killed by the exit handler in scripts/vscode/code-server.ts.
  log(`TIMEOUT: the UI tests did not finish within ${globalTimeout / 1000} s (raise it with --timeout SECONDS).`);
  process.exit(1);
}, globalTimeout);
timer.unref();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping`);
    process.exit(130);
  });
}

void main()
  .catch((err: unknown) => {
    log(`ERROR: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  })
  .then((code) => process.exit(code));
