/** The article the sidebar and status bar show: the active editor's document, when Counterpoint analyses it. */
import * as vscode from 'vscode';
import type { ArticleAnalysis, DocumentAnalysisService } from './documentAnalysis';
import { Disposable } from './util/dispose';

export class ActiveArticle extends Disposable {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  /** The active article changed, or its analysis or pending state did. */
  readonly onDidChange = this.changed.event;
  private editor: vscode.TextEditor | undefined;

  constructor(private readonly service: DocumentAnalysisService) {
    super();
    this.editor = this.pick(vscode.window.activeTextEditor);
    this.register(vscode.window.onDidChangeActiveTextEditor((e) => {
      this.editor = this.pick(e);
      void vscode.commands.executeCommand('setContext', 'counterpoint.hasArticle', !!this.editor);
      this.changed.fire();
    }));
    const mine = (uri: vscode.Uri) => this.editor?.document.uri.toString() === uri.toString();
    this.register(service.onDidAnalyze((r) => { if (mine(r.uri)) this.changed.fire(); }));
    this.register(service.onDidChangePending((uri) => { if (mine(uri)) this.changed.fire(); }));
    this.register(service.onDidForget((uri) => {
      if (mine(uri)) {
        this.editor = this.pick(vscode.window.activeTextEditor);
        this.changed.fire();
      }
    }));
    void vscode.commands.executeCommand('setContext', 'counterpoint.hasArticle', !!this.editor);
  }

  private pick(editor: vscode.TextEditor | undefined): vscode.TextEditor | undefined {
    return editor && this.service.isSupported(editor.document) ? editor : undefined;
  }

  get textEditor(): vscode.TextEditor | undefined {
    if (this.editor && this.editor.document.isClosed) this.editor = undefined;
    return this.editor;
  }

  get document(): vscode.TextDocument | undefined {
    return this.textEditor?.document;
  }

  /** The analysis of the active article's current version (never a stale one). */
  get analysis(): ArticleAnalysis | undefined {
    const d = this.document;
    return d ? this.service.current(d) : undefined;
  }

  private lastShown: ArticleAnalysis | undefined;

  /**
   * What lists (trees, status) show: the current analysis; while an edit waits for re-analysis, the last
   * one of the same document (lists hold ids, not live offsets: revealing re-resolves the id). Undefined
   * until a newly opened article is analysed (never analysed here: opening a large article must not
   * block before the status bar says that analysis is under way).
   */
  get shown(): ArticleAnalysis | undefined {
    const d = this.document;
    if (!d) return undefined;
    const cur = this.service.current(d);
    if (cur) return (this.lastShown = cur);
    if (this.lastShown && this.lastShown.uri.toString() === d.uri.toString()) return this.lastShown;
    return undefined;
  }

  isPending(): boolean {
    const d = this.document;
    return !!d && this.service.isPending(d);
  }

  /** Re-reads which editor is active (after a language switch, or settings change). */
  update(): void {
    this.editor = this.pick(vscode.window.activeTextEditor);
    void vscode.commands.executeCommand('setContext', 'counterpoint.hasArticle', !!this.editor);
    this.changed.fire();
  }
}
