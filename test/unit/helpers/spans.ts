/**
 * Helpers for the core's unit tests: expected spans computed from the test's own text (so a test
 * states WHAT it expects, `spanOf(text, 'Smith')`, and the offsets follow), and compact views of
 * the analysis items for exact `deepEqual` comparisons.
 */
import type { Analysis, Attribution, Claim, Denial, Span } from '../../../src/core/types';

/**
 * The span of the `occurrence`-th (1-based) occurrence of `needle` in `text`. Throws when the
 * needle does not occur that often, so a typo in a test fails loudly instead of matching nothing.
 */
export function spanOf(text: string, needle: string, occurrence = 1): Span {
  if (needle.length === 0) throw new Error('spanOf: empty needle');
  if (!Number.isInteger(occurrence) || occurrence < 1) throw new Error(`spanOf: bad occurrence ${occurrence}`);
  let from = 0;
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = text.indexOf(needle, from);
    if (at < 0) throw new Error(`spanOf: occurrence ${occurrence} of ${JSON.stringify(needle)} not found in ${JSON.stringify(text)}`);
    from = at + 1;
  }
  return { start: at, end: at + needle.length, text: needle };
}

/** The span of `needle` at or after the first occurrence of `anchor` (for words that occur several times). */
export function spanAfter(text: string, anchor: string, needle: string): Span {
  const a = text.indexOf(anchor);
  if (a < 0) throw new Error(`spanAfter: anchor ${JSON.stringify(anchor)} not found`);
  const at = text.indexOf(needle, a);
  if (at < 0) throw new Error(`spanAfter: ${JSON.stringify(needle)} not found after ${JSON.stringify(anchor)}`);
  return { start: at, end: at + needle.length, text: needle };
}

/** A span's `text` must be the slice of the document it points at. */
export function sliceOk(text: string, s: Span): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length && text.slice(s.start, s.end) === s.text;
}

/** Every span an analysis reports, with a label saying where it came from. */
export function allSpans(a: Analysis): Array<{ where: string; span: Span }> {
  const out: Array<{ where: string; span: Span }> = [];
  for (const x of a.attributions) {
    out.push({ where: `${x.id}.cue`, span: x.cue });
    if (x.source) out.push({ where: `${x.id}.source`, span: x.source });
    if (x.content) out.push({ where: `${x.id}.content`, span: x.content });
  }
  for (const x of a.denials) {
    out.push({ where: `${x.id}.cue`, span: x.cue });
    if (x.source) out.push({ where: `${x.id}.source`, span: x.source });
    if (x.target) out.push({ where: `${x.id}.target`, span: x.target });
  }
  for (const x of a.claims) out.push({ where: `${x.id}.span`, span: x.span });
  return out;
}

export interface AttributionView {
  cue: Span;
  source: Span | null;
  content: Span | null;
  speaker: string | null;
}
export interface DenialView {
  cue: Span;
  source: Span | null;
  target: Span | null;
  speaker: string | null;
}
export interface ClaimView {
  span: Span;
  claimant: string | null;
}

/** An attribution without its id, for exact comparison. */
export function attributionView(a: Attribution): AttributionView {
  return { cue: a.cue, source: a.source, content: a.content, speaker: a.speaker };
}
export function denialView(d: Denial): DenialView {
  return { cue: d.cue, source: d.source, target: d.target, speaker: d.speaker };
}
export function claimView(c: Claim): ClaimView {
  return { span: c.span, claimant: c.claimant };
}

/** The one item whose cue text is `cueText` (throws when there is none or several). */
export function byCue<T extends { cue: Span }>(items: readonly T[], cueText: string): T {
  const found = items.filter((x) => x.cue.text === cueText);
  if (found.length !== 1) throw new Error(`expected one item with cue ${JSON.stringify(cueText)}, found ${found.length}: ${JSON.stringify(items.map((x) => x.cue.text))}`);
  return found[0];
}

/** The one claim whose span text is `spanText`. */
export function claimByText(claims: readonly Claim[], spanText: string): Claim {
  const found = claims.filter((c) => c.span.text === spanText);
  if (found.length !== 1) throw new Error(`expected one claim ${JSON.stringify(spanText)}, found ${found.length}: ${JSON.stringify(claims.map((c) => c.span.text))}`);
  return found[0];
}

/** Every id in an analysis, in order: attributions, denials, claims. */
export function idsOf(a: Analysis): string[] {
  return [...a.attributions.map((x) => x.id), ...a.denials.map((x) => x.id), ...a.claims.map((x) => x.id)];
}
