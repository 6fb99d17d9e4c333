import {
  ANALYSIS_SCHEMA, type Analysis, type AnalyzerSettings, type Attribution, type Claim, type Denial, type BlockKind, type LanguageId, type Link, type Span,
} from './types';
import { ProseExtractor, balanceMarkup, isExact, originOf, toDocRange, type ProseBlock } from './prose/extract';
import { PlainTextExtractor, commonPrefix, commonSuffix } from './prose/plain-incremental';
import { answerStatementClaims, detectBlock, judgedInRelative, judgesReport } from './detect/block';
import type { BlockFindings, R, RawAttribution, RawClaim } from './detect/raw';
import { conceptsOf, readingOf, type ConceptReading } from './link/concepts';
import { bodyOpening, canonicalName, isOnePersonDescribed, mentionedFullName, namedWithRole, onePersonNamed, resolveSourceInfos, sourceInfo, type SourceInfo } from './speakers';
import { Linker, lastWordOf, type LinkHolder } from './link/link';
import { lowerBound } from './util/search';
import { keepMaps } from './util/keep-maps';
import { EVIDENCE_GIVING_VERBS, PUBLISHING_MEDIA, denialVerbOf } from './data/denials';
import { SAYING_VERBS, cueVerbForm } from './data/cues';
import { BODY_NOUNS, SOURCE_NOUNS, posOf } from './data/lexicon';
import { isWhitespaceCode } from './util/chars';
import { findInterview, isQuestionBlock, type Interview } from './interview';
import stem from 'wink-porter2-stemmer';
import { findClaimRows, findLabelledClaims, type ClaimRow } from './tables';

export const DEFAULT_SETTINGS: Required<AnalyzerSettings> = {
  minCheckworthiness: 0.5,
  minLinkScore: 0.6,
};

/** Validates settings passed as a plain object; unknown or out-of-range values fall back to the default. */
export function resolveSettings(settings: AnalyzerSettings = {}): { settings: Required<AnalyzerSettings>; problems: string[] } {
  const out = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  for (const key of Object.keys(settings) as Array<keyof AnalyzerSettings>) {
    const v = settings[key];
    if (!Object.hasOwn(DEFAULT_SETTINGS, key)) {
      problems.push(`unknown setting "${String(key)}" ignored`);
      continue;
    }
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1) {
      problems.push(`setting "${key}" must be a number from 0 to 1; using ${DEFAULT_SETTINGS[key]}`);
      continue;
    }
    out[key] = v;
  }
  return { settings: out, problems };
}

/** A block's findings, cached by the block's kind and text, with the hash its ids start from. */
interface Cached {
  kind: BlockKind;
  text: string;
  findings: BlockFindings;
  /** The hash of the kind and text that ids start from (-1 until a finding needs it). */
  keyHash: number;
  /** The findings mapped to the document for each occurrence of the block (see `RelBlock`). */
  rels: RelBlock[];
  /** The last analysis that met the block, and how often it did. */
  seen: number;
  count: number;
  /** As an interview's answer or a claims table's claim cell, its statements scored as someone's words (`answerStatementClaims`), once asked for. */
  answerClaims?: RawClaim[];
}

/** The `rels` of a block not mapped yet (shared: replaced, never changed). */
const NO_RELS: RelBlock[] = [];

/** A block of this analysis with its findings, in document order. */
interface Placed {
  block: ProseBlock;
  rel: RelBlock;
  cached: Cached;
  /** Which occurrence of its text in the document the block is (`mapBlock`'s `dup`). */
  dup: number;
}

/**
 * Analyses documents. Keep one Analyzer per document: it caches per-paragraph results (and the
 * Markdown parse per chunk), so re-analysis after an edit costs about one paragraph plus the
 * document-level pass (speakers, quotations across paragraphs, ids and links). After an edit that
 * moved nothing (a character replaced) that pass looks only at the blocks around the edit and
 * patches what it kept from the last analysis (`assembleWindow`); otherwise it shifts, collects and
 * compares everything. Returned analyses share the objects of findings that did not change: do
 * not change them.
 */
export class Analyzer {
  readonly settings: Required<AnalyzerSettings>;
  readonly problems: string[];
  private readonly extractor = new ProseExtractor();
  private readonly plain = new PlainTextExtractor();
  /** Findings by block kind, then block text, of the blocks of the last analysis. */
  private cache = new Map<BlockKind, Map<string, Cached>>();
  /** The cache entries of the last analysis, in its block order. */
  private last: Cached[] = [];
  private call = 0;
  private readonly linker: Linker;
  private lastLanguage: LanguageId | undefined;
  /** The document pass of the last analysis. */
  private state: DocState | undefined;

  constructor(settings: AnalyzerSettings = {}) {
    const r = resolveSettings(settings);
    this.settings = r.settings;
    this.problems = r.problems;
    this.linker = new Linker({ minLinkScore: this.settings.minLinkScore });
  }

  analyze(text: string, languageId: LanguageId, path?: string): Analysis {
    if (this.lastLanguage !== languageId) {
      this.cache.clear();
      this.last = [];
      this.lastLanguage = languageId;
      this.state = undefined;
    }
    const call = ++this.call;
    const blocks = languageId === 'plaintext' ? this.plain.blocks(text) : this.extractor.blocks(text, languageId);
    // (a question-and-answer interview: its answers are the interviewee's words, `Interview`)
    const interview = findInterview(text, blocks, languageId === 'markdown');
    // (a fact check's table of claims, read by rows: `findClaimRows`)
    // (or by labels, "**Who said it:** X" and "**Verdict:** False" under a heading that gives the claim: `findLabelledClaims`)
    const tableRows = languageId === 'markdown' ? findClaimRows(text, blocks) : NO_ROWS;
    const labelled = findLabelledClaims(blocks);
    const rows = labelled.length === 0 ? tableRows : tableRows.length === 0 ? labelled : [...tableRows, ...labelled];
    const claimCells = rows.length > 0 ? new Set(rows.map((r) => r.claim)) : undefined;
    const placed: Placed[] = new Array<Placed>(blocks.length);
    const lastPlaced = this.state?.placed ?? [];
    // (whether a block quote so far is a quotation signed with a dash: `continued`)
    let signedQuotes = false;
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index];
      const kind = block.kind;
      let byText = this.cache.get(kind);
      if (!byText) this.cache.set(kind, (byText = new Map()));
      let cached = byText.get(block.text);
      if (!cached) {
        cached = { kind, text: block.text, findings: detectBlock(block.text, kind, this.settings.minCheckworthiness), keyHash: -1, rels: NO_RELS, seen: 0, count: 0 };
        byText.set(block.text, cached);
      }
      if (cached.seen !== call) {
        cached.seen = call;
        cached.count = 0;
      }
      const dup = cached.count++;
      // a signature line's attribution ("- Ana Ruiz." under a quotation: its first, `contentBefore`) stands only
      // right after a block that closes with a quotation
      const fa = cached.findings.attributions;
      const signed = fa.length > 0 && fa[0].contentBefore && index > 0 && placed[index - 1].rel.closing !== null && adjacent(text, blocks[index - 1], block);
      // an attribution whose cue ends the block with a colon ("Reyes wrote:", `contentAfter`) has the next
      // block for content when that block follows right after and holds a word or a number (not "," alone)
      const followed = index + 1 < blocks.length && hasContentAfter(fa) && adjacent(text, block, blocks[index + 1]) && WORD_OR_NUMBER.test(text.slice(blocks[index + 1].start, blocks[index + 1].end));
      // (and the block that is such a content keeps the statements that are claims as someone's words: `leadClaims`)
      // (and so does an interview's answer, whose statements are the interviewee's, all of them, and a claims table's claim
      // cell, the speaker's of its row)
      const answer = interview?.answer[index] === 1 || claimCells?.has(index) === true;
      // (or, in an explainer's questions and answers, the block after a question, whose opening "No." or "Not quite."
      // denies what the question put: `asked`)
      const asked = !answer && index > 0 && isQuestionBlock(text, blocks[index - 1], languageId === 'markdown');
      // (and the items after it in the same list, or paragraphs in the same block quote, as far as `afterContent` takes them
      // in, to one with a report or denial of its own: "It also found that:" and three findings, one an item)
      const led = index > 0 && (placed[index - 1].rel.followed || answer || ((kind === 'listItem' || kind === 'blockquote') && placed[index - 1].rel.led && blocks[index - 1].kind === kind &&
        fa.length === 0 && cached.findings.denials.length === 0 && adjacent(text, blocks[index - 1], block)));
      if (answer && cached.answerClaims === undefined) {
        // (a claims table's claim cell is a claim whatever it scores: `labelled`)
        cached.answerClaims = answerStatementClaims(block.text, kind, this.settings.minCheckworthiness, cached.findings.claims, kind === 'tableCell' && claimCells?.has(index) === true);
      }
      // (and a block of nothing but a quotation goes on with the quotation the block before ends with: `continued`)
      // (not a block quote of a quotation alone in an article that signs its block quotes, a list of claims checked:
      // '> "X." — Cllr Peter Hale' before, then '> "Y."' after a paragraph that reports the campaign's reply)
      const continued = index > 0 && !led && adjacent(text, blocks[index - 1], block) && !(kind === 'blockquote' && signedQuotes) && continuesQuotation(block, cached.findings, placed[index - 1].rel);
      if (kind === 'blockquote' && fa.length > 0 && fa[0].rule === 'attr.quote-dash') signedQuotes = true;
      // the block's mapped findings: kept when the block is the same text and markup as before
      let rel = cached.rels[dup];
      if (!rel || !sameSource(rel, block, text) || rel.signed !== signed || rel.followed !== followed || rel.led !== led || rel.continued !== continued || rel.answer !== answer || rel.asked !== asked) {
        // (whether the next block signs this one's closing quotation is known at the next block: as before until then)
        rel = mapBlock(text, block, cached, dup, signed, followed, rel?.signedNext ?? false, led, continued, answer, asked);
        keepRel(cached, dup, rel);
      }
      // (the last analysis's record when it is the same block, finding and place: fewer objects)
      const was = lastPlaced[index];
      placed[index] = was !== undefined && was.block === block && was.rel === rel && was.cached === cached ? was : { block, rel, cached, dup };
      // the block before keeps the claims of the quotation that closes it only when this block signs it
      if (index > 0 && placed[index - 1].rel.signedNext !== signed) remapSignedNext(text, placed, index - 1, signed);
    }
    if (blocks.length > 0 && placed[blocks.length - 1].rel.signedNext) remapSignedNext(text, placed, blocks.length - 1, false);
    // forget the blocks that are gone, and the occurrences of a block that are gone
    for (const c of this.last) {
      if (c.seen !== call) this.cache.get(c.kind)?.delete(c.text);
      else if (c.rels.length > c.count) c.rels.length = c.count;
    }
    this.last = placed.map((p) => p.cached);
    const { analysis, state } = assemble(text, languageId, path, placed, this.linker, this.state, interview, rows);
    this.state = state;
    return analysis;
  }
}

/** Keeps `rel` as the mapping of occurrence `dup` of the cached block (a list of one for a block met once, the usual case; `NO_RELS` is never changed). */
function keepRel(cached: Cached, dup: number, rel: RelBlock): void {
  if (cached.rels !== NO_RELS) cached.rels[dup] = rel;
  else if (dup === 0) cached.rels = [rel];
  else {
    cached.rels = [];
    cached.rels[dup] = rel;
  }
}

