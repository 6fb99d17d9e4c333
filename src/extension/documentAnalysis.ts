/**
 * One Analyzer per open article; re-analysis debounced after edits (`counterpoint.analysisDelay`, longer
 * for large articles). Every result carries the document version it was computed from; `current()` hands
 * out a result only while the document is still at that version, so no view draws stale offsets on newer text.
 */
import * as vscode from 'vscode';
import { Analyzer } from '../core/analyzer';
import type { AnalysisClient } from './analysisClient';
import type { Analysis, LanguageId } from '../core/types';
import type { Config } from './config';
import { FindingIndex, type Finding, type FindingLink } from './model/findings';
import { LineIndex } from './model/lines';
import { effectiveDelay } from './model/settings';
import { Debouncer } from './util/debounce';
import { Disposable } from './util/dispose';

export interface ArticleAnalysis {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly analysis: Analysis;
  readonly index: FindingIndex;
  readonly lines: LineIndex;
  readonly durationMs: number;
}

/**
 * Adds findings and links that do not come from the analyser (issue 4: the user's marks and links) to a
 * document's finding index, after every analysis.
 */
export type FindingOverlay = (uri: vscode.Uri, text: string, analysis: Analysis) =>
  { findings?: Finding[]; links?: FindingLink[]; /** Replaces the analysis the views draw (marks added, dismissed removed). */ analysis?: Analysis } | undefined;

export type AnalyzerFactory = (settings: ConstructorParameters<typeof Analyzer>[0]) => Pick<Analyzer, 'analyze'>;

interface DocState {
  analyzer: Pick<Analyzer, 'analyze'>;
  result?: ArticleAnalysis;
  error?: string;
  readonly debouncer: Debouncer;
  waiters: Array<{ version: number; resolve: (r: ArticleAnalysis) => void; reject: (e: Error) => void }>;
  /** Bumped whenever the document starts over (new analyser): worker results from before are dropped. */
  epoch: number;
  /** The version sent to the worker and not answered yet (not sent twice). */
  requested?: number;
  /** The worker's latest analysis before the overlay, for re-applying the overlay without analysing again. */
  detected?: { version: number; analysis: Analysis };
}

/** Articles at least this long (characters) are analysed in the worker thread, off the extension host's thread. */
export const WORKER_MIN_LENGTH = 50_000;

