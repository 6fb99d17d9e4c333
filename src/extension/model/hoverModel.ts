/** Markdown for the hover on a finding: kind, speaker, full content, and links to what it is linked with. */
import type { Finding, FindingIndex, LinkedFinding } from './findings';
import { kindLabel, shorten, whoLabel } from './labels';

/** Escapes text for Markdown so article text never turns into markup or links. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (m) => `\\${m}`).replace(/\s+/g, ' ');
}

export type LinkFactory = (finding: Finding) => string;

export function hoverMarkdown(index: FindingIndex, f: Finding, lineAt: (offset: number) => number, link: LinkFactory): string {
  const lines: string[] = [];
  const who = f.kind === 'claim' ? whoLabel(f) : (f.speaker ?? 'unknown source');
  lines.push(`**${kindLabel(f.kind)}** \u00B7 ${escapeMarkdown(who)}${f.origin === 'user' || f.marked ? ' \u00B7 _your mark_' : ''}`);
  if (f.attribution) lines.push(`_${escapeMarkdown(f.attribution.cue.text)}_`);
  if (f.denial) lines.push(`_${escapeMarkdown(f.denial.cue.text)}_`);
  lines.push('', `> ${escapeMarkdown(f.content.text)}`);
  if (f.verdict) lines.push('', `**Verdict:** ${escapeMarkdown(f.verdict)}`);
  if (f.note) lines.push('', `**Note:** ${escapeMarkdown(f.note)}`);
  const item = (t: LinkedFinding, verb: string) =>
    `- [${escapeMarkdown(shorten(t.finding.content.text, 70))}](${link(t.finding)}) \u2014 ${verb} \u00B7 ${escapeMarkdown(whoLabel(t.finding))}, line ${lineAt(t.finding.start) + 1}`;
  const counters = index.countersOf(f.id);
  if (counters.length > 0) {
    lines.push('', `**Counter-claims (${counters.length})**`, '');
    for (const c of counters) lines.push(item(c, c.relation));
  }
  const answered = index.answeredBy(f.id);
  if (answered.length > 0) {
    lines.push('', f.kind === 'denial' ? `**Denies (${answered.length})**` : `**Counters (${answered.length})**`, '');
    for (const c of answered) lines.push(item(c, `${c.relation} this`));
  }
  return lines.join('\n');
}
