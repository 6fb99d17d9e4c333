/**
 * Pure matching and scoring functions for `npm run eval` (no file system, no analyzer).
 *
 * Spans are lists of half-open UTF-16 ranges (`[start, end)`), so split annotations (brat `s e;s e`)
 * and ordinary spans share one shape. Definitions used everywhere below:
 *
 * - overlap(a, b): the number of characters covered by both spans.
 * - "cue match": overlap > 0. Gold and found items are paired one-to-one, largest overlap first
 *   (ties: earlier gold item, then earlier found item).
 * - "half of longer": overlap > 0 and 2 * overlap >= max(length(a), length(b)). Used for contents,
 *   denial targets and claims.
 * - precision = tp / found, recall = tp / gold, F1 = their harmonic mean. Conventions for empty
 *   denominators: precision is 1 when nothing was found and nothing was expected, 0 when nothing
 *   was found but something was expected; recall is 1 when nothing was expected.
 */

/** A half-open range of UTF-16 offsets. */
export interface Range {
  start: number;
  end: number;
}

/** A possibly discontinuous span: sorted or not, fragments must not overlap each other. */
export type Fragments = readonly Range[];

export function spanLength(a: Fragments): number {
  let n = 0;
  for (const r of a) n += Math.max(0, r.end - r.start);
  return n;
}

/** Characters covered by both spans. */
export function overlap(a: Fragments, b: Fragments): number {
  let n = 0;
  for (const x of a) {
    for (const y of b) {
      const lo = Math.max(x.start, y.start);
      const hi = Math.min(x.end, y.end);
      if (hi > lo) n += hi - lo;
    }
  }
  return n;
}

/** True when the spans overlap by at least half of the longer one (and by at least one character). */
export function overlapsHalfOfLonger(a: Fragments, b: Fragments): boolean {
  const o = overlap(a, b);
  return o > 0 && 2 * o >= Math.max(spanLength(a), spanLength(b));
}

/** The score used to pair claims or contents: their overlap when it covers half of the longer span, else 0. */
export function halfOfLongerScore(a: Fragments, b: Fragments): number {
  return overlapsHalfOfLonger(a, b) ? overlap(a, b) : 0;
}

export interface Pair {
  gold: number;
  found: number;
  score: number;
}

/**
 * Pairs gold and found items one-to-one, highest score first; a pair needs a score > 0.
 * Ties go to the earlier gold item, then the earlier found item, so the result is deterministic.
 */
export function matchOneToOne<G, F>(gold: readonly G[], found: readonly F[], score: (g: G, f: F) => number): Pair[] {
  const candidates: Pair[] = [];
  for (let gi = 0; gi < gold.length; gi++) {
    for (let fi = 0; fi < found.length; fi++) {
      const s = score(gold[gi], found[fi]);
      if (s > 0) candidates.push({ gold: gi, found: fi, score: s });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.gold - y.gold || x.found - y.found);
  const usedGold = new Set<number>();
  const usedFound = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.gold) || usedFound.has(c.found)) continue;
    usedGold.add(c.gold);
    usedFound.add(c.found);
    pairs.push(c);
  }
  pairs.sort((x, y) => x.gold - y.gold);
  return pairs;
}

export interface Prf {
  /** True positives. */
  tp: number;
  /** Items counted as found (denominator of precision). */
  found: number;
  /** Items counted as expected (denominator of recall). */
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, found: number, gold: number): Prf {
  const precision = found > 0 ? tp / found : gold === 0 ? 1 : 0;
  const recall = gold > 0 ? tp / gold : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, found, gold, precision, recall, f1 };
}

// ---------------------------------------------------------------------------------------------
// Gold SPAN resolution (seed gold format)

/** A gold SPAN: an exact substring occurring once, or `{ text, near }` with `near` occurring once and containing `text` once. */
export type GoldSpan = string | { text: string; near: string };

function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  let i = hay.indexOf(needle);
  while (i !== -1) {
    out.push(i);
    i = hay.indexOf(needle, i + 1);
  }
  return out;
}

