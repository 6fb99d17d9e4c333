/**
 * Plain text -> prose blocks. Every block's text is a verbatim slice of the document (one segment).
 *
 * The paragraph rule:
 * 1. Blank lines (only whitespace) always separate blocks. A run of non-blank lines is a group.
 * 2. Within a group, a line break is a paragraph break, except where a line continues the one before:
 *    a. clear continuation: the line before does not end with sentence-final punctuation
 *       (`.` `!` `?` `:` `;` `…`, optionally followed by closing quotes or brackets) and the line
 *       starts with a lower-case letter (possibly after an opening quote or bracket); or
 *    b. hard wrapping: the group is hard-wrapped (at least two lines, the longest at most
 *       `MAX_WRAP_WIDTH` characters, at least half of its line breaks come after a line without
 *       sentence-final punctuation, and its last line ends with sentence-final punctuation, as a
 *       paragraph does and a list of short items or headlines usually does not, and more than half
 *       of its line breaks, not counting one after a title line, are wraps) and the break is a wrap:
 *       the next line's first word would not have fitted on the line before within the group's width
 *       (so the writer's wrapping, not the writer, broke the line).
 *    So news pasted as one paragraph per line (no blank lines) gives one block per line, and 72-column
 *    text gives one block per paragraph; a short title line above wrapped text stays its own block.
 * 3. A block that is a single line of at most `MAX_HEADLINE_LENGTH` characters with a letter in it and no
 *    sentence-final punctuation at its end is a `heading` (a headline, a subhead, a byline); every other
 *    block is a `paragraph`.
 * Offsets are into the given string; a leading BOM is the caller's to strip (it would count as text).
 */
import type { ProseBlock } from './block';
import { plainBlock } from './block';
import { grownInt32 } from '../util/typed';
import { isLowerCaseAt } from '../util/chars';

export const MAX_WRAP_WIDTH = 100;
export const MAX_HEADLINE_LENGTH = 200;

function isWs(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

function isCloser(c: number): boolean {
  // " ' ) ] } ’ ” »
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 125 || c === 0x2019 || c === 0x201d || c === 0xbb;
}

function isOpener(c: number): boolean {
  // " ' ( [ ‘ “ « „
  return c === 34 || c === 39 || c === 40 || c === 91 || c === 0x2018 || c === 0x201c || c === 0xab || c === 0x201e;
}

/** Does text[a, b) (trimmed) end with sentence-final punctuation, possibly inside closers? */
export function endsWithFinalPunctuation(text: string, a: number, b: number): boolean {
  let k = b - 1;
  while (k >= a && isCloser(text.charCodeAt(k))) k--;
  if (k < a) return false;
  const c = text.charCodeAt(k);
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2026;
}

function startsLower(text: string, a: number, b: number): boolean {
  let k = a;
  while (k < b && isOpener(text.charCodeAt(k))) k++;
  return k < b && isLowerCaseAt(text, k);
}

function firstWordLength(text: string, a: number, b: number): number {
  let k = a;
  while (k < b && !isWs(text.charCodeAt(k))) k++;
  return k - a;
}

/**
 * The lines of the group being read, three numbers per line: its start, and its first and after-last
 * non-whitespace character (line k at 3k, 3k + 1, 3k + 2). One list kept from call to call, as is
 * `fitsBuffer`: an object per line and two lists per group were most of what the extraction made.
 */
let groupLines = new Int32Array(3 * 64);
let fitsBuffer = new Uint8Array(64);

function hasLetter(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c > 127) {
      const ch = text[k];
      if (ch.toLowerCase() !== ch.toUpperCase()) return true;
    }
  }
  return false;
}

