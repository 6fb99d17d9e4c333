import type { LinkRelation } from '../types';
import {
  ANNOTATIONS_SCHEMA,
  STANDARD_VERDICTS,
  RATING_BEST,
  RATING_WORST,
  type Annotation,
  type AnnotationDocument,
  type AnnotationLink,
  type FindingKind,
  type ModelContext,
  type Selectors,
  type Verdict,
} from './types';

/** Characters of context stored each side of the quote. */
export const CONTEXT_LENGTH = 32;

/** A context using the system clock and `Math.random` ids (`n-` + 8 hex digits). */
export function defaultContext(): ModelContext {
  return {
    now: () => new Date().toISOString(),
    newId: (taken) => {
      for (;;) {
        const id = 'n-' + Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, '0');
        if (!taken.has(id)) return id;
      }
    },
  };
}

/**
 * A deterministic context for tests and tools: ids `prefix` + 4 hex digits counting up (n-0001, n-0002, ...),
 * skipping taken ones; times from `times` in turn (the last one repeats), or always the one given.
 */
export function sequentialContext(times: readonly string[] | string, prefix = 'n-'): ModelContext {
  let tick = 0;
  let n = 0;
  return {
    now: () => (typeof times === 'string' ? times : times[Math.min(tick++, times.length - 1)]),
    newId: (taken) => {
      for (;;) {
        const id = `${prefix}${(++n).toString(16).padStart(4, '0')}`;
        if (!taken.has(id)) return id;
      }
    },
  };
}

export function emptyDocument(article?: string): AnnotationDocument {
  return { schema: ANNOTATIONS_SCHEMA, ...(article !== undefined ? { article } : {}), annotations: [] };
}

/** The selectors for `text.slice(start, end)`: quote with `contextLength` characters of context, and position. */
export function selectorsFor(text: string, start: number, end: number, contextLength = CONTEXT_LENGTH): Selectors {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length)) {
    throw new RangeError(`invalid range [${start}, ${end}) for a text of length ${text.length}`);
  }
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - contextLength), start),
      suffix: text.slice(end, end + contextLength),
    },
    position: { start, end },
  };
}

/** The annotation with its quote (exact, prefix, suffix) re-read from `text` at its current position. */
export function refreshQuote(annotation: Annotation, text: string, contextLength = CONTEXT_LENGTH): Annotation {
  const { start, end } = annotation.selectors.position;
  return { ...annotation, selectors: selectorsFor(text, start, end, contextLength) };
}

/**
 * Every annotation's quote re-read at its current position (call before saving after `applyEdits`: edits near an
 * annotation change its prefix and suffix). Orphans (`skip`) keep their last quote.
 */
export function refreshQuotes(doc: AnnotationDocument, text: string, skip: ReadonlySet<string> = new Set()): AnnotationDocument {
  return {
    ...doc,
    annotations: doc.annotations.map((a) => {
      if (skip.has(a.id)) return a;
      const { start, end } = a.selectors.position;
      if (end > text.length) return a;
      const q = selectorsFor(text, start, end).quote;
      const old = a.selectors.quote;
      return q.exact === old.exact && q.prefix === old.prefix && q.suffix === old.suffix ? a : { ...a, selectors: { quote: q, position: { start, end } } };
    }),
  };
}

/** The verdict for a label: a standard label (any letter case) gets its standard rating; others are custom. */
export function makeVerdict(label: string, rating?: number): Verdict {
  const trimmed = label.trim();
  if (trimmed === '') throw new RangeError('a verdict needs a label');
  const standard = STANDARD_VERDICTS.find((v) => v.label.toLowerCase() === trimmed.toLowerCase());
  if (standard) return { ...standard };
  if (rating !== undefined && !(Number.isInteger(rating) && rating >= RATING_WORST && rating <= RATING_BEST)) {
    throw new RangeError(`a rating is an integer from ${RATING_WORST} to ${RATING_BEST}, got ${rating}`);
  }
  return rating === undefined ? { label: trimmed } : { label: trimmed, rating };
}

