/**
 * Scores the whole analysis (rules + learned model, as `npm run eval` does on dev) on the held-out
 * tenth of PolNeAR train (every 10th article, i % 10 === 3), with a model trained on the other 90%
 * (`train-attribution-model.ts --tune` writes it to /tmp/attribution-model.tune.json). Never reads dev.
 *
 *   npx tsx scripts/train/eval-pipeline.ts [--model /tmp/attribution-model.tune.json] [--fold K] [--by-finder]
 *
 * --by-finder: also the cue precision of each finder (every rule id, denial rules as `D:rule`, the
 * model by score band), and the cue figures of ways to combine the rules with the model alone (the
 * model run over the whole article without gates, its cues from --min-score, default 0.35): where the
 * integration in src/core/detect/block.ts gains or loses against the model alone.
 */
import { Analyzer } from '../../src/core';
import { foundAttributionItems, matchOneToOne, overlap, scoreAttributions, sumPrf, type AttributionItem, type Prf, type Range } from '../lib/scoring';
import { useHeldOut, opt } from './held-out';
import { PlainTextExtractor } from '../../src/core/prose/plain-incremental';
import { detectBlock } from '../../src/core/detect/block';
import { buildContext } from '../../src/core/detect/context';
import { detectAttributions, type SourceFound } from '../../src/core/detect/attributions';
import { detectDenials } from '../../src/core/detect/denials';
import { predictAttributions } from '../../src/core/model/attribution-model';
import { tokenize } from '../../src/core/text/tokenize';
import { splitSentences } from '../../src/core/text/sentences';

// the tune model and the cue prior it was trained with (from the training part only); --fold K: the
// held-out tenth i % 10 === K (default 3), for a tune model trained with the same --fold
const { model, held } = useHeldOut();
const frag = (s: { start: number; end: number }[]) => (s.length ? s.map((x) => ({ start: x.start, end: x.end })) : null);
const cues: Prf[] = [];
const sources: Prf[] = [];
const contents: Prf[] = [];
const t0 = performance.now();
for (const doc of held) {
  const gold: AttributionItem[] = doc.attributions
    .filter((a) => a.cue.length > 0)
    .map((a, i) => ({ id: `E${i + 1}`, kind: 'attribution', cue: frag(a.cue) ?? [], source: frag(a.source), content: frag(a.content) }));
  const found = foundAttributionItems(new Analyzer().analyze(doc.text, 'plaintext', doc.name));
  const s = scoreAttributions(gold, found);
  cues.push(s.cue);
  sources.push(s.source);
  contents.push(s.content);
}
const line = (name: string, p: Prf): string => `${name.padEnd(8)} P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  F1 ${p.f1.toFixed(3)}  (tp ${p.tp}, found ${p.found}, gold ${p.gold})`;
console.log(`held-out tenth of PolNeAR train: ${held.length} articles, whole analysis (${(performance.now() - t0).toFixed(0)} ms)`);
console.log(line('cue', sumPrf(cues)));
console.log(line('source', sumPrf(sources)));
console.log(line('content', sumPrf(contents)));

if (process.argv.includes('--by-finder')) byFinder();

interface Cue {
  start: number;
  end: number;
  /** rule id (`D:` for a denial rule), or `model` */
  finder: string;
  score: number;
}
function ov(a: Range, b: Range): number {
  return overlap([a], [b]);
}

/** Found cues matched to gold cues one-to-one, largest overlap first: the indices of the matched found ones. */
function matched(gold: Range[], found: Cue[]): Set<number> {
  return new Set(matchOneToOne(gold, found, ov).map((p) => p.found));
}

function byFinder(): void {
  const minScore = Number(opt('--min-score', '0.35'));
  const perFinder = new Map<string, [number, number]>();
  const docs = held.map((doc) => {
    const gold = doc.attributions.filter((a) => a.cue.length > 0).map((a) => ({ start: a.cue[0].start, end: a.cue[a.cue.length - 1].end }));
    const pipeline: Cue[] = [];
    const rules: Cue[] = [];
    for (const b of new PlainTextExtractor().blocks(doc.text)) {
      const at = (r: readonly [number, number]): { start: number; end: number } => ({ start: r[0] + b.start, end: r[1] + b.start });
      const f = detectBlock(b.text, b.kind, 0.5);
      for (const a of f.attributions) pipeline.push({ ...at(a.cue), finder: a.rule === 'attr.model' ? `model ${(Math.floor(a.score * 10) / 10).toFixed(1)}` : a.rule, score: a.score });
      for (const d of f.denials) pipeline.push({ ...at(d.cue), finder: `D:${d.rule}`, score: 1 });
      // the rules alone, as detectBlock runs them before the model
      const ctx = buildContext(b.text, b.kind);
      const used = new Uint8Array(ctx.toks.length);
      const psrc = new Map<number, SourceFound | null>();
      for (const d of detectDenials(ctx, used, psrc)) rules.push({ ...at(d.cue), finder: `D:${d.rule}`, score: 1 });
      for (const a of detectAttributions(ctx, used, psrc)) rules.push({ ...at(a.cue), finder: a.rule, score: 1 });
    }
    const right = matched(gold, pipeline);
    pipeline.forEach((c, i) => {
      const e = perFinder.get(c.finder) ?? [0, 0];
      e[0]++;
      if (right.has(i)) e[1]++;
      perFinder.set(c.finder, e);
    });
    const alone: Cue[] = predictAttributions(doc.text, tokenize(doc.text), splitSentences(doc.text), { model: { ...model, rerank: model.rerank && { ...model.rerank, minScore } } })
      .filter((p) => p.score >= minScore)
      .map((p) => ({ ...p.cue, finder: 'model', score: p.score }));
    return { gold, rules, alone };
  });
  console.log('\nfinder                  found  right  precision');
  for (const [k, [n, r]] of [...perFinder].sort((a, b) => b[1][0] - a[1][0])) console.log(`${k.padEnd(22)} ${String(n).padStart(6)} ${String(r).padStart(6)}  ${(r / n).toFixed(3)}`);
  const union = (a: Cue[], b: Cue[]): Cue[] => [...a, ...b.filter((x) => !a.some((y) => ov(x, y) > 0))];
  const combos: Array<[string, (d: (typeof docs)[number]) => Cue[]]> = [
    ['model alone (no gates)', (d) => d.alone],
    ['rules alone', (d) => d.rules],
    ['model + denial rules', (d) => union(d.alone, d.rules.filter((r) => r.finder.startsWith('D:')))],
    ['model + attribution rules', (d) => union(d.alone, d.rules.filter((r) => !r.finder.startsWith('D:')))],
    ['model + all rules (no gates)', (d) => union(d.alone, d.rules)],
  ];
  console.log(`\ncue figures of combinations (model cues from ${minScore})`);
  for (const [name, sel] of combos) {
    let tp = 0;
    let found = 0;
    let gold = 0;
    for (const d of docs) {
      const f = sel(d);
      tp += matched(d.gold, f).size;
      found += f.length;
      gold += d.gold.length;
    }
    const p = tp / found;
    const r = tp / gold;
    console.log(`${name.padEnd(30)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${((2 * p * r) / (p + r)).toFixed(3)}  (tp ${tp}, found ${found})`);
  }
}
