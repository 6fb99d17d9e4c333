/**
 * Builds src/core/data/generated/semantic-classes.json: WordNet's broad semantic classes (its
 * "lexicographer files") of verbs and nouns of speaking, thinking and feeling, for the attribution
 * taggers (src/core/model/features.ts `semanticClass`). PolNeAR annotates many rare stance verbs as cues
 * ("is panning", "is disavowing", "amplifies"); the cue tagger knows a word only from training texts,
 * and WordNet tells it that "pan" is, in one of its senses, a verb of communication.
 *
 *   apt-get install wordnet-base   # WordNet 3.0 database files in /usr/share/wordnet (read only here)
 *   npx tsx scripts/train/build-semantic-classes.ts
 *
 * For each single-word verb lemma with a sense among the verb classes below (communication, cognition,
 * emotion, perception, social, competition), and each noun lemma with a sense among the noun classes
 * (communication, cognition, feeling), the class code is: the group of its first (most frequent) sense
 * (1..N, or N + 1 for another class) times 8, plus a bit for each of the first three groups found among
 * any of its senses. Words are keyed by `semanticKey` (the tagger's crude stem, irregular forms mapped
 * to their lemma) of each of their regular and irregular forms. Only word lists and class numbers are
 * written, with WordNet's licence notice.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflect } from '../../src/core/data/cues';
import { semanticKey } from '../../src/core/model/features';

const ROOT = join(__dirname, '..', '..');
const WN = process.env.WORDNET_DIR ?? '/usr/share/wordnet';

/** WordNet lexicographer file numbers of the groups, in code order (see lexnames). */
const VERB_GROUPS = [32 /* communication */, 31 /* cognition */, 37 /* emotion */, 39 /* perception */, 41 /* social */, 33 /* competition */];
const NOUN_GROUPS = [10 /* communication */, 9 /* cognition */, 12 /* feeling */];

/** Lexicographer file of each synset (by offset) of a data file. */
function lexfiles(file: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(join(WN, file), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ', 3);
    out.set(f[0], Number(f[1]));
  }
  return out;
}

/** Lemma -> lexicographer files of its senses, most frequent first. */
function senses(index: string, data: string): Map<string, number[]> {
  const lex = lexfiles(data);
  const out = new Map<string, number[]>();
  for (const line of readFileSync(join(WN, index), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0];
    if (!/^[a-z]+(-[a-z]+)?$/.test(lemma)) continue;
    const synsetCount = Number(f[2]);
    const ptrCount = Number(f[3]);
    const offsets = f.slice(4 + ptrCount + 2, 4 + ptrCount + 2 + synsetCount);
    out.set(lemma, offsets.map((o) => lex.get(o) ?? -1));
  }
  return out;
}

function code(files: number[], groups: number[]): number {
  if (!files.some((x) => groups.includes(x))) return 0;
  const g = groups.indexOf(files[0]);
  let c = (g >= 0 ? g + 1 : groups.length + 1) * 8;
  for (let k = 0; k < 3; k++) if (files.includes(groups[k])) c |= 1 << k;
  return c;
}

/** Irregular forms by lemma (WordNet's exception list). */
function exceptions(file: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(join(WN, file), 'utf8').split('\n')) {
    const [form, lemma] = line.split(' ');
    if (!form || !lemma) continue;
    out.set(lemma, [...(out.get(lemma) ?? []), form]);
  }
  return out;
}

/** Regular forms of a verb lemma, with the final consonant doubled too after a short vowel ("pan": "panned", "panning"). */
function verbForms(lemma: string, exc: Map<string, string[]>): string[] {
  const forms = [...inflect(lemma), ...(exc.get(lemma) ?? [])];
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(lemma)) {
    const last = lemma[lemma.length - 1];
    forms.push(lemma + last + 'ed', lemma + last + 'ing');
  }
  return forms;
}

function build(kind: 'verb' | 'noun', groups: number[]): Record<string, string> {
  const exc = exceptions(`${kind}.exc`);
  const byKey = new Map<string, number>();
  for (const [lemma, files] of senses(`index.${kind}`, `data.${kind}`)) {
    const c = code(files, groups);
    if (c === 0) continue;
    const forms = kind === 'verb' ? verbForms(lemma, exc) : [lemma, lemma + 's', ...(exc.get(lemma) ?? [])];
    for (const f of forms) {
      const key = semanticKey(f);
      // a key two lemmas share keeps the code of the first in alphabetical order (deterministic)
      if (!byKey.has(key)) byKey.set(key, c);
    }
  }
  const byCode = new Map<number, string[]>();
  for (const [k, c] of byKey) byCode.set(c, [...(byCode.get(c) ?? []), k]);
  const out: Record<string, string> = {};
  for (const c of [...byCode.keys()].sort((a, b) => a - b)) out[String(c)] = byCode.get(c)!.sort().join(' ');
  console.log(`${kind}: ${byKey.size} keys in ${byCode.size} classes`);
  return out;
}

const json = {
  source: 'WordNet 3.0 lexicographer files (verbs: communication, cognition, emotion, perception, social, competition; nouns: communication, cognition, feeling), scripts/train/build-semantic-classes.ts',
  license: 'WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to distribution of the software and/or database.',
  verb: build('verb', VERB_GROUPS),
  noun: build('noun', NOUN_GROUPS),
};
const path = join(ROOT, 'src', 'core', 'data', 'generated', 'semantic-classes.json');
writeFileSync(path, JSON.stringify(json) + '\n');
console.log(`wrote ${path}`);
