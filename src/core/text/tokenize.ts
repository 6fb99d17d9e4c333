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
  /** The text's number: numbered in the order first seen, never reused (a text seen again after the table is cleared gets a new one). */
  readonly id: number;
}

/**
 * Makes a caller's token object from a token's parts (index: its position in the result; id: `word.id`;
 * memo: the text's memo, see `tokenizeWith`). It need not read `word`: the tokenizer hands over the
 * text's number and memo from its own tables, so a maker that keeps only a reference to `word` never
 * touches that object.
 */
export type TokenMaker<T> = (start: number, end: number, word: TokenText, kind: TokenKind, index: number, id: number, memo: number) => T;

/** Computes a caller's memo of a token text (never 0): see `tokenizeWith`. */
export type MemoOf = (word: TokenText, kind: TokenKind) => number;

const makeToken: TokenMaker<Token> = (start, end, word, kind) => ({ start, end, text: word.text, lower: word.lower, kind, id: word.id });

export function tokenize(text: string, offset = 0): Token[] {
  return tokenizeWith(text, offset, makeToken);
}

/**
 * `tokenize`, building each token with `make` (for callers that keep more per token, without a
 * second object per token). Equal token texts share one string object (and its lower-case form) across
 * calls, so later lookups of the same word in maps and sets reuse its hash.
 *
 * With `memoOf`, each distinct text gets a memo, a number computed by `memoOf` the first time the text
 * is seen (with the kind of that occurrence) and kept in the table of texts; `make` receives it (else 0).
 * The table holds one memo per text, so every caller that passes a `memoOf` must pass the same one.
 */
export function tokenizeWith<T>(text: string, offset: number, make: TokenMaker<T>, codes?: Uint16Array, memoOf?: MemoOf): T[] {
  made = 0;
  const n = text.length;
  const buf = codes ?? codeUnits(text);
  let i = 0;
  while (i < n) {
    const c = classAt(text, buf, i);
    const w = width;
    if (c & C_SPACE) {
      i += w;
      continue;
    }
    const start = i;
    // 1. dotted acronym: (letter .){2,} not followed by a letter
    if (c & C_LETTER && i + w < n && buf[i + w] === 46) {
      let j = i;
      let pairs = 0;
      while (j < n) {
        const cl = classAt(text, buf, j);
        const wl = width;
        if (!(cl & C_LETTER) || j + wl >= n || buf[j + wl] !== 46) break;
        j += wl + 1;
        pairs++;
      }
      if (pairs >= 2) {
        // the regex backtracks to the longest run of pairs not followed by a letter
        let k = j;
        let p = pairs;
        while (p >= 2 && k < n && classAt(text, buf, k) & C_LETTER) {
          // drop the last pair
          k = lastPairStart(text, start, k);
          p--;
        }
        if (p >= 2) {
          push(make, memoOf, text, buf, start, k, offset, 'word');
          i = k;
          continue;
        }
      }
    }
    // 2. number: \p{N}+ ([.,:]\p{N}+)* \p{L}*
    if (c & C_NUMBER) {
      let j = joinedRun(text, buf, i + w, n, C_NUMBER, 46, 44, 58); // . , :
      while (j < n && classAt(text, buf, j) & C_LETTER) j += width;
      push(make, memoOf, text, buf, start, j, offset, 'number');
      i = j;
      continue;
    }
    // 3. word: [\p{L}\p{M}\p{N}]+ ([-'’][\p{L}\p{M}\p{N}]+)*
    if (c & WORD) {
      const j = joinedRun(text, buf, i + w, n, WORD, 45, 39, 0x2019); // - ' ’
      if (j - start > 2 && (buf[j - 1] === 115 || buf[j - 1] === 83) && (buf[j - 2] === 39 || buf[j - 2] === 0x2019)) {
        push(make, memoOf, text, buf, start, j - 2, offset, 'word');
        push(make, memoOf, text, buf, j - 2, j, offset, 'word');
      } else {
        push(make, memoOf, text, buf, start, j, offset, 'word');
      }
      i = j;
      continue;
    }
    // 4. quotes and dashes, 5. anything else: one character (a surrogate pair counts as one)
    push(make, memoOf, text, buf, i, i + w, offset, w === 1 && isQuoteCode(buf[i]) ? 'quote' : 'punct');
    i += w;
  }
  return madeTokens<T>();
}

