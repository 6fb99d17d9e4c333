// Shared machinery of the offline VS Code runners: code-server 4.100.3 (VS Code 1.100.3 served to a browser) installed
// by scripts/vscode/setup.sh into .cache/code-server, and Debian's Chromium driven by playwright-core.
// Used by run-tests.ts (mocha suite in the extension host), run-ui.ts / test/vscode/ui/harness.ts (UI tests) and
// start.mjs (npm start).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** The repository root. start.mjs (which loads this file through tsx's ESM API, where __dirname is unreliable) sets it. */
export const ROOT = process.env.COUNTERPOINT_ROOT ?? resolve(__dirname, '..', '..');
export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_DIR = process.env.CODE_SERVER_DIR ?? join(ROOT, '.cache', 'code-server');
export const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, offline, headless Chromium. playwright-core adds its own fresh --user-data-dir. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** User settings for every code-server we start: no start-up noise, nothing that reaches the network. */
export const DEFAULT_USER_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'github.copilot.enable': false,
  'window.commandCenter': false,
  'editor.minimap.enabled': false,
};

export function log(message: string): void {
  process.stdout.write(`[vscode] ${message}\n`);
}

/** Runs scripts/vscode/setup.sh (fast when code-server is already installed); throws with its output on failure. */
export function ensureSetup(): void {
  const result = spawnSync('bash', [join(ROOT, 'scripts', 'vscode', 'setup.sh')], { stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`scripts/vscode/setup.sh failed (exit ${result.status ?? result.signal}); see its output above.`);
  }
  if (!existsSync(CODE_SERVER_ENTRY)) throw new Error(`code-server is not installed: ${CODE_SERVER_ENTRY} is missing.`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH).`);
}

/** Runs `npm run build` (scripts/build.mjs) and checks that the extension bundle named by package.json `main` exists. */
export function buildExtension(): void {
  log('building the extension: node scripts/build.mjs');
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal}).`);
  assertExtensionBuilt(ROOT);
}

