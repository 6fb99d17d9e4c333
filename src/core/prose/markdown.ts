/**
 * Markdown -> prose blocks, with exact offsets, incrementally.
 *
 * Parsing: unified + remark-parse + remark-gfm + remark-frontmatter (yaml and toml). Headings,
 * paragraphs (kind by their nearest container: list item, block quote, or none), and GFM table cells
 * are prose. Code (fenced, indented, inline), HTML, images, link destinations and titles, definitions,
 * footnote labels and front matter never reach a block's text.
 *
 * Incremental: the source is cut into top-level chunks at blank lines (a cheap line scan that tracks
 * fenced code, HTML blocks of types 1-5 and front matter, and only cuts before a line that starts
 * in column 0). Each chunk is parsed on its own and its blocks are cached by the chunk's text, so an
 * edit re-parses one chunk. Chunks without any Markdown-significant character skip remark entirely
 * (`fastParagraph`). `test/unit/prose-markdown.test.ts` checks chunked == whole-document output on
 * generated documents.
 *
 * Link reference definitions (`[label]: url`) and footnote definitions (`[^1]: ...`) are found by the
 * line scan (at the start of a line, after container markers, with a blank line or another definition
 * before them) and a stub definition for each label is appended to every chunk that contains `[`, so
 * `[text][label]` is a link across chunks too. Known difference: a `[label]: x` line that continues a
 * paragraph which started on an earlier line after a definition-like line is treated as a definition.
 */
import type * as Unified from 'unified' with { 'resolution-mode': 'import' };
import type * as RemarkParse from 'remark-parse' with { 'resolution-mode': 'import' };
import type * as RemarkGfm from 'remark-gfm' with { 'resolution-mode': 'import' };
import type * as RemarkFrontmatter from 'remark-frontmatter' with { 'resolution-mode': 'import' };
import type * as DecodeNamed from 'decode-named-character-reference' with { 'resolution-mode': 'import' };
import type { Nodes, PhrasingContent, Root } from 'mdast';
import type { BlockKind } from '../types';
import type { ProseBlock, Segment } from './block';

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
function alignText(value: string, src: string, start: number, end: number, b: BlockBuilder): void {
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
    if (s === 32 || s === 9) {
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
  }
}

// ---------------------------------------------------------------------------------------------
// Tree -> blocks

