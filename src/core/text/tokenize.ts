/**
 * A small, fast tokenizer for news prose. Offsets are UTF-16 indices into the input string.
 *
 * - words keep inner hyphens and apostrophes ("weapons-capable", "don't"); a possessive "'s" / "’s"
 *   is split off as its own token;
 * - dotted acronyms are one token ("U.S.", "U.N.");
 * - numbers keep thousands separators and decimals ("1,000.5", "2231") and a letter suffix ("5th");
 * - every other non-space character is a token of its own (punctuation, quotes, symbols).
 *
 * It is a hand-written scanner over character classes; `TOKEN_RE` states the same grammar as a
 * regular expression, and a property test checks that the two agree.
 */

export type TokenKind = 'word' | 'number' | 'punct' | 'quote';

export interface Token {
  /** Offset of the first character. */
  start: number;
  /** Offset after the last character. */
  end: number;
  text: string;
  /** Lower-cased text, apostrophes normalised to ASCII. */
  lower: string;
  kind: TokenKind;
  /**
   * A number of the token's text (`TokenText.id`): tokens of different texts never share one, so a
   * caller may keep what it computes per text in an array by this number instead of a map by the text.
   */
  id: number;
}

/** The reference grammar (slower): see `tokenizeWithRegExp`. */
export const TOKEN_RE =
  /((?:\p{L}\.){2,}(?!\p{L}))|(\p{N}+(?:[.,:]\p{N}+)*(?:\p{L}+)?)|([\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*)|(["“”„«»‘’'`]|\p{Pd})|(\S)/gu;

const QUOTE_CHARS = new Set(['"', '“', '”', '„', '«', '»', '‘', '’', "'", '`']);

// character classes, cached per UTF-16 code unit (C_KNOWN marks a code unit already classified)
const C_SPACE = 1;
const C_LETTER = 2;
const C_MARK = 4;
const C_NUMBER = 8;
const C_KNOWN = 16;
/** A high surrogate (classified as a pair with the code unit after it, by `classAt`). */
const C_HIGH = 32;
const classTable = new Uint8Array(65536);

/** The character classes of one character (a code unit or a surrogate pair). */
function classify(ch: string): number {
  let c = 0;
  if (/\s/u.test(ch)) c |= C_SPACE;
  if (/\p{L}/u.test(ch)) c |= C_LETTER;
  if (/\p{M}/u.test(ch)) c |= C_MARK;
  if (/\p{N}/u.test(ch)) c |= C_NUMBER;
  return c;
}

function classOfNew(code: number): number {
  const c = classify(String.fromCharCode(code)) | C_KNOWN;
  classTable[code] = c;
  return c;
}
for (let code = 0; code < 128; code++) classOfNew(code);
for (let code = 0xd800; code <= 0xdbff; code++) classTable[code] = C_KNOWN | C_HIGH;

/**
 * The class of the character at i. Surrogate pairs (letters outside the Basic Multilingual Plane)
 * are classified as a whole and reported through `width`.
 */
let width = 1;
/**
 * From `j`: the end of the run of characters of class `cls`, joined across one of the characters `a`, `b`,
 * `c` standing between two of them (`3.5`, `1,000`, `well-known`, `don't`).
 */
function joinedRun(text: string, buf: Uint16Array, j: number, n: number, cls: number, a: number, b: number, c: number): number {
  j = runEnd(text, buf, j, n, cls);
  for (;;) {
    if (j >= n) return j;
    const ch = buf[j];
    if (!((ch === a || ch === b || ch === c) && j + 1 < n && classAt(text, buf, j + 1) & cls)) return j;
    j = runEnd(text, buf, j + 1 + width, n, cls);
  }
}

/** From `j`: the end of the run of characters of class `cls` (`classAt` without a call for a character of the Basic Multilingual Plane). */
function runEnd(text: string, buf: Uint16Array, j: number, n: number, cls: number): number {
  while (j < n) {
    const code = buf[j];
    if (code < 0xd800 || code > 0xdbff) {
      const k = classTable[code];
      if (((k !== 0 ? k : classOfNew(code)) & cls) === 0) return j;
      j++;
    } else {
      if ((classAt(text, buf, j) & cls) === 0) return j;
      j += width;
    }
  }
  return j;
}

/** The class of the character at i (< text.length); `buf` holds the text's code units. */
function classAt(text: string, buf: Uint16Array, i: number): number {
  const code = buf[i];
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) {
      width = 2;
      return classify(String.fromCodePoint(cp));
    }
  }
  width = 1;
  const c = classTable[code];
  return c !== 0 ? c : classOfNew(code);
}

let codeBuffer = new Uint16Array(4096);

/** What `codeUnits` needs of Node's `Buffer`: a view of a buffer's bytes that copies a string's UTF-16 code units into them. */
interface Utf16Writer {
  write(text: string, offset: number, length: number, encoding: 'utf16le'): number;
}
type BufferFrom = (buffer: ArrayBuffer, byteOffset: number, length: number) => Utf16Writer;
/**
 * Node's `Buffer.from` when the engine runs in Node on a little-endian machine (the order of `utf16le`,
 * and of a `Uint16Array` there), else undefined: the core needs no Node API, it only runs faster with one.
 */
const bufferFrom: BufferFrom | undefined = (() => {
  const B = (globalThis as { Buffer?: { from: BufferFrom } }).Buffer;
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  return B && littleEndian ? (buffer, byteOffset, length) => B.from(buffer, byteOffset, length) : undefined;
})();
/** `codeBuffer`'s bytes as a Node `Buffer` (undefined without one). */
let codeWriter: Utf16Writer | undefined = bufferFrom?.(codeBuffer.buffer, 0, codeBuffer.byteLength);

/**
 * The UTF-16 code units of `text`, in a buffer shared by every call (valid until the next call).
 * The scanners read a typed array faster than they read a string sliced out of a document; the copy
 * itself is native where Node's `Buffer` is there (a loop of `charCodeAt` over such a string is some
 * eight times slower).
 */
export function codeUnits(text: string): Uint16Array {
  const n = text.length;
  if (codeBuffer.length < n) {
    codeBuffer = new Uint16Array(Math.max(n, 2 * codeBuffer.length));
    codeWriter = bufferFrom?.(codeBuffer.buffer, 0, codeBuffer.byteLength);
  }
  const buf = codeBuffer;
  if (codeWriter !== undefined) codeWriter.write(text, 0, 2 * n, 'utf16le');
  else for (let i = 0; i < n; i++) buf[i] = text.charCodeAt(i);
  return buf;
}

/** The code units of `QUOTE_CHARS` (each one code unit). */
const QUOTE_CODES: ReadonlySet<number> = new Set([...QUOTE_CHARS].map((q) => q.charCodeAt(0)));
/** `QUOTE_CODES` below 256, by code (a table lookup instead of a set lookup per punctuation mark). */
const QUOTE_LATIN = new Uint8Array(256);
for (const c of QUOTE_CODES) if (c < 256) QUOTE_LATIN[c] = 1;

function isQuoteCode(c: number): boolean {
  return c < 256 ? QUOTE_LATIN[c] === 1 : QUOTE_CODES.has(c);
}

const WORD = C_LETTER | C_MARK | C_NUMBER;

/** A distinct token text, shared by all its occurrences. */
export interface TokenText {
  readonly text: string;
  /** Lower-cased text, apostrophes normalised to ASCII. */
  readonly lower: string;
  /** The text's number: numbered in the order first seen, never reused (a text seen again after the table dropped it gets a new one). */
  readonly id: number;
}

/** Computes a caller's memo of a token text (never 0): see `scanTokens`. */
export type MemoOf = (word: TokenText, kind: TokenKind) => number;

/**
 * The tokens of `text`, offsets shifted by `offset`. Equal token texts share one string object (and its
 * lower-case form) across calls, so later lookups of the same word in maps and sets reuse its hash.
 */
export function tokenize(text: string, offset = 0): Token[] {
  return tokensOf(scanTokens(text), offset);
}

function tokensOf(s: ScannedTokens, offset: number): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < s.count; k++) {
    const word = s.words[k];
    out.push({ start: s.starts[k] + offset, end: s.ends[k] + offset, text: word.text, lower: word.lower, kind: TOKEN_KINDS[s.kinds[k]], id: s.ids[k] });
  }
  return out;
}

