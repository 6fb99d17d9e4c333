/**
 * The extension host's side of the analysis worker (analysisWorker.ts, bundled to dist/analysisWorker.js).
 * - Starts the worker lazily, on the first request.
 * - One request in flight per document: a newer request for the same document replaces a queued older one
 *   (which resolves as `superseded`); the worker analyses documents one at a time, in order.
 * - Restarts the worker when it dies, sending it again what it was analysing; after MAX_CRASHES deaths within
 *   CRASH_WINDOW_MS it gives up, tells the user (through `onGiveUp`) and answers `unavailable` from then on, so that
 *   the caller analyses on the extension host instead (also when worker threads or the bundle are missing).
 * No `vscode` import: the caller shows messages; this class is a plain disposable.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Analysis } from '../core/types';
import type { AnalysisJob, AnalyzeRequest, WorkerReply, WorkerRequest } from './analysisWorker';

export type { AnalysisJob };

export type AnalysisOutcome =
  | { kind: 'done'; version: number; analysis: Analysis; durationMs: number }
  | { kind: 'error'; version: number; message: string; stack?: string }
  /** A newer request for the same document replaced this one before it started, or the client was disposed. */
  | { kind: 'superseded'; version: number }
  /** No worker (missing bundle, no worker threads, or it kept dying): analyse on the extension host. */
  | { kind: 'unavailable'; version: number };

export interface AnalysisClientOptions {
  /** The worker bundle, normally `path.join(context.extensionPath, 'dist', 'analysisWorker.js')`. */
  workerPath: string;
  log: (line: string) => void;
  /** Called once when the client stops using the worker because it kept dying. */
  onGiveUp?: (message: string) => void;
}

interface Pending {
  id: number;
  job: AnalysisJob;
  resolve: (o: AnalysisOutcome) => void;
}

export const MAX_CRASHES = 3;
export const CRASH_WINDOW_MS = 60_000;

