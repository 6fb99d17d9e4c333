/** Where the navigation commands go: next/previous claim, and the claim <-> counter-claim jumps with cycling. */
import type { Finding, FindingIndex, LinkedFinding } from './findings';

export interface Jump {
  readonly finding: Finding;
  /** True when the search wrapped around the end (or start) of the document. */
  readonly wrapped: boolean;
}

/** The first claim starting after `offset`; wraps to the first claim. */
export function nextClaim(index: FindingIndex, offset: number): Jump | undefined {
  const claims = index.claims;
  if (claims.length === 0) return undefined;
  const next = claims.find((c) => c.start > offset);
  return next ? { finding: next, wrapped: false } : { finding: claims[0]!, wrapped: true };
}

/** The last claim starting before `offset`; wraps to the last claim. */
export function previousClaim(index: FindingIndex, offset: number): Jump | undefined {
  const claims = index.claims;
  if (claims.length === 0) return undefined;
  for (let i = claims.length - 1; i >= 0; i--) {
    if (claims[i]!.start < offset) return { finding: claims[i]!, wrapped: false };
  }
  return { finding: claims[claims.length - 1]!, wrapped: true };
}

export interface CounterTargets {
  /** The finding under the cursor the jump starts from. */
  readonly origin: Finding;
  /** Its counters (for a claim) and the claims it answers (for a denial or counter-claim), in document order. */
  readonly targets: readonly LinkedFinding[];
}

/**
 * The smallest finding at `offset` that takes part in a link, and where it leads: a claim to its
 * counters, a denial or counter-claim to the claims it answers (a claim can be both).
 */
export function counterTargets(index: FindingIndex, offset: number): CounterTargets | undefined {
  for (const f of index.at(offset)) {
    const t = linkedTargets(index, f);
    if (t) return t;
  }
  return undefined;
}

/** Where a jump from `f` leads: its counters and the claims it answers, in document order; undefined if unlinked. */
export function linkedTargets(index: FindingIndex, f: Finding): CounterTargets | undefined {
  const seen = new Set<string>();
  const targets: LinkedFinding[] = [];
  for (const t of [...index.countersOf(f.id), ...index.answeredBy(f.id)]) {
    if (seen.has(t.finding.id)) continue;
    seen.add(t.finding.id);
    targets.push(t);
  }
  if (targets.length === 0) return undefined;
  targets.sort((a, b) => a.finding.start - b.finding.start || a.finding.end - b.finding.end);
  return { origin: f, targets };
}

/**
 * Repeated `goToCounterClaim` cycles: origin -> target 1 -> target 2 -> ... -> origin -> target 1.
 * The cycle continues while the selection is still exactly where the last jump put it.
 */
export class CounterCycle {
  private ring: string[] = [];
  private position = 0;
  private last: { docKey: string; start: number; end: number } | undefined;

  /** Starts a cycle at `origin`, having jumped to `targets[firstIndex]`. */
  start(docKey: string, origin: string, targets: readonly string[], firstIndex: number, landed: { start: number; end: number }): void {
    this.ring = [origin, ...targets];
    this.position = firstIndex + 1;
    this.last = { docKey, ...landed };
  }

  /** The next id of the running cycle, if the selection is where the last jump left it. */
  next(docKey: string, selection: { start: number; end: number }): string | undefined {
    const l = this.last;
    if (!l || l.docKey !== docKey || l.start !== selection.start || l.end !== selection.end || this.ring.length < 2) return undefined;
    this.position = (this.position + 1) % this.ring.length;
    return this.ring[this.position];
  }

  /** Records where the cycle's latest jump landed. */
  landed(docKey: string, span: { start: number; end: number }): void {
    this.last = { docKey, ...span };
  }

  reset(): void {
    this.ring = [];
    this.position = 0;
    this.last = undefined;
  }
}

/** Claim and counters of the link group at `offset`, for F12 (definitions) and Shift+F12 (references). */
export function definitionTargets(index: FindingIndex, offset: number): Finding[] {
  return counterTargets(index, offset)?.targets.map((t) => t.finding) ?? [];
}

export function referenceTargets(index: FindingIndex, offset: number, includeDeclaration: boolean): Finding[] {
  const t = counterTargets(index, offset);
  if (!t) return [];
  const group = new Map<string, Finding>();
  const add = (f: Finding) => group.set(f.id, f);
  for (const c of index.countersOf(t.origin.id)) add(c.finding);
  // From a counter: the claims it answers, and everything else that answers them.
  for (const a of index.answeredBy(t.origin.id)) {
    add(a.finding);
    for (const s of index.countersOf(a.finding.id)) add(s.finding);
  }
  if (includeDeclaration) add(t.origin);
  else group.delete(t.origin.id);
  return [...group.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}
