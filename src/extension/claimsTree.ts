/** The `counterpoint.claims` view: claims of the active article with counter-claims and attribution. */
import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import type { Config } from './config';
import type { ArticleAnalysis } from './documentAnalysis';
import { buildClaimsTree, type ClaimsFilter } from './model/claimsTreeModel';
import type { OrphanInfo, TreeNode } from './model/treeNodes';
import { ModelTreeProvider } from './treeProvider';

const FILTER_KEY = 'counterpoint.claims.filter';
const GROUP_KEY = 'counterpoint.claims.groupBySpeaker';

export class ClaimsTreeProvider extends ModelTreeProvider {
  private filterValue: ClaimsFilter;
  private grouped: boolean;
  /** Issue 4 plugs the article's orphaned annotations in here. */
  orphansOf: (uri: vscode.Uri) => readonly OrphanInfo[] = () => [];

  constructor(active: ActiveArticle, private readonly config: Config, private readonly memento: vscode.Memento) {
    super(active);
    const f = memento.get<string>(FILTER_KEY);
    this.filterValue = f === 'withCounters' || f === 'withoutCounters' ? f : 'all';
    this.grouped = memento.get<boolean>(GROUP_KEY) === true;
    this.register(config.onDidChange(() => this.rebuild()));
    this.updateContext();
  }

  get filter(): ClaimsFilter {
    return this.filterValue;
  }

  get groupBySpeaker(): boolean {
    return this.grouped;
  }

  async setFilter(filter: ClaimsFilter): Promise<void> {
    this.filterValue = filter;
    await this.memento.update(FILTER_KEY, filter);
    this.updateContext();
    this.rebuild();
  }

  async setGroupBySpeaker(grouped: boolean): Promise<void> {
    this.grouped = grouped;
    await this.memento.update(GROUP_KEY, grouped);
    this.updateContext();
    this.rebuild();
  }

  private updateContext(): void {
    void vscode.commands.executeCommand('setContext', 'counterpoint.claimsGrouped', this.grouped);
    void vscode.commands.executeCommand('setContext', 'counterpoint.claimsFiltered', this.filterValue !== 'all');
  }

  protected build(article: ArticleAnalysis): TreeNode[] {
    return buildClaimsTree(article.index, {
      filter: this.filterValue, groupBySpeaker: this.grouped, labelLength: this.config.settings.labelLength,
      lineAt: (o) => article.lines.lineAt(o), orphans: this.orphansOf(article.uri),
    });
  }
}

/** Creates the view (its message says when a filter hides claims); returns it and its listener, to dispose. */
export function createClaimsView(provider: ClaimsTreeProvider): [vscode.TreeView<TreeNode>, vscode.Disposable] {
  const view = vscode.window.createTreeView('counterpoint.claims', { treeDataProvider: provider, showCollapseAll: true });
  const update = () => {
    const f = provider.filter;
    view.message = f === 'withCounters' ? 'Showing claims with counter-claims only.'
      : f === 'withoutCounters' ? 'Showing claims without counter-claims only.' : undefined;
    view.description = provider.uri ? vscode.workspace.asRelativePath(provider.uri) : undefined;
  };
  const listener = provider.onDidRebuild(update);
  update();
  return [view, listener];
}