/** Maps placed block `i` again with the claims of its closing quotation kept (`signedNext`) or not. */
function remapSignedNext(text: string, placed: Placed[], i: number, signedNext: boolean): void {
  const p = placed[i];
  const rel = mapBlock(text, p.block, p.cached, p.dup, p.rel.signed, p.rel.followed, signedNext, p.rel.led, p.rel.continued, p.rel.answer, p.rel.asked);
  keepRel(p.cached, p.dup, rel);
  placed[i] = { block: p.block, rel, cached: p.cached, dup: p.dup };
}

// (one Analyzer, with its extractors and Linker, kept for good: with every Analyzer dead a full GC
// would free the maps of their instances and throw away the optimised code that checks them, such as
// `analyze` once it has been optimised; see keepMaps)
keepMaps(new Analyzer());

/** One-shot analysis (no cache kept between calls). */
export function analyze(text: string, languageId: LanguageId, path?: string, settings?: AnalyzerSettings): Analysis {
  return new Analyzer(settings).analyze(text, languageId, path);
}

// ---------------------------------------------------------------------------------------------
// The document pass

/** FNV-1a of `s` (the state kept as a signed 32-bit integer, as `Math.imul` gives it: no heap numbers in the loop). */
function fnv(s: string, seed = 0x811c9dc5): number {
  return fnvRange(s, 0, s.length, seed);
}

/**
 * `fnv(s.slice(from, to), seed)` without the slice. Hashing a block's text in the document's own
 * string is faster than in the block's text: that is a slice of it, whose every character V8 reads
 * through the slice.
 */
function fnvRange(s: string, from: number, to: number, seed: number): number {
  let h = seed | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// Ids are FNV-1a hashes of `${dup}:${kind}:${at}` (two seeds) written in hex. They are hashed
// character by character as that string would be, without building it: the same ids, fewer strings.

/**
 * Two FNV-1a states hashed in step; `idA`/`idB` are their values after `idStart` and the `id*` calls,
 * kept as signed 32-bit integers (the same bits; as unsigned ones above 2^31 each store made a heap number).
 */
let idA = 0;
let idB = 0;
function idStart(keyHash: number): void {
  idA = keyHash | 0;
  idB = keyHash ^ 0x5bd1e995;
}
function idChar(c: number): void {
  idA = Math.imul(idA ^ c, 0x01000193);
  idB = Math.imul(idB ^ c, 0x01000193);
}
function idString(s: string): void {
  for (let i = 0; i < s.length; i++) idChar(s.charCodeAt(i));
}
const digits = new Int32Array(10);
/** Hashes the decimal digits of `n` (as `String(n)` writes them). */
function idNumber(n: number): void {
  if (n >= 0 && n <= 0x7fffffff && (n | 0) === n) {
    let k = 0;
    let v = n;
    do {
      digits[k++] = v % 10;
      v = (v / 10) | 0;
    } while (v > 0);
    while (k > 0) idChar(48 + digits[--k]);
  } else idString(String(n));
}
const HEX_DIGITS = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102];
/** `${prefix}-` and the 12 hex digits of the two states (8 of the first, the low 4 of the second). */
function idEnd(prefix: number): string {
  const a = idA;
  const b = idB;
  const h = HEX_DIGITS;
  return String.fromCharCode(
    prefix, 45,
    h[(a >>> 28) & 15], h[(a >>> 24) & 15], h[(a >>> 20) & 15], h[(a >>> 16) & 15], h[(a >>> 12) & 15], h[(a >>> 8) & 15], h[(a >>> 4) & 15], h[a & 15],
    h[(b >>> 12) & 15], h[(b >>> 8) & 15], h[(b >>> 4) & 15], h[b & 15],
  );
}
const COLON = 58;
const P_ATTRIBUTION = 97; // 'a'
const P_DENIAL = 100; // 'd'
const P_CLAIM = 99; // 'c'

/** A 48-bit id (12 hex digits) from the block's key, its occurrence, the rule and the position in the block. */
function makeId(prefix: number, keyHash: number, dup: number, rule: string, at: number): string {
  idHead(keyHash, dup, rule);
  idNumber(at);
  return idEnd(prefix);
}

/** A claim's id: `makeId` with the kind `${origin}:${end}`. */
function claimId(keyHash: number, dup: number, origin: string, end: number, at: number): string {
  idHead(keyHash, dup, origin);
  idNumber(end);
  idChar(COLON);
  idNumber(at);
  return idEnd(P_CLAIM);
}

/** Starts an id's hash with `${dup}:${kind}:`. */
function idHead(keyHash: number, dup: number, kind: string): void {
  idStart(keyHash);
  idNumber(dup);
  idChar(COLON);
  idString(kind);
  idChar(COLON);
}

interface RelAttribution {
  id: string;
  cue: Span;
  source: Span | null;
  /** What speaker resolution needs of the source, or null without one. */
  info: SourceInfo | null;
  content: Span | null;
  opensBlock: boolean;
  runsOn: boolean;
  /** Its content is the quotation that closes the block before (`RawAttribution.contentBefore`; set by `joinContents`). */
  before: boolean;
  /** Its content is the next block (`RawAttribution.contentAfter`, the block `followed`; set by `joinContents`). */
  after: boolean;
  /** The output object last made for the finding (see `assemble`). */
  out: Attribution | undefined;
}

interface RelDenial extends LinkHolder {
  id: string;
  cue: Span;
  source: Span | null;
  info: SourceInfo | null;
  target: Span | null;
  generic: boolean;
  /** Index of the attribution (in this block's list) of the report that led to the denial (`RawDenial.answers`), or -1. */
  answers: number;
  /** Index of the attribution (in this block's list) of the denier's reason (`RawDenial.reason`), or -1. */
  reason: number;
  out: Denial | undefined;
}

interface RelClaim extends LinkHolder {
  id: string;
  span: Span;
  /** Index of the attribution (in this block's list) whose content holds the claim, or -1. */
  attribution: number;
  checkworthiness: number;
  /** Id of the denial (of this block) whose target the claim was taken from, or null. */
  fromDenial: string | null;
  /** For a claim taken from a denial's target, who made it where the denial names them (`RawDenial.claimedBy`), or null. */
  claimedBy: string | null;
  /** The claim a fact check's "Claim:" label names (`RawClaim.checked`). */
  checked: boolean;
  out: Claim | undefined;
}

/**
 * A block's findings mapped to the document and given ids: valid wherever the same text and markup
 * (the same block moved by a shift) appear. Its spans are document spans for the block starting at
 * `at`; the block met elsewhere gets new spans, shifted (spans are never changed once made, so
 * analyses share them).
 */
interface RelBlock {
  /** The block start the spans were made for. */
  at: number;
  /** The block it was mapped for, or a block known to have the same layout and source. */
  block: ProseBlock;
  /** The document's text under the block (markup included): span texts are slices of it. */
  source: string;
  /** The rest of the block's first line before it and of its last line after it (`lineContext`). */
  before: string;
  after: string;
  attributions: readonly RelAttribution[];
  denials: readonly RelDenial[];
  claims: readonly RelClaim[];
  /** The first quotation that opens the block, and the first that opens it and runs on (relative document offsets), or null. */
  opening: QuoteRange | null;
  openingRunsOn: QuoteRange | null;
  /** The quotation that closes the block (`BlockFindings.closingQuote`; relative document offsets), or null. */
  closing: QuoteRange | null;
  /** Mapped after a block that closes with a quotation: its signature line's attribution, if any, is kept. */
  signed: boolean;
  /** Mapped before a block that follows right after: its attribution whose content is the next block, if any, gets it. */
  followed: boolean;
  /** Mapped before a signature line that signs its closing quotation: the quotation's claims (`BlockFindings.signedClaims`) are kept. */
  signedNext: boolean;
  /** Mapped after a block whose colon cue has this block for content (`followed`): its `BlockFindings.leadClaims` are kept. */
  led: boolean;
  /**
   * Mapped after a block that ends with someone's quotation, which this block, nothing but a quotation, goes on with
   * (`continuesQuotation`): its `BlockFindings.openingClaims` are kept, and `joinContents` gives them to that speaker.
   */
  continued: boolean;
  /** Mapped as an interview's answer (`Interview.answer`) or a claims table's claim cell (`ClaimRow`), with `led`: all its statements that score as reported words are kept. */
  answer: boolean;
  /** Mapped as the answer to an explainer's question in the block before (`isQuestionBlock`): its opening "No." denies. */
  asked: boolean;
  /** Attributions (>= 0, index) and denials (< 0, ~index) in document order of their cues. */
  order: readonly number[];
  /** The attributions with a content, in order of the content's start. */
  contentOrder: readonly number[];
  /** The full names the block's text gives surnames (`mentionedFullName`), found when first asked for. */
  mentions?: Map<string, string | null>;
}

/**
 * The full name that the block of the n-th source (in document order) or the nearest block before it gives a surname
 * no source gave in full ("director Lene Aas" before "Aas:"), at most `MENTION_REACH` blocks back; else null. Each
 * block keeps what it found, so an edit reads only the blocks it changed again, and the search stays linear in the
 * document's length.
 */
function mentionedIn(s: DocState, surname: string, n: number): string | null {
  const b = blockOfSource(s, n);
  for (let k = b; k >= 0 && b - k <= MENTION_REACH; k--) {
    const rel = s.placed[k].rel;
    const memo = (rel.mentions ??= new Map());
    let found = memo.get(surname);
    if (found === undefined) memo.set(surname, (found = mentionedFullName(rel.source, surname)));
    if (found !== null) return found;
  }
  return null;
}

/**
 * The one person whom source n's pronoun can stand for: named before it in its own sentence, wherever in the sentence
 * ("accused the mayor, Rachel Adeyemi, of misleading voters after she claimed"), else in its block's sentences before
 * ("The claim was made by Tom Horton in a video. \"...,\" he said"), else in the blocks right before (`onePersonNamed`
 * over the `PRONOUN_PERSON_REACH` blocks before); or null.
 */
function personBefore(s: DocState, n: number, pronoun: 'he' | 'she'): string | null {
  const b = blockOfSource(s, n);
  const src = sourceOf(s, n);
  if (src !== null) {
    const own = s.placed[b].rel.source.slice(0, src.start - s.placed[b].block.start);
    const at = sentenceStartIn(own);
    const named = onePersonNamed(own.slice(at), pronoun, true) ?? (at > 0 ? onePersonNamed(own.slice(0, at), pronoun) : null);
    if (named !== null) return named;
  }
  let text = '';
  for (let k = Math.max(0, b - PRONOUN_PERSON_REACH); k < b; k++) text += s.placed[k].rel.source + '\n';
  if (text === '') return null;
  // (else with the block's own sentences before the source's, where the person may be the subject by surname alone:
  // "sprinter Maria Okafor" before "Okafor tested positive in June. She has always denied X")
  return onePersonNamed(text, pronoun) ?? (src !== null ? onePersonNamed(text + s.placed[b].rel.source.slice(0, src.start - s.placed[b].block.start), pronoun) : null);
}

/**
 * The body that the sentence right before source n's sentence, in its block, opens with (`bodyOpening`: "The Football
 * Association charged Price ... | It alleges"; "Nightjar has made similar claims before. | In March, it said" after a
 * paragraph that ends with another body's report), or null.
 */
function bodyBefore(s: DocState, n: number): string | null {
  const src = sourceOf(s, n);
  if (src === null) return null;
  const b = blockOfSource(s, n);
  const own = s.placed[b].rel.source.slice(0, src.start - s.placed[b].block.start);
  const at = sentenceStartIn(own);
  if (at === 0) return null;
  const before = own.slice(0, at).trimEnd();
  const from = sentenceStartIn(before.slice(0, -1));
  // (none when the source before is in that sentence or this one, "..., according to the SITE Intelligence Group. It
  // said": that source is what "it" stands for)
  const prev = n > 0 && blockOfSource(s, n - 1) === b ? sourceOf(s, n - 1) : null;
  if (prev !== null && prev.start - s.placed[b].block.start >= from) return null;
  return bodyOpening(before.slice(from));
}

