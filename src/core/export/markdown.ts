import type { EffectiveFinding } from '../annotations';
import type { ExportOptions, PreparedArticle } from './prepare';

/** Escapes Markdown inline syntax and folds line breaks, so quoted article text reads as plain text. */
export function escapeMarkdown(s: string): string {
  return s.replace(/\s*\r?\n\s*/g, ' ').replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

const KIND_LABEL = { claim: 'Claim', attribution: 'Attribution', denial: 'Denial' } as const;

function quote(s: string): string {
  return `“${escapeMarkdown(s)}”`;
}

/**
 * `markdown` export: a readable report. Per article, each claim (detected or marked) with its claimant, verdict
 * and note, and under it its counter-claims with their quotes and line numbers; then dismissed findings and
 * orphaned annotations, listed separately.
 */
export function exportMarkdown(articles: readonly PreparedArticle[], options: ExportOptions = {}): string {
  const out: string[] = ['# Counterpoint report', ''];
  const byline = [options.reviewer !== undefined ? `Reviewer: ${escapeMarkdown(options.reviewer)}` : '', options.date !== undefined ? `Date: ${options.date}` : '']
    .filter(Boolean)
    .join(' · ');
  if (byline) out.push(byline, '');
  for (const a of articles) {
    const all = a.reconciled.findings;
    const byId = new Map(all.map((f) => [f.id, f]));
    const claims = all.filter((f) => f.kind === 'claim' && !f.dismissed);
    out.push(`## ${escapeMarkdown(a.path)}`, '');
    if (a.url !== undefined) out.push(`Source: <${a.url}>`, '');
    out.push('### Claims', '');
    if (claims.length === 0) out.push('No claims.', '');
    claims.forEach((c, i) => {
      out.push(`${i + 1}. ${quote(c.text)} (line ${a.lineOf(c.start)}${c.origin === 'user' || c.marked ? ', marked by the reviewer' : ''})`);
      // (a proposition the article reports as denied, with no one named who made it, is no statement of the article's)
      const denied = c.detected?.kind === 'claim' && c.detected.claim.deniedBy !== undefined;
      out.push(`   - Claimant: ${c.speaker !== null ? escapeMarkdown(c.speaker) : c.origin === 'user' ? 'not given' : denied ? 'not named (the article reports it as denied)' : 'the article itself'}`);
      out.push(`   - Verdict: ${c.verdict ? `**${escapeMarkdown(c.verdict.label)}**` : 'not rated'}`);
      if (c.note !== undefined && c.note !== '') out.push(`   - Note: ${escapeMarkdown(c.note)}`);
      const counters = c.links.map((l) => ({ l, f: byId.get(l.to) })).filter((x): x is { l: typeof x.l; f: EffectiveFinding } => x.f !== undefined && !x.f.dismissed);
      if (counters.length > 0) {
        out.push('   - Counter-claims:');
        for (const { l, f } of counters) {
          const who = f.speaker !== null ? `, ${escapeMarkdown(f.speaker)}` : '';
          out.push(`     - ${KIND_LABEL[f.kind]} (line ${a.lineOf(f.start)}${who}, ${l.relation}${l.origin === 'user' ? ', linked by the reviewer' : ''}): ${quote(f.text)}`);
        }
      }
    });
    if (claims.length > 0) out.push('');
    const dismissed = all.filter((f) => f.dismissed);
    if (dismissed.length > 0) {
      out.push('### Dismissed findings', '');
      for (const f of dismissed) out.push(`- ${KIND_LABEL[f.kind]} (line ${a.lineOf(f.start)}): ${quote(f.text)}`);
      out.push('');
    }
    const orphans = a.reconciled.orphans;
    if (orphans.length > 0) {
      out.push('### Orphaned annotations', '', 'Their text was not found in the current article.', '');
      for (const o of orphans) {
        const extra = [o.verdict ? `verdict **${escapeMarkdown(o.verdict.label)}**` : '', o.note ? `note: ${escapeMarkdown(o.note)}` : ''].filter(Boolean).join('; ');
        out.push(`- ${KIND_LABEL[o.target.kind]} ${quote(o.selectors.quote.exact)}${extra ? ` — ${extra}` : ''}`);
      }
      out.push('');
    }
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