export class AnalysisClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly inFlight = new Map<string, Pending>();
  private readonly queued = new Map<string, Pending>();
  private crashes: number[] = [];
  private unavailableReason: string | undefined;
  private disposed = false;
  /** Counters, for tests and the log. */
  readonly stats = { started: 0, restarts: 0, completed: 0, superseded: 0 };

  constructor(private readonly options: AnalysisClientOptions) {}

  /** False once the worker cannot be used (then `analyze` answers `unavailable`). */
  get available(): boolean {
    return !this.disposed && this.unavailableReason === undefined;
  }

  /** Why the worker is not used, if it is not. */
  get reason(): string | undefined {
    return this.unavailableReason;
  }

  analyze(job: AnalysisJob): Promise<AnalysisOutcome> {
    if (this.disposed) return Promise.resolve({ kind: 'superseded', version: job.version });
    if (!this.ensureWorker()) return Promise.resolve({ kind: 'unavailable', version: job.version });
    return new Promise<AnalysisOutcome>((resolve) => {
      const p: Pending = { id: this.nextId++, job, resolve };
      if (this.inFlight.has(job.key)) {
        const older = this.queued.get(job.key);
        if (older) {
          this.stats.superseded++;
          older.resolve({ kind: 'superseded', version: older.job.version });
        }
        this.queued.set(job.key, p);
      } else {
        this.send(p);
      }
    });
  }

  /** Drops the worker's Analyzer (and cache) for the document, and any request still queued for it. */
  forget(key: string): void {
    const q = this.queued.get(key);
    if (q) {
      this.queued.delete(key);
      q.resolve({ kind: 'superseded', version: q.job.version });
    }
    this.post({ type: 'dispose', key });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    const w = this.worker;
    this.worker = undefined;
    this.settleAll((p) => ({ kind: 'superseded', version: p.job.version }));
    if (w) {
      w.removeAllListeners();
      void w.terminate();
    }
  }

  private ensureWorker(): boolean {
    if (this.worker) return true;
    if (this.unavailableReason !== undefined) return false;
    if (!existsSync(this.options.workerPath)) {
      this.unavailableReason = `the worker bundle ${this.options.workerPath} is missing (run npm run build)`;
      this.options.log(`[warn] Counterpoint analyses on the extension host: ${this.unavailableReason}`);
      return false;
    }
    try {
      this.start();
      return true;
    } catch (e) {
      this.unavailableReason = `the analysis worker could not start: ${e instanceof Error ? e.message : String(e)}`;
      this.options.log(`[warn] Counterpoint analyses on the extension host: ${this.unavailableReason}`);
      return false;
    }
  }

  private start(): void {
    const worker = new Worker(this.options.workerPath, { name: 'counterpoint-analysis' });
    this.stats.started++;
    // The extension host need not wait for the worker to exit.
    worker.unref();
    let lastError: string | undefined;
    worker.on('message', (reply: WorkerReply) => this.onReply(reply));
    worker.on('error', (e) => {
      lastError = e instanceof Error ? e.message : String(e);
      this.options.log(`[error] Counterpoint's analysis worker failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    });
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.onCrash(lastError ?? `it exited with code ${code}`);
    });
    this.worker = worker;
  }

  private onCrash(why: string): void {
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < CRASH_WINDOW_MS), now];
    this.options.log(`[error] Counterpoint's analysis worker stopped (${why}); ${this.crashes.length} time(s) in the last minute`);
    if (this.crashes.length >= MAX_CRASHES) {
      this.unavailableReason = `Counterpoint's background analysis stopped unexpectedly ${this.crashes.length} times within a minute (last: ${why})`;
      // What it was analysing may be what makes it die: report an error for it rather than analysing it on the host.
      const inFlight = [...this.inFlight.values()];
      this.inFlight.clear();
      for (const p of inFlight) p.resolve({ kind: 'error', version: p.job.version, message: this.unavailableReason });
      this.settleAll((p) => ({ kind: 'unavailable', version: p.job.version }));
      this.options.onGiveUp?.(`${this.unavailableReason}. Counterpoint now analyses on the editor's main thread, so large articles can make the editor pause; reload the window to try the background analysis again.`);
      return;
    }
    // Start again and send what was being analysed (the new worker has no caches: each is analysed in full).
    try {
      this.start();
      this.stats.restarts++;
    } catch (e) {
      this.unavailableReason = `the analysis worker could not restart: ${e instanceof Error ? e.message : String(e)}`;
      this.settleAll((p) => ({ kind: 'unavailable', version: p.job.version }));
      this.options.onGiveUp?.(`${this.unavailableReason}. Counterpoint now analyses on the editor's main thread, so large articles can make the editor pause.`);
      return;
    }
    for (const p of this.inFlight.values()) this.post(this.request(p));
  }

  private onReply(reply: WorkerReply): void {
    const p = this.inFlight.get(reply.key);
    if (!p || p.id !== reply.id) return;
    this.inFlight.delete(reply.key);
    this.stats.completed++;
    if ('error' in reply) p.resolve({ kind: 'error', version: reply.version, message: reply.error, stack: reply.stack });
    else p.resolve({ kind: 'done', version: reply.version, analysis: reply.analysis, durationMs: reply.durationMs });
    const next = this.queued.get(reply.key);
    if (next) {
      this.queued.delete(reply.key);
      this.send(next);
    }
  }

  private send(p: Pending): void {
    this.inFlight.set(p.job.key, p);
    this.post(this.request(p));
  }

  private request(p: Pending): AnalyzeRequest {
    const { key, version, text, languageId, path, settings } = p.job;
    return { type: 'analyze', id: p.id, key, version, text, languageId, path, settings };
  }

  private post(message: WorkerRequest): void {
    this.worker?.postMessage(message);
  }

  private settleAll(outcome: (p: Pending) => AnalysisOutcome): void {
    const all = [...this.inFlight.values(), ...this.queued.values()];
    this.inFlight.clear();
    this.queued.clear();
    for (const p of all) p.resolve(outcome(p));
  }
}
