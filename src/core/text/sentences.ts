/**
 * Sentence splitting over a block's text: one pass over the characters, no regular expressions on
 * the hot path. Returns ranges trimmed of whitespace that partition the text's non-space characters.
 *
 * A sentence ends after `.`, `!`, `?`, `…` or a run of them (`?!`, `...`), plus any closing quotes and
 * brackets that follow (`."`, `.”`, `?"`, `.)`), when whitespace or the end of the text follows and:
 * - the next word (after opening quotes or brackets) does not start with a lower-case letter
 *   (`"Why?" he asked.` is one sentence);
 * - for a single `.` not followed by a closer, the word before it is read with
 *   `src/core/data/abbreviations.ts`: a title (Dr., Sen.) never ends a sentence; No., p., Jan. do not
 *   before a number; other known abbreviations (Inc., St., Calif.), dotted acronyms (U.S., a.m.,
 *   J.K.) and single capital initials (W.) end one only before a common sentence starter (The, He,
 *   In, ...); any other word ends one;
 * - an ellipsis (`...`, `…`) ends a sentence only before a capitalised sentence starter, or when a
 *   closing quote follows it and a capitalised word comes next (mid-quote omissions followed by a
 *   name continue the sentence);
 * - decimals (3.5) and dotted words (U.S.-based, e.g.,) never end one: no whitespace follows.
 * A blank line (two line breaks with only spaces between) also ends a sentence, and so does the end
 * of the text (a headline without a full stop). A single line break is ordinary whitespace.
 */
import { ABBREVIATION_GROUPS, SENTENCE_STARTERS, type AbbreviationKind } from '../data/abbreviations';
import { codeUnits, type ScannedTokens } from './tokenize';
import { isClosingQuoteCode, isWhitespaceCode } from '../util/chars';

export interface SentenceRange {
  start: number;
  end: number;
}

/** A sentence and its tokens. */
export interface TokenSentence extends SentenceRange {
  /** Token index range [from, to). */
  from: number;
  to: number;
}

/** A hash of the code units `codes(k)` for k in [a, b). */
function hashCodes(a: number, b: number, codes: (k: number) => number): number {
  let h = 0;
  for (let k = a; k < b; k++) h = (Math.imul(h, 31) + codes(k)) | 0;
  return h;
}

/**
 * A map by lower-case strings that looks up a run of a text's code units by its lower-case form
 * without slicing the run out of the text when the run is ASCII (the lower-case form of an ASCII
 * letter is one bit away): by a hash of its lower-cased code units, then a comparison.
 */
class LowerCaseKeys<V> {
  private readonly buckets = new Map<number, (readonly [string, V])[]>();
  constructor(private readonly map: ReadonlyMap<string, V>) {
    for (const [key, value] of map) {
      const h = hashCodes(0, key.length, (k) => key.charCodeAt(k));
      const bucket = this.buckets.get(h);
      if (bucket) bucket.push([key, value]);
      else this.buckets.set(h, [[key, value]]);
    }
  }

  /** The value of `text.slice(a, b).toLowerCase()` (`buf`: the text's code units). */
  get(text: string, buf: Uint16Array, a: number, b: number): V | undefined {
    let h = 0;
    for (let k = a; k < b; k++) {
      const c = buf[k];
      if (c >= 128) return this.map.get(text.slice(a, b).toLowerCase());
      h = (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c | 32 : c)) | 0;
    }
    const bucket = this.buckets.get(h);
    if (bucket === undefined) return undefined;
    for (const [key, value] of bucket) {
      if (key.length !== b - a) continue;
      let k = 0;
      while (k < key.length && key.charCodeAt(k) === (buf[a + k] >= 65 && buf[a + k] <= 90 ? buf[a + k] | 32 : buf[a + k])) k++;
      if (k === key.length) return value;
    }
    return undefined;
  }
}

const ABBREV_MAP = new Map<string, AbbreviationKind>();
for (const g of ABBREVIATION_GROUPS) for (const f of g.forms) ABBREV_MAP.set(f.toLowerCase(), g.kind);
const ABBREV = new LowerCaseKeys(ABBREV_MAP);
/** The longest abbreviation: a longer word before a full stop is looked up in no map. */
const MAX_ABBREV_LENGTH = Math.max(...[...ABBREV_MAP.keys()].map((k) => k.length));
const STARTERS = new LowerCaseKeys(new Map(SENTENCE_STARTERS.map((w) => [w, true])));

const isWs = isWhitespaceCode;