function lastPairStart(text: string, start: number, end: number): number {
  // pairs are (letter, '.'); a letter may be a surrogate pair
  const dot = end - 1;
  const before = text.charCodeAt(dot - 1);
  return before >= 0xdc00 && before <= 0xdfff && dot - 2 >= start ? dot - 2 : dot - 1;
}

/**
 * Token texts seen so far and their lower-case forms: an open-addressing hash table over the
 * characters, so a text already seen is found without slicing it out of the input (bounded: cleared
 * when it grows too large). One-character texts have a table of their own, by code unit. The table
 * grows with the number of texts (a small table stays in the processor's cache); each slot's hash,
 * length and place in `pool` (the texts' code units) sit side by side in `slots`.
 */
const INTERN_LIMIT = 100_000;
let capacity = 1 << 12;
let entries: (TokenText | undefined)[] = new Array<TokenText | undefined>(capacity).fill(undefined);
/**
 * Per slot: hash, length (0: empty), offset in `pool`, the text's number, its memo (0: none yet), and
 * the text's first four code units (two to an entry, 0 past its end): a text of up to four code units
 * is compared in its slot, a longer one reads `pool` only after its first four.
 */
const STRIDE = 7;
let slots = new Int32Array(STRIDE * capacity);
let count = 0;
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
 * Where `internRange` found the text's number (`infoAt`) and memo (`infoAt + 1`): `slots` or
 * `singleInfo` (valid until the next call).
 */
let info: Int32Array = singleInfo;
let infoAt = 0;

/**
 * A hash of the text `buf[start, end)` (at least two code units) from its length and five of its code
 * units (first, second, middle, second to last, last): no loop over the characters, which the
 * comparison in `internRange` reads anyway. Words that agree in all six are rare, and a collision only
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

/** Doubles the table, placing every entry again by its hash. */
function grow(): void {
  const oldEntries = entries;
  const oldSlots = slots;
  capacity *= 2;
  entries = new Array<TokenText | undefined>(capacity).fill(undefined);
  slots = new Int32Array(STRIDE * capacity);
  const mask = capacity - 1;
  for (let i = 0; i < oldEntries.length; i++) {
    const e = oldEntries[i];
    if (e === undefined) continue;
    let idx = slotOf(oldSlots[STRIDE * i], mask);
    while (entries[idx] !== undefined) idx = (idx + 1) & mask;
    entries[idx] = e;
    for (let k = 0; k < STRIDE; k++) slots[STRIDE * idx + k] = oldSlots[STRIDE * i + k];
  }
}

/**
 * The shared entry of the token text `text.slice(start, end)` (`buf`: the text's code units); sets
 * `info` and `infoAt` to where its number and memo are kept.
 */
