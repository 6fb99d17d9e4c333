/**
 * Feature extraction for the attribution tagger, shared by the runtime (attribution-model.ts) and
 * the training script (scripts/train/train-attribution-model.ts), so both see exactly the same features.
 *
 * Every feature is a 32-bit hash. Per-token hashes (word, shape, suffix, part-of-speech guess) are
 * computed once per token by `prepare`; a feature is then a cheap integer mix of a template id and
 * one to three of those hashes, so no string is built per feature.
 */
import type { Token } from '../text/tokenize';
import { americanSpelling, posOf } from '../data/lexicon';
import { CUE_LEXICON } from '../data/cue-lexicon';
import irregular from '../data/generated/irregular-verbs.json';
import clusters from '../data/generated/word-clusters.json';
import { inflect } from '../data/cues';
import { grownInt32, grownUint8 } from '../util/typed';

export interface SentenceRange {
  start: number;
  end: number;
}

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  return hashRange(FNV_BASIS, s, 0, s.length);
}

const FNV_BASIS = 0x811c9dc5;

/**
 * FNV-1a continued from the hash `h` over code units [from, to) of `s`: `hashRange(hashString(a), b, 0,
 * b.length)` is `hashString(a + b)`, without building the string.
 */
function hashRange(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** Mixes a template id and up to three values into one hash. */
export function mix(t: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(t ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ a ^ (h >>> 15), 0xc2b2ae35);
  h = Math.imul(h ^ b ^ (h >>> 13), 0x85ebca6b);
  h = Math.imul(h ^ c ^ (h >>> 16), 0xc2b2ae35);
  return h ^ (h >>> 15);
}

// ---------------------------------------------------------------------------------------------
// A tiny closed-class part-of-speech guess from word lists and suffixes.

// a Map, not an object: words such as 'constructor' are not members, and a lookup of a text never seen
// before does not go through the engine's table of property names
const CLOSED = new Map<string, string>();
function addClass(tag: string, words: string): void {
  for (const w of words.split(' ')) CLOSED.set(w, tag);
}
addClass('PRP', 'i me we us you he him she they them it one');
addClass('POSS', 'my our your his her its their');
addClass('DEM', 'this these those');
addClass('WHO', 'who whom whose');
addClass('DET', 'the a an some any each every no all both another');
addClass('IN', 'of in on at by for with from into about over under after before during since than through between against without within among upon via per amid despite toward towards across');
addClass('AS', 'as like');
addClass('TO', 'to');
addClass('CC', 'and or but nor yet so');
addClass('SUB', 'because although though while if whether when where unless until once');
addClass('THAT', 'that');
addClass('BE', 'is are was were be been being am');
addClass('HAVE', 'has have had having');
addClass('DO', 'do does did');
addClass('MD', 'will would can could may might must shall should');
addClass('NEG', "not n't never");
addClass('WH', 'what which why how');
addClass('POS', "'s 's");
addClass('ACC', 'according');

const CLOSED_HASH = new Map<string, number>();
for (const [w, t] of CLOSED) CLOSED_HASH.set(w, hashString('pos:' + t));
const H = (s: string): number => hashString(s);
const POS_NUM = H('pos:NUM');
const POS_COMMA = H('pos:,');
const POS_END = H('pos:.');
export const POS_COLON = H('pos::');
export const POS_THAT = H('pos:THAT');
const POS_CC = H('pos:CC');
const POS_SUB = H('pos:SUB');
const POS_WHO = H('pos:WHO');
const POS_QUOTE = H('pos:Q');
const POS_DASH = H('pos:-');
const POS_PAREN = H('pos:(');
const POS_PUNCT = H('pos:P');
const POS_NNP = H('pos:NNP');

/**
 * Whether the cue tagger skips token i (tags it O without reading it) after the tag `prev`: a token
 * outside the cue gate where no cue is open (prev O), punctuation other than a colon, a quote, a number.
 */
export function cueSkips(p: Prepared, i: number, prev: number): boolean {
  // F_GATE is never set on a token the tagger always skips
  return prev === 0 ? (p.flags[i] & F_GATE) === 0 : (p.flags[i] & F_SKIP) !== 0;
}

/** Punctuation other than a colon, quotes, numbers: the cue tagger tags them O without reading them. */
function alwaysSkipped(t: Token): boolean {
  return t.kind === 'number' || t.kind === 'quote' || (t.kind === 'punct' && t.text !== ':');
}

/** Part-of-speech guess classes used in a few hand-written features. */
export const POS_IDS = { NUM: POS_NUM, COMMA: POS_COMMA, END: POS_END, QUOTE: POS_QUOTE, NNP: POS_NNP };

const POS_PREFIX = hashString('pos:');

function posGuess(t: Token, capitalizedMid: boolean): number {
  const c = CLOSED_HASH.get(t.lower);
  if (c !== undefined) return c;
  if (t.kind === 'number') return POS_NUM;
  if (t.kind === 'quote') return POS_QUOTE;
  if (t.kind === 'punct') {
    const ch = t.text;
    if (ch === ',') return POS_COMMA;
    if (ch === '.' || ch === '!' || ch === '?') return POS_END;
    if (ch === ':' || ch === ';') return POS_COLON;
    if (ch === '-' || ch === '—' || ch === '–') return POS_DASH;
    if (ch === '(' || ch === ')' || ch === '[' || ch === ']') return POS_PAREN;
    return POS_PUNCT;
  }
  if (capitalizedMid) return POS_NNP;
  const w = t.lower;
  const n = w.length;
  // the open class: the lexicon's most frequent part of speech (wink-lexicon), refined by the ending
  const lex = posOf(w) ?? 'U';
  let suf = '';
  if (n > 4 && w.endsWith('ly')) suf = 'LY';
  else if (n > 3 && w.endsWith('ed')) suf = 'ED';
  else if (n > 4 && w.endsWith('ing')) suf = 'ING';
  else if (n > 5 && (w.endsWith('tion') || w.endsWith('ment') || w.endsWith('ness') || w.endsWith('ity'))) suf = 'NN';
  else if (n > 3 && w.endsWith('s') && !w.endsWith('ss')) suf = 'S';
  return hashRange(hashRange(POS_PREFIX, lex, 0, lex.length), suf, 0, suf.length); // hashString('pos:' + lex + suf)
}

function shapeOf(t: Token): string {
  if (t.kind === 'punct' || t.kind === 'quote') return t.kind === 'quote' ? 'Q' : t.text;
  if (t.kind === 'number') return 'd';
  const s = t.text;
  const c0 = s.charCodeAt(0);
  const upper0 = changesInLowerCase(s, 0);
  let allUpper = s.length > 1;
  for (let i = 1; i < s.length && allUpper; i++) if (!changesInLowerCase(s, i) && s.charCodeAt(i) !== 46) allUpper = false;
  let shape = upper0 ? (allUpper ? 'X' : 'Xx') : c0 >= 48 && c0 <= 57 ? 'd' : 'x';
  if (s.indexOf('-') > 0) shape += '-';
  if (s.indexOf('.') > 0) shape += '.';
  return shape;
}

/** The hashes of the shapes (`shapeOf`) met so far: a closed set but for punctuation. */
const SHAPE_HASH = new Map<string, number>();
/** The shape hash of a number. */
const SHAPE_NUMBER = hashString('d');

function shapeHash(t: Token): number {
  const shape = shapeOf(t);
  let h = SHAPE_HASH.get(shape);
  if (h === undefined) {
    h = hashString(shape);
    SHAPE_HASH.set(shape, h);
  }
  return h;
}

/** Whether code unit i of s differs from its lower case (`s[i] !== s[i].toLowerCase()`), without a string for ASCII. */
function changesInLowerCase(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = s[i];
  return ch !== ch.toLowerCase();
}

function isUpperInitial(t: Token): boolean {
  if (t.kind !== 'word') return false;
  return changesInLowerCase(t.text, 0);
}

// ---------------------------------------------------------------------------------------------
// Cue prior: how often annotators took a word (or a phrase beginning with it) as a cue in the
// training texts (src/core/data/cue-lexicon.ts), as a probability bucket.

/** What the prior needs of a cue lexicon entry. */
export interface CuePriorEntry {
  probability: number;
  forms: readonly string[];
  /** How many times annotators took it as a cue (its support); absent: unknown. */
  count?: number;
}

/** Lexicon phrases by their second word: [words after the second, bucket], longest first. */
type PhraseTails = Map<string, Array<[readonly string[], number]>>;

interface CuePrior {
  /** Whether a word of the lexicon could be a number token (begins with a digit). */
  numbers: boolean;
  word: Map<string, number>;
  /** First word -> the phrases it begins. */
  phrases: Map<string, PhraseTails>;
  /** The second words of the phrases. */
  seconds: Set<string>;
  /** Support bucket (`supportBucket`) of each single-word form: how often its lemma was a cue. */
  support: Map<string, number>;
}

/**
 * Support bucket 2..7 of a cue count (`CuePriorEntry.count`), on a log scale, the count first put on the
 * scale of the shipped lexicon's (`scale`: its total count over the lexicon's own), so that a lexicon of
 * part of the training text (cross-fitting, --tune) gives the same buckets to words of the same rate.
 */
function supportBucket(count: number, scale: number): number {
  const c = count * scale;
  return c < 6 ? 2 : c < 12 ? 3 : c < 24 ? 4 : c < 48 ? 5 : c < 96 ? 6 : 7;
}

function totalCount(entries: readonly CuePriorEntry[]): number {
  let t = 0;
  for (const e of entries) t += e.count ?? 0;
  return t;
}

/** Probability bucket 1..7 (0: not in the lexicon). */
export function priorBucket(p: number): number {
  return p < 0.02 ? 1 : p < 0.05 ? 2 : p < 0.1 ? 3 : p < 0.2 ? 4 : p < 0.35 ? 5 : p < 0.6 ? 6 : 7;
}

function buildPrior(entries: readonly CuePriorEntry[]): CuePrior {
  const word = new Map<string, number>();
  const phrases = new Map<string, PhraseTails>();
  for (const e of entries) {
    const b = priorBucket(e.probability);
    for (const f of e.forms) {
      const ws = f.split(' ');
      if (ws.length === 1) word.set(f, Math.max(word.get(f) ?? 0, b));
      else {
        const tails = phrases.get(ws[0]) ?? new Map<string, Array<[readonly string[], number]>>();
        const list = tails.get(ws[1]) ?? [];
        list.push([ws.slice(2), b]);
        tails.set(ws[1], list);
        phrases.set(ws[0], tails);
      }
    }
  }
  for (const tails of phrases.values()) for (const list of tails.values()) list.sort((a, b) => b[0].length - a[0].length || b[1] - a[1]);
  const seconds = new Set<string>();
  for (const tails of phrases.values()) for (const w of tails.keys()) seconds.add(w);
  let numbers = NUMBERS_LISTED;
  for (const e of entries) for (const f of e.forms) if (f.split(' ').some(isNumberLike)) numbers = true;
  const support = new Map<string, number>();
  const total = totalCount(entries);
  const scale = total > 0 ? SHIPPED_TOTAL / total : 1;
  for (const e of entries) {
    if (e.count === undefined) continue;
    const b = supportBucket(e.count, scale);
    for (const f of e.forms) if (!f.includes(' ')) support.set(f, Math.max(support.get(f) ?? 0, b));
  }
  return { numbers, word, phrases, seconds, support };
}

// a Map: a word such as 'constructor' must not find Object's members (and see CLOSED)
const IRREGULAR = new Map<string, string>(Object.entries((irregular as { forms: Record<string, string> }).forms));
/**
 * The denial verbs whose forms the tagger reads as such (`F_DENY`): the lemmas of data/denials.ts when the shipped model
 * was trained (4cbfec7, its second stage at fbd8c92). The rules' list has grown since ("show", "find", "say", "take",
 * "support" ...), and reading it here gave the model features it never saw in training; a retraining would update this
 * list with the data.
 */
export const MODEL_DENIAL_LEMMAS: readonly string[] = [
  'contest', 'contradict', 'debunk', 'deny', 'disavow', 'discredit', 'dismiss', 'disprove', 'dispute', 'rebuff', 'rebut',
  'refute', 'reject', 'repudiate', 'retract', 'slam', 'withdraw',
];
const DENIAL_FORMS = new Set(MODEL_DENIAL_LEMMAS.flatMap((lemma) => inflect(lemma)));

/** Whether a word could be a number token's text (the tokenizer's numbers begin with a digit). */
function isNumberLike(w: string): boolean {
  return /^\p{N}/u.test(w);
}
/** Whether a word list other than the cue lexicon holds a word that could be a number token's text. */
const NUMBERS_LISTED = [...CLOSED.keys(), ...IRREGULAR.keys(), ...DENIAL_FORMS].some(isNumberLike);

/** Total cue count of the shipped lexicon (the scale of `supportBucket`). */
const SHIPPED_TOTAL = totalCount(CUE_LEXICON);
let cuePrior = buildPrior(CUE_LEXICON);

/** Replaces the cue prior (training: a lexicon built from the training part only). */
export function setCuePrior(entries: readonly CuePriorEntry[]): void {
  cuePrior = buildPrior(entries);
  caches = new WeakMap();
}


/**
 * Distributional word classes (scripts/train/build-word-clusters.ts): fine and coarse class of a
 * lower-case word, as 1 + class index (0: the word is not in the lists).
 */
const FINE_CLASS = new Map<string, number>();
const COARSE_CLASS = new Map<string, number>();
(clusters as { fine: string[] }).fine.forEach((ws, c) => {
  for (const w of ws.split(' ')) FINE_CLASS.set(w, c + 1);
});
(clusters as { coarse: string[] }).coarse.forEach((ws, c) => {
  for (const w of ws.split(' ')) COARSE_CLASS.set(w, c + 1);
});

const AUX_CLASSES = new Set(['BE', 'HAVE', 'DO', 'MD']);



// ---------------------------------------------------------------------------------------------

/** Size (2^bits) of the cue gate's bit set: a word outside the gate passes by collision with odds of about |gate| / 2^16. */
export const CUE_GATE_BITS = 16;

/** Bit set of hashed (`hashString`) lower-case word forms. */
export class HashedWords {
  constructor(readonly bits: Uint8Array) {}
  has(h: number): boolean {
    const i = h & (this.bits.length * 8 - 1);
    return (this.bits[i >>> 3] & (1 << (i & 7))) !== 0;
  }
  /** A set of `2^bits` bits holding the given words. */
  static of(words: Iterable<string>, bits: number): HashedWords {
    const b = new Uint8Array(Math.max(1, (1 << bits) >>> 3));
    const mask = (1 << bits) - 1;
    for (const w of words) {
      const i = hashString(w) & mask;
      b[i >>> 3] |= 1 << (i & 7);
    }
    return new HashedWords(b);
  }
}

/**
 * The cue gate of a list of word forms (see `WordFilter`): the forms, and every form sharing a stem with
 * one of them (irregular verbs by their lemma), so an inflection unseen in training passes too.
 */
export function cueGateOf(words: Iterable<string>): HashedWords {
  const keys: string[] = [];
  for (const w of words) keys.push(w, gateStemKey(w));
  return HashedWords.of(keys, CUE_GATE_BITS);
}

function gateStemKey(lower: string): string {
  return '\u0001' + stemOf(IRREGULAR.get(lower) ?? lower);
}

/**
 * The model's word lists: the lower-case word forms whose identity may be used as a feature (`bits`),
 * and the cue gate: the forms that may begin a cue (null: any word). The cue tagger reads a token only
 * where a cue is open or its word is in the gate; every other token is O without computing its features.
 */
export class WordFilter extends HashedWords {
  constructor(
    bits: Uint8Array,
    readonly gate: HashedWords | null = null,
  ) {
    super(bits);
  }
}

/** Everything the feature templates need about a text, computed once per call. */
export interface Prepared {
  /** Number of tokens and of sentences (the arrays may be longer: see `PrepareBuffers`). */
  n: number;
  ns: number;
  tokens: readonly Token[];
  /** Word identity hash (or a class hash for unknown capitalised words). */
  word: Int32Array;
  shape: Int32Array;
  suf3: Int32Array;
  /** Crude stem of the word (said/says/saying share nothing, but insists/insisted/insisting do). */
  stem: Int32Array;
  pos: Int32Array;
  /** Small number of `pos` (`posIndex`): 2.. (0 and 1 stand for the sentence boundaries, `BOS` and `EOS`). */
  posIdx: Uint8Array;
  /** Bits: 1 inside a quotation, 2 quote token, 4 first token of a sentence, 8 capitalised, 16 auxiliary, 32 negation, 64 denial verb, 128 in the cue gate, 256 skipped by the cue tagger. */
  flags: Uint16Array;
  /** Sentence index of each token. */
  sent: Int32Array;
  /** Token ranges [start, end) of sentences. */
  sentStart: Int32Array;
  sentEnd: Int32Array;
  /** Token range of the scope (sentence plus sentences joined by an open quotation) of each sentence. */
  unitStart: Int32Array;
  unitEnd: Int32Array;
  /**
   * End of the role scope of each sentence: its unit, extended over following units that continue a
   * quotation (start with a quote mark in the same paragraph, or after a colon or an unclosed quote).
   */
  scopeEnd: Int32Array;
  /** Cue prior bucket of the word (0..7). */
  prior: Uint8Array;
  /** A lexicon phrase of two or more words starting here: bucket * 8 + length (0: none). */
  phraseStart: Uint8Array;
  /** Inside (not at the start of) a lexicon phrase: its bucket (0: none). */
  phraseIn: Uint8Array;
  /** The highest and second highest cue prior bucket in each sentence. */
  sentPrior1: Uint8Array;
  sentPrior2: Uint8Array;
  /** Fine and coarse distributional class of the word (0: none). */
  fine: Uint16Array;
  coarse: Uint16Array;
  /** Per token, the number of its text in `sums` (the same text, the same number). */
  tid: Int32Array;
  /** The tagger's cached sums per distinct token text. */
  sums: TokenSums;
  /** Prefix counts over tokens: quote tokens, commas, "that". */
  quotesBefore: Int32Array;
  commasBefore: Int32Array;
  /** Prefix counts of clause links: coordinators, subordinators, relative pronouns. */
  clausesBefore: Int32Array;
  /** The cue prior's support buckets of single-word forms in effect when the text was prepared (`cueSupport`). */
  support: ReadonlyMap<string, number>;
}

/**
 * Support of token i as a cue word: 0 a word the model does not know (rare in the training text, or a
 * name), 1 a known word that was seldom or never a cue, 2..7 how often (log scale) its lemma was one.
 */
export function cueSupport(p: Prepared, i: number): number {
  const b = p.support.get(p.tokens[i].lower);
  if (b !== undefined) return b;
  const w = p.word[i];
  return w === UNKNOWN_CAP || w === UNKNOWN_LOW ? 0 : 1;
}

export const F_INQUOTE = 1;
export const F_QUOTE = 2;
export const F_FIRST = 4;
export const F_CAP = 8;
/** An auxiliary or modal verb (be, have, do, will, ...): never a cue on its own. */
export const F_AUX = 16;
/** A negation (not, n't, never). */
export const F_NEG = 32;
/** A form of a denial verb (deny, reject, dispute, ...: src/core/data/denials.ts). */
export const F_DENY = 64;
/** The word is in the model's cue gate (`WordFilter.gate`): the cue tagger reads the token even where no cue is open. */
export const F_GATE = 128;
/** Punctuation other than a colon, a quote, a number: the cue tagger never reads the token. */
export const F_SKIP = 256;

/**
 * Where the cue tagger keeps, per distinct token text (and model word lists; `Prepared.tid` numbers the
 * texts), the summed weights of the token's own features (`cueTokenFeatures`) for one weight table
 * (`cueOf`): 3 labels for each of the 4 variants (`cueTokenVariant`), then for each again with the
 * features of two O tags before it (`cuePrevFeatures`), 24 ints per text in one array (one cache line
 * or two, where an object per text cost several); `cueDone` holds per text the bit set of the variants summed.
 */
export class TokenSums {
  cueOf: ArrayLike<number> | null = null;
  cueSums = new Int32Array(0);
  cueDone = new Uint8Array(0);
  /**
   * The cue tagger's sums of the context features that join a token's text with small integers, per
   * text and state (cue-scorer.ts `cueContextScores`): a direct-mapped cache of `CONTEXT_SLOTS` slots of
   * four ints (1 + key, 0: empty; then 3 sums), for the table `cueOf`.
   */
  context = new Int32Array(CONTEXT_SLOTS * 4);
  /**
   * The cue tagger's sums of the context features that read only parts of speech (by `posIndex`, from
   * two before to two after the token), of those that read the word before (its text with the token's),
   * and of those that read the word after: direct-mapped caches of `CUE_POS_SLOTS` slots of four ints
   * (the key, 0: empty; then 3 sums) and of `CUE_WORD_SLOTS` slots of five (two keys, then 3 sums), for `cueOf`.
   */
  cuePos = new Int32Array(CUE_POS_SLOTS * 4);
  cueLeft = new Int32Array(CUE_WORD_SLOTS * 5);
  cueRight = new Int32Array(CUE_WORD_SLOTS * 5);
  /**
   * The source/content tagger's sums of the features that join a token's text with its side of the cue
   * and the tag before, or with its distance bucket (role-scorer.ts), per text and state: a direct-mapped
   * cache of `ROLE_SLOTS` slots of eight ints (1 + key, 0: empty; then 5 sums), for the table `roleOf`.
   */
  roleOf: ArrayLike<number> | null = null;
  role = new Int32Array(ROLE_SLOTS * 8);
  /**
   * The source/content tagger's sums of three more groups of features (role-scorer.ts `scoreRole`): the
   * parts of speech around the token, its part of speech with the state, the words around it.
   * Direct-mapped caches of `ROLE_GROUP_SLOTS` slots of eight ints (key or keys, then 5 sums), for `roleOf`.
   */
  rolePos = new Int32Array(ROLE_GROUP_SLOTS * 8);
  roleState = new Int32Array(ROLE_GROUP_SLOTS * 8);
  roleWords = new Int32Array(ROLE_GROUP_SLOTS * 8);
  /** The sums of the role tagger's small-state features (role-scorer.ts `RoleTables`) by the whole state. */
  roleDense = new Int32Array(ROLE_GROUP_SLOTS * 8);
  /** Makes room for the texts numbered below `n` (keeping what is summed). */
  reserve(n: number): void {
    if (this.cueDone.length >= n) return;
    const size = Math.max(n, 2 * this.cueDone.length, 1024);
    this.cueSums = grownInt32(this.cueSums, size * 24);
    this.cueDone = grownUint8(this.cueDone, size);
  }
}

/** Slots of `TokenSums.context` and `TokenSums.role` (powers of two). */
export const CONTEXT_SLOTS = 1 << 13;
export const ROLE_SLOTS = 1 << 12;
/** Slots of `TokenSums.cuePos`, `cueLeft` and `cueRight` (powers of two). */
export const CUE_POS_SLOTS = 1 << 12;
export const CUE_WORD_SLOTS = 1 << 12;
export const ROLE_GROUP_SLOTS = 1 << 12;

const CACHE_LIMIT = 50_000;
/** The token texts seen with one set of model word lists, numbered in order, and the tagger's sums for them. */
interface TextCache {
  /**
   * The entries made so far. What `prepare` needs of a token that depends only on its text is computed
   * once per entry (`tokenInfo`) into `rec`; an entry is made for each token text number (`Token.id`)
   * met, and the few texts the tokenizer numbers twice (after its table fills up) get two entries of
   * the same values.
   */
  count: number;
  /** By token text number (`Token.id`, below `ID_LIMIT`): 1 + the number of its entry (0: not yet met). */
  byTextId: Int32Array;
  /** The entries of the token texts numbered from `ID_LIMIT` on, by text. */
  map: Map<string, number>;
  /**
   * The numbers `prepare` copies from each entry, `REC` ints per entry number in one array (one cache
   * line per text where the entry objects take two or three, scattered over the heap): see `R_WORD`...
   */
  rec: Int32Array;
  sums: TokenSums;
}
/** Token text numbers from here on are looked up by text (`TextCache.map`). */
const ID_LIMIT = 1 << 20;
/** Ints per entry in `TextCache.rec`, and their places. */
const REC = 16;
const R_WORD = 0;
const R_STEM = 1;
const R_SHAPE = 2;
const R_SUF3 = 3;
/** The part-of-speech guess where the token begins its sentence (or is not capitalised), and elsewhere. */
const R_POS = 4;
const R_POS_MID = 5;
const R_PRIOR = 6;
const R_BITS = 7;
const R_FINE = 8;
const R_COARSE = 9;
const R_COMMA = 10;
const R_QUOTE = 11;
/** Bit 1: lexicon phrases begin with the entry's text; bit 2: its text is the second word of one. */
const R_PHRASES = 12;
/** `posIndex` of R_POS and R_POS_MID. */
const R_POS_IDX = 13;
const R_POS_MID_IDX = 14;
let caches = new WeakMap<object, TextCache>();
/** The tokens where lexicon phrases may begin, reused by `prepare` from call to call. */
let phraseHeads = new Int32Array(256);
const NO_FILTER = {};

function cacheFor(filter: WordFilter | null): TextCache {
  const key = filter ?? NO_FILTER;
  let c = caches.get(key);
  if (!c || c.count > CACHE_LIMIT) {
    c = { count: 0, map: new Map(), byTextId: new Int32Array(1 << 12), rec: new Int32Array(REC << 10), sums: new TokenSums() };
    caches.set(key, c);
  }
  return c;
}

/** The number of the token's entry (`tokenInfo`), made when the token's text number is new. */
function entryOf(c: TextCache, t: Token, filter: WordFilter | null): number {
  const id = t.id;
  if (id >= ID_LIMIT) {
    let e = c.map.get(t.text);
    if (e === undefined) {
      e = tokenInfo(c, t, filter);
      c.map.set(t.text, e);
    }
    return e;
  }
  const x = id < c.byTextId.length ? c.byTextId[id] : 0;
  if (x !== 0) return x - 1;
  // a text number met for the first time: a new text, but for the few the tokenizer numbers again (no
  // lookup by the text, which cost more, on new articles, than the entry it would save)
  const e = tokenInfo(c, t, filter);
  if (id >= c.byTextId.length) {
    let size = c.byTextId.length;
    while (size <= id) size *= 2;
    c.byTextId = grownInt32(c.byTextId, size);
  }
  c.byTextId[id] = e + 1;
  return e;
}

/** A new entry for the token's text (its record in `c.rec`); returns its number. */
function tokenInfo(c: TextCache, t: Token, filter: WordFilter | null): number {
  const id = c.count++;
  if (c.rec.length < (id + 1) * REC) c.rec = grownInt32(c.rec, 2 * c.rec.length);
  // (a British spelling read as the lexicon's American one, which the training text spells: "criticised" as "criticized")
  const lw = americanSpelling(t.lower);
  const n = lw.length;
  const lh = hashString(lw);
  let wid = lh;
  let stem: number;
  let shape: number;
  let pos = POS_NUM;
  let posMid = POS_NUM;
  let prior = 0;
  let bits = F_SKIP;
  let fine = 0;
  let coarse = 0;
  let phrases = 0;
  if (t.kind === 'number' && !cuePrior.numbers) {
    // a number (a new one is met in most sentences of news text): no word list holds one (see
    // NUMBERS_LISTED), so its part of speech, flags and prior are known without looking it up
    stem = stemHash(STEM_PREFIX, lw);
    shape = SHAPE_NUMBER;
  } else {
    const cap = isUpperInitial(t);
    if (t.kind === 'word' && filter !== null && !filter.has(lh)) wid = cap ? UNKNOWN_CAP : UNKNOWN_LOW;
    pos = posGuess(t, false);
    // a capitalised word inside a sentence: a closed-class word keeps its class, any other is a name
    posMid = cap && !CLOSED_HASH.has(lw) ? POS_NNP : pos;
    const closed = CLOSED.get(lw);
    stem = wid === lh ? stemHash(STEM_PREFIX, IRREGULAR.get(lw) ?? lw) : wid;
    shape = shapeHash(t);
    prior = cuePrior.word.get(lw) ?? 0;
    bits =
      (cap ? F_CAP : 0) |
      (closed !== undefined && AUX_CLASSES.has(closed) ? F_AUX : 0) |
      (closed === 'NEG' ? F_NEG : 0) |
      (DENIAL_FORMS.has(lw) ? F_DENY : 0) |
      (alwaysSkipped(t) ? F_SKIP : passesGate(filter, t, lw, lh, cap) ? F_GATE : 0);
    fine = t.kind === 'word' ? FINE_CLASS.get(lw) ?? 0 : 0;
    coarse = t.kind === 'word' ? COARSE_CLASS.get(lw) ?? 0 : 0;
    // (as written: the phrases are matched on the tokens' own lower-case forms)
    phrases = (cuePrior.phrases.has(t.lower) ? 1 : 0) | (cuePrior.seconds.has(t.lower) ? 2 : 0);
  }
  const r = id * REC;
  const rec = c.rec;
  rec[r + R_WORD] = wid;
  rec[r + R_STEM] = stem;
  rec[r + R_SHAPE] = shape;
  rec[r + R_SUF3] = n > 3 ? hashRange(FNV_BASIS, lw, n - 3, n) : lh;
  rec[r + R_POS] = pos;
  rec[r + R_POS_MID] = posMid;
  rec[r + R_PRIOR] = prior;
  rec[r + R_BITS] = bits;
  rec[r + R_FINE] = fine;
  rec[r + R_COARSE] = coarse;
  rec[r + R_COMMA] = t.text === ',' ? 1 : 0;
  rec[r + R_QUOTE] = t.kind !== 'quote' ? 0 : t.text === '“' || t.text === '„' || t.text === '«' ? 1 : t.text === '”' || t.text === '»' ? 2 : t.text === '"' ? 3 : 4;
  rec[r + R_PHRASES] = phrases;
  rec[r + R_POS_IDX] = pos === POS_NUM ? POS_NUM_INDEX : posIndex(pos);
  rec[r + R_POS_MID_IDX] = posMid === POS_NUM ? POS_NUM_INDEX : posIndex(posMid);
  return id;
}

/**
 * Whether a word passes the cue gate: it began a cue in training, or shares a stem with such a word,
 * or it is a lower-case word too rare in training for the model to know it (the tagger judges those
 * from their suffix, class and context).
 */
function passesGate(filter: WordFilter | null, t: Token, lw: string, lh: number, cap: boolean): boolean {
  if (filter === null || filter.gate === null) return true;
  // hashString(gateStemKey(lw)), without building it (`lw`: the token's lower-case form in the lexicon's spelling)
  if (filter.gate.has(lh) || filter.gate.has(stemHash(GATE_STEM_PREFIX, IRREGULAR.get(lw) ?? lw))) return true;
  return t.kind === 'word' && !cap && !filter.has(lh);
}

/** The small numbers of part-of-speech guesses (`posIndex`), by their hash. */
const POS_INDEX = new Map<number, number>();

/**
 * A small number (2..255) for a part-of-speech guess hash, the same for the same hash: the scorers key
 * their caches of part-of-speech features by it. 0 and 1 stand for the sentence boundaries (`tokPos`).
 */
export function posIndex(h: number): number {
  let x = POS_INDEX.get(h);
  if (x === undefined) {
    x = POS_INDEX.size + 2;
    // the guesses are a closed set (word classes, suffixes, punctuation): about a hundred
    if (x > 255) throw new Error('too many part-of-speech classes');
    POS_INDEX.set(h, x);
  }
  return x;
}
/** `posIndex` of the sentence boundaries before and after (`tokPos`'s BOS and EOS). */
export const POS_I_BOS = 0;
export const POS_I_EOS = 1;
/** `posIndex(POS_NUM)`, the guess of every number. */
const POS_NUM_INDEX = posIndex(POS_NUM);

const UNKNOWN_CAP = H('w:<Cap>');
const UNKNOWN_LOW = H('w:<low>');
const BOS = H('<s>');
const EOS = H('</s>');

/** The typed arrays of a `Prepared`, sized for some number of tokens and sentences. */
interface PreparedArrays {
  tid: Int32Array;
  word: Int32Array;
  shape: Int32Array;
  suf3: Int32Array;
  pos: Int32Array;
  posIdx: Uint8Array;
  stem: Int32Array;
  flags: Uint16Array;
  prior: Uint8Array;
  phraseStart: Uint8Array;
  phraseIn: Uint8Array;
  fine: Uint16Array;
  coarse: Uint16Array;
  sent: Int32Array;
  quotesBefore: Int32Array;
  commasBefore: Int32Array;
  clausesBefore: Int32Array;
  sentStart: Int32Array;
  sentEnd: Int32Array;
  unitStart: Int32Array;
  unitEnd: Int32Array;
  scopeEnd: Int32Array;
  firstOf: Int32Array;
  sentPrior1: Uint8Array;
  sentPrior2: Uint8Array;
}

function allocArrays(n: number, ns: number): PreparedArrays {
  return {
    tid: new Int32Array(n),
    word: new Int32Array(n),
    shape: new Int32Array(n),
    suf3: new Int32Array(n),
    pos: new Int32Array(n),
    posIdx: new Uint8Array(n),
    stem: new Int32Array(n),
    flags: new Uint16Array(n),
    prior: new Uint8Array(n),
    phraseStart: new Uint8Array(n),
    phraseIn: new Uint8Array(n),
    fine: new Uint16Array(n),
    coarse: new Uint16Array(n),
    sent: new Int32Array(n),
    quotesBefore: new Int32Array(n + 1),
    commasBefore: new Int32Array(n + 1),
    clausesBefore: new Int32Array(n + 1),
    sentStart: new Int32Array(ns),
    sentEnd: new Int32Array(ns),
    unitStart: new Int32Array(ns),
    unitEnd: new Int32Array(ns),
    scopeEnd: new Int32Array(ns),
    firstOf: new Int32Array(ns),
    sentPrior1: new Uint8Array(ns),
    sentPrior2: new Uint8Array(ns),
  };
}

/**
 * Arrays that `prepare` reuses from call to call (allocating a score of typed arrays per paragraph
 * costs more than filling them). A `Prepared` made with buffers is valid until the next `prepare`
 * with the same buffers; its arrays may be longer than `n` / `ns`.
 */
export class PrepareBuffers {
  private arrays: PreparedArrays | null = null;
  private n = -1;
  private ns = -1;
  /** The `Prepared` of the last call, over these arrays: the next call sets its other fields anew. */
  private prepared: Prepared | null = null;

  /**
   * The result of `prepare` over arrays of these buffers: one object for as long as the arrays stay, its
   * text's fields set anew for each text (an object of 30 fields per paragraph was 60 kB of a 10,000-word analysis).
   */
  result(a: PreparedArrays, n: number, ns: number, tokens: readonly Token[], sums: TokenSums, support: ReadonlyMap<string, number>): Prepared {
    const p = this.prepared;
    if (p === null || p.tid !== a.tid) return (this.prepared = preparedOf(a, n, ns, tokens, sums, support));
    p.n = n;
    p.ns = ns;
    p.tokens = tokens;
    p.sums = sums;
    p.support = support;
    return p;
  }

  get(n: number, ns: number): PreparedArrays {
    if (this.arrays === null || n > this.n || ns > this.ns) {
      this.n = Math.max(n, 2 * this.n, 256);
      this.ns = Math.max(ns, 2 * this.ns, 32);
      this.arrays = allocArrays(this.n, this.ns);
    } else {
      // the arrays prepare writes only in part
      this.arrays.phraseStart.fill(0, 0, n);
      this.arrays.phraseIn.fill(0, 0, n);
      this.arrays.sentPrior1.fill(0, 0, ns);
      this.arrays.sentPrior2.fill(0, 0, ns);
    }
    return this.arrays;
  }
}

/**
 * Prepares a text for tagging. `tokens` are the tokenizer's tokens of `text` (in order), `sentences`
 * the sentence ranges (character offsets, in order). `filter`: which word identities are features.
 * `buffers`: arrays to reuse (see `PrepareBuffers`); without, the result has arrays of its own.
 */
export function prepare(text: string, tokens: readonly Token[], sentences: readonly SentenceRange[], filter: WordFilter | null, buffers?: PrepareBuffers): Prepared {
  const n = tokens.length;
  const texts = cacheFor(filter);
  const ns = Math.max(1, sentences.length);
  const a = buffers ? buffers.get(n, ns) : allocArrays(n, ns);
  const { tid, word, shape, suf3, pos, posIdx, stem, flags, prior, phraseStart, phraseIn, fine, coarse, sent, quotesBefore, commasBefore, clausesBefore } = a;
  let heads = phraseHeads;
  let nHeads = 0;
  // the prefix counts so far
  let quotes = 0;
  let commas = 0;
  let clauses = 0;
  quotesBefore[0] = 0;
  commasBefore[0] = 0;
  clausesBefore[0] = 0;
  let prevSent = -2;

  // Sentence of each token: the sentence whose range contains the token's start; -1 for a token in
  // no given sentence (such tokens are never tagged and never in a scope). No sentences: one sentence.
  const whole = sentences.length === 0;
  let s = 0;
  const { sentStart, sentEnd } = a;
  sentStart.fill(-1, 0, ns);
  sentEnd.fill(-1, 0, ns);
  // Quotation state: double quotes only; reset at a paragraph end (not at a hard-wrapped line).
  let inQuote = false;
  let nextNl = text.indexOf('\n');
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const st = t.start;
    if (whole) {
      sent[i] = 0;
    } else {
      while (s < sentences.length && sentences[s].end <= st) s++;
      sent[i] = s >= sentences.length || sentences[s].start > st ? -1 : s;
    }
    const k = sent[i];
    const first = k !== prevSent;
    prevSent = k;
    if (k >= 0) {
      if (sentStart[k] < 0) sentStart[k] = i;
      sentEnd[k] = i + 1;
    }
    while (nextNl !== -1 && nextNl < st) {
      if (isParagraphEnd(text, nextNl)) inQuote = false;
      nextNl = text.indexOf('\n', nextNl + 1);
    }
    const te = entryOf(texts, t, filter);
    const rec = texts.rec;
    const r = te * REC;
    const quote = rec[r + R_QUOTE];
    let f = 0;
    commas += rec[r + R_COMMA];
    commasBefore[i + 1] = commas;
    if (quote === 4) {
      // a single quote mark or backtick: neither opens nor closes, and is not inside
    } else if (quote !== 0) {
      f |= F_QUOTE;
      quotes++;
      if (quote === 1) inQuote = true;
      else if (quote === 2) inQuote = false;
      else inQuote = !inQuote;
      // A quote token counts as inside the quotation it opens or closes.
      f |= F_INQUOTE;
    } else if (inQuote) f |= F_INQUOTE;
    quotesBefore[i + 1] = quotes;
    if (first) f |= F_FIRST;
    flags[i] = f | rec[r + R_BITS];
    tid[i] = te;
    word[i] = rec[r + R_WORD];
    stem[i] = rec[r + R_STEM];
    shape[i] = rec[r + R_SHAPE];
    suf3[i] = rec[r + R_SUF3];
    prior[i] = rec[r + R_PRIOR];
    if ((rec[r + R_PHRASES] & 1) !== 0) {
      if (nHeads === heads.length) heads = phraseHeads = grownInt32(heads, 2 * heads.length);
      heads[nHeads++] = i;
    }
    fine[i] = rec[r + R_FINE];
    coarse[i] = rec[r + R_COARSE];
    const pc = first ? rec[r + R_POS] : rec[r + R_POS_MID];
    pos[i] = pc;
    posIdx[i] = first ? rec[r + R_POS_IDX] : rec[r + R_POS_MID_IDX];
    if (pc === POS_CC || pc === POS_SUB || pc === POS_WHO) clauses++;
    clausesBefore[i + 1] = clauses;
  }

  const sums = texts.sums;
  sums.reserve(texts.count);

  // The strongest cue words of each sentence.
  const { sentPrior1, sentPrior2 } = a;
  strongestPriors(n, sent, prior, sentPrior1, sentPrior2);

  // Lexicon phrases ("according to", "is expected"): the longest match at each token.
  matchPhrases(tokens, sent, tid, texts, heads, nHeads, phraseStart, phraseIn);

  // Scopes: a sentence is joined to the next when a quotation is still open at its end.
  const { unitStart, unitEnd, scopeEnd, firstOf } = a;
  let u0 = 0;
  for (let k = 0; k < ns; k++) {
    if (sentStart[k] < 0) {
      // empty sentence: scope of nothing
      unitStart[k] = 0;
      unitEnd[k] = 0;
      continue;
    }
    if (k === 0 || sentStart[k - 1] < 0 || sentEnd[k - 1] !== sentStart[k] || !continuesQuote(flags, tokens, text, sentEnd[k - 1] - 1, sentStart[k])) u0 = k;
    unitStart[k] = u0;
  }
  // resolve unit ranges in tokens
  for (let k = 0; k < ns; k++) firstOf[k] = unitStart[k];
  for (let k = ns - 1; k >= 0; k--) {
    if (sentStart[k] < 0) continue;
    const head = firstOf[k];
    if (k + 1 < ns && sentStart[k + 1] >= 0 && firstOf[k + 1] === head) unitEnd[k] = unitEnd[k + 1];
    else unitEnd[k] = sentEnd[k];
  }
  for (let k = 0; k < ns; k++) if (sentStart[k] >= 0) unitStart[k] = sentStart[firstOf[k]];

  // Role scopes: extend over following units that carry on a quotation.
  for (let k = 0; k < ns; k++) {
    scopeEnd[k] = 0;
    if (sentStart[k] < 0) continue;
    let e = unitEnd[k];
    for (let ext = 0; ext < 6 && e < n; ext++) {
      const last = e - 1;
      const nk = sent[e];
      if (nk < 0 || sentStart[nk] !== e) break;
      const colon = tokens[last].text === ':';
      const startsQuote = (flags[e] & F_QUOTE) !== 0 && tokens[e].text !== '”';
      if (!colon && !startsQuote) break;
      if (!colon) {
        const sameParagraph = !hasParagraphEnd(text, tokens[last].end, tokens[e].start);
        const openAtEnd = (flags[last] & F_INQUOTE) !== 0 && !((flags[last] & F_QUOTE) !== 0 && isClosing(tokens[last].text, flags, last));
        if (!sameParagraph && !openAtEnd) break;
      }
      e = unitEnd[nk];
    }
    scopeEnd[k] = e;
  }

  return buffers ? buffers.result(a, n, ns, tokens, sums, cuePrior.support) : preparedOf(a, n, ns, tokens, sums, cuePrior.support);
}