/** Token kinds by number (`ScannedTokens.kinds`). */
export const TOKEN_KINDS: readonly TokenKind[] = ['word', 'number', 'punct', 'quote'];
/** `TOKEN_KINDS` indices, for readers of `ScannedTokens.kinds`. */
export const K_WORD = 0;
export const K_NUMBER = 1;
export const K_PUNCT = 2;
export const K_QUOTE = 3;

/**
 * The tokens of a text as parallel arrays, token k at index k (`count` tokens). The arrays are shared
 * by every call of `scanTokens` and valid until the next one; they may be longer than `count`.
 */
export interface ScannedTokens {
  count: number;
  /** Offsets in the text (no `offset` added). */
  starts: Int32Array;
  ends: Int32Array;
  /** Index in `TOKEN_KINDS`. */
  kinds: Uint8Array;
  /** The texts' numbers (`TokenText.id`) and memos (0 without a `memoOf`). */
  ids: Int32Array;
  memos: Int32Array;
  words: TokenText[];
  /**
   * Where a sentence may end, in order (`stopCount` entries): k, the index of a token that holds a
   * terminator (a `.` `!` `?` `…` token, a dotted acronym), or -k - 1 for the white space before token k
   * (or after the last, k = count) when it holds a blank line (two line feeds).
   */
  stops: Int32Array;
  stopCount: number;
}

