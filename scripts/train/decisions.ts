/**
 * What each decision of the pipeline (src/core/detect/block.ts, `Decision`) is worth on the held-out
 * tenth of PolNeAR train (model trained on the other 90%, as in eval-pipeline.ts; never reads dev):
 * the pipeline is run with one decision switched off at a time, and the cues that then appear (the
 * ones the decision removes) and disappear are counted right or wrong by the one-to-one cue matching.
 *
 *   npx tsx scripts/train/decisions.ts [--model /tmp/attribution-model.tune.json] [--fold K] [--only a,b] [--show DECISION]
 *
 * --fold K: the held-out tenth i % 10 === K (default 3), for a tune model trained with the same --fold.
 *
 * --show prints the cues that DECISION removes, in their sentence, marked right (+) or wrong (-).
 */
import { matchOneToOne, overlap, type Range } from '../lib/scoring';
import { useHeldOut, opt } from './held-out';
import { PlainTextExtractor } from '../../src/core/prose/plain-incremental';
import { detectBlock, type Decision } from '../../src/core/detect/block';

const DECISIONS: Decision[] = [
  'framed', 'headline', 'unchecked', 'denial-verb', 'non-cue', 'nested', 'in-source',
  'colon-rubric', 'colon-source', 'credit', 'host', 'only-modifiers', 'nested-model', 'coordinate', 'lexicon-participle', 'in-quote', 'complement', 'statement-participle', 'poll-framed',
  'source-shape', 'reversed-closer', 'coordinate-source', 'participle-part',
];

const { held } = useHeldOut();
const golds = held.map((doc) => doc.attributions.filter((a) => a.cue.length > 0).map((a) => ({ start: a.cue[0].start, end: a.cue[a.cue.length - 1].end })));

interface Cue extends Range {
  finder: string;
  right: boolean;
}

/** Every cue of the pipeline in each held-out article, marked right when matched to a gold cue. */
function run(off: ReadonlySet<Decision>): Cue[][] {
  return held.map((doc, di) => {
    const cues: Cue[] = [];
    for (const b of new PlainTextExtractor().blocks(doc.text)) {
      const f = detectBlock(b.text, b.kind, 0.5, off);
      for (const a of f.attributions) cues.push({ start: a.cue[0] + b.start, end: a.cue[1] + b.start, finder: a.rule === 'attr.model' ? `model ${a.score.toFixed(2)}` : a.rule, right: false });
      for (const d of f.denials) cues.push({ start: d.cue[0] + b.start, end: d.cue[1] + b.start, finder: `D:${d.rule}`, right: false });
    }
    for (const p of matchOneToOne(golds[di], cues, (g, c) => overlap([g], [c]))) cues[p.found].right = true;
    return cues;
  });
}

function figures(docs: Cue[][]): { tp: number; found: number; f1: number } {
  let tp = 0;
  let found = 0;
  const gold = golds.reduce((n, g) => n + g.length, 0);
  for (const d of docs) for (const c of d) {
    found++;
    if (c.right) tp++;
  }
  return { tp, found, f1: (2 * tp) / (found + gold) };
}

const key = (c: Cue): string => `${c.start}:${c.end}:${c.finder.replace(/ .*/, '')}`;
const sentenceAround = (text: string, c: Range): string => {
  let s = c.start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  let e = c.end;
  while (e < text.length && !/[.!?\n]/.test(text[e])) e++;
  return `${text.slice(s, c.start)}[${text.slice(c.start, c.end)}]${text.slice(c.end, Math.min(e + 1, text.length))}`.replace(/\s+/g, ' ').trim();
};

const base = run(new Set());
const b = figures(base);
console.log(`held-out: ${held.length} articles; pipeline tp ${b.tp}, found ${b.found}, F1 ${b.f1.toFixed(4)}`);
console.log('decision off        removes (right/all)   keeps lost (right/all)   F1 without it');
const only = opt('--only', '');
const show = opt('--show', '');
for (const d of DECISIONS) {
  if (only && !only.split(',').includes(d) && d !== show) continue;
  const ab = run(new Set([d]));
  const a = figures(ab);
  let added = 0;
  let addedRight = 0;
  let lost = 0;
  let lostRight = 0;
  const lines: string[] = [];
  ab.forEach((cues, di) => {
    const was = new Set(base[di].map(key));
    const now = new Set(cues.map(key));
    for (const c of cues) if (!was.has(key(c))) {
      added++;
      if (c.right) addedRight++;
      if (d === show) lines.push(`${c.right ? '+' : '-'} ${c.finder.padEnd(18)} ${sentenceAround(held[di].text, c)}`);
    }
    for (const c of base[di]) if (!now.has(key(c))) {
      lost++;
      if (c.right) lostRight++;
      if (d === show) lines.push(`lost ${c.right ? '+' : '-'} ${c.finder.padEnd(18)} ${sentenceAround(held[di].text, c)}`);
    }
  });
  console.log(`${d.padEnd(18)} ${`${addedRight}/${added}`.padStart(10)}             ${`${lostRight}/${lost}`.padStart(10)}             ${a.f1.toFixed(4)} (${a.f1 >= b.f1 ? '+' : ''}${(a.f1 - b.f1).toFixed(4)})`);
  for (const l of lines) console.log(`    ${l}`);
}