/** Where the last sentence of a text begins: after the last full stop, question or exclamation mark and space, or line break. */
function sentenceStartIn(text: string): number {
  const stop = Math.max(text.lastIndexOf('. '), text.lastIndexOf('? '), text.lastIndexOf('! '));
  return Math.max(stop < 0 ? 0 : stop + 2, text.lastIndexOf('\n') + 1);
}

/** How many blocks before a pronoun's `personBefore` looks for the person it stands for. */
const PRONOUN_PERSON_REACH = 2;

/** How many blocks before a bare surname's own `mentionedIn` looks for the full name. */
const MENTION_REACH = 20;

/** A quotation's range, relative to its block's start. */
interface QuoteRange {
  s: number;
  e: number;
}

/** True when the block covers the same text and markup as the block `rel` was mapped for. */
function sameSource(rel: RelBlock, block: ProseBlock, text: string): boolean {
  // the same visible text (rel is found by it), and that text is all the block covers
  if (isExact(block) && isExact(rel.block)) return true;
  // (a span at the block's edge takes in the markup just outside it, "[" of a link the block opens, `balanceMarkup`: the
  // rest of the lines the block starts and ends in must be the same too, "[\nconstructor](...)" is not "[constructor](...)")
  if (!sameLineContext(text, block, rel)) return false;
  if (rel.block === block || originOf(rel.block) === originOf(block)) return true;
  if (!sameLayout(rel.block, block) || rel.source !== text.slice(block.start, block.end)) return false;
  rel.block = block;
  return true;
}

/** The rest of the block's first line before it and of its last line after it (`RelBlock.before`, `.after`); none for an exact block. */
function lineContext(text: string, block: ProseBlock): { before: string; after: string } {
  if (isExact(block)) return NO_CONTEXT;
  const ls = block.start === 0 ? -1 : text.lastIndexOf('\n', block.start - 1);
  let le = text.indexOf('\n', block.end);
  if (le < 0) le = text.length;
  return { before: text.slice(ls + 1, block.start), after: text.slice(block.end, le) };
}
const NO_CONTEXT = { before: '', after: '' };

/** Whether the rest of the lines around the block is what `rel` was mapped with (no string made: this runs for every block of every analysis). */
function sameLineContext(text: string, block: ProseBlock, rel: RelBlock): boolean {
  if (isExact(block)) return true;
  const s = block.start - rel.before.length;
  if (s < 0 || (s > 0 && text.charCodeAt(s - 1) !== 10) || !text.startsWith(rel.before, s)) return false;
  const e = block.end + rel.after.length;
  return (e === text.length || text.charCodeAt(e) === 10) && text.startsWith(rel.after, block.end);
}

/** The same segments and gaps relative to the blocks' starts: every span maps by a plain shift. */
function sameLayout(a: ProseBlock, b: ProseBlock): boolean {
  if (a.end - a.start !== b.end - b.start || a.segments.length !== b.segments.length) return false;
  for (let k = 0; k < a.segments.length; k++) {
    const x = a.segments[k];
    const y = b.segments[k];
    if (x.textStart !== y.textStart || x.docStart - a.start !== y.docStart - b.start || x.length !== y.length || x.docLength !== y.docLength) return false;
  }
  const ga = a.gaps ?? [];
  const gb = b.gaps ?? [];
  if (ga.length !== gb.length) return false;
  for (let k = 0; k < ga.length; k++) if (ga[k] !== gb[k]) return false;
  return true;
}

/**
 * The block `mapBlock` is mapping, and the last document range `range` found (`rs`, `re`). One object for
 * the life of the process rather than closures made per block: V8 keeps a closure's optimised code only
 * while a closure of it lives, so closures made per call ran unoptimised after every full GC.
 */
const mapping: { text: string; block: ProseBlock | undefined; base: number; exact: boolean; len: number; rs: number; re: number } = {
  text: '',
  block: undefined,
  base: 0,
  exact: false,
  len: 0,
  rs: 0,
  re: 0,
};

/** The document range of a text range of the block being mapped, in `mapping.rs`/`re`; false when it is empty. */
function range(r: R): boolean {
  const m = mapping;
  const a = r[0];
  const b = r[1];
  if (m.exact && a >= 0 && a < b && b <= m.len) {
    m.rs = m.base + a;
    m.re = m.base + b;
    return true;
  }
  const d = toDocRange(m.block!, a, b);
  if (!d || d.end <= d.start) return false;
  balanceMarkup(m.text, m.block!, d);
  m.rs = d.start;
  m.re = d.end;
  return true;
}

/** The document span of a text range of the block being mapped. */
function span(r: R | null): Span | null {
  if (r === null || !range(r)) return null;
  const m = mapping;
  return { start: m.rs, end: m.re, text: m.text.slice(m.rs, m.re) };
}

function mapBlock(text: string, block: ProseBlock, cached: Cached, dup: number, signed: boolean, followed: boolean, signedNext: boolean, led: boolean, continued: boolean, answer: boolean, asked: boolean): RelBlock {
  const base = block.start;
  const m = mapping;
  m.text = text;
  m.block = block;
  m.base = base;
  m.exact = isExact(block);
  m.len = block.text.length;
  const f = cached.findings;
  // (every list a claim's id may come from: a quotation's claims going on from the block before, `openingClaims`, and a
  // colon cue's, `leadClaims`, too: with no key their ids did not change with their text, and the linker kept a claim's
  // old concepts after an edit, "> \"Prices rose ..." -> "xrices rose")
  if (cached.keyHash < 0 && (f.attributions.length > 0 || f.denials.length > 0 || f.claims.length > 0 || f.signedClaims.length > 0 || f.leadClaims.length > 0 || f.openingClaims.length > 0 || (cached.answerClaims?.length ?? 0) > 0 || f.answerDenial !== null)) {
    // (an exact block's text is the document's text under it)
    const seed = fnv(`${block.kind}\u0001`);
    cached.keyHash = m.exact ? fnvRange(text, block.start, block.end, seed) : fnv(block.text, seed);
  }
  let opening: QuoteRange | null = null;
  let openingRunsOn: QuoteRange | null = null;
  for (const q of f.quotes) {
    if (!q.opensBlock) continue;
    const r = range(q.span) ? { s: m.rs - base, e: m.re - base } : { s: 0, e: 0 };
    opening ??= r;
    if (q.runsOn) {
      openingRunsOn = r;
      break;
    }
  }
  const closing = f.closingQuote !== null && range(f.closingQuote) ? { s: m.rs - base, e: m.re - base } : null;
  // (the findings are gathered in scratch lists and copied into lists of their exact length, or the
  // one empty list: a block's lists grown by push, and typed arrays for its orders, were most of what
  // mapping allocated)
  const fa = f.attributions;
  if (scratchIndex.length < fa.length) scratchIndex = new Int32Array(fa.length * 2);
  const attrIndex = scratchIndex;
  const as = scratchAttributions;
  let nA = 0;
  let withContent = 0;
  for (let k = 0; k < fa.length; k++) {
    const a = fa[k];
    const cue = span(a.cue);
    // (a signature line's attribution after a block that closes with no quotation: a byline, left out)
    if (!cue || (a.contentBefore && !signed)) {
      attrIndex[k] = -1;
      continue;
    }
    attrIndex[k] = nA;
    const source = span(a.source);
    // (an attribution with the next block for content gives up a phrase before its cue read as its content)
    const after = a.contentAfter && followed;
    const content = after ? null : span(a.content);
    if (content || a.contentBefore || after) withContent++;
    as[nA++] = {
      id: makeId(P_ATTRIBUTION, cached.keyHash, dup, a.rule, a.cue[0]), cue, source, info: a.speakerSource ? referredInfo(span(a.speakerSource), a.speakerSource, source) : afterQuote(itSays(selfTold(infoOf(source, a.source), source, content), source, cue), source, cue, content), content, opensBlock: a.contentOpensBlock, runsOn: a.contentRunsOn,
      before: a.contentBefore, after, out: undefined,
    };
  }
  const fd = f.denials;
  const ds = scratchDenials;
  const denialIds = scratchDenialIds;
  let nD = 0;
  // (an interview's answer that opens with "No.": its denial comes first, before any of the block's own)
  const no = (answer || asked) && f.answerDenial !== null ? span(f.answerDenial.cue) : null;
  if (no) ds[nD++] = { id: makeId(P_DENIAL, cached.keyHash, dup, f.answerDenial!.rule, f.answerDenial!.cue[0]), cue: no, source: null, info: null, target: null, generic: true, answers: -1, reason: -1, linked: undefined, concepts: null, out: undefined };
  for (let k = 0; k < fd.length; k++) {
    const d = fd[k];
    const cue = span(d.cue);
    if (!cue) {
      denialIds[k] = '';
      continue;
    }
    const id = makeId(P_DENIAL, cached.keyHash, dup, d.rule, d.cue[0]);
    denialIds[k] = id;
    const source = span(d.source);
    const target = span(d.target);
    const concepts = target !== null && !d.genericTarget ? readingFor(f.targetConcepts[k], d.target!) : null;
    // (a pronoun source shared with a report whose pronoun is known to stand for someone, '"That is simply untrue," she
    // told reporters' after "Thornbury has hit back.": that person)
    const referred = d.source !== null ? referredBy(fa, d.source) : undefined;
    ds[nD++] = { id, cue, source, info: referred !== undefined ? referredInfo(span(referred), referred, source) : infoOf(source, d.source), target, generic: d.genericTarget, answers: d.answers !== undefined ? attrIndex[d.answers] : -1, reason: d.reason !== undefined ? attrIndex[d.reason] : -1, linked: undefined, concepts, out: undefined };
  }
  const fc = f.claims;
  const cs = scratchClaims;
  let nC = 0;
  for (let k = 0; k < fc.length; k++) {
    const c = fc[k];
    const s = span(c.span);
    if (!s) continue;
    const id = claimId(cached.keyHash, dup, c.origin, c.span[1], c.span[0]);
    let attribution = c.attribution !== null && c.attribution < fa.length ? (attrIndex[c.attribution] ?? -1) : -1;
    // (a claim in the phrase an attribution gave up for the next block is the article's own)
    if (attribution >= 0 && as[attribution]!.after) attribution = -1;
    const fromDenial = c.denial !== null ? denialIds[c.denial] || null : null;
    // ("denied claims by the nurses' union that X": X is the union's)
    const by = c.denial !== null ? f.denials[c.denial]?.claimedBy : undefined;
    const bySpan = by ? span(by) : null;
    const claimedBy = bySpan ? canonicalName(bySpan.text).name : null;
    cs[nC++] = { id, span: s, attribution, checkworthiness: c.checkworthiness, fromDenial, claimedBy, checked: c.checked === true, linked: undefined, concepts: readingFor(f.claimConcepts[k], c.span), out: undefined };
  }
  if (signedNext || led || continued) {
    // the claims of the quotation that the next block signs (its attribution takes them in `joinContents`), of a colon
    // cue's content (`afterContent` gives them to it), or of a quotation going on from the block before (`joinContents`),
    // in span order
    for (const c of signedNext ? f.signedClaims : led ? (answer ? cached.answerClaims ?? NO_RAW_CLAIMS : f.leadClaims) : f.openingClaims) {
      const s = span(c.span);
      if (!s) continue;
      let k = nC++;
      while (k > 0 && cs[k - 1]!.span.start > s.start) {
        cs[k] = cs[k - 1];
        k--;
      }
      cs[k] = {
        id: claimId(cached.keyHash, dup, c.origin, c.span[1], c.span[0]), span: s, attribution: -1, checkworthiness: c.checkworthiness, fromDenial: null, claimedBy: null,
        checked: false, linked: undefined, concepts: readingFor(null, c.span), out: undefined,
      };
    }
  }
  // cues in document order, attributions before denials at the same place (a stable insertion sort of both lists)
  const n = nA + nD;
  const sorted = scratchOrder;
  if (scratchKeys.length < Math.max(n, withContent)) scratchKeys = new Float64Array(Math.max(n, withContent) * 2);
  const keys = scratchKeys;
  for (let k = 0; k < n; k++) {
    const v = k < nA ? k : ~(k - nA);
    insertByKey(keys, sorted, k, k < nA ? as[k]!.cue.start : ds[k - nA]!.cue.start, v);
  }
  const order = n > 0 ? sorted.slice(0, n) : NO_NUMBERS;
  // the attributions with a content, by the content's start (stable; a content in the block before first,
  // one in the block after last)
  let j = 0;
  for (let k = 0; k < nA; k++) {
    const x = as[k]!;
    if (x.content) insertByKey(keys, sorted, j++, x.content.start, k);
    else if (x.before) insertByKey(keys, sorted, j++, -1, k);
    else if (x.after) insertByKey(keys, sorted, j++, Infinity, k);
  }
  const contentOrder = withContent > 0 ? sorted.slice(0, withContent) : NO_NUMBERS;
  const around = lineContext(text, block);
  const out: RelBlock = {
    at: base, block, source: text.slice(block.start, block.end), before: around.before, after: around.after,
    attributions: nA > 0 ? (as.slice(0, nA) as RelAttribution[]) : NO_ATTRIBUTIONS,
    denials: nD > 0 ? (ds.slice(0, nD) as RelDenial[]) : NO_DENIALS,
    claims: nC > 0 ? (cs.slice(0, nC) as RelClaim[]) : NO_CLAIMS,
    opening, openingRunsOn, closing, signed, followed, signedNext, led, continued, answer, asked, order, contentOrder,
  };
  // the document, the block and its findings are not kept past the call
  m.text = '';
  m.block = undefined;
  as.fill(undefined, 0, nA);
  ds.fill(undefined, 0, nD);
  cs.fill(undefined, 0, nC);
  return out;
}

