// UI-test harness: a real VS Code 1.100.3 workbench (code-server) in Debian's Chromium, driven by playwright-core, with
// this repository's extension loaded in development mode and a folder (and optionally a file) open.
//
//   import { openVSCode } from './harness';
//   let vsc: VSCodeSession;
//   before(async () => { vsc = await openVSCode({ folder: dir, file: join(dir, 'article.md') }); });
//   after(async () => vsc?.close());
//   it('shows the article', async () => {
//     await vsc.editorText('Stocks fell');              // waits until the text is visible in the editor
//     await vsc.screenshot('article-open');             // test-results/screenshots/article-open.png
//     await vsc.runCommand('Counterpoint: Toggle Highlights');
//   });
//
// The page is `vsc.page` (playwright Page); the workbench is VS Code's DOM, so selectors such as
// `.monaco-editor .view-line`, `.part.sidebar .monaco-list-row` and `.statusbar-item` work as in VS Code's own smoke tests.
// Run with `npm run test:ui` (scripts/vscode/run-ui.ts), which builds the extension and runs setup first.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  ROOT,
  assertExtensionBuilt,
  launchBrowser,
  startCodeServer,
  workbenchUrl,
  type CodeServer,
} from '../../../scripts/vscode/code-server';

export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');

export interface OpenOptions {
  /** Folder opened as the workspace (absolute or relative to the repository root). */
  folder: string;
  /** File opened in an editor once the workbench is up (absolute, or relative to the repository root). */
  file?: string;
  /** Extension loaded in development mode; default: $COUNTERPOINT_TEST_EXTENSION_PATH or this repository (built by the runner). */
  extensionPath?: string;
  /** User settings merged over the harness defaults (e.g. `{ 'editor.fontSize': 16 }`). */
  settings?: Record<string, unknown>;
  /** The browser's preferred colour scheme (with `window.autoDetectColorScheme`, picks the dark or light theme); default light. */
  colorScheme?: 'light' | 'dark';
  /** Browser viewport; default 1400 x 900. */
  viewport?: { width: number; height: number };
  /** How long to wait for the workbench (and the file's editor), in ms; default 60 s. */
  timeout?: number;
}

export interface VSCodeSession {
  readonly page: Page;
  readonly browser: Browser;
  readonly server: CodeServer;
  /** The workbench URL that was opened. */
  readonly url: string;
  /** The active editor's visible text area. */
  editor(): Locator;
  /** Waits until `text` is visible in the active editor (throws after `timeout` ms). */
  editorText(text: string, timeout?: number): Promise<void>;
  /** Runs a command by its title through the command palette (F1), e.g. `Counterpoint: Next Claim`. */
  runCommand(title: string): Promise<void>;
  /** Shows an activity-bar container in the side bar by its title (`Explorer`, `Counterpoint`); no-op if shown. */
  showContainer(title: string): Promise<void>;
  /** The side-bar view (pane) whose header starts with `title` (case-insensitive, e.g. `Claims`). */
  view(title: string): Locator;
  /** Labels (`.label-name`) of the visible rows of a side-bar view, top to bottom; waits until it has a row. */
  treeLabels(viewTitle: string, timeout?: number): Promise<string[]>;
  /** Saves a full-page PNG to test-results/screenshots/NAME.png and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Closes the browser, stops code-server and removes its temp folders. */
  close(): Promise<void>;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function openVSCode(options: OpenOptions): Promise<VSCodeSession> {
  const folder = resolve(ROOT, options.folder);
  const file = options.file ? resolve(ROOT, options.file) : undefined;
  const extensionPath = resolve(options.extensionPath ?? process.env.COUNTERPOINT_TEST_EXTENSION_PATH ?? ROOT);
  const timeout = options.timeout ?? 60_000;
  assertExtensionBuilt(extensionPath);

  const server = await startCodeServer({
    folder,
    // code-server's web workbench here does not apply `workbench.colorTheme` from the user settings file; it
    // follows the browser's colour scheme (`colorScheme`) to a light or a dark theme.
    settings: {
      'window.autoDetectColorScheme': true,
      'workbench.preferredLightColorTheme': 'Default Light Modern',
      'workbench.preferredDarkColorTheme': 'Default Dark Modern',
      ...options.settings,
    },
    env: { EXTENSIONS_GALLERY: '{}' },
  });
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: options.viewport ?? { width: 1400, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
    const url = workbenchUrl(server, { folder, openFile: file, extensionDevelopmentPath: extensionPath });
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout });
    // The explorer shows the folder once the remote connection and the workspace are up.
    await page.locator('.part.sidebar, .part.statusbar').first().waitFor({ state: 'visible', timeout });
    if (file) await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout });
    const b = browser;
    const session: VSCodeSession = {
      page,
      browser: b,
      server,
      url,
      editor: () => page.locator('.editor-group-container.active .monaco-editor .view-lines').first(),
      async editorText(text, wait = timeout) {
        await session.editor().locator('.view-line', { hasText: text }).first().waitFor({ state: 'visible', timeout: wait });
      },
      async runCommand(title) {
        await page.keyboard.press('F1');
        const input = page.locator('.quick-input-widget input.input');
        await input.waitFor({ state: 'visible', timeout: 10_000 });
        await input.fill(`>${title}`);
        const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
        await row.waitFor({ state: 'visible', timeout: 10_000 });
        await page.keyboard.press('Enter');
        // Done when the palette closed, or when the command opened a quick input of its own (no '>' prefix).
        const deadline = Date.now() + 10_000;
        while ((await input.isVisible()) && (await input.inputValue()).startsWith('>')) {
          if (Date.now() > deadline) throw new Error(`The command palette did not run "${title}".`);
          await page.waitForTimeout(100);
        }
      },
      async showContainer(title) {
        const item = page.locator('.part.activitybar .action-item').filter({
          has: page.locator(`.action-label[aria-label^="${title}"]`),
        });
        await item.first().waitFor({ state: 'visible', timeout });
        // Clicking the container that is already shown would hide the side bar.
        if ((await item.first().getAttribute('class'))?.split(/\s+/).includes('checked')) return;
        await item.first().locator('.action-label').click();
        await page.locator('.part.sidebar').waitFor({ state: 'visible', timeout: 10_000 });
        // Park the mouse on the title bar, so that the activity bar's tooltip is not in later screenshots.
        await page.mouse.move((page.viewportSize()?.width ?? 800) / 2, 2);
      },
      view(title) {
        return page.locator('.part.sidebar .pane').filter({
          has: page.locator('.pane-header h3.title', { hasText: new RegExp(`^${escapeRegExp(title)}`, 'i') }),
        });
      },
      async treeLabels(viewTitle, wait = timeout) {
        const rows = session.view(viewTitle).locator('.monaco-list-row');
        await rows.first().waitFor({ state: 'visible', timeout: wait });
        return rows.locator('.label-name').allInnerTexts();
      },
      async screenshot(name) {
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        const path = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
        await page.screenshot({ path });
        return path;
      },
      async close() {
        await b.close().catch(() => undefined);
        await server.stop();
      },
    };
    return session;
  } catch (err) {
    await browser?.close().catch(() => undefined);
    await server.stop();
    throw err;
  }
}
