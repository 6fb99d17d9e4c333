import type { Analysis, Attribution, Claim, Denial, LinkRelation, Span } from '../types';
import { selectorsFor, type FindingRef } from './model';
import type { AnchoredAnnotation } from './anchoring';
import type { Annotation, AnnotationDocument, FindingKind, Verdict } from './types';

export type FindingOrigin = 'analysis' | 'user';

export interface EffectiveLink {
  /** Effective id of the counter (a finding id, or an annotation id for the user's marks). */
  to: string;
  relation: LinkRelation;
  origin: FindingOrigin;
  /** The analysis' score, for links it found. */
  score?: number;
}

/** A finding as the user sees it: detected or marked, with the user's verdict, note and dismissal applied. */
export interface EffectiveFinding {
  /** The analysis' id for detected findings; the annotation id for marks (and for detached annotations). */
  id: string;
  kind: FindingKind;
  /** `user`: a mark, or a user annotation on a finding the analysis no longer reports (`detached`). */
  origin: FindingOrigin;
  start: number;
  end: number;
  text: string;
  /** Claimant (claims) or speaker (attributions, denials); the user's `speaker` overrides the detected one. */
  speaker: string | null;
  /** The annotation carrying the user's actions, if any. */
  annotationId?: string;
  verdict?: Verdict;
  note?: string;
  dismissed: boolean;
  /** For claims: what speaks against it (analysis links and the user's links). */
  links: EffectiveLink[];
  /** The detected object, for detected findings. */
  detected?: { kind: 'claim'; claim: Claim } | { kind: 'attribution'; attribution: Attribution } | { kind: 'denial'; denial: Denial };
  /** A user annotation whose finding the analysis no longer reports; kept and shown at its anchor. */
  detached?: boolean;
  /**
   * The user's mark (`annotationId`) lies on the words of this detected finding (`SAME_WORDS`): the two are shown
   * as one, the mark's verdict, note and speaker applied, and a claim's extent is the mark's. The mark stays a mark
   * in the annotation file and shows on its own again when the analysis no longer finds these words.
   */
  marked?: boolean;
  created?: string;
  modified?: string;
}

export interface Rekeyed {
  annotationId: string;
  from: string;
  to: string;
}

export interface MergeResult {
  /** Sorted by start, then end, then id. Dismissed findings included (flagged). */
  findings: EffectiveFinding[];
  /** Annotations that could not be anchored: never deleted, listed for the user to re-attach or remove. */
  orphans: Annotation[];
  /** The annotations updated to follow their findings (new finding ids, selectors on the finding's span). */
  doc: AnnotationDocument;
  /** Finding annotations matched by anchor because the finding's id changed. */
  rekeyed: Rekeyed[];
}

interface Detected {
  id: string;
  kind: FindingKind;
  start: number;
  end: number;
  speaker: string | null;
  detected: NonNullable<EffectiveFinding['detected']>;
}

function extent(spans: (Span | null)[]): { start: number; end: number } {
  const real = spans.filter((s): s is Span => s !== null);
  return { start: Math.min(...real.map((s) => s.start)), end: Math.max(...real.map((s) => s.end)) };
}

/** Every finding of the analysis with the range it covers (attributions and denials: from cue, source and content/target). */
export function detectedFindings(analysis: Analysis): Detected[] {
  return [
    ...analysis.claims.map((claim): Detected => ({ id: claim.id, kind: 'claim', ...extent([claim.span]), speaker: claim.claimant, detected: { kind: 'claim', claim } })),
    ...analysis.attributions.map((attribution): Detected => ({
      id: attribution.id, kind: 'attribution', ...extent([attribution.cue, attribution.source, attribution.content]), speaker: attribution.speaker, detected: { kind: 'attribution', attribution },
    })),
    ...analysis.denials.map((denial): Detected => ({
      id: denial.id, kind: 'denial', ...extent([denial.cue, denial.source, denial.target]), speaker: denial.speaker, detected: { kind: 'denial', denial },
    })),
  ];
}

