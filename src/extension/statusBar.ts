/** Counts for the active article (claims, counter-claims, denials); tells the user when analysis is waiting. */
import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import type { Config } from './config';
import { documentLength, type DocumentAnalysisService } from './documentAnalysis';
import { statusCounts, statusText, statusTooltip } from './model/statusModel';
import { Disposable } from './util/dispose';

export class StatusBar extends Disposable {
  readonly item = this.register(vscode.window.createStatusBarItem('counterpoint.status', vscode.StatusBarAlignment.Right, 100));

  constructor(private readonly active: ActiveArticle, private readonly service: DocumentAnalysisService, private readonly config: Config) {
    super();
    this.item.name = 'Counterpoint';
    this.item.command = 'workbench.view.extension.counterpoint';
    this.register(active.onDidChange(() => this.update()));
    this.register(config.onDidChange(() => this.update()));
    this.update();
  }

  update(): void {
    const doc = this.active.document;
    if (!doc || !this.config.settings.statusBar) {
      this.item.hide();
      return;
    }
    const error = this.service.errorOf(doc);
    const shown = this.active.shown;
    const length = documentLength(doc);
    const large = length > this.config.settings.largeDocumentThreshold;
    if (error) {
      this.item.text = '$(error) Counterpoint';
      this.item.tooltip = `Counterpoint could not analyse this article: ${error}`;
    } else if (this.active.isPending() && large) {
      // Large articles wait longer after each edit; say so instead of silently showing old counts.
      this.item.text = '$(sync~spin) Counterpoint: analysing\u2026';
      this.item.tooltip = `This article is large (${Math.round(length / 1000)} thousand characters): Counterpoint re-analyses it once you pause typing. Highlights update then.`;
    } else if (shown) {
      const counts = statusCounts(shown.index);
      this.item.text = statusText(counts);
      this.item.tooltip = statusTooltip(counts);
    } else {
      this.item.text = '$(sync~spin) Counterpoint: analysing\u2026';
      this.item.tooltip = large
        ? `Counterpoint is analysing this large article (${Math.round(length / 1000)} thousand characters); highlights and the sidebar appear when it is done.`
        : 'Counterpoint is analysing this article.';
    }
    this.item.show();
  }
}
