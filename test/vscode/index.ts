// Mocha loader run inside the VS Code extension host (code-server or desktop VS Code): VS Code calls `run()` from the
// module given as extensionTestsPath; the promise it returns decides the exit code (rejected = 1).
//
// This file is bundled with every test/vscode/suite/**/*.test.ts file and mocha itself into out/test/vscode/index.js
// by scripts/vscode/bundle-tests.mjs (`vscode` stays external), so nothing is loaded from disk by path at run time.
// Environment (passed on by the runners to the extension host):
//   COUNTERPOINT_TEST_GREP     only run tests whose full title matches this regular expression
//   COUNTERPOINT_TEST_TIMEOUT  per-test timeout in ms (default 20000)
import Mocha from 'mocha';
import suites from 'counterpoint:vscode-suites';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: Number(process.env.COUNTERPOINT_TEST_TIMEOUT) || 20_000,
  });
  const grep = process.env.COUNTERPOINT_TEST_GREP;
  if (grep) mocha.grep(new RegExp(grep));

  // What mocha.loadFiles() does for files on disk, for files that are already bundled.
  for (const { file, load } of suites) {
    mocha.suite.emit('pre-require', globalThis, file, mocha);
    try {
      load();
    } catch (err) {
      console.error(`Could not load ${file}:`, err);
      console.log('0 passed, 1 failed');
      return Promise.reject(new Error(`Could not load test file ${file}: ${String(err)}`));
    }
    mocha.suite.emit('require', undefined, file, mocha);
    mocha.suite.emit('post-require', globalThis, file, mocha);
  }

  return new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, pending = 0 } = runner.stats ?? {};
        // The plain closing line CI reads: "N passed, N failed[, N skipped]" alone on its line.
        console.log(`${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
        if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
        else if (passes === 0) reject(new Error('No test ran: no test/vscode/suite/**/*.test.ts file registered a test.'));
        else resolve();
      });
    } catch (err) {
      console.error(err);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
