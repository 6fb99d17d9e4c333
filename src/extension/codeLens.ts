/** "2 counter-claims" above each claim that has counter-claims; clicking peeks them. */
import * as vscode from 'vscode';
import { COMMAND_IDS } from './commands/ids';
import type { Config } from './config';
import type { DocumentAnalysisService } from './documentAnalysis';
import { plural } from './model/labels';
import { toRange } from './offsets';
import { Disposable } from './util/dispose';

export class CounterCodeLensProvider extends Disposable implements vscode.CodeLensProvider {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly service: DocumentAnalysisService, private readonly config: Config) {
    super();
    this.register(service.onDidAnalyze(() => this.changed.fire()));
    this.register(config.onDidChange(() => this.changed.fire()));
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!this.config.settings.codeLens) return [];
    const r = this.service.current(document);
    if (!r) return [];
    const lenses: vscode.CodeLens[] = [];
    for (const claim of r.index.claims) {
      const n = r.index.countersOf(claim.id).length;
      if (n === 0) continue;
      lenses.push(new vscode.CodeLens(toRange(document, claim), {
        title: plural(n, 'counter-claim'),
        tooltip: 'Peek what speaks against this claim',
        command: COMMAND_IDS.showCounterClaims,
        arguments: [document.uri.toString(), claim.id],
      }));
    }
    return lenses;
  }
}