const scanned: ScannedTokens = {
  count: 0,
  starts: new Int32Array(1024),
  ends: new Int32Array(1024),
  kinds: new Uint8Array(1024),
  ids: new Int32Array(1024),
  memos: new Int32Array(1024),
  words: [],
  stops: new Int32Array(1025),
  stopCount: 0,
};

/** Up to this many tokens, `scanned` keeps its arrays whatever the text. */
const SCANNED_KEPT = 1 << 16;

/**
 * Room in `scanned` for `n` tokens (a text of n code units has at most n tokens, and at most n + 1
 * places where a sentence may end). Arrays much larger than needed (after a huge block) are let go.
 */
function reserve(n: number): void {
  const length = scanned.starts.length;
  if (length >= n && (length <= SCANNED_KEPT || 4 * n > length)) return;
  const size = length < n ? Math.max(n, 2 * length) : Math.max(n, 1024);
  scanned.starts = new Int32Array(size);
  scanned.ends = new Int32Array(size);
  scanned.kinds = new Uint8Array(size);
  scanned.ids = new Int32Array(size);
  scanned.memos = new Int32Array(size);
  scanned.stops = new Int32Array(size + 1);
  if (scanned.words.length > size) scanned.words.length = size;
}

/**
 * The tokens of `text` (`codes`: its code units, else copied here), in one pass over its characters:
 * each token is looked up in the table of texts as soon as it is found.
 *
 * With `memoOf`, each distinct text gets a memo, a number computed by `memoOf` the first time the text
 * is seen (with the kind of that occurrence) and kept in the table of texts (else the memos are 0).
 * The table holds one memo per text, so every caller that passes a `memoOf` must pass the same one.
 */
