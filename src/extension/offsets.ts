/** The only place offsets (core) become Positions/Ranges (editor) and back. */
import * as vscode from 'vscode';

export function toRange(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function toSelection(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Selection {
  return new vscode.Selection(document.positionAt(span.start), document.positionAt(span.end));
}

export function toOffsets(document: vscode.TextDocument, range: vscode.Range): { start: number; end: number } {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

export function toLocation(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Location {
  return new vscode.Location(document.uri, toRange(document, span));
}
