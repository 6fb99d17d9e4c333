import { lowerBound } from '../util/search';
import type { BlockKind } from '../types';

/**
 * A run of prose the detectors read. `text` is what a reader sees (inline markup removed);
 * `segments` map positions in `text` back to document offsets, so every finding maps back exactly.
 *
 * Offsets are UTF-16 indices into the exact string that was given to the extractor (a leading BOM,
 * if the caller keeps one, counts as one character).
 */
export interface ProseBlock {
  kind: BlockKind;
  /** Visible text: inline markup (emphasis markers, link destinations, inline code) removed. */
  text: string;
  /**
   * Sorted, non-overlapping, covering every position of `text` in order. For an exact segment
   * (no `docLength`) text[textStart + k] === document[docStart + k] for 0 <= k < length.
   */
  segments: Segment[];
  /** Document range the block covers (from the first to the last visible character). */
  start: number;
  end: number;
  /**
   * Text positions where non-prose content (inline code) was removed: code lies in the document
   * between text[g - 1] and text[g]. A span must not cross one; `toDocRange` clips spans that do.
   * Absent or empty when nothing was removed.
   */
  gaps?: number[];
}

export interface Segment {
  textStart: number;
  docStart: number;
  /** Number of text characters. */
  length: number;
  /**
   * Present only on a replacement segment, where the visible text differs from the source: a
   * character reference (`&amp;` -> `&`), a backslash escape (`\*` -> `*`), NUL -> U+FFFD, or (never
   * expected, a safety net) text the aligner could not match. The `length` text characters stand for
   * document[docStart, docStart + docLength) as a whole; a span touching any of them covers it all.
   */
  docLength?: number;
}

/** A block whose visible text is exactly document[start, start + text.length). */
export function plainBlock(kind: BlockKind, text: string, start: number): ProseBlock {
  return { kind, text, segments: [{ textStart: 0, docStart: start, length: text.length }], start, end: start + text.length };
}

/**
 * For a block that is a block of an earlier extraction moved by a shift (the text under it did not
 * change): the block it was first extracted as. The analyzer keeps its results per original block.
 */
const origins = new WeakMap<ProseBlock, ProseBlock>();

/**
 * True when the block's visible text is exactly the document text it covers (one exact segment, no
 * gaps): such blocks with the same text cover the same document text, wherever they are.
 */
export function isExact(b: ProseBlock): boolean {
  if (b.segments.length !== 1 || (b.gaps !== undefined && b.gaps.length > 0)) return false;
  const s = b.segments[0];
  return s.docLength === undefined && s.textStart === 0 && s.docStart === b.start && s.length === b.text.length && b.end === b.start + b.text.length;
}

/** The block moved by `by` characters (the same text and markup, later or earlier in the document). */
export function shiftBlock(b: ProseBlock, by: number): ProseBlock {
  if (by === 0) return b;
  if (b.gaps === undefined && isExact(b)) return plainBlock(b.kind, b.text, b.start + by);
  const segs = b.segments;
  const segments: Segment[] = new Array<Segment>(segs.length);
  for (let k = 0; k < segs.length; k++) {
    const s = segs[k];
    segments[k] = s.docLength !== undefined
      ? { textStart: s.textStart, docStart: s.docStart + by, length: s.length, docLength: s.docLength }
      : { textStart: s.textStart, docStart: s.docStart + by, length: s.length };
  }
  const out: ProseBlock = { kind: b.kind, text: b.text, segments, start: b.start + by, end: b.end + by };
  if (b.gaps !== undefined) out.gaps = b.gaps;
  origins.set(out, origins.get(b) ?? b);
  return out;
}

/**
 * The block `b` was first extracted as, before any shifts (`b` itself when it was not shifted). Two
 * blocks with the same origin cover the same document text, markup included, at different offsets.
 */
export function originOf(b: ProseBlock): ProseBlock {
  return origins.get(b) ?? b;
}

/** True when the segment's text is not a verbatim copy of the document (see `Segment.docLength`). */
export function isReplacement(seg: Segment): boolean {
  return seg.docLength !== undefined;
}

function findSegment(segs: readonly Segment[], p: number): number {
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].textStart <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Maps a position in `block.text` to a document offset. A start position maps to the start of the
 * character there; an end position (exclusive) maps to just after the character before it, so a
 * span never swallows markup that lies outside it. Inside a replacement segment a start maps to the
 * start of its source and an end to the end of its source (`&amp;` is covered whole).
 */
export function toDocOffset(block: ProseBlock, pos: number, isEnd: boolean): number {
  const segs = block.segments;
  if (segs.length === 0) return block.start;
  const p = isEnd ? pos - 1 : pos;
  const s = segs[findSegment(segs, p)];
  if (s.docLength !== undefined) return isEnd ? s.docStart + s.docLength : s.docStart;
  const inSeg = Math.max(0, Math.min(p - s.textStart, s.length - 1));
  return isEnd ? s.docStart + inSeg + 1 : s.docStart + inSeg;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0;
}

