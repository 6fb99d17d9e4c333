import type { LinkRelation } from '../types';

/**
 * The annotation file (`<article file name>.counterpoint.json`), schema `counterpoint/annotations@1`.
 * Offsets are UTF-16 code units (JavaScript string indices) into the article text, like Analysis JSON.
 */

export const ANNOTATIONS_SCHEMA = 'counterpoint/annotations@1';
export const ANNOTATIONS_SCHEMA_PREFIX = 'counterpoint/annotations@';
export const ANNOTATIONS_SCHEMA_VERSION = 1;
/** File name suffix of an article's annotation file: `story.md` -> `story.md.counterpoint.json`. */
export const ANNOTATIONS_FILE_SUFFIX = '.counterpoint.json';

export type FindingKind = 'claim' | 'attribution' | 'denial';
export const FINDING_KINDS: readonly FindingKind[] = ['claim', 'attribution', 'denial'];

/** W3C Web Annotation TextQuoteSelector: the annotated text with about 32 characters of context each side. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector, but in UTF-16 code units (the W3C export converts to code points). */
export interface TextPositionSelector {
  start: number;
  end: number;
}

export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** What an annotation is about: a passage the user marked, or a finding the analysis detected. */
export type AnnotationTarget =
  | { type: 'mark'; kind: FindingKind }
  | { type: 'finding'; kind: FindingKind; findingId: string };

/** A verdict: one of the standard labels (with its rating on the standard scale) or a custom label. */
export interface Verdict {
  label: string;
  /** 1 (worst, False) .. 6 (best, True); absent for Unverifiable and unrated custom labels. */
  rating?: number;
}

export const RATING_WORST = 1;
export const RATING_BEST = 6;

/** The fixed verdicts and their place on the rating scale (worst 1, best 6). */
export const STANDARD_VERDICTS: readonly Readonly<Verdict>[] = [
  { label: 'True', rating: 6 },
  { label: 'Mostly true', rating: 5 },
  { label: 'Half true', rating: 4 },
  { label: 'Misleading', rating: 3 },
  { label: 'Mostly false', rating: 2 },
  { label: 'False', rating: 1 },
  { label: 'Unverifiable' },
];

/** A user link from a claim to something that speaks against it. */
export interface AnnotationLink {
  /** Id of the counter: an annotation id (`n-...`, preferred: survives re-analysis) or a finding id. */
  to: string;
  relation: LinkRelation;
}

export interface Annotation {
  id: string;
  target: AnnotationTarget;
  selectors: Selectors;
  verdict?: Verdict;
  note?: string;
  /** Claimant / speaker set by the user (overrides the detected one). */
  speaker?: string;
  dismissed: boolean;
  links: AnnotationLink[];
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
}

export interface AnnotationDocument {
  schema: typeof ANNOTATIONS_SCHEMA;
  /** File name of the article the annotations belong to (informational). */
  article?: string;
  annotations: Annotation[];
}

/** Clock and id source, injected so tests are deterministic. */
export interface ModelContext {
  /** Current time as an ISO 8601 string. */
  now(): string;
  /** A new annotation id, not in `taken`. */
  newId(taken: ReadonlySet<string>): string;
}
