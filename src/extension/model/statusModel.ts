/** The status bar's counts and text. */
import type { FindingIndex } from './findings';
import { plural } from './labels';

export interface StatusCounts {
  claims: number;
  counterClaims: number;
  denials: number;
}

export function statusCounts(index: FindingIndex): StatusCounts {
  return { claims: index.claims.length, counterClaims: index.counterCount, denials: index.denials.length };
}

export function statusText(c: StatusCounts): string {
  return `$(comment-discussion) ${c.claims} $(arrow-swap) ${c.counterClaims} $(thumbsdown) ${c.denials}`;
}

export function statusTooltip(c: StatusCounts): string {
  return `Counterpoint: ${plural(c.claims, 'claim')}, ${plural(c.counterClaims, 'counter-claim')}, ${plural(c.denials, 'denial')}. Click to open the Counterpoint sidebar.`;
}
