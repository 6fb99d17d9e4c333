/**
 * The analysis worker (bundled to dist/analysisWorker.js, run in a Node `worker_threads` Worker by analysisClient.ts):
 * analyses articles off the extension host's thread, so that a large article does not make the editor pause.
 * Keeps one incremental Analyzer per document (its paragraph cache makes re-analysis after an edit cheap).
 * No `vscode` import: the worker has no editor API, only the analysis core.
 *
 * Messages in:  AnalyzeRequest {type:'analyze', id, key, version, text, languageId, path?, settings}
 *               DisposeRequest {type:'dispose', key}  (drops the document's Analyzer and its cache)
 * Messages out: {id, key, version, analysis, durationMs} or {id, key, version, error, stack?}
 */
import { parentPort } from 'node:worker_threads';
import { Analyzer } from '../core/analyzer';
import type { Analysis, AnalyzerSettings, LanguageId } from '../core/types';

/** One document's analysis to do: which document, which version of its text, how. */
export interface AnalysisJob {
  key: string;
  version: number;
  text: string;
  languageId: LanguageId;
  path?: string;
  settings: AnalyzerSettings;
}

export interface AnalyzeRequest extends AnalysisJob {
  type: 'analyze';
  id: number;
}

export interface DisposeRequest {
  type: 'dispose';
  key: string;
}

export type WorkerRequest = AnalyzeRequest | DisposeRequest;

export type WorkerReply =
  | { id: number; key: string; version: number; analysis: Analysis; durationMs: number }
  | { id: number; key: string; version: number; error: string; stack?: string };

interface Entry {
  analyzer: Analyzer;
  settingsKey: string;
}

/** The worker's state, separate from the message port so that it can be unit-tested in one thread. */
export class AnalysisWorkerState {
  private readonly analyzers = new Map<string, Entry>();

  handle(message: WorkerRequest): WorkerReply | undefined {
    if (message.type === 'dispose') {
      this.analyzers.delete(message.key);
      return undefined;
    }
    const { id, key, version } = message;
    try {
      const settingsKey = JSON.stringify(message.settings ?? {});
      let entry = this.analyzers.get(key);
      // Other settings: start over (the host also sends `dispose` when it resets a document).
      if (!entry || entry.settingsKey !== settingsKey) {
        entry = { analyzer: new Analyzer(message.settings), settingsKey };
        this.analyzers.set(key, entry);
      }
      const t0 = performance.now();
      const analysis = entry.analyzer.analyze(message.text, message.languageId, message.path);
      return { id, key, version, analysis, durationMs: performance.now() - t0 };
    } catch (e) {
      // A failed analysis may leave the cache half-updated: the next request starts from a clean Analyzer.
      this.analyzers.delete(key);
      return { id, key, version, error: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined };
    }
  }

  get size(): number {
    return this.analyzers.size;
  }
}

if (parentPort) {
  const port = parentPort;
  const state = new AnalysisWorkerState();
  port.on('message', (message: WorkerRequest) => {
    const reply = state.handle(message);
    if (reply) port.postMessage(reply);
  });
}