/**
 * The concepts of range `r` of the block being mapped, for the linker: what the detectors read there
 * (`BlockFindings.claimConcepts`, `targetConcepts`), or else the block's text there read again. Always the
 * block's visible text, never the document's: markup inside the span (a link's destination) is no part of what
 * the claim says, and an edit to it alone changes neither the block's ids nor, so, the claim's links.
 */
function readingFor(reading: ConceptReading | null, r: R): ConceptReading {
  return reading ?? readingOf(mapping.block!.text.slice(r[0], r[1]));
}

/**
 * What speaker resolution needs of a source (null without one, or for an empty one), read from the block's visible
 * text at `r`, as `readingFor` reads a claim: markup in the source's span ("The state's **Office of Higher
 * Education** said") is no part of the name.
 */
function infoOf(source: Span | null, r: R | null): SourceInfo | null {
  if (!source?.text || r === null) return null;
  return sourceInfo(mapping.exact ? source.text : mapping.block!.text.slice(r[0], r[1]));
}

/**
 * The `SourceInfo` of one person named by an indefinite description alone (`isOnePersonDescribed`), telling no pronoun,
 * with the pronoun that opens what they are reported to say ("One patient said she had received a letter": she,
 * `SourceInfo.selfTold`; not "The ministry said he would resign").
 */
function selfTold(info: SourceInfo | null, source: Span | null, content: Span | null): SourceInfo | null {
  if (info === null || info.canon === null || info.canon.kind === 'person' || info.plural || info.gender !== undefined || content === null || !isOnePersonDescribed(source!.text)) return info;
  const m = SELF_PRONOUN.exec(content.text);
  return m === null ? info : { ...info, gender: m[1] === 'she' ? 'she' : 'he', selfTold: true };
}
/** A content opening with "he" or "she" and a word after it. */
const SELF_PRONOUN = /^(she|he)\s/;

/**
 * The `SourceInfo` of a source "it" with a verb of saying right after it as its cue, `SourceInfo.saysAfter` ("It said",
 * "It added"; not a title's "And It Says A LOT").
 */
function itSays(info: SourceInfo | null, source: Span | null, cue: Span): SourceInfo | null {
  if (info === null || info.pronoun !== 'it' || source === null || cue.start < source.end || !SAYING_VERBS.has(cue.text)) return info;
  return { ...info, saysAfter: true };
}

/**
 * The `SourceInfo` of a source "he" or "she" after the quotation that opens its content, `SourceInfo.afterQuote` ('"We
 * stand by it," he said', '"X," he said. "Y."'; not "He said that X").
 */
function afterQuote(info: SourceInfo | null, source: Span | null, cue: Span, content: Span | null): SourceInfo | null {
  if (info === null || (info.pronoun !== 'he' && info.pronoun !== 'she') || source === null || content === null || content.start >= source.start || !OPENING_QUOTE.test(content.text)) return info;
  return { ...info, afterQuote: true };
}
/** A content that opens with a quotation mark. */
const OPENING_QUOTE = /^["\u201c']/;

/**
 * The `SourceInfo` of the name a pronoun source is known to stand for (`RawAttribution.speakerSource`), with the
 * pronoun ("she"), so that later pronouns know that person's ("he" after "Mrs. Clinton ... she said" is not her).
 */
function referredInfo(name: Span | null, nameAt: R | null, pronoun: Span | null): SourceInfo | null {
  const info = infoOf(name, nameAt);
  const p = pronoun?.text.toLowerCase();
  if (info !== null && info.canon?.kind === 'person' && (p === 'who' || p === 'whom')) return { ...info, relative: true };
  return info !== null && info.canon?.kind === 'person' && (p === 'he' || p === 'she') ? { ...info, referredAs: p } : info;
}

/** The name a report's pronoun source is known to stand for (`RawAttribution.speakerSource`), of the report whose source is `source`. */
function referredBy(attributions: readonly RawAttribution[], source: R): R | undefined {
  for (const a of attributions) if (a.speakerSource !== undefined && a.source !== null && a.source[0] === source[0] && a.source[1] === source[1]) return a.speakerSource;
  return undefined;
}

/** Insertion step of a stable sort by key: puts (key, v) into the first `m` sorted entries of keys/vals. */
function insertByKey(keys: Float64Array, vals: number[], m: number, key: number, v: number): void {
  while (m > 0 && keys[m - 1] > key) {
    keys[m] = keys[m - 1];
    vals[m] = vals[m - 1];
    m--;
  }
  keys[m] = key;
  vals[m] = v;
}

/** The empty lists of every block without such findings (never changed). */
const NO_NUMBERS: readonly number[] = [];
const NO_ATTRIBUTIONS: readonly RelAttribution[] = [];
const NO_DENIALS: readonly RelDenial[] = [];
const NO_CLAIMS: readonly RelClaim[] = [];
/** Scratch of `mapBlock`: its attribution indexes, the sort keys and values, the findings and the denials' ids. */
let scratchIndex = new Int32Array(64);
let scratchKeys = new Float64Array(64);
const scratchOrder: number[] = [];
const scratchAttributions: Array<RelAttribution | undefined> = [];
const scratchDenials: Array<RelDenial | undefined> = [];
const scratchClaims: Array<RelClaim | undefined> = [];
const scratchDenialIds: string[] = [];

/** Moves a block's spans to the block starting at `base` (new span objects: analyses share the old ones). */
function moveRel(rel: RelBlock, base: number): void {
  const by = base - rel.at;
  rel.at = base;
  for (const x of rel.attributions) {
    x.cue = shifted(x.cue, by);
    x.source = shiftedOrNull(x.source, by);
    x.content = shiftedOrNull(x.content, by);
  }
  for (const x of rel.denials) {
    x.cue = shifted(x.cue, by);
    x.source = shiftedOrNull(x.source, by);
    x.target = shiftedOrNull(x.target, by);
  }
  for (const x of rel.claims) x.span = shifted(x.span, by);
}
function shifted(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by, text: s.text };
}
function shiftedOrNull(s: Span | null, by: number): Span | null {
  return s ? shifted(s, by) : null;
}

// (plain arrays rather than typed arrays here: these are too big for V8 to keep on its heap, and
// an off-heap buffer per analysis costs more than the array)
//
// Output objects are never changed once returned: a finding whose values are those of the object
// made for it last time (kept with the block's finding, `out`) is that object again, so analyses
// share what did not change and the linker knows an unchanged item by identity.

/** What the document pass worked out, kept for the next analysis of the document (`assembleWindow`). */
interface DocState {
  text: string;
  placed: Placed[];
  /** The document's interview, if it is one (`findInterview`): its answers' claims, denials and first-person reports are the interviewee's. */
  interview: Interview | null;
  /** The rows of the document's claims tables (`findClaimRows`): a row's claim is its speaker's, its verdict answers it. */
  rows: readonly ClaimRow[];
  /** For block b (and one past the last), the index of its first attribution, denial, claim and cue (in `order`). */
  aAt: Int32Array;
  dAt: Int32Array;
  cAt: Int32Array;
  oAt: Int32Array;
  attrRel: RelAttribution[];
  attrBlock: number[];
  /** Each attribution's content, grown over neighbouring blocks where a quotation runs on. */
  attrContent: Array<Span | null>;
  attrSpeaker: Array<string | null>;
  denialRel: RelDenial[];
  denialBlock: number[];
  genericTarget: boolean[];
  /** For each denial: whether it is in a heading (or a plain-text headline). */
  denialInHeading: boolean[];
  /** For each denial: the index of the attribution of the report that led to it (`RelDenial.answers`), or -1. */
  denialAnswers: number[];
  /** For each denial: the index of the attribution of the denier's reason (`RelDenial.reason`), or -1. */
  denialReasons: number[];
  denialSource: Array<Span | null>;
  denialSpeaker: Array<string | null>;
  claimRel: RelClaim[];
  claimBlock: number[];
  claimFromDenial: Array<string | null>;
  /** For each claim: whether a fact check's "Claim:" label names it (`RelClaim.checked`). */
  claimChecked: boolean[];
  /** For each claim: whether its block opens with a fact check's "Fact:" label, the answer to the claim checked before (`FACT_LABEL`). */
  claimAnswering: boolean[];
  /** For each claim, the index of its attribution (or -1). */
  claimAttr: number[];
  /** Attributions (>= 0) and denials (< 0, ~index) in document order of their cues, with their source facts, whether the cue lies in a content, and the speakers. */
  order: number[];
  sources: Array<SourceInfo | null>;
  inQuote: boolean[];
  speakers: Array<string | null>;
  /** The attributions with a content, by the content's start. */
  contents: number[];
  attributions: Attribution[];
  denials: Denial[];
  claims: Claim[];
}

