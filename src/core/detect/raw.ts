/**
 * Findings of one block, in positions of the block's visible text. They are cached per block and
 * mapped to document offsets (and given ids and canonical speakers) by the document pass.
 */
import type { CueKind } from '../data/cues';
import type { ConceptReading } from '../link/concepts';

/** [start, end) in the block's visible text. */
export type R = readonly [number, number];

export type SourceType = 'name' | 'pronoun' | 'group' | 'document' | 'other';

export interface RawAttribution {
  rule: string;
  cueKind: CueKind;
  cue: R;
  source: R | null;
  sourceType: SourceType | null;
  content: R | null;
  /** The content begins at an opening quote at the start of the block: it may continue a quotation from earlier paragraphs. */
  contentOpensBlock: boolean;
  /** The content is a quotation still open at the block's end: it may run on into the next paragraphs. */
  contentRunsOn: boolean;
  /**
   * The content (null here) is the quotation that closes the block before (`BlockFindings.closingQuote`): a
   * signature line's ("- Ana Ruiz." under a quotation). The document pass keeps the attribution only after such a block.
   */
  contentBefore: boolean;
  /**
   * The content (null here) is the next block: the block ends with a colon after its cue, in the cue's sentence
   * ("Reyes wrote in a blog post:"). The document pass gives it the next block's text when that block follows right after.
   */
  contentAfter: boolean;
  score: number;
  /**
   * With no source of its own, the source of the report it is coordinated with, which names its speaker but is not
   * its source span ("It said X, and estimated that Y": PolNeAR's annotators give the second cue no source).
   */
  speakerSource?: R;
}

export interface RawDenial {
  rule: string;
  cue: R;
  source: R | null;
  /** Who made the claims denied, where the denial names them ("denied claims by the nurses' union that X"). */
  claimedBy?: R;
  sourceType: SourceType | null;
  target: R | null;
  /** The target only names a statement ("the allegations", "it") instead of stating the proposition. */
  genericTarget: boolean;
  score: number;
  /**
   * The index in the block's attributions of the report the denial's sentence says led to it (`PROMPTING_WORDS`: "denied
   * that X, after a union said Y"), what the denial answers.
   */
  answers?: number;
  /**
   * The index in the block's attributions of the denier's own report of why, a participle's right after the denial: "disputes
   * that figure, saying dividends were £31m" (what it says contradicts what the denial answers).
   */
  reason?: number;
}

export type ClaimOrigin = 'content' | 'allegation' | 'statement';

export interface RawClaim {
  span: R;
  origin: ClaimOrigin;
  /** Index into the block's attributions (origin 'content'), or denials (origin 'allegation' from a denial target). */
  attribution: number | null;
  denial: number | null;
  checkworthiness: number;
  /** The claim a fact check's "Claim:" label names (a verdict without a claim of its own answers it first). */
  checked?: boolean;
}

/** A name in the block that later pronouns may refer to. */
export interface RawMention {
  span: R;
  name: string;
  plural: boolean;
}

/** A direct quotation that no attribution in the block claims. */
export interface RawQuote {
  span: R;
  opensBlock: boolean;
  runsOn: boolean;
}

export interface BlockFindings {
  attributions: RawAttribution[];
  denials: RawDenial[];
  claims: RawClaim[];
  mentions: RawMention[];
  quotes: RawQuote[];
  /**
   * A quotation that opens a sentence and closes the block (nothing after its closing mark), which a
   * signature line in the next block may attribute (`RawAttribution.contentBefore`); else null.
   */
  closingQuote: R | null;
  /**
   * The claims of `closingQuote` when no attribution of the block reports it, scored as reported content
   * (`quotationClaims`): the document pass keeps them only when the next block signs the quotation.
   */
  signedClaims: RawClaim[];
  /**
   * In a block with no attribution or denial, the statements that score as claims only as someone's reported words:
   * the document pass adds them when the block is the content of a colon cue before it ("Reyes wrote on X:"), whose
   * speaker's claims they are.
   */
  leadClaims: RawClaim[];
  /**
   * Whether a report or denial of the block lies in its first sentence, so that `leadClaims` was not looked for (the
   * block is no colon cue's content); an interview's answer looks for them all the same (`answerStatementClaims`).
   */
  opensWithCue: boolean;
  /**
   * In a block with no attribution or denial that opens with a quotation, the claims of that quotation scored as reported
   * content (`quotationClaims`; the same list as `signedClaims` when the quotation is the whole block): the document
   * pass adds them when the block goes on with the quotation of an attribution before it (`RelBlock.continued`).
   */
  openingClaims: RawClaim[];
  /**
   * The denial a block opens with when it answers an interview's question ("No. Every discharge was within the terms of
   * our permits", "Absolutely not."): the answer's "no", with no target of its own (the claim the question put); the
   * document pass keeps it only for an interview's answer (`RelBlock.answer`). Null when the block opens otherwise or
   * with a denial of its own.
   */
  answerDenial: RawDenial | null;
  /** Number of sentences, for document-level statistics. */
  sentences: number;
  /**
   * Whether the block opens with a dateline ("BRUSSELS - ...", "LONDON (Reuters) - ..."; not a live page's time label):
   * in a digest of wire items, where a new story begins (`LinkInput.denialStory`).
   */
  dateline: boolean;
  /**
   * For each claim, the concepts of its span, read from the block's tokens for the linker (null where the
   * linker must read the span's text: see `readingOfSpan`).
   */
  claimConcepts: ReadonlyArray<ConceptReading | null>;
  /** For each denial, the concepts of its target in the same way (null as well without a target, or for a generic one). */
  targetConcepts: ReadonlyArray<ConceptReading | null>;
}
