import type searchFn from 'approx-string-match' with { 'resolution-mode': 'import' };
import { CONTEXT_LENGTH, selectorsFor } from './model';
import type { Annotation, AnnotationDocument, Selectors } from './types';

// approx-string-match is an ES module; Node >= 20.19 and esbuild both load it through require().
// eslint-disable-next-line @typescript-eslint/no-require-imports
const approxSearch = (require('approx-string-match') as { default: typeof searchFn }).default;

/** A text change, in the shape of VS Code's TextDocumentContentChangeEvent (offsets in UTF-16 code units). */
export interface TextEdit {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

export interface EditResult {
  /** Every annotation, positions moved. Orphans keep their last position and quote. */
  annotations: Annotation[];
  /** Ids whose anchored text was entirely deleted by the edits. */
  orphaned: string[];
  /** Ids whose anchored text was changed inside (refresh their quote with `refreshQuote` once the text is known). */
  changed: string[];
}

/**
 * Moves a range [a, b) through the replacement of [s, s + len) by `insLen` characters; null when the whole
 * range is deleted. Insertions at either edge stay outside; a replacement that removes part of the range
 * joins the range (its new text becomes part of the anchored text).
 */
export function moveRange(a: number, b: number, s: number, len: number, insLen: number): [number, number] | null {
  const e = s + len;
  const delta = insLen - len;
  if (e <= a) return [a + delta, b + delta];
  if (s >= b) return [a, b];
  if (s <= a && e >= b) return null;
  if (s < a) return [s, b + delta];
  if (e > b) return [a, s + insLen];
  return [a, b + delta];
}

/** Moves each annotation through the edits, applied one after the other in the order given (as VS Code reports them). */
export function applyEdits(annotations: readonly Annotation[], edits: readonly TextEdit[], alreadyOrphaned: ReadonlySet<string> = new Set()): EditResult {
  const orphaned: string[] = [];
  const changed: string[] = [];
  const out = annotations.map((ann) => {
    if (alreadyOrphaned.has(ann.id)) return ann;
    let { start, end } = ann.selectors.position;
    let inside = false;
    for (const edit of edits) {
      const s = edit.rangeOffset;
      const e = s + edit.rangeLength;
      const moved = moveRange(start, end, s, edit.rangeLength, edit.text.length);
      if (moved === null) {
        orphaned.push(ann.id);
        return ann;
      }
      if (edit.rangeLength > 0 ? s < end && e > start : s > start && s < end) inside = true;
      [start, end] = moved;
    }
    if (inside) changed.push(ann.id);
    if (start === ann.selectors.position.start && end === ann.selectors.position.end) return ann;
    return { ...ann, selectors: { ...ann.selectors, position: { start, end } } };
  });
  return { annotations: out, orphaned, changed };
}

export type AnchorResult =
  | { status: 'exact' | 'moved' | 'fuzzy'; start: number; end: number; score: number }
  | { status: 'orphan'; score: number };

export interface AnchorOptions {
  /** Quote similarity (1 - edit errors / quote length) a fuzzy match needs. Default 0.75. */
  minQuoteSimilarity?: number;
  /** Combined score (quote 50, prefix 20, suffix 20, position 2; normalized to 0..1) a fuzzy match needs. Default 0.5. */
  minScore?: number;
  /** A runner-up elsewhere within this score of the best makes the match ambiguous: orphan. Default 0.05. */
  ambiguityMargin?: number;
  /**
   * A quote at least this long may anchor without context support: a single exact copy away from the stored
   * position, or a fuzzy match with quote similarity >= 0.9. Shorter ones need their context. Default 40.
   */
  minUniqueLength?: number;
  /** Similarity of prefix or suffix (the better side) that counts as context support. Default 0.6. */
  minContextSimilarity?: number;
}

const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const MAX_WEIGHT = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;

/** 0..1 similarity of `str` to the best-matching part of `region` (1 - errors / length). */
function similarity(region: string, str: string): number {
  if (str.length === 0) return region.length === 0 ? 1 : 0.5;
  if (region.length === 0) return 0;
  if (region.includes(str)) return 1;
  const matches = approxSearch(region, str, str.length);
  return matches.length === 0 ? 0 : 1 - matches[0].errors / str.length;
}

/** 0..1 similarity of the stored prefix and suffix to the text around [start, end) (what anchoring calls context support). */
export function contextScores(text: string, sel: Selectors, start: number, end: number): { prefix: number; suffix: number } {
  const { prefix, suffix } = sel.quote;
  return {
    prefix: similarity(text.slice(Math.max(0, start - prefix.length), start), prefix),
    suffix: similarity(text.slice(end, end + suffix.length), suffix),
  };
}

function combined(text: string, quote: number, ctx: { prefix: number; suffix: number }, start: number, hint: number): number {
  const position = text.length === 0 ? 1 : 1 - Math.abs(start - hint) / text.length;
  return (WEIGHT.quote * quote + WEIGHT.prefix * ctx.prefix + WEIGHT.suffix * ctx.suffix + WEIGHT.position * position) / MAX_WEIGHT;
}

function exactOccurrences(text: string, exact: string, cap = 10000): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(exact); i !== -1 && out.length < cap; i = text.indexOf(exact, i + 1)) out.push(i);
  return out;
}