export function scanTokens(text: string, codes?: Uint16Array, memoOf?: MemoOf): ScannedTokens {
  const n = text.length;
  const buf = codes ?? codeUnits(text);
  reserve(n);
  const stops = scanned.stops;
  const table = classTable;
  let count = 0;
  let stopCount = 0;
  // the token before which a line feed was seen, and a blank line (-1: none)
  let lineFeedBefore = -1;
  let blankBefore = -1;
  let i = 0;
  while (i < n) {
    const code = buf[i];
    let c = table[code];
    let w = 1;
    if (c === 0) c = classOfNew(code);
    if ((c & C_HIGH) !== 0) {
      c = classAt(text, buf, i);
      w = width;
    }
    if ((c & C_SPACE) !== 0) {
      if (code === 10) {
        if (lineFeedBefore !== count) lineFeedBefore = count;
        else if (blankBefore !== count) stops[stopCount++] = -(blankBefore = count) - 1;
      }
      i += w;
      continue;
    }
    const start = i;
    let end: number;
    let kind: number;
    if ((c & C_NUMBER) !== 0) {
      // 2. number: \p{N}+ ([.,:]\p{N}+)* \p{L}*
      end = joinedRun(text, buf, i + w, n, C_NUMBER, 46, 44, 58); // . , :
      while (end < n && classAt(text, buf, end) & C_LETTER) end += width;
      kind = K_NUMBER;
    } else if ((c & WORD) !== 0) {
      // 1. dotted acronym: (letter .){2,} not followed by a letter
      if ((c & C_LETTER) !== 0 && i + w < n && buf[i + w] === 46) {
        const k = acronymEnd(text, buf, i, n);
        if (k > 0) {
          stops[stopCount++] = count;
          addToken(text, buf, count++, start, k, K_WORD, memoOf);
          i = k;
          continue;
        }
      }
      // 3. word: [\p{L}\p{M}\p{N}]+ ([-'’][\p{L}\p{M}\p{N}]+)*
      end = i + w;
      for (;;) {
        // the run of word characters (a code unit outside the class, or one to classify, ends the fast loop)
        while (end < n && (table[buf[end]] & WORD) !== 0) end++;
        if (end >= n) break;
        const d = buf[end];
        const k = table[d];
        if (k === 0 || (k & C_HIGH) !== 0) {
          // not classified yet, or a surrogate pair
          const cl = classAt(text, buf, end);
          if ((cl & WORD) !== 0) {
            end += width;
            continue;
          }
        }
        if (!((d === 45 || d === 39 || d === 0x2019) && end + 1 < n && (classAt(text, buf, end + 1) & WORD) !== 0)) break;
        end += 1 + width;
      }
      kind = K_WORD;
      if (end - start > 2 && (buf[end - 1] === 115 || buf[end - 1] === 83) && (buf[end - 2] === 39 || buf[end - 2] === 0x2019)) {
        // a possessive 's: a token of its own
        addToken(text, buf, count++, start, end - 2, K_WORD, memoOf);
        addToken(text, buf, count++, end - 2, end, K_WORD, memoOf);
        i = end;
        continue;
      }
    } else {
      // 4. quotes and dashes, 5. anything else: one character (a surrogate pair counts as one)
      end = i + w;
      kind = w === 1 && isQuoteCode(code) ? K_QUOTE : K_PUNCT;
      if (code === 46 || code === 33 || code === 63 || code === 0x2026) stops[stopCount++] = count;
    }
    addToken(text, buf, count++, start, end, kind, memoOf);
    i = end;
  }
  scanned.count = count;
  scanned.stopCount = stopCount;
  return scanned;
}

/**
 * The end of the dotted acronym (letter `.`){2,} starting at `i` and not followed by a letter, or 0
 * when there is none (the regular expression backtracks to the longest run of pairs not followed by a letter).
 */
function acronymEnd(text: string, buf: Uint16Array, i: number, n: number): number {
  let j = i;
  let pairs = 0;
  while (j < n) {
    const cl = classAt(text, buf, j);
    const wl = width;
    if (!(cl & C_LETTER) || j + wl >= n || buf[j + wl] !== 46) break;
    j += wl + 1;
    pairs++;
  }
  if (pairs < 2) return 0;
  let k = j;
  let p = pairs;
  while (p >= 2 && k < n && classAt(text, buf, k) & C_LETTER) {
    // drop the last pair
    k = lastPairStart(text, i, k);
    p--;
  }
  return p >= 2 ? k : 0;
}

