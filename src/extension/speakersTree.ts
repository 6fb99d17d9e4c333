/** The `counterpoint.speakers` view: each speaker with their attributions, claims and denials. */
import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import type { Config } from './config';
import type { ArticleAnalysis } from './documentAnalysis';
import { buildSpeakersTree } from './model/speakersTreeModel';
import type { TreeNode } from './model/treeNodes';
import { ModelTreeProvider } from './treeProvider';

export class SpeakersTreeProvider extends ModelTreeProvider {
  constructor(active: ActiveArticle, private readonly config: Config) {
    super(active);
    this.register(config.onDidChange(() => this.rebuild()));
  }

  protected build(article: ArticleAnalysis): TreeNode[] {
    return buildSpeakersTree(article.index, { labelLength: this.config.settings.labelLength, lineAt: (o) => article.lines.lineAt(o) });
  }
}

export function createSpeakersView(provider: SpeakersTreeProvider): vscode.TreeView<TreeNode> {
  return vscode.window.createTreeView('counterpoint.speakers', { treeDataProvider: provider, showCollapseAll: true });
}
