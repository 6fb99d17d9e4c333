/** Prints what the model finds in a few sentences written for the purpose (a quick look, not a test). */
import { readFileSync } from 'node:fs';
import { tokenize } from '../../src/core/text/tokenize';
import { splitSentences } from '../../src/core/text/sentences';
import { loadAttributionModel, predictAttributions } from '../../src/core/model/attribution-model';

const SENTENCES = [
  '"The plan will fail," Smith said.',
  '"We will not retreat," said Minister Karel Novak.',
  'The senator added in her weekly video message that the budget was unfair.',
  'Novak said the army had received 40 new tanks from its allies.',
  'The company issued a statement claiming that the leak had been contained.',
  'Prices rose 5 percent last year, according to people familiar with the matter.',
  'The plan was drafted in March, a memo seen by reporters shows.',
  'Direct clash between the two powers unacceptable: Novak',
  '"We have done nothing wrong. Every contract was legal. We will prove it in court," the mayor told reporters on Friday.',
  'He denied allegations that he had taken bribes.',
  'In a statement, the ministry said it would appeal the ruling.',
  'Officials believe the fire was started deliberately.',
  'The report found that emissions had fallen by a third.',
];
const m = process.argv[2] ? loadAttributionModel(JSON.parse(readFileSync(process.argv[2], 'utf8'))) : loadAttributionModel();
for (const s of SENTENCES) {
  const found = predictAttributions(s, tokenize(s), splitSentences(s), { model: m });
  const sl = (x: { start: number; end: number } | null): string => (x ? JSON.stringify(s.slice(x.start, x.end)) : '-');
  console.log(s);
  for (const a of found) console.log(`   cue ${sl(a.cue)} (${a.score.toFixed(2)})  source ${sl(a.source)}  content ${sl(a.content)}`);
}
