/** F12 / Peek Definition from a claim to its counter-claims (and back); Shift+F12 lists the claim's whole group. */
import * as vscode from 'vscode';
import type { DocumentAnalysisService } from './documentAnalysis';
import { definitionTargets, referenceTargets } from './model/navigationModel';
import { toLocation } from './offsets';

export class CounterDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly service: DocumentAnalysisService) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[] | undefined> {
    const r = await this.service.freshOrWait(document);
    if (!r) return undefined;
    const targets = definitionTargets(r.index, document.offsetAt(position));
    return targets.length > 0 ? targets.map((f) => toLocation(document, f)) : undefined;
  }
}

export class CounterReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly service: DocumentAnalysisService) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): Promise<vscode.Location[] | undefined> {
    const r = await this.service.freshOrWait(document);
    if (!r) return undefined;
    const targets = referenceTargets(r.index, document.offsetAt(position), context.includeDeclaration);
    return targets.length > 0 ? targets.map((f) => toLocation(document, f)) : undefined;
  }
}
