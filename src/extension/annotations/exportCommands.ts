/**
 * `Export Annotations...` (the active article) and `Export Workspace...` (every article of the workspace, with a
 * progress notification that can be cancelled). Both take the format and the target file as optional arguments.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Analyzer } from '../../core/analyzer';
import { parseDocument, refreshQuotes, type AnnotationDocument } from '../../core/annotations';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, exportArticles, prepareArticle, type ExportFormat, type ExportOptions, type PreparedArticle } from '../../core/export';
import type { AnalyzerSettings, LanguageId } from '../../core/types';
import type { ActiveArticle } from '../activeArticle';
import type { Command } from '../commands/commandManager';
import { COMMAND_IDS } from '../commands/ids';
import type { DocumentAnalysisService } from '../documentAnalysis';
import { currentArticle } from './commands';
import { readText, writeText, type AnnotationStore } from './store';

const FORMAT_ITEMS: Record<ExportFormat, { label: string; detail: string; filter: string }> = {
  json: { label: 'JSON', detail: 'The analysis and every annotation, complete enough to restore them', filter: 'JSON' },
  w3c: { label: 'W3C Web Annotation', detail: 'An AnnotationCollection (JSON-LD) with quote and position selectors', filter: 'JSON-LD' },
  claimreview: { label: 'schema.org ClaimReview', detail: 'JSON-LD for each claim with a verdict', filter: 'JSON-LD' },
  csv: { label: 'CSV', detail: 'One row per finding or mark (RFC 4180)', filter: 'CSV' },
  markdown: { label: 'Markdown report', detail: 'Each claim with claimant, verdict and note, and its counter-claims', filter: 'Markdown' },
};

/** Files the workspace export reads by default. */
export const WORKSPACE_ARTICLES = '**/*.{md,markdown,txt}';
const WORKSPACE_EXCLUDE = '{**/node_modules/**,**/.git/**,**/.counterpoint/**,**/dist/**,**/out/**}';
const MAX_ARTICLE_CHARS = 5_000_000;

function isFormat(v: unknown): v is ExportFormat {
  return typeof v === 'string' && (EXPORT_FORMATS as readonly string[]).includes(v);
}

async function pickFormat(arg: unknown): Promise<ExportFormat | undefined> {
  if (isFormat(arg)) return arg;
  if (arg !== undefined) {
    void vscode.window.showErrorMessage(`Counterpoint: unknown export format ${JSON.stringify(arg)} (expected ${EXPORT_FORMATS.join(', ')}).`);
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(EXPORT_FORMATS.map((f) => ({ ...FORMAT_ITEMS[f], format: f })), { placeHolder: 'Export in which format?' });
  return picked?.format;
}

function toUri(v: unknown): vscode.Uri | undefined {
  if (v instanceof vscode.Uri) return v;
  if (typeof v === 'string' && v !== '') return path.isAbsolute(v) ? vscode.Uri.file(v) : vscode.Uri.parse(v);
  return undefined;
}

async function pickTarget(arg: unknown, format: ExportFormat, suggested: vscode.Uri): Promise<vscode.Uri | undefined> {
  const given = toUri(arg);
  if (given) return given;
  const ext = EXPORT_EXTENSIONS[format];
  return vscode.window.showSaveDialog({ defaultUri: suggested, filters: { [FORMAT_ITEMS[format].filter]: [ext.slice(1)] }, saveLabel: 'Export' });
}

function languageOf(uri: vscode.Uri): LanguageId {
  return /\.(md|markdown|mdown|mkdn?)$/i.test(uri.path) ? 'markdown' : 'plaintext';
}

export class Exporter {
  constructor(private readonly store: AnnotationStore, private readonly analyzerSettings: () => AnalyzerSettings) {}

  options(): ExportOptions {
    const reviewer = vscode.workspace.getConfiguration('counterpoint').get<string>('export.reviewer');
    const d = new Date();
    const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    return { date, ...(typeof reviewer === 'string' && reviewer.trim() !== '' ? { reviewer: reviewer.trim() } : {}) };
  }

  private prepare(uri: vscode.Uri, text: string, languageId: LanguageId, annotations: AnnotationDocument | undefined): PreparedArticle {
    const analysis = new Analyzer(this.analyzerSettings()).analyze(text, languageId, uri.scheme === 'file' ? uri.fsPath : uri.toString());
    return prepareArticle({ path: vscode.workspace.asRelativePath(uri, false), uri: uri.toString(), text, analysis, ...(annotations ? { annotations } : {}) });
  }

  /** An open article: its current text and in-memory annotations. Throws when its annotation file is unusable. */
  async fromDocument(document: vscode.TextDocument): Promise<PreparedArticle> {
    const state = await this.store.ready(document);
    if (state?.error) throw new Error(`${vscode.workspace.asRelativePath(state.error.file, false)}: ${state.error.error.message}`);
    const text = document.getText();
    const doc = state && state.doc.annotations.length > 0 ? refreshQuotes(state.doc, text, state.orphans) : undefined;
    return this.prepare(document.uri, text, document.languageId === 'markdown' ? 'markdown' : 'plaintext', doc);
  }

  /** An article on disk (or open): its text and its annotation file, re-anchored. Throws with a clear reason. */
  async fromUri(uri: vscode.Uri): Promise<PreparedArticle> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open && this.store.state(uri)) return this.fromDocument(open);
    let text = await readText(uri);
    if (text === undefined) throw new Error(`${vscode.workspace.asRelativePath(uri, false)}: no such article`);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.includes('\u0000')) throw new Error(`${vscode.workspace.asRelativePath(uri, false)}: looks like a binary file, not an article`);
    if (text.length > MAX_ARTICLE_CHARS) throw new Error(`${vscode.workspace.asRelativePath(uri, false)}: too large (${text.length} characters)`);
    const file = this.store.fileFor(uri);
    const raw = file ? await readText(file) : undefined;
    let doc: AnnotationDocument | undefined;
    if (raw !== undefined && file) {
      const parsed = parseDocument(raw);
      if (!parsed.ok) throw new Error(`${vscode.workspace.asRelativePath(file, false)}: ${parsed.error.message}`);
      doc = parsed.doc;
    }
    return this.prepare(uri, text, languageOf(uri), doc);
  }
}

