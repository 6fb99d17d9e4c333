import {
  ANALYSIS_SCHEMA, type Analysis, type AnalyzerSettings, type Attribution, type Claim, type Denial, type BlockKind, type LanguageId, type Span,
} from './types';
import { ProseExtractor, isExact, originOf, toDocRange, type ProseBlock } from './prose/extract';
import { PlainTextExtractor } from './prose/plain-incremental';
import { detectBlock } from './detect/block';
import type { BlockFindings, R } from './detect/raw';
import { resolveSourceInfos, sourceInfo, type SourceInfo } from './speakers';
import { Linker, type LinkHolder } from './link/link';

export const DEFAULT_SETTINGS: Required<AnalyzerSettings> = {
  minCheckworthiness: 0.5,
  minLinkScore: 0.6,
};

/** Validates settings passed as a plain object; unknown or out-of-range values fall back to the default. */
export function resolveSettings(settings: AnalyzerSettings = {}): { settings: Required<AnalyzerSettings>; problems: string[] } {
  const out = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  for (const key of Object.keys(settings) as Array<keyof AnalyzerSettings>) {
    const v = settings[key];
    if (!Object.hasOwn(DEFAULT_SETTINGS, key)) {
      problems.push(`unknown setting "${String(key)}" ignored`);
      continue;
    }
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1) {
      problems.push(`setting "${key}" must be a number from 0 to 1; using ${DEFAULT_SETTINGS[key]}`);
      continue;
    }
    out[key] = v;
  }
  return { settings: out, problems };
}

/** A block's findings, cached by the block's kind and text, with the hash its ids start from. */
interface Cached {
  kind: BlockKind;
  text: string;
  findings: BlockFindings;
  /** The hash of the kind and text that ids start from (-1 until a finding needs it). */
  keyHash: number;
  /** The findings mapped to the document for each occurrence of the block (see `RelBlock`). */
  rels: RelBlock[];
  /** The last analysis that met the block, and how often it did. */
  seen: number;
  count: number;
}

/** A block of this analysis with its findings, in document order. */
interface Placed {
  block: ProseBlock;
  rel: RelBlock;
  cached: Cached;
}

/**
 * Analyses documents. Keep one Analyzer per document: it caches per-paragraph results (and the
 * Markdown parse per chunk), so re-analysis after an edit costs about one paragraph plus the
 * document-level pass (speakers, quotations across paragraphs, ids and links), which shifts,
 * collects and compares what it kept from the last analysis.
 */
export class Analyzer {
  readonly settings: Required<AnalyzerSettings>;
  readonly problems: string[];
  private readonly extractor = new ProseExtractor();
  private readonly plain = new PlainTextExtractor();
  /** Findings by block kind, then block text, of the blocks of the last analysis. */
  private cache = new Map<BlockKind, Map<string, Cached>>();
  /** The cache entries of the last analysis, in its block order. */
  private last: Cached[] = [];
  private call = 0;
  private readonly linker: Linker;
  private lastLanguage: LanguageId | undefined;

  constructor(settings: AnalyzerSettings = {}) {
    const r = resolveSettings(settings);
    this.settings = r.settings;
    this.problems = r.problems;
    this.linker = new Linker({ minLinkScore: this.settings.minLinkScore });
  }