/** A `Prepared` over the arrays `a` (see `PrepareBuffers.result`). */
function preparedOf(a: PreparedArrays, n: number, ns: number, tokens: readonly Token[], sums: TokenSums, support: ReadonlyMap<string, number>): Prepared {
  const { tid, word, shape, suf3, stem, pos, posIdx, flags, prior, phraseStart, phraseIn, sentPrior1, sentPrior2, fine, coarse, sent, sentStart, sentEnd, unitStart, unitEnd, scopeEnd, quotesBefore, commasBefore, clausesBefore } = a;
  return { n, ns, tokens, tid, sums, word, shape, suf3, stem, pos, posIdx, flags, prior, phraseStart, phraseIn, sentPrior1, sentPrior2, fine, coarse, sent, sentStart, sentEnd, unitStart, unitEnd, scopeEnd, quotesBefore, commasBefore, clausesBefore, support };
}

/** The highest and second highest cue prior of each sentence. */
function strongestPriors(n: number, sent: Int32Array, prior: Uint8Array, p1: Uint8Array, p2: Uint8Array): void {
  for (let i = 0; i < n; i++) {
    const k = sent[i];
    if (k < 0) continue;
    const b = prior[i];
    if (b > p1[k]) {
      p2[k] = p1[k];
      p1[k] = b;
    } else if (b > p2[k]) p2[k] = b;
  }
}

