/** The view-model node both sidebar views are built from; the VS Code TreeDataProviders only render these. */
export type NodeType =
  | 'claim' | 'counter' | 'attribution' | 'denial'
  | 'speaker' | 'orphanGroup' | 'orphan';

export interface TreeNode {
  /** Stable across re-analysis (built from finding ids), used as TreeItem.id so expansion state survives. */
  readonly id: string;
  readonly type: NodeType;
  readonly label: string;
  readonly description?: string;
  readonly tooltip?: string;
  /** Codicon id. */
  readonly icon: string;
  /** Theme colour id for the icon, if any. */
  readonly iconColor?: string;
  /** The finding this node stands for. */
  readonly findingId?: string;
  /** The exact span selecting the node reveals (offsets). */
  readonly target?: { start: number; end: number };
  /** TreeItem.contextValue: menus (and issue 4's annotation actions) key on it. */
  readonly contextValue: string;
  readonly children: readonly TreeNode[];
  /** Expanded when first shown. */
  readonly expanded?: boolean;
}

/** An annotation that lost its text (issue 4); listed under "Orphaned annotations". */
export interface OrphanInfo {
  readonly id: string;
  readonly quote: string;
  readonly note?: string;
}

export function orphanGroup(orphans: readonly OrphanInfo[], labelLength: number, shorten: (s: string, n: number) => string): TreeNode | undefined {
  if (orphans.length === 0) return undefined;
  return {
    id: 'orphans', type: 'orphanGroup', label: 'Orphaned annotations', description: String(orphans.length),
    icon: 'debug-disconnect', contextValue: 'orphanGroup', expanded: true,
    children: orphans.map((o) => ({
      id: `orphan:${o.id}`, type: 'orphan', label: shorten(o.quote, labelLength), description: o.note,
      tooltip: o.quote, icon: 'warning', contextValue: 'orphan', children: [],
    })),
  };
}