  analyze(text: string, languageId: LanguageId, path?: string): Analysis {
    if (this.lastLanguage !== languageId) {
      this.cache.clear();
      this.last = [];
      this.lastLanguage = languageId;
    }
    const call = ++this.call;
    const blocks = languageId === 'plaintext' ? this.plain.blocks(text) : this.extractor.blocks(text, languageId);
    const placed: Placed[] = new Array<Placed>(blocks.length);
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index];
      const kind = block.kind;
      let byText = this.cache.get(kind);
      if (!byText) this.cache.set(kind, (byText = new Map()));
      let cached = byText.get(block.text);
      if (!cached) {
        cached = { kind, text: block.text, findings: detectBlock(block.text, kind, this.settings.minCheckworthiness), keyHash: -1, rels: [], seen: 0, count: 0 };
        byText.set(block.text, cached);
      }
      if (cached.seen !== call) {
        cached.seen = call;
        cached.count = 0;
      }
      const dup = cached.count++;
      // the block's mapped findings: kept when the block is the same text and markup as before
      let rel = cached.rels[dup];
      if (!rel || !sameSource(rel, block, text)) rel = cached.rels[dup] = mapBlock(text, block, cached, dup);
      placed[index] = { block, rel, cached };
    }
    // forget the blocks that are gone, and the occurrences of a block that are gone
    for (const c of this.last) {
      if (c.seen !== call) this.cache.get(c.kind)?.delete(c.text);
      else if (c.rels.length > c.count) c.rels.length = c.count;
    }
    this.last = placed.map((p) => p.cached);
    return assemble(text, languageId, path, placed, this.linker);
  }
}

/** One-shot analysis (no cache kept between calls). */
export function analyze(text: string, languageId: LanguageId, path?: string, settings?: AnalyzerSettings): Analysis {
  return new Analyzer(settings).analyze(text, languageId, path);
}

// ---------------------------------------------------------------------------------------------
// The document pass

/** FNV-1a of `s` (the state kept as a signed 32-bit integer, as `Math.imul` gives it: no heap numbers in the loop). */
function fnv(s: string, seed = 0x811c9dc5): number {
  let h = seed | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// Ids are FNV-1a hashes of `${dup}:${kind}:${at}` (two seeds) written in hex. They are hashed
// character by character as that string would be, without building it: the same ids, fewer strings.

/** Two FNV-1a states hashed in step; `idA`/`idB` are their values after `idStart` and the `id*` calls. */
let idA = 0;
let idB = 0;
function idStart(keyHash: number): void {
  idA = keyHash >>> 0;
  idB = (keyHash ^ 0x5bd1e995) >>> 0;
}
function idChar(c: number): void {
  idA = Math.imul(idA ^ c, 0x01000193);
  idB = Math.imul(idB ^ c, 0x01000193);
}
function idString(s: string): void {
  for (let i = 0; i < s.length; i++) idChar(s.charCodeAt(i));
}
const digits = new Int32Array(10);
/** Hashes the decimal digits of `n` (as `String(n)` writes them). */
function idNumber(n: number): void {
  if (n >= 0 && n <= 0x7fffffff && (n | 0) === n) {
    let k = 0;
    let v = n;
    do {
      digits[k++] = v % 10;
      v = (v / 10) | 0;
    } while (v > 0);
    while (k > 0) idChar(48 + digits[--k]);
  } else idString(String(n));
}
const HEX_DIGITS = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102];
/** `${prefix}-` and the 12 hex digits of the two states (8 of the first, the low 4 of the second). */
function idEnd(prefix: number): string {
  const a = idA;
  const b = idB;
  const h = HEX_DIGITS;
  return String.fromCharCode(
    prefix, 45,
    h[(a >>> 28) & 15], h[(a >>> 24) & 15], h[(a >>> 20) & 15], h[(a >>> 16) & 15], h[(a >>> 12) & 15], h[(a >>> 8) & 15], h[(a >>> 4) & 15], h[a & 15],
    h[(b >>> 12) & 15], h[(b >>> 8) & 15], h[(b >>> 4) & 15], h[b & 15],
  );
}
const COLON = 58;
const P_ATTRIBUTION = 97; // 'a'
const P_DENIAL = 100; // 'd'
const P_CLAIM = 99; // 'c'

/** A 48-bit id (12 hex digits) from the block's key, its occurrence, the rule and the position in the block. */
function makeId(prefix: number, keyHash: number, dup: number, rule: string, at: number): string {
  idHead(keyHash, dup, rule);
  idNumber(at);
  return idEnd(prefix);
}

