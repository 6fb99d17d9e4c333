// Self-test of the UI harness: the workbench comes up with the requested folder and file, the file's text is
// rendered in the editor, the extension under development is loaded, and screenshots land in test-results/.
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { openVSCode, type VSCodeSession } from './harness';

describe('UI harness', function () {
  this.timeout(120_000);
  let dir: string;
  let vsc: VSCodeSession | undefined;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'counterpoint-ui-'));
    writeFileSync(
      join(dir, 'harness-article.md'),
      '# Harness check\n\nThe harness opened this file in a real VS Code 1.100 workbench.\n',
    );
    vsc = await openVSCode({ folder: dir, file: join(dir, 'harness-article.md') });
  });

  after(async () => {
    await vsc?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens the requested file in an editor tab', async () => {
    assert.ok(vsc);
    await vsc.editorText('The harness opened this file');
    const tab = vsc.page.locator('.tabs-container .tab.active');
    assert.equal((await tab.getAttribute('data-resource-name')) ?? (await tab.innerText()).trim(), 'harness-article.md');
  });

  it('shows the workspace folder in the title', async () => {
    assert.ok(vsc);
    // A string expression: it runs in the page, where `document` exists (this file is compiled without the DOM lib).
    await vsc.page.waitForFunction(`document.title.includes(${JSON.stringify(basename(dir))})`, undefined, { timeout: 30_000 });
    assert.match(await vsc.page.title(), /Extension Development Host/);
  });

  it('lists the workspace files in the Explorer view', async () => {
    assert.ok(vsc);
    await vsc.showContainer('Explorer');
    assert.deepEqual(await vsc.treeLabels(basename(dir)), ['harness-article.md']);
  });

  it('runs a command from the command palette', async () => {
    assert.ok(vsc);
    await vsc.page.locator('.editor-group-container.active .monaco-editor').first().click();
    await vsc.runCommand('Go to Line/Column');
    // The palette command opens the go-to-line input; Escape closes it again.
    await vsc.page.keyboard.type('3');
    await vsc.page.keyboard.press('Enter');
    await vsc.page.locator('.statusbar-item', { hasText: /^Ln 3, Col 1$/ }).first().waitFor({ timeout: 10_000 });
  });

  it('saves a screenshot of the workbench', async () => {
    assert.ok(vsc);
    const path = await vsc.screenshot('harness-workbench');
    assert.ok(existsSync(path));
    assert.ok(statSync(path).size > 10_000, 'a rendered workbench is more than an empty PNG');
  });
});