/** Marks the lexicon phrases ("according to", "is expected") in the text: the longest match at each head. */
function matchPhrases(
  tokens: readonly Token[],
  sent: Int32Array,
  tid: Int32Array,
  texts: TextCache,
  heads: Int32Array,
  nHeads: number,
  phraseStart: Uint8Array,
  phraseIn: Uint8Array,
): void {
  const n = tokens.length;
  for (let h = 0; h < nHeads; h++) {
    const i = heads[h];
    if (i + 1 >= n || sent[i] < 0 || sent[i + 1] !== sent[i]) continue;
    // the next word begins no phrase's tail: no lookup by its text
    if ((texts.rec[tid[i + 1] * REC + R_PHRASES] & 2) === 0) continue;
    const list = cuePrior.phrases.get(tokens[i].lower)!.get(tokens[i + 1].lower);
    if (list === undefined) continue;
    for (let x = 0; x < list.length; x++) {
      const rest = list[x][0];
      const m = rest.length;
      if (i + 1 + m >= n) continue;
      let ok = true;
      for (let j = 0; j < m && ok; j++) if (tokens[i + 2 + j].lower !== rest[j] || sent[i + 2 + j] !== sent[i]) ok = false;
      if (!ok) continue;
      const b = list[x][1];
      phraseStart[i] = b * 8 + Math.min(7, m + 2);
      for (let j = 1; j <= m + 1; j++) if (phraseIn[i + j] < b) phraseIn[i + j] = b;
      break;
    }
  }
}