/** Fills the per-item arrays of `s` for blocks [from, to), from the given item indexes on; returns the attributions whose content may continue into neighbouring blocks. */
function fillBlocks(s: DocState, from: number, to: number, ia: number, id: number, ic: number, io: number): number[] {
  const placed = s.placed;
  const joins: number[] = [];
  // (whether the last heading before is a fact check's "The claim": what is claimed under it is the claim checked)
  let h = from - 1;
  while (h >= 0 && !isHeading(placed[h])) h--;
  let underClaim = h >= 0 && CLAIM_HEADING.test(placed[h].block.text);
  for (let b = from; b < to; b++) {
    const p = placed[b];
    if (isHeading(p)) underClaim = CLAIM_HEADING.test(p.block.text);
    const rel = p.rel;
    const base = p.block.start;
    if (rel.at !== base) moveRel(rel, base);
    s.aAt[b] = ia;
    s.dAt[b] = id;
    s.cAt[b] = ic;
    s.oAt[b] = io;
    const a0 = ia;
    const d0 = id;
    const ra = rel.attributions;
    for (let k = 0; k < ra.length; k++) {
      const x = ra[k];
      // (and a direct quotation last in its block, which a paragraph of quotation alone may go on: `joinContents`)
      // (or any report last in its block that a block quote goes on: `continuesQuotation`)
      if (x.before || x.after || (x.content && (x.opensBlock || x.runsOn || (k === ra.length - 1 && (QUOTED.test(x.content.text) || (b + 1 < placed.length && placed[b + 1].rel.continued)))))) joins.push(ia);
      s.attrBlock[ia] = b;
      s.attrContent[ia] = x.content;
      s.attrRel[ia++] = x;
    }
    const rd = rel.denials;
    for (let k = 0; k < rd.length; k++) {
      const x = rd[k];
      s.denialBlock[id] = b;
      s.genericTarget[id] = x.generic;
      // (a heading's denial that names nothing and no one, a fact check's "Verdict: False", answers the claim before it;
      // "Residents are not so sure" names who doubts)
      s.denialInHeading[id] = p.block.kind === 'heading' && (x.target !== null || x.source !== null);
      s.denialAnswers[id] = x.answers >= 0 ? a0 + x.answers : -1;
      s.denialReasons[id] = x.reason >= 0 ? a0 + x.reason : -1;
      s.denialRel[id++] = x;
    }
    const rc = rel.claims;
    const answering = rc.length > 0 && FACT_LABEL.test(p.block.text);
    for (let k = 0; k < rc.length; k++) {
      const x = rc[k];
      s.claimAnswering[ic] = answering && x.fromDenial === null;
      s.claimBlock[ic] = b;
      s.claimFromDenial[ic] = x.fromDenial;
      s.claimChecked[ic] = x.checked || (underClaim && x.fromDenial === null);
      s.claimAttr[ic] = x.attribution >= 0 ? a0 + x.attribution : -1;
      s.claimRel[ic++] = x;
    }
    const ro = rel.order;
    for (let k = 0; k < ro.length; k++) {
      const v = ro[k];
      s.order[io++] = v >= 0 ? a0 + v : ~(d0 + ~v);
    }
  }
  s.aAt[to] = ia;
  s.dAt[to] = id;
  s.cAt[to] = ic;
  s.oAt[to] = io;
  return joins;
}

/**
 * Quotations that run over several paragraphs, attributed once; a content only grows over
 * neighbouring prose blocks with nothing but white space and list or quote markers between them,
 * and no inline code inside, so it never covers code.
 */
function joinContents(s: DocState, joins: number[]): void {
  const placed = s.placed;
  const text = s.text;
  const joinable = (b: number): boolean => {
    const prev = placed[b - 1]?.block;
    const cur = placed[b]?.block;
    return prev !== undefined && cur !== undefined && adjacent(text, prev, cur);
  };
  for (let j = 0; j < joins.length; j++) {
    const i = joins[j];
    const x = s.attrRel[i];
    if (x.before) {
      // a signature line's: the quotation that closes the block before (kept only where there is one: `signed`)
      const p = placed[s.attrBlock[i] - 1];
      const start = p.rel.closing!.s + p.block.start;
      const end = p.rel.closing!.e + p.block.start;
      const was = x.out?.content;
      const t = text.slice(start, end);
      s.attrContent[i] = was && was.start === start && was.end === end && was.text === t ? was : { start, end, text: t };
      // the quotation's claims, kept for it (`RelBlock.signedNext`), are the signer's
      claimsOfContent(s, i, s.attrBlock[i] - 1, s.attrBlock[i] - 1, start, end);
      continue;
    }
    if (x.after) {
      afterContent(s, i);
      continue;
    }
    const content = x.content!;
    let start = content.start;
    let end = content.end;
    const block = s.attrBlock[i];
    // (the blocks the content grows over, whose claims in it become the attribution's)
    let first = block;
    let last = block;
    if (x.opensBlock) {
      for (let b = block - 1; b >= 0 && joinable(b + 1); b--) {
        const q = placed[b].rel.openingRunsOn;
        if (!q) break;
        start = q.s + placed[b].block.start;
        first = b;
      }
    }
    if (x.runsOn) {
      for (let b = block + 1; b < placed.length && joinable(b); b++) {
        const q = placed[b].rel.opening;
        if (!q) break;
        end = q.e + placed[b].block.start;
        last = b;
        if (placed[b].rel.openingRunsOn !== q) break;
      }
    }
    // ('"When we signed this deal, ...," Ellwood told the council.' and then paragraphs of nothing but a quotation, with
    // no report or denial of their own: the same speaker's words, as news prints a long quotation, attributed once)
    // (and a block quote after a report of someone named: `continuesQuotation`)
    if ((QUOTED.test(content.text) || (block + 1 < placed.length && placed[block + 1].rel.continued)) && s.attrBlock[i + 1] !== block) {
      for (let b = last + 1; b < placed.length && placed[b].rel.continued; b++) {
        end = placed[b].rel.opening!.e + placed[b].block.start;
        last = b;
      }
    }
    if (first < block) claimsOfContent(s, i, first, block - 1, start, end);
    if (last > block) claimsOfContent(s, i, block + 1, last, start, end);
    if (start !== content.start || end !== content.end) {
      const was = x.out?.content;
      const t = text.slice(start, end);
      s.attrContent[i] = was && was.start === start && was.end === end && was.text === t ? was : { start, end, text: t };
    }
  }
}

/**
 * Whether a block goes on with the quotation the block before ends with (`RelBlock.continued`): it is nothing but a
 * quotation (white space around it, no report or denial of its own), some words long, and the block before ends with an
 * attribution's direct quotation (its last attribution's content opens with a quotation mark), opened by the same mark
 * unless that quotation runs on, or is such a block itself; or, for a Markdown block quote, with a report of a named
 * source, direct or not. Not a link's '"Related:"' after a quotation in curly marks.
 */
function continuesQuotation(block: ProseBlock, f: BlockFindings, prev: RelBlock): boolean {
  const q = f.quotes[0];
  if (f.attributions.length > 0 || f.denials.length > 0 || q === undefined || !q.opensBlock) return false;
  const t = block.text;
  const [from, to] = q.span;
  if (!blank(t, 0, from) || (!q.runsOn && !blank(t, to, t.length)) || !/\S\s+\S+\s+\S/.test(t.slice(from, to))) return false;
  if (prev.continued) return prev.openingRunsOn !== null || prev.source[prev.opening!.s] === t[from];
  const a = prev.attributions[prev.attributions.length - 1];
  if (a === undefined || a.content === null) return false;
  // (a block quote of a quotation alone goes on with any report the block before ends with: "Brennan said the figures were
  // wrong." and then '> "Our ticketing system makes it impossible ..."')
  if (block.kind === 'blockquote' && !QUOTED.test(a.content.text)) return a.source !== null;
  // (and a paragraph of a quotation alone, after a paragraph that ends with a report with a source: "Mayor Tom Brennan
  // told a rally that crime had halved." and then '"When I was elected, people were afraid ..."')
  if (block.kind === 'paragraph' && !QUOTED.test(a.content.text)) return a.source !== null && endsBlock(prev, a.content.end - prev.at);
  return QUOTED.test(a.content.text) && (a.runsOn || a.content.text[0] === t[from]);
}

/** Whether a block's text after position `at` (relative) is no more than a full stop and closing marks. */
function endsBlock(b: RelBlock, at: number): boolean {
  return /^["”’'.\s]*$/.test(b.source.slice(at));
}

const NO_RAW_CLAIMS: RawClaim[] = [];

/** A content that is a direct quotation: it opens with a quotation mark. */
const QUOTED = /^["“'‘«]/;

/** Whether text[from, to) is white space only. */
function blank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isWhitespaceCode(text.charCodeAt(k))) return false;
  return true;
}

/**
 * The content of attribution `i`, whose cue ends its block with a colon (`RelAttribution.after`): the next
 * block, which follows right after (`RelBlock.followed`), as far as the block's visible text goes; when
 * that block opens a quotation that runs on, up to where the quotation ends, as `joinContents` follows
 * one. The claims of the article's own in it (no attribution or denial of their block) become the
 * attribution's.
 */
function afterContent(s: DocState, i: number): void {
  const placed = s.placed;
  const text = s.text;
  const b = s.attrBlock[i] + 1;
  const start = placed[b].block.start;
  let end = placed[b].block.end;
  let last = b;
  if (placed[b].rel.openingRunsOn !== null) {
    for (let c = b + 1; c < placed.length && adjacent(text, placed[c - 1].block, placed[c].block); c++) {
      const q = placed[c].rel.opening;
      if (!q) break;
      end = q.e + placed[c].block.start;
      last = c;
      if (placed[c].rel.openingRunsOn !== q) break;
    }
  } else if (placed[b].block.kind === 'listItem' || placed[b].block.kind === 'blockquote') {
    // ("Greenline said:" and a list, or a quoted passage of several paragraphs: all of it, as far as its items and
    // paragraphs follow one another and none reports or denies on its own)
    const kind = placed[b].block.kind;
    for (let c = b + 1; c < placed.length && c - b < MAX_LISTED_BLOCKS && placed[c].block.kind === kind && adjacent(text, placed[c - 1].block, placed[c].block); c++) {
      if (s.aAt[c] !== s.aAt[c + 1] || s.dAt[c] !== s.dAt[c + 1]) break;
      end = placed[c].block.end;
      last = c;
    }
  }
  // (without the separator that ends a list's item: "only 41 were called off because of bad weather;")
  while (end > start && (text.charCodeAt(end - 1) === 0x3b || text.charCodeAt(end - 1) === 0x2c)) end--;
  const was = s.attrRel[i].out?.content;
  const t = text.slice(start, end);
  s.attrContent[i] = was && was.start === start && was.end === end && was.text === t ? was : { start, end, text: t };
  claimsOfContent(s, i, b, last, start, end);
}

/** A letter or a digit: what a block needs to be a colon cue's content (`RelBlock.followed`). */
const WORD_OR_NUMBER = /[\p{L}\p{N}]/u;

/** The most list items or quoted paragraphs after "said:" that one content takes in (`afterContent`). */
const MAX_LISTED_BLOCKS = 20;

/** Gives attribution `i` the claims of blocks `from` to `last` that lie in [start, end) and are no attribution's or denial's. */
function claimsOfContent(s: DocState, i: number, from: number, last: number, start: number, end: number): void {
  for (let c = s.cAt[from]; c < s.cAt[last + 1]; c++) {
    const sp = s.claimRel[c].span;
    if (s.claimAttr[c] < 0 && s.claimFromDenial[c] === null && sp.start >= start && sp.end <= end) s.claimAttr[c] = i;
  }
}

/** Whether one of a block's attributions has the next block for content (`RawAttribution.contentAfter`). */
function hasContentAfter(fa: readonly RawAttribution[]): boolean {
  for (let k = 0; k < fa.length; k++) if (fa[k].contentAfter) return true;
  return false;
}

