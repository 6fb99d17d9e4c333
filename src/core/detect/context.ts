/**
 * What the detectors read about one block of prose: its tokens (with a coarse part of speech and
 * whether they stand inside a quotation), its sentences as token ranges, and its quotations.
 * Offsets here are positions in the block's visible text.
 */
import { codeUnits, K_QUOTE, K_WORD, scanTokens, TOKEN_KINDS, type Token, type TokenKind, type MemoOf } from '../text/tokenize';
import { tokenSentences, type TokenSentence } from '../text/sentences';
import { canBeVerb, CURRENCY_SIGNS, NOUN_SENSES, type PosClass } from '../data/lexicon';
import { isEmphasisMark } from './phrases';
import { F_ATTRIBUTION_START, F_CAP, F_DENIAL_START, F_DETERMINER, F_NON_CUE, F_POS_MASK, F_PRONOUN, POS_CLASSES, wordFlags } from './word-flags';
import { isWhitespaceCode } from '../util/chars';
import { keepMaps } from '../util/keep-maps';
import { lowerBound } from '../util/search';
import type { BlockKind } from '../types';

export interface Tok extends Token {
  readonly i: number;
  readonly pos: PosClass | undefined;
  /** Index of the quotation the token is in (-1: none). The quote marks themselves are inside. */
  quote: number;
  readonly cap: boolean;
  /** The word's flags (./word-flags.ts): its part of speech, capital, and the word lists it is in. */
  readonly f: number;
}

/**
 * A block's token. Part of speech and capital are read from the flags when asked for (two fields fewer
 * per token; some 11,000 tokens are made for a 10,000-word article). The text and its lower-case form
 * stay fields of their own: read through the shared `TokenText`, every read by the detectors took a
 * further load, and the rules ran some 7% slower. So does the end: as `start + text.length` each read
 * also loaded the text's string, often a cache miss of its own (22% of the claims' unit splitting).
 */
class BlockTok implements Tok {
  // (fields declared only, set by `reset` from the constructor: a class field is first defined as undefined, then set)
  declare start: number;
  declare end: number;
  declare text: string;
  declare lower: string;
  declare kind: TokenKind;
  declare i: number;
  declare f: number;
  declare id: number;
  declare quote: number;
  constructor(start: number, end: number, text: string, lower: string, kind: TokenKind, i: number, f: number, id: number) {
    this.reset(start, end, text, lower, kind, i, f, id);
  }
  /** Sets every field, in one order (the constructor, and `blockContext` reusing a token of `pooled`). */
  reset(start: number, end: number, text: string, lower: string, kind: TokenKind, i: number, f: number, id: number): void {
    this.start = start;
    this.end = end;
    this.text = text;
    this.lower = lower;
    this.kind = kind;
    this.i = i;
    this.f = f;
    this.id = id;
    this.quote = -1;
  }
  get pos(): PosClass | undefined {
    return this.kind === 'word' ? POS_CLASSES[(this.f & F_POS_MASK) - 1] : this.kind === 'number' ? 'Q' : undefined;
  }
  get cap(): boolean {
    return this.kind === 'word' && (this.f & F_CAP) !== 0;
  }
}
// One token lives for good, so that a full GC after an analysis keeps the class's hidden classes and the
// optimised code of every detector that reads tokens (see keepMaps).
keepMaps(new BlockTok(0, 0, '', '', 'word', 0, 0, -1));

export interface Quote {
  /** Position of the opening mark. */
  open: number;
  /** Position after the closing mark, or -1 when the quotation is still open at the block's end. */
  close: number;
  /** First and last token index inside (including the marks). */
  firstTok: number;
  lastTok: number;
}

export type Sentence = TokenSentence;

export interface BlockContext {
  text: string;
  kind: BlockKind;
  toks: Tok[];
  sentences: Sentence[];
  quotes: Quote[];
  /** True when the block is a headline: a heading, or a single line without final punctuation. */
  headline: boolean;
  /** The union of its tokens' flags (`Tok.f`): a detector whose trigger words are all absent skips the block. */
  flags: number;
  /**
   * The indices, ascending, of its words where an attribution or a denial rule may begin (flag
   * `F_ATTRIBUTION_START` or `F_DENIAL_START`): the detectors visit these, not every token.
   */
  ruleStarts: number[];
}

/** The first token that starts at or after `pos` (tokens are in order). */
export function tokenAtOrAfter(ctx: BlockContext, pos: number): number {
  return lowerBound(ctx.toks, pos, tokenStart);
}

