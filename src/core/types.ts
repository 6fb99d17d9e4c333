/**
 * The shapes the analysis core produces. They follow `shared/spec/analysis-json.md` (Analysis JSON,
 * version 1): every offset is a UTF-16 code unit index into the document text (JavaScript string
 * index), `start` inclusive, `end` exclusive, and `text === documentText.slice(start, end)`.
 */

export type LanguageId = 'markdown' | 'plaintext';

export const ANALYSIS_SCHEMA = 'counterpoint/analysis@1';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Who said what: a source, the cue that marks the reporting, and what was reported. */
export interface Attribution {
  id: string;
  cue: Span;
  source: Span | null;
  content: Span | null;
  /** Canonical name of the source, pronouns resolved ("he" -> "Sergey Lavrov"). */
  speaker: string | null;
}

/** A statement that rejects a proposition. Not listed again under attributions. */
export interface Denial {
  id: string;
  cue: Span;
  source: Span | null;
  /** The proposition that is denied. */
  target: Span | null;
  speaker: string | null;
}

/** A check-worthy proposition. */
export interface Claim {
  id: string;
  span: Span;
  /** Canonical speaker who makes the claim; null when the article itself states it. */
  claimant: string | null;
  /** Id of the attribution whose content holds this claim, if any. */
  attribution: string | null;
  /** 0..1 */
  checkworthiness: number;
  /**
   * Set only on a claim taken from a denial's target: the id of that denial. The claim is a proposition the article
   * reports as denied. Its claimant is whoever the denial names as having made it ("the union's claim that X is
   * untrue"); otherwise it is null, and then means "not named", not "the article itself" ("Tehran denied any
   * involvement in the attack").
   */
  deniedBy?: string;
}

export type LinkRelation = 'denies' | 'contradicts';

/** A claim and something that speaks against it: a denial (denies) or another claim (contradicts). */
export interface Link {
  claim: string;
  counter: string;
  relation: LinkRelation;
  /** 0..1 */
  score: number;
}

export interface AnalysisSource {
  path?: string;
  languageId: LanguageId;
  length: number;
}

export interface Analysis {
  schema: typeof ANALYSIS_SCHEMA;
  source: AnalysisSource;
  attributions: Attribution[];
  denials: Denial[];
  claims: Claim[];
  links: Link[];
}

/** Settings passed to the core as a plain object. Every field is optional. */
export interface AnalyzerSettings {
  /** Minimum check-worthiness for the article's own (unattributed) statements to be listed as claims. */
  minCheckworthiness?: number;
  /** Minimum score for a claim and a counter to be linked. */
  minLinkScore?: number;
}

/** A piece of prose the detectors read: a heading, paragraph, list item, block quote or table cell. */
export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'blockquote' | 'tableCell';
