// Shared helpers of the Counterpoint extension suite (runs inside the VS Code extension host).
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CounterpointApi } from '../../../src/extension/testApi';
import type { RenderedNode } from '../../../src/extension/treeProvider';
import { locate } from './scripted';

export const ROOT = process.env.COUNTERPOINT_TEST_EXTENSION_PATH ?? path.resolve(__dirname, '..', '..', '..');
export const fixture = (name: string) => vscode.Uri.file(path.join(ROOT, 'test', 'fixtures', 'vscode', name));

let api: CounterpointApi | undefined;

/** Activates Counterpoint (by opening an article, its activation event) and returns its test API. */
export async function counterpoint(): Promise<CounterpointApi> {
  if (api) return api;
  const ext = vscode.extensions.getExtension('counterpoint.counterpoint');
  if (!ext) throw new Error('extension counterpoint.counterpoint is not installed in this VS Code');
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixture('harbour.md')));
  api = (await ext.activate()) as CounterpointApi;
  return api;
}

/** Opens a fixture in an editor and waits until it is analysed and shown in the views. */
export async function openArticle(name: string): Promise<vscode.TextEditor> {
  const a = await counterpoint();
  const doc = await vscode.workspace.openTextDocument(fixture(name));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  await a.whenAnalyzed(doc);
  await a.whenShowing(doc.uri);
  return editor;
}

/** Polls until `check` returns true (for effects of events VS Code delivers asynchronously). */
export async function waitFor(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** [label, description] of each node, with children nested after it. */
export type Shape = [string, string | undefined, ...Shape[]] | [string, string | undefined];
export function shape(nodes: readonly RenderedNode[]): Shape[] {
  return nodes.map((n) => [n.label, n.description, ...shape(n.children)] as Shape);
}

/** The range of a locator ("words" or "context with [span]") in the editor's document. */
export function rangeOf(doc: vscode.TextDocument, locator: string): vscode.Range {
  const s = locate(doc.getText(), locator);
  if (!s) throw new Error(`"${locator}" is not in ${doc.uri.fsPath}`);
  return new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
}

/** Puts the cursor (an empty selection) inside the words. */
export function placeCursor(editor: vscode.TextEditor, locator: string, into = 2): void {
  const r = rangeOf(editor.document, locator);
  const p = r.start.translate(0, into);
  editor.selection = new vscode.Selection(p, p);
}

export const textOf = (doc: vscode.TextDocument, ranges: readonly vscode.Range[] | undefined) => (ranges ?? []).map((r) => doc.getText(r));

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('counterpoint').update(key, value, vscode.ConfigurationTarget.Global);
}

/** Reverts and closes every editor, leaving fixtures as they are on disk. */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.isDirty) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
