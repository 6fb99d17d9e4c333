/** Builds the `counterpoint.claims` tree: claims in document order (or grouped by speaker), with counters and attribution. */
import type { Finding, FindingIndex, LinkedFinding } from './findings';
import { kindLabel, plural, shorten, speakerLabel, whoLabel } from './labels';
import { orphanGroup, type OrphanInfo, type TreeNode } from './treeNodes';
import { verdictColor, verdictIcon } from '../annotations/verdicts';

export type ClaimsFilter = 'all' | 'withCounters' | 'withoutCounters';
export const CLAIMS_FILTERS: readonly ClaimsFilter[] = ['all', 'withCounters', 'withoutCounters'];

export interface ClaimsTreeOptions {
  filter: ClaimsFilter;
  groupBySpeaker: boolean;
  labelLength: number;
  /** Zero-based line of an offset. */
  lineAt(offset: number): number;
  orphans?: readonly OrphanInfo[];
}

export function buildClaimsTree(index: FindingIndex, options: ClaimsTreeOptions): TreeNode[] {
  const claims = index.claims.filter((c) => {
    const n = index.countersOf(c.id).length;
    return options.filter === 'all' || (options.filter === 'withCounters' ? n > 0 : n === 0);
  });
  let roots: TreeNode[];
  if (options.groupBySpeaker) {
    const groups = new Map<string, Finding[]>();
    for (const c of claims) {
      const key = whoLabel(c);
      const list = groups.get(key);
      if (list) list.push(c);
      else groups.set(key, [c]);
    }
    roots = [...groups].map(([speaker, list]) => ({
      id: `speaker:${speaker}`, type: 'speaker', label: speaker, description: plural(list.length, 'claim'),
      icon: 'person', contextValue: 'speaker', expanded: true,
      children: list.map((c) => claimNode(index, c, options, `speaker:${speaker}/`)),
    }));
  } else {
    roots = claims.map((c) => claimNode(index, c, options, ''));
  }
  const orphans = orphanGroup(options.orphans ?? [], options.labelLength, shorten);
  return orphans ? [...roots, orphans] : roots;
}

function lineText(options: ClaimsTreeOptions, offset: number): string {
  return `Line ${options.lineAt(offset) + 1}`;
}

export function claimNode(index: FindingIndex, claim: Finding, options: ClaimsTreeOptions, prefix: string): TreeNode {
  const id = `${prefix}claim:${claim.id}`;
  const counters = index.countersOf(claim.id);
  const children: TreeNode[] = counters.map((c) => counterNode(c, options, id));
  const attribution = index.attributionOf(claim);
  if (attribution) children.push(attributionNode(attribution, options, id));
  const verdict = claim.verdict ? ` \u00B7 ${claim.verdict}` : '';
  return {
    id, type: 'claim', label: shorten(claim.content.text, options.labelLength),
    description: `${whoLabel(claim)}${verdict}`,
    tooltip: `${claim.content.text}\n\n${whoLabel(claim)} \u00B7 ${lineText(options, claim.start)}` +
      (counters.length > 0 ? ` \u00B7 ${plural(counters.length, 'counter-claim')}` : '') +
      (claim.origin === 'user' || claim.marked ? ' \u00B7 your mark' : '') + (claim.verdict ? `\nVerdict: ${claim.verdict}` : '') + (claim.note ? `\nNote: ${claim.note}` : ''),
    // Issue 4: a verdict shows as the icon; the user's own marks get a pencil.
    icon: verdictIcon(claim.verdict) ?? (claim.origin === 'user' || claim.marked ? 'edit' : counters.length > 0 ? 'comment-unresolved' : 'comment'),
    iconColor: verdictColor(claim.verdict) ?? (counters.length > 0 ? 'counterpoint.denialCueForeground' : undefined),
    findingId: claim.id, target: { start: claim.start, end: claim.end },
    contextValue: `claim${counters.length > 0 ? '.countered' : ''}${claim.origin === 'user' ? '.user' : ''}`,
    children,
  };
}

/** "denies · Foreign Ministry": the relation, from the counter's side, and who makes the counter. */
export function counterDescription(c: LinkedFinding): string {
  return `${c.relation} \u00B7 ${whoLabel(c.finding)}`;
}

function counterNode(c: LinkedFinding, options: ClaimsTreeOptions, parentId: string): TreeNode {
  const f = c.finding;
  return {
    // A denial reads best whole ("Moscow denied that ..."); a counter-claim by its words.
    id: `${parentId}/counter:${f.id}`, type: 'counter', label: shorten(f.kind === 'denial' ? f.text : f.content.text, options.labelLength),
    description: counterDescription(c),
    tooltip: `${kindLabel(f.kind)} (${c.relation}): ${f.text}\n\n${whoLabel(f)} \u00B7 ${lineText(options, f.start)}`,
    icon: f.kind === 'denial' ? 'thumbsdown' : 'arrow-swap', iconColor: 'counterpoint.denialCueForeground',
    findingId: f.id, target: { start: f.start, end: f.end }, contextValue: `counter.${f.kind}`, children: [],
  };
}

function attributionNode(a: Finding, options: ClaimsTreeOptions, parentId: string): TreeNode {
  const cue = a.attribution?.cue.text ?? '';
  const source = a.attribution?.source?.text ?? speakerLabel(a.speaker);
  return {
    id: `${parentId}/attribution:${a.id}`, type: 'attribution', label: `${source} \u2014 ${cue}`.trim(),
    description: 'attribution',
    tooltip: `Attribution: ${source} (${cue})\n\n${a.content.text}\n\n${lineText(options, a.start)}`,
    icon: 'mention', findingId: a.id, target: { start: a.start, end: a.end }, contextValue: 'attribution', children: [],
  };
}