/** A claim's id: `makeId` with the kind `${origin}:${end}`. */
function claimId(keyHash: number, dup: number, origin: string, end: number, at: number): string {
  idHead(keyHash, dup, origin);
  idNumber(end);
  idChar(COLON);
  idNumber(at);
  return idEnd(P_CLAIM);
}

/** Starts an id's hash with `${dup}:${kind}:`. */
function idHead(keyHash: number, dup: number, kind: string): void {
  idStart(keyHash);
  idNumber(dup);
  idChar(COLON);
  idString(kind);
  idChar(COLON);
}

interface RelAttribution {
  id: string;
  cue: Span;
  source: Span | null;
  /** What speaker resolution needs of the source, or null without one. */
  info: SourceInfo | null;
  content: Span | null;
  opensBlock: boolean;
  runsOn: boolean;
  /** The output object last made for the finding (see `assemble`). */
  out: Attribution | undefined;
}

interface RelDenial extends LinkHolder {
  id: string;
  cue: Span;
  source: Span | null;
  info: SourceInfo | null;
  target: Span | null;
  generic: boolean;
  out: Denial | undefined;
}

interface RelClaim extends LinkHolder {
  id: string;
  span: Span;
  /** Index of the attribution (in this block's list) whose content holds the claim, or -1, and its id. */
  attribution: number;
  attributionId: string | null;
  checkworthiness: number;
  /** Id of the denial (of this block) whose target the claim was taken from, or null. */
  fromDenial: string | null;
  out: Claim | undefined;
}

/**
 * A block's findings mapped to the document and given ids: valid wherever the same text and markup
 * (the same block moved by a shift) appear. Its spans are document spans for the block starting at
 * `at`; the block met elsewhere gets new spans, shifted (spans are never changed once made, so
 * analyses share them).
 */
interface RelBlock {
  /** The block start the spans were made for. */
  at: number;
  /** The block it was mapped for, or a block known to have the same layout and source. */
  block: ProseBlock;
  /** The document's text under the block (markup included): span texts are slices of it. */
  source: string;
  attributions: RelAttribution[];
  denials: RelDenial[];
  claims: RelClaim[];
  /** The first quotation that opens the block, and the first that opens it and runs on (relative document offsets), or null. */
  opening: { s: number; e: number } | null;
  openingRunsOn: { s: number; e: number } | null;
  /** Attributions (>= 0, index) and denials (< 0, ~index) in document order of their cues. */
  order: Int32Array;
  /** The attributions with a content, in order of the content's start. */
  contentOrder: Int32Array;
}

/** True when the block covers the same text and markup as the block `rel` was mapped for. */
function sameSource(rel: RelBlock, block: ProseBlock, text: string): boolean {
  if (rel.block === block) return true;
  // the same visible text (rel is found by it), and that text is all the block covers
  if (isExact(block) && isExact(rel.block)) return true;
  if (originOf(rel.block) === originOf(block)) return true;
  if (!sameLayout(rel.block, block) || rel.source !== text.slice(block.start, block.end)) return false;
  rel.block = block;
  return true;
}

/** The same segments and gaps relative to the blocks' starts: every span maps by a plain shift. */
function sameLayout(a: ProseBlock, b: ProseBlock): boolean {
  if (a.end - a.start !== b.end - b.start || a.segments.length !== b.segments.length) return false;
  for (let k = 0; k < a.segments.length; k++) {
    const x = a.segments[k];
    const y = b.segments[k];
    if (x.textStart !== y.textStart || x.docStart - a.start !== y.docStart - b.start || x.length !== y.length || x.docLength !== y.docLength) return false;
  }
  const ga = a.gaps ?? [];
  const gb = b.gaps ?? [];
  if (ga.length !== gb.length) return false;
  for (let k = 0; k < ga.length; k++) if (ga[k] !== gb[k]) return false;
  return true;
}

