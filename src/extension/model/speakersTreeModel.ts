/** Builds the `counterpoint.speakers` tree: each speaker (first appearance order) with their attributions, claims and denials. */
import type { Finding, FindingIndex } from './findings';
import { kindLabel, plural, shorten, whoLabel } from './labels';
import type { TreeNode } from './treeNodes';

export interface SpeakersTreeOptions {
  labelLength: number;
  lineAt(offset: number): number;
}

const ICONS = { claim: 'comment', attribution: 'mention', denial: 'thumbsdown' } as const;

export function buildSpeakersTree(index: FindingIndex, options: SpeakersTreeOptions): TreeNode[] {
  const groups = new Map<string, Finding[]>();
  for (const f of index.all) {
    const key = whoLabel(f);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return [...groups].map(([speaker, list]) => {
    const count = (k: Finding['kind']) => list.filter((f) => f.kind === k).length;
    const parts = [
      count('claim') > 0 ? plural(count('claim'), 'claim') : '',
      count('denial') > 0 ? plural(count('denial'), 'denial') : '',
      count('attribution') > 0 ? plural(count('attribution'), 'attribution') : '',
    ].filter(Boolean);
    const id = `speaker:${speaker}`;
    return {
      id, type: 'speaker', label: speaker, description: parts.join(', '), icon: 'person', contextValue: 'speaker',
      children: list.map((f): TreeNode => ({
        id: `${id}/${f.kind}:${f.id}`, type: f.kind, label: shorten(f.content.text, options.labelLength),
        description: f.kind === 'attribution' && f.attribution ? `${kindLabel(f.kind).toLowerCase()} (${f.attribution.cue.text})` : kindLabel(f.kind).toLowerCase(),
        tooltip: `${kindLabel(f.kind)}: ${f.content.text}\n\nLine ${options.lineAt(f.start) + 1}`,
        icon: ICONS[f.kind], findingId: f.id, target: { start: f.start, end: f.end }, contextValue: f.kind, children: [],
      })),
    };
  });
}