function internRange(text: string, buf: Uint16Array, start: number, end: number): TokenText {
  const len = end - start;
  if (len === 1) {
    const code = buf[start];
    info = singleInfo;
    infoAt = 2 * code;
    const e = singles[code];
    if (e !== undefined) return e;
    const made = (singles[code] = newText(text.slice(start, end)));
    singleInfo[2 * code] = made.id;
    return made;
  }
  const h = sampleHash(buf, start, end);
  const mask = capacity - 1;
  let idx = slotOf(h, mask);
  const head0 = buf[start] | (buf[start + 1] << 16);
  const head1 = len === 2 ? 0 : len === 3 ? buf[start + 2] : buf[start + 2] | (buf[start + 3] << 16);
  for (;;) {
    const sl = STRIDE * idx;
    const l = slots[sl + 1];
    if (l === 0) break;
    if (l === len && slots[sl] === h && slots[sl + 5] === head0 && slots[sl + 6] === head1) {
      const at = slots[sl + 2] - start;
      let k = start + 4;
      while (k < end && pool[at + k] === buf[k]) k++;
      if (k >= end) {
        info = slots;
        infoAt = sl + 3;
        return entries[idx]!;
      }
    }
    idx = (idx + 1) & mask;
  }
  if (count >= INTERN_LIMIT) {
    entries.fill(undefined);
    slots.fill(0);
    count = 0;
    poolUsed = 0;
  }
  if (2 * (count + 1) > capacity) grow();
  if (poolUsed + len > pool.length) {
    const grown = new Uint16Array(Math.max(2 * pool.length, poolUsed + len));
    grown.set(pool.subarray(0, poolUsed));
    pool = grown;
  }
  for (let k = start; k < end; k++) pool[poolUsed + k - start] = buf[k];
  const m = capacity - 1;
  idx = slotOf(h, m);
  while (entries[idx] !== undefined) idx = (idx + 1) & m;
  const e = newText(text.slice(start, end));
  entries[idx] = e;
  const sl = STRIDE * idx;
  slots[sl] = h;
  slots[sl + 1] = len;
  slots[sl + 2] = poolUsed;
  slots[sl + 3] = e.id;
  slots[sl + 4] = 0;
  slots[sl + 5] = head0;
  slots[sl + 6] = head1;
  poolUsed += len;
  count++;
  info = slots;
  infoAt = sl + 3;
  return e;
}

/**
 * The tokens of the current call, from index 0 to `made` (shared by every call: a call copies them
 * into an array of the exact size, so no array grows token by token).
 */
const scratch: unknown[] = [];
let made = 0;

function madeTokens<T>(): T[] {
  const out = scratch.slice(0, made) as T[];
  // the scratch array keeps its size, not the tokens of the last block (which may be a huge one)
  scratch.fill(undefined, 0, made);
  return out;
}

function push<T>(make: TokenMaker<T>, memoOf: MemoOf | undefined, text: string, buf: Uint16Array, start: number, end: number, offset: number, kind: TokenKind): void {
  const word = internRange(text, buf, start, end);
  const at = infoAt;
  const inf = info;
  let memo = 0;
  if (memoOf !== undefined) {
    memo = inf[at + 1];
    if (memo === 0) memo = inf[at + 1] = memoOf(word, kind);
  }
  scratch[made] = make(start + offset, end + offset, word, kind, made, inf[at], memo);
  made++;
}

function lowerOf(t: string): string {
  const l = t.toLowerCase();
  return l.includes('’') ? l.replace(/’/g, "'") : l;
}

/** The same grammar with the reference regular expression (for tests). */
export function tokenizeWithRegExp(text: string, offset = 0): Token[] {
  made = 0;
  const make = makeToken;
  const buf = codeUnits(text);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const raw = m[0];
    const start = m.index;
    if (m[1] !== undefined) push(make, undefined, text, buf, start, start + raw.length, offset, 'word');
    else if (m[2] !== undefined) push(make, undefined, text, buf, start, start + raw.length, offset, 'number');
    else if (m[3] !== undefined) {
      if (/['’][sS]$/.test(raw) && raw.length > 2) {
        push(make, undefined, text, buf, start, start + raw.length - 2, offset, 'word');
        push(make, undefined, text, buf, start + raw.length - 2, start + raw.length, offset, 'word');
      } else push(make, undefined, text, buf, start, start + raw.length, offset, 'word');
    } else if (m[4] !== undefined) push(make, undefined, text, buf, start, start + raw.length, offset, QUOTE_CHARS.has(raw) ? 'quote' : 'punct');
    else push(make, undefined, text, buf, start, start + raw.length, offset, 'punct');
  }
  return madeTokens<Token>();
}
