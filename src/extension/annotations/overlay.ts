/**
 * What the views draw once the user's annotations are applied to an analysis (pure: no vscode import).
 * From the core's merge (`mergeAnnotations` / `reconcile`): dismissed findings leave the analysis (unless
 * shown), marks join it as claims, attributions and denials with the annotation's id, user links join its
 * links; findings with a verdict, note, speaker or the user's origin replace the shell's detected finding.
 */
import type { EffectiveFinding, MergeResult } from '../../core/annotations';
import type { Analysis, Attribution, Claim, Denial, Link, Span } from '../../core/types';
import { attributionFinding, claimFinding, denialFinding, type Finding } from '../model/findings';
import { DISMISSED } from './verdicts';

export interface Overlay {
  analysis: Analysis;
  findings: Finding[];
}

/** What the views show for a verdict, with the dismissal when dismissed findings are shown. */
export function verdictText(f: Pick<EffectiveFinding, 'verdict' | 'dismissed'>): string | undefined {
  if (f.dismissed) return f.verdict ? `${DISMISSED} \u00B7 ${f.verdict.label}` : DISMISSED;
  return f.verdict?.label;
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** The core object standing for a user mark (or a detached annotation) in the analysis the views draw. */
export function markObject(f: EffectiveFinding, text: string): { kind: 'claim'; claim: Claim } | { kind: 'attribution'; attribution: Attribution } | { kind: 'denial'; denial: Denial } {
  const s = span(text, f.start, f.end);
  switch (f.kind) {
    case 'claim': return { kind: 'claim', claim: { id: f.id, span: s, claimant: f.speaker, attribution: null, checkworthiness: 1 } };
    case 'attribution': return { kind: 'attribution', attribution: { id: f.id, cue: s, source: null, content: null, speaker: f.speaker } };
    case 'denial': return { kind: 'denial', denial: { id: f.id, cue: s, source: null, target: null, speaker: f.speaker } };
  }
}

export function buildOverlay(detected: Analysis, merged: Pick<MergeResult, 'findings'>, text: string, showDismissed: boolean): Overlay {
  const hidden = new Set<string>();
  const replaced = new Map<string, Finding>();
  const claims: Claim[] = [];
  const attributions: Attribution[] = [];
  const denials: Denial[] = [];
  const userLinks: Link[] = [];
  const byId = new Map(merged.findings.map((f) => [f.id, f]));
  for (const f of merged.findings) {
    if (f.dismissed && !showDismissed) {
      hidden.add(f.id);
      continue;
    }
    const extra = { verdict: verdictText(f), note: f.note };
    if (f.origin === 'user') {
      const o = markObject(f, text);
      let base: Finding;
      if (o.kind === 'claim') { claims.push(o.claim); base = claimFinding(o.claim); }
      else if (o.kind === 'attribution') { attributions.push(o.attribution); base = attributionFinding(o.attribution, text); }
      else { denials.push(o.denial); base = denialFinding(o.denial, text); }
      replaced.set(f.id, withExtra({ ...base, origin: 'user' }, extra));
    } else if (f.annotationId !== undefined) {
      const d = f.detected!;
      const base = d.kind === 'claim' ? claimFinding(markedClaim(d.claim, f, text)) : d.kind === 'attribution' ? attributionFinding(d.attribution, text) : denialFinding(d.denial, text);
      replaced.set(f.id, withExtra(f.marked ? { ...base, speaker: f.speaker, marked: true } : { ...base, speaker: f.speaker }, extra));
    }
    for (const l of f.links) if (l.origin === 'user') userLinks.push({ claim: f.id, counter: l.to, relation: l.relation, score: 1 });
  }
  const visible = (id: string) => !hidden.has(id);
  const userKeys = new Set(userLinks.map((l) => `${l.claim}\u0000${l.counter}`));
  const analysis: Analysis = {
    ...detected,
    claims: [...detected.claims.filter((c) => visible(c.id)), ...claims].map((c) => {
      const f = byId.get(c.id);
      if (!f || f.origin !== 'analysis') return c;
      const m = markedClaim(c, f, text);
      return f.speaker !== m.claimant ? { ...m, claimant: f.speaker } : m;
    }),
    attributions: [...detected.attributions.filter((a) => visible(a.id)), ...attributions],
    denials: [...detected.denials.filter((d) => visible(d.id)), ...denials],
    links: [...detected.links.filter((l) => !userKeys.has(`${l.claim}\u0000${l.counter}`)), ...userLinks].filter((l) => visible(l.claim) && visible(l.counter)),
  };
  return { analysis, findings: [...replaced.values()] };
}

/** A detected claim the user marked too is the words of the mark (`EffectiveFinding.marked`). */
function markedClaim(c: Claim, f: EffectiveFinding, text: string): Claim {
  return f.marked && (f.start !== c.span.start || f.end !== c.span.end) ? { ...c, span: span(text, f.start, f.end) } : c;
}

function withExtra(f: Finding, extra: { verdict?: string; note?: string }): Finding {
  const out: { -readonly [K in keyof Finding]: Finding[K] } = { ...f };
  if (extra.verdict !== undefined) out.verdict = extra.verdict;
  else delete out.verdict;
  if (extra.note !== undefined) out.note = extra.note;
  else delete out.note;
  return out;
}