function phrasing(nodes: readonly PhrasingContent[], src: string, b: BlockBuilder): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text': {
        const p = node.position;
        if (p?.start.offset === undefined || p.end.offset === undefined) break;
        alignText(node.value, src, p.start.offset, p.end.offset, b);
        break;
      }
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        phrasing(node.children, src, b);
        break;
      case 'inlineCode':
        b.gap();
        break;
      case 'break': {
        const p = node.position;
        if (p?.start.offset === undefined || p.end.offset === undefined) break;
        let k = p.start.offset;
        while (k < p.end.offset && src.charCodeAt(k) !== 10 && src.charCodeAt(k) !== 13) k++;
        b.exact(src.slice(k, p.end.offset), k);
        break;
      }
      default:
        // image, imageReference, html, footnoteReference: not prose.
        break;
    }
  }
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
      phrasing(node.children, src, b);
      const block = b.finish(node.type === 'heading' ? 'heading' : container);
      if (block !== null) out.push(block);
      break;
    }
    case 'table':
      for (const row of node.children) {
        for (const cell of row.children) {
          const b = new BlockBuilder(base);
          phrasing(cell.children, src, b);
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
  return blocksOfTree(withFrontmatter.parse(text), text, 0, Infinity);
}

// ---------------------------------------------------------------------------------------------
// Fast path: a chunk with nothing Markdown could act on is one paragraph, its lines kept verbatim

/** Characters that make a chunk go through remark. */
const SIGNIFICANT = new Uint8Array(128);
for (const ch of '\\`*_[]<>&~|#=!') SIGNIFICANT[ch.charCodeAt(0)] = 1;
SIGNIFICANT[0] = 1;

/**
 * The blocks remark would produce for `chunk`, when that is provably simple: no character from
 * `SIGNIFICANT`, no line starting with whitespace, `-`, `+` or an ordered-list marker, no blank line.
 * Then remark yields one paragraph whose text is the lines with trailing spaces/tabs removed and the
 * original line endings (a hard break maps to the same line ending). Returns undefined otherwise.
 */
export function fastParagraph(chunk: string, base: number): ProseBlock[] | undefined {
  const n = chunk.length;
  const segs: Segment[] = [];
  const parts: string[] = [];
  let textLen = 0;
  let ls = 0;
  while (ls < n) {
    const c0 = chunk.charCodeAt(ls);
    if (c0 === 32 || c0 === 9 || c0 === 45 || c0 === 43 || c0 === 10 || c0 === 13) return undefined;
    let k = ls;
    if (c0 >= 48 && c0 <= 57) {
      while (k < n && k - ls < 10 && chunk.charCodeAt(k) >= 48 && chunk.charCodeAt(k) <= 57) k++;
      const c = chunk.charCodeAt(k);
      if (c === 46 || c === 41) return undefined;
    }
    let le = ls;
    let c = 0;
    for (; le < n; le++) {
      c = chunk.charCodeAt(le);
      if (c === 10 || c === 13) break;
      if (c < 128 && SIGNIFICANT[c] === 1) return undefined;
    }
    let te = le;
    while (te > ls && (chunk.charCodeAt(te - 1) === 32 || chunk.charCodeAt(te - 1) === 9)) te--;
    let next = le;
    if (le < n) next = c === 13 && chunk.charCodeAt(le + 1) === 10 ? le + 2 : le + 1;
    const isLast = next >= n;
    const piece = isLast ? chunk.slice(ls, te) : te === le ? chunk.slice(ls, next) : chunk.slice(ls, te);
    const last = segs.length > 0 ? segs[segs.length - 1] : undefined;
    if (last !== undefined && last.docStart + last.length === base + ls) last.length += piece.length;
    else segs.push({ textStart: textLen, docStart: base + ls, length: piece.length });
    parts.push(piece);
    textLen += piece.length;
    if (!isLast && te !== le) {
      const ending = chunk.slice(le, next);
      segs.push({ textStart: textLen, docStart: base + le, length: ending.length });
      parts.push(ending);
      textLen += ending.length;
    }
    ls = next;
  }
  if (textLen === 0) return [];
  const last = segs[segs.length - 1];
  return [{ kind: 'paragraph', text: parts.join(''), segments: segs, start: segs[0].docStart, end: last.docStart + last.length }];
}

// ---------------------------------------------------------------------------------------------
// Chunking

export interface Chunk {
  start: number;
  end: number;
}

export interface MarkdownScan {
  chunks: Chunk[];
  /** Labels of link reference and footnote definitions (`[label]:` / `[^label]:`), distinct. */
  labels: string[];
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

const FRONT_RE = /^(?:---|\+\+\+)[ \t]*$/;

/** Cuts the source into top-level chunks that parse the same alone as in the whole document. */
export function scanMarkdown(text: string): MarkdownScan {
  const n = text.length;
  const chunks: Chunk[] = [];
  const labels = new Set<string>();
  let noSplitBefore = 0;
  // Front matter: the first line is --- or +++ and a closing line with the same marker follows.
  {
    let le = 0;
    while (le < n && text.charCodeAt(le) !== 10 && text.charCodeAt(le) !== 13) le++;
    const first = text.slice(0, le);
    if (FRONT_RE.test(first)) {
      const marker = first.slice(0, 3);
      let ls = le;
      while (ls < n) {
        ls = text.charCodeAt(ls) === 13 && text.charCodeAt(ls + 1) === 10 ? ls + 2 : ls + 1;
        let e = ls;
        while (e < n && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
        const line = text.slice(ls, e);
        if (line.startsWith(marker) && FRONT_RE.test(line)) {
          noSplitBefore = e + 1;
          break;
        }
        ls = e;
      }
    }
  }
  let chunkStart = -1;
  let lastEnd = 0;
  let pendingBlank = false;
  let prevAllowsDef = true;
  let fence: Fence | null = null;
  let html: string | null = null;
  let ls = 0;
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
      prevAllowsDef = true;
      ls = next;
      continue;
    }
    const c0 = text.charCodeAt(ls);
    if (chunkStart < 0) {
      chunkStart = ls;
    } else if (pendingBlank && fence === null && html === null && ls >= noSplitBefore && c0 !== 32 && c0 !== 9) {
      chunks.push({ start: chunkStart, end: lastEnd });
      chunkStart = ls;
    }
    pendingBlank = false;
    lastEnd = le;
    const p = stripContainers(text, ls, le);
    let isDef = false;
    if (fence !== null) {
      const run = fenceRun(text, p, le);
      if (run !== null && run.ch === fence.ch && run.len >= fence.len && isBlankLine(text, p + run.len, le)) fence = null;
    } else if (html !== null) {
      if (htmlEnds(html, text.slice(ls, le))) html = null;
    } else {
      const run = fenceRun(text, p, le);
      if (run !== null && !(run.ch === 96 && text.slice(p + run.len, le).includes('`'))) {
        fence = run;
      } else {
        const marker = htmlStart(text, p, le);
        if (marker !== null && !htmlEnds(marker, text.slice(p + 2, le))) html = marker;
        else if (prevAllowsDef && text.charCodeAt(p) === 91 /* [ */) {
          const label = definitionLabel(text, p, le);
          if (label !== null) {
            labels.add(label);
            isDef = true;
          }
        }
      }
    }
    prevAllowsDef = isDef;
    ls = next;
  }
  if (chunkStart >= 0) chunks.push({ start: chunkStart, end: lastEnd });
  return { chunks, labels: [...labels] };
}

/** `[label]:` at p (label without unescaped brackets, on this line): the label, else null. */
function definitionLabel(text: string, p: number, le: number): string | null {
  let k = p + 1;
  while (k < le) {
    const c = text.charCodeAt(k);
    if (c === 92) {
      k += 2;
      continue;
    }
    if (c === 91) return null;
    if (c === 93) break;
    k++;
  }
  if (k >= le || k === p + 1 || k - p > 1000 || text.charCodeAt(k + 1) !== 58) return null;
  return text.slice(p + 1, k);
}

function definitionStubs(labels: readonly string[]): string {
  if (labels.length === 0) return '';
  return '\n\n' + labels.map((l) => (l.startsWith('^') ? `[${l}]:` : `[${l}]: x`)).join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// The incremental extractor

interface CacheEntry {
  /** Blocks with offsets relative to the chunk. */
  rel: ProseBlock[];
  /** The same blocks shifted to `shiftedAt`, reused while the chunk does not move. */
  shiftedAt: number;
  shifted: ProseBlock[];
}

function shiftBlocks(rel: readonly ProseBlock[], by: number): ProseBlock[] {
  if (by === 0) return rel as ProseBlock[];
  return rel.map((b) => {
    const out: ProseBlock = {
      kind: b.kind,
      text: b.text,
      segments: b.segments.map((s) =>
        s.docLength !== undefined
          ? { textStart: s.textStart, docStart: s.docStart + by, length: s.length, docLength: s.docLength }
          : { textStart: s.textStart, docStart: s.docStart + by, length: s.length },
      ),
      start: b.start + by,
      end: b.end + by,
    };
    if (b.gaps !== undefined) out.gaps = b.gaps;
    return out;
  });
}

export interface MarkdownStats {
  chunks: number;
  parsed: number;
  fast: number;
  cached: number;
}

/** One per document: caches parsed chunks between calls (entries unused by the last call are dropped). */
export class MarkdownExtractor {
  private cache = new Map<string, CacheEntry>();
  /** What the last call did (for benchmarks and tests). */
  lastStats: MarkdownStats = { chunks: 0, parsed: 0, fast: 0, cached: 0 };

  blocks(text: string): ProseBlock[] {
    const scan = scanMarkdown(text);
    const stubs = definitionStubs(scan.labels);
    const next = new Map<string, CacheEntry>();
    const out: ProseBlock[] = [];
    const stats: MarkdownStats = { chunks: scan.chunks.length, parsed: 0, fast: 0, cached: 0 };
    for (const ch of scan.chunks) {
      const src = text.slice(ch.start, ch.end);
      const front = ch.start === 0;
      const useStubs = stubs.length > 0 && src.includes('[');
      const key = (front ? 'F' : 'C') + src + (useStubs ? '\u0000' + stubs : '');
      let entry = next.get(key) ?? this.cache.get(key);
      if (entry === undefined) {
        let rel = fastParagraph(src, 0);
        if (rel !== undefined) {
          stats.fast++;
        } else {
          stats.parsed++;
          const input = useStubs ? src + stubs : src;
          const root = (front ? withFrontmatter : withoutFrontmatter).parse(input);
          rel = blocksOfTree(root, input, 0, src.length);
        }
        entry = { rel, shiftedAt: 0, shifted: rel };
      } else {
        stats.cached++;
      }
      next.set(key, entry);
      if (entry.shiftedAt !== ch.start) {
        entry.shifted = shiftBlocks(entry.rel, ch.start);
        entry.shiftedAt = ch.start;
      }
      for (const b of entry.shifted) out.push(b);
    }
    this.cache = next;
    this.lastStats = stats;
    return out;
  }
}
