/** The small API `activate` returns: the extension test suite reads what the extension drew through it. */
import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import type { ClaimsTreeProvider } from './claimsTree';
import type { Config } from './config';
import type { DecorationController, DrawnKind } from './decorations';
import { WORKER_MIN_LENGTH, type AnalyzerFactory, type DocumentAnalysisService } from './documentAnalysis';
import type { SpeakersTreeProvider } from './speakersTree';
import type { StatusBar } from './statusBar';
import type { RenderedNode } from './treeProvider';

export interface CounterpointApi {
  /** The analysis of the document's current version, waiting for it if an edit is pending. */
  whenAnalyzed(document: vscode.TextDocument): Promise<Analysis>;
  /** The ranges the highlights last drew for a document, per kind (`gutter`: the gutter icon lines). */
  decoratedRanges(uri: vscode.Uri): Partial<Record<DrawnKind, vscode.Range[]>>;
  /** The claims / speakers views as plain data, and the article they show. */
  claimsTree(): RenderedNode[];
  speakersTree(): RenderedNode[];
  shownArticle(): vscode.Uri | undefined;
  /** Resolves once the views show `uri` (after an editor switch). */
  whenShowing(uri: vscode.Uri, timeoutMs?: number): Promise<void>;
  statusBarText(): string | undefined;
  /** The warnings shown about invalid setting values. */
  settingWarnings(): readonly string[];
  /** How long the latest analysis of the document took (ms), including building the finding index. */
  analysisTime(document: vscode.TextDocument): number | undefined;
  /** Tests only: analyse with a scripted analyser (undefined restores the real one). */
  setAnalyzerFactory(factory: AnalyzerFactory | undefined): void;
  /** Tests only: articles at least this long (characters) go to the analysis worker (undefined restores the default). */
  setWorkerMinLength(length: number | undefined): void;
  /** The analysis worker's counters (requests answered, restarts), and whether it is used. */
  workerStats(): ReturnType<DocumentAnalysisService['workerStats']>;
}

export function createApi(config: Config, service: DocumentAnalysisService, decorations: DecorationController, claims: ClaimsTreeProvider,
  speakers: SpeakersTreeProvider, status: StatusBar): CounterpointApi {
  return {
    whenAnalyzed: async (document) => (await service.whenAnalyzed(document)).analysis,
    decoratedRanges: (uri) => decorations.drawnRanges(uri),
    claimsTree: () => claims.snapshot(),
    speakersTree: () => speakers.snapshot(),
    shownArticle: () => claims.uri,
    whenShowing: (uri, timeoutMs = 5000) => new Promise<void>((resolve, reject) => {
      const same = () => claims.uri?.toString() === uri.toString();
      if (same()) return resolve();
      const timer = setTimeout(() => { sub.dispose(); reject(new Error(`views did not switch to ${uri.toString()} within ${timeoutMs} ms (showing ${claims.uri?.toString()})`)); }, timeoutMs);
      const sub = claims.onDidRebuild(() => {
        if (!same()) return;
        clearTimeout(timer);
        sub.dispose();
        resolve();
      });
    }),
    statusBarText: () => (status.item.text ? status.item.text : undefined),
    setAnalyzerFactory: (f) => service.setAnalyzerFactory(f),
    setWorkerMinLength: (length) => { service.workerMinLength = length ?? WORKER_MIN_LENGTH; },
    workerStats: () => service.workerStats(),
    settingWarnings: () => [...config.warnings],
    analysisTime: (document) => service.current(document)?.durationMs,
  };
}
