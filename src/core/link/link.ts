/**
 * Links a claim with what speaks against it:
 * - `denies`: a denial whose target states the same proposition (weighted coverage of the target's
 *   concepts), or, for a denial that only names the statement ("denied the allegations"), the
 *   nearest claim before it; a claim taken from a denial's own target is linked to that denial;
 * - `contradicts`: a later claim by someone else about the same thing with the opposite polarity
 *   (a negation, or antonyms such as bought / captured), or a different figure for the same quantity.
 *
 * Concepts are weighted by how rare they are in news (src/core/data/generated/concept-idf.json,
 * learned by scripts/gen-concept-idf.ts), so a pair's score depends only on the pair. That makes the
 * pass incremental: a `Linker` kept between analyses scores only the pairs that involve items that
 * are new or changed, and gives exactly the links a fresh one would.
 */
import type { Claim, Denial, Link } from '../types';
import { ANTONYMS, conceptsOf } from './concepts';
import idfData from '../data/generated/concept-idf.json';

export interface LinkInput {
  claims: Claim[];
  denials: Denial[];
  /** For each claim: the denial it was taken from (an allegation in a denial's target), or null. */
  claimFromDenial: Array<string | null>;
  /** For each denial: whether its target only names a statement. */
  genericTarget: boolean[];
  /** For each claim and denial: index of its block in document order (for proximity). */
  claimBlock: number[];
  denialBlock: number[];
}

export interface LinkSettings {
  minLinkScore: number;
}

/** Weight of a place concept: places say where, not what; they count, but less than a rare word. */
const PLACE_WEIGHT = 2;
/** Concepts more common than this (idf below it) never propose a candidate pair on their own. */
const MIN_INDEX_IDF = 2;
const IDF = idfData.idf as Record<string, number>;

interface Bag {
  /** Sorted concept ids. */
  ids: Int32Array;
  weights: Float64Array;
  isPlace: Uint8Array;
  total: number;
  negated: boolean;
  /** Antonym concept ids of the bag's concepts. */
  antonyms: Int32Array;
  quantities: Array<{ value: number; concept: number }>;
}

const conceptIds = new Map<string, number>();
const conceptNames: string[] = [];
const conceptWeights: number[] = [];
function intern(c: string): number {
  let id = conceptIds.get(c);
  if (id === undefined) {
    id = conceptNames.length;
    conceptIds.set(c, id);
    conceptNames.push(c);
    conceptWeights.push(c.startsWith('place:') ? PLACE_WEIGHT : (IDF[c] ?? idfData.unseen));
  }
  return id;
}

const bagCache = new Map<string, Bag>();
function bag(text: string): Bag {
  let b = bagCache.get(text);
  if (!b) {
    if (bagCache.size > 50000) bagCache.clear();
    const cb = conceptsOf(text);
    const ids = Int32Array.from([...cb.concepts].map(intern)).sort();
    const weights = Float64Array.from(ids, (id) => conceptWeights[id]);
    const antonyms: number[] = [];
    for (const c of cb.concepts) {
      const anti = ANTONYMS.get(c);
      if (anti && !cb.concepts.has(anti)) antonyms.push(intern(anti));
    }
    b = {
      ids,
      weights,
      isPlace: Uint8Array.from(ids, (id) => (conceptNames[id].startsWith('place:') ? 1 : 0)),
      total: weights.reduce((x, y) => x + y, 0),
      negated: cb.negated,
      antonyms: Int32Array.from(antonyms),
      quantities: cb.quantities.filter((q) => q.concept !== null).map((q) => ({ value: q.value, concept: intern(q.concept!) })),
    };
    bagCache.set(text, b);
  }
  return b;
}