/**
 * Adds token k, `text.slice(start, end)` of kind `kind`, to `scanned`, looking up its text in the table
 * of texts (adding it when not seen yet).
 */
function addToken(text: string, buf: Uint16Array, k: number, start: number, end: number, kind: number, memoOf: MemoOf | undefined): void {
  let word: TokenText | undefined;
  // where the text's number and memo are kept
  let info: Int32Array;
  let at: number;
  if (end - start === 1) {
    const code = buf[start];
    info = singleInfo;
    at = 2 * code;
    word = singles[code];
    if (word === undefined) {
      word = singles[code] = newText(text.slice(start, end));
      singleInfo[at] = word.id;
    }
  } else {
    const h = sampleHash(buf, start, end);
    let idx = find(buf, start, end, h);
    if (idx < 0) idx = insert(text, buf, start, end, h);
    else if (slots[STRIDE * idx + S_SEEN] !== epoch) slots[STRIDE * idx + S_SEEN] = epoch;
    const sl = STRIDE * idx;
    info = slots;
    at = sl + S_ID;
    word = entries[slots[sl + S_ENTRY]];
  }
  let memo = 0;
  if (memoOf !== undefined) {
    memo = info[at + 1];
    if (memo === 0) memo = info[at + 1] = memoOf(word, TOKEN_KINDS[kind]);
  }
  const s = scanned;
  s.starts[k] = start;
  s.ends[k] = end;
  s.kinds[k] = kind;
  s.ids[k] = info[at];
  s.memos[k] = memo;
  s.words[k] = word;
}

/**
 * Token texts seen so far and their lower-case forms: an open-addressing hash table over the
 * characters, so a text already seen is found without slicing it out of the input (bounded: when it
 * holds `INTERN_LIMIT` texts, it keeps those found again lately, see `thin`). One-character texts have a table of their own, by code unit. The table
 * grows with the number of texts (a small table stays in the processor's cache); each slot's length,
 * place in `pool` (the texts' code units, in the order first seen), number, memo and first code units
 * sit side by side in `slots`, and the `TokenText`s in `entries`, in the order first seen (those of
 * the common words, met first, share a few cache lines, where an array by slot took a line for each).
 */
export const INTERN_LIMIT = 1 << 15;
let capacity = 1 << 12;
/**
 * The number of times the table was full (`thin`). A slot's `S_SEEN` is this number when its text was
 * found since then (a text only added, not found again, is not marked).
 */
let epoch = 1;
/** The texts in the table in the order first seen (a slot's `S_ENTRY`). */
const entries: TokenText[] = [];
/**
 * Per slot: length (0: empty), offset in `pool`, the text's number, its memo (0: none yet), the text's
 * first four code units (two to an int, 0 past its end), its place in `entries`, and the `epoch` in
 * which it was last found. A text of up to four code units is compared in its slot, a longer one reads
 * `pool` only after its first four.
 */
const STRIDE = 8;
const S_LENGTH = 0;
const S_POOL = 1;
const S_ID = 2;
const S_MEMO = 3;
const S_HEAD0 = 4;
const S_HEAD1 = 5;
const S_ENTRY = 6;
const S_SEEN = 7;
let slots = new Int32Array(STRIDE * capacity);
let pool = new Uint16Array(1 << 16);
let poolUsed = 0;
const singles: (TokenText | undefined)[] = new Array<TokenText | undefined>(65536).fill(undefined);

/** The number of the next new text (`TokenText.id`). */
let nextTextId = 0;

function newText(raw: string): TokenText {
  return { text: raw, lower: lowerOf(raw), id: nextTextId++ };
}

/** Per code unit, for the one-character texts: the text's number, its memo (0: none yet). */
const singleInfo = new Int32Array(2 * 65536);

/**
 * A hash of the text `buf[start, end)` (at least two code units) from its length and five of its code
 * units (first, second, middle, second to last, last): no loop over the characters, which the
 * comparison in `find` reads anyway. Words that agree in all six are rare, and a collision only
 * costs a comparison.
 */
