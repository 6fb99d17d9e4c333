import {
  ANALYSIS_SCHEMA, type Analysis, type AnalyzerSettings, type Attribution, type Claim, type Denial, type LanguageId, type Span,
} from './types';
import { ProseExtractor, toDocRange, type ProseBlock } from './prose/extract';
import { detectBlock } from './detect/block';
import type { BlockFindings, R } from './detect/raw';
import { resolveSpeakers } from './speakers';
import { linkFindings } from './link/link';

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

interface Placed {
  block: ProseBlock;
  index: number;
  key: string;
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
  private cache = new Map<string, BlockFindings>();
  private lastLanguage: LanguageId | undefined;

  constructor(settings: AnalyzerSettings = {}) {
    const r = resolveSettings(settings);
    this.settings = r.settings;
    this.problems = r.problems;
  }

  analyze(text: string, languageId: LanguageId, path?: string): Analysis {
    if (this.lastLanguage !== languageId) {
      this.cache.clear();
      this.lastLanguage = languageId;
    }
    const blocks = this.extractor.blocks(text, languageId);
    const next = new Map<string, BlockFindings>();
    const dupCount = new Map<string, number>();
    const placed: Placed[] = blocks.map((block, index) => {
      const key = `${block.kind}\u0001${block.text}`;
      let findings = next.get(key) ?? this.cache.get(key);
      if (!findings) findings = detectBlock(block.text, block.kind, this.settings.minCheckworthiness);
      next.set(key, findings);
      const dup = dupCount.get(key) ?? 0;
      dupCount.set(key, dup + 1);
      return { block, index, key, dup, findings };
    });
    this.cache = next;
    return assemble(text, languageId, path, placed, this.settings);
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

function makeId(prefix: string, p: Placed, kind: string, at: number, taken: Set<string>): string {
  const base = fnv(`${p.dup}:${kind}:${at}`, fnv(p.key));
  let id = `${prefix}-${base.toString(16).padStart(8, '0')}`;
  let k = 1;
  while (taken.has(id)) id = `${prefix}-${fnv(`${k++}`, base).toString(16).padStart(8, '0')}`;
  taken.add(id);
  return id;
}

function assemble(text: string, languageId: LanguageId, path: string | undefined, placed: Placed[], settings: Required<AnalyzerSettings>): Analysis {
  const span = (block: ProseBlock, r: R | null): Span | null => {
    if (!r) return null;
    const d = toDocRange(block, r[0], r[1]);
    if (!d || d.end <= d.start) return null;
    return { start: d.start, end: d.end, text: text.slice(d.start, d.end) };
  };
  const taken = new Set<string>();
  const attributions: Attribution[] = [];
  const attrMeta: Array<{ block: number; opensBlock: boolean; runsOn: boolean; sourceType: string | null }> = [];
  const denials: Denial[] = [];
  const denialMeta: Array<{ block: number; generic: boolean }> = [];
  const claims: Claim[] = [];
  const claimMeta: Array<{ block: number; fromDenial: string | null }> = [];
  const quotesByBlock: Array<Array<{ start: number; end: number; opensBlock: boolean; runsOn: boolean }>> = [];

  for (const p of placed) {
    const f = p.findings;
    quotesByBlock[p.index] = f.quotes.map((q) => {
      const s = span(p.block, q.span);
      return { start: s?.start ?? p.block.start, end: s?.end ?? p.block.start, opensBlock: q.opensBlock, runsOn: q.runsOn };
    });
    const attrIds: string[] = [];
    for (const a of f.attributions) {
      const cue = span(p.block, a.cue);
      if (!cue) {
        attrIds.push('');
        continue;
      }
      const id = makeId('a', p, a.rule, a.cue[0], taken);
      attrIds.push(id);
      attributions.push({ id, cue, source: span(p.block, a.source), content: span(p.block, a.content), speaker: null });
      attrMeta.push({ block: p.index, opensBlock: a.contentOpensBlock, runsOn: a.contentRunsOn, sourceType: a.sourceType });
    }
    const denialIds: string[] = [];
    for (const d of f.denials) {
      const cue = span(p.block, d.cue);
      if (!cue) {
        denialIds.push('');
        continue;
      }
      const id = makeId('d', p, d.rule, d.cue[0], taken);
      denialIds.push(id);
      denials.push({ id, cue, source: span(p.block, d.source), target: span(p.block, d.target), speaker: null });
      denialMeta.push({ block: p.index, generic: d.genericTarget });
    }
    for (const c of f.claims) {
      const s = span(p.block, c.span);
      if (!s) continue;
      const id = makeId('c', p, c.origin, c.span[0], taken);
      const attribution = c.attribution !== null ? attrIds[c.attribution] || null : null;
      const fromDenial = c.denial !== null ? denialIds[c.denial] || null : null;
      claims.push({ id, span: s, claimant: null, attribution, checkworthiness: c.checkworthiness });
      claimMeta.push({ block: p.index, fromDenial });
    }
  }

  // quotations that run over several paragraphs, attributed once
  attributions.forEach((a, i) => {
    const m = attrMeta[i];
    if (!a.content) return;
    let start = a.content.start;
    let end = a.content.end;
    if (m.opensBlock) {
      for (let b = m.block - 1; b >= 0; b--) {
        const q = quotesByBlock[b]?.find((x) => x.opensBlock && x.runsOn);
        if (!q) break;
        start = q.start;
      }
    }
    if (m.runsOn) {
      for (let b = m.block + 1; b < quotesByBlock.length; b++) {
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
  const inQuote = items.map((it) => {
    const at = it.at;
    return attributions.some((a) => a.content && a.content.start <= at && a.content.end > at);
  });
  const speakers = resolveSpeakers(sources, inQuote);
  items.forEach((it, k) => {
    if (it.kind === 'a') attributions[it.i].speaker = speakers[k];
    else denials[it.i].speaker = speakers[k];
  });
  // a denial inside what someone is reported to say is theirs: "X said there is no evidence that ..."
  denials.forEach((d) => {
    const firstPerson = d.source && /^(we|i)$/i.test(d.source.text);
    if (d.source && !firstPerson) return;
    let best: Attribution | undefined;
    for (const a of attributions) {
      if (a.content && a.content.start <= d.cue.start && a.content.end >= d.cue.end) {
        if (!best || (best.content && a.content.end - a.content.start < best.content.end - best.content.start)) best = a;
      }
    }
    if (best) {
      if (!d.source) d.source = best.source;
      d.speaker = best.speaker;
    }
  });

  const byId = new Map(attributions.map((a) => [a.id, a]));
  for (const c of claims) if (c.attribution) c.claimant = byId.get(c.attribution)?.speaker ?? null;

  const links = linkFindings(
    {
      claims,
      denials,
      claimFromDenial: claimMeta.map((m) => m.fromDenial),
      genericTarget: denialMeta.map((m) => m.generic),
      claimSentence: claimMeta.map((m) => m.block),
      denialSentence: denialMeta.map((m) => m.block),
    },
    { minLinkScore: settings.minLinkScore },
  );

  return {
    schema: ANALYSIS_SCHEMA,
    source: { ...(path !== undefined ? { path } : {}), languageId, length: text.length },
    attributions,
    denials,
    claims,
    links,
  };
}
