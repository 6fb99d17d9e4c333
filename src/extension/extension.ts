/**
 * Counterpoint's VS Code shell: wires the analysis service, highlights, hover, sidebar views, navigation,
 * definitions/references, CodeLens and status bar. Everything registered is disposed on deactivate.
 * Returns a small API the extension tests read (see testApi.ts).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ActiveArticle } from './activeArticle';
import { ClaimsTreeProvider, createClaimsView } from './claimsTree';
import { CounterCodeLensProvider } from './codeLens';
import { CommandManager } from './commands/commandManager';
import { GoToCounterClaimCommand, NextClaimCommand, PreviousClaimCommand } from './commands/navigationCommands';
import {
  FilterClaimsCommand, GroupBySpeakerCommand, RefreshCommand, RevealFindingCommand, ShowCounterClaimsCommand,
  ToggleHighlightsCommand, UngroupCommand,
} from './commands/viewCommands';
import { Config } from './config';
import { DecorationController } from './decorations';
import { CounterDefinitionProvider, CounterReferenceProvider } from './definitions';
import { DocumentAnalysisService } from './documentAnalysis';
import { AnalysisClient } from './analysisClient';
import { FindingHoverProvider } from './hover';
import { createSpeakersView, SpeakersTreeProvider } from './speakersTree';
import { StatusBar } from './statusBar';
import { createApi, type CounterpointApi } from './testApi';
import { registerAnnotations, type AnnotationsApi } from './annotations';

export type { CounterpointApi } from './testApi';
export type { AnnotationsApi } from './annotations';

export function activate(context: vscode.ExtensionContext): CounterpointApi & { annotations: AnnotationsApi } {
  const subs = context.subscriptions;
  const log = vscode.window.createOutputChannel('Counterpoint');
  subs.push(log);
  const config = new Config();
  subs.push(config);
  // Large articles are analysed in a worker thread (started on first use), so that the editor does not pause.
  const analysisClient = new AnalysisClient({
    workerPath: path.join(context.extensionPath, 'dist', 'analysisWorker.js'),
    log: (line) => log.appendLine(line),
    onGiveUp: (message) => void vscode.window.showErrorMessage(message),
  });
  subs.push(analysisClient);
  const service = new DocumentAnalysisService(config, log, analysisClient);
  subs.push(service);
  const active = new ActiveArticle(service);
  subs.push(active);

  const decorations = new DecorationController(config, service, context.extensionUri);
  subs.push(decorations);

  const claims = new ClaimsTreeProvider(active, config, context.workspaceState);
  const speakers = new SpeakersTreeProvider(active, config);
  subs.push(claims, speakers, ...createClaimsView(claims), createSpeakersView(speakers));
  claims.rebuild();
  speakers.rebuild();

  const status = new StatusBar(active, service, config);
  subs.push(status);

  // Providers are registered for every supported language; they answer only for documents the
  // service tracks (the languages in `counterpoint.languages`).
  const selector: vscode.DocumentSelector = [{ language: 'markdown' }, { language: 'plaintext' }];
  const codeLens = new CounterCodeLensProvider(service, config);
  subs.push(
    codeLens,
    vscode.languages.registerHoverProvider(selector, new FindingHoverProvider(service)),
    vscode.languages.registerDefinitionProvider(selector, new CounterDefinitionProvider(service)),
    vscode.languages.registerReferenceProvider(selector, new CounterReferenceProvider(service)),
    vscode.languages.registerCodeLensProvider(selector, codeLens),
  );

  const commands = new CommandManager();
  subs.push(commands);
  commands.register(new NextClaimCommand(service));
  commands.register(new PreviousClaimCommand(service));
  commands.register(new GoToCounterClaimCommand(service));
  commands.register(new ToggleHighlightsCommand(config));
  commands.register(new RefreshCommand(service, active));
  commands.register(new FilterClaimsCommand(claims));
  commands.register(new GroupBySpeakerCommand(claims));
  commands.register(new UngroupCommand(claims));
  commands.register(new RevealFindingCommand(service));
  commands.register(new ShowCounterClaimsCommand(service));
  // Issue 4: marks, verdicts, notes, dismissals and exports (src/extension/annotations).
  const annotations = registerAnnotations(subs, commands, service, active, claims, config, log);

  subs.push(config.onDidChange(() => active.update()));

  return { ...createApi(config, service, decorations, claims, speakers, status), annotations };
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
