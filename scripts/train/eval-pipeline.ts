/**
 * Scores the whole analysis (rules + learned model, as `npm run eval` does on dev) on the held-out
 * tenth of PolNeAR train (every 10th article, i % 10 === 3), with a model trained on the other 90%
 * (`train-attribution-model.ts --tune` writes it to /tmp/attribution-model.tune.json). Never reads dev.
 *
 *   npx tsx scripts/train/eval-pipeline.ts [--model /tmp/attribution-model.tune.json] [--verbose]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPolnear } from '../lib/polnear';
import { Analyzer } from '../../src/core';
import { loadAttributionModel, useAttributionModel } from '../../src/core/model/attribution-model';
import { setCuePrior } from '../../src/core/model/features';
import { foundAttributionItems, scoreAttributions, sumPrf, type AttributionItem, type Prf } from '../lib/scoring';
import { buildCueLexicon } from './build-cue-lexicon';

function opt(name: string, def: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : def;
}

const train = readPolnear(join(__dirname, '..', '..', '..', 'shared', 'corpus', 'polnear', 'train'));
useAttributionModel(loadAttributionModel(JSON.parse(readFileSync(opt('--model', '/tmp/attribution-model.tune.json'), 'utf8'))));
// the cue prior the held-out model was trained with: from the training part only
setCuePrior(buildCueLexicon(train.filter((_, i) => i % 10 !== 3)));
const held = train.filter((_, i) => i % 10 === 3);
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
