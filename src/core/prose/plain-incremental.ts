/**
 * Incremental plain-text extraction. The plain-text paragraph rule (./plaintext.ts) only looks inside
 * groups of lines separated by blank lines, so after an edit only the groups around the changed text
 * are extracted again; the blocks before are kept and the blocks after are shifted. The result is
 * always exactly `extractPlainText(newText)` (a property test checks it).
 */
import { plainBlock, shiftBlock, type ProseBlock } from './block';
import { extractPlainText } from './plaintext';

export class PlainTextExtractor {
  private text: string | undefined;
  private last: ProseBlock[] = [];

  /** @param minLength below this many characters (old and new text together) everything is extracted again */
  constructor(private readonly minLength = 4096) {}

  blocks(text: string): ProseBlock[] {
    const old = this.text;
    if (old === undefined || old.length + text.length < this.minLength) return this.remember(text, extractPlainText(text));
    if (old === text) return this.last;
    // the changed region: common prefix and suffix
    const max = Math.min(old.length, text.length);
    const p = commonPrefix(old, text, max);
    const q = commonSuffix(old, text, max - p);
    const delta = text.length - old.length;
    // widen it to whole groups of lines: from after a blank line to before a blank line
    const a = groupStart(text, p);
    const b = groupEnd(text, text.length - q);
    const out: ProseBlock[] = [];
    for (const blk of this.last) if (blk.end <= a) out.push(blk);
    for (const blk of extractPlainText(text.slice(a, b))) out.push(plainBlock(blk.kind, blk.text, blk.start + a));
    for (const blk of this.last) if (blk.start >= b - delta) out.push(shiftBlock(blk, delta));
    return this.remember(text, out);
  }

  private remember(text: string, blocks: ProseBlock[]): ProseBlock[] {
    this.text = text;
    this.last = blocks;
    return blocks;
  }
}

/**
 * Length of the common prefix of a and b, at most max. Whole runs are compared as substrings (a native
 * comparison, much faster than a loop over characters on a long document), halving the run on a mismatch.
 */
export function commonPrefix(a: string, b: string, max: number): number {
  let p = 0;
  let step = 1024;
  let grow = true;
  while (step >= 16) {
    if (p + step <= max && a.substring(p, p + step) === b.substring(p, p + step)) {
      p += step;
      if (grow && step < 65536) step <<= 1;
    } else {
      grow = false;
      step >>= 1;
    }
  }
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

/** Length of the common suffix of a and b, at most max (see `commonPrefix`). */
export function commonSuffix(a: string, b: string, max: number): number {
  let q = 0;
  let step = 1024;
  let grow = true;
  const la = a.length;
  const lb = b.length;
  while (step >= 16) {
    if (q + step <= max && a.substring(la - q - step, la - q) === b.substring(lb - q - step, lb - q)) {
      q += step;
      if (grow && step < 65536) step <<= 1;
    } else {
      grow = false;
      step >>= 1;
    }
  }
  while (q < max && a.charCodeAt(la - 1 - q) === b.charCodeAt(lb - 1 - q)) q++;
  return q;
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (!(c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000)) return false;
  }
  return true;
}

/** Start of the line holding position pos. */
function lineStart(text: string, pos: number): number {
  let k = pos;
  while (k > 0 && !isBreak(text.charCodeAt(k - 1))) k--;
  return k;
}

/** End of the line holding position pos (before its line break). */
function lineEnd(text: string, pos: number): number {
  let k = pos;
  while (k < text.length && !isBreak(text.charCodeAt(k))) k++;
  return k;
}

/** The start of the line after the first blank line before pos, or 0. */
function groupStart(text: string, pos: number): number {
  let a = lineStart(text, Math.min(pos, text.length));
  while (a > 0) {
    // the line before a: skip a's line break (\n, \r or \r\n)
    let e = a - 1;
    if (text.charCodeAt(e) === 10 && e > 0 && text.charCodeAt(e - 1) === 13) e--;
    const s = lineStart(text, e);
    if (isBlank(text, s, e)) return a;
    a = s;
  }
  return 0;
}

/** The end of the line before the first blank line at or after pos, or the text's end. */
function groupEnd(text: string, pos: number): number {
  let b = lineEnd(text, Math.max(0, pos));
  while (b < text.length) {
    let s = b + 1;
    if (text.charCodeAt(b) === 13 && text.charCodeAt(b + 1) === 10) s++;
    const e = lineEnd(text, s);
    if (isBlank(text, s, e)) return b;
    b = e;
  }
  return text.length;
}
