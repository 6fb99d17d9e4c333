/**
 * Markdown -> prose blocks, with exact offsets, incrementally.
 *
 * Parsing: unified + remark-parse + remark-gfm + remark-frontmatter (yaml and toml). Headings,
 * paragraphs (kind by their nearest container: list item, block quote, or none; paragraphs of
 * footnote definitions are `paragraph`), and GFM table cells are prose. Code (fenced, indented,
 * inline), HTML, images, link destinations and titles, definitions, footnote labels and front matter
 * never reach a block's text. Inline code is removed and recorded in `ProseBlock.gaps`; `toDocRange`
 * clips a span that would cross it. Text nodes are aligned character by character with their source
 * (escapes, character references and NUL become replacement segments with `docLength`).
 *
 * Incremental: `scanMarkdown` cuts the source into top-level chunks at blank lines (a line scan that
 * tracks fenced code, HTML blocks of types 1-5 and front matter, and only cuts before a line that
 * starts in column 0, so list continuations, indented code and footnote bodies stay with their
 * block). Each chunk is parsed alone and cached by its text; an edit re-parses one chunk. Chunks made
 * of simple lines (headings, bullet items, paragraphs with emphasis, links, inline code; a lone fenced
 * code block) skip remark (`fastChunk`). Link reference and footnote definitions are taken from the
 * chunks' parse trees, and a chunk whose text still shows a `[` is parsed again with stub definitions
 * of every label in the document appended, so references resolve across chunks.
 *
 * Equivalence with one whole-document parse is property-tested (test/unit/prose-properties.test.ts) on
 * generated documents. Deliberate difference from plain remark: front matter is only parsed when the
 * opening fence is closed (micromark-extension-frontmatter 2 otherwise turns later list items into
 * paragraphs); `extractMarkdownWhole` applies the same rule.
 *
 * Offsets are UTF-16 indices into the exact string given (a leading BOM counts as one character).
 */
import type * as Unified from 'unified' with { 'resolution-mode': 'import' };
import type * as RemarkParse from 'remark-parse' with { 'resolution-mode': 'import' };
import type * as RemarkGfm from 'remark-gfm' with { 'resolution-mode': 'import' };
import type * as RemarkFrontmatter from 'remark-frontmatter' with { 'resolution-mode': 'import' };
import type * as DecodeNamed from 'decode-named-character-reference' with { 'resolution-mode': 'import' };
import type { Nodes, PhrasingContent, Root } from 'mdast';
import type { BlockKind } from '../types';
import { shiftBlock, type ProseBlock, type Segment } from './block';
import { commonPrefix, commonSuffix } from './plain-incremental';
import { lowerBound } from '../util/search';
import { keepMaps } from '../util/keep-maps';

// unified and remark are ES modules; Node >= 20.19 and esbuild both load them through require().
/* eslint-disable @typescript-eslint/no-require-imports */
const { unified } = require('unified') as typeof Unified;
const remarkParse = (require('remark-parse') as typeof RemarkParse).default;
const remarkGfm = (require('remark-gfm') as typeof RemarkGfm).default;
const remarkFrontmatter = (require('remark-frontmatter') as typeof RemarkFrontmatter).default;
const { decodeNamedCharacterReference } = require('decode-named-character-reference') as typeof DecodeNamed;
/* eslint-enable @typescript-eslint/no-require-imports */

const withFrontmatter = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
const withoutFrontmatter = unified().use(remarkParse).use(remarkGfm).freeze();

// ---------------------------------------------------------------------------------------------
// Building one block's visible text and its segments

class BlockBuilder {
  private parts: string[] = [];
  private len = 0;
  private segs: Segment[] = [];
  private gaps: number[] = [];

  constructor(private readonly base: number) {}

  exact(str: string, docStart: number): void {
    if (str.length === 0) return;
    const d = docStart + this.base;
    const last = this.segs.length > 0 ? this.segs[this.segs.length - 1] : undefined;
    if (last !== undefined && last.docLength === undefined && last.textStart + last.length === this.len && last.docStart + last.length === d) {
      last.length += str.length;
    } else {
      this.segs.push({ textStart: this.len, docStart: d, length: str.length });
    }
    this.parts.push(str);
    this.len += str.length;
  }

  replacement(str: string, docStart: number, docLength: number): void {
    if (str.length === 0) return;
    this.segs.push({ textStart: this.len, docStart: docStart + this.base, length: str.length, docLength });
    this.parts.push(str);
    this.len += str.length;
  }

  gap(): void {
    if (this.gaps.length === 0 || this.gaps[this.gaps.length - 1] !== this.len) this.gaps.push(this.len);
  }

  finish(kind: BlockKind): ProseBlock | null {
    const full = this.parts.join('');
    let a = 0;
    let b = full.length;
    while (a < b && isTrimSpace(full.charCodeAt(a))) a++;
    while (b > a && isTrimSpace(full.charCodeAt(b - 1))) b--;
    if (a === b) return null;
    const text = a === 0 && b === full.length ? full : full.slice(a, b);
    const segments = a === 0 && b === full.length ? this.segs : sliceSegments(this.segs, a, b);
    const gaps = this.gaps.filter((g) => g > a && g < b).map((g) => g - a);
    const first = segments[0];
    const last = segments[segments.length - 1];
    const start = first.docStart;
    const end = last.docLength !== undefined ? last.docStart + last.docLength : last.docStart + last.length;
    const block: ProseBlock = { kind, text, segments, start, end };
    if (gaps.length > 0) block.gaps = gaps;
    return block;
  }
}

// (one BlockBuilder kept for good: builders live only while a document is extracted, and without a
// live one a full GC frees their maps and the optimised code of the constructor and `exact`; see keepMaps)
keepMaps(new BlockBuilder(0));

function isTrimSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Segments restricted to text range [a, b), re-based so that text position a becomes 0. */
function sliceSegments(segs: readonly Segment[], a: number, b: number): Segment[] {
  const out: Segment[] = [];
  for (const s of segs) {
    const sEnd = s.textStart + s.length;
    if (sEnd <= a || s.textStart >= b) continue;
    const from = Math.max(a, s.textStart);
    const to = Math.min(b, sEnd);
    if (s.docLength !== undefined) {
      out.push({ textStart: from - a, docStart: s.docStart, length: to - from, docLength: s.docLength });
    } else {
      out.push({ textStart: from - a, docStart: s.docStart + (from - s.textStart), length: to - from });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Aligning a text node's decoded value with its source

function isAsciiPunct(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

function decodeNumeric(value: string, base: number): string {
  const code = Number.parseInt(value, base);
  if (
    code < 9 || code === 11 || (code > 13 && code < 32) || (code > 126 && code < 160) ||
    (code > 55295 && code < 57344) || (code > 64975 && code < 65008) ||
    (code & 65535) === 65535 || (code & 65535) === 65534 || code > 1114111
  ) {
    return '\uFFFD';
  }
  return String.fromCodePoint(code);
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** A valid character reference at src[j] (which is '&'): its decoded text and source length. */
function matchEntity(src: string, j: number, end: number): { decoded: string; length: number } | null {
  let k = j + 1;
  if (k >= end) return null;
  if (src.charCodeAt(k) === 35 /* # */) {
    k++;
    let hex = false;
    if (k < end && (src.charCodeAt(k) === 120 || src.charCodeAt(k) === 88)) {
      hex = true;
      k++;
    }
    const ds = k;
    const max = hex ? 6 : 7;
    while (k < end && k - ds < max && (hex ? isHex(src.charCodeAt(k)) : src.charCodeAt(k) >= 48 && src.charCodeAt(k) <= 57)) k++;
    if (k === ds || k >= end || src.charCodeAt(k) !== 59) return null;
    return { decoded: decodeNumeric(src.slice(ds, k), hex ? 16 : 10), length: k + 1 - j };
  }
  const ns = k;
  while (k < end && k - ns < 32 && isAlnum(src.charCodeAt(k))) k++;
  if (k === ns || k >= end || src.charCodeAt(k) !== 59) return null;
  const decoded = decodeNamedCharacterReference(src.slice(ns, k));
  if (decoded === false) return null;
  return { decoded, length: k + 1 - j };
}

function isPrefixChar(c: number): boolean {
  return c === 32 || c === 9 || c === 62; /* space, tab, > */
}

/**
 * Appends `value` (a text node's decoded value) to the block, mapping it onto src[j, end): equal
 * characters map one to one; escapes, character references and NUL become replacement segments;
 * source whitespace the value dropped (line ends, line starts) and container prefixes after a line
 * ending (`>`, indentation) are skipped.
 */
function alignText(value: string, src: string, start: number, end: number, b: BlockBuilder, lenient = false): number {
  const n = value.length;
  let i = 0;
  let j = start;
  let runI = 0;
  let runJ = j;
  while (i < n) {
    if (j >= end) break;
    const v = value.charCodeAt(i);
    const s = src.charCodeAt(j);
    if (s === 92 /* \ */ && j + 1 < end && src.charCodeAt(j + 1) === v && isAsciiPunct(v)) {
      b.exact(value.slice(runI, i), runJ);
      b.replacement(value[i], j, 2);
      i++;
      j += 2;
      runI = i;
      runJ = j;
      continue;
    }
    if (s === 38 /* & */) {
      const ent = matchEntity(src, j, end);
      if (ent !== null && value.startsWith(ent.decoded, i)) {
        b.exact(value.slice(runI, i), runJ);
        b.replacement(ent.decoded, j, ent.length);
        i += ent.decoded.length;
        j += ent.length;
        runI = i;
        runJ = j;
        continue;
      }
    }
    if (v === s) {
      i++;
      j++;
      if (v === 10 || (v === 13 && value.charCodeAt(i) !== 10)) {
        // After a line ending: skip the container prefix (`>` markers, indentation). If the value's
        // next line itself starts with prefix-like characters, they are the end of the source's run.
        let q = j;
        while (q < end && isPrefixChar(src.charCodeAt(q))) q++;
        let r = 0;
        while (i + r < n && isPrefixChar(value.charCodeAt(i + r))) r++;
        const k = Math.max(j, q - r);
        if (k !== j) {
          b.exact(value.slice(runI, i), runJ);
          j = k;
          runI = i;
          runJ = j;
        }
      }
      continue;
    }
    if (s === 0 && v === 0xfffd) {
      b.exact(value.slice(runI, i), runJ);
      b.replacement(value[i], j, 1);
      i++;
      j++;
      runI = i;
      runJ = j;
      continue;
    }
    if (s === 32 || s === 9 || lenient) {
      // Source whitespace the value dropped; or, for a node remark made without a position, markup
      // before its text (`## ` of a heading whose text a GFM transform split).
      if (runI < i) b.exact(value.slice(runI, i), runJ);
      j++;
      runI = i;
      runJ = j;
      continue;
    }
    break;
  }
  b.exact(value.slice(runI, i), runJ);
  if (i < n) {
    // Safety net: never expected. The rest of the value stands for the rest of the node's source.
    b.replacement(value.slice(i), j, Math.max(0, end - j));
    return end;
  }
  return j;
}

// ---------------------------------------------------------------------------------------------
// Tree -> blocks

/**
 * Appends the visible text of phrasing nodes whose source lies in src[from, to). Nodes that remark
 * created without a position (GFM autolink literals found by a tree transform, and the text around
 * them) are aligned from the end of the previous node. Returns the offset after the last node.
 */
function phrasing(nodes: readonly PhrasingContent[], src: string, b: BlockBuilder, from: number, to: number): number {
  let cursor = from;
  for (let idx = 0; idx < nodes.length; idx++) {
    const node = nodes[idx];
    const ps = node.position?.start.offset;
    const pe = node.position?.end.offset;
    const positioned = ps !== undefined && pe !== undefined;
    let start = cursor;
    let limit = to;
    if (positioned) {
      start = ps;
      limit = pe;
    } else {
      for (let k = idx + 1; k < nodes.length; k++) {
        const o = nodes[k].position?.start.offset;
        if (o !== undefined) {
          limit = o;
          break;
        }
      }
    }
    switch (node.type) {
      case 'text':
        cursor = alignText(node.value, src, start, limit, b, !positioned);
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        cursor = phrasing(node.children, src, b, start, limit);
        break;
      case 'inlineCode':
        b.gap();
        break;
      case 'break': {
        if (!positioned) break;
        let k = start;
        while (k < limit && src.charCodeAt(k) !== 10 && src.charCodeAt(k) !== 13) k++;
        b.exact(src.slice(k, limit), k);
        break;
      }
      default:
        // image, imageReference, html, footnoteReference: not prose.
        break;
    }
    if (positioned) cursor = pe;
  }
  return cursor;
}

function collect(node: Nodes, container: BlockKind, src: string, base: number, limit: number, out: ProseBlock[]): void {
  const off = node.position?.start.offset;
  if (off !== undefined && off >= limit) return;
  switch (node.type) {
    case 'root':
    case 'list':
      for (const c of node.children) collect(c, container, src, base, limit, out);
      break;
    case 'footnoteDefinition':
      for (const c of node.children) collect(c, 'paragraph', src, base, limit, out);
      break;
    case 'listItem':
      for (const c of node.children) collect(c, 'listItem', src, base, limit, out);
      break;
    case 'blockquote':
      for (const c of node.children) collect(c, 'blockquote', src, base, limit, out);
      break;
    case 'paragraph':
    case 'heading': {
      const b = new BlockBuilder(base);
      phrasing(node.children, src, b, off ?? 0, node.position?.end.offset ?? src.length);
      const block = b.finish(node.type === 'heading' ? 'heading' : container);
      if (block !== null) out.push(block);
      break;
    }
    case 'table':
      for (const row of node.children) {
        for (const cell of row.children) {
          const b = new BlockBuilder(base);
          phrasing(cell.children, src, b, cell.position?.start.offset ?? 0, cell.position?.end.offset ?? src.length);
          const block = b.finish('tableCell');
          if (block !== null) out.push(block);
        }
      }
      break;
    default:
      // code, html, yaml, toml, definition, thematicBreak: not prose.
      break;
  }
}

function blocksOfTree(root: Root, src: string, base: number, limit: number): ProseBlock[] {
  const out: ProseBlock[] = [];
  collect(root, 'paragraph', src, base, limit, out);
  return out;
}

/** Whole-document extraction with one remark parse (the reference the chunked extraction must equal). */
export function extractMarkdownWhole(text: string): ProseBlock[] {
  return parseBlocks(text, true, Infinity);
}

/**
 * Parses `src` (a chunk, or a whole document when `front`) into blocks with offsets relative to it,
 * keeping those that start before `limit`. micromark drops a leading BOM and counts offsets without
 * it, so a document-initial BOM is parsed off and the offsets shifted back by one.
 */
function parseBlocks(src: string, front: boolean, limit: number): ProseBlock[] {
  if (front && src.charCodeAt(0) === 0xfeff) {
    const body = src.slice(1);
    return blocksOfTree(processorFor(body).parse(body), body, 1, limit - 1);
  }
  return blocksOfTree((front ? processorFor(src) : withoutFrontmatter).parse(src), src, 0, limit);
}

const FRONT_RE = /^(?:---|\+\+\+)[ \t]*$/;

/**
 * Offset after the closing fence of the front matter that opens `text` (`---` ... `---` or `+++` ...
 * `+++`, each fence alone on its line, trailing spaces allowed), or 0 when there is none.
 */
export function frontMatterEnd(text: string): number {
  const n = text.length;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let le = bom;
  while (le < n && text.charCodeAt(le) !== 10 && text.charCodeAt(le) !== 13) le++;
  const first = text.slice(bom, le);
  if (!FRONT_RE.test(first)) return 0;
  const marker = first.slice(0, 3);
  let ls = le;
  while (ls < n) {
    ls = text.charCodeAt(ls) === 13 && text.charCodeAt(ls + 1) === 10 ? ls + 2 : ls + 1;
    let e = ls;
    while (e < n && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
    const line = text.slice(ls, e);
    if (line.startsWith(marker) && FRONT_RE.test(line)) return e;
    ls = e;
  }
  return 0;
}

/**
 * remark-frontmatter only when the text opens with a closed front matter block: with an unclosed
 * opening `---`/`+++` line, micromark-extension-frontmatter 2 turns later column-0 list items into
 * paragraphs (`---\n\n- x` gives a paragraph "- x"), where CommonMark has a thematic break and a list.
 */
function processorFor(text: string): typeof withFrontmatter {
  return frontMatterEnd(text) > 0 ? withFrontmatter : withoutFrontmatter;
}

// ---------------------------------------------------------------------------------------------
// Fast path: chunks made only of simple lines are turned into blocks without remark.
//
// A chunk qualifies when every line is one of
//   H  an ATX heading `#{1,6} ` + inline content (no closing #s),
//   L  a bullet item `- ` + inline content (one line; its content starts with a letter or digit run
//      not followed by . or ), or with ** * _ [ followed by a letter), or
//   P  a paragraph line (not starting with whitespace, `-`, `+`, `#`, `>`, `=`, `` ` ``, `~`, `<`,
//      `|`, an ordered-list marker, `*`/`_` + space, or a thematic break),
// no P line follows an L line (that would be a lazy continuation), and the inline content holds only:
// text without `\`, `<`, `~`, `|`, NUL, `![`, or a character reference; `*`/`_` runs of length 1 or 2
// that pair up on the same line as unambiguous opener/closer without nesting; single-backtick code
// spans on one line; `[text](destination)` links with plain text and a destination without spaces,
// quotes or parentheses. Anything else goes to remark. The property test "the fast path equals remark"
// compares both on random simple chunks.

function isAlnumAt(s: string, k: number): boolean {
  const c = s.charCodeAt(k);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  return /[\p{L}\p{N}]/u.test(s[k]);
}

/** Before an opening delimiter: line start, whitespace or an opening bracket/quote. */
function isOpenContext(s: string, k: number, a: number): boolean {
  if (k < a) return true;
  const c = s.charCodeAt(k);
  return c === 32 || c === 9 || c === 40 || c === 91 || c === 34 || c === 0x201c || c === 0x2018;
}

/** After a closing delimiter: line end, whitespace or closing punctuation. */
function isCloseContext(s: string, k: number, b: number): boolean {
  if (k >= b) return true;
  const c = s.charCodeAt(k);
  return c === 32 || c === 9 || c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 34 || c === 39 || c === 0x201d || c === 0x2019;
}

function isClosingPunct(c: number): boolean {
  return c === 46 || c === 44 || c === 33 || c === 63 || c === 41 || c === 34 || c === 39 || c === 0x201d || c === 0x2019;
}

const AUTOLINK_HINT = /www\.|:\/\/|@/i;

/** ASCII characters `simpleInline` must look at; every other character is plain text. */
const INLINE_SPECIAL = new Uint8Array(128);
for (const ch of '\\<~|]![&`*_') INLINE_SPECIAL[ch.charCodeAt(0)] = 1;
INLINE_SPECIAL[0] = 1;

/** Markup ranges to drop from a line: [start, end, isCode]. */
type Skip = [number, number, boolean];

/** Appends the visible text of the inline content src[a, b) (one line). False: not simple, use remark. */
function simpleInline(src: string, a: number, b: number, out: Skip[]): boolean {
  const delims: Array<{ k: number; r: number; ch: number; opener: boolean }> = [];
  const first = out.length;
  let k = a;
  while (k < b) {
    const c = src.charCodeAt(k);
    if (c >= 128 || INLINE_SPECIAL[c] === 0) {
      k++;
      continue;
    }
    if (c === 92 || c === 60 || c === 126 || c === 124 || c === 0 || c === 93) return false;
    if (c === 33 && src.charCodeAt(k + 1) === 91) return false;
    if (c === 38) {
      let m = k + 1;
      if (src.charCodeAt(m) === 35) m++;
      while (m < b && isAlnum(src.charCodeAt(m))) m++;
      if (m > k + 1 && src.charCodeAt(m) === 59) return false;
      k++;
      continue;
    }
    if (c === 96) {
      if (src.charCodeAt(k + 1) === 96) return false;
      let m = k + 1;
      while (m < b && src.charCodeAt(m) !== 96) m++;
      if (m >= b || src.charCodeAt(m + 1) === 96) return false;
      out.push([k, m + 1, true]);
      k = m + 1;
      continue;
    }
    if (c === 91) {
      if (src.charCodeAt(k + 1) === 94) return false;
      let m = k + 1;
      for (; m < b; m++) {
        const t = src.charCodeAt(m);
        if (t === 93) break;
        if (t === 92 || t === 38 || t === 60 || t === 96 || t === 42 || t === 95 || t === 91 || t === 126 || t === 124 || t === 0) return false;
      }
      if (m >= b || m === k + 1 || src.charCodeAt(m + 1) !== 40) return false;
      let e = m + 2;
      for (; e < b; e++) {
        const t = src.charCodeAt(e);
        if (t === 41) break;
        if (t === 32 || t === 9 || t === 40 || t === 60 || t === 34 || t === 39 || t === 92 || t === 96 || t === 0) return false;
      }
      if (e >= b) return false;
      out.push([k, k + 1, false], [m, e + 1, false]);
      k = e + 1;
      continue;
    }
    if (c === 42 || c === 95) {
      let m = k;
      while (m < b && src.charCodeAt(m) === c) m++;
      const r = m - k;
      if (r > 2) return false;
      const opener = isOpenContext(src, k - 1, a) && m < b && isAlnumAt(src, m);
      const before = k - 1 >= a ? src.charCodeAt(k - 1) : 32;
      const closer =
        k - 1 >= a &&
        (isAlnumAt(src, k - 1) ? isCloseContext(src, m, b) : isClosingPunct(before) && (m >= b || src.charCodeAt(m) === 32 || src.charCodeAt(m) === 9));
      if (opener === closer) return false;
      delims.push({ k, r, ch: c, opener });
      k = m;
      continue;
    }
    k++;
  }
  if (delims.length % 2 !== 0) return false;
  // GFM autolink literals (www., scheme://, e-mail) interact with neighbouring markup in ways remark
  // alone gets right: only take the fast path for them when the line has no markup at all.
  if (out.length > first || delims.length > 0) {
    let visible = '';
    let at = a;
    for (const [s, e] of out.slice(first).sort(bySkipStart)) {
      visible += src.slice(at, s) + ' ';
      at = e;
    }
    visible += src.slice(at, b);
    if (AUTOLINK_HINT.test(visible)) return false;
  }
  for (let d = 0; d < delims.length; d += 2) {
    const o = delims[d];
    const cl = delims[d + 1];
    if (!o.opener || cl.opener || o.ch !== cl.ch || o.r !== cl.r) return false;
    out.push([o.k, o.k + o.r, false], [cl.k, cl.k + cl.r, false]);
  }
  if (delims.length > 0) {
    const mine = out.splice(first).sort(bySkipStart);
    for (const s of mine) out.push(s);
  }
  return true;
}

/**
 * Orders skips by start. (One function for the life of the process: an arrow written in the call is a new
 * closure each time, and V8 keeps a closure's optimised code only while a closure of it lives.)
 */
function bySkipStart(x: Skip, y: Skip): number {
  return x[0] - y[0];
}

/** Emits src[a, b) minus the skips (sorted) into the builder. */
function emitInline(src: string, a: number, b: number, skips: readonly Skip[], bld: BlockBuilder): void {
  let at = a;
  for (const [s, e, code] of skips) {
    if (s > at) bld.exact(src.slice(at, s), at);
    if (code) bld.gap();
    at = e;
  }
  if (b > at) bld.exact(src.slice(at, b), at);
}

function isOnlyThematic(src: string, a: number, b: number): boolean {
  const ch = src.charCodeAt(a);
  if (ch !== 42 && ch !== 95 && ch !== 45) return false;
  let count = 0;
  for (let k = a; k < b; k++) {
    const c = src.charCodeAt(k);
    if (c === ch) count++;
    else if (c !== 32 && c !== 9) return false;
  }
  return count >= 3;
}

/** Can inline content start at p (first character of a list item's or heading's content)? */
function simpleContentStart(src: string, p: number, e: number): boolean {
  if (p >= e) return false;
  const c = src.charCodeAt(p);
  if (c >= 48 && c <= 57) {
    let k = p;
    while (k < e && src.charCodeAt(k) >= 48 && src.charCodeAt(k) <= 57) k++;
    const d = src.charCodeAt(k);
    return d !== 46 && d !== 41;
  }
  if (c === 42 || c === 95) return p + 1 < e && (isAlnumAt(src, p + 1) || (src.charCodeAt(p + 1) === c && isAlnumAt(src, p + 2)));
  if (c === 91) return p + 1 < e && isAlnumAt(src, p + 1) && src.charCodeAt(p + 2) !== 93;
  if (c === 34 || c === 0x201c) return true;
  return isAlnumAt(src, p);
}

/**
 * Is the chunk exactly one fenced code block: an opening fence in column 0 (backtick info string
 * without backticks), no closing fence before the last line, and a closing fence as the last line?
 */
function isSingleFencedCode(chunk: string): boolean {
  const n = chunk.length;
  let le = 0;
  while (le < n && chunk.charCodeAt(le) !== 10 && chunk.charCodeAt(le) !== 13) le++;
  const open = fenceRun(chunk, 0, le);
  if (open === null || le >= n) return false;
  if (open.ch === 96 && chunk.slice(open.len, le).includes('`')) return false;
  let ls = le;
  for (;;) {
    ls = chunk.charCodeAt(ls) === 13 && chunk.charCodeAt(ls + 1) === 10 ? ls + 2 : ls + 1;
    if (ls > n) return false;
    let e = ls;
    while (e < n && chunk.charCodeAt(e) !== 10 && chunk.charCodeAt(e) !== 13) e++;
    let p = ls;
    while (p < e && p - ls < 3 && chunk.charCodeAt(p) === 32) p++;
    const run = fenceRun(chunk, p, e);
    const closes = run !== null && run.ch === open.ch && run.len >= open.len && isBlankLine(chunk, p + run.len, e);
    if (closes) return e >= n;
    if (e >= n) return false;
    ls = e;
  }
}

/**
 * The blocks remark would produce for `chunk` when it is simple (see above), with offsets plus
 * `base`; undefined when remark must decide.
 */
export function fastChunk(chunk: string, base: number): ProseBlock[] | undefined {
  const n = chunk.length;
  if (isSingleFencedCode(chunk)) return [];
  const out: ProseBlock[] = [];
  let para: BlockBuilder | null = null;
  let prev: 'H' | 'L' | 'P' | null = null;
  const skips: Skip[] = [];
  const flush = (): void => {
    if (para !== null) {
      const blk = para.finish('paragraph');
      if (blk !== null) out.push(blk);
      para = null;
    }
  };
  const hasCR = chunk.indexOf('\r') >= 0;
  let ls = 0;
  while (ls < n) {
    let le: number;
    if (hasCR) {
      le = ls;
      while (le < n && chunk.charCodeAt(le) !== 10 && chunk.charCodeAt(le) !== 13) le++;
    } else {
      le = chunk.indexOf('\n', ls);
      if (le < 0) le = n;
    }
    const next = le >= n ? n : chunk.charCodeAt(le) === 13 && chunk.charCodeAt(le + 1) === 10 ? le + 2 : le + 1;
    let te = le;
    while (te > ls && (chunk.charCodeAt(te - 1) === 32 || chunk.charCodeAt(te - 1) === 9)) te--;
    if (te === ls) return undefined; // blank line inside a chunk
    const c0 = chunk.charCodeAt(ls);
    skips.length = 0;
    if (c0 === 35) {
      // ATX heading
      let h = ls;
      while (h < te && chunk.charCodeAt(h) === 35) h++;
      if (h - ls > 6 || h >= te || chunk.charCodeAt(h) !== 32) return undefined;
      let p = h;
      while (p < te && (chunk.charCodeAt(p) === 32 || chunk.charCodeAt(p) === 9)) p++;
      if (p >= te || chunk.charCodeAt(te - 1) === 35 || !simpleContentStart(chunk, p, te)) return undefined;
      if (!simpleInline(chunk, p, te, skips)) return undefined;
      flush();
      const bld = new BlockBuilder(base);
      emitInline(chunk, p, te, skips, bld);
      const blk = bld.finish('heading');
      if (blk !== null) out.push(blk);
      prev = 'H';
    } else if (c0 === 45 && chunk.charCodeAt(ls + 1) === 32) {
      // bullet item
      const p = ls + 2;
      if (!simpleContentStart(chunk, p, te) || isOnlyThematic(chunk, ls, te)) return undefined;
      if (!simpleInline(chunk, p, te, skips)) return undefined;
      flush();
      const bld = new BlockBuilder(base);
      emitInline(chunk, p, te, skips, bld);
      const blk = bld.finish('listItem');
      if (blk !== null) out.push(blk);
      prev = 'L';
    } else {
      if (prev === 'L') return undefined;
      // ':' may open a table's delimiter row under a header line ("a\n:-" is a one-column table)
      if (
        c0 === 32 || c0 === 9 || c0 === 45 || c0 === 43 || c0 === 62 || c0 === 61 || c0 === 96 || c0 === 126 ||
        c0 === 60 || c0 === 124 || c0 === 58 || isOnlyThematic(chunk, ls, te)
      ) {
        return undefined;
      }
      if ((c0 === 42 || c0 === 95) && !(ls + 1 < te && chunk.charCodeAt(ls + 1) !== 32 && chunk.charCodeAt(ls + 1) !== 9)) return undefined;
      if (c0 >= 48 && c0 <= 57) {
        let k = ls;
        while (k < te && chunk.charCodeAt(k) >= 48 && chunk.charCodeAt(k) <= 57) k++;
        const d = chunk.charCodeAt(k);
        if (d === 46 || d === 41) return undefined;
      }
      if (!simpleInline(chunk, ls, te, skips)) return undefined;
      para ??= new BlockBuilder(base);
      emitInline(chunk, ls, te, skips, para);
      if (next > le && next < n) {
        // keep the line ending; a following H or L line ends the paragraph (finish() trims it)
        para.exact(chunk.slice(le, next), le);
      }
      prev = 'P';
    }
    ls = next;
  }
  flush();
  return out;
}

// ---------------------------------------------------------------------------------------------
// Chunking

export interface Chunk {
  start: number;
  end: number;
}


function isBlankLine(text: string, ls: number, le: number): boolean {
  for (let k = ls; k < le; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Offset after container markers (`>`, list markers) and indentation at the start of a line. */
function stripContainers(text: string, ls: number, le: number): number {
  let p = ls;
  for (;;) {
    while (p < le && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
    if (p >= le) return p;
    const c = text.charCodeAt(p);
    if (c === 62) {
      p++;
      continue;
    }
    if ((c === 45 || c === 42 || c === 43) && (p + 1 >= le || text.charCodeAt(p + 1) === 32 || text.charCodeAt(p + 1) === 9)) {
      p++;
      continue;
    }
    if (c >= 48 && c <= 57) {
      let k = p;
      while (k < le && k - p < 9 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
      const d = text.charCodeAt(k);
      if (k < le && (d === 46 || d === 41) && (k + 1 >= le || text.charCodeAt(k + 1) === 32 || text.charCodeAt(k + 1) === 9)) {
        p = k + 1;
        continue;
      }
    }
    return p;
  }
}

interface Fence {
  ch: number;
  len: number;
  /** Column of the opening fence (after container markers). */
  col?: number;
  /** Block quote markers before the opening fence. */
  quotes?: number;
}

/** Width of the leading whitespace (tabs to the next multiple of 4), counted up to 4. */
function indentWidth(text: string, ls: number, le: number): number {
  let w = 0;
  for (let k = ls; k < le && w < 4; k++) {
    const c = text.charCodeAt(k);
    if (c === 32) w++;
    else if (c === 9) w += 4 - (w % 4);
    else break;
  }
  return w;
}

function prefixQuotes(text: string, ls: number, p: number): number {
  let q = 0;
  for (let k = ls; k < p; k++) if (text.charCodeAt(k) === 62) q++;
  return q;
}

function prefixHasListMarker(text: string, ls: number, p: number): boolean {
  for (let k = ls; k < p; k++) {
    const c = text.charCodeAt(k);
    if (c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57)) return true;
  }
  return false;
}

function fenceRun(text: string, p: number, le: number): Fence | null {
  const ch = text.charCodeAt(p);
  if (ch !== 96 && ch !== 126) return null;
  let k = p;
  while (k < le && text.charCodeAt(k) === ch) k++;
  if (k - p < 3) return null;
  return { ch, len: k - p };
}

const HTML_RAW = /^<(script|pre|style|textarea)(?=[\s>]|$)/i;

/** End marker of an HTML block of type 1-5 starting at p, or null (types 6-7 end at a blank line). */
function htmlStart(text: string, p: number, le: number): string | null {
  if (text.charCodeAt(p) !== 60) return null;
  const head = text.slice(p, Math.min(le, p + 12));
  if (HTML_RAW.test(head)) return 'raw';
  if (head.startsWith('<!--')) return '-->';
  if (head.startsWith('<?')) return '?>';
  if (head.startsWith('<![CDATA[')) return ']]>';
  if (head.length > 2 && head[1] === '!' && /[A-Za-z]/.test(head[2])) return '>';
  return null;
}

function htmlEnds(marker: string, line: string): boolean {
  if (marker === 'raw') return /<\/(script|pre|style|textarea)>/i.test(line);
  return line.includes(marker);
}

/** Cuts the source into top-level chunks that parse the same alone as in the whole document. */
export function scanMarkdown(text: string): Chunk[] {
  return scanFrom(text, 0, frontMatterEnd(text) + 1, null).chunks;
}

/**
 * Where a re-scan after an edit may stop: at a cut in the unchanged suffix where one of the previous
 * chunks started (shifted by the edit's change of length). An object, not a closure made per edit: V8
 * keeps a closure's optimised code only while a closure of it lives.
 */
class Resync {
  private j = 0;
  constructor(
    private readonly old: readonly Chunk[],
    private readonly suffix: number,
    private readonly delta: number,
  ) {}

  /** The index of the previous chunk that starts at the new text's `at`, or -1. */
  at(at: number): number {
    if (at < this.suffix) return -1;
    const o = at - this.delta;
    const oc = this.old;
    let j = this.j;
    while (j < oc.length && oc[j].start < o) j++;
    this.j = j;
    return j < oc.length && oc[j].start === o ? j : -1;
  }
}
keepMaps(new Resync([], 0, 0));

/**
 * The line scan of `scanMarkdown` from `from` (0, or the start of a chunk: a cut leaves no open fence or
 * HTML block behind, so the scan can start there afresh). `resync.at(at)`, called at each cut, may end the
 * scan there (returning >= 0, passed back as `resumed`): the caller knows the chunks from `at` on.
 */
function scanFrom(text: string, from: number, noSplitFrom: number, resync: Resync | null): { chunks: Chunk[]; resumed: number } {
  const n = text.length;
  const chunks: Chunk[] = [];
  let noSplitBefore = noSplitFrom;
  let chunkStart = -1;
  let lastEnd = 0;
  let pendingBlank = false;
  let prevIndented = false;
  let fence: Fence | null = null;
  let html: string | null = null;
  // (a line that may open an HTML block of type 6 or 7, which ends at the next blank line: a fence line before that
  // blank line is the block's text, not a fence, unless the tag line only continued a paragraph)
  let htmlToBlank = false;
  let ls = from;
  while (ls <= n) {
    let le = ls;
    while (le < n) {
      const c = text.charCodeAt(le);
      if (c === 10 || c === 13) break;
      le++;
    }
    const next = le >= n ? n + 1 : text.charCodeAt(le) === 13 && text.charCodeAt(le + 1) === 10 ? le + 2 : le + 1;
    if (isBlankLine(text, ls, le)) {
      if (chunkStart >= 0) pendingBlank = true;
      htmlToBlank = false;
      ls = next;
      continue;
    }
    const c0 = text.charCodeAt(ls);
    if (chunkStart < 0) {
      chunkStart = ls;
    } else if (pendingBlank && fence === null && html === null && ls >= noSplitBefore && c0 !== 32 && c0 !== 9 && !prevIndented) {
      chunks.push({ start: chunkStart, end: lastEnd });
      if (resync !== null) {
        const resumed = resync.at(ls);
        if (resumed >= 0) return { chunks, resumed };
      }
      chunkStart = ls;
    }
    pendingBlank = false;
    lastEnd = le;
    // After an indented line (indented code, continuation) micromark treats a following empty list
    // item differently than at the start of a document: do not cut there.
    prevIndented = indentWidth(text, ls, le) >= 4;
    const p = stripContainers(text, ls === 0 && text.charCodeAt(0) === 0xfeff ? 1 : ls, le);
    if (fence !== null) {
      // A closing fence has the opener's block quote markers and no list marker; more markers are
      // code content. Fewer markers or less indentation than the opener may end the list item or
      // block quote the fence is in, and with it the fence; whether a later fence line then opens or
      // closes is unknown: stop cutting for the rest of the document.
      const quotes = prefixQuotes(text, ls, p);
      const run = fenceRun(text, p, le);
      // The opener's quote markers, then indentation up to the fence's column: still inside.
      let q = ls;
      let need = fence.quotes ?? 0;
      for (;;) {
        while (q < le && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
        if (need > 0 && q < le && text.charCodeAt(q) === 62) {
          q++;
          need--;
          continue;
        }
        break;
      }
      if (need > 0 || (q < le && q - ls < (fence.col ?? 0))) {
        noSplitBefore = Infinity;
      }
      if (
        run !== null && run.ch === fence.ch && run.len >= fence.len && isBlankLine(text, p + run.len, le) &&
        quotes === (fence.quotes ?? 0) && !prefixHasListMarker(text, ls, p)
      ) {
        fence = null;
      }
    } else if (html !== null) {
      if (htmlEnds(html, text.slice(ls, le))) html = null;
    } else {
      const run = fenceRun(text, p, le);
      if (run !== null && !(run.ch === 96 && text.slice(p + run.len, le).includes('`'))) {
        // (whether it opens a fence depends on whether the tag line opened an HTML block: cut no more)
        if (htmlToBlank) noSplitBefore = Infinity;
        fence = { ch: run.ch, len: run.len, col: p - ls, quotes: prefixQuotes(text, ls, p) };
      } else {
        const marker = htmlStart(text, p, le);
        if (marker !== null && !htmlEnds(marker, text.slice(p + 2, le))) html = marker;
        else if (marker === null && text.charCodeAt(p) === 60 && /[A-Za-z/]/.test(text[p + 1] ?? '')) htmlToBlank = true;
      }
    }
    ls = next;
  }
  if (chunkStart >= 0) chunks.push({ start: chunkStart, end: lastEnd });
  return { chunks, resumed: -1 };
}

/** Stub definitions for the labels (`^x` is a footnote), appended to a chunk so its references resolve. */
function definitionStubs(labels: readonly string[]): string {
  if (labels.length === 0) return '';
  return labels.map((l) => (l.startsWith('^') ? `[${l}]:` : `[${l}]: x`)).join('\n\n');
}

/** Labels of the link reference definitions and footnote definitions (as `^label`) in a tree. */
function definedLabels(node: Nodes, out: string[]): void {
  if (node.type === 'definition') {
    out.push(node.label ?? node.identifier);
  } else if (node.type === 'footnoteDefinition') {
    out.push('^' + (node.label ?? node.identifier));
    for (const c of node.children) definedLabels(c, out);
  } else if (node.type === 'root' || node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') {
    for (const c of node.children) definedLabels(c, out);
  }
}

// ---------------------------------------------------------------------------------------------
// The incremental extractor

interface Parsed {
  /** The chunk's blocks at document offsets for a chunk starting at `at`; shifted when it moves. */
  at: number;
  blocks: ProseBlock[];
}

interface AloneEntry extends Parsed {
  /** Definition labels the chunk itself holds. */
  defs: readonly string[];
  /** Some block text still holds `[`: a reference that definitions elsewhere could resolve. */
  bracket: boolean;
}

function shiftBlocks(blocks: readonly ProseBlock[], by: number): ProseBlock[] {
  return blocks.map((b) => shiftBlock(b, by));
}

export interface MarkdownStats {
  chunks: number;
  /** remark parses done in the last call. */
  parsed: number;
  /** Chunks that took the fast path (no remark) in the last call. */
  fast: number;
  /** Chunks served from the cache in the last call. */
  cached: number;
}

/**
 * One per document. Each chunk is first parsed alone (cached by its text), which gives its blocks and
 * the definitions it holds; a chunk whose blocks still show a `[` is parsed again with stub definitions
 * for every label in the document appended (cached by text + labels), so references resolve across
 * chunks exactly as in a whole-document parse. Cache entries the last call did not use are dropped.
 * Blocks of a chunk that did not move are returned as the same objects as in the previous call.
 */
export class MarkdownExtractor {
  /** Keyed by chunk text; the chunk at offset 0 (front matter, BOM) has its own map. */
  private alone = new Map<string, AloneEntry>();
  private aloneFront = new Map<string, AloneEntry>();
  private stubbed = new Map<string, Parsed>();
  /** What the last call did (for benchmarks and tests). */
  lastStats: MarkdownStats = { chunks: 0, parsed: 0, fast: 0, cached: 0 };
  /** The last text, its chunks and their texts. */
  private lastText: string | undefined;
  private lastChunks: Chunk[] = [];
  private lastSrcs: string[] = [];
  /** The last call's entry of each chunk, the stub definitions, where each chunk's blocks start in its output, and the output. */
  private lastEntries: AloneEntry[] = [];
  private lastStubs = '';
  private lastBlockAt = new Int32Array(1);
  private lastBlocks: ProseBlock[] = [];

  /** @param minLength below this many characters (old and new text together) the whole text is scanned again */
  constructor(private readonly minLength = 8192) {}

  /**
   * The chunks of `text`, scanning again only from the chunk before an edit until the scan cuts where
   * the last text had a cut after the edit; with the texts of chunks known from the last call.
   */
  private chunksOf(text: string): { chunks: Chunk[]; srcs: Array<string | undefined>; keep: number; scanned: number; resumed: number } {
    const old = this.lastText;
    const full = () => ({ chunks: scanMarkdown(text), srcs: [], keep: 0, scanned: -1, resumed: -1 });
    if (old === undefined || old.length + text.length < this.minLength) return full();
    if (old === text) return { chunks: this.lastChunks, srcs: this.lastSrcs, keep: this.lastChunks.length, scanned: 0, resumed: this.lastChunks.length };
    const fm = frontMatterEnd(text);
    if (fm !== frontMatterEnd(old)) return full();
    const max = Math.min(old.length, text.length);
    const p = commonPrefix(old, text, max);
    const q = commonSuffix(old, text, max - p);
    const delta = text.length - old.length;
    let ls = p;
    while (ls > 0 && text.charCodeAt(ls - 1) !== 10 && text.charCodeAt(ls - 1) !== 13) ls--;
    const oc = this.lastChunks;
    // the last chunk that starts on a line before the edited one: everything before it is unchanged
    const k = lowerBound(oc, ls, (c) => c.start) - 1;
    const from = k >= 1 ? oc[k].start : 0;
    const keep = k >= 1 ? k : 0;
    const suffix = text.length - q;
    const scan = scanFrom(text, from, fm + 1, new Resync(oc, suffix, delta));
    const chunks: Chunk[] = oc.slice(0, keep);
    const srcs: Array<string | undefined> = this.lastSrcs.slice(0, keep);
    for (const c of scan.chunks) {
      chunks.push(c);
      srcs.push(undefined);
    }
    if (scan.resumed >= 0) {
      for (let m = scan.resumed; m < oc.length; m++) {
        chunks.push(delta === 0 ? oc[m] : { start: oc[m].start + delta, end: oc[m].end + delta });
        srcs.push(this.lastSrcs[m]);
      }
    }
    return { chunks, srcs, keep, scanned: scan.chunks.length, resumed: scan.resumed };
  }

  blocks(text: string): ProseBlock[] {
    const c = this.chunksOf(text);
    return this.blocksAround(text, c) ?? this.allBlocks(text, c.chunks, c.srcs);
  }

  /** The cache entry of a chunk parsed alone: from `next` (this call's), the last call's, or parsed now. */
  private aloneEntry(src: string, start: number, next: Map<string, AloneEntry> | null, stats: MarkdownStats): AloneEntry {
    const front = start === 0;
    let entry = next?.get(src) ?? (front ? this.aloneFront : this.alone).get(src);
    if (entry === undefined) {
      const bom = front && src.charCodeAt(0) === 0xfeff;
      // A U+FEFF that opens a later chunk is text there, but micromark would drop it as a BOM at the
      // start of its input: such a chunk is parsed after a line break that changes nothing.
      const innerBom = !front && src.charCodeAt(0) === 0xfeff;
      const fast = bom || innerBom ? undefined : fastChunk(src, start);
      if (fast !== undefined) {
        stats.fast++;
        entry = { at: start, blocks: fast, defs: [], bracket: false };
      } else {
        stats.parsed++;
        const body = bom ? src.slice(1) : innerBom ? '\n' + src : src;
        const root = (front ? processorFor(body) : withoutFrontmatter).parse(body);
        const blocks = blocksOfTree(root, body, start + src.length - body.length, Infinity);
        const defs: string[] = [];
        definedLabels(root, defs);
        entry = { at: start, blocks, defs, bracket: blocks.some((b) => b.text.includes('[')) };
      }
    } else {
      stats.cached++;
    }
    return entry;
  }

  /** The blocks of a chunk at `start` (its entry parsed alone, or again with the stub definitions `stubs`), moved to `start`. */
  private chunkBlocks(src: string, start: number, entry: AloneEntry, stubs: string, next: Map<string, Parsed> | null, stats: MarkdownStats): ProseBlock[] {
    let parsed: Parsed = entry;
    if (stubs.length > 0 && entry.bracket) {
      const skey = (start === 0 ? 'F' : 'C') + src + '\u0000' + stubs;
      let se = next?.get(skey) ?? this.stubbed.get(skey);
      if (se === undefined) {
        stats.parsed++;
        if (start === 0) {
          // After the chunk: front matter and a BOM must stay first.
          se = { at: 0, blocks: parseBlocks(src + '\n\n' + stubs, true, src.length) };
        } else {
          // Before the chunk (which starts in column 0 after a blank line), so that a fence left open
          // at its end cannot swallow them. Stub definitions produce no blocks.
          const prefix = stubs + '\n\n';
          const input = prefix + src;
          se = { at: start, blocks: blocksOfTree(withoutFrontmatter.parse(input), input, start - prefix.length, Infinity) };
        }
      }
      (next ?? this.stubbed).set(skey, se);
      parsed = se;
    }
    if (parsed.at !== start) {
      parsed.blocks = shiftBlocks(parsed.blocks, start - parsed.at);
      parsed.at = start;
    }
    return parsed.blocks;
  }

  /**
   * After an edit that left the chunks before and after it where they were: the blocks of the last
   * call with those of the chunks scanned again in place of the old ones; undefined when that does
   * not apply (the text moved after the edit, definitions changed, or the caches hold many entries
   * no chunk uses: then every chunk is looked at again).
   */
  private blocksAround(text: string, c: { chunks: Chunk[]; srcs: Array<string | undefined>; keep: number; scanned: number; resumed: number }): ProseBlock[] | undefined {
    const last = this.lastEntries;
    if (c.scanned < 0 || c.resumed < 0 || this.lastText === undefined || text.length !== this.lastText.length || last.length !== this.lastChunks.length) return undefined;
    const keep = c.keep;
    const win = c.scanned;
    const resumed = c.resumed;
    if (this.alone.size + this.aloneFront.size > 2 * c.chunks.length + 64 || this.stubbed.size > 2 * c.chunks.length + 64) return undefined;
    for (let k = keep; k < resumed; k++) if (last[k].defs.length > 0) return undefined;
    const stats: MarkdownStats = { chunks: c.chunks.length, parsed: 0, fast: 0, cached: c.chunks.length - win };
    const entries: AloneEntry[] = new Array<AloneEntry>(win);
    const srcs: string[] = new Array<string>(win);
    for (let k = 0; k < win; k++) {
      const ch = c.chunks[keep + k];
      const src = text.slice(ch.start, ch.end);
      const entry = this.aloneEntry(src, ch.start, null, stats);
      if (entry.defs.length > 0) return undefined;
      entries[k] = entry;
      srcs[k] = src;
    }
    const stubs = this.lastStubs;
    const at = this.lastBlockAt;
    const from = at[keep];
    const to = at[resumed];
    // where each chunk's blocks start: the chunks scanned again have theirs counted anew
    const blockAt = new Int32Array(c.chunks.length + 1);
    blockAt.set(at.subarray(0, keep + 1));
    const winBlocks: ProseBlock[] = [];
    for (let k = 0; k < win; k++) {
      const ch = c.chunks[keep + k];
      const entry = entries[k];
      (ch.start === 0 ? this.aloneFront : this.alone).set(srcs[k], entry);
      blockAt[keep + k] = from + winBlocks.length;
      for (const b of this.chunkBlocks(srcs[k], ch.start, entry, stubs, null, stats)) winBlocks.push(b);
    }
    const out = this.lastBlocks.slice(0, from).concat(winBlocks, this.lastBlocks.slice(to));
    const n = from + winBlocks.length;
    const by = n - to;
    for (let k = resumed; k <= last.length; k++) blockAt[keep + win + (k - resumed)] = at[k] + by;
    this.lastEntries = last.slice(0, keep).concat(entries, last.slice(resumed));
    this.lastBlockAt = blockAt;
    this.lastBlocks = out;
    this.lastStats = stats;
    this.lastText = text;
    this.lastChunks = c.chunks;
    this.lastSrcs = this.lastSrcs.slice(0, keep).concat(srcs, this.lastSrcs.slice(resumed));
    return out;
  }

  private allBlocks(text: string, chunks: Chunk[], known: Array<string | undefined>): ProseBlock[] {
    const stats: MarkdownStats = { chunks: chunks.length, parsed: 0, fast: 0, cached: 0 };
    const nextAlone = new Map<string, AloneEntry>();
    const nextFront = new Map<string, AloneEntry>();
    const entries: AloneEntry[] = [];
    const srcs: string[] = [];
    const labels = new Set<string>();
    for (let k = 0; k < chunks.length; k++) {
      const ch = chunks[k];
      const src = known[k] ?? text.slice(ch.start, ch.end);
      const next = ch.start === 0 ? nextFront : nextAlone;
      const entry = this.aloneEntry(src, ch.start, next, stats);
      next.set(src, entry);
      entries.push(entry);
      srcs.push(src);
      for (const d of entry.defs) labels.add(d);
    }
    const stubs = definitionStubs([...labels].sort());
    const nextStubbed = new Map<string, Parsed>();
    const out: ProseBlock[] = [];
    const blockAt = new Int32Array(chunks.length + 1);
    for (let k = 0; k < chunks.length; k++) {
      blockAt[k] = out.length;
      for (const b of this.chunkBlocks(srcs[k], chunks[k].start, entries[k], stubs, nextStubbed, stats)) out.push(b);
    }
    blockAt[chunks.length] = out.length;
    this.alone = nextAlone;
    this.aloneFront = nextFront;
    this.stubbed = nextStubbed;
    this.lastStats = stats;
    this.lastText = text;
    this.lastChunks = chunks;
    this.lastSrcs = srcs;
    this.lastEntries = entries;
    this.lastStubs = stubs;
    this.lastBlockAt = blockAt;
    this.lastBlocks = out;
    return out;
  }
}

// (one MarkdownExtractor kept for good, for the maps of its instances and the optimised code of its
// methods: see keepMaps)
keepMaps(new MarkdownExtractor());
