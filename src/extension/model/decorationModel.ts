/** Which offsets each highlight kind covers. The edge converts them to Ranges. */
import type { Analysis } from '../../core/types';
import type { FindingIndex } from './findings';

export const HIGHLIGHT_KINDS = ['claim', 'attributionSource', 'attributionCue', 'quotedContent', 'denialCue', 'denialTarget'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

export interface OffsetRange {
  start: number;
  end: number;
}

export type HighlightRanges = Record<HighlightKind, OffsetRange[]>;

function spans(list: ReadonlyArray<{ start: number; end: number } | null | undefined>): OffsetRange[] {
  const out: OffsetRange[] = [];
  for (const s of list) if (s && s.end > s.start) out.push({ start: s.start, end: s.end });
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function highlightRanges(analysis: Analysis): HighlightRanges {
  return {
    claim: spans(analysis.claims.map((c) => c.span)),
    attributionSource: spans(analysis.attributions.map((a) => a.source)),
    attributionCue: spans(analysis.attributions.map((a) => a.cue)),
    quotedContent: spans(analysis.attributions.map((a) => a.content)),
    denialCue: spans(analysis.denials.map((d) => d.cue)),
    denialTarget: spans(analysis.denials.map((d) => d.target)),
  };
}

/** Start offsets of the claims that have counter-claims: their lines get the gutter icon. */
export function gutterOffsets(index: FindingIndex): number[] {
  return index.claims.filter((c) => index.countersOf(c.id).length > 0).map((c) => c.start);
}
