/**
 * Per-article annotation state: loaded and validated from `<article>.counterpoint.json` when the article opens,
 * moved with the text while the user types (the change events' offsets), re-anchored when the text changed
 * outside the editor, applied to every analysis through the service's overlay hook, and written atomically when
 * the article is saved (or at once when the article has no unsaved changes). A file that does not validate is
 * never written: the user gets a message naming it and may keep a backup and start fresh.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readFileIfExists, writeFileAtomic } from '../../cli/fs-atomic';
import {
  anchor, anchorDocument, applyEdits, defaultContext, emptyDocument, mergeAnnotations, parseDocument, planSave, refreshQuotes, selectorsFor,
  type AnchoredAnnotation, type Annotation, type AnnotationDocument, type AnnotationFileError, type MergeResult, type ModelContext,
} from '../../core/annotations';
import type { DocumentAnalysisService, FindingOverlay } from '../documentAnalysis';
import type { OrphanInfo } from '../model/treeNodes';
import { Disposable } from '../util/dispose';
import { annotationSegments, readLocation, type Location } from './location';
import { buildOverlay } from './overlay';

export const BACKUP_AND_START_FRESH = 'Keep a backup and start fresh';

export type MessageLevel = 'error' | 'warning' | 'info';

/** Shows messages and remembers them (the test API reads them). */
export class Messages {
  readonly shown: { level: MessageLevel; text: string }[] = [];

  show(level: MessageLevel, text: string, ...actions: string[]): Thenable<string | undefined> {
    this.shown.push({ level, text });
    return level === 'error' ? vscode.window.showErrorMessage(text, ...actions)
      : level === 'warning' ? vscode.window.showWarningMessage(text, ...actions) : vscode.window.showInformationMessage(text, ...actions);
  }
}

export interface ArticleState {
  uri: vscode.Uri;
  doc: AnnotationDocument;
  /** Ids of annotations whose text is gone: kept, listed, never deleted. */
  orphans: Set<string>;
  /** The document version the positions refer to; undefined while the file is being read. */
  syncedVersion: number | undefined;
  /** The annotations differ from what the file holds. */
  dirty: boolean;
  /** The annotation file that could not be used (it is never written while this is set). */
  error?: { file: vscode.Uri; error: AnnotationFileError };
  loaded: Promise<void>;
  merged?: MergeResult;
  /** The file the annotations were read from when it is not where the location setting puts them now. */
  previousFile?: vscode.Uri;
}

export class AnnotationStore extends Disposable {
  private readonly states = new Map<string, ArticleState>();
  /** Articles being renamed: their state waits for the new name (onWillRenameFiles -> onDidRenameFiles). */
  private readonly renaming = new Map<string, ArticleState>();
  private io: Promise<unknown> = Promise.resolve();
  private showDismissedValue = false;
  private locationValue: Location;
  private readonly warnedLocation = new Set<string>();
  private readonly changed = this.register(new vscode.EventEmitter<vscode.Uri>());
  /** An article's annotations changed (after the views were re-indexed). */
  readonly onDidChange = this.changed.event;
  ctx: ModelContext = defaultContext();

