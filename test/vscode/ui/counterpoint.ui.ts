// Counterpoint as a user sees it in a real VS Code workbench (code-server + Chromium, driven by playwright-core):
// highlights in the editor, the Claims view listing the claims, and a click on a counter-claim moving the cursor.
// Uses the real analyser on a copy of the project's fixture article; expectations are derived from the article's
// text (where the clicked words are), so they hold whatever the detectors find, as long as they find a rebuttal.
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openVSCode, type VSCodeSession } from './harness';

interface PageGlobals { document: { querySelector(selector: string): { textContent: string | null } | null } }

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'vscode');

describe('Counterpoint in the workbench', function () {
  this.timeout(180_000);
  let dir: string;
  let vsc: VSCodeSession | undefined;
  let text: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'counterpoint-ui-'));
    for (const f of ['harbour.md', 'council.txt']) copyFileSync(join(FIXTURES, f), join(dir, f));
    text = readFileSync(join(dir, 'harbour.md'), 'utf8');
    vsc = await openVSCode({ folder: dir, file: join(dir, 'harbour.md'), viewport: { width: 1600, height: 1000 } });
    await vsc.editorText('Grain terminal deal');
  });

  after(async () => {
    await vsc?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('highlights attribution and denial cues in the editor', async () => {
    assert.ok(vsc);
    // Inline decorations (colour, weight) split the line into spans carrying the decoration's class (ced-...).
    const decorated = vsc.editor().locator('span[class*="ced-"]');
    await decorated.first().waitFor({ state: 'visible', timeout: 30_000 });
    const words = (await decorated.allInnerTexts()).map((t) => t.trim());
    assert.ok(words.includes('said'), `"said" is highlighted (decorated: ${JSON.stringify(words.slice(0, 20))})`);
    assert.ok(words.includes('denied'), `"denied" is highlighted (decorated: ${JSON.stringify(words.slice(0, 20))})`);
    // Background and underline decorations are drawn in the overlay layer.
    assert.ok(await vsc.page.locator('.editor-group-container.active .view-overlays .cdr[class*="ced-"]').count() > 0, 'claim/quote overlays drawn');
  });

  it('lists the article\u2019s claims in the Counterpoint view', async () => {
    assert.ok(vsc);
    await vsc.showContainer('Counterpoint');
    const labels = await vsc.treeLabels('Claims', 30_000);
    assert.ok(labels.length >= 3, `claims listed: ${JSON.stringify(labels)}`);
    for (const label of labels) {
      const words = label.replace(/\u2026$/, '');
      assert.ok(text.replace(/\s+/g, ' ').includes(words), `"${label}" is text of the article`);
    }
    await vsc.screenshot('counterpoint-claims-view');
  });

  it('moves the cursor to a counter-claim clicked in the view', async () => {
    assert.ok(vsc);
    const view = vsc.view('Claims');
    const countered = view.locator('.monaco-list-row[aria-expanded]');
    await countered.first().waitFor({ state: 'visible', timeout: 30_000 });
    // Expand claims with children, one at a time from the top, until a counter-claim row (description "denies · ..." /
    // "contradicts · ...") shows: the list renders only the rows in view, so a row counted before the others were
    // expanded may be gone from the page by the time it is reached.
    const counters = view.locator('.monaco-list-row').filter({ has: vsc.page.locator('.label-description', { hasText: /^(denies|contradicts) · / }) });
    for (let i = 0; i < 20 && (await counters.count()) === 0; i++) {
      const collapsed = view.locator('.monaco-list-row[aria-expanded="false"]').first();
      if ((await collapsed.count()) === 0) break;
      await collapsed.locator('.monaco-tl-twistie').click();
      await vsc.page.waitForTimeout(200);
    }
    const counter = counters.first();
    await counter.waitFor({ state: 'visible', timeout: 10_000 });
    const label = (await counter.locator('.label-name').innerText()).replace(/\u2026$/, '').trim();
    const at = text.indexOf(label);
    assert.ok(at >= 0, `"${label}" is in the article`);
    const line = text.slice(0, at).split('\n').length;
    await counter.click();
    const position = vsc.page.locator('.statusbar-item[id="status.editor.selection"]');
    await vsc.page.waitForFunction(
      // Runs in the page: `document` is the workbench's (this file is type-checked without the DOM library).
      (expected) => /Ln (\d+)/.exec((globalThis as unknown as PageGlobals).document.querySelector('[id="status.editor.selection"]')?.textContent ?? '')?.[1] === String(expected),
      line, { timeout: 10_000 });
    assert.match(await position.innerText(), new RegExp(`Ln ${line}, Col \\d+ \\(\\d+ selected\\)`));
    await vsc.screenshot('counterpoint-counter-selected');
  });

  it('keeps expanded claims expanded while the article is edited and re-analysed', async () => {
    assert.ok(vsc);
    const view = vsc.view('Claims');
    const expandedLabels = async () => view.locator('.monaco-list-row[aria-expanded="true"] .label-name').allInnerTexts();
    const before = await expandedLabels();
    assert.ok(before.length > 0, 'some claims are expanded');
    // Type a new paragraph at the end of the article (Ctrl+End, then text), wait for re-analysis.
    await vsc.editor().click();
    await vsc.page.keyboard.press('Control+End');
    await vsc.page.keyboard.type('\nA council member said the harbour will stay open.\n');
    await vsc.editorText('A council member said');
    await vsc.page.waitForTimeout(1500);
    assert.deepEqual(await expandedLabels(), before);
    await vsc.runCommand('File: Revert File');
  });

  it('shows the counts in the status bar and a hover on a claim', async () => {
    assert.ok(vsc);
    const status = vsc.page.locator('.statusbar-item', { has: vsc.page.locator('.codicon-comment-discussion') });
    await status.first().waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await status.first().innerText(), /^\s*\d+\s+\d+\s+\d+\s*$/);
    const denied = vsc.editor().locator('span[class*="ced-"]', { hasText: /^denied$/ }).first();
    await denied.hover();
    const hover = vsc.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-resizable-hover .monaco-hover-content');
    await hover.first().waitFor({ state: 'visible', timeout: 15_000 });
    await vsc.page.waitForTimeout(300);
    assert.match(await hover.first().innerText(), /Denial|Claim|Attribution/);
    await vsc.screenshot('counterpoint-hover');
  });

  it('shows what to do in the Claims view when no article is open', async () => {
    assert.ok(vsc);
    await vsc.page.keyboard.press('Escape');
    await vsc.runCommand('View: Close All Editors');
    await vsc.showContainer('Counterpoint');
    const welcome = vsc.view('Claims').locator('.welcome-view-content');
    await welcome.waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await welcome.innerText(), /Open a news article \(Markdown or plain text\) to see its claims/);
    assert.equal(await vsc.view('Claims').locator('.monaco-list-row').count(), 0);
  });
});