const STEM_PREFIX = hashString('stem:');
const GATE_STEM_PREFIX = hashString('\u0001');

/** `hashString` of the text with the hash `prefix` followed by `stemOf(w)`, without building either. */
function stemHash(prefix: number, w: string): number {
  const n = w.length;
  let end = n;
  // the cases of stemOf, in its order
  if (n > 4 && w.endsWith('ies')) return hashRange(hashRange(prefix, w, 0, n - 3), 'y', 0, 1);
  else if (n > 5 && w.endsWith('ing')) end = n - 3;
  else if (n > 4 && w.endsWith('ed')) end = n - 2;
  else if (n > 4 && (w.endsWith('ses') || w.endsWith('xes') || w.endsWith('ches') || w.endsWith('shes'))) end = n - 2;
  else if (n > 3 && w.endsWith('s') && !w.endsWith('ss')) end = n - 1;
  if (end > 3 && w.charCodeAt(end - 1) === 101) end--;
  return hashRange(prefix, w, 0, end);
}

/** A crude stem: plural, -ing, -ed and a final e taken off. */
function stemOf(w: string): string {
  const n = w.length;
  let s = w;
  if (n > 4 && w.endsWith('ies')) s = w.slice(0, -3) + 'y';
  else if (n > 5 && w.endsWith('ing')) s = w.slice(0, -3);
  else if (n > 4 && w.endsWith('ed')) s = w.slice(0, -2);
  else if (n > 4 && (w.endsWith('ses') || w.endsWith('xes') || w.endsWith('ches') || w.endsWith('shes'))) s = w.slice(0, -2);
  else if (n > 3 && w.endsWith('s') && !w.endsWith('ss')) s = w.slice(0, -1);
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

/**
 * Whether the line break at `nl` ends a paragraph: a blank line follows, or the line ends with
 * sentence-final punctuation or a closing quote. A hard-wrapped line (mid-sentence) does not.
 */
function isParagraphEnd(text: string, nl: number): boolean {
  let j = nl + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
  if (j >= text.length || text[j] === '\n') return true;
  let b = nl - 1;
  while (b >= 0 && (text[b] === ' ' || text[b] === '\t' || text[b] === '\r' || text[b] === '\u00a0')) b--;
  if (b < 0) return true;
  const c = text[b];
  return c === '.' || c === '!' || c === '?' || c === ':' || c === '”' || c === '"' || c === '’' || c === '…' || c === ')';
}

function hasParagraphEnd(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10 && isParagraphEnd(text, k)) return true;
  return false;
}