/** The sentence of the block that holds token i (undefined when none does). */
export function sentenceOfToken(ctx: BlockContext, i: number): Sentence | undefined {
  return ctx.sentences.find((x) => x.from <= i && i < x.to);
}

/** Whether a single mark opens a quotation: after white space, an opening bracket or the block's start, before a letter. */
function singleOpening(text: string, t: Tok, ch: string): boolean {
  if (ch === '’') return false;
  const before = t.start > 0 ? text.charCodeAt(t.start - 1) : 32;
  const after = t.end < text.length ? text.charCodeAt(t.end) : 32;
  return (before === 32 || before === 10 || before === 9 || before === 40 || before === 91 || before === 8212) && /\p{L}/u.test(String.fromCharCode(after));
}

/** Whether a single mark closes a quotation: after a letter, a digit or a sentence's punctuation, before white space, punctuation or the end. */
function singleClosing(text: string, t: Tok, ch: string): boolean {
  if (ch === '‘') return false;
  const before = t.start > 0 ? text[t.start - 1] : ' ';
  const after = t.end < text.length ? text[t.end] : ' ';
  return /[\p{L}\p{N}.,!?;:]/u.test(before) && /[\s.,;:!?)\]—-]/u.test(after);
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);

export function buildContext(text: string, kind: BlockKind): BlockContext {
  return contextOf(text, kind, false);
}

/**
 * `buildContext`, its tokens taken from objects reused from call to call: the context is valid until the
 * next call of `blockContext` (the detectors of one block, `detectBlock`, keep no token past their run).
 * Some 11,000 tokens are made for a 10,000-word article, a sixth of what its analysis allocates.
 */
export function blockContext(text: string, kind: BlockKind): BlockContext {
  return contextOf(text, kind, true);
}

/** Token objects `blockContext` reuses (never fewer than it has used since a large block). */
const pooled: BlockTok[] = [];
/** Above this many tokens, `blockContext` makes new objects beyond the pool's first ones (a huge block is not kept). */
const POOL_KEPT = 1 << 14;

/**
 * The list of the pool's first `n` tokens. The tokens of a block of n tokens are always the pool's first n
 * objects, so one list serves every such block: lists below `POOL_LISTS_KEPT` tokens are made once (a list
 * per block was an eighth of what the detectors allocated), longer ones each time.
 */
function poolList(n: number): Tok[] {
  if (n >= POOL_LISTS_KEPT) return pooled.slice(0, n);
  let list = poolLists[n];
  if (list === undefined) poolLists[n] = list = pooled.slice(0, n);
  return list;
}
const poolLists: Array<Tok[] | undefined> = [];
const POOL_LISTS_KEPT = 256;

function contextOf(text: string, kind: BlockKind, reuse: boolean): BlockContext {
  const codes = codeUnits(text);
  const scanned = scanTokens(text, codes, flagsOf);
  const { count, starts, ends, kinds, ids, memos, words } = scanned;
  // (collected in a list kept from call to call, and given in a list of their number)
  const startsFound = ruleStartScratch;
  let nStarts = 0;
  let flags = 0;
  // reused: the pool's first objects (made when missing), then new ones past POOL_KEPT
  let inPool = 0;
  if (reuse) {
    inPool = count < POOL_KEPT ? count : POOL_KEPT;
    for (let k = pooled.length; k < inPool; k++) pooled.push(new BlockTok(0, 0, '', '', 'word', 0, 0, -1));
  }
  const toks: Tok[] = inPool === count && count > 0 ? poolList(count) : inPool > 0 ? pooled.slice(0, inPool) : [];
  for (let k = 0; k < count; k++) {
    const f = memos[k];
    const kd = kinds[k];
    flags |= f;
    if ((f & RULE_START) !== 0 && kd === K_WORD) startsFound[nStarts++] = k;
    const word = words[k];
    if (k < inPool) pooled[k].reset(starts[k], ends[k], word.text, word.lower, TOKEN_KINDS[kd], k, f, ids[k]);
    else toks.push(new BlockTok(starts[k], ends[k], word.text, word.lower, TOKEN_KINDS[kd], k, f, ids[k]));
  }
  if (count > 3) thirdPersonVerbs(toks, count);
  if ((flags & F_PRONOUN) !== 0) surnameHe(toks, count);
  if ((flags & F_NON_CUE) !== 0) nounSenses(toks, count);
  const quotes = findQuotes(toks, kinds, text);
  const sentences = tokenSentences(text, codes, scanned);
  const headline = kind === 'heading' || isHeadlineText(codes, text.length);
  return { text, kind, toks, sentences, quotes, headline, flags, ruleStarts: startsFound.slice(0, nStarts) };
}

