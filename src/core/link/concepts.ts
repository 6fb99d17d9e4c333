/**
 * Turns a span of text into the concepts it mentions, so that differently worded statements of one
 * proposition match: places become country codes (Tehran, Iranian, the Islamic Republic -> IRN),
 * words in a synonym group become the group (gave, delivered, supplied -> transfer), irregular
 * verbs their base (gave -> give), and everything else its Porter2 stem.
 */
import stem from 'wink-porter2-stemmer';
import irregular from '../data/generated/irregular-verbs.json';
import { CONCEPT_GROUPS, NEGATORS } from '../data/concepts';
import { K_NUMBER, K_WORD, scanTokens } from '../text/tokenize';
import { posOf } from '../data/lexicon';
import { memoByString } from '../util/memo';
import { beginsPlace, maxPlaceWords, placeOf } from './places';

export interface ConceptBag {
  /** Concept ids: "place:IRN", "group:transfer", "stem:neutral". */
  concepts: Set<string>;
  negated: boolean;
  /** Numbers with the concept that follows them ("500 drones" -> ["500", "group:drone"]). */
  quantities: Array<{ value: number; concept: string | null }>;
}

let groupIndex: Map<string, string> | undefined;
const irregularForms = new Map(Object.entries(irregular.forms as Record<string, string>));

const STOP = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'as', 'that', 'this',
  'these', 'those', 'it', 'its', 'their', 'his', 'her', 'our', 'we', 'they', 'he', 'she', 'i', 'you', 'be', 'is', 'are',
  'was', 'were', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may',
  'might', 'must', 'shall', 'should', "'s", 'also', 'into', 'than', 'then', 'there', 'which', 'who', 'whom', 'what',
  'about', 'all', 'some', 'any', 'such', 'more', 'most', 'very', 'so', 'if', 'up', 'out', 'over', 'under', 'since',
  'including', 'use', 'used', 'using',
]);

export function groupOf(lower: string): string | undefined {
  if (!groupIndex) {
    groupIndex = new Map();
    for (const g of CONCEPT_GROUPS) for (const w of g.words) if (!groupIndex.has(w)) groupIndex.set(w, g.id);
  }
  return groupIndex.get(lower);
}

export const ANTONYMS: ReadonlyMap<string, string> = new Map(
  CONCEPT_GROUPS.filter((g) => g.antonym).map((g) => [`group:${g.id}`, `group:${g.antonym}`]),
);

/** A word's concept when it is not part of a place name: "" for none (stop words, negators, closed classes). */
function conceptOfWord(lower: string): string {
  if (STOP.has(lower) || NEGATORS.has(lower)) return '';
  const pos = posOf(lower);
  if (pos === 'D' || pos === 'I' || pos === 'C' || pos === 'O' || pos === 'M') return '';
  const base = irregularForms.get(lower) ?? lower;
  const group = groupOf(lower) ?? groupOf(base);
  return group ? `group:${group}` : `stem:${stem(base)}`;
}

/** What the concept reader needs of a word, looked up once per word (`wordInfo`). */
interface WordInfo {
  /** The word's concept when it is not part of a place name (`conceptOfWord`). */
  concept: string;
  /** A place name begins with the word ("united", "tehran"). */
  beginsPlace: boolean;
  negator: boolean;
}

/**
 * `WordInfo` by lower-cased word: every claim and denial target of an article is read word by word, and
 * stemming is costly (the memo starts afresh after 100,000 words).
 */
const wordInfo = memoByString(
  (lower: string): WordInfo => ({ concept: conceptOfWord(lower), beginsPlace: beginsPlace(lower), negator: NEGATORS.has(lower) }),
  100_000,
);

/**
 * Receives a text's concepts in reading order (`readConcepts`). Its methods must not tokenize or read
 * concepts themselves: `readConcepts` reads the tokenizer's shared arrays, which the next scan overwrites.
 */
export interface ConceptSink {
  /** A concept, each time it is mentioned. */
  concept(c: string): void;
  /** A number, with the word concept that follows it ("500 drones"), or null when none does. */
  quantity(value: number, c: string | null): void;
  /** A negator ("not", "never"). */
  negation(): void;
}

/** `place:` concept ids by country code. */
const placeConcepts = new Map<string, string>();

/**
 * Reads the concepts of a span of text in order: places (the longest name first), word concepts,
 * numbers with the concept they count, negators. Not reentrant: see `ConceptSink`.
 */
export function readConcepts(text: string, sink: ConceptSink): void {
  // (the tokens as parallel arrays, no token objects: valid until the next scan, and nothing below scans)
  const s = scanTokens(text);
  const n = s.count;
  const kinds = s.kinds;
  const words = s.words;
  const maxN = maxPlaceWords();
  let pendingNumber: number | null = null;
  for (let i = 0; i < n; i++) {
    const kind = kinds[i];
    if (kind === K_NUMBER) {
      const v = Number(words[i].text.replace(/,/g, ''));
      if (Number.isFinite(v)) pendingNumber = v;
      continue;
    }
    if (kind !== K_WORD) continue;
    const word = words[i];
    const info = wordInfo(word.lower);
    if (info.negator) sink.negation();
    // places: the longest phrase, grown word by word while some place name begins with it
    let matched = 0;
    let code: string | undefined;
    let phrase = word.lower;
    for (let len = 1; info.beginsPlace && len <= maxN && i + len <= n; len++) {
      if (len > 1) {
        if (kinds[i + len - 1] !== K_WORD) break;
        phrase += ' ' + words[i + len - 1].lower;
        if (!beginsPlace(phrase)) break;
      }
      const c = placeOf(phrase);
      // a single word names a place only with a capital ("Turkey", not "turkey")
      if (c && (len > 1 || word.text[0] !== word.text[0].toLowerCase())) {
        code = c;
        matched = len;
      }
    }
    if (matched) {
      let pc = placeConcepts.get(code!);
      if (pc === undefined) placeConcepts.set(code!, (pc = `place:${code}`));
      sink.concept(pc);
      i += matched - 1;
      continue;
    }
    const id = info.concept;
    if (id === '') continue;
    sink.concept(id);
    if (pendingNumber !== null) {
      sink.quantity(pendingNumber, id);
      pendingNumber = null;
    }
  }
  if (pendingNumber !== null) sink.quantity(pendingNumber, null);
}

export function conceptsOf(text: string): ConceptBag {
  const concepts = new Set<string>();
  const quantities: ConceptBag['quantities'] = [];
  let negated = false;
  readConcepts(text, {
    concept: (c) => void concepts.add(c),
    quantity: (value, concept) => void quantities.push({ value, concept }),
    negation: () => void (negated = true),
  });
  return { concepts, negated, quantities };
}
