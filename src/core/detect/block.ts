/** Runs every detector over one block of prose. The result is cached per block text by the Analyzer. */
import { buildContext } from './context';
import { detectAttributions, type SourceFound } from './attributions';
import { detectDenials } from './denials';
import { detectClaims } from './claims';
import type { BlockFindings, RawMention, RawQuote } from './raw';
import type { BlockKind } from '../types';

export function detectBlock(text: string, kind: BlockKind, minCheckworthiness: number): BlockFindings {
  const ctx = buildContext(text, kind);
  const used = new Uint8Array(ctx.toks.length);
  const participleSources = new Map<number, SourceFound | null>();
  const denials = detectDenials(ctx, used, participleSources);
  const attributions = detectAttributions(ctx, used, participleSources);
  attributions.sort((a, b) => a.cue[0] - b.cue[0]);
  denials.sort((a, b) => a.cue[0] - b.cue[0]);
  const claims = detectClaims(ctx, attributions, denials, minCheckworthiness);
  const mentions: RawMention[] = [];
  for (const a of [...attributions, ...denials]) {
    if (a.source && (a.sourceType === 'name' || a.sourceType === 'group')) {
      mentions.push({ span: a.source, name: text.slice(a.source[0], a.source[1]), plural: a.sourceType === 'group' });
    }
  }
  const quotes: RawQuote[] = [];
  for (const q of ctx.quotes) {
    const end = q.close >= 0 ? q.close : ctx.toks[q.lastTok].end;
    if (attributions.some((a) => a.content && a.content[0] <= q.open && a.content[1] >= end - 1)) continue;
    quotes.push({ span: [q.open, end], opensBlock: q.firstTok === 0, runsOn: q.close < 0 });
  }
  return { attributions, denials, claims, mentions, quotes, sentences: ctx.sentences.length };
}
