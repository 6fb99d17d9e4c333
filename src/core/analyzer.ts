import {
  ANALYSIS_SCHEMA, type Analysis, type AnalyzerSettings, type Attribution, type Claim, type Denial, type LanguageId, type Span,
} from './types';
import { ProseExtractor, toDocRange, type ProseBlock } from './prose/extract';
import { PlainTextExtractor } from './prose/plain-incremental';
import { detectBlock } from './detect/block';
import type { BlockFindings, R } from './detect/raw';
import { resolveSpeakers } from './speakers';
import { Linker } from './link/link';

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
    if (!(key in DEFAULT_SETTINGS)) {
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
  findings: BlockFindings;
  keyHash: number;
}

interface Placed {
  block: ProseBlock;
  index: number;
  key: string;
  /** Hash of the key, the seed of the block's item ids. */
  keyHash: number;
  dup: number;
  findings: BlockFindings;
}

/**
 * Analyses documents. Keep one Analyzer per document: it caches per-paragraph results (and the
 * Markdown parse per chunk), so re-analysis after an edit costs about one paragraph plus the
 * document-level pass (speakers, quotations across paragraphs, ids and links).
 */
export class Analyzer {
  readonly settings: Required<AnalyzerSettings>;
  readonly problems: string[];
  private readonly extractor = new ProseExtractor();
  private readonly plain = new PlainTextExtractor();
  private cache = new Map<string, Cached>();
  private readonly mapped = new Map<string, MappedBlock[]>();
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
      this.mapped.clear();
      this.lastLanguage = languageId;
    }
    const blocks = languageId === 'plaintext' ? this.plain.blocks(text) : this.extractor.blocks(text, languageId);
    const next = new Map<string, Cached>();
    const dupCount = new Map<string, number>();
    const placed: Placed[] = blocks.map((block, index) => {
      const key = block.kind === 'paragraph' ? block.text : `${block.kind}\u0001${block.text}`;
      let cached = next.get(key) ?? this.cache.get(key);
      if (!cached) cached = { findings: detectBlock(block.text, block.kind, this.settings.minCheckworthiness), keyHash: fnv(`${block.kind}\u0001${block.text}`) };
      next.set(key, cached);
      const dup = dupCount.get(key) ?? 0;
      dupCount.set(key, dup + 1);
      return { block, index, key, keyHash: cached.keyHash, dup, findings: cached.findings };
    });
    this.cache = next;
    return assemble(text, languageId, path, placed, this.mapped, this.linker);
  }
}

/** One-shot analysis (no cache kept between calls). */
export function analyze(text: string, languageId: LanguageId, path?: string, settings?: AnalyzerSettings): Analysis {
  return new Analyzer(settings).analyze(text, languageId, path);
}

// ---------------------------------------------------------------------------------------------
// The document pass