/** The model's reference to a detected finding (for `annotateFinding`, `linkCounter`), or undefined. */
export function findingRef(analysis: Analysis, findingId: string): FindingRef | undefined {
  const d = detectedFindings(analysis).find((x) => x.id === findingId);
  return d && { findingId: d.id, kind: d.kind, start: d.start, end: d.end };
}

function overlapRatio(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return inter <= 0 ? 0 : inter / Math.min(a.end - a.start, b.end - b.start);
}

/**
 * How much of the longer of two ranges they share (1: the same words). A mark and a detected finding of its kind
 * sharing at least `SAME_WORDS` of the longer are one finding for the views: a mark of a few words inside a long
 * claim stays a mark of its own, and a mark the analysis finds with an aside typed after it is the same claim ("the
 * Riverside bridge would reopen in March" in "... in March (or April)": 42 of 53 characters).
 */
function sharedRatio(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return inter <= 0 ? 0 : inter / Math.max(a.end - a.start, b.end - b.start);
}

const SAME_WORDS = 0.75;

/**
 * Applies the user's annotations to an analysis. Annotations on detected findings are matched by the finding's
 * stable id first, then (when the analysis changed the id: moved or reworded text) by anchor: the finding of the
 * same kind that overlaps the annotation's anchored range the most (at least half of the shorter range).
 * `anchoring` is what `anchorDocument` returned for the same `text` the analysis was made from.
 */