function continuesQuote(flags: Uint16Array, tokens: readonly Token[], text: string, last: number, next: number): boolean {
  if (last < 0) return false;
  // quotation open after the last token of the previous sentence (and not closed by it)
  const open = (flags[last] & F_INQUOTE) !== 0 && !((flags[last] & F_QUOTE) !== 0 && isClosing(tokens[last].text, flags, last));
  if (!open) return false;
  return !hasParagraphEnd(text, tokens[last].end, tokens[next].start);
}

function isClosing(ch: string, flags: Uint16Array, i: number): boolean {
  if (ch === '”' || ch === '»') return true;
  if (ch === '“' || ch === '„' || ch === '«') return false;
  // straight quote: closing when the token before it was inside the quotation
  return i > 0 && (flags[i - 1] & F_INQUOTE) !== 0;
}

// ---------------------------------------------------------------------------------------------
// Feature templates.

export const CUE_LABELS = 3; // O, B, I
export const ROLE_LABELS = 5; // O, SB, SI, CB, CI

export function tokWord(p: Prepared, i: number, lo: number, hi: number): number {
  return i < lo ? BOS : i >= hi ? EOS : p.word[i];
}
export function tokPos(p: Prepared, i: number, lo: number, hi: number): number {
  return i < lo ? BOS : i >= hi ? EOS : p.pos[i];
}

