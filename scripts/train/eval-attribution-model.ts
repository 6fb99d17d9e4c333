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
const docs = readPolnear(dir);
const scores = emptyScores();
let words = 0;
let ms = 0;
for (const d of docs) {
  const tokens = tokenize(d.text);
  const sentences = splitSentences(d.text);
  const t0 = performance.now();
  const found = predictAttributions(d.text, tokens, sentences, { model });
  ms += performance.now() - t0;
  words += tokens.filter((t) => t.kind === 'word').length;
  scoreDoc(found, d.attributions, scores);
}
console.log(`PolNeAR ${split}: ${docs.length} articles, ${words} words; model alone (first annotator's file per article)`);
console.log(formatScores(scores));
console.log(`tagging time: ${ms.toFixed(0)} ms (${((ms / words) * 10000).toFixed(1)} ms per 10,000 words, tokenizing and sentence splitting excluded)`);