export function mergeAnnotations(
  analysis: Analysis,
  anchoring: { doc: AnnotationDocument; anchored: readonly AnchoredAnnotation[] },
  text: string,
): MergeResult {
  const { anchored } = anchoring;
  const detected = detectedFindings(analysis);
  const byId = new Map(detected.map((d) => [d.id, d]));
  const matched = new Map<string, Detected>(); // annotation id -> finding
  const taken = new Set<string>(); // finding ids with an annotation
  const rekeyed: Rekeyed[] = [];
  const findingAnns = anchored.filter((x) => x.annotation.target.type === 'finding');

  for (const x of findingAnns) {
    const t = x.annotation.target;
    if (t.type !== 'finding') continue;
    const d = byId.get(t.findingId);
    if (d && d.kind === t.kind && !taken.has(d.id)) {
      matched.set(x.annotation.id, d);
      taken.add(d.id);
    }
  }
  for (const x of findingAnns) {
    const t = x.annotation.target;
    if (t.type !== 'finding' || matched.has(x.annotation.id) || x.anchor.status === 'orphan') continue;
    const range = { start: x.anchor.start, end: x.anchor.end };
    let best: Detected | undefined;
    let bestRatio = 0;
    for (const d of detected) {
      if (d.kind !== t.kind || taken.has(d.id)) continue;
      const r = overlapRatio(range, d);
      if (r > bestRatio || (r === bestRatio && best && Math.abs(d.start - range.start) < Math.abs(best.start - range.start))) {
        best = d;
        bestRatio = r;
      }
    }
    if (best && bestRatio >= 0.5) {
      matched.set(x.annotation.id, best);
      taken.add(best.id);
      rekeyed.push({ annotationId: x.annotation.id, from: t.findingId, to: best.id });
    }
  }

  // A mark on the words of a detected finding of its kind that no annotation holds: one finding, the mark's
  // actions applied (the closest of the findings that share enough words).
  const marks = new Set<string>();
  for (const x of anchored) {
    const a = x.annotation;
    if (a.target.type !== 'mark' || x.anchor.status === 'orphan') continue;
    const range = { start: x.anchor.start, end: x.anchor.end };
    let best: Detected | undefined;
    let bestRatio = SAME_WORDS;
    for (const d of detected) {
      if (d.kind !== a.target.kind || taken.has(d.id)) continue;
      const r = sharedRatio(range, d);
      if (r >= bestRatio && (r > bestRatio || best === undefined)) {
        best = d;
        bestRatio = r;
      }
    }
    if (best) {
      matched.set(a.id, best);
      taken.add(best.id);
      marks.add(best.id);
    }
  }

  // Effective ids of annotations, and of finding ids that were re-keyed.
  const effectiveOf = new Map<string, string>();
  const orphans: Annotation[] = [];
  const updated = new Map<string, Annotation>();
  for (const x of anchored) {
    const a = x.annotation;
    const d = matched.get(a.id);
    if (d) {
      effectiveOf.set(a.id, d.id);
      const t = a.target;
      const needs = t.type === 'finding' && (t.findingId !== d.id || a.selectors.position.start !== d.start || a.selectors.position.end !== d.end);
      updated.set(a.id, needs ? { ...a, target: { type: 'finding', kind: d.kind, findingId: d.id }, selectors: selectorsFor(text, d.start, d.end) } : a);
    } else if (x.anchor.status === 'orphan') {
      orphans.push(a);
      updated.set(a.id, a);
    } else {
      effectiveOf.set(a.id, a.id);
      updated.set(a.id, a);
    }
  }
  const renamed = new Map(rekeyed.map((r) => [r.from, r.to]));
  const resolve = (to: string): string | undefined => effectiveOf.get(to) ?? (byId.has(to) ? to : renamed.get(to));

  const userLinks = new Map<string, EffectiveLink[]>();
  for (const x of anchored) {
    const from = effectiveOf.get(x.annotation.id);
    if (from === undefined) continue;
    for (const l of x.annotation.links) {
      const to = resolve(l.to);
      if (to === undefined || to === from) continue;
      const list = userLinks.get(from) ?? [];
      list.push({ to, relation: l.relation, origin: 'user' });
      userLinks.set(from, list);
    }
  }
  const linksFor = (id: string): EffectiveLink[] => {
    const user = userLinks.get(id) ?? [];
    const auto = analysis.links
      .filter((l) => l.claim === id && !user.some((u) => u.to === l.counter))
      .map((l): EffectiveLink => ({ to: l.counter, relation: l.relation, origin: 'analysis', score: l.score }));
    return [...auto, ...user];
  };

  const annOfFinding = new Map<string, Annotation>();
  for (const [annId, d] of matched) annOfFinding.set(d.id, updated.get(annId)!);
  const apply = (f: EffectiveFinding, a: Annotation | undefined): EffectiveFinding => {
    if (!a) return f;
    const out: EffectiveFinding = { ...f, annotationId: a.id, dismissed: a.dismissed, created: a.created, modified: a.modified };
    if (a.verdict) out.verdict = { ...a.verdict };
    if (a.note !== undefined) out.note = a.note;
    if (a.speaker !== undefined) out.speaker = a.speaker;
    if (marks.has(f.id)) {
      out.marked = true;
      // a claim is the words the user marked (an attribution or a denial keeps its detected parts)
      if (f.kind === 'claim') {
        const { start, end } = a.selectors.position;
        Object.assign(out, { start, end, text: text.slice(start, end) });
      }
    }
    return out;
  };

  const findings: EffectiveFinding[] = [];
  for (const d of detected) {
    findings.push(apply({
      id: d.id, kind: d.kind, origin: 'analysis', start: d.start, end: d.end, text: text.slice(d.start, d.end),
      speaker: d.speaker, dismissed: false, links: linksFor(d.id), detected: d.detected,
    }, annOfFinding.get(d.id)));
  }
  for (const x of anchored) {
    const a = updated.get(x.annotation.id)!;
    if (matched.has(a.id) || x.anchor.status === 'orphan') continue;
    const { start, end } = a.selectors.position;
    const base: EffectiveFinding = {
      id: a.id, kind: a.target.kind, origin: 'user', start, end, text: text.slice(start, end), speaker: null, dismissed: false, links: linksFor(a.id),
    };
    if (a.target.type === 'finding') base.detached = true;
    findings.push(apply(base, a));
  }
  findings.sort((p, q) => p.start - q.start || p.end - q.end || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));

  return { findings, orphans, doc: { ...anchoring.doc, annotations: anchored.map((x) => updated.get(x.annotation.id)!) }, rekeyed };
}
