/**
 * Highlights: one decoration type per kind (theme colours from contributes.colors, overview ruler marks),
 * plus a gutter icon on lines with a claim that has counter-claims. Drawn only from the analysis of the
 * editor's current document version.
 */
import * as vscode from 'vscode';
import type { Config } from './config';
import type { ArticleAnalysis, DocumentAnalysisService } from './documentAnalysis';
import { gutterOffsets, HIGHLIGHT_KINDS, highlightRanges, type HighlightKind } from './model/decorationModel';
import { toRange } from './offsets';
import { Disposable } from './util/dispose';

export type DrawnKind = HighlightKind | 'gutter';

interface Style {
  options: vscode.DecorationRenderOptions;
  color: string;
  lane: vscode.OverviewRulerLane;
}

const color = (id: string) => new vscode.ThemeColor(id);

const STYLES: Record<HighlightKind, Style> = {
  claim: {
    color: 'counterpoint.claimBorder', lane: vscode.OverviewRulerLane.Center,
    options: { borderWidth: '0 0 2px 0', borderStyle: 'solid', borderColor: color('counterpoint.claimBorder'), backgroundColor: color('counterpoint.claimBackground') },
  },
  attributionSource: {
    color: 'counterpoint.attributionSourceForeground', lane: vscode.OverviewRulerLane.Left,
    options: { color: color('counterpoint.attributionSourceForeground'), fontWeight: 'bold' },
  },
  attributionCue: {
    color: 'counterpoint.attributionCueForeground', lane: vscode.OverviewRulerLane.Left,
    options: { color: color('counterpoint.attributionCueForeground'), fontStyle: 'italic' },
  },
  quotedContent: {
    color: 'counterpoint.quotedContentBackground', lane: vscode.OverviewRulerLane.Left,
    options: { backgroundColor: color('counterpoint.quotedContentBackground') },
  },
  denialCue: {
    color: 'counterpoint.denialCueForeground', lane: vscode.OverviewRulerLane.Right,
    options: { color: color('counterpoint.denialCueForeground'), fontWeight: 'bold' },
  },
  denialTarget: {
    color: 'counterpoint.denialTargetBackground', lane: vscode.OverviewRulerLane.Right,
    options: { backgroundColor: color('counterpoint.denialTargetBackground'), borderWidth: '0 0 1px 0', borderStyle: 'dashed', borderColor: color('counterpoint.denialCueForeground') },
  },
};

export class DecorationController extends Disposable {
  private types = new Map<DrawnKind, vscode.TextEditorDecorationType>();
  /** What was last drawn for each document, per kind (for the test API). */
  private readonly drawn = new Map<string, Map<DrawnKind, vscode.Range[]>>();

  constructor(private readonly config: Config, private readonly service: DocumentAnalysisService, private readonly extensionUri: vscode.Uri) {
    super();
    this.createTypes();
    this.register(service.onDidAnalyze((r) => {
      for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === r.uri.toString()) this.draw(e, r);
    }));
    this.register(service.onDidForget((uri) => {
      this.drawn.delete(uri.toString());
      for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === uri.toString()) this.clear(e);
    }));
    this.register(vscode.window.onDidChangeVisibleTextEditors((editors) => { for (const e of editors) this.drawCurrent(e); }));
    this.register(config.onDidChange(() => {
      this.disposeTypes();
      this.createTypes();
      this.redrawAll();
    }));
    this.redrawAll();
  }

  private createTypes(): void {
    const s = this.config.settings;
    for (const kind of HIGHLIGHT_KINDS) {
      const st = STYLES[kind];
      this.types.set(kind, vscode.window.createTextEditorDecorationType({
        ...st.options,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        ...(s.overviewRuler ? { overviewRulerColor: color(st.color), overviewRulerLane: st.lane } : {}),
      }));
    }
    this.types.set('gutter', vscode.window.createTextEditorDecorationType({
      gutterIconPath: vscode.Uri.joinPath(this.extensionUri, 'media', 'gutter-countered.svg'),
      gutterIconSize: 'contain',
    }));
  }

  private disposeTypes(): void {
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
  }

  redrawAll(): void {
    for (const e of vscode.window.visibleTextEditors) this.drawCurrent(e);
  }

  private drawCurrent(editor: vscode.TextEditor): void {
    if (!this.service.isSupported(editor.document)) return;
    const r = this.service.current(editor.document);
    // While an edit waits for re-analysis, the editor keeps moving the old decorations with the text;
    // the new analysis redraws them. Nothing stale is ever set.
    if (r) this.draw(editor, r);
  }

  private draw(editor: vscode.TextEditor, r: ArticleAnalysis): void {
    if (editor.document.version !== r.version) return;
    const s = this.config.settings;
    const ranges = highlightRanges(r.analysis);
    const drawn = new Map<DrawnKind, vscode.Range[]>();
    for (const kind of HIGHLIGHT_KINDS) {
      const on = s.highlightsEnabled && s.highlights[kind];
      const list = on ? ranges[kind].map((o) => toRange(editor.document, o)) : [];
      editor.setDecorations(this.types.get(kind)!, list);
      drawn.set(kind, list);
    }
    const gutter = s.highlightsEnabled && s.gutterIcon
      ? gutterOffsets(r.index).map((o) => { const p = editor.document.positionAt(o); return new vscode.Range(p, p); })
      : [];
    editor.setDecorations(this.types.get('gutter')!, gutter);
    drawn.set('gutter', gutter);
    this.drawn.set(editor.document.uri.toString(), drawn);
  }

  private clear(editor: vscode.TextEditor): void {
    for (const t of this.types.values()) editor.setDecorations(t, []);
    this.drawn.delete(editor.document.uri.toString());
  }

  /** The ranges last drawn for `uri`, per kind. */
  drawnRanges(uri: vscode.Uri): Partial<Record<DrawnKind, vscode.Range[]>> {
    return Object.fromEntries(this.drawn.get(uri.toString()) ?? []);
  }

  override dispose(): void {
    this.disposeTypes();
    super.dispose();
  }
}
