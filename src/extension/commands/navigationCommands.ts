import * as vscode from 'vscode';
import type { DocumentAnalysisService } from '../documentAnalysis';
import type { Finding, LinkedFinding } from '../model/findings';
import { kindLabel, shorten, whoLabel } from '../model/labels';
import { CounterCycle, counterTargets, linkedTargets, nextClaim, previousClaim } from '../model/navigationModel';
import { selectSpan } from '../navigation';
import type { Command } from './commandManager';
import { COMMAND_IDS } from './ids';

function articleEditor(service: DocumentAnalysisService): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !service.isSupported(editor.document)) {
    void vscode.window.showInformationMessage('Counterpoint: open a Markdown or plain-text article first.');
    return undefined;
  }
  return editor;
}

abstract class ClaimStepCommand implements Command {
  abstract readonly id: typeof COMMAND_IDS.nextClaim | typeof COMMAND_IDS.previousClaim;
  constructor(private readonly service: DocumentAnalysisService) {}
  protected abstract step: typeof nextClaim;

  async execute(): Promise<Finding | undefined> {
    const editor = articleEditor(this.service);
    if (!editor) return undefined;
    const r = await this.service.forCommand(editor.document);
    const jump = r ? this.step(r.index, editor.document.offsetAt(editor.selection.start)) : undefined;
    if (!jump) {
      void vscode.window.showInformationMessage('Counterpoint found no claims in this article.');
      return undefined;
    }
    selectSpan(editor, jump.finding);
    if (jump.wrapped) vscode.window.setStatusBarMessage('Counterpoint: wrapped around the article', 2000);
    return jump.finding;
  }
}

export class NextClaimCommand extends ClaimStepCommand {
  readonly id = COMMAND_IDS.nextClaim;
  protected step = nextClaim;
}

export class PreviousClaimCommand extends ClaimStepCommand {
  readonly id = COMMAND_IDS.previousClaim;
  protected step = previousClaim;
}

interface TargetPick extends vscode.QuickPickItem {
  index: number;
}

/**
 * From a claim to its counter-claims, from a denial or counter-claim to the claim it answers. Several
 * targets: a quick pick. Invoking again (selection unchanged since the jump) cycles through the group
 * and back to where it started.
 */
export class GoToCounterClaimCommand implements Command {
  readonly id = COMMAND_IDS.goToCounterClaim;
  private readonly cycle = new CounterCycle();

  constructor(private readonly service: DocumentAnalysisService) {}

  /** `from`: a claims-view node (context menu) whose finding to start from instead of the cursor's. */
  async execute(from?: unknown): Promise<Finding | undefined> {
    const editor = articleEditor(this.service);
    if (!editor) return undefined;
    const r = await this.service.forCommand(editor.document);
    if (!r) return undefined;
    const doc = editor.document;
    const key = `${doc.uri.toString()}@${doc.version}`;
    const sel = { start: doc.offsetAt(editor.selection.start), end: doc.offsetAt(editor.selection.end) };
    const fromId = from && typeof from === 'object' && typeof (from as { findingId?: unknown }).findingId === 'string'
      ? (from as { findingId: string }).findingId : undefined;
    const cycled = fromId ? undefined : this.cycle.next(key, sel);
    const cycledTo = cycled ? r.index.get(cycled) : undefined;
    if (cycledTo) {
      selectSpan(editor, cycledTo);
      this.cycle.landed(key, cycledTo);
      return cycledTo;
    }
    const fromFinding = fromId ? r.index.get(fromId) : undefined;
    const t = fromFinding ? linkedTargets(r.index, fromFinding) : counterTargets(r.index, sel.start);
    if (!t) {
      this.cycle.reset();
      void vscode.window.showInformationMessage('Counterpoint: put the cursor on a claim that has counter-claims, or on a denial or counter-claim.');
      return undefined;
    }
    let chosen = 0;
    if (t.targets.length > 1) {
      const picked = await this.pick(t.targets, (o) => r.lines.lineAt(o));
      if (picked === undefined) return undefined;
      chosen = picked;
    }
    const target = t.targets[chosen]!.finding;
    selectSpan(editor, target);
    this.cycle.start(key, t.origin.id, t.targets.map((x) => x.finding.id), chosen, target);
    return target;
  }

  private async pick(targets: readonly LinkedFinding[], lineAt: (o: number) => number): Promise<number | undefined> {
    const items: TargetPick[] = targets.map((t, index) => ({
      index,
      label: `$(${t.finding.kind === 'denial' ? 'thumbsdown' : t.finding.kind === 'claim' ? 'comment' : 'mention'}) ${shorten(t.finding.content.text, 80)}`,
      description: `${t.relation} \u00B7 ${whoLabel(t.finding)}`,
      detail: `${kindLabel(t.finding.kind)}, line ${lineAt(t.finding.start) + 1}`,
    }));
    const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Go to which counter-claim? (invoke again to cycle)', matchOnDescription: true });
    return picked?.index;
  }
}