function ids(doc: AnnotationDocument): Set<string> {
  return new Set(doc.annotations.map((a) => a.id));
}

function replace(doc: AnnotationDocument, annotation: Annotation): AnnotationDocument {
  return { ...doc, annotations: doc.annotations.map((a) => (a.id === annotation.id ? annotation : a)) };
}

export function findAnnotation(doc: AnnotationDocument, id: string): Annotation | undefined {
  return doc.annotations.find((a) => a.id === id);
}

/** The annotation that carries the user's actions on a detected finding, if any. */
export function findFindingAnnotation(doc: AnnotationDocument, findingId: string): Annotation | undefined {
  return doc.annotations.find((a) => a.target.type === 'finding' && a.target.findingId === findingId);
}

export interface AnnotationPatch {
  /** null removes. */
  verdict?: Verdict | null;
  /** null or '' removes. */
  note?: string | null;
  /** null or '' removes. */
  speaker?: string | null;
  dismissed?: boolean;
  links?: AnnotationLink[];
}

function applyPatch(a: Annotation, patch: AnnotationPatch, now: string): Annotation {
  const next: Annotation = { ...a, modified: now };
  if (patch.verdict !== undefined) {
    if (patch.verdict === null) delete next.verdict;
    else next.verdict = { ...patch.verdict };
  }
  if (patch.note !== undefined) {
    if (patch.note === null || patch.note === '') delete next.note;
    else next.note = patch.note;
  }
  if (patch.speaker !== undefined) {
    if (patch.speaker === null || patch.speaker.trim() === '') delete next.speaker;
    else next.speaker = patch.speaker.trim();
  }
  if (patch.dismissed !== undefined) next.dismissed = patch.dismissed;
  if (patch.links !== undefined) next.links = patch.links.map((l) => ({ ...l }));
  return next;
}

export interface Created {
  doc: AnnotationDocument;
  annotation: Annotation;
}

/** A user mark on `text.slice(start, end)`. */
export function createMark(
  doc: AnnotationDocument,
  mark: { kind: FindingKind; start: number; end: number },
  text: string,
  ctx: ModelContext,
  patch: AnnotationPatch = {},
): Created {
  return addAnnotation(doc, { type: 'mark', kind: mark.kind }, text, mark.start, mark.end, ctx, patch);
}

/** A detected finding as the model needs it: stable id, kind and the range it covers. */
export interface FindingRef {
  findingId: string;
  kind: FindingKind;
  start: number;
  end: number;
}

/**
 * Applies `patch` to the annotation of a detected finding, creating it (anchored on the finding's range) when
 * the finding has none yet. An existing annotation's anchor is refreshed to the finding's current range.
 */
export function annotateFinding(
  doc: AnnotationDocument,
  finding: FindingRef,
  text: string,
  ctx: ModelContext,
  patch: AnnotationPatch = {},
): Created {
  const now = ctx.now();
  const existing = findFindingAnnotation(doc, finding.findingId);
  if (existing) {
    const annotation = applyPatch(
      { ...existing, target: { type: 'finding', kind: finding.kind, findingId: finding.findingId }, selectors: selectorsFor(text, finding.start, finding.end) },
      patch,
      now,
    );
    return { doc: replace(doc, annotation), annotation };
  }
  return addAnnotation(doc, { type: 'finding', kind: finding.kind, findingId: finding.findingId }, text, finding.start, finding.end, ctx, patch);
}

/** A new annotation on text[start, end) with the given target, added to the document. */
function addAnnotation(
  doc: AnnotationDocument,
  target: Annotation['target'],
  text: string,
  start: number,
  end: number,
  ctx: ModelContext,
  patch: AnnotationPatch,
): Created {
  const now = ctx.now();
  const base: Annotation = {
    id: ctx.newId(ids(doc)),
    target,
    selectors: selectorsFor(text, start, end),
    dismissed: false,
    links: [],
    created: now,
    modified: now,
  };
  const annotation = applyPatch(base, patch, now);
  return { doc: { ...doc, annotations: [...doc.annotations, annotation] }, annotation };
}