/**
 * Reads as a verb a word in "-s" the lexicon takes for a plural noun, where its place tells a verb's third person: after
 * a subject's noun that a determiner or a name opens, before a determiner or a number ("the sweetener erythritol doubles
 * the risk", "The government plans a review", "Acme owes £3m"). The word's own flags are kept, its part of speech set.
 */
function thirdPersonVerbs(toks: Tok[], count: number): void {
  for (let k = 1; k + 1 < count; k++) {
    const t = toks[k];
    if ((t.f & F_POS_MASK) !== NOUN_CODE || (t.f & F_CAP) !== 0 || t.kind !== 'word' || !t.lower.endsWith('s') || t.lower.endsWith('ss')) continue;
    // (past emphasis marks around the verb: "erythritol **doubles the risk**")
    let nk = k + 1;
    while (nk + 1 < count && isEmphasisMark(toks[nk])) nk++;
    const next = toks[nk];
    // (not "that", which opens a clause as often: "one of the class action suits that")
    if (!((next.kind === 'word' && (next.f & F_DETERMINER) !== 0 && (next.f & F_CAP) === 0 && next.lower !== 'that') || next.kind === 'number' || CURRENCY_SIGNS.has(next.text))) continue;
    let pk = k - 1;
    while (pk > 0 && isEmphasisMark(toks[pk])) pk--;
    const prev = toks[pk];
    // (not after a possessive, nor a plural noun, whose verb has no "-s": "the union's plans", "Workers' plans")
    if (prev.kind !== 'word' || prev.lower.endsWith("'s") || (prev.lower.endsWith('s') && ((prev.f & F_CAP) === 0 || (prev.f & F_POS_MASK) === NOUN_CODE))) continue;
    // (a noun, or a word the lexicon does not know: "erythritol")
    if (!nounLike(prev) || !((prev.f & F_CAP) !== 0 || (pk >= 1 && toks[pk - 1].kind === 'word' && ((toks[pk - 1].f & F_DETERMINER) !== 0 || nounLike(toks[pk - 1]))))) continue;
    if (!canBeVerb(t.lower)) continue;
    (t as BlockTok).f = (t.f & ~F_POS_MASK) | VERB_CODE;
  }
}
/** Tags a word of `NOUN_SENSES` a noun before a noun listed for it ("refuse | workers"); the word's other flags are kept. */
function nounSenses(toks: Tok[], count: number): void {
  for (let k = 0; k + 1 < count; k++) {
    const t = toks[k];
    if ((t.f & F_NON_CUE) === 0 || (t.f & F_POS_MASK) !== VERB_CODE) continue;
    if (NOUN_SENSES.get(t.lower)?.has(toks[k + 1].lower)) (t as BlockTok).f = (t.f & ~F_POS_MASK) | NOUN_CODE;
  }
}
/**
 * Reads "He" before a capitalised word the lexicon does not know as a surname, not the pronoun ("a spokeswoman,
 * He Yadong, told", "Vice Premier He Lifeng said"): its lower-case form is kept capitalised, so that no list of
 * pronouns holds it, and its flags are those of an unknown capitalised word.
 */
function surnameHe(toks: Tok[], count: number): void {
  for (let k = 0; k + 1 < count; k++) {
    const t = toks[k];
    if (t.text !== 'He') continue;
    const next = toks[k + 1];
    if (next.kind !== 'word' || next.start !== t.end + 1 || (next.f & F_CAP) === 0 || (next.f & F_POS_MASK) !== UNKNOWN_CODE) continue;
    (t as BlockTok).lower = t.text;
    (t as BlockTok).f = wordFlags(t.text, t.text);
  }
}

/** A noun, a capitalised word, or a word the lexicon does not know ("erythritol"). */
const nounLike = (x: Tok): boolean => (x.f & F_POS_MASK) === NOUN_CODE || (x.f & F_POS_MASK) === UNKNOWN_CODE || (x.f & F_CAP) !== 0;
const NOUN_CODE = POS_CLASSES.indexOf('N') + 1;
const UNKNOWN_CODE = 1;
const VERB_CODE = POS_CLASSES.indexOf('V') + 1;

/** Scratch of `contextOf` (its first entries): the rule starts, and of `findQuotes`: the quotations. */
const ruleStartScratch: number[] = [];
const quoteScratch: Quote[] = [];

/** A token's start, as a key of `lowerBound`. */
export const tokenStart = (t: Tok): number => t.start;

