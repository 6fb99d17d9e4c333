/**
 * Links a claim with what speaks against it:
 * - `denies`: a denial whose target states the same proposition (weighted concept coverage of the
 *   target, concepts weighted by how rare they are in the article), or, for a denial that only names
 *   the statement ("denied the allegations"), the nearest claims before it;
 * - `contradicts`: a later claim by someone else about the same thing with the opposite polarity
 *   (a negation, or antonyms such as bought / captured), or a different figure for the same quantity.
 */
import type { Claim, Denial, Link } from '../types';
import { ANTONYMS, conceptsOf, type ConceptBag } from './concepts';

export interface LinkInput {
  claims: Claim[];
  denials: Denial[];
  /** For each claim: the denial it was taken from (an allegation in a denial's target), or null. */
  claimFromDenial: Array<string | null>;
  /** For each denial: whether its target only names a statement. */
  genericTarget: boolean[];
  /** For each claim and denial: index of its sentence in document order (for proximity). */
  claimSentence: number[];
  denialSentence: number[];
}

export interface LinkSettings {
  minLinkScore: number;
}

const bagCache = new Map<string, ConceptBag>();
function bag(text: string): ConceptBag {
  let b = bagCache.get(text);
  if (!b) {
    if (bagCache.size > 20000) bagCache.clear();
    b = conceptsOf(text);
    bagCache.set(text, b);
  }
  return b;
}

export function linkFindings(input: LinkInput, settings: LinkSettings): Link[] {
  const { claims, denials } = input;
  const links: Link[] = [];
  const claimBags = claims.map((c) => bag(c.span.text));
  const denialBags = denials.map((d) => (d.target && !input.genericTarget[denials.indexOf(d)] ? bag(d.target.text) : null));
  // document frequency of each concept over claims and denial targets
  const df = new Map<string, number>();
  const count = (b: ConceptBag | null) => {
    if (b) for (const c of b.concepts) df.set(c, (df.get(c) ?? 0) + 1);
  };
  claimBags.forEach(count);
  denialBags.forEach(count);
  const n = claimBags.length + denialBags.filter(Boolean).length;
  const idf = (c: string) => Math.log(1 + n / (df.get(c) ?? 1));
  const weight = (b: ConceptBag) => {
    let w = 0;
    for (const c of b.concepts) w += idf(c);
    return w;
  };
  // inverted index: concept -> claims
  const byConcept = new Map<string, number[]>();
  claimBags.forEach((b, ci) => {
    for (const c of b.concepts) {
      let l = byConcept.get(c);
      if (!l) byConcept.set(c, (l = []));
      l.push(ci);
    }
  });

  // denials
  denials.forEach((d, di) => {
    const own = claims.map((c, ci) => (input.claimFromDenial[ci] === d.id ? ci : -1)).filter((ci) => ci >= 0);
    for (const ci of own) links.push({ claim: claims[ci].id, counter: d.id, relation: 'denies', score: 1 });
    const tb = denialBags[di];
    if (!tb) {
      if (!input.genericTarget[di]) return;
      // "denied the allegations": the nearest claims before it, within two sentences
      const ds = input.denialSentence[di];
      let best = -1;
      claims.forEach((c, ci) => {
        const cs = input.claimSentence[ci];
        if (cs <= ds && ds - cs <= 2 && c.span.end <= d.cue.start + 1 && c.claimant !== d.speaker && input.claimFromDenial[ci] === null) best = ci;
      });
      if (best >= 0) links.push({ claim: claims[best].id, counter: d.id, relation: 'denies', score: 0.6 });
      return;
    }
    const total = weight(tb);
    if (total === 0) return;
    const candidates = new Map<number, number>();
    for (const c of tb.concepts) for (const ci of byConcept.get(c) ?? []) candidates.set(ci, (candidates.get(ci) ?? 0) + 1);
    for (const [ci, shared] of candidates) {
      if (shared < 2 || input.claimFromDenial[ci] !== null) continue;
      const claim = claims[ci];
      if (d.speaker && claim.claimant === d.speaker) continue;
      if (d.target && claim.span.start >= d.target.start && claim.span.end <= d.target.end) continue;
      let sharedWeight = 0;
      let nonPlace = false;
      for (const c of tb.concepts) {
        if (claimBags[ci].concepts.has(c)) {
          sharedWeight += idf(c);
          if (!c.startsWith('place:')) nonPlace = true;
        }
      }
      if (!nonPlace) continue;
      const score = round(sharedWeight / total);
      if (score >= settings.minLinkScore) links.push({ claim: claim.id, counter: d.id, relation: 'denies', score });
    }
  });

  // contradictions between claims
  const seen = new Set<string>();
  claimBags.forEach((a, i) => {
    const candidates = new Map<number, number>();
    for (const c of a.concepts) for (const j of byConcept.get(c) ?? []) if (j > i) candidates.set(j, (candidates.get(j) ?? 0) + 1);
    for (const [j, shared] of candidates) {
      if (shared < 2) continue;
      const ca = claims[i];
      const cb = claims[j];
      if (ca.claimant === cb.claimant) continue;
      if (input.claimFromDenial[i] !== null || input.claimFromDenial[j] !== null) continue;
      const b = claimBags[j];
      let sharedWeight = 0;
      for (const c of a.concepts) if (b.concepts.has(c)) sharedWeight += idf(c);
      const sim = sharedWeight / Math.min(weight(a), weight(b));
      if (sim < settings.minLinkScore) continue;
      if (!opposes(a, b)) continue;
      const key = `${ca.id}>${cb.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      links.push({ claim: ca.id, counter: cb.id, relation: 'contradicts', score: round(sim * 0.9) });
    }
  });
  return links;
}

/** Opposite polarity, antonyms, or a different figure for the same counted thing. */
function opposes(a: ConceptBag, b: ConceptBag): boolean {
  if (a.negated !== b.negated) return true;
  for (const c of a.concepts) {
    const anti = ANTONYMS.get(c);
    if (anti && b.concepts.has(anti) && !b.concepts.has(c)) return true;
  }
  for (const qa of a.quantities) {
    if (!qa.concept) continue;
    for (const qb of b.quantities) if (qb.concept === qa.concept && qb.value !== qa.value) return true;
  }
  return false;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