/** The ASCII stops (`isStop`), by code. */
const ASCII_STOP = new Uint8Array(128);
for (const c of [46, 33, 63, 10]) ASCII_STOP[c] = 1;

/** A sentence terminator or a line feed: where the splitter has something to decide. */
function isStop(c: number): boolean {
  return c < 128 ? ASCII_STOP[c] === 1 : c === 0x2026;
}

function isCloser(c: number): boolean {
  // " ' ) ] } ’ ” »
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 125 || c === 0x2019 || c === 0x201d || c === 0xbb;
}

function isOpener(c: number): boolean {
  // " ' ( [ ‘ “ « „
  return c === 34 || c === 39 || c === 40 || c === 91 || c === 0x2018 || c === 0x201c || c === 0xab || c === 0x201e;
}

function isUpperAt(text: string, buf: Uint16Array, k: number): boolean {
  const c = buf[k];
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = text[k];
  return ch !== ch.toLowerCase();
}

function isLowerAt(text: string, buf: Uint16Array, k: number): boolean {
  const c = buf[k];
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  const ch = text[k];
  return ch !== ch.toUpperCase();
}

function isLetterAt(text: string, buf: Uint16Array, k: number): boolean {
  const c = buf[k];
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  const ch = text[k];
  return ch.toLowerCase() !== ch.toUpperCase();
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Is text[a, b) a dotted acronym (U.S, J.K, a.m, e.g) or a single capital letter? */
function isAcronymOrInitial(text: string, buf: Uint16Array, a: number, b: number): boolean {
  if (b - a === 1) return isUpperAt(text, buf, a);
  if ((b - a) % 2 === 0) return false;
  for (let k = a; k < b; k++) {
    if ((k - a) % 2 === 0 ? !isLetterAt(text, buf, k) : buf[k] !== 46) return false;
  }
  return true;
}

/** Is the word starting at k (its letters, at most 24) a sentence starter (`SENTENCE_STARTERS`, compared lower-cased)? */
function isStarterAt(text: string, buf: Uint16Array, k: number, n: number): boolean {
  let e = k;
  while (e < n && e - k < 24 && isLetterAt(text, buf, e)) e++;
  return STARTERS.get(text, buf, k, e) === true;
}

/**
 * At the terminator at `i` (in the sentence that starts at `start`): `e`, the end of the run of
 * terminators and the closers after it, when a sentence ends there, else `-e - 1`. (A sentence never
 * ends where no white space follows the run, nor at the end of the text, which ends it anyway.)
 */
function endAtStop(text: string, buf: Uint16Array, i: number, start: number, n: number): number {
  // A run of terminators, then closers.
  let k = i;
  let dots = 0;
  let marks = 0;
  while (k < n) {
    const t = buf[k];
    if (t === 46) dots++;
    else if (t === 0x2026) dots += 3;
    else if (t === 33 || t === 63) marks++;
    else break;
    k++;
  }
  let e = k;
  while (e < n && isCloser(buf[e])) e++;
  if (e < n && !isWs(buf[e])) return -e - 1;
  // The next word, after whitespace and opening quotes or brackets.
  let q = e;
  while (q < n && isWs(buf[q])) q++;
  if (q >= n) return -e - 1;
  let w = q;
  while (w < n && isOpener(buf[w])) w++;
  let boundary: boolean;
  if (w < n && isLowerAt(text, buf, w)) {
    boundary = false;
  } else if (marks > 0 && dots < 2) {
    boundary = true;
  } else if (dots >= 2) {
    const closedQuote = e > k && isClosingQuoteCode(buf[e - 1]);
    const upper = w < n && isUpperAt(text, buf, w);
    boundary = upper && (closedQuote || isStarterAt(text, buf, w, n));
    // An ellipsis that opens the sentence (an omission mark) never ends it.
    if (i === start) boundary = false;
  } else if (e > k) {
    boundary = true; // ." .) — the closer marks the end
  } else {
    // A single full stop: read the word before it.
    let a = i;
    while (a > start && (isLetterAt(text, buf, a - 1) || isDigit(buf[a - 1]) || buf[a - 1] === 46 || buf[a - 1] === 45)) a--;
    // (every abbreviation starts with a letter and is at most MAX_ABBREV_LENGTH long: other words are not sliced out)
    const len = i - a;
    let kind = len > 0 && len <= MAX_ABBREV_LENGTH && isLetterAt(text, buf, a) ? ABBREV.get(text, buf, a, i) : undefined;
    // ("then-Sen. Barack Obama", "ex-Gov. Rick Perry": a title after a prefix's hyphen is the title)
    if (kind === undefined) {
      let h = i - 1;
      while (h > a && buf[h] !== 45) h--;
      if (h > a && i - h - 1 > 0 && i - h - 1 <= MAX_ABBREV_LENGTH && isLetterAt(text, buf, h + 1) && ABBREV.get(text, buf, h + 1, i) === 'title') kind = 'title';
    }
    const nextIsDigit = w < n && isDigit(buf[w]);
    if (kind === 'title') boundary = false;
    else if ((kind === 'beforeNumber' || kind === 'month') && nextIsDigit) boundary = false;
    else if (kind !== undefined || isAcronymOrInitial(text, buf, a, i)) {
      boundary = w < n && isUpperAt(text, buf, w) && isStarterAt(text, buf, w, n);
    } else boundary = true;
  }
  return boundary ? e : -e - 1;
}

export function splitSentences(text: string, codes?: Uint16Array): SentenceRange[] {
  const out: SentenceRange[] = [];
  const n = text.length;
  const buf = codes ?? codeUnits(text);
  let start = -1;
  let lastNonWs = -1;
  let i = 0;
  while (i < n) {
    // Up to the next terminator or line feed only where the sentence starts (its first non-space
    // character) and its last non-space character so far matter.
    let j = i;
    while (j < n && !isStop(buf[j])) j++;
    if (j > i) {
      if (start < 0) {
        let a = i;
        while (a < j && isWs(buf[a])) a++;
        if (a < j) start = a;
      }
      let b = j - 1;
      while (b >= i && isWs(buf[b])) b--;
      if (b >= i) lastNonWs = b;
      i = j;
      if (i >= n) break;
    }
    if (buf[i] === 10) {
      if (start >= 0) {
        // A blank line ends the sentence.
        let k = i + 1;
        while (k < n && buf[k] !== 10 && isWs(buf[k])) k++;
        if (k < n && buf[k] === 10) {
          out.push({ start, end: lastNonWs + 1 });
          start = -1;
          i = k;
          continue;
        }
      }
      i++;
      continue;
    }
    if (start < 0) start = i;
    const stop = endAtStop(text, buf, i, start, n);
    const e = stop < 0 ? -stop - 1 : stop;
    lastNonWs = e - 1;
    if (stop >= 0) {
      out.push({ start, end: e });
      start = -1;
    }
    i = e;
  }
  if (start >= 0 && lastNonWs >= start) out.push({ start, end: lastNonWs + 1 });
  return out;
}

/**
 * `splitSentences` of a text already scanned into tokens (`scanned`, from `scanTokens(text)`; `buf`: the
 * text's code units), with each sentence's token range. It visits only the tokens that hold a terminator
 * and the gaps that hold a blank line (`ScannedTokens.stops`), not every character: a sentence starts at
 * a token's start and ends at a token's end, since white space never lies inside a token.
 */
export function tokenSentences(text: string, buf: Uint16Array, scanned: ScannedTokens): TokenSentence[] {
  // (collected in a list kept from call to call, and given in a list of their number: a list grown by
  // push holds 17 at its first)
  const out = sentenceScratch;
  let m = 0;
  const n = text.length;
  const { count, starts, ends, stops, stopCount } = scanned;
  // from: the first token of the sentence being read; i: where the last run of terminators read ended
  let from = 0;
  let i = 0;
  for (let x = 0; x < stopCount; x++) {
    const v = stops[x];
    if (v < 0) {
      // a blank line before token k ends the sentence
      const k = -v - 1;
      if (k > from) {
        out[m++] = { start: starts[from], end: ends[k - 1], from, to: k };
        from = k;
      }
      continue;
    }
    // the terminator: a token of its own, or the last full stop of a dotted acronym
    const p = ends[v] - 1;
    if (p < i) continue; // read with the run of terminators before it
    const stop = endAtStop(text, buf, p, starts[from], n);
    i = stop < 0 ? -stop - 1 : stop;
    if (stop >= 0) {
      let to = v + 1;
      while (to < count && starts[to] < stop) to++;
      out[m++] = { start: starts[from], end: stop, from, to };
      from = to;
    }
  }
  if (from < count) out[m++] = { start: starts[from], end: ends[count - 1], from, to: count };
  return out.slice(0, m);
}

/** Scratch of `tokenSentences` (its first entries). */
const sentenceScratch: TokenSentence[] = [];