/**
 * Whether block `cur` follows block `prev` with nothing but white space and list or quote markers between
 * them, and neither holds inline code: a quotation may run on from one into the other.
 */
function adjacent(text: string, prev: ProseBlock, cur: ProseBlock): boolean {
  if (prev.gaps?.length || cur.gaps?.length) return false;
  return /^[\s>*+-]*$/.test(text.slice(prev.end, cur.start));
}

/** The attributions of blocks [from, to) with a content, by the content's start (block by block, sorted again if a content grew back into an earlier block). */
function contentsOf(s: DocState, from: number, to: number): number[] {
  const contents: number[] = [];
  let sorted = true;
  let last = -1;
  for (let b = from; b < to; b++) {
    const co = s.placed[b].rel.contentOrder;
    const a0 = s.aAt[b];
    for (let k = 0; k < co.length; k++) {
      const i = a0 + co[k];
      const st = s.attrContent[i]!.start;
      if (st < last) sorted = false;
      last = st;
      contents.push(i);
    }
  }
  if (!sorted) contents.sort((x, y) => s.attrContent[x]!.start - s.attrContent[y]!.start);
  return contents;
}

/** The source facts of the cues [from, to) of `order`, and whether each lies inside a content (of `contents`, sorted). */
function sourcesOf(s: DocState, from: number, to: number, contents: number[]): void {
  let k = 0;
  let maxEnd = -1;
  const attrContent = s.attrContent;
  for (let n = from; n < to; n++) {
    const it = s.order[n];
    let at: number;
    if (it >= 0) {
      const x = s.attrRel[it];
      s.sources[n] = x.info;
      at = x.cue.start;
    } else {
      const x = s.denialRel[~it];
      s.sources[n] = x.info;
      at = x.cue.start;
    }
    while (k < contents.length && attrContent[contents[k]]!.start <= at) maxEnd = Math.max(maxEnd, attrContent[contents[k++]]!.end);
    s.inQuote[n] = maxEnd > at;
  }
}

/** Speakers of the cues [from, to), then of the denials [d0, d1) inside what someone is reported to say, and the output objects of items [a0, a1), [d0, d1), [c0, c1). */
function finish(s: DocState, from: number, to: number, a0: number, a1: number, d0: number, d1: number, c0: number, c1: number): void {
  for (let n = from; n < to; n++) {
    const it = s.order[n];
    if (it >= 0) s.attrSpeaker[it] = s.speakers[n];
    else s.denialSpeaker[~it] = s.speakers[n];
  }
  const contents = s.contents;
  const attrContent = s.attrContent;
  // a denial inside what someone is reported to say is theirs: "X said there is no evidence that ..."
  for (let i = d0; i < d1; i++) {
    const d = s.denialRel[i];
    s.denialSource[i] = d.source;
    if (d.source && !isFirstPerson(d.source.text)) continue;
    // the innermost content that holds the cue: the last ones starting before it
    let lo = 0;
    let hi = contents.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (attrContent[contents[mid]]!.start <= d.cue.start) lo = mid + 1;
      else hi = mid;
    }
    let best = -1;
    for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) {
      // (not the statement the denial judges: "The minister's claim that X is misleading")
      if (attrContent[contents[k]]!.end >= d.cue.end && !(d.target && (judgesReport(s.text, s.attrRel[contents[k]].cue.end, d.target.start) || judgedInRelative(s.text, d.target.start, d.target.end, d.cue.start)))) {
        best = contents[k];
        break;
      }
    }
    // (not a report of giving no evidence whose content the denial opens: "Hollander offered | no evidence for the
    // figure" is the article's word on Hollander's claim, as `shareCoordinatedSources` holds in a block)
    if (best >= 0 && attrContent[best]!.start === d.cue.start && EVIDENCE_GIVING_VERBS.has(s.attrRel[best].cue.text.toLowerCase())) best = -1;
    // (nor a statement called false that the report's speaker owns: "Trump repeated his false claims" is the article's word)
    if (best >= 0 && OWNED_BEFORE.test(s.text.slice(Math.max(0, d.cue.start - 8), d.cue.start))) best = -1;
    if (best >= 0) {
      if (!d.source) s.denialSource[i] = s.attrRel[best].source;
      s.denialSpeaker[i] = s.attrSpeaker[best];
    }
  }
  // an interview's answers: what no one else is said to say there is the interviewee's ("I'm saying ...", "The story is
  // wrong.")
  const iv = s.interview;
  if (iv !== null) {
    for (let i = a0; i < a1; i++) {
      const src = s.attrRel[i].source;
      if (iv.answer[s.attrBlock[i]] === 1 && src !== null && isFirstPerson(src.text)) s.attrSpeaker[i] = iv.interviewee;
      // (and a question's "you": "**You promised to cut waiting lists. Have you?**")
      else if (iv.question[s.attrBlock[i]] === 1 && src !== null && (src.text === 'You' || src.text === 'you')) s.attrSpeaker[i] = iv.interviewee;
    }
    for (let i = d0; i < d1; i++) {
      // (a denial with no source and no speaker found for it, or whose source is "I" or "we")
      const src = s.denialSource[i];
      if (iv.answer[s.denialBlock[i]] === 1 && (src === null ? s.denialSpeaker[i] === null : isFirstPerson(src.text))) s.denialSpeaker[i] = iv.interviewee;
    }
  }
  for (let i = a0; i < a1; i++) {
    const x = s.attrRel[i];
    const o = x.out;
    const content = attrContent[i];
    const speaker = s.attrSpeaker[i];
    s.attributions[i] = o !== undefined && o.cue === x.cue && o.source === x.source && o.content === content && o.speaker === speaker
      ? o
      : (x.out = { id: x.id, cue: x.cue, source: x.source, content, speaker });
  }
  for (let i = d0; i < d1; i++) {
    const x = s.denialRel[i];
    const o = x.out;
    const source = s.denialSource[i];
    const speaker = s.denialSpeaker[i];
    s.denials[i] = o !== undefined && o.cue === x.cue && o.source === source && o.target === x.target && o.speaker === speaker
      ? o
      : (x.out = { id: x.id, cue: x.cue, source, target: x.target, speaker });
  }
  for (let i = c0; i < c1; i++) {
    const x = s.claimRel[i];
    const o = x.out;
    const ai = s.claimAttr[i];
    // (in an answer, what a report with no source says is the interviewee's too: "We have seen the highest number of X")
    const answered = iv !== null && iv.answer[s.claimBlock[i]] === 1 && x.fromDenial === null;
    const claimant = ai >= 0 ? s.attrSpeaker[ai] ?? (answered && s.attrRel[ai].source === null ? iv.interviewee : null) : (x.claimedBy !== null ? roleHolder(s, x.claimedBy) : null) ?? (answered ? iv.interviewee : null) ?? rowSpeaker(s, s.claimBlock[i]);
    const attribution = ai >= 0 ? s.attrRel[ai].id : null;
    s.claims[i] = o !== undefined && o.span === x.span && o.claimant === claimant && o.attribution === attribution && o.deniedBy === (x.fromDenial ?? undefined)
      ? o
      : (x.out = x.fromDenial !== null
        ? { id: x.id, span: x.span, claimant, attribution, checkworthiness: x.checkworthiness, deniedBy: x.fromDenial }
        : { id: x.id, span: x.span, claimant, attribution, checkworthiness: x.checkworthiness });
  }
}

/**
 * For a claimant named by a role alone ("the minister's claim that X": "minister"), the one person the article quotes
 * with that role in their source ("The transport minister, Elena Varga, said"); else the role itself.
 */
function roleHolder(s: DocState, name: string): string {
  if (!roleClaimant(name)) return name;
  const word = new RegExp(`\\b${name}\\b`, 'i');
  let holder: string | null = null;
  for (let i = 0; i < s.attrRel.length; i++) {
    const who = s.attrSpeaker[i];
    const src = s.attrRel[i].source;
    if (who === null || src === null || who === name || !/^\p{Lu}/u.test(who) || !word.test(src.text)) continue;
    if (holder !== null && holder !== who) return name;
    holder = who;
  }
  return holder ?? name;
}