describe('Counterpoint on the sample article (README screenshots)', function () {
  this.timeout(180_000);
  const SAMPLES = join(__dirname, '..', '..', '..', 'samples');

  // The browser's colour scheme picks the theme (see harness.ts). In code-server's web workbench the dark one
  // comes out as the first dark theme it has (Abyss), which is fine here: the point is a dark background.
  for (const [theme, scheme, name] of [['a light theme', 'light', 'counterpoint-sample-light'], ['a dark theme', 'dark', 'counterpoint-sample-dark']] as const) {
    it(`shows highlights, CodeLens and the Claims view in ${theme}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'counterpoint-ui-'));
      copyFileSync(join(SAMPLES, 'bridge-funding.md'), join(dir, 'bridge-funding.md'));
      const vsc = await openVSCode({ folder: dir, file: join(dir, 'bridge-funding.md'), viewport: { width: 1600, height: 1000 }, colorScheme: scheme });
      try {
        await vsc.editorText('Bridge funding');
        const workbench = await vsc.page.locator('.monaco-workbench').getAttribute('class');
        assert.ok(workbench?.split(/\s+/).includes(scheme === 'dark' ? 'vs-dark' : 'vs'), `the workbench is not in ${theme}: ${workbench}`);
        await vsc.editor().locator('span[class*="ced-"]').first().waitFor({ state: 'visible', timeout: 30_000 });
        await vsc.showContainer('Counterpoint');
        const labels = await vsc.treeLabels('Claims', 30_000);
        assert.ok(labels.length > 0);
        const rows = vsc.view('Claims').locator('.monaco-list-row[aria-expanded="false"]');
        if (await rows.count() > 0) await rows.first().locator('.monaco-tl-twistie').click();
        await vsc.page.waitForTimeout(500);
        await vsc.screenshot(name);
      } finally {
        await vsc.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
