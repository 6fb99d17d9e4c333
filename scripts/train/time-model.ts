import { readFileSync } from 'node:fs';
import { generateArticle } from '../lib/article-gen';
import { tokenize } from '../../src/core/text/tokenize';
import { splitSentences } from '../../src/core/text/sentences';
import { loadAttributionModel, predictAttributions } from '../../src/core/model/attribution-model';
const text = generateArticle(20260101, 10000).plain;
const tokens = tokenize(text);
const sents = splitSentences(text);
const model = process.argv[2] ? loadAttributionModel(JSON.parse(readFileSync(process.argv[2], 'utf8'))) : loadAttributionModel();
let found = 0;
for (let i = 0; i < 10; i++) found = predictAttributions(text, tokens, sents, { model }).length;
const res: number[] = [];
for (let r = 0; r < 5; r++) {
  const c = process.cpuUsage();
  for (let i = 0; i < 20; i++) predictAttributions(text, tokens, sents, { model });
  const d = process.cpuUsage(c);
  res.push((d.user + d.system) / 1000 / 20);
}
res.sort((a, b) => a - b);
console.log(`tokens ${tokens.length} sentences ${sents.length} found ${found}; CPU ms per run: min ${res[0].toFixed(2)} median ${res[2].toFixed(2)}`);
