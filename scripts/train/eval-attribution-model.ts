/**
 * Scores the learned attribution model alone (no hand rules) on PolNeAR dev with the corpus README's
 * rule (see scripts/train/score.ts for the exact precision / recall definitions).
 *
 *   npx tsx scripts/train/eval-attribution-model.ts [--split dev|train] [--model path/to/model.json]
 *
 * Skips with a message when ../shared/corpus/polnear is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPolnear } from '../lib/polnear';
import { tokenize } from '../../src/core/text/tokenize';
import { splitSentences } from '../../src/core/text/sentences';
import { loadAttributionModel, predictAttributions } from '../../src/core/model/attribution-model';
import { emptyScores, formatScores, scoreDoc } from './score';

function opt(name: string, def: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : def;
}

const split = opt('--split', 'dev');
const dir = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'polnear', split);
if (!existsSync(dir)) {
  console.log(`skipped: ${dir} not found (the PolNeAR corpus lives in ../shared/corpus, outside the repository)`);
  process.exit(0);
}
const modelPath = opt('--model', '');
const model = modelPath ? loadAttributionModel(JSON.parse(readFileSync(modelPath, 'utf8'))) : loadAttributionModel();
const docs = readPolnear(dir).map((d) => ({ ...d, tokens: tokenize(d.text), sentences: splitSentences(d.text) }));
const scores = emptyScores();
const words = docs.reduce((n, d) => n + d.tokens.filter((t) => t.kind === 'word').length, 0);
for (const d of docs) scoreDoc(predictAttributions(d.text, d.tokens, d.sentences, { model }), d.attributions, scores);
// speed: the best of several passes (wall clock and CPU time), tokenizing and sentence splitting excluded
let wall = Infinity;
let cpu = Infinity;
for (let pass = 0; pass < 5; pass++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const d of docs) predictAttributions(d.text, d.tokens, d.sentences, { model });
  const c = process.cpuUsage(c0);
  wall = Math.min(wall, performance.now() - t0);
  cpu = Math.min(cpu, (c.user + c.system) / 1000);
}
console.log(`PolNeAR ${split}: ${docs.length} articles, ${words} words; model alone (first annotator's file per article)`);
console.log(formatScores(scores));
const per = (ms: number): string => ((ms / words) * 10000).toFixed(1);
console.log(`speed (best of 5 passes): ${per(wall)} ms wall, ${per(cpu)} ms CPU per 10,000 words`);