function has(ids: Int32Array, id: number): boolean {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = ids[mid];
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** How far below a denial's best link its other links may score and still be listed. */
const DENIAL_SPREAD = 0.2;

/** The score of a link from a denial that only names the statement ("denied the allegations") to the claim before it. */
const GENERIC_DENIAL_SCORE = 0.6;

/** How much lower the similarity bar is for two claims of opposite polarity than for a denial. */
const CONTRADICTION_MARGIN = 0.1;

/** Items farther apart than this (in characters) are not compared: it keeps the pass linear on huge documents. */
export const LINK_WINDOW = 30000;

interface Entry {
  key: string;
  id: string;
  isClaim: boolean;
  claim: Claim | null;
  denial: Denial | null;
  bag: Bag | null;
  fromDenial: string | null;
  pos: number;
}

/** Keeps the pairwise links between analyses of one document; see the file comment. */
export class Linker {
  private entries: Array<Entry | null> = [];
  private free: number[] = [];
  private slotOf = new Map<string, number>();
  private claimIndex = new Map<number, Set<number>>();
  private denialIndex = new Map<number, Set<number>>();
  /** Pair links by key "claim>counter", and for each slot the keys of its pair links. */
  private pairLinks = new Map<string, Link>();
  private linksOf = new Map<number, Set<string>>();
  private counts = new Int32Array(64);

  constructor(private readonly settings: LinkSettings) {}

  link(input: LinkInput): Link[] {
    const { claims, denials } = input;
    // An item's key holds everything its pair scores depend on besides its id (whose hash already
    // covers its paragraph's text): who says it, and for a denial its target's place.
    const claimKeys = claims.map((c, i) => `c\u0001${c.claimant}\u0001${input.claimFromDenial[i]}\u0001${c.span.end - c.span.start}`);
    const denialKeys = denials.map((d, i) => `d\u0001${d.speaker}\u0001${input.genericTarget[i]}\u0001${d.target ? `${d.target.start - d.cue.start},${d.target.end - d.target.start}` : ''}`);
    const now = new Map<string, string>();
    claims.forEach((c, i) => now.set(c.id, claimKeys[i]));
    denials.forEach((d, i) => now.set(d.id, denialKeys[i]));
    // drop what is gone or changed
    for (const [id, slot] of this.slotOf) if (now.get(id) !== this.entries[slot]!.key) this.remove(slot);
    // update positions of what stays, collect what is new
    const added: number[] = [];
    const place = (id: string, make: () => Entry, pos: number, set: (e: Entry) => void) => {
      const slot = this.slotOf.get(id);
      if (slot !== undefined) {
        const e = this.entries[slot]!;
        e.pos = pos;
        set(e);
        return;
      }
      const e = make();
      const s = this.free.pop() ?? this.entries.length;
      this.entries[s] = e;
      this.slotOf.set(id, s);
      added.push(s);
    };
    claims.forEach((c, i) =>
      place(c.id, () => ({ key: claimKeys[i], id: c.id, isClaim: true, claim: c, denial: null, bag: bag(c.span.text), fromDenial: input.claimFromDenial[i], pos: c.span.start }), c.span.start, (e) => (e.claim = c)),
    );
    denials.forEach((d, i) =>
      place(d.id, () => ({ key: denialKeys[i], id: d.id, isClaim: false, claim: null, denial: d, bag: d.target && !input.genericTarget[i] ? bag(d.target.text) : null, fromDenial: null, pos: d.cue.start }), d.cue.start, (e) => (e.denial = d)),
    );
    if (this.counts.length < this.entries.length) this.counts = new Int32Array(this.entries.length * 2);
    // score the pairs each new item is in, against everything indexed so far, then index it
    for (const slot of added) {
      const e = this.entries[slot]!;
      if (e.isClaim) {
        for (const other of this.candidates(this.denialIndex, e)) this.scoreDenial(e, this.entries[other]!);
        for (const other of this.candidates(this.claimIndex, e)) this.scoreContradiction(e, this.entries[other]!);
        this.index(this.claimIndex, slot, e.bag);
      } else {
        for (const other of this.candidates(this.claimIndex, e)) this.scoreDenial(this.entries[other]!, e);
        this.index(this.denialIndex, slot, e.bag);
      }
    }

    // a denial answers the claims that match it best: drop its links far below its best one
    const best = new Map<string, number>();
    for (const l of this.pairLinks.values()) if (l.relation === 'denies') best.set(l.counter, Math.max(best.get(l.counter) ?? 0, l.score));
    const out: Link[] = [...this.pairLinks.values()].filter((l) => l.relation !== 'denies' || l.score >= best.get(l.counter)! - DENIAL_SPREAD);
    // links that depend on neighbours are recomputed every time (there are few)
    const ownClaims = new Map<string, number[]>();
    input.claimFromDenial.forEach((did, ci) => {
      if (did) ownClaims.set(did, [...(ownClaims.get(did) ?? []), ci]);
    });
    denials.forEach((d, di) => {
      for (const ci of ownClaims.get(d.id) ?? []) out.push({ claim: claims[ci].id, counter: d.id, relation: 'denies', score: 1 });
      if (input.genericTarget[di]) {
        const ci = nearestClaimBefore(input, d, input.denialBlock[di]);
        if (ci >= 0 && GENERIC_DENIAL_SCORE >= this.settings.minLinkScore) out.push({ claim: claims[ci].id, counter: d.id, relation: 'denies', score: GENERIC_DENIAL_SCORE });
      }
    });
    const pos = (id: string) => this.entries[this.slotOf.get(id)!]!.pos;
    out.sort((a, b) => pos(a.claim) - pos(b.claim) || pos(a.counter) - pos(b.counter));
    return out;
  }

  private index(index: Map<number, Set<number>>, slot: number, b: Bag | null): void {
    if (!b) return;
    b.ids.forEach((c, k) => {
      if (b.weights[k] < MIN_INDEX_IDF) return;
      let s = index.get(c);
      if (!s) index.set(c, (s = new Set()));
      s.add(slot);
    });
  }

  /** Indexed slots within the window that share at least two indexed concepts with the entry. */
  private candidates(index: Map<number, Set<number>>, e: Entry): number[] {
    const b = e.bag;
    if (!b) return [];
    const counts = this.counts;
    const touched: number[] = [];
    b.ids.forEach((c, k) => {
      if (b.weights[k] < MIN_INDEX_IDF) return;
      for (const slot of index.get(c) ?? []) {
        if (counts[slot]++ === 0) touched.push(slot);
      }
    });
    const out: number[] = [];
    for (const slot of touched) {
      if (counts[slot] >= 2 && Math.abs(this.entries[slot]!.pos - e.pos) <= LINK_WINDOW) out.push(slot);
      counts[slot] = 0;
    }
    return out;
  }

  private remove(slot: number): void {
    const e = this.entries[slot]!;
    if (e.bag) for (const c of e.bag.ids) (e.isClaim ? this.claimIndex : this.denialIndex).get(c)?.delete(slot);
    for (const key of this.linksOf.get(slot) ?? []) {
      const l = this.pairLinks.get(key);
      if (!l) continue;
      this.pairLinks.delete(key);
      const other = this.slotOf.get(l.claim === e.id ? l.counter : l.claim);
      if (other !== undefined) this.linksOf.get(other)?.delete(key);
    }
    this.linksOf.delete(slot);
    this.slotOf.delete(e.id);
    this.entries[slot] = null;
    this.free.push(slot);
  }

  private addLink(l: Link): void {
    const key = `${l.claim}>${l.counter}`;
    this.pairLinks.set(key, l);
    for (const id of [l.claim, l.counter]) {
      const slot = this.slotOf.get(id)!;
      let s = this.linksOf.get(slot);
      if (!s) this.linksOf.set(slot, (s = new Set()));
      s.add(key);
    }
  }

  private scoreDenial(c: Entry, d: Entry): void {
    const tb = d.bag;
    const claim = c.claim!;
    const denial = d.denial!;
    if (!tb || tb.total === 0 || c.fromDenial !== null || !c.bag) return;
    if (denial.speaker && claim.claimant === denial.speaker) return;
    if (denial.target && claim.span.start >= denial.target.start && claim.span.end <= denial.target.end) return;
    let shared = 0;
    let nonPlace = false;
    const cids = c.bag.ids;
    tb.ids.forEach((id, k) => {
      if (has(cids, id)) {
        shared += tb.weights[k];
        if (!tb.isPlace[k]) nonPlace = true;
      }
    });
    if (!nonPlace) return;
    const score = round(shared / tb.total);
    if (score >= this.settings.minLinkScore) this.addLink({ claim: claim.id, counter: denial.id, relation: 'denies', score });
  }

  private scoreContradiction(x: Entry, y: Entry): void {
    const a = x.claim!;
    const b = y.claim!;
    if (a.claimant === b.claimant || x.fromDenial !== null || y.fromDenial !== null || !x.bag || !y.bag) return;
    if (!opposes(x.bag, y.bag) && !opposes(y.bag, x.bag)) return;
    let shared = 0;
    const yids = y.bag.ids;
    x.bag.ids.forEach((id, k) => {
      if (has(yids, id)) shared += x.bag!.weights[k];
    });
    // opposite polarity on shared concepts is a strong signal: it adds to the similarity
    const sim = shared / Math.min(x.bag.total, y.bag.total);
    const score = round(Math.min(1, sim + CONTRADICTION_MARGIN));
    if (score < this.settings.minLinkScore) return;
    const [first, second] = x.pos <= y.pos ? [x, y] : [y, x];
    this.addLink({ claim: first.id, counter: second.id, relation: 'contradicts', score });
  }
}

/** One-shot linking. */
export function linkFindings(input: LinkInput, settings: LinkSettings): Link[] {
  return new Linker(settings).link(input);
}

/** For a denial that only names the statement: the last claim before it, at most two blocks back. */
function nearestClaimBefore(input: LinkInput, d: Denial, block: number): number {
  const claims = input.claims;
  let lo = 0;
  let hi = claims.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (claims[mid].span.end <= d.cue.start + 1) lo = mid + 1;
    else hi = mid;
  }
  for (let ci = lo - 1; ci >= 0 && block - input.claimBlock[ci] <= 2; ci--) {
    if (claims[ci].claimant !== d.speaker && input.claimFromDenial[ci] === null) return ci;
  }
  return -1;
}

/** Opposite polarity, antonyms, or a different figure for the same counted thing. */
function opposes(a: Bag, b: Bag): boolean {
  if (a.negated !== b.negated) return true;
  for (const anti of a.antonyms) if (has(b.ids, anti)) return true;
  for (const qa of a.quantities) {
    for (const qb of b.quantities) if (qb.concept === qa.concept && qb.value !== qa.value) return true;
  }
  return false;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