  constructor(private readonly service: DocumentAnalysisService, readonly messages: Messages, private readonly log: vscode.OutputChannel) {
    super();
    this.locationValue = this.readLocation();
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('counterpoint.annotations.location')) this.locationValue = this.readLocation();
    }));
    this.register(vscode.workspace.onDidOpenTextDocument((d) => this.track(d)));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.close(d)));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => this.changedText(e)));
    this.register(vscode.workspace.onDidSaveTextDocument((d) => { if (this.states.has(d.uri.toString())) void this.persist(d); }));
    this.register(vscode.workspace.onWillRenameFiles((e) => {
      for (const f of e.files) {
        const s = this.states.get(f.oldUri.toString());
        if (s) this.renaming.set(f.oldUri.toString(), s);
      }
    }));
    this.register(vscode.workspace.onDidRenameFiles((e) => { void this.renamed(e.files); }));
    void vscode.commands.executeCommand('setContext', 'counterpoint.showDismissed', false);
    for (const d of vscode.workspace.textDocuments) this.track(d);
  }

  /** The hook the analysis service calls after each analysis. */
  readonly overlay: FindingOverlay = (uri, text, analysis) => {
    const state = this.states.get(uri.toString());
    if (!state || state.syncedVersion === undefined) return undefined;
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (document && state.syncedVersion !== document.version) {
      this.reanchor(state, text);
      state.syncedVersion = document.version;
    } else {
      this.retryOrphans(state, text);
    }
    if (state.doc.annotations.length === 0) {
      state.merged = undefined;
      return undefined;
    }
    const anchored: AnchoredAnnotation[] = state.doc.annotations.map((a) => {
      const { start, end } = a.selectors.position;
      if (!state.orphans.has(a.id) && end > text.length) state.orphans.add(a.id);
      return { annotation: a, anchor: state.orphans.has(a.id) ? { status: 'orphan', score: 0 } : { status: 'exact', start, end, score: 1 } };
    });
    // The analysis' own links are added by buildOverlay; merging without them keeps this linear in the findings.
    const merged = mergeAnnotations({ ...analysis, links: [] }, { doc: state.doc, anchored }, text);
    if (merged.doc.annotations.some((a, i) => a !== state.doc.annotations[i])) {
      state.doc = merged.doc;
      state.dirty = true;
    }
    state.merged = merged;
    return buildOverlay(analysis, merged, text, this.showDismissedValue);
  };

  get location(): Location {
    return this.locationValue;
  }

  get showDismissed(): boolean {
    return this.showDismissedValue;
  }

  setShowDismissed(show: boolean): void {
    this.showDismissedValue = show;
    void vscode.commands.executeCommand('setContext', 'counterpoint.showDismissed', show);
    for (const d of vscode.workspace.textDocuments) if (this.states.has(d.uri.toString())) this.service.reindex(d);
  }

  private readLocation(): Location {
    const { location, problem } = readLocation(vscode.workspace.getConfiguration('counterpoint').get('annotations.location'));
    if (problem && !this.warnedLocation.has(problem)) {
      this.warnedLocation.add(problem);
      void this.messages.show('warning', `Counterpoint: ${problem}`);
    }
    return location;
  }

  /** Where the article's annotation file is (with the current location setting); undefined when it has none. */
  fileFor(uri: vscode.Uri, location: Location = this.locationValue): vscode.Uri | undefined {
    // Untitled documents, and read-only views such as a git diff's old side, keep annotations in memory only.
    if (uri.scheme !== 'file' && vscode.workspace.fs.isWritableFileSystem(uri.scheme) !== true) return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const rel = folder ? path.posix.relative(folder.uri.path, uri.path) : undefined;
    const { base, segments } = annotationSegments(location, path.posix.basename(uri.path), rel && !rel.startsWith('..') ? rel : undefined);
    return base === 'workspaceFolder' && folder ? vscode.Uri.joinPath(folder.uri, ...segments) : vscode.Uri.joinPath(uri, '..', ...segments);
  }

  state(uri: vscode.Uri): ArticleState | undefined {
    return this.states.get(uri.toString());
  }

  /** The article's state once its annotation file is read (tracking the document if it is not yet). */
  async ready(document: vscode.TextDocument): Promise<ArticleState | undefined> {
    const s = this.states.get(document.uri.toString()) ?? this.track(document);
    if (!s) return undefined;
    await s.loaded;
    this.sync(s, document);
    return s;
  }

  orphansOf(uri: vscode.Uri): OrphanInfo[] {
    const s = this.states.get(uri.toString());
    if (!s) return [];
    return s.doc.annotations.filter((a) => s.orphans.has(a.id)).map((a) => ({ id: a.id, quote: a.selectors.quote.exact, ...(a.note !== undefined ? { note: a.note } : {}) }));
  }

  /** Waits until every pending read and write is done. */
  async idle(): Promise<void> {
    for (;;) {
      const p = this.io;
      await p.catch(() => undefined);
      if (p === this.io) return;
    }
  }

  private queue<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.io.catch(() => undefined).then(fn);
    this.io = next;
    return next;
  }

  private track(document: vscode.TextDocument): ArticleState | undefined {
    if (!this.service.isSupported(document)) return undefined;
    const key = document.uri.toString();
    const existing = this.states.get(key);
    if (existing) return existing;
    const state: ArticleState = { uri: document.uri, doc: emptyDocument(path.posix.basename(document.uri.path)), orphans: new Set(), syncedVersion: undefined, dirty: false, loaded: Promise.resolve() };
    this.states.set(key, state);
    state.loaded = this.queue(() => this.load(state, document));
    return state;
  }

  private async load(state: ArticleState, document: vscode.TextDocument): Promise<void> {
    let file = this.fileFor(document.uri);
    let text: string | undefined;
    try {
      text = file ? await readText(file) : undefined;
      // Written before the location setting changed: read it from the other place; the next save moves it.
      const other = this.fileFor(document.uri, this.locationValue === 'beside' ? 'workspaceFolder' : 'beside');
      if (text === undefined && other && file && other.toString() !== file.toString()) {
        text = await readText(other);
        if (text !== undefined) {
          file = other;
          state.previousFile = other;
        }
      }
    } catch (e) {
      this.log.appendLine(`[error] reading ${file?.toString()}: ${(e as Error).message}`);
      void this.messages.show('error', `Counterpoint could not read the annotation file ${this.shown(file!)}: ${(e as Error).message}. It is left untouched.`);
      state.error = { file: file!, error: { kind: 'corrupt', path: '$', reason: (e as Error).message, message: (e as Error).message } };
    }
    if (text !== undefined && file) {
      const parsed = parseDocument(text);
      if (parsed.ok) {
        state.doc = parsed.doc;
      } else {
        state.error = { file, error: parsed.error };
        this.reportFileError(state);
      }
    }
    if (document.isClosed) {
      this.states.delete(document.uri.toString());
      return;
    }
    this.reanchor(state, document.getText());
    state.dirty = false;
    state.syncedVersion = document.version;
    if (state.doc.annotations.length > 0) this.refreshViews(document);
  }

  /** Tells the user the annotation file cannot be used; offers to keep a backup and start fresh. */
  private reportFileError(state: ArticleState): void {
    const err = state.error;
    if (!err) return;
    const text = `Counterpoint: the annotation file ${this.shown(err.file)} cannot be used: ${err.error.message} The article still works; annotations you add are not saved until the file is fixed or moved aside.`;
    this.log.appendLine(`[error] ${text}`);
    void this.messages.show('error', text, BACKUP_AND_START_FRESH).then((choice) => {
      if (choice === BACKUP_AND_START_FRESH) void this.backupAndStartFresh(state.uri);
    });
  }

  /** Renames the unusable annotation file to `<file>.backup-<time>` and lets the article's annotations be saved again. */
  async backupAndStartFresh(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
    const state = this.states.get(uri.toString());
    const err = state?.error;
    if (!state || !err) return undefined;
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
    let backup = err.file.with({ path: `${err.file.path}.backup-${stamp}` });
    for (let n = 2; await exists(backup); n++) backup = err.file.with({ path: `${err.file.path}.backup-${stamp}-${n}` });
    await this.queue(() => Promise.resolve(vscode.workspace.fs.rename(err.file, backup, { overwrite: false })));
    state.error = undefined;
    void this.messages.show('info', `Counterpoint kept the old annotation file as ${this.shown(backup)}; ${this.shown(uri)} starts with a fresh one.`);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (document && state.doc.annotations.length > 0) {
      state.dirty = true;
      if (!document.isDirty) await this.persist(document);
    }
    return backup;
  }

  private shown(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, false);
  }

  /** Anchors every annotation against `text` (stored position, exact quote, approximate match; else orphan). */
  private reanchor(state: ArticleState, text: string): void {
    if (state.doc.annotations.length === 0) return;
    // Fast path: an annotation whose quote, prefix and suffix are all still at its stored position is where it was.
    const unchanged = (a: Annotation) => {
      const { start, end } = a.selectors.position;
      const q = a.selectors.quote;
      return end <= text.length && start >= q.prefix.length && text.slice(start, end) === q.exact && text.slice(start - q.prefix.length, start) === q.prefix && text.slice(end, end + q.suffix.length) === q.suffix;
    };
    const rest = state.doc.annotations.filter((a) => !unchanged(a));
    const r = anchorDocument({ ...state.doc, annotations: rest }, text);
    const moved = new Map(r.anchored.map((x) => [x.annotation.id, x]));
    state.orphans = new Set(r.anchored.filter((x) => x.anchor.status === 'orphan').map((x) => x.annotation.id));
    const annotations = state.doc.annotations.map((a) => moved.get(a.id)?.annotation ?? a);
    if (annotations.some((a, i) => a !== state.doc.annotations[i])) state.dirty = true;
    state.doc = { ...state.doc, annotations };
  }

  /** Orphans come back when their words do (an undo, a paste). */
  private retryOrphans(state: ArticleState, text: string): void {
    if (state.orphans.size === 0) return;
    state.doc = {
      ...state.doc,
      annotations: state.doc.annotations.map((a) => {
        // Only where the exact words are back: this runs after every analysis, so no approximate search here.
        if (!state.orphans.has(a.id) || !text.includes(a.selectors.quote.exact)) return a;
        const r = anchor(a, text);
        if (r.status === 'orphan') return a;
        state.orphans.delete(a.id);
        state.dirty = true;
        return { ...a, selectors: selectorsFor(text, r.start, r.end) };
      }),
    };
  }

  private sync(state: ArticleState, document: vscode.TextDocument): void {
    if (state.syncedVersion === undefined || state.syncedVersion === document.version) return;
    this.reanchor(state, document.getText());
    state.syncedVersion = document.version;
  }

  private changedText(e: vscode.TextDocumentChangeEvent): void {
    const state = this.states.get(e.document.uri.toString());
    if (!state || state.syncedVersion === undefined || e.contentChanges.length === 0) return;
    if (state.doc.annotations.length > 0) {
      if (!e.document.isDirty || state.syncedVersion !== e.document.version - 1) {
        // Reloaded from disk (git checkout, another program), an undo back to the saved text, or events missed.
        this.reanchor(state, e.document.getText());
      } else {
        const r = applyEdits(state.doc.annotations, e.contentChanges, state.orphans);
        for (const id of r.orphaned) state.orphans.add(id);
        if (r.orphaned.length > 0 || r.annotations.some((a, i) => a !== state.doc.annotations[i])) {
          state.doc = { ...state.doc, annotations: r.annotations };
          state.dirty = true;
        }
      }
    }
    state.syncedVersion = e.document.version;
    // Back to the text on disk (reverted, "Don't Save" on close, undone to the saved text): article and
    // annotations agree again, so write the annotations now rather than lose them with the discarded edits.
    if (state.dirty && !e.document.isDirty && !e.document.isUntitled) void this.persist(e.document);
  }

  /**
   * Applies a change to the article's annotations, redraws, and saves the file at once when the article has no
   * unsaved changes (otherwise when it is saved, so that article and annotations agree on disk).
   */
  async mutate(document: vscode.TextDocument, change: (doc: AnnotationDocument, text: string, ctx: ModelContext, state: ArticleState) => AnnotationDocument): Promise<ArticleState | undefined> {
    const state = await this.ready(document);
    if (!state) return undefined;
    this.sync(state, document);
    state.doc = change(state.doc, document.getText(), this.ctx, state);
    for (const id of [...state.orphans]) if (!state.doc.annotations.some((a) => a.id === id)) state.orphans.delete(id);
    state.dirty = true;
    this.refreshViews(document);
    if (!document.isDirty && !document.isUntitled) await this.persist(document);
    return state;
  }

  private refreshViews(document: vscode.TextDocument): void {
    this.service.reindex(document);
    this.changed.fire(document.uri);
  }

  /** Writes the annotation file for the article's current text (refreshed quotes; atomic; never over a file that does not validate). */
  persist(document: vscode.TextDocument): Promise<void> {
    const state = this.states.get(document.uri.toString());
    if (!state) return Promise.resolve();
    return state.loaded.then(() => this.queue(async () => {
      if (document.isClosed || state.syncedVersion === undefined) return;
      this.sync(state, document);
      await this.write(state, document.getText());
    }));
  }

  private async write(state: ArticleState, text: string): Promise<void> {
    const file = this.fileFor(state.uri);
    if (!file) return;
    state.doc = refreshQuotes(state.doc, text, state.orphans);
    let existing: string | undefined;
    try {
      existing = await readText(file);
    } catch (e) {
      void this.messages.show('error', `Counterpoint could not read ${this.shown(file)} before saving annotations: ${(e as Error).message}. Nothing was written.`);
      return;
    }
    const plan = planSave(existing, state.doc);
    switch (plan.action) {
      case 'write':
      case 'delete':
        try {
          if (plan.action === 'write') await writeText(file, plan.text);
          else await vscode.workspace.fs.delete(file, { useTrash: false });
        } catch (e) {
          this.log.appendLine(`[error] ${plan.action === 'write' ? 'writing' : 'deleting'} ${file.toString()}: ${(e as Error).message}`);
          void this.messages.show('error', `Counterpoint could not ${plan.action === 'write' ? 'write' : 'delete'} the annotation file ${this.shown(file)}: ${(e as Error).message}. Your annotations are kept in memory; save the article again to retry.`);
          return;
        }
        break;
      case 'refuse':
        state.error = { file, error: plan.error };
        this.reportFileError(state);
        return;
      default:
        break;
    }
    state.error = undefined;
    state.dirty = false;
    const previous = state.previousFile;
    if (previous && previous.toString() !== file.toString() && (plan.action === 'write' || plan.action === 'delete')) {
      state.previousFile = undefined;
      const old = await readText(previous).catch(() => undefined);
      // Only a file that still validates is removed (its annotations are in the new file now).
      if (old !== undefined && parseDocument(old).ok) {
        await vscode.workspace.fs.delete(previous, { useTrash: false }).then(undefined, () => undefined);
        this.log.appendLine(`[info] moved the annotations of ${state.uri.toString()} from ${previous.toString()} to ${file.toString()}`);
      }
    }
  }

  private close(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const state = this.states.get(key);
    if (!state) return;
    this.states.delete(key);
    if (this.renaming.has(key)) return;
    if (!state.dirty || state.error || state.syncedVersion === undefined) return;
    // Closed with annotations the file does not have yet (the article's edits were discarded): keep them,
    // anchored against the article as it is on disk.
    void this.queue(async () => {
      const text = await readText(document.uri).catch(() => undefined);
      if (text === undefined) return;
      const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      this.reanchor(state, body);
      await this.write(state, body);
    });
  }

  private async renamed(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      const moving = this.renaming.get(oldUri.toString());
      this.renaming.delete(oldUri.toString());
      await this.queue(() => this.moveFiles(oldUri, newUri));
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === newUri.toString());
      if (!document) continue;
      const current = this.states.get(newUri.toString());
      if (moving) {
        moving.uri = newUri;
        if (moving.doc.article !== undefined) {
          moving.doc = { ...moving.doc, article: path.posix.basename(newUri.path) };
          moving.dirty = true;
        }
        moving.syncedVersion = undefined;
        this.states.set(newUri.toString(), moving);
        await current?.loaded;
        moving.loaded = Promise.resolve();
        moving.syncedVersion = -1;
        this.sync(moving, document);
        this.refreshViews(document);
        if (moving.dirty && !document.isDirty) await this.persist(document);
      } else if (current && current.doc.annotations.length === 0 && !current.error) {
        this.states.delete(newUri.toString());
        const s = this.track(document);
        await s?.loaded;
        this.refreshViews(document);
      }
    }
  }

  /** Moves the annotation file (or, for a folder with the `workspaceFolder` location, its mirror folder) along with a renamed article. */
  private async moveFiles(oldUri: vscode.Uri, newUri: vscode.Uri): Promise<void> {
    let isDir = false;
    try {
      isDir = (await vscode.workspace.fs.stat(newUri)).type === vscode.FileType.Directory;
    } catch {
      return;
    }
    let from: vscode.Uri | undefined;
    let to: vscode.Uri | undefined;
    if (isDir) {
      if (this.locationValue !== 'workspaceFolder') return;
      const folder = vscode.workspace.getWorkspaceFolder(oldUri);
      const mirror = (u: vscode.Uri) => {
        const rel = folder && path.posix.relative(folder.uri.path, u.path);
        return folder && rel && !rel.startsWith('..') ? vscode.Uri.joinPath(folder.uri, '.counterpoint', ...rel.split('/')) : undefined;
      };
      from = mirror(oldUri);
      to = mirror(newUri);
    } else {
      from = this.fileFor(oldUri);
      to = this.fileFor(newUri);
    }
    if (!from || !to || from.toString() === to.toString() || !(await exists(from))) return;
    if (await exists(to)) {
      void this.messages.show('warning', `Counterpoint did not move ${this.shown(from)}: ${this.shown(to)} already exists.`);
      return;
    }
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(to, '..'));
    await vscode.workspace.fs.rename(from, to, { overwrite: false });
    this.log.appendLine(`[info] moved ${from.toString()} to ${to.toString()}`);
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The file's text, or undefined when it does not exist. */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  if (uri.scheme === 'file') return readFileIfExists(uri.fsPath);
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    throw e;
  }
}

/** Writes atomically (temporary file, then rename) on disk; through the workspace file system elsewhere. */
export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  if (uri.scheme === 'file') {
    await fs.mkdir(path.dirname(uri.fsPath), { recursive: true });
    await writeFileAtomic(uri.fsPath, text);
    return;
  }
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}