function sampleHash(buf: Uint16Array, start: number, end: number): number {
  let h = Math.imul(0x811c9dc5 ^ (end - start), 0x01000193);
  h = Math.imul(h ^ buf[start], 0x01000193);
  h = Math.imul(h ^ buf[start + 1], 0x01000193);
  h = Math.imul(h ^ buf[(start + end) >>> 1], 0x01000193);
  h = Math.imul(h ^ buf[end - 2], 0x01000193);
  return Math.imul(h ^ buf[end - 1], 0x01000193);
}

function slotOf(h: number, mask: number): number {
  return (h ^ (h >>> 13)) & mask;
}

/**
 * Makes room in the full table: keeps the texts found again since it was last full (the common words,
 * not the numbers and names met once), with their numbers, memos and `TokenText`s, and drops the
 * others; when the kept would fill more than three quarters of it, drops all (a text seen again then
 * gets a new number). In news text about half the texts are found again between two such times.
 */
function thin(): void {
  const oldSlots = slots;
  const oldPool = pool;
  const oldEntries = entries.slice();
  // the kept, in the order first seen: by place in `entries`, the slot (-1: not kept)
  const slotOfEntry = new Int32Array(oldEntries.length).fill(-1);
  let kept = 0;
  for (let i = 0; i < oldSlots.length; i += STRIDE) {
    if (oldSlots[i + S_LENGTH] !== 0 && oldSlots[i + S_SEEN] === epoch) {
      slotOfEntry[oldSlots[i + S_ENTRY]] = i;
      kept++;
    }
  }
  slots = new Int32Array(STRIDE * capacity);
  entries.length = 0;
  poolUsed = 0;
  epoch++;
  if (4 * kept > 3 * INTERN_LIMIT) return;
  pool = new Uint16Array(oldPool.length);
  for (let e = 0; e < slotOfEntry.length; e++) {
    const i = slotOfEntry[e];
    if (i < 0) continue;
    const len = oldSlots[i + S_LENGTH];
    const at = oldSlots[i + S_POOL];
    for (let k = 0; k < len; k++) pool[poolUsed + k] = oldPool[at + k];
    const sl = STRIDE * emptySlot(sampleHash(pool, poolUsed, poolUsed + len));
    for (let k = 0; k < STRIDE; k++) slots[sl + k] = oldSlots[i + k];
    slots[sl + S_POOL] = poolUsed;
    slots[sl + S_ENTRY] = entries.length;
    slots[sl + S_SEEN] = 0;
    entries.push(oldEntries[e]);
    poolUsed += len;
  }
}

/**
 * The number of texts of two code units or more in the table of texts, and the bytes of its arrays
 * (the slots, the texts' code units, the array of `TokenText`s; not the `TokenText`s themselves): for
 * tests and measurements.
 */
export function textTableSize(): { texts: number; bytes: number } {
  return { texts: entries.length, bytes: slots.byteLength + pool.byteLength + 4 * entries.length };
}

/** Doubles the table, placing every text again by its hash (computed again from `pool`). */
function grow(): void {
  const oldSlots = slots;
  capacity *= 2;
  slots = new Int32Array(STRIDE * capacity);
  for (let i = 0; i < oldSlots.length; i += STRIDE) {
    const len = oldSlots[i + S_LENGTH];
    if (len === 0) continue;
    const at = oldSlots[i + S_POOL];
    const sl = STRIDE * emptySlot(sampleHash(pool, at, at + len));
    for (let k = 0; k < STRIDE; k++) slots[sl + k] = oldSlots[i + k];
  }
}

/** The first empty slot from the place of hash `h` on (linear probing; the table is never full). */
function emptySlot(h: number): number {
  const mask = capacity - 1;
  let idx = slotOf(h, mask);
  while (slots[STRIDE * idx + S_LENGTH] !== 0) idx = (idx + 1) & mask;
  return idx;
}

/**
 * The slot of the text `buf[start, end)` (at least two code units; `h`: its `sampleHash`), or -1 when
 * the table does not hold it.
 */
