/**
 * Speed of the runtime attribution model: median time to tag 10,000 words of text the project
 * generates itself (varied names, numbers and attribution forms), after warm-up.
 *
 *   npx tsx scripts/train/bench-attribution-model.ts [model.json]
 */
import { readFileSync } from 'node:fs';
import { tokenize } from '../../src/core/text/tokenize';
import { loadAttributionModel, predictAttributions } from '../../src/core/model/attribution-model';
import { splitSentences } from '../../src/core/text/sentences';

const NAMES = ['Maria Okafor', 'Tomas Lindqvist', 'Ana Ruiz', 'Peter Hollis', 'Leila Haddad', 'Kenji Mori', 'the ministry', 'a spokesman'];
const TEMPLATES = [
  (n: string, k: number) => `"The budget will grow by ${k} percent next year," ${n} said.`,
  (n: string, k: number) => `${n} told reporters that the council had approved ${k} new schools.`,
  (n: string, k: number) => `According to ${n}, the factory employed ${k * 10} workers in 2019.`,
  (n: string, k: number) => `The river rose ${k} meters overnight, flooding several villages near the coast.`,
  (n: string, k: number) => `${n} denied claims that the agency had lost ${k} files. "We have nothing to hide. Every record is accounted for," the statement added.`,
  (n: string, k: number) => `Officials expect ${k} thousand visitors at the festival, which opens on Friday.`,
  (n: string, k: number) => `In a statement, ${n} said the talks would resume on March ${(k % 27) + 1}.`,
];

export function generate(words: number): string {
  const parts: string[] = [];
  let count = 0;
  let i = 0;
  while (count < words) {
    const s = TEMPLATES[i % TEMPLATES.length](NAMES[(i * 7) % NAMES.length], (i * 13) % 97 + 2);
    parts.push(s);
    count += s.split(/\s+/).length;
    i++;
    if (i % 5 === 0) parts.push('\n\n');
  }
  return parts.join(' ');
}

const text = generate(10_000);
const tokens = tokenize(text);
const sents = splitSentences(text);
const model = process.argv[2] ? loadAttributionModel(JSON.parse(readFileSync(process.argv[2], 'utf8'))) : undefined;
const t0 = performance.now();
const m = model ?? loadAttributionModel();
const loadMs = performance.now() - t0;
for (let i = 0; i < 5; i++) predictAttributions(text, tokens, sents, { model: m });
const times: number[] = [];
const cpu: number[] = [];
let found = 0;
for (let i = 0; i < 101; i++) {
  const a = performance.now();
  const c = process.cpuUsage();
  found = predictAttributions(text, tokens, sents, { model: m }).length;
  const d = process.cpuUsage(c);
  times.push(performance.now() - a);
  cpu.push((d.user + d.system) / 1000);
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
console.log(`words: ${text.split(/\s+/).filter(Boolean).length}, tokens: ${tokens.length}, sentences: ${sents.length}, attributions found: ${found}`);
console.log(`model decode: ${loadMs.toFixed(1)} ms; predictAttributions median: ${times[50].toFixed(2)} ms (min ${times[0].toFixed(2)}, max ${times[100].toFixed(2)}); CPU time median ${cpu[50].toFixed(2)} ms`);