/**
 * Cue features of token i in sentence [lo, hi), given the previous two tags. Writes hashes into
 * `out` and returns their count: the token's own features (`cueTokenFeatures`), then its context's.
 */
export function cueFeatures(p: Prepared, i: number, lo: number, hi: number, prev: number, prev2: number, out: Int32Array): number {
  const k = cuePrevFeatures(p, i, prev, prev2, out, cueTokenFeatures(p, i, out));
  return cueContextFeatures(p, i, lo, hi, prev, out, k);
}

/**
 * The cue features of token i that join the two tags before it with the token's own text (after two O
 * tags, as for most tokens, they too depend on the text alone), written from index `k`.
 */
export function cuePrevFeatures(p: Prepared, i: number, prev: number, prev2: number, out: Int32Array, k: number): number {
  const w0 = p.word[i];
  const p0 = p.pos[i];
  out[k++] = mix(18, prev);
  out[k++] = mix(19, prev, w0);
  out[k++] = mix(20, prev, prev2);
  out[k++] = mix(21, prev, p0);
  return k;
}

/**
 * The cue features of token i that depend only on its text, whether it begins its sentence and whether
 * it stands in a quotation (`cueTokenVariant`): the tagger may sum their weights once per distinct
 * token text and variant. Written into `out` from index 0; returns their count.
 */