function mapBlock(text: string, block: ProseBlock, cached: Cached, dup: number): RelBlock {
  const base = block.start;
  const exact = isExact(block);
  const len = block.text.length;
  /** The document range of a text range, in `rs`/`re`; false when it is empty. */
  let rs = 0;
  let re = 0;
  const range = (r: R): boolean => {
    const a = r[0];
    const b = r[1];
    if (exact && a >= 0 && a < b && b <= len) {
      rs = base + a;
      re = base + b;
      return true;
    }
    const d = toDocRange(block, a, b);
    if (!d || d.end <= d.start) return false;
    rs = d.start;
    re = d.end;
    return true;
  };
  const span = (r: R | null): Span | null => (r !== null && range(r) ? { start: rs, end: re, text: text.slice(rs, re) } : null);
  const f = cached.findings;
  if (cached.keyHash < 0 && (f.attributions.length > 0 || f.denials.length > 0 || f.claims.length > 0)) cached.keyHash = fnv(block.text, fnv(`${block.kind}\u0001`));
  const out: RelBlock = { at: base, block, source: text.slice(block.start, block.end), attributions: [], denials: [], claims: [], opening: null, openingRunsOn: null, order: EMPTY, contentOrder: EMPTY };
  for (const q of f.quotes) {
    if (!q.opensBlock) continue;
    const r = range(q.span) ? { s: rs - base, e: re - base } : { s: 0, e: 0 };
    out.opening ??= r;
    if (q.runsOn) {
      out.openingRunsOn = r;
      break;
    }
  }
  const fa = f.attributions;
  if (scratchIndex.length < fa.length) scratchIndex = new Int32Array(fa.length * 2);
  const attrIndex = scratchIndex;
  let withContent = 0;
  for (let k = 0; k < fa.length; k++) {
    const a = fa[k];
    const cue = span(a.cue);
    if (!cue) {
      attrIndex[k] = -1;
      continue;
    }
    attrIndex[k] = out.attributions.length;
    const source = span(a.source);
    const content = span(a.content);
    if (content) withContent++;
    out.attributions.push({ id: makeId(P_ATTRIBUTION, cached.keyHash, dup, a.rule, a.cue[0]), cue, source, info: infoOf(source), content, opensBlock: a.contentOpensBlock, runsOn: a.contentRunsOn, out: undefined });
  }
  const fd = f.denials;
  const denialIds: string[] = new Array<string>(fd.length);
  for (let k = 0; k < fd.length; k++) {
    const d = fd[k];
    const cue = span(d.cue);
    if (!cue) {
      denialIds[k] = '';
      continue;
    }
    const id = makeId(P_DENIAL, cached.keyHash, dup, d.rule, d.cue[0]);
    denialIds[k] = id;
    const source = span(d.source);
    out.denials.push({ id, cue, source, info: infoOf(source), target: span(d.target), generic: d.genericTarget, linked: undefined, out: undefined });
  }
  for (const c of f.claims) {
    const s = span(c.span);
    if (!s) continue;
    const id = claimId(cached.keyHash, dup, c.origin, c.span[1], c.span[0]);
    const attribution = c.attribution !== null && c.attribution < fa.length ? (attrIndex[c.attribution] ?? -1) : -1;
    const fromDenial = c.denial !== null ? denialIds[c.denial] || null : null;
    out.claims.push({ id, span: s, attribution, attributionId: attribution >= 0 ? out.attributions[attribution].id : null, checkworthiness: c.checkworthiness, fromDenial, linked: undefined, out: undefined });
  }
  // cues in document order, attributions before denials at the same place (a stable insertion sort of both lists)
  const as = out.attributions;
  const ds = out.denials;
  const nA = as.length;
  const n = nA + ds.length;
  if (n > 0) {
    const order = new Int32Array(n);
    if (scratchKeys.length < n) scratchKeys = new Float64Array(n * 2);
    const keys = scratchKeys;
    for (let k = 0; k < n; k++) {
      const v = k < nA ? k : ~(k - nA);
      insertByKey(keys, order, k, k < nA ? as[k].cue.start : ds[k - nA].cue.start, v);
    }
    out.order = order;
  }
  // the attributions with a content, by the content's start (stable)
  if (withContent > 0) {
    const co = new Int32Array(withContent);
    if (scratchKeys.length < withContent) scratchKeys = new Float64Array(withContent * 2);
    const keys = scratchKeys;
    let j = 0;
    for (let k = 0; k < nA; k++) {
      const c = as[k].content;
      if (!c) continue;
      insertByKey(keys, co, j++, c.start, k);
    }
    out.contentOrder = co;
  }
  return out;
}

