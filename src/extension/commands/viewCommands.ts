import * as vscode from 'vscode';
import type { ActiveArticle } from '../activeArticle';
import type { ClaimsTreeProvider } from '../claimsTree';
import type { Config } from '../config';
import type { DocumentAnalysisService } from '../documentAnalysis';
import { CLAIMS_FILTERS, type ClaimsFilter } from '../model/claimsTreeModel';
import { revealFinding } from '../navigation';
import { toLocation } from '../offsets';
import type { Command } from './commandManager';
import { COMMAND_IDS } from './ids';

export class ToggleHighlightsCommand implements Command {
  readonly id = COMMAND_IDS.toggleHighlights;
  constructor(private readonly config: Config) {}

  async execute(): Promise<boolean> {
    const on = !this.config.settings.highlightsEnabled;
    await this.config.update('highlights.enabled', on);
    vscode.window.setStatusBarMessage(`Counterpoint highlights ${on ? 'on' : 'off'}`, 2000);
    return on;
  }
}

export class RefreshCommand implements Command {
  readonly id = COMMAND_IDS.refresh;
  constructor(private readonly service: DocumentAnalysisService, private readonly active: ActiveArticle) {}

  execute(): void {
    const doc = this.active.document;
    if (doc) this.service.refresh(doc);
    this.active.update();
  }
}

const FILTER_LABELS: Record<ClaimsFilter, string> = {
  all: 'All claims',
  withCounters: 'Claims with counter-claims',
  withoutCounters: 'Claims without counter-claims',
};

export class FilterClaimsCommand implements Command {
  readonly id = COMMAND_IDS.filterClaims;
  constructor(private readonly tree: ClaimsTreeProvider) {}

  /** With an argument (`all`, `withCounters`, `withoutCounters`) sets it directly; otherwise asks. */
  async execute(filter?: unknown): Promise<ClaimsFilter | undefined> {
    let chosen: ClaimsFilter | undefined;
    if (typeof filter === 'string' && (CLAIMS_FILTERS as readonly string[]).includes(filter)) {
      chosen = filter as ClaimsFilter;
    } else {
      const items = CLAIMS_FILTERS.map((f) => ({ label: FILTER_LABELS[f], description: f === this.tree.filter ? '(current)' : undefined, filter: f }));
      chosen = (await vscode.window.showQuickPick(items, { placeHolder: 'Show which claims?' }))?.filter;
    }
    if (chosen) await this.tree.setFilter(chosen);
    return chosen;
  }
}

export class GroupBySpeakerCommand implements Command {
  readonly id = COMMAND_IDS.groupBySpeaker;
  constructor(private readonly tree: ClaimsTreeProvider) {}
  execute(): Promise<void> {
    return this.tree.setGroupBySpeaker(true);
  }
}

export class UngroupCommand implements Command {
  readonly id = COMMAND_IDS.ungroup;
  constructor(private readonly tree: ClaimsTreeProvider) {}
  execute(): Promise<void> {
    return this.tree.setGroupBySpeaker(false);
  }
}

/** Reveals and selects a finding's exact span: the target of tree items and hover links. */
export class RevealFindingCommand implements Command {
  readonly id = COMMAND_IDS.revealFinding;
  constructor(private readonly service: DocumentAnalysisService) {}

  async execute(uri: unknown, findingId: unknown, start: unknown, end: unknown): Promise<void> {
    const u = uri instanceof vscode.Uri ? uri : typeof uri === 'string' ? vscode.Uri.parse(uri) : undefined;
    if (!u || typeof start !== 'number' || typeof end !== 'number') return;
    await revealFinding(this.service, u, typeof findingId === 'string' ? findingId : null, start, end);
  }
}

/** Peeks a claim's counter-claims (the CodeLens command). */
export class ShowCounterClaimsCommand implements Command {
  readonly id = COMMAND_IDS.showCounterClaims;
  constructor(private readonly service: DocumentAnalysisService) {}

  async execute(uri: unknown, claimId: unknown): Promise<void> {
    if (typeof uri !== 'string' || typeof claimId !== 'string') return;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const r = await this.service.forCommand(doc);
    const claim = r?.index.get(claimId);
    if (!r || !claim) return;
    const locations = r.index.countersOf(claimId).map((c) => toLocation(doc, c.finding));
    await vscode.commands.executeCommand('editor.action.showReferences', doc.uri, doc.positionAt(claim.start), locations);
  }
}