export function updateAnnotation(doc: AnnotationDocument, id: string, patch: AnnotationPatch, ctx: ModelContext): AnnotationDocument {
  const existing = findAnnotation(doc, id);
  if (!existing) throw new RangeError(`no annotation with id ${id}`);
  return replace(doc, applyPatch(existing, patch, ctx.now()));
}

export function dismiss(doc: AnnotationDocument, id: string, ctx: ModelContext, dismissed = true): AnnotationDocument {
  return updateAnnotation(doc, id, { dismissed }, ctx);
}

/** Removes the annotation and every link to it. Links pointing at it from other annotations are dropped too. */
export function removeAnnotation(doc: AnnotationDocument, id: string, ctx: ModelContext): AnnotationDocument {
  if (!findAnnotation(doc, id)) throw new RangeError(`no annotation with id ${id}`);
  const now = ctx.now();
  return {
    ...doc,
    annotations: doc.annotations
      .filter((a) => a.id !== id)
      .map((a) => (a.links.some((l) => l.to === id) ? { ...a, links: a.links.filter((l) => l.to !== id), modified: now } : a)),
  };
}

/** Re-attaches an annotation (typically an orphan) to `text.slice(start, end)`. */
export function reattach(doc: AnnotationDocument, id: string, start: number, end: number, text: string, ctx: ModelContext): AnnotationDocument {
  const existing = findAnnotation(doc, id);
  if (!existing) throw new RangeError(`no annotation with id ${id}`);
  return replace(doc, { ...existing, selectors: selectorsFor(text, start, end), modified: ctx.now() });
}

/** Either an existing annotation or a detected finding (which gets an annotation so its anchor is kept). */
export type TargetRef = { annotationId: string } | { finding: FindingRef };

function ensure(doc: AnnotationDocument, ref: TargetRef, text: string, ctx: ModelContext): Created {
  if ('annotationId' in ref) {
    const annotation = findAnnotation(doc, ref.annotationId);
    if (!annotation) throw new RangeError(`no annotation with id ${ref.annotationId}`);
    return { doc, annotation };
  }
  const existing = findFindingAnnotation(doc, ref.finding.findingId);
  return existing ? { doc, annotation: existing } : annotateFinding(doc, ref.finding, text, ctx);
}

/**
 * Links `counter` as a counter-claim of `claim` (stored on the claim's annotation, pointing at the counter's
 * annotation id so the link survives re-analysis). Both get an annotation if they are bare findings.
 */
export function linkCounter(
  doc: AnnotationDocument,
  claim: TargetRef,
  counter: TargetRef,
  relation: LinkRelation,
  text: string,
  ctx: ModelContext,
): AnnotationDocument {
  const c = ensure(doc, claim, text, ctx);
  const k = ensure(c.doc, counter, text, ctx);
  const claimAnn = findAnnotation(k.doc, c.annotation.id)!;
  if (claimAnn.id === k.annotation.id) throw new RangeError('a claim cannot be its own counter-claim');
  const links = claimAnn.links.filter((l) => l.to !== k.annotation.id);
  links.push({ to: k.annotation.id, relation });
  return replace(k.doc, { ...claimAnn, links, modified: ctx.now() });
}

export function unlinkCounter(doc: AnnotationDocument, claimAnnotationId: string, to: string, ctx: ModelContext): AnnotationDocument {
  const a = findAnnotation(doc, claimAnnotationId);
  if (!a) throw new RangeError(`no annotation with id ${claimAnnotationId}`);
  return replace(doc, { ...a, links: a.links.filter((l) => l.to !== to), modified: ctx.now() });
}
