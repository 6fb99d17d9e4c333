/** Moving the selection to findings: shared by the commands, the trees, hovers and CodeLens. */
import * as vscode from 'vscode';
import type { DocumentAnalysisService } from './documentAnalysis';
import type { Finding } from './model/findings';
import { toSelection } from './offsets';

/** Selects `span` in `editor` and scrolls it into view. */
export function selectSpan(editor: vscode.TextEditor, span: { start: number; end: number }): void {
  const sel = toSelection(editor.document, span);
  editor.selection = sel;
  editor.revealRange(sel, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The editor showing `uri` (the active one if it does), opening the document when needed. */
export async function editorFor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const active = vscode.window.activeTextEditor;
  if (active && active.document.uri.toString() === uri.toString()) return active;
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn, preserveFocus: false });
}

/**
 * Reveals a finding by id in the document's current analysis (so a tree or hover built before the
 * latest edit still lands on the right words), falling back to the given offsets.
 */
export async function revealFinding(service: DocumentAnalysisService, uri: vscode.Uri, findingId: string | null, start: number, end: number): Promise<Finding | undefined> {
  const editor = await editorFor(uri);
  const r = await service.forCommand(editor.document);
  const f = findingId ? r?.index.get(findingId) : undefined;
  if (f) {
    selectSpan(editor, f);
    return f;
  }
  const length = editor.document.getText().length;
  if (start >= 0 && end <= length && start <= end) selectSpan(editor, { start, end });
  return undefined;
}