export function cueTokenFeatures(p: Prepared, i: number, out: Int32Array): number {
  let k = 0;
  const w0 = p.word[i];
  const p0 = p.pos[i];
  const q = p.flags[i] & F_INQUOTE;
  const r0 = p.prior[i];
  const f0 = p.fine[i];
  out[k++] = mix(1, 0);
  out[k++] = mix(2, w0);
  out[k++] = mix(9, p.suf3[i]);
  out[k++] = mix(10, p.shape[i]);
  out[k++] = mix(11, p0);
  out[k++] = mix(17, q, w0);
  out[k++] = mix(24, q, p0);
  out[k++] = mix(25, p.flags[i] & (F_FIRST | F_CAP), p0);
  out[k++] = mix(33, p.stem[i]);
  out[k++] = mix(38, r0, p0);
  out[k++] = mix(43, f0, p0);
  return k;
}

/** What `cueTokenFeatures` reads besides the token's text: 0..3 (sentence-initial, in a quotation). */
export function cueTokenVariant(p: Prepared, i: number): number {
  return ((p.flags[i] & F_FIRST) !== 0 ? 2 : 0) + (p.flags[i] & F_INQUOTE);
}

/**
 * The cue features of token i that depend on its position (neighbours, tags before it, the sentence),
 * written into `out` from index `k`; returns the new count.
 */
export function cueContextFeatures(p: Prepared, i: number, lo: number, hi: number, prev: number, out: Int32Array, k: number): number {
  const w0 = p.word[i];
  const wm1 = tokWord(p, i - 1, lo, hi);
  const wm2 = tokWord(p, i - 2, lo, hi);
  const wp1 = tokWord(p, i + 1, lo, hi);
  const wp2 = tokWord(p, i + 2, lo, hi);
  const p0 = p.pos[i];
  const pm1 = tokPos(p, i - 1, lo, hi);
  const pp1 = tokPos(p, i + 1, lo, hi);
  const pp2 = tokPos(p, i + 2, lo, hi);
  out[k++] = mix(3, wm1);
  out[k++] = mix(4, wp1);
  out[k++] = mix(7, wm1, w0);
  out[k++] = mix(8, w0, wp1);
  out[k++] = mix(12, pm1, p0);
  out[k++] = mix(13, p0, pp1);
  out[k++] = mix(14, pm1, p0, pp1);
  out[k++] = mix(16, p0, pp1, pp2);
  // quotation nearby: a quote token within two before / after
  const qNear = (i - 1 >= lo && (p.flags[i - 1] & F_QUOTE) !== 0 ? 1 : 0) | (i - 2 >= lo && (p.flags[i - 2] & F_QUOTE) !== 0 ? 2 : 0) |
    (i + 1 < hi && (p.flags[i + 1] & F_QUOTE) !== 0 ? 4 : 0);
  out[k++] = mix(26, qNear, w0);
  out[k++] = mix(27, qNear, p0);
  // quotes anywhere in the sentence before / after
  const qb = p.quotesBefore[i] - p.quotesBefore[lo] > 0 ? 1 : 0;
  const qa = p.quotesBefore[hi] - p.quotesBefore[i + 1] > 0 ? 1 : 0;
  out[k++] = mix(28, qb * 2 + qa, p0);
  out[k++] = mix(29, qb * 2 + qa, w0);
  out[k++] = mix(30, wm2, wm1, w0);
  out[k++] = mix(31, w0, wp1, wp2);
  // a complementiser or colon shortly after
  let thatAfter = 0;
  for (let j = i + 1; j < hi && j <= i + 4; j++) {
    const pj = p.pos[j];
    if (pj === POS_THAT) thatAfter = j - i;
    else if (pj === POS_COLON) thatAfter = 8;
    if (thatAfter) break;
  }
  out[k++] = mix(36, thatAfter, p.stem[i]);
  out[k++] = mix(37, thatAfter, p0);
  // the cue prior of the word, and lexicon phrases starting at / running over it
  const r0 = p.prior[i];
  out[k++] = mix(40, p.phraseStart[i], prev);
  out[k++] = mix(41, p.phraseIn[i], prev);
  // distributional classes of the word and its neighbours
  const f0 = p.fine[i];
  out[k++] = mix(44, i > lo ? p.coarse[i - 1] : 999, f0);
  out[k++] = mix(45, f0, i + 1 < hi ? p.coarse[i + 1] : 999);
  out[k++] = mix(46, f0, thatAfter);
  // the strongest other cue word of the sentence: a weak cue word rarely is the cue next to a strong one
  const sk = p.sent[i];
  const other = r0 === p.sentPrior1[sk] ? p.sentPrior2[sk] : p.sentPrior1[sk];
  out[k++] = mix(47, r0, other);
  out[k++] = mix(48, f0, other);
  return k;
}