export function assertExtensionBuilt(extensionPath: string): void {
  const main = (JSON.parse(readFileSync(join(extensionPath, 'package.json'), 'utf8')) as { main?: string }).main;
  if (!main) throw new Error(`${extensionPath}/package.json has no "main": VS Code would not load the extension.`);
  const file = resolve(extensionPath, main);
  if (!existsSync(file)) {
    throw new Error(
      `The extension bundle ${file} (package.json "main") does not exist. ` +
        'npm run build produces it from src/extension/extension.ts; is that file there and does it build?',
    );
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export interface CodeServerOptions {
  /** Folder code-server opens by default (the URL's ?folder= wins). */
  folder?: string;
  /** Port on 127.0.0.1; a free one when omitted. */
  port?: number;
  /** Extra environment for code-server and so for the extension host (e.g. COUNTERPOINT_TEST_GREP). */
  env?: Record<string, string | undefined>;
  /** Extensions folder; a fresh empty temp folder when omitted. */
  extensionsDir?: string;
  /** User settings merged over DEFAULT_USER_SETTINGS. */
  settings?: Record<string, unknown>;
  /** Called with each line code-server prints (default: kept in `output()` only). */
  onOutput?: (line: string) => void;
  /** How long to wait for the server to answer, in ms (default 60 s). */
  startTimeout?: number;
}

export interface CodeServer {
  readonly port: number;
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  readonly process: ChildProcess;
  /** Everything code-server printed so far (last 200 lines). */
  output(): string;
  /** Kills code-server and every process it started (extension host, watchers), then removes its temp folders. */
  stop(): Promise<void>;
}

/** Starts code-server on 127.0.0.1 with throw-away user-data and extensions folders and waits until it answers. */
export async function startCodeServer(options: CodeServerOptions = {}): Promise<CodeServer> {
  if (!existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`code-server is not installed (${CODE_SERVER_ENTRY}); run npm run vscode:setup.`);
  }
  const port = options.port ?? (await freePort());
  const tempRoot = mkdtempSync(join(tmpdir(), 'counterpoint-code-server-'));
  const userDataDir = join(tempRoot, 'user-data');
  const extensionsDir = options.extensionsDir ?? join(tempRoot, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(
    join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_USER_SETTINGS, ...options.settings }, null, 2),
  );

  const args = [
    CODE_SERVER_ENTRY,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    // Its own config file: code-server would otherwise create ~/.config/code-server/config.yaml.
    '--config', join(tempRoot, 'config.yaml'),
  ];
  if (options.folder) args.push(options.folder);

  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  // A password or a proxy from the caller's shell must not change how the server behaves.
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  delete env.VSCODE_PROXY_URI;
  // detached: code-server leads its own process group, so stop() can end it with everything it started.
  const child = spawn(process.execPath, args, { cwd: tempRoot, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  if (child.pid) liveGroups.add(child.pid);

  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split(/\r?\n/)) {
      if (!line) continue;
      lines.push(line);
      if (lines.length > 200) lines.shift();
      options.onOutput?.(line);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let exited: string | undefined;
  const exitPromise = new Promise<void>((done) => {
    child.on('exit', (code, signal) => {
      exited = `code ${code ?? signal}`;
      done();
    });
  });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (!exited && child.pid) {
      // The leader first: code-server then shuts its extension host and watchers down itself.
      try {
        process.kill(child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => child.pid && killGroup(child.pid, 'SIGKILL'), 3000);
      await exitPromise;
      clearTimeout(timer);
    }
    // Children of the group (extension host) may outlive the leader by a moment.
    if (child.pid) {
      killGroup(child.pid, 'SIGKILL');
      liveGroups.delete(child.pid);
    }
    rmSync(tempRoot, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${port}`;
  const server: CodeServer = { port, origin, userDataDir, extensionsDir, process: child, output: () => lines.join('\n'), stop };

  const deadline = Date.now() + (options.startTimeout ?? 60_000);
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`code-server exited (${exited}) before it answered. Its output:\n${lines.join('\n')}`);
    }
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${origin} within ${options.startTimeout ?? 60_000} ms. Its output:\n${lines.join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Process groups of code-servers not stopped yet: killed when this process exits, however it exits. */
const liveGroups = new Set<number>();
process.on('exit', () => {
  for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
});

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

export interface WorkbenchUrlOptions {
  /** Absolute folder path to open as the workspace. */
  folder?: string;
  /** Absolute path of a file to open in an editor once the workbench is up. */
  openFile?: string;
  /** Absolute path of an extension to load in development mode. */
  extensionDevelopmentPath?: string;
  /** Absolute path of a bundled module exporting run(): Promise<void>. */
  extensionTestsPath?: string;
}

/** `http://127.0.0.1:PORT/?folder=...&payload=...`, the URL that makes the workbench load what the options name. */
export function workbenchUrl(server: Pick<CodeServer, 'origin' | 'port'>, options: WorkbenchUrlOptions): string {
  const remote = (path: string) => `vscode-remote://127.0.0.1:${server.port}${resolve(path)}`;
  const payload: [string, string][] = [];
  if (options.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(options.extensionDevelopmentPath)]);
  if (options.extensionTestsPath) payload.push(['extensionTestsPath', remote(options.extensionTestsPath)]);
  if (options.openFile) payload.push(['openFile', remote(options.openFile)]);
  payload.push(['skipWelcome', 'true']);
  const query = new URLSearchParams();
  if (options.folder) query.set('folder', resolve(options.folder));
  query.set('payload', JSON.stringify(payload));
  return `${server.origin}/?${query.toString()}`;
}

export interface BrowserOptions {
  /** Show the window (needs a display); default headless. */
  headed?: boolean;
}

export async function launchBrowser(options: BrowserOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: !options.headed,
    args: CHROMIUM_ARGS,
    // Debian's Chromium is not a build playwright knows; it must not try to fetch or validate one.
    chromiumSandbox: false,
  });
}
