// The same VS Code suite in desktop VS Code (npm run test:desktop), through @vscode/test-electron: it downloads
// VS Code 1.100.3 into .vscode-test/ (needs internet; not possible on the offline CI machines, which use
// npm run test:vscode instead) and runs out/test/vscode/index.js in its extension host.
// On Linux without a display run it under Xvfb: `xvfb-run -a npm run test:desktop`.
//
//   npm run test:desktop [-- [FILE_OR_SUBSTRING ...] [--grep REGEXP] [--workspace DIR] [--vscode-version V] [--no-build]]
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';
import { bundleTests } from './bundle-tests';
import { ROOT, buildExtension, log } from './code-server';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    grep: { type: 'string', short: 'g' },
    workspace: { type: 'string' },
    'vscode-version': { type: 'string' },
    'test-timeout': { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});

async function main(): Promise<number> {
  if (!values['no-build']) buildExtension();
  const { bundle, files } = await bundleTests(positionals);
  log(`suite bundled: ${files.length} file(s) -> ${bundle}`);
  const defaultWorkspace = join(ROOT, 'test', 'vscode', 'workspace');
  const workspace = resolve(
    values.workspace ?? process.env.COUNTERPOINT_TEST_WORKSPACE ?? (existsSync(defaultWorkspace) ? defaultWorkspace : ROOT),
  );
  const userDataDir = mkdtempSync(join(tmpdir(), 'counterpoint-desktop-'));
  try {
    return await runTests({
      // The version the project targets (engines.vscode ^1.100.0): the same as code-server 4.100.3's VS Code.
      version: values['vscode-version'] ?? process.env.COUNTERPOINT_VSCODE_VERSION ?? '1.100.3',
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: bundle,
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir',
        join(userDataDir, 'user-data'),
        '--extensions-dir',
        join(userDataDir, 'extensions'),
      ],
      extensionTestsEnv: {
        COUNTERPOINT_TEST_WORKSPACE: workspace,
        COUNTERPOINT_TEST_EXTENSION_PATH: ROOT,
        COUNTERPOINT_TEST_GREP: values.grep ?? process.env.COUNTERPOINT_TEST_GREP,
        COUNTERPOINT_TEST_TIMEOUT: values['test-timeout'] ?? process.env.COUNTERPOINT_TEST_TIMEOUT,
        NODE_OPTIONS: '--enable-source-maps',
      },
    });
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

void main()
  .catch((err: unknown) => {
    // runTests rejects when VS Code exits non-zero (a failing suite) or cannot be downloaded/started.
    log(`ERROR: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  })
  .then((code) => process.exit(code));