/** A possessive right before a denial's cue, whose statement called false is the possessor's own ("his | false claims"). */
const OWNED_BEFORE = /(?:\b(?:his|her|its|their)|['’]s)\s+$/i;

/** Whether a claim's claimant from a denial (`RelClaim.claimedBy`) is a role alone, in lower case ("minister", "former trustee"). */
function roleClaimant(name: string | null): boolean {
  return name !== null && ROLE_ALONE.test(name);
}
/** A role of one to three words in lower case: "minister", "former trustee", "senior police officer". */
const ROLE_ALONE = /^\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*){0,2}$/u;

/** The speaker a claims table gives the claims of block `b`, its claim cell (`findClaimRows`), or null. */
function rowSpeaker(s: DocState, b: number): string | null {
  for (const r of s.rows) if (r.claim === b) return r.who;
  return null;
}

/** The speakers of every source in document order (`resolveSourceInfos`), a headline's described one the lede's (`ledeNamed`). */
function speakersOf(s: DocState): Array<string | null> {
  const speakers = resolveSourceInfos(s.sources, s.inQuote, (surname, n) => mentionedIn(s, surname, n), (n, pronoun) => personBefore(s, n, pronoun), (n) => bodyBefore(s, n));
  if (s.placed.length < 2 || !isHeading(s.placed[0])) return speakers;
  let head = 0;
  while (head < s.order.length && blockOfSource(s, head) === 0) head++;
  // (and so is every other of the headline's findings with the same source: "Water company says hosepipe ban \"not
  // needed\"", whose denial's cue "not" is no verb the lede repeats)
  for (let n = 0; n < head; n++) {
    const named = ledeNamed(s, n, head, speakers);
    if (named === null) continue;
    const at = sourceOf(s, n)!.start;
    for (let m = 0; m < head; m++) if (sourceOf(s, m)?.start === at) speakers[m] = named;
  }
  return speakers;
}

/** The source of source n (of `DocState.order`). */
function sourceOf(s: DocState, n: number): Span | null {
  const it = s.order[n];
  return it >= 0 ? s.attrRel[it].source : s.denialRel[~it].source;
}

/** The block of source n (of `DocState.order`). */
function blockOfSource(s: DocState, n: number): number {
  const it = s.order[n];
  return it >= 0 ? s.attrBlock[it] : s.denialBlock[~it];
}

/** The cue of source n (of `DocState.order`). */
function cueOfSource(s: DocState, n: number): Span {
  const it = s.order[n];
  return it >= 0 ? s.attrRel[it].cue : s.denialRel[~it].cue;
}

/**
 * For source n of a headline described by common nouns alone ("Energy firm insists X", "Council rejects claim that X",
 * "Former minister says"), the speaker of the first source of the next block, the story's first paragraph, that does the
 * same ("Northwind Energy has insisted", "Hartfield Council has rejected", "Former transport minister Peter Hale has
 * said"); else null.
 */
function ledeNamed(s: DocState, n: number, head: number, speakers: ReadonlyArray<string | null>): string | null {
  const info = s.sources[n];
  if (info === null || info.canon === null || !describedOnly(info.canon.name)) return null;
  const verb = cueVerbId(cueOfSource(s, n).text);
  if (verb === null) return null;
  for (let m = head; m < s.order.length; m++) {
    if (blockOfSource(s, m) > 1) break;
    if (speakers[m] !== null && (sameReportVerb(cueVerbId(cueOfSource(s, m).text), verb) || stressedSameReport(s, n, m, verb))) return describes(info, s.sources[m], sourceOf(s, m)?.text ?? '') ? speakers[m] : null;
  }
  return null;
}

/**
 * Whether source n's report in a headline, by a verb of saying with stress (`STRESSED_SAYING_VERB_IDS`), and source m's in
 * the lede, by plain saying or the other way round, say the same of one thing: their contents share a concept that is no
 * mere word of saying ("bills will not rise" and "customers' bills will not increase this winter").
 */
function stressedSameReport(s: DocState, n: number, m: number, verb: string): boolean {
  const other = cueVerbId(cueOfSource(s, m).text);
  if (other === null || !((STRESSED_SAYING_VERB_IDS.has(verb) && SAYING_VERB_IDS.has(other)) || (SAYING_VERB_IDS.has(verb) && STRESSED_SAYING_VERB_IDS.has(other)))) return false;
  const a = contentOf(s, n);
  const b = contentOf(s, m);
  if (a === null || b === null) return false;
  const x = conceptsOf(a.text).concepts;
  for (const c of conceptsOf(b.text).concepts) if (x.has(c)) return true;
  return false;
}

/** The content of source n's attribution (of `DocState.order`), or null for a denial's or none. */
function contentOf(s: DocState, n: number): Span | null {
  const it = s.order[n];
  return it >= 0 ? s.attrRel[it].content : null;
}

/** Whether a headline's cue verb and the lede's are one report's: the same verb, "says" over "told" (`SAYING_VERB_IDS`), "denies" over "rejected" (`DENYING_VERB_IDS`). */
function sameReportVerb(a: string | null, b: string): boolean {
  return a === b || (a !== null && ((SAYING_VERB_IDS.has(a) && SAYING_VERB_IDS.has(b)) || (DENYING_VERB_IDS.has(a) && DENYING_VERB_IDS.has(b))));
}
/** Verbs of plain saying, one of which a headline may put for the other ("Ex-minister says X" over "has told an inquiry that X"). */
const SAYING_VERB_IDS: ReadonlySet<string> = new Set(['cue.say', 'cue.tell']);
/**
 * Verbs of saying with stress, which a headline may put for plain saying when the two say the same of one thing ("Energy
 * firm insists bills will not rise" over "has said customers' bills will not increase this winter"): `stressedSameReport`.
 */
const STRESSED_SAYING_VERB_IDS: ReadonlySet<string> = new Set(['cue.insist', 'cue.maintain']);
/** Verbs of denying a statement, one of which a headline may put for the other ("Airline denies X" over "has rejected allegations that X"). */
const DENYING_VERB_IDS: ReadonlySet<string> = new Set(['deny.deny', 'deny.reject', 'deny.dismiss', 'deny.refute', 'deny.dispute', 'deny.rebut']);

/**
 * Whether a headline's description of someone may name the lede's source: a plural, a group or a body ("economists", not
 * "Chancellor Rachel Greaves"); a body's noun, no person ("Council", not "Councillor Jane Hurst").
 */
function describes(description: SourceInfo, named: SourceInfo | null, namedText: string): boolean {
  if (named === null || named.canon === null) return named !== null;
  // (a name, or a phrase with the description's own noun: not a quantifier, "with some saying they waited six hours"
  // under "Airport says X")
  // (a name of one word the lexicon does not know is a name however it is capitalised: "Tech giant denies X" over "Chirp
  // denied X")
  // (before its appositive or relative clause: "Harbourline, which runs the island ferry service," under "Ferry operator")
  const head = namedText.includes(',') ? namedText.slice(0, namedText.indexOf(',')) : namedText;
  const oneName = /^\p{Lu}[\p{Ll}\p{Lu}]+$/u.test(head) && posOf(head.toLowerCase()) === undefined;
  if (!oneName && !/\p{Lu}/u.test(namedText.slice(1)) && !namedText.toLowerCase().includes(lastWordOf(description.canon!.name).toLowerCase().replace(/s$/, ''))) return false;
  // (a kind of body the description names its role in must be in the named one's phrase: "Police chief" is no march's
  // organisers; "Council leader" is "The leader of Westbridge council, Hannah Cole")
  const words = description.canon!.name.toLowerCase().split(' ');
  if (words.length > 1 && KINDS_OF_BODY.has(words[0]) && !namedText.toLowerCase().includes(words[0])) return false;
  // (a name of one word is a body's as often as a person's: "Airline rejects claims" over "SkyJet has rejected ...")
  const person = named.canon.kind === 'person' && !named.plural && named.canon.name.includes(' ');
  if (description.plural) return !person;
  return !(person && BODY_NOUNS.has(lastWordOf(description.canon!.name)));
}

/** Kinds of body a headline's description may name a role in ("Police chief", "Union boss", "Council leader"). */
const KINDS_OF_BODY: ReadonlySet<string> = new Set(['police', 'union', 'council', 'hospital', 'school', 'university', 'army', 'court', 'church', 'party']);

/** Whether a name is common words alone, a noun last, as a headline describes someone ("Energy firm", "Former minister"). */
function describedOnly(name: string): boolean {
  // (a former holder's "ex-" before the noun: "Ex-minister", "Ex-police chief")
  const words = name.toLowerCase().replace(/^ex-/, '').split(' ');
  if (words.length > DESCRIBED_MAX_WORDS) return false;
  // (a body's noun the lexicon does not know too, "Watchdog"; and a source's noun it reads as an adjective, "Police chief")
  // (and a modifier it does not know before the noun: "Tech firm", "Pharma giant")
  for (let k = 0; k < words.length; k++) {
    const p = posOf(words[k]);
    if (p !== 'N' && p !== 'J' && !BODY_NOUNS.has(words[k]) && !(p === undefined && k < words.length - 1)) return false;
  }
  const last = words[words.length - 1];
  return posOf(last) === 'N' || BODY_NOUNS.has(last) || SOURCE_NOUNS.has(last);
}
/** The most words of a headline's description of someone (`describedOnly`). */
const DESCRIBED_MAX_WORDS = 3;

/** The id of the reporting or denial verb a cue holds ("has rejected a claim" -> the verb "reject"'s), or null. */
function cueVerbId(cue: string): string | null {
  const words = cue.toLowerCase().split(/\s+/);
  for (const w of words) {
    const id = cueVerbForm(w)?.verb.id ?? denialVerbOf(w)?.id;
    if (id !== undefined) return id;
    // (a verb the lexicons do not list, by its stem past the auxiliaries, before a noun after it: "defends claim" and
    // "has defended")
    // (past adverbs and negations too: "strongly denied", "did not deny")
    if (!CUE_AUXILIARIES.has(w) && !w.endsWith('ly') && !CUE_NEGATIONS.has(w)) return /^[a-z]+$/.test(w) ? `stem:${stem(w)}` : null;
  }
  return null;
}
/** Auxiliaries before a cue's verb (`cueVerbId`). */
const CUE_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'also', 'again', 'do', 'does', 'did', "didn't", "doesn't"]);
/** Negations before a cue's verb (`cueVerbId`). */
const CUE_NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', "n't"]);

/** The whole document pass. */
function assembleAll(text: string, placed: Placed[], interview: Interview | null, rows: readonly ClaimRow[]): DocState {
  let nA = 0;
  let nD = 0;
  let nC = 0;
  for (const p of placed) {
    nA += p.rel.attributions.length;
    nD += p.rel.denials.length;
    nC += p.rel.claims.length;
  }
  const nB = placed.length + 1;
  const nO = nA + nD;
  const s: DocState = {
    text, placed, interview, rows, aAt: new Int32Array(nB), dAt: new Int32Array(nB), cAt: new Int32Array(nB), oAt: new Int32Array(nB),
    attrRel: new Array<RelAttribution>(nA), attrBlock: new Array<number>(nA), attrContent: new Array<Span | null>(nA), attrSpeaker: new Array<string | null>(nA),
    denialRel: new Array<RelDenial>(nD), denialBlock: new Array<number>(nD), genericTarget: new Array<boolean>(nD), denialInHeading: new Array<boolean>(nD), denialAnswers: new Array<number>(nD), denialReasons: new Array<number>(nD), denialSource: new Array<Span | null>(nD), denialSpeaker: new Array<string | null>(nD),
    claimRel: new Array<RelClaim>(nC), claimBlock: new Array<number>(nC), claimFromDenial: new Array<string | null>(nC), claimChecked: new Array<boolean>(nC), claimAnswering: new Array<boolean>(nC), claimAttr: new Array<number>(nC),
    order: new Array<number>(nO), sources: new Array<SourceInfo | null>(nO), inQuote: new Array<boolean>(nO), speakers: [], contents: [],
    attributions: new Array<Attribution>(nA), denials: new Array<Denial>(nD), claims: new Array<Claim>(nC),
  };
  joinContents(s, fillBlocks(s, 0, placed.length, 0, 0, 0, 0));
  // contents sorted by start, to find what lies inside someone's reported words in one sweep
  s.contents = contentsOf(s, 0, placed.length);
  sourcesOf(s, 0, nO, s.contents);
  // speakers, in document order over attributions and denials together
  s.speakers = speakersOf(s);
  finish(s, 0, nO, 0, nA, 0, nD, 0, nC);
  return s;
}

/**
 * Whether no quotation runs on across the edge before block `b` of the `n` blocks (none at either end), no
 * signature line signs one there and no attribution has the block after it for content.
 */
function noQuoteAcross(ps: Placed[], b: number, n: number): boolean {
  // (nor a content after a colon cue over the items of a list: each item is `led`)
  return b <= 0 || b >= n || (ps[b].rel.opening === null && ps[b - 1].rel.openingRunsOn === null && !ps[b].rel.signed && !ps[b - 1].rel.followed && !ps[b].rel.led);
}

/**
 * The document pass after an edit, from the last one: only the blocks around the change are looked
 * at (with the neighbours a quotation may run on to), the rest is taken as it was, provided every
 * block outside them is the same finding at the same place, the changed blocks have as many
 * findings as before and no speaker outside them changed. Undefined when that does not hold (the
 * whole pass is needed).
 */
