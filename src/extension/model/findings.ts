/**
 * The finding model the extension draws from: every claim, attribution and denial of an Analysis as one
 * `Finding` with a stable id (the core's id), its whole extent in the document, and the links between
 * claims and their counters. Pure (no `vscode` import) so that tree building, navigation and hovers are
 * unit-tested on hand-built analyses.
 *
 * User annotations (issue 4) fit in here: a mark is a Finding with `origin: 'user'`, and verdicts / notes
 * travel on the optional `verdict` / `note` fields; `FindingIndex.create` accepts them as extra findings
 * and links.
 */
import type { Analysis, Attribution, Claim, Denial, LinkRelation } from '../../core/types';

export type FindingKind = 'claim' | 'attribution' | 'denial';
export type FindingOrigin = 'detected' | 'user';

export interface Finding {
  /** Stable id: the core's id for detected findings, the annotation id for user marks. */
  readonly id: string;
  readonly kind: FindingKind;
  readonly origin: FindingOrigin;
  /** Whole extent in the document (UTF-16 offsets, end exclusive). */
  readonly start: number;
  readonly end: number;
  /** The text of the whole extent (for a denial: source, cue and target, e.g. "Moscow denied that ..."). */
  readonly text: string;
  /** The proposition: the claim text, the attribution content, the denied target (falls back to the extent). */
  readonly content: { start: number; end: number; text: string };
  /** Canonical speaker, or null when the article itself says it / no source was found. */
  readonly speaker: string | null;
  readonly claim?: Claim;
  readonly attribution?: Attribution;
  readonly denial?: Denial;
  /** Set by annotations (issue 4). */
  readonly verdict?: string;
  /** A detected finding the user marked too (the mark's verdict, note and speaker apply). */
  readonly marked?: boolean;
  readonly note?: string;
}

export interface FindingLink {
  readonly claim: string;
  readonly counter: string;
  readonly relation: LinkRelation;
  readonly score: number;
}

/** One end of a link, seen from the other end. */
export interface LinkedFinding {
  readonly finding: Finding;
  readonly relation: LinkRelation;
  readonly score: number;
}

function byDocumentOrder(a: Finding, b: Finding): number {
  return a.start - b.start || b.end - a.end || a.id.localeCompare(b.id);
}

function extentOf(spans: ReadonlyArray<{ start: number; end: number } | null>): { start: number; end: number } {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const s of spans) {
    if (!s) continue;
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}

export function claimFinding(c: Claim): Finding {
  return {
    id: c.id, kind: 'claim', origin: 'detected', start: c.span.start, end: c.span.end, text: c.span.text,
    content: { ...c.span }, speaker: c.claimant, claim: c,
  };
}

export function attributionFinding(a: Attribution, text: string): Finding {
  const { start, end } = extentOf([a.source, a.cue, a.content]);
  const content = a.content ? { ...a.content } : { start, end, text: text.slice(start, end) };
  return {
    id: a.id, kind: 'attribution', origin: 'detected', start, end, text: text.slice(start, end), content,
    speaker: a.speaker ?? a.source?.text ?? null, attribution: a,
  };
}

export function denialFinding(d: Denial, text: string): Finding {
  const { start, end } = extentOf([d.source, d.cue, d.target]);
  const content = d.target ? { ...d.target } : { start, end, text: text.slice(start, end) };
  return {
    id: d.id, kind: 'denial', origin: 'detected', start, end, text: text.slice(start, end), content,
    speaker: d.speaker ?? d.source?.text ?? null, denial: d,
  };
}

export class FindingIndex {
  /** All findings in document order. */
  readonly all: readonly Finding[];
  readonly claims: readonly Finding[];
  readonly attributions: readonly Finding[];
  readonly denials: readonly Finding[];
  readonly links: readonly FindingLink[];
  private readonly byId = new Map<string, Finding>();
  private readonly counters = new Map<string, LinkedFinding[]>();
  private readonly answers = new Map<string, LinkedFinding[]>();

  private constructor(findings: Finding[], links: readonly FindingLink[]) {
    findings.sort(byDocumentOrder);
    this.all = findings;
    for (const f of findings) this.byId.set(f.id, f);
    this.claims = findings.filter((f) => f.kind === 'claim');
    this.attributions = findings.filter((f) => f.kind === 'attribution');
    this.denials = findings.filter((f) => f.kind === 'denial');
    const kept: FindingLink[] = [];
    for (const l of links) {
      const claim = this.byId.get(l.claim);
      const counter = this.byId.get(l.counter);
      if (!claim || !counter || claim === counter) continue;
      kept.push(l);
      push(this.counters, l.claim, { finding: counter, relation: l.relation, score: l.score });
      push(this.answers, l.counter, { finding: claim, relation: l.relation, score: l.score });
    }
    this.links = kept;
    for (const list of [...this.counters.values(), ...this.answers.values()]) {
      list.sort((a, b) => byDocumentOrder(a.finding, b.finding));
    }
  }

  /**
   * Builds the index of an analysis of `text`; `extra` adds user marks and their links (issue 4). An extra
   * finding with the id of a finding of the analysis replaces it (the same finding with the user's verdict, note or origin).
   */
  static create(analysis: Analysis, text: string, extra?: { findings?: Finding[]; links?: FindingLink[] }): FindingIndex {
    const replaced = new Set((extra?.findings ?? []).map((f) => f.id));
    const findings: Finding[] = [
      ...[
        ...analysis.claims.map(claimFinding),
        ...analysis.attributions.map((a) => attributionFinding(a, text)),
        ...analysis.denials.map((d) => denialFinding(d, text)),
      ].filter((f) => !replaced.has(f.id)),
      ...(extra?.findings ?? []),
    ].filter((f) => Number.isFinite(f.start) && Number.isFinite(f.end) && f.start <= f.end);
    return new FindingIndex(findings, [...analysis.links, ...(extra?.links ?? [])]);
  }

  static empty(): FindingIndex {
    return new FindingIndex([], []);
  }

  get(id: string): Finding | undefined {
    return this.byId.get(id);
  }

  /** What speaks against a claim (denials and contradicting claims), in document order. */
  countersOf(claimId: string): readonly LinkedFinding[] {
    return this.counters.get(claimId) ?? [];
  }

  /** The claims that a denial or counter-claim answers, in document order. */
  answeredBy(counterId: string): readonly LinkedFinding[] {
    return this.answers.get(counterId) ?? [];
  }

  /** The attribution a claim sits in, if any. */
  attributionOf(claim: Finding): Finding | undefined {
    const id = claim.claim?.attribution;
    return id ? this.byId.get(id) : undefined;
  }

  /** Findings whose extent contains `offset` (end inclusive, so a cursor right after a span counts), smallest first. */
  at(offset: number): Finding[] {
    return this.all
      .filter((f) => f.start <= offset && offset <= f.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || byDocumentOrder(a, b));
  }

  /** Number of distinct findings that counter at least one claim. */
  get counterCount(): number {
    return this.answers.size;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
