/**
 * Place names to countries: names, official names, capitals and demonyms from world-countries
 * (src/core/data/generated/places.json), plus government metonyms ("the Kremlin", "the Islamic
 * Republic") from src/core/data/concepts.ts. Lookups are by lower-cased phrase.
 */
import placesData from '../data/generated/places.json';
import { PLACE_METONYMS } from '../data/concepts';

let index: Map<string, string> | undefined;
let maxWords = 1;
/** Every phrase in the index and every run of its first words ("united", "united arab", "united arab emirates"). */
const prefixes = new Set<string>();

function build(): Map<string, string> {
  const m = new Map<string, string>();
  const add = (name: string, code: string) => {
    const key = name.toLowerCase().replace(/’/g, "'");
    if (!m.has(key)) m.set(key, code);
    const words = key.split(' ');
    maxWords = Math.max(maxWords, words.length);
    for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  };
  for (const p of placesData.places) {
    for (const n of p.names) add(n, p.id);
    for (const c of p.capitals) add(c, p.id);
    for (const d of p.demonyms) add(d, p.id);
  }
  for (const [k, v] of Object.entries(PLACE_METONYMS)) add(k, v);
  return m;
}

/** The country code a lower-cased phrase stands for ("tehran" -> "IRN"), if any. */
export function placeOf(phrase: string): string | undefined {
  if (!index) index = build();
  return index.get(phrase);
}

/** Longest phrase length (in words) in the index. */
export function maxPlaceWords(): number {
  if (!index) index = build();
  return maxWords;
}

/** Whether some phrase in the index begins with these lower-cased words, or is them ("united arab"). */
export function beginsPlace(words: string): boolean {
  if (!index) index = build();
  return prefixes.has(words);
}
