import type { BlockKind } from '../types';

/**
 * A run of prose the detectors read. `text` is what a reader sees (inline markup removed);
 * `segments` map positions in `text` back to document offsets, so every finding maps back exactly.
 */
export interface ProseBlock {
  kind: BlockKind;
  /** Visible text: inline markup (emphasis markers, link destinations, inline code) removed. */
  text: string;
  /** Sorted, non-overlapping: text[textStart + k] is document[docStart + k] for 0 <= k < length. */
  segments: Segment[];
  /** Document range the block covers (from the first to the last visible character). */
  start: number;
  end: number;
}

export interface Segment {
  textStart: number;
  docStart: number;
  length: number;
}

/** A block whose visible text is exactly document[start, start + text.length). */
export function plainBlock(kind: BlockKind, text: string, start: number): ProseBlock {
  return { kind, text, segments: [{ textStart: 0, docStart: start, length: text.length }], start, end: start + text.length };
}

/**
 * Maps a position in `block.text` to a document offset. A start position maps to the start of the
 * character there; an end position (exclusive) maps to just after the character before it, so a
 * span never swallows markup that lies outside it.
 */
export function toDocOffset(block: ProseBlock, pos: number, isEnd: boolean): number {
  const segs = block.segments;
  if (segs.length === 0) return block.start;
  const p = isEnd ? pos - 1 : pos;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].textStart <= p) lo = mid;
    else hi = mid - 1;
  }
  const s = segs[lo];
  const inSeg = Math.max(0, Math.min(p - s.textStart, s.length - 1));
  return isEnd ? s.docStart + inSeg + 1 : s.docStart + inSeg;
}