interface Candidate {
  start: number;
  end: number;
  quote: number;
  context: number;
  /** Similarity of the better-matching side of the context. */
  side: number;
  score: number;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Finds an annotation's text in a changed `text`, as Hypothesis does: (1) the stored position if the quote is
 * there, (2) the exact quote nearest the old position (context decides between copies), (3) an approximate
 * match of quote, prefix and suffix scored on quote, context and position, accepted above a threshold;
 * otherwise an orphan. Ambiguous candidates make an orphan rather than a guess.
 */
export function anchor(annotation: Annotation | Selectors, text: string, options: AnchorOptions = {}): AnchorResult {
  const sel: Selectors = 'selectors' in annotation ? annotation.selectors : annotation;
  const minQuote = options.minQuoteSimilarity ?? 0.75;
  const minScore = options.minScore ?? 0.5;
  const margin = options.ambiguityMargin ?? 0.05;
  const minUnique = options.minUniqueLength ?? 40;
  const minContext = options.minContextSimilarity ?? 0.6;
  const { exact } = sel.quote;
  const hint = sel.position.start;
  if (exact.length === 0) return { status: 'orphan', score: 0 };

  // (1) and (2): exact occurrences.
  const occ = exactOccurrences(text, exact);
  if (occ.length > 0) {
    const cands: Candidate[] = occ.map((start) => {
      const end = start + exact.length;
      const ctx = contextScores(text, sel, start, end);
      return { start, end, quote: 1, context: (ctx.prefix + ctx.suffix) / 2, side: Math.max(ctx.prefix, ctx.suffix), score: combined(text, 1, ctx, start, hint) };
    });
    cands.sort((x, y) => y.context - x.context || Math.abs(x.start - hint) - Math.abs(y.start - hint));
    const best = cands[0];
    const status = best.start === hint ? 'exact' : 'moved';
    if (cands.length === 1) {
      // The only copy: where it was, long enough to be unmistakable, or with its context on one side.
      if (best.start === hint || exact.length >= minUnique || best.side >= minContext) return { status, start: best.start, end: best.end, score: best.score };
    } else {
      const second = cands[1];
      if (best.side >= minContext && best.context - second.context >= 0.1) return { status, start: best.start, end: best.end, score: best.score };
      const atStored = cands.find((c) => c.start === hint);
      if (atStored && atStored.context >= 0.9 && atStored.context >= best.context) {
        return { status: 'exact', start: atStored.start, end: atStored.end, score: atStored.score };
      }
    }
    // Copies that context cannot tell apart, or a short quote whose context is gone: do not guess.
    return { status: 'orphan', score: best.score };
  }

  // (3) approximate match.
  const maxErrors = Math.floor(exact.length * (1 - minQuote));
  if (maxErrors < 1) return { status: 'orphan', score: 0 };
  const matches = approxSearch(text, exact, Math.min(maxErrors, 1024));
  if (matches.length === 0) return { status: 'orphan', score: 0 };
  const cands: Candidate[] = matches.map((m) => {
    const quote = 1 - m.errors / exact.length;
    const ctx = contextScores(text, sel, m.start, m.end);
    return { start: m.start, end: m.end, quote, context: (ctx.prefix + ctx.suffix) / 2, side: Math.max(ctx.prefix, ctx.suffix), score: combined(text, quote, ctx, m.start, hint) };
  });
  cands.sort((x, y) => y.score - x.score || Math.abs(x.start - hint) - Math.abs(y.start - hint));
  const best = cands[0];
  if (best.quote < minQuote || best.score < minScore) return { status: 'orphan', score: best.score };
  // A changed quote needs its context on one side, unless it is long and nearly unchanged.
  if (best.side < minContext && !(best.quote >= 0.9 && exact.length >= minUnique)) return { status: 'orphan', score: best.score };
  const rival = cands.find((c) => !overlaps(c, best) && best.score - c.score < margin);
  if (rival) return { status: 'orphan', score: best.score };
  return { status: 'fuzzy', start: best.start, end: best.end, score: best.score };
}

export interface AnchoredAnnotation {
  /** The annotation, with position and quote updated when it anchored; unchanged when it is an orphan. */
  annotation: Annotation;
  anchor: AnchorResult;
}

/** Anchors every annotation of `doc` against `text`. The returned document holds the updated selectors. */
export function anchorDocument(doc: AnnotationDocument, text: string, options: AnchorOptions = {}): { doc: AnnotationDocument; anchored: AnchoredAnnotation[] } {
  const anchored = doc.annotations.map((a): AnchoredAnnotation => {
    const result = anchor(a, text, options);
    if (result.status === 'orphan') return { annotation: a, anchor: result };
    const selectors = selectorsFor(text, result.start, result.end, CONTEXT_LENGTH);
    const same =
      selectors.position.start === a.selectors.position.start && selectors.position.end === a.selectors.position.end &&
      selectors.quote.exact === a.selectors.quote.exact && selectors.quote.prefix === a.selectors.quote.prefix && selectors.quote.suffix === a.selectors.quote.suffix;
    return { annotation: same ? a : { ...a, selectors }, anchor: result };
  });
  return { doc: { ...doc, annotations: anchored.map((x) => x.annotation) }, anchored };
}
