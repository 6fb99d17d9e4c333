// What the test harness guarantees every other suite file: the VS Code version the project targets, the workspace
// folder the runner opened, and this repository loaded as the extension under development.
import * as assert from 'node:assert/strict';
import { readFileSync, realpathSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const canonical = (p: string) => realpathSync(path.resolve(p));

describe('test harness', () => {
  it('runs in VS Code 1.100', () => {
    assert.match(vscode.version, /^1\.100\./);
  });

  it('opened the workspace folder the runner was given', () => {
    const expected = process.env.COUNTERPOINT_TEST_WORKSPACE;
    assert.ok(expected, 'the runner sets COUNTERPOINT_TEST_WORKSPACE');
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.deepEqual(
      folders.map((f) => canonical(f.uri.fsPath)),
      [canonical(expected)],
    );
  });

  it('loaded this repository as the extension under development', () => {
    const root = process.env.COUNTERPOINT_TEST_EXTENSION_PATH;
    assert.ok(root, 'the runner sets COUNTERPOINT_TEST_EXTENSION_PATH');
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { publisher: string; name: string };
    const { publisher, name } = manifest;
    const extension = vscode.extensions.getExtension(`${publisher}.${name}`);
    assert.ok(extension, `extension ${publisher}.${name} is not registered`);
    assert.equal(canonical(extension.extensionUri.fsPath), canonical(root));
  });
});