function assembleWindow(prev: DocState, text: string, placed: Placed[], interview: Interview | null, rows: readonly ClaimRow[]): DocState | undefined {
  const old = prev.placed;
  const n = placed.length;
  if (n !== old.length || n === 0) return undefined;
  // (another interviewee, or none: every answer's items change hands; and so for a table's rows)
  if ((prev.interview?.interviewee ?? null) !== (interview?.interviewee ?? null) || !sameRows(prev.rows, rows)) return undefined;
  let L = 0;
  while (L < n && placed[L].rel === old[L].rel && placed[L].block.start === old[L].block.start) L++;
  let R = n;
  while (R > L && placed[R - 1].rel === old[R - 1].rel && placed[R - 1].block.start === old[R - 1].block.start) R--;
  // the text between blocks (what `joinContents` reads) outside the window must be unchanged
  const max = Math.min(text.length, prev.text.length);
  const pre = commonPrefix(prev.text, text, max);
  const suf = text.length - commonSuffix(prev.text, text, max - pre);
  // gaps before blocks b > 0: unchanged when they end in the common prefix or start in the common suffix
  const lo = Math.max(1, lowerBound(placed, pre + 1, blockStart));
  const hi = Math.min(n - 1, lowerBound(placed, suf, blockEnd));
  if (lo <= hi) {
    L = Math.min(L, lo - 1);
    R = Math.max(R, hi + 1);
  }
  if (L >= R) {
    L = R = Math.min(L, n);
  }
  // no quotation may run on across the window's edges, before or after the edit
  while (L > 0 && !(noQuoteAcross(placed, L, n) && noQuoteAcross(old, L, n))) L--;
  while (R < n && !(noQuoteAcross(placed, R, n) && noQuoteAcross(old, R, n))) R++;
  // as many findings as before in the window
  let nA = 0;
  let nD = 0;
  let nC = 0;
  for (let b = L; b < R; b++) {
    const rel = placed[b].rel;
    nA += rel.attributions.length;
    nD += rel.denials.length;
    nC += rel.claims.length;
  }
  const a0 = prev.aAt[L];
  const d0 = prev.dAt[L];
  const c0 = prev.cAt[L];
  const o0 = prev.oAt[L];
  const a1 = prev.aAt[R];
  const d1 = prev.dAt[R];
  const c1 = prev.cAt[R];
  const o1 = prev.oAt[R];
  if (a1 - a0 !== nA || d1 - d0 !== nD || c1 - c0 !== nC) return undefined;
  // (a claimant named by a role alone is looked up among every source, `roleHolder`: a window with reports in it may
  // change the claimant of such a claim outside it)
  if (nA > 0 || a1 > a0) {
    for (let i = 0; i < c0; i++) if (roleClaimant(prev.claimRel[i].claimedBy)) return undefined;
    for (let i = c1; i < prev.claimRel.length; i++) if (roleClaimant(prev.claimRel[i].claimedBy)) return undefined;
  }
  // the window's contents lie between those of the blocks before and after it (found before the
  // window's contents change)
  const pc = prev.contents;
  const contentStart = (i: number): number => prev.attrContent[i]!.start;
  let k0 = lowerBound(pc, L < n ? old[L].block.start : Infinity, contentStart);
  let k1 = lowerBound(pc, R < n ? old[R].block.start : Infinity, contentStart);
  // (and a window's content that starts before its block, with the emphasis mark that opens it: "_\"There is_ no ...")
  while (k0 > 0 && pc[k0 - 1] >= a0 && pc[k0 - 1] < a1) k0--;
  while (k1 < pc.length && pc[k1] >= a0 && pc[k1] < a1) k1++;
  // (the last state's lists are changed in place: a state is used once, and after a failed
  // window the whole pass starts from nothing)
  const s = prev;
  s.text = text;
  s.placed = placed;
  s.interview = interview;
  s.rows = rows;
  joinContents(s, fillBlocks(s, L, R, a0, d0, c0, o0));
  const winContents = contentsOf(s, L, R);
  if (k1 > k0 || winContents.length > 0) pc.splice(k0, k1 - k0, ...winContents);
  sourcesOf(s, o0, o1, winContents);
  const speakers = speakersOf(s);
  const ps = prev.speakers;
  for (let i = 0; i < o0; i++) if (speakers[i] !== ps[i]) return undefined;
  for (let i = o1; i < speakers.length; i++) if (speakers[i] !== ps[i]) return undefined;
  s.speakers = speakers;
  finish(s, o0, o1, a0, a1, d0, d1, c0, c1);
  return s;
}

/** For each denial (by its block), the last block at or before it that `marks`, or `none`. */
function lastMarkedBlocks(placed: readonly Placed[], denialBlock: ArrayLike<number>, marks: (p: Placed) => boolean, none: number): number[] {
  const out = new Array<number>(denialBlock.length);
  let b = 0;
  let last = none;
  for (let i = 0; i < denialBlock.length; i++) {
    for (; b <= denialBlock[i]; b++) if (marks(placed[b])) last = b;
    out[i] = last;
  }
  return out;
}

const isHeading = (p: Placed): boolean => p.block.kind === 'heading';
/** A fact check's label of its answer to the claim checked before it: "Fact:", "The facts:", "Reality:". */
const FACT_LABEL = /^\s*(?:fact|the\s+facts?|facts|reality|the\s+reality|truth|the\s+truth)\s*:/i;
/** A fact check's heading over the claim it checks: "The claim", "Claim", "What was claimed", "What she said". */
const CLAIM_HEADING = /^\s*(?:(?:the\s+)?claims?|what\s+(?:was\s+(?:claimed|said)|(?:he|she|they|it)\s+(?:claimed|said)))[.:?]?\s*$/i;
const hasDateline = (p: Placed): boolean => p.cached.findings.dateline;

/** For each denial (by its block), the block of the last heading at or before it, or -1 (`LinkInput.denialSection`). */
function denialSections(placed: readonly Placed[], denialBlock: ArrayLike<number>): number[] {
  return lastMarkedBlocks(placed, denialBlock, isHeading, -1);
}

/**
 * For each denial (by its block), the block of the last dateline at or before it when the article has two or more (a
 * digest of wire items, each its own story: `LinkInput.denialStory`); else undefined.
 */
function denialStories(placed: readonly Placed[], denialBlock: ArrayLike<number>): number[] | undefined {
  let n = 0;
  for (const p of placed) if (hasDateline(p) && ++n >= 2) break;
  return n < 2 ? undefined : lastMarkedBlocks(placed, denialBlock, hasDateline, 0);
}

/** `LinkInput.roleNamed` for a document's text: `namedWithRole`, each claimant and role looked for once. */
function rolesNamedIn(text: string): (claimant: string, role: string) => boolean {
  let seen: Map<string, boolean> | undefined;
  return (claimant, role) => {
    const key = `${role} ${claimant}`;
    let named = (seen ??= new Map()).get(key);
    if (named === undefined) seen.set(key, (named = namedWithRole(text, claimant, role)));
    return named;
  };
}

/** The medium a report is said in (`REPORT_MEDIUM`) before what it says, or after its cue when that is said first; else null. */
function reportMedium(text: string, a: Attribution): string | null {
  const end = a.content !== null && a.content.start > a.cue.end ? a.content.start : Math.min(text.length, a.cue.end + MEDIUM_REACH);
  const m = REPORT_MEDIUM.exec(text.slice(a.cue.end, end));
  if (m === null) return null;
  const noun = m[1].toLowerCase();
  return PUBLISHING_MEDIA.has(noun) ? noun.replace(/s$/, '') : null;
}
/** "said | in a leaflet delivered last week", "claimed | on its newsletter": the noun of a medium, after up to two words. */
const REPORT_MEDIUM = /^,?\s*(?:in|on|via|through)\s+(?:a|an|the|its|his|her|their|our)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\b/i;
/** How far after a cue `reportMedium` looks when the report says what it says first. */
const MEDIUM_REACH = 60;

const blockStart = (p: Placed): number => p.block.start;
const blockEnd = (p: Placed): number => p.block.end;

function assemble(text: string, languageId: LanguageId, path: string | undefined, placed: Placed[], linker: Linker, prev: DocState | undefined, interview: Interview | null, rows: readonly ClaimRow[]): { analysis: Analysis; state: DocState } {
  const s = (prev && assembleWindow(prev, text, placed, interview, rows)) ?? assembleAll(text, placed, interview, rows);
  const found = linker.link({
    claims: s.claims, denials: s.denials, claimFromDenial: s.claimFromDenial, claimChecked: s.claimChecked, claimAnswering: s.claimAnswering, claimAttribution: s.claimAttr, attributions: s.attributions, genericTarget: s.genericTarget, denialInHeading: s.denialInHeading, denialAnswers: s.denialAnswers, denialReasons: s.denialReasons, claimBlock: s.claimBlock, denialBlock: s.denialBlock,
    denialSection: denialSections(placed, s.denialBlock), denialStory: denialStories(placed, s.denialBlock),
    claimHolders: s.claimRel, denialHolders: s.denialRel, roleNamed: rolesNamedIn(text), reportMedium: (ai) => reportMedium(text, s.attributions[ai]),
  });
  const links = withoutEchoes(s, rows.length > 0 ? withRowLinks(s, found) : found);
  const analysis: Analysis = {
    schema: ANALYSIS_SCHEMA,
    // (two literals rather than a spread: a spread builds the object by adding fields one by one, to
    // maps V8 keeps only while such an object lives; see util/keep-maps.ts)
    source: path !== undefined ? { path, languageId, length: text.length } : { languageId, length: text.length },
    // (copies: the state keeps its own lists, whatever the caller does with these)
    attributions: s.attributions.slice(),
    denials: s.denials.slice(),
    claims: s.claims.slice(),
    links,
  };
  return { analysis, state: s };
}

/**
 * The links without a contradiction that echoes a denial: where a denial answers claim A, the claim that holds the
 * denial's cue or is its target's words (a headline's own negation, "No, lemon water does not cure cancer") says no more
 * against A than the denial.
 */
function withoutEchoes(s: DocState, links: Link[]): Link[] {
  const contradicted = new Set<string>();
  for (const l of links) {
    if (l.relation !== 'contradicts') continue;
    contradicted.add(l.claim);
    contradicted.add(l.counter);
  }
  if (contradicted.size === 0) return links;
  // the denials that answer claims in a contradiction, by claim
  const deniersOf = new Map<string, string[]>();
  for (const l of links) {
    if (l.relation !== 'denies' || !contradicted.has(l.claim)) continue;
    let list = deniersOf.get(l.claim);
    if (!list) deniersOf.set(l.claim, (list = []));
    list.push(l.counter);
  }
  if (deniersOf.size === 0) return links;
  const wanted = new Set<string>();
  for (const ids of deniersOf.values()) for (const id of ids) wanted.add(id);
  const denial = new Map<string, Denial>();
  for (const d of s.denials) if (wanted.has(d.id)) denial.set(d.id, d);
  const span = new Map<string, Span>();
  for (const c of s.claims) if (contradicted.has(c.id)) span.set(c.id, c.span);
  // (the other claim holds the denial's cue, or is its target's words: "No, | lemon water does not cure cancer")
  const echoes = (claim: string, other: string): boolean => {
    const o = span.get(other);
    return o !== undefined && (deniersOf.get(claim) ?? []).some((id) => {
      const d = denial.get(id);
      return d !== undefined && ((d.cue.start >= o.start && d.cue.end <= o.end) || (d.target !== null && d.target.start === o.start && d.target.end === o.end));
    });
  };
  return links.filter((l) => l.relation !== 'contradicts' || !(echoes(l.claim, l.counter) || echoes(l.counter, l.claim)));
}

/** Whether two readings of a document's claims tables are the same rows. */
function sameRows(a: readonly ClaimRow[], b: readonly ClaimRow[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k].claim !== b[k].claim || a[k].verdict !== b[k].verdict || a[k].who !== b[k].who) return false;
  return true;
}

/**
 * The links found, a claims table's verdicts answering only their own row's claims (`findClaimRows`), and for each row
 * its verdict's denial against its claims.
 */
function withRowLinks(s: DocState, links: Link[]): Link[] {
  // the claims each verdict cell's denials answer: its row's
  const rowOf = new Map<string, Set<string>>();
  for (const r of s.rows) {
    const claims = new Set<string>();
    for (let c = s.cAt[r.claim]; c < s.cAt[r.claim + 1]; c++) claims.add(s.claims[c].id);
    for (let d = s.dAt[r.verdict]; d < s.dAt[r.verdict + 1]; d++) rowOf.set(s.denials[d].id, claims);
  }
  const out = links.filter((l) => rowOf.get(l.counter)?.has(l.claim) ?? true);
  const have = new Set(out.map((l) => l.claim + ' ' + l.counter));
  for (const [counter, claims] of rowOf) {
    for (const claim of claims) if (!have.has(claim + ' ' + counter)) out.push({ claim, counter, relation: 'denies', score: 1 });
  }
  return out;
}

const NO_ROWS: ClaimRow[] = [];

function isFirstPerson(s: string): boolean {
  return s.length <= 2 && /^(we|i)$/i.test(s);
}