/** Resolves a gold SPAN to its offsets in `text`. Throws with a clear message when it is not unique. */
export function resolveGoldSpan(text: string, span: GoldSpan): Range {
  if (typeof span === 'string') {
    const at = occurrences(text, span);
    if (at.length !== 1) throw new Error(`gold span ${JSON.stringify(span)} occurs ${at.length} times in the text (needs exactly 1)`);
    return { start: at[0], end: at[0] + span.length };
  }
  const nearAt = occurrences(text, span.near);
  if (nearAt.length !== 1) {
    throw new Error(`gold span context ${JSON.stringify(span.near)} occurs ${nearAt.length} times in the text (needs exactly 1)`);
  }
  const inner = occurrences(span.near, span.text);
  if (inner.length !== 1) {
    throw new Error(`gold span ${JSON.stringify(span.text)} occurs ${inner.length} times in ${JSON.stringify(span.near)} (needs exactly 1)`);
  }
  const start = nearAt[0] + inner[0];
  return { start, end: start + span.text.length };
}

// ---------------------------------------------------------------------------------------------
// Attribution-shaped items shared by the seed and PolNeAR scorers

/** An attribution or denial reduced to what the scorers compare. For a denial, `content` is its target. */
export interface AttributionItem {
  id: string;
  kind: 'attribution' | 'denial';
  cue: Fragments;
  source: Fragments | null;
  content: Fragments | null;
}

interface SpanLike {
  start: number;
  end: number;
}

/** The part of an Analysis the scorers read (structurally compatible with `Analysis` from src/core). */
export interface AnalysisLike {
  attributions: readonly { id: string; cue: SpanLike; source: SpanLike | null; content: SpanLike | null }[];
  denials: readonly { id: string; cue: SpanLike; source: SpanLike | null; target: SpanLike | null }[];
  claims: readonly { id: string; span: SpanLike }[];
  links: readonly { claim: string; counter: string; relation?: string }[];
}

const frag = (s: SpanLike | null): Fragments | null => (s ? [{ start: s.start, end: s.end }] : null);

/** Found attributions then found denials (target as content), in the analysis order. */
export function foundAttributionItems(a: AnalysisLike): AttributionItem[] {
  const out: AttributionItem[] = [];
  for (const x of a.attributions) out.push({ id: x.id, kind: 'attribution', cue: [x.cue], source: frag(x.source), content: frag(x.content) });
  for (const x of a.denials) out.push({ id: x.id, kind: 'denial', cue: [x.cue], source: frag(x.source), content: frag(x.target) });
  return out;
}

// ---------------------------------------------------------------------------------------------
// PolNeAR-style scoring: cue, source, content

export interface AttributionScores {
  cue: Prf;
  source: Prf;
  content: Prf;
  /** Gold/found pairs (indices into the arrays given). */
  pairs: Pair[];
}

/**
 * Scores found attribution items against gold ones (PolNeAR rule):
 * - cue: pairs by cue overlap, one-to-one, largest overlap first; P = pairs / found, R = pairs / gold.
 * - source: right when the pair's two sources overlap; P = right / found items with a source
 *   (matched or not), R = right / gold items with a source.
 * - content: right when the pair's contents overlap by at least half of the longer one;
 *   P = right / found items with content, R = right / gold items with content.
 */
export function scoreAttributions(gold: readonly AttributionItem[], found: readonly AttributionItem[]): AttributionScores {
  return scoreAttributionPairs(gold, found, matchOneToOne(gold, found, (g, f) => overlap(g.cue, f.cue)));
}

/** The figures of {@link scoreAttributions} for pairs already made. */
export function scoreAttributionPairs(gold: readonly AttributionItem[], found: readonly AttributionItem[], pairs: Pair[]): AttributionScores {
  let sourceRight = 0;
  let contentRight = 0;
  for (const p of pairs) {
    const g = gold[p.gold];
    const f = found[p.found];
    if (g.source && f.source && overlap(g.source, f.source) > 0) sourceRight++;
    if (g.content && f.content && overlapsHalfOfLonger(g.content, f.content)) contentRight++;
  }
  const count = (xs: readonly AttributionItem[], k: 'source' | 'content') => xs.filter((x) => x[k] !== null).length;
  return {
    cue: prf(pairs.length, found.length, gold.length),
    source: prf(sourceRight, count(found, 'source'), count(gold, 'source')),
    content: prf(contentRight, count(found, 'content'), count(gold, 'content')),
    pairs,
  };
}