export class ExportAnnotationsCommand implements Command {
  readonly id = COMMAND_IDS.exportAnnotations;
  constructor(private readonly service: DocumentAnalysisService, private readonly active: ActiveArticle, private readonly exporter: Exporter) {}

  /** `format`: json, w3c, claimreview, csv or markdown (else a quick pick); `target`: the file (else a save dialog). */
  async execute(format?: unknown, target?: unknown): Promise<vscode.Uri | undefined> {
    const article = currentArticle(this.service, this.active);
    if (!article) return undefined;
    const f = await pickFormat(format);
    if (!f) return undefined;
    const doc = article.document;
    const base = path.posix.basename(doc.uri.path).replace(/\.[^.]*$/, '');
    const out = await pickTarget(target, f, vscode.Uri.joinPath(doc.uri, '..', `${base}.annotations${EXPORT_EXTENSIONS[f]}`));
    if (!out) return undefined;
    if (out.toString() === doc.uri.toString()) {
      void vscode.window.showErrorMessage('Counterpoint: the export would overwrite the article; choose another file.');
      return undefined;
    }
    let prepared: PreparedArticle;
    try {
      prepared = await this.exporter.fromDocument(doc);
    } catch (e) {
      void vscode.window.showErrorMessage(`Counterpoint could not export: ${(e as Error).message}`);
      return undefined;
    }
    await writeText(out, exportArticles(f, [prepared], this.exporter.options()));
    const orphans = prepared.reconciled.orphans.length;
    vscode.window.setStatusBarMessage(`Counterpoint exported ${vscode.workspace.asRelativePath(out, false)}${orphans ? ` (${orphans} orphaned)` : ''}`, 4000);
    return out;
  }
}

export interface WorkspaceExportResult {
  target: vscode.Uri;
  articles: string[];
  skipped: string[];
}

export class ExportWorkspaceCommand implements Command {
  readonly id = COMMAND_IDS.exportWorkspace;
  constructor(private readonly exporter: Exporter) {}

  /**
   * Every article of the workspace (`include`: a glob instead of Markdown and text files) in one file. Articles
   * that cannot be read (or whose annotation file is unusable) are skipped and named in a warning.
   */
  async execute(format?: unknown, target?: unknown, include?: unknown): Promise<WorkspaceExportResult | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showInformationMessage('Counterpoint: open a folder to export its articles.');
      return undefined;
    }
    const f = await pickFormat(format);
    if (!f) return undefined;
    const out = await pickTarget(target, f, vscode.Uri.joinPath(folder.uri, `annotations${EXPORT_EXTENSIONS[f]}`));
    if (!out) return undefined;
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Counterpoint: exporting annotations', cancellable: true }, async (progress, token) => {
      const pattern = typeof include === 'string' && include !== '' ? include : WORKSPACE_ARTICLES;
      const files = (await vscode.workspace.findFiles(pattern, WORKSPACE_EXCLUDE, undefined, token))
        .filter((u) => !u.path.endsWith('.counterpoint.json') && u.toString() !== out.toString())
        .sort((a, b) => a.path.localeCompare(b.path));
      const prepared: PreparedArticle[] = [];
      const skipped: string[] = [];
      for (const [i, uri] of files.entries()) {
        if (token.isCancellationRequested) break;
        progress.report({ message: `${vscode.workspace.asRelativePath(uri, false)} (${i + 1} of ${files.length})`, increment: 100 / Math.max(1, files.length) });
        try {
          prepared.push(await this.exporter.fromUri(uri));
        } catch (e) {
          skipped.push((e as Error).message);
        }
        await new Promise((r) => setTimeout(r, 0));
      }
      if (token.isCancellationRequested) {
        void vscode.window.showInformationMessage('Counterpoint: export cancelled; nothing was written.');
        return undefined;
      }
      await writeText(out, exportArticles(f, prepared, this.exporter.options()));
      if (skipped.length > 0) void vscode.window.showWarningMessage(`Counterpoint exported ${prepared.length} articles to ${vscode.workspace.asRelativePath(out, false)}; skipped ${skipped.length}: ${skipped.join('; ')}`);
      else vscode.window.setStatusBarMessage(`Counterpoint exported ${prepared.length} articles to ${vscode.workspace.asRelativePath(out, false)}`, 4000);
      return { target: out, articles: prepared.map((p) => p.path), skipped };
    });
  }
}