function find(buf: Uint16Array, start: number, end: number, h: number): number {
  const len = end - start;
  const mask = capacity - 1;
  let idx = slotOf(h, mask);
  const head0 = buf[start] | (buf[start + 1] << 16);
  const head1 = len === 2 ? 0 : len === 3 ? buf[start + 2] : buf[start + 2] | (buf[start + 3] << 16);
  for (;;) {
    const sl = STRIDE * idx;
    const l = slots[sl + S_LENGTH];
    if (l === 0) return -1;
    if (l === len && slots[sl + S_HEAD0] === head0 && slots[sl + S_HEAD1] === head1) {
      const at = slots[sl + S_POOL] - start;
      let k = start + 4;
      while (k < end && pool[at + k] === buf[k]) k++;
      if (k >= end) return idx;
    }
    idx = (idx + 1) & mask;
  }
}

/** Adds the text `text.slice(start, end)` (at least two code units, not in the table; `h`: its `sampleHash`); returns its slot. */
function insert(text: string, buf: Uint16Array, start: number, end: number, h: number): number {
  const len = end - start;
  if (entries.length >= INTERN_LIMIT) thin();
  if (2 * (entries.length + 1) > capacity) grow();
  if (poolUsed + len > pool.length) {
    const grown = new Uint16Array(Math.max(2 * pool.length, poolUsed + len));
    grown.set(pool.subarray(0, poolUsed));
    pool = grown;
  }
  for (let k = start; k < end; k++) pool[poolUsed + k - start] = buf[k];
  const idx = emptySlot(h);
  const e = newText(text.slice(start, end));
  const sl = STRIDE * idx;
  slots[sl + S_LENGTH] = len;
  slots[sl + S_POOL] = poolUsed;
  slots[sl + S_ID] = e.id;
  slots[sl + S_MEMO] = 0;
  slots[sl + S_HEAD0] = buf[start] | (buf[start + 1] << 16);
  slots[sl + S_HEAD1] = len === 2 ? 0 : len === 3 ? buf[start + 2] : buf[start + 2] | (buf[start + 3] << 16);
  slots[sl + S_ENTRY] = entries.length;
  entries.push(e);
  poolUsed += len;
  return idx;
}

function lastPairStart(text: string, start: number, end: number): number {
  // pairs are (letter, '.'); a letter may be a surrogate pair
  const dot = end - 1;
  const before = text.charCodeAt(dot - 1);
  return before >= 0xdc00 && before <= 0xdfff && dot - 2 >= start ? dot - 2 : dot - 1;
}

function lowerOf(t: string): string {
  const l = t.toLowerCase();
  return l.includes('’') ? l.replace(/’/g, "'") : l;
}

/** The same grammar with the reference regular expression (for tests). */
export function tokenizeWithRegExp(text: string, offset = 0): Token[] {
  reserve(text.length);
  const { starts, ends, kinds } = scanned;
  let count = 0;
  const add = (start: number, end: number, kind: number): void => {
    starts[count] = start;
    ends[count] = end;
    kinds[count] = kind;
    count++;
  };
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const raw = m[0];
    const start = m.index;
    if (m[1] !== undefined) add(start, start + raw.length, K_WORD);
    else if (m[2] !== undefined) add(start, start + raw.length, K_NUMBER);
    else if (m[3] !== undefined) {
      if (/['’][sS]$/.test(raw) && raw.length > 2) {
        add(start, start + raw.length - 2, K_WORD);
        add(start + raw.length - 2, start + raw.length, K_WORD);
      } else add(start, start + raw.length, K_WORD);
    } else if (m[4] !== undefined) add(start, start + raw.length, QUOTE_CHARS.has(raw) ? K_QUOTE : K_PUNCT);
    else add(start, start + raw.length, K_PUNCT);
  }
  scanned.count = count;
  scanned.stopCount = 0;
  const buf = codeUnits(text);
  for (let k = 0; k < count; k++) addToken(text, buf, k, starts[k], ends[k], kinds[k], undefined);
  return tokensOf(scanned, offset);
}