export function bucket(d: number): number {
  // d > 0
  if (d <= 4) return d;
  if (d <= 7) return 5;
  if (d <= 12) return 6;
  if (d <= 20) return 7;
  if (d <= 35) return 8;
  return 9;
}

/** Context of one cue for role tagging. */
export interface CueContext {
  /** First and last token of the cue (inclusive). */
  cs: number;
  ce: number;
  /** Scope [lo, hi) in tokens. */
  lo: number;
  hi: number;
  /** Hash of the cue's words. */
  cueHead: number;
  cueLast: number;
  /** Cue flags: inside quotation, capitalised first token, sentence-initial. */
  cueQ: number;
  /** Word before the cue and after it. */
  before: number;
  after: number;
  /** Number of quote tokens in the scope before / after the cue. */
  qLeft: number;
  qRight: number;
}

/**
 * Tokens a scope reaches before and after its cue at most: keeps the source/content pass linear on
 * pathological text (a "sentence" of thousands of words with many cues).
 */
export const MAX_SCOPE_LEFT = 120;
export const MAX_SCOPE_RIGHT = 160;

export function cueContext(p: Prepared, cs: number, ce: number): CueContext {
  const sk = p.sent[cs];
  const lo = Math.max(p.unitStart[sk], cs - MAX_SCOPE_LEFT);
  const hi = Math.min(p.scopeEnd[sk], ce + 1 + MAX_SCOPE_RIGHT);
  return {
    cs,
    ce,
    lo,
    hi,
    cueHead: p.word[cs],
    cueLast: p.word[ce],
    cueQ: (p.flags[cs] & F_INQUOTE) | (p.flags[cs] & F_FIRST),
    before: cs - 1 >= lo ? p.word[cs - 1] : BOS,
    after: ce + 1 < hi ? p.word[ce + 1] : EOS,
    qLeft: p.quotesBefore[cs] - p.quotesBefore[lo],
    qRight: p.quotesBefore[hi] - p.quotesBefore[ce + 1],
  };
}

/** Role (source / content) features of token i for the cue `c`, given the previous two tags. */
export function roleFeatures(p: Prepared, c: CueContext, i: number, prev: number, prev2: number, out: Int32Array): number {
  let k = 0;
  const lo = c.lo;
  const hi = c.hi;
  let side: number;
  let rel: number;
  let qBetween: number;
  let cBetween: number;
  if (i < c.cs) {
    side = 1;
    rel = bucket(c.cs - i);
    qBetween = p.quotesBefore[c.cs] - p.quotesBefore[i + 1];
    cBetween = p.commasBefore[c.cs] - p.commasBefore[i + 1];
  } else if (i > c.ce) {
    side = 2;
    rel = 10 + bucket(i - c.ce);
    qBetween = p.quotesBefore[i] - p.quotesBefore[c.ce + 1];
    cBetween = p.commasBefore[i] - p.commasBefore[c.ce + 1];
  } else {
    side = 3;
    rel = 20;
    qBetween = 0;
    cBetween = 0;
  }
  const qb = qBetween > 2 ? 3 : qBetween;
  const cb = cBetween > 2 ? 3 : cBetween;
  const sameSent = p.sent[i] === p.sent[c.cs] ? 1 : 0;
  const w0 = p.word[i];
  const wm1 = tokWord(p, i - 1, lo, hi);
  const wp1 = tokWord(p, i + 1, lo, hi);
  const p0 = p.pos[i];
  const pm1 = tokPos(p, i - 1, lo, hi);
  const pp1 = tokPos(p, i + 1, lo, hi);
  const fl = p.flags[i];
  const q = fl & F_INQUOTE;
  const sq = side * 4 + (q ? 1 : 0) + (c.cueQ & F_INQUOTE ? 2 : 0);
  out[k++] = mix(101, side);
  out[k++] = mix(102, rel);
  out[k++] = mix(103, rel, prev);
  out[k++] = mix(104, side, w0);
  out[k++] = mix(105, side, p0);
  out[k++] = mix(106, side, wm1);
  out[k++] = mix(107, side, wp1);
  out[k++] = mix(108, side, pm1, p0);
  out[k++] = mix(109, side, p0, pp1);
  out[k++] = mix(110, sq, prev);
  out[k++] = mix(111, sq, p0);
  out[k++] = mix(112, side * 16 + qb * 4 + cb, prev);
  out[k++] = mix(113, side * 16 + qb * 4 + cb, p0);
  out[k++] = mix(114, prev, prev2);
  out[k++] = mix(115, prev, w0);
  out[k++] = mix(116, prev, p0);
  out[k++] = mix(117, prev, side, sameSent);
  out[k++] = mix(118, c.cueHead, side, prev);
  out[k++] = mix(119, c.cueHead, rel);
  out[k++] = mix(120, c.cueLast, rel);
  out[k++] = mix(121, c.cueHead, side, p0);
  out[k++] = mix(122, c.after, rel);
  out[k++] = mix(123, c.before, rel);
  out[k++] = mix(124, side, p.shape[i], prev);
  out[k++] = mix(125, fl & (F_FIRST | F_CAP | F_QUOTE), side, prev);
  out[k++] = mix(126, side * 4 + (c.qLeft > 0 ? 1 : 0) + (c.qRight > 0 ? 2 : 0), sq, prev);
  out[k++] = mix(127, c.after, side, prev);
  out[k++] = mix(128, c.before, side, prev);
  out[k++] = mix(129, rel, p0);
  out[k++] = mix(130, rel, w0);
  out[k++] = mix(131, side, sameSent, fl & F_FIRST);
  out[k++] = mix(132, c.cueQ, side, prev);
  out[k++] = mix(133, side, p.suf3[i]);
  out[k++] = mix(134, side, pm1, prev);
  out[k++] = mix(135, side, pp1, prev);
  // the token's next token is the sentence end / a quote
  out[k++] = mix(136, side, i + 1 >= hi ? 1 : i + 1 === c.cs ? 2 : 0, prev);
  let sd = p.sent[i] - p.sent[c.cs];
  sd = sd < -2 ? -2 : sd > 3 ? 3 : sd;
  out[k++] = mix(137, sd + 8, q, prev);
  out[k++] = mix(138, sd + 8, side, p0);
  out[k++] = mix(139, sd + 8, fl & (F_FIRST | F_QUOTE), prev);
  out[k++] = mix(140, c.cueHead, sd + 8, prev);
  out[k++] = mix(141, side, p.stem[i]);
  let clauses = i < c.cs ? p.clausesBefore[c.cs] - p.clausesBefore[i + 1] : i > c.ce ? p.clausesBefore[i] - p.clausesBefore[c.ce + 1] : 0;
  clauses = clauses > 2 ? 2 : clauses;
  out[k++] = mix(142, side * 4 + clauses, prev);
  out[k++] = mix(143, side * 4 + clauses, p0, prev);
  out[k++] = mix(144, side * 4 + clauses, cb, qb);
  return k;
}

export const MAX_FEATURES = 64;