/** Adds counts of several Prf figures (micro-average). */
export function sumPrf(xs: readonly Prf[]): Prf {
  let tp = 0;
  let found = 0;
  let gold = 0;
  for (const x of xs) {
    tp += x.tp;
    found += x.found;
    gold += x.gold;
  }
  return prf(tp, found, gold);
}

// ---------------------------------------------------------------------------------------------
// Seed scoring (gold format of shared/corpus/README.md)

export interface SeedGoldAttribution {
  id: string;
  kind: 'attribution' | 'denial';
  optional?: boolean;
  source: GoldSpan | null;
  cue: GoldSpan;
  content: GoldSpan | null;
}

export interface SeedGoldClaim {
  id: string;
  claimant?: string;
  optional?: boolean;
  text: GoldSpan;
}

export interface SeedGoldLink {
  claim: string;
  counter: string;
  optional?: boolean;
  why?: string;
}

export interface SeedGold {
  text?: string;
  attributions: SeedGoldAttribution[];
  claims: SeedGoldClaim[];
  links: SeedGoldLink[];
}

/** Figures for one kind of seed item (attribution, denial, claim, link). */
export interface SeedKindScore {
  required: number;
  requiredFound: number;
  optional: number;
  optionalFound: number;
  found: number;
  /** Found items matching no gold item (required or optional). */
  falseFound: number;
  /** tp = found items matching a required gold item; found = tp + falseFound; gold = required. */
  prf: Prf;
  missed: SeedMiss[];
  falseFindings: SeedFalse[];
}

export interface SeedMiss {
  id: string;
  text: string;
  /** Extra diagnosis, e.g. "reported as an attribution". */
  note?: string;
}

export interface SeedFalse {
  id: string;
  text: string;
}

export interface SeedScore {
  attributions: SeedKindScore;
  denials: SeedKindScore;
  claims: SeedKindScore;
  links: SeedKindScore;
  /** Attributions and denials together, scored with the PolNeAR rules (sources / contents of required items). */
  cue: Prf;
  source: Prf;
  content: Prf;
}

interface ResolvedGoldItem extends AttributionItem {
  optional: boolean;
}

function slice(text: string, f: Fragments | null): string {
  if (!f) return '';
  return f.map((r) => text.slice(r.start, r.end)).join(' … ');
}

function kindScore(
  required: number,
  requiredFound: number,
  optional: number,
  optionalFound: number,
  found: number,
  falseFound: number,
  missed: SeedMiss[],
  falseFindings: SeedFalse[],
): SeedKindScore {
  return {
    required,
    requiredFound,
    optional,
    optionalFound,
    found,
    falseFound,
    prf: prf(requiredFound, requiredFound + falseFound, required),
    missed,
    falseFindings,
  };
}

/**
 * Scores an analysis of the seed article against its gold annotation.
 *
 * - Attributions and denials are matched separately (gold kind `attribution` with `analysis.attributions`,
 *   gold kind `denial` with `analysis.denials`), by cue overlap, one-to-one, largest overlap first.
 * - Claims match when their overlap covers at least half of the longer span (one-to-one, largest first).
 * - Each gold link end (C* or A*) stands for the found item it matched; a found link matches a gold link
 *   when its two ends are those two found items, in either direction.
 * - Optional gold items neither count as misses nor make a found item matching them a false finding.
 */