function fnv(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A 48-bit id (12 hex digits) from the block's key, its occurrence, the rule and the position in the block. */
function makeId(prefix: string, p: Placed, kind: string, at: number): string {
  const tail = `${p.dup}:${kind}:${at}`;
  const a = fnv(tail, p.keyHash);
  const b = fnv(tail, p.keyHash ^ 0x5bd1e995) & 0xffff;
  return `${prefix}-${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(4, '0')}`;
}

interface AttrMeta {
  block: number;
  opensBlock: boolean;
  runsOn: boolean;
}

/** A block's findings mapped to document offsets, for the block at document offset `base`. */
interface MappedBlock {
  base: number;
  layout: string;
  /** The document's text under the block (markup included): span texts are slices of it. */
  source: string;
  attributions: Array<{ a: Attribution; opensBlock: boolean; runsOn: boolean }>;
  denials: Array<{ d: Denial; generic: boolean }>;
  claims: Array<{ c: Claim; fromDenial: string | null }>;
  quotes: Array<{ start: number; end: number; opensBlock: boolean; runsOn: boolean }>;
}

/** The block's segment layout relative to its start: the same layout maps every span by a plain shift. */
function layoutOf(block: ProseBlock): string {
  if (block.segments.length === 1 && !block.gaps?.length) {
    const g = block.segments[0];
    return `${g.textStart},${g.docStart - block.start},${g.length},${g.docLength ?? ''}`;
  }
  let sig = '';
  for (const g of block.segments) sig += `${g.textStart},${g.docStart - block.start},${g.length},${g.docLength ?? ''};`;
  return `${sig}|${block.gaps?.join(',') ?? ''}`;
}

function shift(s: Span, delta: number): Span {
  return delta === 0 ? { start: s.start, end: s.end, text: s.text } : { start: s.start + delta, end: s.end + delta, text: s.text };
}
function shiftOrNull(s: Span | null, delta: number): Span | null {
  return s ? shift(s, delta) : null;
}

function mapBlock(text: string, p: Placed): MappedBlock {
  const block = p.block;
  const span = (r: R | null): Span | null => {
    if (!r) return null;
    const d = toDocRange(block, r[0], r[1]);
    if (!d || d.end <= d.start) return null;
    return { start: d.start, end: d.end, text: text.slice(d.start, d.end) };
  };
  const f = p.findings;
  const out: MappedBlock = { base: block.start, layout: layoutOf(block), source: text.slice(block.start, block.end), attributions: [], denials: [], claims: [], quotes: [] };
  out.quotes = f.quotes.map((q) => {
    const s = span(q.span);
    return { start: s?.start ?? block.start, end: s?.end ?? block.start, opensBlock: q.opensBlock, runsOn: q.runsOn };
  });
  const attrIds: string[] = [];
  for (const a of f.attributions) {
    const cue = span(a.cue);
    if (!cue) {
      attrIds.push('');
      continue;
    }
    const id = makeId('a', p, a.rule, a.cue[0]);
    attrIds.push(id);
    out.attributions.push({ a: { id, cue, source: span(a.source), content: span(a.content), speaker: null }, opensBlock: a.contentOpensBlock, runsOn: a.contentRunsOn });
  }
  const denialIds: string[] = [];
  for (const d of f.denials) {
    const cue = span(d.cue);
    if (!cue) {
      denialIds.push('');
      continue;
    }
    const id = makeId('d', p, d.rule, d.cue[0]);
    denialIds.push(id);
    out.denials.push({ d: { id, cue, source: span(d.source), target: span(d.target), speaker: null }, generic: d.genericTarget });
  }
  for (const c of f.claims) {
    const s = span(c.span);
    if (!s) continue;
    const id = makeId('c', p, `${c.origin}:${c.span[1]}`, c.span[0]);
    const attribution = c.attribution !== null ? attrIds[c.attribution] || null : null;
    const fromDenial = c.denial !== null ? denialIds[c.denial] || null : null;
    out.claims.push({ c: { id, span: s, claimant: null, attribution, checkworthiness: c.checkworthiness }, fromDenial });
  }
  return out;
}

function assemble(
  text: string,
  languageId: LanguageId,
  path: string | undefined,
  placed: Placed[],
  mapped: Map<string, MappedBlock[]>,
  linker: Linker,
): Analysis {
  const attributions: Attribution[] = [];
  const attrMeta: AttrMeta[] = [];
  const denials: Denial[] = [];
  const denialMeta: Array<{ block: number; generic: boolean }> = [];
  const claims: Claim[] = [];
  const claimMeta: Array<{ block: number; fromDenial: string | null }> = [];
  const quotesByBlock: MappedBlock['quotes'][] = [];

  const nextMapped = new Map<string, MappedBlock[]>();
  for (const p of placed) {
    let m = mapped.get(p.key)?.[p.dup];
    if (!m || m.layout !== layoutOf(p.block) || m.source !== text.slice(p.block.start, p.block.end)) m = mapBlock(text, p);
    let list = nextMapped.get(p.key);
    if (!list) nextMapped.set(p.key, (list = []));
    list[p.dup] = m;
    const delta = p.block.start - m.base;
    quotesByBlock[p.index] = m.quotes.map((q) => ({ ...q, start: q.start + delta, end: q.end + delta }));
    for (const x of m.attributions) {
      const a = x.a;
      attributions.push({ id: a.id, cue: shift(a.cue, delta), source: shiftOrNull(a.source, delta), content: shiftOrNull(a.content, delta), speaker: null });
      attrMeta.push({ block: p.index, opensBlock: x.opensBlock, runsOn: x.runsOn });
    }
    for (const x of m.denials) {
      const d = x.d;
      denials.push({ id: d.id, cue: shift(d.cue, delta), source: shiftOrNull(d.source, delta), target: shiftOrNull(d.target, delta), speaker: null });
      denialMeta.push({ block: p.index, generic: x.generic });
    }
    for (const x of m.claims) {
      const c = x.c;
      claims.push({ id: c.id, span: shift(c.span, delta), claimant: null, attribution: c.attribution, checkworthiness: c.checkworthiness });
      claimMeta.push({ block: p.index, fromDenial: x.fromDenial });
    }
  }
  mapped.clear();
  for (const [k, v] of nextMapped) mapped.set(k, v);

  // quotations that run over several paragraphs, attributed once; a content only grows over
  // neighbouring prose blocks with nothing but white space and list or quote markers between them,
  // and no inline code inside, so it never covers code
  const joinable = (b: number): boolean => {
    const prev = placed[b - 1]?.block;
    const cur = placed[b]?.block;
    if (!prev || !cur || prev.gaps?.length || cur.gaps?.length) return false;
    return /^[\s>*+-]*$/.test(text.slice(prev.end, cur.start));
  };
  attributions.forEach((a, i) => {
    const m = attrMeta[i];
    if (!a.content) return;
    let start = a.content.start;
    let end = a.content.end;
    if (m.opensBlock) {
      for (let b = m.block - 1; b >= 0 && joinable(b + 1); b--) {
        const q = quotesByBlock[b]?.find((x) => x.opensBlock && x.runsOn);
        if (!q) break;
        start = q.start;
      }
    }
    if (m.runsOn) {
      for (let b = m.block + 1; b < quotesByBlock.length && joinable(b); b++) {
        const q = quotesByBlock[b]?.find((x) => x.opensBlock);
        if (!q) break;
        end = q.end;
        if (!q.runsOn) break;
      }
    }
    if (start !== a.content.start || end !== a.content.end) a.content = { start, end, text: text.slice(start, end) };
  });

  // speakers, in document order over attributions and denials together
  const items: Array<{ kind: 'a' | 'd'; i: number; at: number }> = [
    ...attributions.map((a, i) => ({ kind: 'a' as const, i, at: a.cue.start })),
    ...denials.map((d, i) => ({ kind: 'd' as const, i, at: d.cue.start })),
  ].sort((x, y) => x.at - y.at);
  const sources = items.map((it) => (it.kind === 'a' ? attributions[it.i].source?.text : denials[it.i].source?.text) ?? null);
  // contents sorted by start, to find what lies inside someone's reported words in one sweep
  const contents = attributions.filter((a) => a.content).sort((x, y) => x.content!.start - y.content!.start);
  const inQuote: boolean[] = [];
  {
    let k = 0;
    let maxEnd = -1;
    for (const it of items) {
      while (k < contents.length && contents[k].content!.start <= it.at) maxEnd = Math.max(maxEnd, contents[k++].content!.end);
      inQuote.push(maxEnd > it.at);
    }
  }
  const speakers = resolveSpeakers(sources, inQuote);
  items.forEach((it, k) => {
    if (it.kind === 'a') attributions[it.i].speaker = speakers[k];
    else denials[it.i].speaker = speakers[k];
  });
  // a denial inside what someone is reported to say is theirs: "X said there is no evidence that ..."
  denials.forEach((d) => {
    const firstPerson = d.source && /^(we|i)$/i.test(d.source.text);
    if (d.source && !firstPerson) return;
    // the innermost content that holds the cue: the last ones starting before it
    let lo = 0;
    let hi = contents.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (contents[mid].content!.start <= d.cue.start) lo = mid + 1;
      else hi = mid;
    }
    let best: Attribution | undefined;
    for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) {
      const a = contents[k];
      if (a.content!.end >= d.cue.end) {
        best = a;
        break;
      }
    }
    if (best) {
      if (!d.source) d.source = best.source;
      d.speaker = best.speaker;
    }
  });

  const byId = new Map(attributions.map((a) => [a.id, a]));
  for (const c of claims) if (c.attribution) c.claimant = byId.get(c.attribution)?.speaker ?? null;

  const links = linker.link({
    claims,
    denials,
    claimFromDenial: claimMeta.map((m) => m.fromDenial),
    genericTarget: denialMeta.map((m) => m.generic),
    claimBlock: claimMeta.map((m) => m.block),
    denialBlock: denialMeta.map((m) => m.block),
  });

  return {
    schema: ANALYSIS_SCHEMA,
    source: { ...(path !== undefined ? { path } : {}), languageId, length: text.length },
    attributions,
    denials,
    claims,
    links,
  };
}
