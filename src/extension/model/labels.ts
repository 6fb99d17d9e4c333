/** Text shortening and the words the views and hovers use for kinds and relations. */
import type { LinkRelation } from '../../core/types';
import type { FindingKind } from './findings';

const QUOTES = '"\'\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E';

/** Collapses whitespace, strips surrounding quotation marks, and cuts at a word boundary with an ellipsis. */
export function shorten(text: string, max: number): string {
  let s = text.replace(/\s+/g, ' ').trim();
  while (s.length > 0 && QUOTES.includes(s[0]!)) s = s.slice(1);
  while (s.length > 0 && QUOTES.includes(s[s.length - 1]!)) s = s.slice(0, -1);
  s = s.trim();
  const limit = Math.max(4, Math.floor(max));
  if (s.length <= limit) return s;
  const cut = s.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  // A cut that ends right before a space already ends at a word boundary.
  const head = /\s/.test(s[limit - 1]!) || space < limit / 2 ? cut : cut.slice(0, space);
  return `${head.replace(/[\s,;:.\-\u2013\u2014]+$/, '')}\u2026`;
}

export const UNATTRIBUTED = 'the article';

export function speakerLabel(speaker: string | null): string {
  return speaker ?? UNATTRIBUTED;
}

/** What a claim taken from a denial's target is by when the denial names no one who made it ("Tehran denied any involvement"). */
export const UNNAMED_CLAIMANT = 'claimant not named';

/**
 * Who a finding is by, as the views name it: its speaker; else, for a claim taken from a denial's target
 * (`Claim.deniedBy`), `UNNAMED_CLAIMANT`, since the article reports it as denied rather than states it; else the article.
 */
export function whoLabel(f: { readonly speaker: string | null; readonly claim?: { readonly deniedBy?: string } }): string {
  if (f.speaker !== null) return f.speaker;
  return f.claim?.deniedBy !== undefined ? UNNAMED_CLAIMANT : UNATTRIBUTED;
}

export function kindLabel(kind: FindingKind): string {
  switch (kind) {
    case 'claim': return 'Claim';
    case 'attribution': return 'Attribution';
    case 'denial': return 'Denial';
  }
}

/** "denies" / "contradicts", as the link reads from the counter to the claim. */
export function relationLabel(relation: LinkRelation): string {
  return relation;
}

export function plural(n: number, one: string, many: string = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