/** Emits the blocks of the group of `m` lines in `groupLines`. */
function emitGroup(text: string, m: number, out: ProseBlock[]): void {
  const g = groupLines;
  let width = 0;
  let openEnds = 0;
  for (let k = 0; k < m; k++) {
    width = Math.max(width, g[3 * k + 2] - g[3 * k]);
    if (k < m - 1 && !endsWithFinalPunctuation(text, g[3 * k + 1], g[3 * k + 2])) openEnds++;
  }
  // fits[k]: the first word of line k + 1 would not have fitted on line k within the group's width.
  if (fitsBuffer.length < m) fitsBuffer = new Uint8Array(Math.max(m, 2 * fitsBuffer.length));
  const fits = fitsBuffer;
  const nFits = m - 1;
  for (let k = 0; k < nFits; k++) {
    fits[k] = g[3 * k + 2] - g[3 * k] + 1 + firstWordLength(text, g[3 * k + 4], g[3 * k + 5]) > width ? 1 : 0;
  }
  // A first line that is not wrapped (a title) does not count against the rest being wrapped.
  const from = nFits > 0 && fits[0] === 0 ? 1 : 0;
  let wrappedBreaks = 0;
  for (let k = from; k < nFits; k++) if (fits[k] === 1) wrappedBreaks++;
  const wrapped =
    m >= 2 && width <= MAX_WRAP_WIDTH && openEnds * 2 >= m - 1 && wrappedBreaks * 2 > m - 1 - from &&
    endsWithFinalPunctuation(text, g[3 * m - 2], g[3 * m - 1]);
  let first = 0;
  for (let k = 0; k < m; k++) {
    const last = k === m - 1;
    let join = false;
    if (!last) {
      const open = !endsWithFinalPunctuation(text, g[3 * k + 1], g[3 * k + 2]);
      if (open && startsLower(text, g[3 * k + 4], g[3 * k + 5])) join = true;
      else if (wrapped && fits[k] === 1) join = true;
    }
    if (!join) {
      const a = g[3 * first + 1];
      const b = g[3 * k + 2];
      const single = first === k;
      const heading = single && b - a <= MAX_HEADLINE_LENGTH && !endsWithFinalPunctuation(text, a, b) && hasLetter(text, a, b);
      out.push(plainBlock(heading ? 'heading' : 'paragraph', text.slice(a, b), a));
      first = k + 1;
    }
  }
}

/** Blocks of a plain-text document (see the rule above). */
export function extractPlainText(text: string): ProseBlock[] {
  const out: ProseBlock[] = [];
  const n = text.length;
  // the lines of the group being read (in `groupLines`)
  let m = 0;
  let ls = 0;
  // the next line feed and carriage return at or after ls (n: none), found with indexOf
  let nextLf = -1;
  let nextCr = -1;
  while (ls < n) {
    if (nextLf < ls) {
      nextLf = text.indexOf('\n', ls);
      if (nextLf < 0) nextLf = n;
    }
    if (nextCr < ls) {
      nextCr = text.indexOf('\r', ls);
      if (nextCr < 0) nextCr = n;
    }
    const le = Math.min(nextLf, nextCr);
    // the line's first and after-last non-whitespace character (-1: a blank line)
    let cs = ls;
    while (cs < le && isWs(text.charCodeAt(cs))) cs++;
    let ce = le;
    while (ce > cs && isWs(text.charCodeAt(ce - 1))) ce--;
    if (cs === le) {
      cs = -1;
      ce = -1;
    }
    if (cs < 0) {
      if (m > 0) {
        emitGroup(text, m, out);
        m = 0;
      }
    } else {
      if (groupLines.length < 3 * (m + 1)) groupLines = grownInt32(groupLines, 2 * groupLines.length);
      groupLines[3 * m] = ls;
      groupLines[3 * m + 1] = cs;
      groupLines[3 * m + 2] = ce;
      m++;
    }
    if (le >= n) break;
    ls = text.charCodeAt(le) === 13 && text.charCodeAt(le + 1) === 10 ? le + 2 : le + 1;
  }
  if (m > 0) emitGroup(text, m, out);
  return out;
}
