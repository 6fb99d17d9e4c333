/**
 * Regenerates the compact data files under src/core/data/generated/ from maintained data packages:
 * - places.json from `world-countries` (names, official names, capitals, demonyms, alternative spellings);
 * - pos-lexicon.json from `wink-lexicon` (each word's most frequent part of speech, coarse classes);
 * - given-names.json from `compromise` (its lexicon's given names tagged male or female), for whom "he" and "she" can stand.
 * Run: npx tsx scripts/gen-data.ts   (the outputs are committed so the core loads no large package at run time)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'world-countries';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const lexicon: Record<string, string[] | null> = require('wink-lexicon/src/lexicon.js');

const outDir = join(__dirname, '..', 'src', 'core', 'data', 'generated');

// ---- places ----
interface PlaceEntry { id: string; name: string; names: string[]; capitals: string[]; demonyms: string[] }
const GENERIC = new Set(['republic', 'kingdom', 'state', 'states', 'federation', 'commonwealth', 'union', 'democratic republic', 'people\'s republic', 'federal republic']);
const places: PlaceEntry[] = [];
const prefixCount = new Map<string, number>();
const officialPrefix = (official: string): string | null => {
  const m = /^(.+?) of (?:the )?/.exec(official);
  return m ? m[1] : null;
};
for (const c of countries) {
  const p = officialPrefix(c.name.official);
  if (p) prefixCount.set(p.toLowerCase(), (prefixCount.get(p.toLowerCase()) ?? 0) + 1);
}
for (const c of countries) {
  const names = new Set<string>([c.name.common, c.name.official]);
  for (const a of c.altSpellings ?? []) {
    if (/^[A-Z]{2}$/.test(a)) continue; // two-letter codes are too ambiguous in prose (e.g. "IT", "US" kept below)
    if (a.includes(',')) continue;
    if (/[^\x20-\x7E]/.test(a) && !/[\u00C0-\u024F]/.test(a)) continue;
    names.add(a);
  }
  if (c.cca3 === 'USA') { names.add('US'); names.add('U.S.'); names.add('America'); }
  if (c.cca3 === 'GBR') { names.add('UK'); names.add('U.K.'); names.add('Britain'); }
  const p = officialPrefix(c.name.official);
  if (p && prefixCount.get(p.toLowerCase()) === 1 && !GENERIC.has(p.toLowerCase())) names.add(p);
  const capitals = (c.capital ?? []).map((x) => x.replace(/\s+D\.C\.$/, ''));
  const dem = c.demonyms?.eng;
  const demonyms = [...new Set([dem?.m, dem?.f].filter((x): x is string => !!x))];
  places.push({ id: c.cca3, name: c.name.common, names: [...names].sort(), capitals, demonyms });
}
places.sort((a, b) => a.id.localeCompare(b.id));
writeFileSync(join(outDir, 'places.json'), JSON.stringify({ source: 'world-countries', places }) + '\n');

// ---- part-of-speech lexicon ----
const coarse = (tag: string): string | null => {
  if (tag.startsWith('VB')) return 'V';
  if (tag === 'MD') return 'M';
  if (tag.startsWith('NNP')) return 'P';
  if (tag.startsWith('NN')) return 'N';
  if (tag.startsWith('JJ')) return 'J';
  if (tag.startsWith('RB')) return 'R';
  if (tag === 'IN' || tag === 'TO') return 'I';
  if (tag === 'DT' || tag === 'PDT' || tag === 'WDT') return 'D';
  if (tag === 'CC') return 'C';
  if (tag.startsWith('PRP') || tag.startsWith('WP')) return 'O';
  if (tag === 'CD') return 'Q';
  return null;
};
const byClass: Record<string, string[]> = {};
const canBeVerb: string[] = [];
for (const [word, tags] of Object.entries(lexicon)) {
  if (!tags || tags.length === 0 || /\s/.test(word)) continue;
  const c = coarse(tags[0]);
  if (!c) continue;
  (byClass[c] ??= []).push(word);
  if (c !== 'V' && tags.some((t) => t.startsWith('VB'))) canBeVerb.push(word);
}
for (const k of Object.keys(byClass)) byClass[k].sort();
canBeVerb.sort();
writeFileSync(
  join(outDir, 'pos-lexicon.json'),
  JSON.stringify({ source: 'wink-lexicon', classes: Object.fromEntries(Object.entries(byClass).map(([k, v]) => [k, v.join(' ')])), canBeVerb: canBeVerb.join(' ') }) + '\n',
);
// ---- irregular verbs (every form -> base), for word-family matching ----
// eslint-disable-next-line @typescript-eslint/no-require-imports
const irregular: Record<string, string> = require('wink-lexicon/src/irregular-verbs.js');
const irr = Object.fromEntries(Object.entries(irregular).filter(([k, v]) => k !== v).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(join(outDir, 'irregular-verbs.json'), JSON.stringify({ source: 'wink-lexicon', forms: irr }) + '\n');

// ---- given names by gender ----
// compromise's lexicon tags some 3,000 given names MaleName or FemaleName (unisex ones only FirstName: left out).
// Left out too: names given to both, or a surname written first, in the news ("Kim Jong Un", "Lindsey Graham",
// "Dana Milbank", "Billie Jean King", the Norwegian "Ola"), so that "he" never passes over such a man as if he were a
// woman, nor "she" such a woman.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nlpLexicon: Record<string, string | string[]> = require('compromise').world().model.one.lexicon;
const NOT_GENDERED = new Set(['kim', 'lindsey', 'dana', 'kelly', 'leslie', 'robin', 'carolina', 'billie', 'terry', 'frankie', 'riley', 'avery', 'ola', 'shannon']);
// (and those it tags only FirstName, given to either or of no known gender: "mark", "grace", "jamie": a name's first word
// all the same, "Mark England" no body)
const givenNames: Record<'he' | 'she' | 'either', string[]> = { he: [], she: [], either: [] };
for (const [word, tags] of Object.entries(nlpLexicon)) {
  if (!/^\p{L}+$/u.test(word)) continue;
  const t = Array.isArray(tags) ? tags : [tags];
  if (NOT_GENDERED.has(word)) givenNames.either.push(word);
  else if (t.includes('MaleName')) givenNames.he.push(word);
  else if (t.includes('FemaleName')) givenNames.she.push(word);
  else if (t.includes('FirstName')) givenNames.either.push(word);
}
givenNames.he.sort();
givenNames.she.sort();
givenNames.either.sort();
writeFileSync(join(outDir, 'given-names.json'), JSON.stringify({ source: 'compromise', he: givenNames.he.join(' '), she: givenNames.she.join(' '), either: givenNames.either.join(' ') }) + '\n');

console.log(`places: ${places.length}; lexicon words: ${Object.values(byClass).reduce((n, v) => n + v.length, 0)}; given names: ${givenNames.he.length} + ${givenNames.she.length} + ${givenNames.either.length}`);