/** What speaker resolution needs of a source (null without one, or for an empty one). */
function infoOf(source: Span | null): SourceInfo | null {
  return source?.text ? sourceInfo(source.text) : null;
}

/** Insertion step of a stable sort by key: puts (key, v) into the first `m` sorted entries of keys/vals. */
function insertByKey(keys: Float64Array, vals: Int32Array, m: number, key: number, v: number): void {
  while (m > 0 && keys[m - 1] > key) {
    keys[m] = keys[m - 1];
    vals[m] = vals[m - 1];
    m--;
  }
  keys[m] = key;
  vals[m] = v;
}

const EMPTY = new Int32Array(0);
/** Scratch arrays of `mapBlock` (its attribution indexes, the sort keys). */
let scratchIndex = new Int32Array(64);
let scratchKeys = new Float64Array(64);

/** Moves a block's spans to the block starting at `base` (new span objects: analyses share the old ones). */
function moveRel(rel: RelBlock, base: number): void {
  const by = base - rel.at;
  rel.at = base;
  for (const x of rel.attributions) {
    x.cue = shifted(x.cue, by);
    x.source = shiftedOrNull(x.source, by);
    x.content = shiftedOrNull(x.content, by);
  }
  for (const x of rel.denials) {
    x.cue = shifted(x.cue, by);
    x.source = shiftedOrNull(x.source, by);
    x.target = shiftedOrNull(x.target, by);
  }
  for (const x of rel.claims) x.span = shifted(x.span, by);
}
function shifted(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by, text: s.text };
}
function shiftedOrNull(s: Span | null, by: number): Span | null {
  return s ? shifted(s, by) : null;
}

