#!/usr/bin/env node
// npm start: build the extension, make sure code-server 4.100.3 is installed (scripts/vscode/setup.sh), then serve
// a real VS Code on http://127.0.0.1:8080 (or $PORT) with Counterpoint loaded and the sample article open.
// Keeps running until Ctrl+C.
//
// How the extension is loaded: the repository is symlinked into a fresh, temporary extensions folder
// (<publisher>.<name>-<version> -> repo root), so code-server loads it as an installed extension on every page load,
// including a plain http://127.0.0.1:PORT/ and "Developer: Reload Window" (which also picks up a rebuilt
// dist/extension.js, e.g. after `node scripts/build.mjs --watch` in another terminal).
// The printed URL also opens the folder samples/ and its first .md (or .txt) article.
//
// Options: --no-build (use the dist/ already built); environment: PORT (default 8080), HOST is always 127.0.0.1, COUNTERPOINT_START_FOLDER to open another
// folder, VERBOSE=1 to show code-server's own log.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const say = (m) => process.stdout.write(`[start] ${m}\n`);
const die = (m) => {
  process.stderr.write(`[start] ERROR: ${m}\n`);
  process.exit(1);
};

function run(cmd, args, what) {
  say(what);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) die(`${what} failed (exit ${r.status ?? r.signal}).`);
}

function portIsFree(port) {
  return new Promise((done) => {
    const s = createServer();
    s.once('error', () => done(false));
    s.listen(port, '127.0.0.1', () => s.close(() => done(true)));
  });
}

const port = Number(process.env.PORT || 8080);
if (!Number.isInteger(port) || port <= 0 || port > 65535) die(`PORT=${process.env.PORT} is not a port number.`);

if (!process.argv.includes('--no-build')) {
  run(process.execPath, [join(root, 'scripts', 'build.mjs')], 'npm run build (scripts/build.mjs)');
}
run('bash', [join(root, 'scripts', 'vscode', 'setup.sh')], 'checking Chromium/ripgrep and code-server 4.100.3 (scripts/vscode/setup.sh)');

process.env.COUNTERPOINT_ROOT = root;
const mod = await tsImport('./code-server.ts', import.meta.url);
const cs = mod.startCodeServer ? mod : mod.default;
try {
  cs.assertExtensionBuilt(root);
} catch (err) {
  die(err.message);
}
if (!(await portIsFree(port))) die(`port ${port} on 127.0.0.1 is in use; free it or run PORT=8081 npm start.`);

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const extensionsDir = mkdtempSync(join(tmpdir(), 'counterpoint-start-extensions-'));
symlinkSync(root, join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`), 'dir');

const folder = resolve(root, process.env.COUNTERPOINT_START_FOLDER ?? 'samples');
let openFile;
if (existsSync(folder)) {
  const articles = readdirSync(folder).filter((f) => /\.(md|markdown|txt)$/i.test(f)).sort();
  const first = articles.find((f) => /\.(md|markdown)$/i.test(f)) ?? articles[0];
  if (first) openFile = join(folder, first);
  else say(`no .md or .txt article in ${folder}; opening the folder only`);
} else {
  say(`${folder} does not exist; opening the repository instead`);
}
const workspace = existsSync(folder) ? folder : root;

const verbose = process.env.VERBOSE === '1';
let server;
try {
  server = await cs.startCodeServer({
    port,
    folder: workspace,
    extensionsDir,
    onOutput: verbose ? (line) => process.stdout.write(`[code-server] ${line}\n`) : undefined,
  });
} catch (err) {
  rmSync(extensionsDir, { recursive: true, force: true });
  die(err.message);
}

const url = cs.workbenchUrl(server, { folder: workspace, openFile });
say('');
const vscodeVersion = JSON.parse(readFileSync(join(cs.CODE_SERVER_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'package.json'), 'utf8')).version;
say(`Counterpoint is running in VS Code ${vscodeVersion} (code-server ${cs.CODE_SERVER_VERSION}):`);
say(`  ${url}`);
say(`  (or ${server.origin}/ for the last opened folder)`);
say('Press Ctrl+C to stop.');

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  say('stopping code-server');
  await server.stop();
  rmSync(extensionsDir, { recursive: true, force: true });
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
server.process.on('exit', (code, signal) => {
  if (stopping) return;
  say(`code-server exited on its own (${code ?? signal}). Its last lines:\n${server.output().split('\n').slice(-30).join('\n')}`);
  void stop(1);
});
