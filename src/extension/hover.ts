/** Hover on a finding: kind, speaker, full content, and counter-claims / denied claims as links that jump there. */
import * as vscode from 'vscode';
import { COMMAND_IDS } from './commands/ids';
import type { DocumentAnalysisService } from './documentAnalysis';
import { hoverMarkdown } from './model/hoverModel';
import { toRange } from './offsets';

export class FindingHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: DocumentAnalysisService) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const r = await this.service.freshOrWait(document);
    if (!r) return undefined;
    const offset = document.offsetAt(position);
    // The innermost finding under the cursor; claims first when a claim and its attribution overlap, and the user's
    // own mark first when it lies on a claim the analysis found too (its verdict and note are what the user wrote).
    const here = r.index.at(offset);
    if (here.length === 0) return undefined;
    const f = here.find((x) => x.kind === 'claim' && x.origin === 'user') ?? here.find((x) => x.kind === 'claim') ?? here[0]!;
    const link = (target: { id: string; start: number; end: number }) =>
      `command:${COMMAND_IDS.revealFinding}?${encodeURIComponent(JSON.stringify([document.uri.toString(), target.id, target.start, target.end]))}`;
    const md = new vscode.MarkdownString(hoverMarkdown(r.index, f, (o) => r.lines.lineAt(o), link));
    md.isTrusted = { enabledCommands: [COMMAND_IDS.revealFinding] };
    return new vscode.Hover(md, toRange(document, f));
  }
}