/**
 * Maps the text span [start, end) to a document range. When the span crosses a gap (removed inline
 * code), it is clipped to its longest piece between gaps (pieces trimmed of whitespace), so a
 * document range built from a block never covers code. Returns null for an empty span.
 */
export function toDocRange(block: ProseBlock, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  const gaps = block.gaps;
  if (gaps !== undefined && gaps.length > 0) {
    let bestS = s;
    let bestE = s;
    let pieceS = s;
    const consider = (a: number, b: number): void => {
      while (a < b && isSpace(block.text.charCodeAt(a))) a++;
      while (b > a && isSpace(block.text.charCodeAt(b - 1))) b--;
      if (b - a > bestE - bestS) {
        bestS = a;
        bestE = b;
      }
    };
    let crossed = false;
    for (const g of gaps) {
      if (g <= s) continue;
      if (g >= e) break;
      crossed = true;
      consider(pieceS, g);
      pieceS = g;
    }
    if (crossed) {
      consider(pieceS, e);
      s = bestS;
      e = bestE;
    }
  }
  if (e <= s) return null;
  return { start: toDocOffset(block, s, false), end: toDocOffset(block, e, true) };
}

/** Whether document offset `pos` (inside the block's range) is visible text of one of its segments, not removed markup. */
function isVisibleAt(block: ProseBlock, pos: number): boolean {
  // (the last segment that starts at or before pos)
  const s = block.segments[lowerBound(block.segments, pos + 1, docStartOf) - 1];
  return s !== undefined && pos < s.docStart + (s.docLength ?? s.length);
}

const docStartOf = (s: Segment): number => s.docStart;

/** Emphasis and strike-through delimiter characters: `*`, `_`, `~`. */
function isDelimiter(c: number): boolean {
  return c === 42 || c === 95 || c === 126;
}

/**
 * A document range widened over the emphasis delimiters that close or open one left open inside it, so that its
 * text shows balanced markup: "*Marca" -> "*Marca*", "92 percent** of members" -> "**92 percent** of members".
 * Only removed markup counts (a literal "*" is visible text); `range` is changed in place.
 */
export function balanceMarkup(doc: string, block: ProseBlock, range: { start: number; end: number }): void {
  let open: Array<{ c: number; len: number }> | null = null;
  let closing: Array<{ c: number; len: number }> | null = null;
  // (a link's brackets: "[an independent auditor](https://...)" whole, not "checked by [an independent auditor")
  let brackets = 0;
  for (let p = range.start; p < range.end; ) {
    const c = doc.charCodeAt(p);
    if ((c === 91 || c === 93) && !isVisibleAt(block, p)) brackets += c === 91 ? 1 : -1;
    if (!isDelimiter(c) || isVisibleAt(block, p)) {
      p++;
      continue;
    }
    let q = p + 1;
    while (q < range.end && doc.charCodeAt(q) === c && !isVisibleAt(block, q)) q++;
    const len = q - p;
    const top = open !== null && open.length > 0 ? open[open.length - 1] : undefined;
    if (top !== undefined && top.c === c && top.len === len) open!.pop();
    // (a run with no text before it in the range opens; one after text with nothing open closes one opened before the range)
    else if (p > range.start && !isSpace(doc.charCodeAt(p - 1)) && (q >= range.end || isSpace(doc.charCodeAt(q)) || !/[\p{L}\p{N}]/u.test(doc[q]))) (closing ??= []).push({ c, len });
    else (open ??= []).push({ c, len });
    p = q;
  }
  if (open !== null) {
    for (let k = open.length - 1; k >= 0; k--) {
      const { c, len } = open[k];
      if (runAt(doc, block, range.end, c, len)) range.end += len;
    }
  }
  if (closing !== null) {
    for (const { c, len } of closing) {
      if (range.start - len >= 0 && runAt(doc, block, range.start - len, c, len)) range.start -= len;
    }
  }
  // (the removed markup right after the range, "](https://...)" or "][ref]", or right before it, "[")
  if (brackets > 0 && doc.charCodeAt(range.end) === 93 && !isVisibleAt(block, range.end)) range.end = linkTail(doc, block, range.end);
  if (brackets < 0 && doc.charCodeAt(range.start - 1) === 91 && !isVisibleAt(block, range.start - 1)) range.start--;
}

/** After a link text's removed "]" at `at`: the end of its destination "(...)" or label "[...]" when all of it is removed markup, else of the "]". */
function linkTail(doc: string, block: ProseBlock, at: number): number {
  const next = doc.charCodeAt(at + 1);
  const close = next === 40 ? doc.indexOf(')', at + 2) : next === 91 ? doc.indexOf(']', at + 2) : -1;
  if (close < 0) return at + 1;
  for (let p = at + 1; p <= close; p++) if (isVisibleAt(block, p)) return at + 1;
  return close + 1;
}

/** Whether doc[at, at + len) is a run of removed delimiter c. */
function runAt(doc: string, block: ProseBlock, at: number, c: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (doc.charCodeAt(at + k) !== c || isVisibleAt(block, at + k)) return false;
  return doc.charCodeAt(at + len) !== c && (at === 0 || doc.charCodeAt(at - 1) !== c);
}
