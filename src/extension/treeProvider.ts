/** Renders view-model TreeNodes (src/extension/model) as a TreeDataProvider; rebuilt whenever the active article changes. */
import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import type { ArticleAnalysis } from './documentAnalysis';
import { COMMAND_IDS } from './commands/ids';
import type { TreeNode } from './model/treeNodes';
import { Disposable } from './util/dispose';

export interface RenderedNode {
  label: string;
  description?: string;
  tooltip?: string;
  id: string;
  /** The command selecting the item runs. */
  command?: { command: string; arguments: unknown[] };
  children: RenderedNode[];
}

export abstract class ModelTreeProvider extends Disposable implements vscode.TreeDataProvider<TreeNode> {
  private readonly changed = this.register(new vscode.EventEmitter<TreeNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  private roots: TreeNode[] = [];
  private parents = new Map<string, TreeNode | undefined>();
  private byFinding = new Map<string, TreeNode>();
  private shownUri: vscode.Uri | undefined;
  private article: ArticleAnalysis | undefined;
  private dirty = false;
  private readonly rebuilt = this.register(new vscode.EventEmitter<void>());
  /** Fires after the nodes were rebuilt (tests wait on it). */
  readonly onDidRebuild = this.rebuilt.event;

  constructor(protected readonly active: ActiveArticle) {
    super();
    this.register(active.onDidChange(() => this.rebuild()));
  }

  protected abstract build(article: ArticleAnalysis): TreeNode[];

  /**
   * Takes the active article's latest analysis. The nodes are built lazily, when VS Code asks for them
   * (a hidden or collapsed view costs nothing on a large article).
   */
  rebuild(): void {
    const article = this.active.shown;
    this.article = article;
    this.shownUri = article?.uri;
    this.dirty = true;
    this.changed.fire(undefined);
    this.rebuilt.fire();
  }

  private ensureBuilt(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.roots = this.article ? this.build(this.article) : [];
    this.parents = new Map();
    this.byFinding = new Map();
    const walk = (nodes: readonly TreeNode[], parent: TreeNode | undefined) => {
      for (const n of nodes) {
        this.parents.set(n.id, parent);
        if (n.findingId && !this.byFinding.has(n.findingId) && (n.type === 'claim' || !parent || parent.type === 'speaker')) this.byFinding.set(n.findingId, n);
        walk(n.children, n);
      }
    };
    walk(this.roots, undefined);
  }

  get uri(): vscode.Uri | undefined {
    return this.shownUri;
  }

  get rootNodes(): readonly TreeNode[] {
    this.ensureBuilt();
    return this.roots;
  }

  nodeForFinding(findingId: string): TreeNode | undefined {
    this.ensureBuilt();
    return this.byFinding.get(findingId);
  }

  getChildren(element?: TreeNode): TreeNode[] {
    if (element) return [...element.children];
    this.ensureBuilt();
    return this.roots;
  }

  getParent(element: TreeNode): TreeNode | undefined {
    this.ensureBuilt();
    return this.parents.get(element.id);
  }

  getTreeItem(n: TreeNode): vscode.TreeItem {
    const item = new vscode.TreeItem(
      n.label,
      n.children.length === 0 ? vscode.TreeItemCollapsibleState.None
        : n.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
    );
    item.id = n.id;
    item.description = n.description;
    item.tooltip = n.tooltip;
    item.contextValue = n.contextValue;
    item.iconPath = new vscode.ThemeIcon(n.icon, n.iconColor ? new vscode.ThemeColor(n.iconColor) : undefined);
    if (n.target && this.shownUri) {
      item.command = {
        command: COMMAND_IDS.revealFinding, title: 'Reveal',
        arguments: [this.shownUri.toString(), n.findingId ?? null, n.target.start, n.target.end],
      };
    }
    return item;
  }

  /** The tree as plain data (labels, descriptions, ids), for the test API. */
  snapshot(): RenderedNode[] {
    const render = (n: TreeNode): RenderedNode => {
      const item = this.getTreeItem(n);
      return {
        id: n.id, label: typeof item.label === 'string' ? item.label : (item.label?.label ?? ''),
        description: typeof item.description === 'string' ? item.description : undefined,
        tooltip: typeof item.tooltip === 'string' ? item.tooltip : undefined,
        ...(item.command ? { command: { command: item.command.command, arguments: item.command.arguments ?? [] } } : {}),
        children: n.children.map(render),
      };
    };
    this.ensureBuilt();
    return this.roots.map(render);
  }
}
