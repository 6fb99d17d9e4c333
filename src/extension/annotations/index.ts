/** Annotating while editing (issue 4): the store, its commands and exports, wired into the shell. */
import * as vscode from 'vscode';
import type { AnnotationDocument, ModelContext } from '../../core/annotations';
import type { ActiveArticle } from '../activeArticle';
import type { ClaimsTreeProvider } from '../claimsTree';
import type { CommandManager } from '../commands/commandManager';
import type { Config } from '../config';
import type { DocumentAnalysisService } from '../documentAnalysis';
import {
  AddNoteCommand, DismissCommand, LinkCounterClaimCommand, MarkAttributionCommand, MarkClaimCommand, MarkDenialCommand, ReattachCommand,
  RemoveAnnotationCommand, SetVerdictCommand, ToggleDismissedCommand,
} from './commands';
import { ExportAnnotationsCommand, Exporter, ExportWorkspaceCommand } from './exportCommands';
import { AnnotationStore, Messages, type MessageLevel } from './store';

/** What the extension tests read about annotations. */
export interface AnnotationsApi {
  /** The article's annotations as they are in memory (positions in the document's current text). */
  document(uri: vscode.Uri): AnnotationDocument | undefined;
  /** Ids of the article's orphaned annotations. */
  orphans(uri: vscode.Uri): string[];
  /** Where the article's annotation file is. */
  fileFor(uri: vscode.Uri): vscode.Uri | undefined;
  /** Resolves once the article's annotation file is read (the document is tracked). */
  ready(document: vscode.TextDocument): Promise<void>;
  /** Resolves once every pending read and write of annotation files is done. */
  idle(): Promise<void>;
  /** Messages the annotations showed (errors about unusable files, warnings about settings). */
  messages(): readonly { level: MessageLevel; text: string }[];
  /** The unusable annotation file's error for the article, if any. */
  fileError(uri: vscode.Uri): string | undefined;
  /** Tests: a deterministic clock and ids (undefined restores the system clock and random ids). */
  setModelContext(ctx: ModelContext | undefined): void;
  /** Moves the article's unusable annotation file aside (what the error message's button does). */
  backupAndStartFresh(uri: vscode.Uri): Promise<vscode.Uri | undefined>;
}

export function registerAnnotations(
  subs: vscode.Disposable[], commands: CommandManager, service: DocumentAnalysisService, active: ActiveArticle, claims: ClaimsTreeProvider,
  config: Config, log: vscode.OutputChannel,
): AnnotationsApi {
  const store = new AnnotationStore(service, new Messages(), log);
  subs.push(store);
  const defaultCtx = store.ctx;
  service.setFindingOverlay(store.overlay);
  claims.orphansOf = (uri) => store.orphansOf(uri);
  subs.push(store.onDidChange(() => claims.rebuild()));

  commands.register(new MarkClaimCommand(service, active, store));
  commands.register(new MarkAttributionCommand(service, active, store));
  commands.register(new MarkDenialCommand(service, active, store));
  commands.register(new LinkCounterClaimCommand(service, active, store));
  commands.register(new SetVerdictCommand(service, active, store));
  commands.register(new AddNoteCommand(service, active, store));
  commands.register(new DismissCommand(service, active, store));
  commands.register(new ToggleDismissedCommand(store));
  commands.register(new RemoveAnnotationCommand(service, active, store));
  commands.register(new ReattachCommand(service, active, store));
  const exporter = new Exporter(store, () => config.settings.analyzer);
  commands.register(new ExportAnnotationsCommand(service, active, exporter));
  commands.register(new ExportWorkspaceCommand(exporter));

  return {
    document: (uri) => store.state(uri)?.doc,
    orphans: (uri) => store.orphansOf(uri).map((o) => o.id),
    fileFor: (uri) => store.fileFor(uri),
    ready: async (document) => { await store.ready(document); },
    idle: () => store.idle(),
    messages: () => [...store.messages.shown],
    fileError: (uri) => store.state(uri)?.error?.error.message,
    setModelContext: (ctx) => { store.ctx = ctx ?? defaultCtx; },
    backupAndStartFresh: (uri) => store.backupAndStartFresh(uri),
  };
}