export function scoreSeed(text: string, gold: SeedGold, analysis: AnalysisLike): SeedScore {
  const resolve = (s: GoldSpan | null): Fragments | null => (s === null ? null : [resolveGoldSpan(text, s)]);
  const goldItems: ResolvedGoldItem[] = gold.attributions.map((a) => ({
    id: a.id,
    kind: a.kind,
    optional: a.optional === true,
    cue: [resolveGoldSpan(text, a.cue)],
    source: resolve(a.source),
    content: resolve(a.content),
  }));
  const foundItems = foundAttributionItems(analysis);
  /** gold id (A* / C*) -> found id */
  const goldToFound = new Map<string, string>();

  const pairKind = (kind: 'attribution' | 'denial') => {
    const g = goldItems.filter((x) => x.kind === kind);
    const f = foundItems.filter((x) => x.kind === kind);
    return { kind, gold: g, found: f, pairs: matchOneToOne(g, f, (a, b) => overlap(a.cue, b.cue)) };
  };
  const scoreKind = (k: ReturnType<typeof pairKind>): SeedKindScore => {
    const { kind, gold: g, found: f, pairs } = k;
    const other = foundItems.filter((x) => x.kind !== kind);
    const matchedGold = new Set(pairs.map((p) => p.gold));
    const matchedFound = new Set(pairs.map((p) => p.found));
    for (const p of pairs) goldToFound.set(g[p.gold].id, f[p.found].id);
    const missed: SeedMiss[] = [];
    g.forEach((x, i) => {
      if (x.optional || matchedGold.has(i)) return;
      const wrongKind = other.find((o) => overlap(o.cue, x.cue) > 0);
      missed.push({
        id: x.id,
        text: `cue "${slice(text, x.cue)}" | source "${slice(text, x.source)}" | content "${slice(text, x.content)}"`,
        ...(wrongKind ? { note: `reported as ${wrongKind.kind === 'denial' ? 'a denial' : 'an attribution'} (${wrongKind.id})` } : {}),
      });
    });
    const falseFindings: SeedFalse[] = [];
    f.forEach((x, i) => {
      if (matchedFound.has(i)) return;
      falseFindings.push({
        id: x.id,
        text: `cue "${slice(text, x.cue)}" | source "${slice(text, x.source)}" | ${kind === 'denial' ? 'target' : 'content'} "${slice(text, x.content)}"`,
      });
    });
    const requiredFound = pairs.filter((p) => !g[p.gold].optional).length;
    return kindScore(
      g.filter((x) => !x.optional).length,
      requiredFound,
      g.filter((x) => x.optional).length,
      pairs.length - requiredFound,
      f.length,
      falseFindings.length,
      missed,
      falseFindings,
    );
  };
  const attributionPairs = pairKind('attribution');
  const denialPairs = pairKind('denial');
  const attributions = scoreKind(attributionPairs);
  const denials = scoreKind(denialPairs);

  // Cue / source / content (PolNeAR rules) over both kinds, using the pairs above; found items that
  // matched an optional gold item are left out of the found counts, optional gold out of the gold counts.
  const consideredGold: AttributionItem[] = [];
  const consideredFound: AttributionItem[] = [];
  const pairIndex: Pair[] = [];
  for (const k of [attributionPairs, denialPairs]) {
    for (const p of k.pairs) {
      if (k.gold[p.gold].optional) continue;
      pairIndex.push({ gold: consideredGold.length, found: consideredFound.length, score: p.score });
      consideredGold.push(k.gold[p.gold]);
      consideredFound.push(k.found[p.found]);
    }
    const matchedGold = new Set(k.pairs.map((p) => p.gold));
    const matchedFound = new Set(k.pairs.map((p) => p.found));
    k.gold.forEach((g, i) => {
      if (!g.optional && !matchedGold.has(i)) consideredGold.push(g);
    });
    k.found.forEach((f, i) => {
      if (!matchedFound.has(i)) consideredFound.push(f);
    });
  }
  const csc = scoreAttributionPairs(consideredGold, consideredFound, pairIndex);

  // Claims.
  const goldClaims = gold.claims.map((c) => ({ id: c.id, optional: c.optional === true, span: [resolveGoldSpan(text, c.text)] as Fragments }));
  const foundClaims = analysis.claims.map((c) => ({ id: c.id, span: [{ start: c.span.start, end: c.span.end }] as Fragments }));
  const claimPairs = matchOneToOne(goldClaims, foundClaims, (a, b) => halfOfLongerScore(a.span, b.span));
  for (const p of claimPairs) goldToFound.set(goldClaims[p.gold].id, foundClaims[p.found].id);
  const claimMatchedGold = new Set(claimPairs.map((p) => p.gold));
  const claimMatchedFound = new Set(claimPairs.map((p) => p.found));
  const claimMissed: SeedMiss[] = goldClaims
    .filter((c, i) => !c.optional && !claimMatchedGold.has(i))
    .map((c) => {
      const near = foundClaims.find((f) => overlap(f.span, c.span) > 0);
      return { id: c.id, text: slice(text, c.span), ...(near ? { note: `overlaps found claim ${near.id} "${slice(text, near.span)}" by less than half` } : {}) };
    });
  const claimFalse: SeedFalse[] = foundClaims.filter((_, i) => !claimMatchedFound.has(i)).map((c) => ({ id: c.id, text: slice(text, c.span) }));
  const claimRequiredFound = claimPairs.filter((p) => !goldClaims[p.gold].optional).length;
  const claims = kindScore(
    goldClaims.filter((c) => !c.optional).length,
    claimRequiredFound,
    goldClaims.filter((c) => c.optional).length,
    claimPairs.length - claimRequiredFound,
    foundClaims.length,
    claimFalse.length,
    claimMissed,
    claimFalse,
  );

  // Links: both ends through goldToFound, unordered.
  const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const foundLinks = analysis.links;
  const goldLinkKeys = gold.links.map((l) => {
    const a = goldToFound.get(l.claim);
    const b = goldToFound.get(l.counter);
    return a !== undefined && b !== undefined ? key(a, b) : null;
  });
  const usedFound = new Set<number>();
  const linkMatchedGold = new Set<number>();
  gold.links.forEach((_l, gi) => {
    const k = goldLinkKeys[gi];
    if (k === null) return;
    const fi = foundLinks.findIndex((f, i) => !usedFound.has(i) && key(f.claim, f.counter) === k);
    if (fi >= 0) {
      usedFound.add(fi);
      linkMatchedGold.add(gi);
    }
  });
  const describeEnd = (goldId: string) => {
    const f = goldToFound.get(goldId);
    return f === undefined ? `${goldId} (not found)` : `${goldId}=${f}`;
  };
  const linkMissed: SeedMiss[] = gold.links
    .filter((l, i) => l.optional !== true && !linkMatchedGold.has(i))
    .map((l) => ({ id: `${l.claim}-${l.counter}`, text: `${describeEnd(l.claim)} <-> ${describeEnd(l.counter)}${l.why ? ` (${l.why})` : ''}` }));
  const foundText = new Map<string, string>();
  for (const c of analysis.claims) foundText.set(c.id, `claim "${text.slice(c.span.start, c.span.end)}"`);
  for (const d of foundItems) foundText.set(d.id, `${d.kind} cue "${slice(text, d.cue)}"`);
  const linkFalse: SeedFalse[] = foundLinks
    .filter((_, i) => !usedFound.has(i))
    .map((l) => ({ id: `${l.claim}-${l.counter}`, text: `${foundText.get(l.claim) ?? l.claim} <-> ${foundText.get(l.counter) ?? l.counter}` }));
  const linkRequiredFound = gold.links.filter((l, i) => l.optional !== true && linkMatchedGold.has(i)).length;
  const links = kindScore(
    gold.links.filter((l) => l.optional !== true).length,
    linkRequiredFound,
    gold.links.filter((l) => l.optional === true).length,
    linkMatchedGold.size - linkRequiredFound,
    foundLinks.length,
    linkFalse.length,
    linkMissed,
    linkFalse,
  );

  return { attributions, denials, claims, links, cue: csc.cue, source: csc.source, content: csc.content };
}

// ---------------------------------------------------------------------------------------------
// Emergent: a headline is predicted `against` exactly when a denial is found in it

export interface StanceRow {
  gold: string;
  predictedAgainst: boolean;
}

export interface StanceScore {
  against: Prf;
  /** gold stance -> { against: n predicted against, other: n predicted not against } */
  confusion: Record<string, { against: number; other: number }>;
  total: number;
}

export function scoreStance(rows: readonly StanceRow[]): StanceScore {
  const confusion: Record<string, { against: number; other: number }> = {};
  let tp = 0;
  let found = 0;
  let gold = 0;
  for (const r of rows) {
    const c = (confusion[r.gold] ??= { against: 0, other: 0 });
    if (r.predictedAgainst) c.against++;
    else c.other++;
    const isAgainst = r.gold === 'against';
    if (isAgainst) gold++;
    if (r.predictedAgainst) found++;
    if (isAgainst && r.predictedAgainst) tp++;
  }
  return { against: prf(tp, found, gold), confusion, total: rows.length };
}
