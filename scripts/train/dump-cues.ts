/**
 * Dumps every cue of the pipeline on the held-out tenth of PolNeAR train (model trained on the other
 * 90%; never reads dev) as JSON lines, for error analysis: each found cue (right or wrong, its finder,
 * score, whether it has a source and a content, its sentence), the model's cues below MODEL_MIN_SCORE
 * (found with that decision off; `low: true`) and every gold cue the pipeline misses (`missed: true`).
 *
 *   npx tsx scripts/train/dump-cues.ts [--model /tmp/attribution-model.tune.json] [--fold K] > /tmp/cues.jsonl
 */
import { matchOneToOne, overlap, type Range } from '../lib/scoring';
import { useHeldOut } from './held-out';
import { PlainTextExtractor } from '../../src/core/prose/plain-incremental';
import { detectBlock, type Decision } from '../../src/core/detect/block';
import { buildContext } from '../../src/core/detect/context';
import { predictAttributions } from '../../src/core/model/attribution-model';
import { tokenize } from '../../src/core/text/tokenize';
import { splitSentences } from '../../src/core/text/sentences';

// --fold K: the held-out tenth i % 10 === K (default 3), for a tune model trained with the same --fold
const { held } = useHeldOut();

interface Cue extends Range {
  finder: string;
  score: number;
  source: boolean;
  content: boolean;
  headline: boolean;
  /** the cue's first word lies inside quotation marks */
  inQuote: boolean;
  right: boolean;
}

function run(doc: { text: string }, gold: Range[], off: ReadonlySet<Decision>): Cue[] {
  const cues: Cue[] = [];
  for (const b of new PlainTextExtractor().blocks(doc.text)) {
    const f = detectBlock(b.text, b.kind, 0.5, off);
    const ctx = buildContext(b.text, b.kind);
    const inQuote = (r: readonly [number, number]): boolean => ctx.toks.some((t) => t.start === r[0] && t.quote >= 0);
    const headline = b.kind === 'heading' || !/[.!?"”’]\s*$/.test(b.text);
    for (const a of f.attributions) cues.push({ start: a.cue[0] + b.start, end: a.cue[1] + b.start, finder: a.rule, score: a.score, source: a.source !== null, content: a.content !== null, headline, inQuote: inQuote(a.cue), right: false });
    for (const d of f.denials) cues.push({ start: d.cue[0] + b.start, end: d.cue[1] + b.start, finder: `D:${d.rule}`, score: d.score, source: d.source !== null, content: d.target !== null, headline, inQuote: inQuote(d.cue), right: false });
  }
  for (const p of matchOneToOne(gold, cues, (g, c) => overlap([g], [c]))) cues[p.found].right = true;
  return cues;
}

const sentenceAround = (text: string, c: Range): string => {
  let s = c.start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  let e = c.end;
  while (e < text.length && !/[.!?\n]/.test(text[e])) e++;
  return `${text.slice(s, c.start)}[[${text.slice(c.start, c.end)}]]${text.slice(c.end, Math.min(e + 1, text.length))}`.replace(/\s+/g, ' ').trim();
};

held.forEach((doc, di) => {
  const gold = doc.attributions.filter((a) => a.cue.length > 0).map((a) => ({ start: a.cue[0].start, end: a.cue[a.cue.length - 1].end }));
  const base = run(doc, gold, new Set());
  const low = run(doc, gold, new Set(['min-score']));
  const key = (c: Cue): string => `${c.start}:${c.end}`;
  const was = new Set(base.map(key));
  for (const c of base) console.log(JSON.stringify({ doc: di, ...c, text: doc.text.slice(c.start, c.end), sentence: sentenceAround(doc.text, c) }));
  for (const c of low) if (!was.has(key(c))) console.log(JSON.stringify({ doc: di, ...c, low: true, text: doc.text.slice(c.start, c.end), sentence: sentenceAround(doc.text, c) }));
  // the model alone, over the whole article without gates (as eval-pipeline.ts --by-finder)
  const alone = predictAttributions(doc.text, tokenize(doc.text), splitSentences(doc.text)).filter((p) => p.score >= 0.35).map((p) => ({ ...p.cue, score: p.score }));
  const aloneRight = new Map(matchOneToOne(gold, alone, (g, c) => overlap([g], [c])).map((p) => [p.gold, p.found]));
  const matched = new Set(matchOneToOne(gold, base, (g, c) => overlap([g], [c])).map((p) => p.gold));
  gold.forEach((g, gi) => {
    if (matched.has(gi)) return;
    const near = base.filter((c) => overlap([g], [c]) > 0).map((c) => c.finder);
    const byModel = aloneRight.has(gi) ? alone[aloneRight.get(gi)!] : null;
    console.log(JSON.stringify({ doc: di, ...g, missed: true, overlappedBy: near, modelAlone: byModel && { text: doc.text.slice(byModel.start, byModel.end), score: byModel.score }, text: doc.text.slice(g.start, g.end), sentence: sentenceAround(doc.text, g) }));
  });
});