// (plain arrays rather than typed arrays here: these are too big for V8 to keep on its heap, and
// an off-heap buffer per analysis costs more than the array)
//
// Output objects are never changed once returned: a finding whose values are those of the object
// made for it last time (kept with the block's finding, `out`) is that object again, so analyses
// share what did not change and the linker knows an unchanged item by identity.
function assemble(text: string, languageId: LanguageId, path: string | undefined, placed: Placed[], linker: Linker): Analysis {
  let nA = 0;
  let nD = 0;
  let nC = 0;
  for (const p of placed) {
    nA += p.rel.attributions.length;
    nD += p.rel.denials.length;
    nC += p.rel.claims.length;
  }
  const attrRel: RelAttribution[] = new Array<RelAttribution>(nA);
  const attrBlock: number[] = new Array<number>(nA);
  /** Each attribution's content, grown over neighbouring blocks where a quotation runs on. */
  const attrContent: Array<Span | null> = new Array<Span | null>(nA);
  /** Attributions whose content may continue into neighbouring blocks. */
  const joins: number[] = [];
  const denialRel: RelDenial[] = new Array<RelDenial>(nD);
  const denialBlock: number[] = new Array<number>(nD);
  const genericTarget: boolean[] = new Array<boolean>(nD);
  const claimRel: RelClaim[] = new Array<RelClaim>(nC);
  const claimBlock: number[] = new Array<number>(nC);
  const claimFromDenial: Array<string | null> = new Array<string | null>(nC);
  /** For each claim, the index of its attribution (or -1). */
  const claimAttr: number[] = new Array<number>(nC);
  /** Attributions (>= 0) and denials (< 0, ~index) in document order of their cues. */
  const order: number[] = new Array<number>(nA + nD);

  let ia = 0;
  let id = 0;
  let ic = 0;
  let io = 0;
  for (let b = 0; b < placed.length; b++) {
    const p = placed[b];
    const rel = p.rel;
    const base = p.block.start;
    if (rel.at !== base) moveRel(rel, base);
    const a0 = ia;
    const d0 = id;
    const ra = rel.attributions;
    for (let k = 0; k < ra.length; k++) {
      const x = ra[k];
      if (x.content && (x.opensBlock || x.runsOn)) joins.push(ia);
      attrBlock[ia] = b;
      attrContent[ia] = x.content;
      attrRel[ia++] = x;
    }
    const rd = rel.denials;
    for (let k = 0; k < rd.length; k++) {
      const x = rd[k];
      denialBlock[id] = b;
      genericTarget[id] = x.generic;
      denialRel[id++] = x;
    }
    const rc = rel.claims;
    for (let k = 0; k < rc.length; k++) {
      const x = rc[k];
      claimBlock[ic] = b;
      claimFromDenial[ic] = x.fromDenial;
      claimAttr[ic] = x.attribution >= 0 ? a0 + x.attribution : -1;
      claimRel[ic++] = x;
    }
    const ro = rel.order;
    for (let k = 0; k < ro.length; k++) {
      const v = ro[k];
      order[io++] = v >= 0 ? a0 + v : ~(d0 + ~v);
    }
  }

  // quotations that run over several paragraphs, attributed once; a content only grows over
  // neighbouring prose blocks with nothing but white space and list or quote markers between them,
  // and no inline code inside, so it never covers code
  const joinable = (b: number): boolean => {
    const prev = placed[b - 1]?.block;
    const cur = placed[b]?.block;
    if (!prev || !cur || prev.gaps?.length || cur.gaps?.length) return false;
    return /^[\s>*+-]*$/.test(text.slice(prev.end, cur.start));
  };
  for (let j = 0; j < joins.length; j++) {
    const i = joins[j];
    const x = attrRel[i];
    const content = x.content!;
    let start = content.start;
    let end = content.end;
    const block = attrBlock[i];
    if (x.opensBlock) {
      for (let b = block - 1; b >= 0 && joinable(b + 1); b--) {
        const q = placed[b].rel.openingRunsOn;
        if (!q) break;
        start = q.s + placed[b].block.start;
      }
    }
    if (x.runsOn) {
      for (let b = block + 1; b < placed.length && joinable(b); b++) {
        const q = placed[b].rel.opening;
        if (!q) break;
        end = q.e + placed[b].block.start;
        if (placed[b].rel.openingRunsOn !== q) break;
      }
    }
    if (start !== content.start || end !== content.end) {
      const was = x.out?.content;
      const t = text.slice(start, end);
      attrContent[i] = was && was.start === start && was.end === end && was.text === t ? was : { start, end, text: t };
    }
  }

  // speakers, in document order over attributions and denials together
  const sources: Array<SourceInfo | null> = new Array<SourceInfo | null>(order.length);
  // contents sorted by start, to find what lies inside someone's reported words in one sweep
  // (block by block, each block's in order: sorted unless a content grew back into an earlier block)
  const contents: number[] = [];
  {
    let a0 = 0;
    let sorted = true;
    let last = -1;
    for (const p of placed) {
      const co = p.rel.contentOrder;
      for (let k = 0; k < co.length; k++) {
        const i = a0 + co[k];
        const s = attrContent[i]!.start;
        if (s < last) sorted = false;
        last = s;
        contents.push(i);
      }
      a0 += p.rel.attributions.length;
    }
    if (!sorted) contents.sort((x, y) => attrContent[x]!.start - attrContent[y]!.start);
  }
  const inQuote: boolean[] = new Array<boolean>(order.length);
  {
    let k = 0;
    let maxEnd = -1;
    for (let n = 0; n < order.length; n++) {
      const it = order[n];
      let at: number;
      if (it >= 0) {
        const x = attrRel[it];
        sources[n] = x.info;
        at = x.cue.start;
      } else {
        const x = denialRel[~it];
        sources[n] = x.info;
        at = x.cue.start;
      }
      while (k < contents.length && attrContent[contents[k]]!.start <= at) maxEnd = Math.max(maxEnd, attrContent[contents[k++]]!.end);
      inQuote[n] = maxEnd > at;
    }
  }
  const speakers = resolveSourceInfos(sources, inQuote);
  const attrSpeaker: Array<string | null> = new Array<string | null>(nA);
  const denialSpeaker: Array<string | null> = new Array<string | null>(nD);
  for (let n = 0; n < order.length; n++) {
    const it = order[n];
    if (it >= 0) attrSpeaker[it] = speakers[n];
    else denialSpeaker[~it] = speakers[n];
  }
  // a denial inside what someone is reported to say is theirs: "X said there is no evidence that ..."
  const denialSource: Array<Span | null> = new Array<Span | null>(nD);
  for (let i = 0; i < nD; i++) {
    const d = denialRel[i];
    denialSource[i] = d.source;
    if (d.source && !isFirstPerson(d.source.text)) continue;
    // the innermost content that holds the cue: the last ones starting before it
    let lo = 0;
    let hi = contents.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (attrContent[contents[mid]]!.start <= d.cue.start) lo = mid + 1;
      else hi = mid;
    }
    let best = -1;
    for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) {
      if (attrContent[contents[k]]!.end >= d.cue.end) {
        best = contents[k];
        break;
      }
    }
    if (best >= 0) {
      if (!d.source) denialSource[i] = attrRel[best].source;
      denialSpeaker[i] = attrSpeaker[best];
    }
  }

  const attributions: Attribution[] = new Array<Attribution>(nA);
  for (let i = 0; i < nA; i++) {
    const x = attrRel[i];
    const o = x.out;
    const content = attrContent[i];
    const speaker = attrSpeaker[i];
    attributions[i] = o !== undefined && o.cue === x.cue && o.source === x.source && o.content === content && o.speaker === speaker
      ? o
      : (x.out = { id: x.id, cue: x.cue, source: x.source, content, speaker });
  }
  const denials: Denial[] = new Array<Denial>(nD);
  for (let i = 0; i < nD; i++) {
    const x = denialRel[i];
    const o = x.out;
    const source = denialSource[i];
    const speaker = denialSpeaker[i];
    denials[i] = o !== undefined && o.cue === x.cue && o.source === source && o.target === x.target && o.speaker === speaker
      ? o
      : (x.out = { id: x.id, cue: x.cue, source, target: x.target, speaker });
  }
  const claims: Claim[] = new Array<Claim>(nC);
  for (let i = 0; i < nC; i++) {
    const x = claimRel[i];
    const o = x.out;
    const claimant = claimAttr[i] >= 0 ? attrSpeaker[claimAttr[i]] : null;
    claims[i] = o !== undefined && o.span === x.span && o.claimant === claimant
      ? o
      : (x.out = { id: x.id, span: x.span, claimant, attribution: x.attribution >= 0 ? x.attributionId : null, checkworthiness: x.checkworthiness });
  }

  const links = linker.link({ claims, denials, claimFromDenial, genericTarget, claimBlock, denialBlock, claimHolders: claimRel, denialHolders: denialRel });

  return {
    schema: ANALYSIS_SCHEMA,
    source: { ...(path !== undefined ? { path } : {}), languageId, length: text.length },
    attributions,
    denials,
    claims,
    links,
  };
}

function isFirstPerson(s: string): boolean {
  return s.length <= 2 && /^(we|i)$/i.test(s);
}