/** The document's length in characters, without copying its text. */
export function documentLength(document: vscode.TextDocument): number {
  return document.lineCount === 0 ? 0 : document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

class BinaryContentError extends Error {
  constructor() {
    super('it contains NUL characters, so it looks like a binary file rather than an article; nothing is highlighted');
  }
}

const IGNORED_SCHEMES = new Set(['output', 'debug', 'vscode-scm', 'comment', 'walkThroughSnippet']);

export class DocumentAnalysisService extends Disposable {
  private readonly states = new Map<string, DocState>();
  private readonly analyzed = this.register(new vscode.EventEmitter<ArticleAnalysis>());
  private readonly pendingChanged = this.register(new vscode.EventEmitter<vscode.Uri>());
  private readonly forgotten = this.register(new vscode.EventEmitter<vscode.Uri>());
  /** A document has a new analysis for its current version. */
  readonly onDidAnalyze = this.analyzed.event;
  /** A document started or finished waiting for (re-)analysis. */
  readonly onDidChangePending = this.pendingChanged.event;
  /** A document is no longer tracked (closed, language changed, or language switched off). */
  readonly onDidForget = this.forgotten.event;
  private factory: AnalyzerFactory = (settings) => new Analyzer(settings);
  private overlay: FindingOverlay | undefined;
  private customFactory = false;
  /** Tests may lower it to send small fixtures through the worker. */
  workerMinLength = WORKER_MIN_LENGTH;

  constructor(private readonly config: Config, private readonly log: vscode.OutputChannel, private readonly client?: AnalysisClient) {
    super();
    // A large article waits a moment so that the status bar can say "analysing" before the work starts.
    this.register(vscode.workspace.onDidOpenTextDocument((d) => this.track(d, documentLength(d) > this.config.settings.largeDocumentThreshold ? 50 : 0)));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0) return;
      this.track(e.document, effectiveDelay(this.config.settings, documentLength(e.document)));
    }));
    // Only settings that change what the analysis is (or which documents get one) start it over.
    let analysisKey = JSON.stringify([config.settings.languages, config.settings.analyzer]);
    this.register(config.onDidChange((settings) => {
      const key = JSON.stringify([settings.languages, settings.analyzer]);
      if (key === analysisKey) return;
      analysisKey = key;
      this.resetAll();
    }));
    for (const d of vscode.workspace.textDocuments) this.track(d, 0);
  }

  isSupported(document: vscode.TextDocument): boolean {
    return !IGNORED_SCHEMES.has(document.uri.scheme) &&
      (this.config.settings.languages as readonly string[]).includes(document.languageId);
  }

  /** The analysis of the document's current version, if there is one (never a stale one). */
  current(document: vscode.TextDocument): ArticleAnalysis | undefined {
    const r = this.states.get(document.uri.toString())?.result;
    return r && r.version === document.version ? r : undefined;
  }

  /** The analysis of the document's current version, analysing now if an edit is still waiting. */
  fresh(document: vscode.TextDocument): ArticleAnalysis | undefined {
    if (!this.isSupported(document)) return undefined;
    const cur = this.current(document);
    if (cur) return cur;
    this.ensureState(document).debouncer.cancel();
    return this.run(document);
  }

  /**
   * Like `fresh`, but when the article is analysed in the worker thread, waits for the result of the
   * current version (at most `timeoutMs`) instead of answering nothing. For hover and F12/Shift+F12.
   */
  async freshOrWait(document: vscode.TextDocument, timeoutMs = 5000): Promise<ArticleAnalysis | undefined> {
    const r = this.fresh(document);
    if (r || !this.isSupported(document)) return r;
    return this.waitForCurrent(document, timeoutMs);
  }

  /**
   * For commands (navigation, annotations): the analysis of the current version, waiting for the worker
   * when a large article's edit is still being analysed, with "analysing" shown in the status bar meanwhile.
   */
  async forCommand(document: vscode.TextDocument): Promise<ArticleAnalysis | undefined> {
    const r = this.fresh(document);
    if (r || !this.isSupported(document)) return r;
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Counterpoint: analysing the article' },
      () => this.waitForCurrent(document, 30_000),
    );
  }

  /** The analysis of the document's current version once it arrives, or undefined after `timeoutMs` or a newer edit. */
  private async waitForCurrent(document: vscode.TextDocument, timeoutMs: number): Promise<ArticleAnalysis | undefined> {
    const version = document.version;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), timeoutMs);
    });
    try {
      const got = await Promise.race([this.whenAnalyzed(document).catch(() => undefined), timeout]);
      return got && got.version === version && document.version === version ? got : undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  isPending(document: vscode.TextDocument): boolean {
    const s = this.states.get(document.uri.toString());
    return !!s && (s.debouncer.pending || s.result?.version !== document.version);
  }

  errorOf(document: vscode.TextDocument): string | undefined {
    return this.states.get(document.uri.toString())?.error;
  }

  /** Resolves with the analysis of the document's current version once it exists. */
  whenAnalyzed(document: vscode.TextDocument): Promise<ArticleAnalysis> {
    const cur = this.current(document);
    if (cur) return Promise.resolve(cur);
    if (!this.isSupported(document)) return Promise.reject(new Error(`${document.uri.toString()} is not an article Counterpoint analyses (language ${document.languageId})`));
    const state = this.ensureState(document);
    if (!state.debouncer.pending) this.track(document, 0);
    return new Promise((resolve, reject) => state.waiters.push({ version: document.version, resolve, reject }));
  }

  /** Drops the document's cache and analyses it again now. */
  refresh(document: vscode.TextDocument): ArticleAnalysis | undefined {
    if (!this.isSupported(document)) return undefined;
    const s = this.ensureState(document);
    s.debouncer.cancel();
    s.analyzer = this.factory(this.config.settings.analyzer);
    s.result = undefined;
    this.startOver(document.uri.toString(), s);
    return this.run(document);
  }

  /** Re-applies the overlay to the document's current text now (issue 4: after the user's annotations changed). */
  reindex(document: vscode.TextDocument): ArticleAnalysis | undefined {
    if (!this.isSupported(document) || !this.states.has(document.uri.toString())) return undefined;
    this.ensureState(document).debouncer.cancel();
    return this.run(document, true);
  }

  /** Installs the overlay of user findings (issue 4) and re-indexes every document. */
  setFindingOverlay(overlay: FindingOverlay | undefined): void {
    this.overlay = overlay;
    this.resetAll();
  }

  /** For tests: analyse with another analyser (e.g. a scripted one); resets every document. */
  setAnalyzerFactory(factory: AnalyzerFactory | undefined): void {
    this.factory = factory ?? ((settings) => new Analyzer(settings));
    this.customFactory = factory !== undefined;
    this.resetAll();
  }

  /** Starts every document over with a new analyser (keeping those waiting for an analysis waiting). */
  private resetAll(): void {
    for (const [key, s] of this.states) {
      this.startOver(key, s);
      s.debouncer.cancel();
      s.analyzer = this.factory(this.config.settings.analyzer);
      s.result = undefined;
      s.error = undefined;
    }
    for (const d of vscode.workspace.textDocuments) {
      if (this.isSupported(d)) this.track(d, 0);
      else if (this.states.has(d.uri.toString())) this.forget(d.uri);
      else this.forgotten.fire(d.uri);
    }
  }

  private ensureState(document: vscode.TextDocument): DocState {
    const key = document.uri.toString();
    let s = this.states.get(key);
    if (!s) {
      s = { analyzer: this.factory(this.config.settings.analyzer), debouncer: new Debouncer(), waiters: [], epoch: 0 };
      this.states.set(key, s);
    }
    return s;
  }

  private track(document: vscode.TextDocument, delay: number): void {
    if (!this.isSupported(document)) {
      if (this.states.has(document.uri.toString())) this.forget(document.uri);
      return;
    }
    const s = this.ensureState(document);
    const wasPending = s.debouncer.pending;
    s.debouncer.trigger(delay, () => this.run(document));
    if (!wasPending) this.pendingChanged.fire(document.uri);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const s = this.states.get(key);
    if (!s) return;
    s.debouncer.dispose();
    this.states.delete(key);
    this.client?.forget(key);
    for (const w of s.waiters) w.reject(new Error(`${uri.toString()} is no longer analysed (closed, or its language is not in counterpoint.languages)`));
    this.forgotten.fire(uri);
  }

  private run(document: vscode.TextDocument, reuse = false): ArticleAnalysis | undefined {
    if (document.isClosed) {
      this.forget(document.uri);
      return undefined;
    }
    const s = this.ensureState(document);
    const text = document.getText();
    const version = document.version;
    const t0 = performance.now();
    let result: ArticleAnalysis;
    try {
      // NUL characters do not occur in articles: the file is binary (or mis-decoded). Say so, do not guess.
      if (text.includes('\0')) throw new BinaryContentError();
      const path = document.uri.scheme === 'file' ? document.uri.fsPath : document.uri.toString();
      let detected: Analysis;
      if (this.usesWorker(text.length)) {
        // A large article is analysed in the worker thread; its result arrives later (see dispatch).
        if (!reuse || s.detected?.version !== version) {
          this.dispatch(document, s, text, version, path);
          return undefined;
        }
        detected = s.detected.analysis;
      } else {
        detected = s.analyzer.analyze(text, document.languageId as LanguageId, path);
      }
      result = this.build(document, text, version, detected, t0);
      s.error = undefined;
    } catch (e) {
      this.fail(document, s, version, e);
      return undefined;
    }
    this.commit(s, result, text.length);
    return result;
  }

  private usesWorker(length: number): boolean {
    return !!this.client?.available && !this.customFactory && length >= this.workerMinLength;
  }

  /** Counters of the analysis worker (tests, log). */
  workerStats(): (AnalysisClient['stats'] & { available: boolean }) | undefined {
    return this.client && { ...this.client.stats, available: this.client.available };
  }

  /** The document's analyser was replaced: the worker drops its cache too, and answers for before are ignored. */
  private startOver(key: string, s: DocState): void {
    s.epoch++;
    s.requested = undefined;
    s.detected = undefined;
    this.client?.forget(key);
  }

  /** Sends the document's text to the analysis worker; the result is used only if the document is still at that version. */
  private dispatch(document: vscode.TextDocument, s: DocState, text: string, version: number, path: string): void {
    const client = this.client;
    if (!client || s.requested === version) return;
    const key = document.uri.toString();
    const epoch = s.epoch;
    const t0 = performance.now();
    s.requested = version;
    void client.analyze({ key, version, text, languageId: document.languageId as LanguageId, path, settings: this.config.settings.analyzer }).then((o) => {
      if (this.states.get(key) !== s || s.epoch !== epoch) return; // forgotten, or started over since
      if (s.requested === version) s.requested = undefined;
      if (o.kind === 'superseded' || document.isClosed || document.version !== version) return; // a newer request follows
      if (o.kind === 'unavailable') {
        this.run(document); // the worker cannot be used: analyse here
        return;
      }
      if (o.kind === 'error') {
        const e = new Error(o.message);
        if (o.stack) e.stack = o.stack;
        this.fail(document, s, version, e);
        return;
      }
      s.detected = { version, analysis: o.analysis };
      const t1 = performance.now();
      let result: ArticleAnalysis;
      try {
        result = this.build(document, text, version, o.analysis, t0);
        s.error = undefined;
      } catch (e) {
        this.fail(document, s, version, e);
        return;
      }
      const t2 = performance.now();
      this.commit(s, result, text.length);
      this.log.appendLine(`[info] ${key} version ${version}: ${o.durationMs.toFixed(0)} ms in the analysis worker; here ${(t2 - t1).toFixed(0)} ms to index, ${(performance.now() - t2).toFixed(0)} ms to update the views`);
    });
  }

  private build(document: vscode.TextDocument, text: string, version: number, detected: Analysis, t0: number): ArticleAnalysis {
    const extra = this.overlay?.(document.uri, text, detected);
    const analysis = extra?.analysis ?? detected;
    return {
      uri: document.uri, version, analysis, index: FindingIndex.create(analysis, text, extra),
      lines: new LineIndex(text),
      durationMs: performance.now() - t0,
    };
  }

  private fail(document: vscode.TextDocument, s: DocState, version: number, e: unknown): void {
    const message = e instanceof Error ? e.message : String(e);
    if (!(e instanceof BinaryContentError)) this.log.appendLine(`[error] analysing ${document.uri.toString()} (version ${version}): ${e instanceof Error ? (e.stack ?? message) : message}`);
    if (s.error === undefined) {
      const name = document.isUntitled ? document.uri.path : vscode.workspace.asRelativePath(document.uri);
      if (e instanceof BinaryContentError) void vscode.window.showWarningMessage(`Counterpoint did not analyse ${name}: ${message}.`);
      else void vscode.window.showErrorMessage(`Counterpoint could not analyse ${name}: ${message}. Highlights keep the last good analysis; see the Counterpoint output for details.`);
    }
    s.error = message;
    const failed = s.waiters;
    s.waiters = [];
    for (const w of failed) w.reject(new Error(`Counterpoint could not analyse ${document.uri.toString()}: ${message}`));
    this.pendingChanged.fire(document.uri);
  }

  private commit(s: DocState, result: ArticleAnalysis, length: number): void {
    const version = result.version;
    s.result = result;
    if (result.durationMs > 200) this.log.appendLine(`[info] analysed ${result.uri.toString()} (${length} characters) in ${result.durationMs.toFixed(0)} ms`);
    const ready = s.waiters.filter((w) => w.version <= version);
    s.waiters = s.waiters.filter((w) => w.version > version);
    this.analyzed.fire(result);
    this.pendingChanged.fire(result.uri);
    for (const w of ready) w.resolve(result);
  }

  override dispose(): void {
    for (const s of this.states.values()) s.debouncer.dispose();
    this.states.clear();
    super.dispose();
  }
}
