// Offline runner of the VS Code suite (npm run test:vscode): the mocha suite test/vscode/suite/**/*.test.ts runs in the
// extension host of code-server 4.100.3 (VS Code 1.100.3), opened in Debian's Chromium through playwright-core.
//
//   npm run test:vscode [-- [FILE_OR_SUBSTRING ...] [--grep REGEXP] [--workspace DIR] [--extension DIR]
//                          [--timeout SECONDS] [--test-timeout MS] [--no-build] [--headed] [--verbose]]
//
// Steps: npm run build (dist/extension.js) -> bundle the suite (out/test/vscode/index.js) -> scripts/vscode/setup.sh ->
// code-server on a free 127.0.0.1 port with temp user-data/extensions folders -> Chromium at the workbench URL whose
// payload names the extension (extensionDevelopmentPath) and the suite (extensionTestsPath) -> the workbench calls
// codeAutomationLog for each log line (relayed to stdout) and codeAutomationExit with the suite's result, which
// becomes this process's exit code. code-server and the browser are always stopped; a global timeout (default 600 s)
// fails the run with a clear message.
import { format, parseArgs } from 'node:util';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { bundleTests } from './bundle-tests';
import {
  ROOT,
  assertExtensionBuilt,
  buildExtension,
  ensureSetup,
  launchBrowser,
  log,
  startCodeServer,
  workbenchUrl,
  type CodeServer,
} from './code-server';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    grep: { type: 'string', short: 'g' },
    workspace: { type: 'string' },
    extension: { type: 'string' },
    timeout: { type: 'string' },
    'test-timeout': { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    headed: { type: 'boolean', default: false },
    verbose: { type: 'boolean', short: 'v', default: false },
  },
});

const extensionPath = resolve(values.extension ?? ROOT);
/** The folder opened as the workspace: --workspace, else test/vscode/workspace/ when it exists, else the repository. */
const DEFAULT_WORKSPACE = join(ROOT, 'test', 'vscode', 'workspace');
const workspace = resolve(
  values.workspace ?? process.env.COUNTERPOINT_TEST_WORKSPACE ?? (existsSync(DEFAULT_WORKSPACE) ? DEFAULT_WORKSPACE : ROOT),
);
const globalTimeout = Number(values.timeout ?? process.env.COUNTERPOINT_TEST_GLOBAL_TIMEOUT ?? 600) * 1000;
const verbose = values.verbose || process.env.COUNTERPOINT_TEST_VERBOSE === '1';

/** Log lines of the workbench itself (not of the suite), shown only with --verbose. */
const WORKBENCH_CHATTER = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
  /^Ignoring fetching additional builtin extensions/,
  /^Creation of workbench contribution '.*' took \d+ms\.$/,
];
let finished = false;
let sawResult = false;

// Same depth as out/test/vscode/index.js, so that __dirname-relative paths in suite files hold in both.
const runBundle = join(ROOT, 'out', 'test', `vscode-run-${process.pid}`, 'index.js');
let server: CodeServer | undefined;
let browser: Browser | undefined;

async function cleanup(): Promise<void> {
  const b = browser;
  const s = server;
  browser = undefined;
  server = undefined;
  finished = true;
  // Browser first: a workbench whose server vanished would log its reconnect attempts.
  await b?.close().catch(() => undefined);
  await s?.stop().catch(() => undefined);
  rmSync(dirname(runBundle), { recursive: true, force: true });
}

async function main(): Promise<number> {
  const started = Date.now();
  if (!values['no-build']) buildExtension();
  assertExtensionBuilt(extensionPath);
  // One bundle per run, so that two runs in one checkout (say, with different file filters) do not overwrite each other.
  const { bundle, files } = await bundleTests(positionals, runBundle);
  log(`suite bundled: ${files.length} file(s) -> ${bundle}`);
  ensureSetup();

  let resolveExit!: (code: number) => void;
  const exit = new Promise<number>((r) => (resolveExit = r));
  server = await startCodeServer({
    folder: workspace,
    env: {
      COUNTERPOINT_TEST_WORKSPACE: workspace,
      COUNTERPOINT_TEST_EXTENSION_PATH: extensionPath,
      COUNTERPOINT_TEST_GREP: values.grep ?? process.env.COUNTERPOINT_TEST_GREP,
      COUNTERPOINT_TEST_TIMEOUT: values['test-timeout'] ?? process.env.COUNTERPOINT_TEST_TIMEOUT,
      // Stack traces of failures point into the suite's .ts files (the bundle carries an inline source map).
      NODE_OPTIONS: [process.env.NODE_OPTIONS, '--enable-source-maps'].filter(Boolean).join(' '),
      // No extension marketplace: nothing to fetch, and no network error in the log.
      EXTENSIONS_GALLERY: '{}',
    },
    onOutput: (line) => {
      if (verbose) process.stdout.write(`[code-server] ${line}\n`);
      // An extension host that dies (crash, process.exit in an extension) never reports a result: fail now.
      const died = /Extension Host Process exited with code: (\w+), signal: (\w+)/.exec(line);
      if (died && !finished && (died[1] !== '0' || died[2] !== 'null')) {
        setTimeout(() => {
          if (finished) return;
          log(`the extension host exited (code ${died[1]}, signal ${died[2]}) without reporting a result`);
          resolveExit(1);
        }, 3000);
      }
    },
  });
  server.process.on('exit', (code, signal) => {
    if (finished) return;
    log(`code-server exited unexpectedly (${code ?? signal}). Last lines:\n${server?.output().split('\n').slice(-30).join('\n')}`);
    resolveExit(1);
  });
  log(`code-server ${server.origin} (workspace ${workspace})`);

  browser = await launchBrowser({ headed: values.headed });
  const page = await browser.newPage();

  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    if (finished) return;
    if (!verbose && WORKBENCH_CHATTER.some((re) => re.test(text))) return;
    if (/^\d+ passed, \d+ failed/m.test(text)) sawResult = true;
    process.stdout.write(`${text}\n`);
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => {
    // The workbench also reports 0 when the extension host died mid-run: success needs the loader's closing line.
    if (code === 0 && !sawResult) {
      log('the workbench reported success, but the suite never printed its "N passed, N failed" line (did the extension host die?)');
      resolveExit(1);
      return;
    }
    resolveExit(typeof code === 'number' ? code : 1);
  });
  page.on('pageerror', (err) => verbose && log(`page error: ${err.message}`));
  page.on('console', (msg) => verbose && log(`browser console.${msg.type()}: ${msg.text()}`));
  page.on('crash', () => {
    log('the browser page crashed');
    resolveExit(1);
  });

  const url = workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: extensionPath, extensionTestsPath: bundle });
  if (verbose) log(`opening ${url}`);
  await page.goto(url);

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<number>((r) => {
    timer = setTimeout(() => {
      log(
        `TIMEOUT: the VS Code suite did not finish within ${globalTimeout / 1000} s (raise it with --timeout SECONDS). ` +
          'Last lines of code-server:\n' + (server?.output().split('\n').slice(-30).join('\n') ?? ''),
      );
      r(1);
    }, globalTimeout);
  });
  const code = await Promise.race([exit, timeout]);
  finished = true;
  clearTimeout(timer);
  log(`suite finished with exit code ${code} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return code;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping code-server and the browser`);
    void cleanup().finally(() => process.exit(130));
  });
}

void main()
  .catch((err: unknown) => {
    log(`ERROR: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  })
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  });