/**
 * A single line without final punctuation (`.!?:;` or a closing quote or bracket) and shorter than
 * 200 characters, read on the text trimmed of white space (`codes`: its code units).
 */
function isHeadlineText(codes: Uint16Array, n: number): boolean {
  let a = 0;
  while (a < n && isWhitespaceCode(codes[a])) a++;
  let b = n;
  while (b > a && isWhitespaceCode(codes[b - 1])) b--;
  if (b > a && isFinalMark(codes[b - 1])) return false;
  if (b - a >= 200) return false;
  for (let k = a; k < b; k++) if (codes[k] === 10) return false;
  return true;
}

/** . ! ? : ; " ” ' ’ ) */
function isFinalMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 34 || c === 0x201d || c === 39 || c === 0x2019 || c === 41;
}

const RULE_START = F_ATTRIBUTION_START | F_DENIAL_START;

/** The flags of a token text (`Tok.f`), kept by the tokenizer per distinct text (never 0). */
const flagsOf: MemoOf = (word) => wordFlags(word.text, word.lower);

/** A letter or a digit: what a word begins with. */
const WORD_START = /[\p{L}\p{N}]/u;

/**
 * Pairs quotation marks. Curly quotes and guillemets say which way they face; straight double quotes
 * alternate, and so do two straight single quotes in a row, the double mark of some styles (on a held-out
 * tenth of PolNeAR train, 30 cues found inside such quotations were all wrong). News style repeats the opening mark at the start of each paragraph of a long quotation,
 * so a block never starts inside a quotation; one still open at the block's end has `close === -1`.
 * Reads the tokens of kind quote (`kinds`: the tokens' kinds as scanned).
 */
function findQuotes(toks: Tok[], kinds: Uint8Array, text: string): Quote[] {
  const found = quoteScratch;
  let n = 0;
  let openTok = -1;
  // (the open quotation is a single one: British style, 'We will not back down,' she said)
  let single = false;
  for (let qi = 0; qi < toks.length; qi++) {
    if (kinds[qi] !== K_QUOTE) continue;
    const t = toks[qi];
    const ch = t.text;
    let opens: boolean;
    // the mark's last token (a later one for a doubled single quote)
    let last = qi;
    // (a double mark inside a single quotation is a quotation within it, not tracked)
    if (single && (ch === '"' || OPENERS.has(ch) || CLOSERS.has(ch))) continue;
    if (OPENERS.has(ch)) opens = openTok < 0;
    // (a closing mark with none open, after a space or at the block's start and right before a word, is written for an
    // opening one: '”Mr. Trump embodies X.” ― Sonya Herridge')
    else if (CLOSERS.has(ch)) opens = openTok < 0 && (t.start === 0 || isWhitespaceCode(text.charCodeAt(t.start - 1))) && WORD_START.test(text.charAt(t.end));
    else if (ch === '"') opens = openTok < 0;
    else if (ch === "'" && qi + 1 < toks.length && kinds[qi + 1] === K_QUOTE && toks[qi + 1].text === "'" && toks[qi + 1].start === t.end) {
      // two or more straight single quotes in a row are one double quote mark ("''We will,'' she said"), which
      // alternates as '"' does (a run of three, a single quote's beside the double one's, is one mark too)
      if (single) continue;
      let run = qi;
      while (run + 1 < toks.length && kinds[run + 1] === K_QUOTE && toks[run + 1].text === "'" && toks[run + 1].start === toks[run].end) run++;
      opens = openTok < 0;
      last = run;
      qi = run;
    } else if (ch === "'" || ch === '‘' || ch === '’') {
      // a single quotation mark where a word begins after it (opening) or has ended before it (closing), outside any
      // other quotation; an apostrophe inside a word is no token of its own
      const open = singleOpening(text, t, ch);
      if (openTok < 0 && open) {
        single = true;
        opens = true;
      } else if (single && !open && singleClosing(text, t, ch)) opens = false;
      else continue;
    } else continue;
    if (opens) {
      openTok = t.i;
    } else if (openTok >= 0) {
      found[n++] = { open: toks[openTok].start, close: toks[last].end, firstTok: openTok, lastTok: last };
      openTok = -1;
      single = false;
    }
  }
  // (a single mark left open is an apostrophe's, "the players' union", or a shortening, "'90s": no quotation)
  if (openTok >= 0 && !single) found[n++] = { open: toks[openTok].start, close: -1, firstTok: openTok, lastTok: toks.length - 1 };
  const quotes = found.slice(0, n);
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    for (let k = q.firstTok; k <= q.lastTok; k++) toks[k].quote = qi;
  }
  return quotes;
}
