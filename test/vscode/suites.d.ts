// A virtual module made by the bundler of the VS Code suite (scripts/vscode/bundle-tests.mjs): one entry per
// test/vscode/suite/**/*.test.ts file, in path order. `load` evaluates the file, whose describe/it calls then
// register with the mocha instance that test/vscode/index.ts prepared.
declare module 'counterpoint:vscode-suites' {
  export interface SuiteFile {
    /** Path relative to the repository root, e.g. `test/vscode/suite/harness.test.ts`. */
    readonly file: string;
    readonly load: () => void;
  }
  const suites: readonly SuiteFile[];
  export default suites;
}
