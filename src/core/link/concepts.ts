/**
 * Turns a span of text into the concepts it mentions, so that differently worded statements of one
 * proposition match: places become country codes (Tehran, Iranian, the Islamic Republic -> IRN),
 * words in a synonym group become the group (gave, delivered, supplied -> transfer), irregular
 * verbs their base (gave -> give), and everything else its Porter2 stem.
 */
import stem from 'wink-porter2-stemmer';
import irregular from '../data/generated/irregular-verbs.json';
import idfData from '../data/generated/concept-idf.json';
import { BE_FORMS, CHANGE_AFTER_BE, CHANGE_MULTIPLES, CHANGE_TO_VERBS, COMPOSITION_PREPOSITIONS, COMPOSITION_VERBS, CONCEPT_GROUPS, DIFFERENCE_VERBS, EVIDENCE_FRAME, EVIDENCE_THAT_VERBS, FIGURE_FRAMING, FUNCTION_PHRASE_WORDS, LOWER_BOUND_PHRASES, NEGATION_ADVERBS, NEGATION_FRAMES, NEGATORS, NO_UNITS, NOUN_NOT_VERB_FORMS, PHRASE_CONCEPTS, WITHOUT_MANNER_NOUNS } from '../data/concepts';
import { K_NUMBER, K_PUNCT, K_QUOTE, K_WORD, scanTokens, type TokenKind } from '../text/tokenize';
import { ADDING_VERBS, APPROXIMATORS, CURRENCY_SIGNS, MONTH_NAMES, NUMBER_WORDS, posOf, YEAR_NUMBER } from '../data/lexicon';
import { memoByString } from '../util/memo';
import { lowerBound } from '../util/search';
import { placeOf, placeStart, type PlaceNode } from './places';

export interface ConceptBag {
  /** Concept ids: "place:IRN", "group:transfer", "stem:neutral". */
  concepts: Set<string>;
  negated: boolean;
  /** Numbers with the concept that follows them ("500 drones" -> ["500", "group:drone"]); `atLeast` for a lower bound ("at least 500"). */
  quantities: Array<{ value: number; concept: string | null; atLeast?: true }>;
}

const IDF = idfData.idf as Record<string, number>;

let groupIndex: Map<string, string> | undefined;
const irregularForms = new Map(Object.entries(irregular.forms as Record<string, string>));

const STOP = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'as', 'that', 'this',
  'these', 'those', 'it', 'its', 'their', 'his', 'her', 'our', 'we', 'they', 'he', 'she', 'i', 'you', 'be', 'is', 'are',
  'was', 'were', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may',
  'might', 'must', 'shall', 'should', "'s", 'also', 'into', 'than', 'then', 'there', 'which', 'who', 'whom', 'what',
  'about', 'all', 'some', 'any', 'such', 'more', 'most', 'very', 'so', 'if', 'up', 'out', 'over', 'under', 'since',
  'including', 'use', 'used', 'using', 'other', 'others', 'another', 'only', 'just', 'when', 'even', 'still', 'already',
  // (a vague count, no thing counted: "thousands of dead people voted", "hundreds of flights")
  'dozens', 'hundreds', 'thousands', 'millions', 'billions',
]);
/** Indefinite pronouns: "anyone", "something", "everybody". */
const INDEFINITE_PRONOUNS: ReadonlySet<string> = new Set(['anyone', 'anybody', 'anything', 'someone', 'somebody', 'something', 'everyone', 'everybody', 'everything']);
/** The indefinite pronouns of everyone, which a negator before them limits: "not everyone", "not everything". */
const UNIVERSAL_PRONOUNS: ReadonlySet<string> = new Set(['everyone', 'everybody', 'everything']);

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

/** The concept a word names right after the word before it (`PHRASE_CONCEPTS`: "under | water"), else null. */
function phraseConcept(lower: string, before: string): Concept | null {
  for (const p of PHRASE_CONCEPTS) if (p.word === lower && p.before === before) return conceptNamed(`group:${p.group}`);
  return null;
}

/** The change a word after a form of "be" names (`CHANGE_AFTER_BE`: "crime is up"), by the word after it; else null. */
function changeAfterBe(lower: string, after: string): Concept | null {
  for (const c of CHANGE_AFTER_BE) if (c.word === lower && !c.notBefore.includes(after)) return conceptNamed(`group:${c.group}`);
  return null;
}

/** Whether a word names nothing between the words before and after it (`FUNCTION_PHRASE_WORDS`: "no | longer"). */
function functionPhraseWord(lower: string, before: string, after: string): boolean {
  for (const p of FUNCTION_PHRASE_WORDS) if (p.word === lower && p.before === before && (p.after === undefined || p.after === after)) return true;
  return false;
}

/** A word's concept when it is not part of a place name: "" for none (stop words, negators, closed classes). */
function conceptOfWord(lower: string): string {
  // (nor an indefinite pronoun: "denied he had misled anyone" names no one)
  // (nor a word that only frames a figure: "the true cost was closer to £20 million")
  if (STOP.has(lower) || NEGATORS.has(lower) || INDEFINITE_PRONOUNS.has(lower) || FIGURE_FRAMING.has(lower)) return '';
  const pos = posOf(lower);
  if (pos === 'D' || pos === 'I' || pos === 'C' || pos === 'O' || pos === 'M') return '';
  const base = NOUN_NOT_VERB_FORMS.has(lower) ? lower : irregularForms.get(lower) ?? lower;
  const group = groupOf(lower) ?? groupOf(base);
  return group ? `group:${group}` : `stem:${stem(base)}`;
}

/**
 * A concept of a reading (its `name`: "place:IRN", "group:transfer", "stem:neutral"). One object per
 * name while `conceptNamed` remembers it, shared by the readings: a Linker's concept table keeps its number
 * for the concept on the object (`table`, `number`), so numbering a mention is a test of two fields, and
 * the table's lookup by name is left for the first mention of each object.
 */
export class Concept {
  /** The serial number of the concept table that numbered the concept last (0: none), and its number there. */
  table = 0;
  number = 0;
  constructor(readonly name: string) {}
}

/** The concept of a name (the same object while remembered: 100,000 names at most, then afresh). */
export const conceptNamed: (name: string) => Concept = memoByString((name) => new Concept(name), 100_000);

/** What the concept reader needs of a word, looked up once per word (`wordInfo`). */
interface WordInfo {
  /** The word's concept when it is not part of a place name (`conceptOfWord`), or null for none. */
  concept: Concept | null;
  /** Where the place names that begin with the word go on ("united", "tehran"), if any do. */
  place: PlaceNode | undefined;
  negator: boolean;
  /** A preposition, but "to" (`afterPreposition`). */
  preposition: boolean;
  /** An adjective, which a number before it does not count ("400 extra appointments"). */
  adjective: boolean;
  /** The place a hyphenated word opens with ("iranian-designed", "russian-made"), or null. */
  prefixPlace: Concept | null;
  /**
   * The concept of the first word of a compound of two with a hyphen that news seldom writes whole ("breath-holding":
   * "breath", the compound's concept then its head's, "hold", as "holding your breath" reads), or null.
   */
  prefixPart: Concept | null;
  /** A word with "non-" that negates its head, whose concept it is: "non-binding" reads as "not binding". */
  selfNegated: boolean;
}

/** A word with "non-" before a word of three letters or more: "non-binding", "non-existent". */
const NON_PREFIXED = /^non-(\p{Ll}{3,})$/u;

/** A compound of two words of three letters or more with a hyphen: "breath-holding", "price-fixing". */
const HYPHENATED_PAIR = /^(\p{Ll}{3,})-(\p{Ll}{3,})$/u;

/** The concepts of a hyphenated compound's two words ([first, head]) when the compound is unknown to `IDF`; else null. */
function compoundParts(lower: string, concept: string): [string, string] | null {
  const m = HYPHENATED_PAIR.exec(lower);
  if (m === null || concept === '' || IDF[concept] !== undefined) return null;
  const first = conceptOfWord(m[1]);
  const head = conceptOfWord(m[2]);
  return first !== '' && head !== '' && IDF[first] !== undefined && IDF[head] !== undefined ? [first, head] : null;
}

/**
 * `WordInfo` by lower-cased word: every claim and denial target of an article is read word by word, and
 * stemming is costly (the memo starts afresh after 100,000 words).
 */
const wordInfo = memoByString(
  (lower: string): WordInfo => {
    const concept = conceptOfWord(lower);
    const pos = posOf(lower);
    const dash = lower.indexOf('-');
    const prefix = dash > 0 ? placeOf(lower.slice(0, dash)) : undefined;
    const non = dash === 3 ? NON_PREFIXED.exec(lower) : null;
    const head = non !== null ? conceptOfWord(non[1]) : '';
    const parts = dash > 0 && prefix === undefined && head === '' ? compoundParts(lower, concept) : null;
    return {
      concept: head !== '' ? conceptNamed(head) : parts !== null ? conceptNamed(parts[1]) : concept === '' ? null : conceptNamed(concept), place: placeStart(lower), negator: NEGATORS.has(lower), preposition: lower !== 'to' && pos === 'I', adjective: pos === 'J',
      prefixPlace: prefix !== undefined ? conceptNamed(`place:${prefix}`) : null, prefixPart: parts !== null ? conceptNamed(parts[0]) : null, selfNegated: head !== '',
    };
  },
  100_000,
);

/**
 * The last `WordInfo` looked up for each of `RECENT` token texts, by text number (`TokenText.id`, never
 * reused: the number found in a slot is the text's own): two array reads for a word met lately, instead
 * of a lookup in the large memo by string. The slot of a text is its number's low bits.
 */
const RECENT = 8192;
// (-1: no text yet; every text has a number >= 0)
const recentIds = new Int32Array(RECENT).fill(-1);
const recentInfos: WordInfo[] = new Array<WordInfo>(RECENT);

/** `wordInfo` of a token's word. */
function infoOf(word: TokenWords): WordInfo {
  const at = word.id & (RECENT - 1);
  if (recentIds[at] === word.id) return recentInfos[at];
  const info = wordInfo(word.lower);
  recentIds[at] = word.id;
  recentInfos[at] = info;
  return info;
}

/**
 * Receives a text's concepts in reading order (`readConcepts`). Its methods must not tokenize or read
 * concepts themselves: `readConcepts` reads the tokenizer's shared arrays, which the next scan overwrites.
 */
export interface ConceptSink {
  /** A concept, each time it is mentioned. */
  concept(c: Concept): void;
  /**
   * A number, with the word concept that follows it ("500 drones"), or null when none does; a lower bound ("at least 500
   * drones") with its value negated.
   */
  quantity(value: number, c: Concept | null): void;
  /** A negator ("not", "never"). */
  negation(): void;
  /** The word concept a negator negates: the first after it, within `NEGATION_REACH` words ("not transferred"). */
  negatedConcept(c: Concept): void;
}

/** Whether the words right before the number at `i` make it a lower bound (`LOWER_BOUND_PHRASES`: "at least | 3,000"). */
function lowerBoundBefore(words: ArrayLike<TokenWords>, kinds: ArrayLike<number>, i: number, from: number): boolean {
  let end = i;
  // (past a currency sign: "more than | £20m")
  if (end - 1 >= from && kinds[end - 1] === K_PUNCT && CURRENCY_SIGNS.has(words[end - 1].text)) end--;
  for (const p of LOWER_BOUND_PHRASES) {
    const at = end - p.length;
    if (at < from) continue;
    let ok = true;
    for (let k = 0; k < p.length && ok; k++) ok = kinds[at + k] === K_WORD && words[at + k].lower === p[k];
    if (ok) return true;
  }
  return false;
}

/** Whether the words from `i` on make a "without" before them one of manner: a gerund, or evidence ("any proof"). */
function withoutManner(words: ArrayLike<TokenWords>, kinds: ArrayLike<number>, i: number, n: number): boolean {
  if (i < n && kinds[i] === K_WORD && (words[i].lower === 'any' || words[i].lower === 'a')) i++;
  return i < n && kinds[i] === K_WORD && (words[i].lower.endsWith('ing') || WITHOUT_MANNER_NOUNS.has(words[i].lower));
}

/** Words that name a part of the year before a year, after which the year counts nothing (`readTokens`): months and seasons. */
const YEAR_NAMING_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES, 'spring', 'summer', 'autumn', 'fall', 'winter']);
/** Prepositions of time before a year (`readTokens`): "in 2025", "since 2019". */
const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'before', 'after', 'during', 'throughout']);

/** How many words after a negator the concept it negates may come ("has not yet been transferred"). */
const NEGATION_REACH = 4;
/**
 * The value of a number token's text, commas dropped (`Number`: NaN for one that is not a number, such
 * as "5th"). Digits with commas and at most one decimal point are read here: with up to 15 digits, the
 * integer of the digits and the power of ten are exact, and their quotient is rounded as `Number` rounds.
 */
export function numberValue(text: string): number {
  const n = text.length;
  if (n <= 15) {
    let v = 0;
    let scale = 1;
    let point = false;
    let digits = 0;
    let k = 0;
    for (; k < n; k++) {
      const c = text.charCodeAt(k);
      if (c >= 48 && c <= 57) {
        v = v * 10 + (c - 48);
        digits++;
        if (point) scale *= 10;
      } else if (c === 46 && !point) point = true;
      else if (c !== 44) break;
    }
    // (a point without a digit is no number)
    if (k === n && (digits > 0 || !point)) return point ? v / scale : v;
    // ("£30m", "$5bn", "10k": a multiplier after the digits, as money is written in headlines and tables)
    const times = digits > 0 ? MULTIPLIERS.get(text.slice(k).toLowerCase()) : undefined;
    if (times !== undefined) return Math.round((point ? v / scale : v) * times);
  }
  return Number(text.includes(',') ? text.replace(/,/g, '') : text);
}

/** Multipliers written right after a figure's digits: "30m", "5bn", "10k". */
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([['k', 1e3], ['m', 1e6], ['mn', 1e6], ['bn', 1e9], ['tn', 1e12]]);

/** Verbs of a level after whose "at" a figure counts the noun before them: "reserves stood at £21.5m". */
const LEVEL_VERBS: ReadonlySet<string> = new Set(['stood', 'stands', 'stand', 'remained', 'remains', 'peaked', 'peaks', 'was', 'is', 'were', 'are']);

/** `place:` concepts by country code. */
const placeConcepts = new Map<string, Concept>();

/** What the concept reader reads of a token: its text and lower-case form (`TokenText`, a block's `Tok`). */
export interface TokenWords {
  readonly text: string;
  readonly lower: string;
  /** The number of the text (`TokenText.id`). */
  readonly id: number;
}

/**
 * Reads the concepts of a span of text in order: places (the longest name first), word concepts,
 * numbers with the concept they count, negators. Not reentrant: see `ConceptSink`.
 */
export function readConcepts(text: string, sink: ConceptSink): void {
  // (the tokens as parallel arrays, no token objects: valid until the next scan, and nothing below scans)
  const s = scanTokens(text);
  readTokens(s.kinds, s.words, 0, s.count, sink);
}

/**
 * Where the proposition starts after an evidence frame that opens tokens `from` to `n` (`EVIDENCE_FRAME`: "its own counts
 * showed | traffic had fallen", "monitoring data showed that | spills ..."), with at least three tokens after it; else `from`.
 */
function evidenceFrameEnd(kinds: ArrayLike<number>, words: ArrayLike<TokenWords>, from: number, n: number): number {
  const frame = EVIDENCE_FRAME;
  for (let k = from + 1; k < n && k - from <= frame.maxWords; k++) {
    let v = k;
    // (past an aside between commas after what shows: "its own counts, taken over two weeks in September, showed")
    if (kinds[k] === K_PUNCT && words[k].text === ',') {
      v = k + 1;
      while (v < n && v - k <= frame.maxAside && !(kinds[v] === K_PUNCT && words[v].text === ',')) v++;
      v++;
    }
    if (v >= n || kinds[v] !== K_WORD) return from;
    if (!frame.verbs.has(words[v].lower)) continue;
    if (!frame.nouns.has(words[k - 1].lower)) return from;
    const start = v + 1 < n && words[v + 1].lower === 'that' ? v + 2 : v + 1;
    return n - start >= 3 && kinds[start] === K_WORD ? start : from;
  }
  return from;
}

/**
 * `readConcepts` over tokens already made: tokens `from` to `to` (excluded) of `kinds` (numbers of
 * `TOKEN_KINDS`) and `words`. A place name ends at `to` at the latest.
 */
function readTokens(kinds: ArrayLike<number>, words: ArrayLike<TokenWords>, from: number, to: number, sink: ConceptSink): void {
  const n = to;
  from = evidenceFrameEnd(kinds, words, from, n);
  let pendingNumber: number | null = null;
  // (the token of the pending number)
  let pendingAt = -1;
  // (the total of "40 of the 52 drones", counting the noun after it as the pending number does)
  let pendingTotal: number | null = null;
  // (whether the pending number is a sum of money, "£800,000", which counts money when no word after it names what)
  let pendingMoney = false;
  // (the index of the last negator's word while its concept is still to come, else -1)
  let negatorAt = -1;
  // (the verb a negative pronoun's negation waits for past the phrase on the pronoun, "Nobody from the council | has
  // knocked", else -1)
  let negatedVerbAt = -1;
  // (the last word concept and its token: "put the crowd at 20,000" counts the crowd; and the concept before a verb of
  // a level: "reserves stood at £21.5m" counts the reserves)
  let lastConcept: Concept | null = null;
  let lastConceptAt = -1;
  let levelConcept: Concept | null = null;
  // (the noun of a compound a figure's count passed on to its head, and its token: "164 | spill | events")
  let countedModifier: Concept | null = null;
  let countedModifierAt = -1;
  for (let i = from; i < n; i++) {
    const kind = kinds[i];
    if (kind === K_NUMBER) {
      let v = numberValue(words[i].text);
      // (the figure's own token, before a scale word after it moves i on: "£5.6 | million")
      const first = i;
      if (!Number.isFinite(v)) {
        // ("5G", "4G", "3D": a name of digits and letters is a concept, as a word is; not "5th", "1990s", "10am")
        // (or its group's: "5G" is radio, `CONCEPT_GROUPS`)
        if (TECH_NAME.test(words[i].text)) {
          const group = groupOf(words[i].lower);
          sink.concept(conceptNamed(group !== undefined ? `group:${group}` : `name:${words[i].lower}`));
        }
        continue;
      }
      // ("1.2 million people": a scale word before the counted noun multiplies the figure, which counts the noun; the
      // scale word stays a concept, as it was read before; "$2 million" with no noun after it counts "million" still)
      const scale = i + 2 < n && kinds[i + 1] === K_WORD && kinds[i + 2] === K_WORD ? SCALE_WORDS.get(words[i + 1].lower) : undefined;
      const money = i > from && kinds[i - 1] === K_PUNCT && CURRENCY_SIGNS.has(words[i - 1].text);
      if (scale !== undefined && infoOf(words[i + 2]).concept !== null && !NO_UNITS.has(words[i + 2].lower)) {
        v = Math.round(v * scale);
        i++;
        sink.concept(infoOf(words[i]).concept!);
      } else if (money && i + 1 < n && kinds[i + 1] === K_WORD && SCALE_WORDS.has(words[i + 1].lower)) {
        // ("£2 billion", "$1.5 million in aid": a sum's scale word multiplies it, as "£2bn" reads; the scale word stays a
        // concept, as it was read before, which two sums in millions share)
        v = Math.round(v * SCALE_WORDS.get(words[i + 1].lower)!);
        i++;
        const c = infoOf(words[i]).concept;
        if (c !== null) sink.concept(c);
      }
      // (a sum still pending when another figure comes is money: "cost £410m, of which £120m came from")
      if (pendingNumber !== null && pendingMoney && pendingAt < i - 1) {
        sink.quantity(pendingNumber, conceptNamed(MONEY));
        pendingNumber = null;
        pendingTotal = null;
      }
      // ("destroyed 40 of 52 drones", "40 of the 52 drones": the count is the first number, of the total after "of"; both
      // count the noun)
      if (pendingNumber !== null && pendingTotal === null && ((i - 2 >= from && pendingAt === i - 2 && kinds[i - 1] === K_WORD && words[i - 1].lower === 'of') ||
          (i - 3 >= from && pendingAt === i - 3 && kinds[i - 2] === K_WORD && words[i - 2].lower === 'of' && kinds[i - 1] === K_WORD && words[i - 1].lower === 'the'))) {
        pendingTotal = v;
        continue;
      }
      // ("leads of between nine and 14 points", "between 10% and 15%": a range gives no one figure, which another claim's
      // figure inside it would seem to contradict; neither end counts)
      if (pendingNumber !== null && i - 3 >= from && kinds[i - 1] === K_WORD && words[i - 1].lower === 'and' && kinds[i - 3] === K_WORD && words[i - 3].lower === 'between') {
        pendingNumber = null;
        pendingTotal = null;
        const range = shareAt(kinds, words, i, n, v);
        if (range !== null) i = range.last;
        continue;
      }
      // "27%", "27 per cent", "1 in 4 children": a share, which counts percent as "27 percent" does
      const share = shareAt(kinds, words, i, n, v);
      // (a range of shares neither: "between 10% and 15% of voters")
      const upper = share !== null && i - 1 >= from && kinds[i - 1] === K_WORD && words[i - 1].lower === 'between' && share.last + 2 < n && kinds[share.last + 1] === K_WORD && words[share.last + 1].lower === 'and' && kinds[share.last + 2] === K_NUMBER ? share.last + 2 : -1;
      if (upper >= 0) {
        i = shareAt(kinds, words, upper, n, numberValue(words[upper].text))?.last ?? upper;
        continue;
      }
      if (share !== null) {
        sink.quantity(share.value, conceptNamed(PERCENT));
        i = share.last;
        continue;
      }
      // "estimated the crowd at about 20,000", "put turnout at 20,000": the noun before "at" is what is counted, when no
      // word after the figure names it ("approval this year at 49.5 percent" counts percent); after a verb of a level,
      // the noun before the verb ("reserves stood at £21.5m")
      // ("had fallen to £5.6 million": from before the figure, past its scale word)
      let at = first - 1;
      while (at > from && ((kinds[at] !== K_WORD && kinds[at] !== K_NUMBER) || APPROXIMATORS.has(words[at].lower)) && at > first - 4) at--;
      const unitAfter = i + 1 < n && kinds[i + 1] === K_WORD && infoOf(words[i + 1]).concept !== null && !NO_UNITS.has(words[i + 1].lower);
      const atWord = !unitAfter && at > from && kinds[at] === K_WORD && words[at].lower === 'at';
      const level = atWord && LEVEL_VERBS.has(words[at - 1].lower);
      // (and after a verb of change and "to", the noun before the verb: "deaths had risen to 171")
      const reached = !unitAfter && !atWord && at > from && kinds[at] === K_WORD && words[at].lower === 'to' && CHANGE_TO_VERBS.has(words[at - 1].lower);
      if (atWord && !level && lastConcept !== null && at - lastConceptAt === 1) sink.quantity(v, lastConcept);
      // (a sum a price or a cost reached counts money, as any sum does: "the daily cost had fallen to £5.6 million" against
      // "was costing taxpayers £8 million a day")
      else if ((level || reached) && levelConcept !== null) sink.quantity(v, money && levelConcept.name === PRICE ? conceptNamed(MONEY) : levelConcept);
      // ("were housed in 2025, all under a government scheme": a year after a preposition of time counts nothing after it)
      // (nor after a month or a season: "ran in spring 2024 and received 1,800 responses", "in March 2023")
      else if (YEAR_NUMBER.test(words[i].text) && i > from && kinds[i - 1] === K_WORD && (YEAR_PREPOSITIONS.has(words[i - 1].lower) || YEAR_NAMING_WORDS.has(words[i - 1].lower))) sink.quantity(v, null);
      // ("vary by $15 billion": a gap between figures counts nothing a figure measures, `DIFFERENCE_VERBS`)
      else if (at > from && kinds[at] === K_WORD && words[at].lower === 'by' && kinds[at - 1] === K_WORD && DIFFERENCE_VERBS.has(words[at - 1].lower)) sink.quantity(v, null);
      else {
        // ("at least 3,000 soldiers", "more than 40,000": a lower bound, kept with its value negated, `ConceptSink.quantity`)
        pendingNumber = lowerBoundBefore(words, kinds, i, from) ? -v : v;
        pendingAt = i;
        pendingTotal = null;
        pendingMoney = money;
      }
      continue;
    }
    if (kind !== K_WORD) {
      // ("cost £84 million, twice its original budget": a comma or a stop right after a figure ends what it counts)
      if (pendingNumber !== null && pendingAt === i - 1 && kind === K_PUNCT && FIGURE_ENDING_MARKS.has(words[i].text)) {
        sink.quantity(pendingNumber, pendingMoney ? conceptNamed(MONEY) : null);
        pendingNumber = null;
        pendingTotal = null;
      }
      continue;
    }
    const word = words[i];
    // ("rose to 1,520 last year": a word of time after a figure ends what it counts)
    if (pendingNumber !== null && pendingAt === i - 1 && NO_UNITS.has(word.lower)) {
      sink.quantity(pendingNumber, pendingMoney ? conceptNamed(MONEY) : null);
      pendingNumber = null;
      pendingTotal = null;
    }
    // "one in four children": a share
    const one = word.lower === 'one' ? shareAt(kinds, words, i, n, 1) : null;
    if (one !== null) {
      sink.quantity(one.value, conceptNamed(PERCENT));
      i = one.last;
      continue;
    }
    // ("crime has halved", "is down by half", "cut in half", "prices doubled": a change in percent, as "fell by 50 percent" counts)
    // (or by a fraction: "fallen by a third", "cut by a quarter")
    const change = CHANGE_MULTIPLES.get(word.lower) ?? (word.lower === 'half' && i > from && kinds[i - 1] === K_WORD && (words[i - 1].lower === 'by' || words[i - 1].lower === 'in') ? 50 : undefined) ??
      (i - 1 > from && words[i - 1].lower === 'a' && words[i - 2].lower === 'by' ? CHANGE_FRACTIONS.get(word.lower) : undefined);
    if (change !== undefined) sink.quantity(change, conceptNamed(PERCENT));
    // (a fraction of change is a share, as "by 25 percent" is, not a word of its own: "cut journey times by a quarter"
    // and "journey times rose by 4 percent" both name percent)
    if (change !== undefined && !CHANGE_MULTIPLES.has(word.lower)) {
      sink.concept(conceptNamed(PERCENT));
      continue;
    }
    // "three people", "seven people": a number written out counts as one in digits
    // ("a single nurse was left in charge": one, which "there were three nurses" contradicts; not "have not closed a single
    // department", none)
    const spelled = NUMBER_WORDS.get(word.lower) ?? (word.lower === 'single' && i > from && kinds[i - 1] === K_WORD && words[i - 1].lower === 'a' && !negatorWithin(words, kinds, i - 2, from, SINGLE_NEGATION_REACH) ? 1 : undefined);
    if (spelled !== undefined) {
      pendingNumber = spelled;
      continue;
    }
    const info = infoOf(word);
    // ("far too weak to harm birds": "too" and an adjective before "to" negate the verb after it)
    if (word.lower === 'too' && i + 3 < n && kinds[i + 1] === K_WORD && infoOf(words[i + 1]).adjective && kinds[i + 2] === K_WORD && words[i + 2].lower === 'to') {
      sink.negation();
      negatorAt = i + 2;
      continue;
    }
    // ("had risen by 38 per cent, not 100 per cent": a figure the claim corrects is none of its figures, and its "not"
    // negates nothing of the claim)
    // (nor a clause of when or where it corrects: "recorded from the moment a crew was assigned, not when a call was made")
    if (word.lower === 'not' && i > from && kinds[i - 1] === K_PUNCT && words[i - 1].text === ',' && i + 1 < n) {
      const figure = kinds[i + 1] === K_NUMBER;
      if (figure || (kinds[i + 1] === K_WORD && CORRECTED_CLAUSE_OPENERS.has(words[i + 1].lower))) {
        // (the figure's words after it, four at most; the clause to the next mark)
        let end = i + 2;
        if (figure) while (end < n && end - i <= 4 && kinds[end] === K_WORD) end++;
        else while (end < n && kinds[end] !== K_PUNCT) end++;
        i = end - 1;
        continue;
      }
    }
    // (not "not only ... but": an addition, no negation)
    if (info.negator && !(word.lower === 'not' && i + 1 < n && words[i + 1].lower === 'only')) {
      // ("sold that land without telling anyone", "without proof": a "without" of manner negates its own phrase, not the
      // claim; "continuing without interruption" negates the claim's state)
      if (!(word.lower === 'without' && withoutManner(words, kinds, i + 1, n))) sink.negation();
      negatorAt = i;
    }
    // ("Nobody from the council or Crestline has knocked on our door", "No one at the hospital was told": the phrase on
    // a negative pronoun is who, not what is negated; the negation reaches the verb after it)
    if (negatorAt === i && (NEGATIVE_PRONOUNS.has(word.lower) || (word.lower === 'no' && i + 1 < n && words[i + 1].lower === 'one'))) {
      const p = word.lower === 'no' ? i + 2 : i + 1;
      if (p < n && kinds[p] === K_WORD && infoOf(words[p]).preposition) {
        negatedVerbAt = verbAfter(words, kinds, p + 1, n);
        negatorAt = -1;
      }
    }
    if (i === negatedVerbAt) {
      negatorAt = i - 1;
      negatedVerbAt = -1;
    }
    if (negatorAt >= 0 && i - negatorAt > NEGATION_REACH) negatorAt = -1;
    // ("not everyone saw her as credible": the negation limits who, and negates no concept after it)
    if (negatorAt === i - 1 && UNIVERSAL_PRONOUNS.has(word.lower)) negatorAt = -1;
    // places: the longest phrase, grown word by word while some place name begins with it
    let matched = 0;
    let code: string | undefined;
    let node = info.place;
    for (let len = 1; node !== undefined; len++) {
      const c = node.code;
      // a single word names a place only with a capital ("Turkey", not "turkey")
      if (c && (len > 1 || word.text[0] !== word.text[0].toLowerCase())) {
        code = c;
        matched = len;
      }
      if (node.next === undefined || i + len >= n || kinds[i + len] !== K_WORD) break;
      node = node.next.get(words[i + len].lower);
    }
    if (matched) {
      let pc = placeConcepts.get(code!);
      if (pc === undefined) placeConcepts.set(code!, (pc = conceptNamed(`place:${code}`)));
      sink.concept(pc);
      i += matched - 1;
      continue;
    }
    // ("Iranian-designed Shaheds", "Russian-made missiles": the place a capitalised compound opens with)
    if (info.prefixPlace !== null && word.text[0] !== word.text[0].toLowerCase()) sink.concept(info.prefixPlace);
    if (info.prefixPart !== null) sink.concept(info.prefixPart);
    // (the word before, when a word: what a phrase's word, a change after "be" or a fixed phrase of function reads by)
    const before = i > from && kinds[i - 1] === K_WORD ? words[i - 1].lower : '';
    // ("were non-binding letters of intent": "not binding", a negation of its own head, said of the subject after a form
    // of "be"; not "meetings with non-government officials", who are other officials)
    if (info.selfNegated && (BE_FORMS.has(before) || (before.endsWith('ly') && i - 1 > from && kinds[i - 2] === K_WORD && BE_FORMS.has(words[i - 2].lower)))) {
      sink.negation();
      sink.concept(info.concept!);
      sink.negatedConcept(info.concept!);
      lastConcept = info.concept;
      lastConceptAt = i;
      continue;
    }
    const after = i + 1 < n && kinds[i + 1] === K_WORD ? words[i + 1].lower : '';
    const id = (before !== '' ? phraseConcept(word.lower, before) : null) ?? info.concept ?? (BE_FORMS.has(before) ? changeAfterBe(word.lower, after) : null);
    if (id === null) continue;
    // ("would no longer be allowed", "as long as they were approved": a word of a fixed phrase of function names nothing)
    if (before !== '' && functionPhraseWord(word.lower, before, after)) continue;
    // ("no one had been detained": "no one" is one negator, whose negation reaches the verb)
    if (word.lower === 'one' && negatorAt >= 0 && negatorAt === i - 1 && words[i - 1].lower === 'no') continue;
    // ("made of press releases": what a thing consists of, no act of making)
    if (COMPOSITION_VERBS.has(word.lower) && i + 1 < n && kinds[i + 1] === K_WORD && COMPOSITION_PREPOSITIONS.has(words[i + 1].lower)) continue;
    sink.concept(id);
    // (the noun of a subject, not of a phrase after it: "deaths in the region had risen to 171" counts deaths)
    if (!LEVEL_VERBS.has(word.lower) && !CHANGE_TO_VERBS.has(word.lower) && !afterPreposition(kinds, words, i, from)) levelConcept = id;
    lastConcept = id;
    lastConceptAt = i;
    // ("not yet transferred": an adverb between the negator and what it negates; "not going to be": the future's
    // "going to", which negates nothing of its own)
    // (nor an indefinite pronoun, which passes the negation on to the verb: "At no point was anyone prevented from
    // leaving" negates the preventing)
    // ("It does not show that erythritol causes heart attacks": a verb of evidence before "that" passes the negation on to
    // the clause it opens, what is not shown)
    if (negatorAt >= 0 && i + 1 < n && words[i + 1].lower === 'that' && EVIDENCE_THAT_VERBS.has(word.lower)) negatorAt = i + 1;
    else if (negatorAt >= 0 && !NEGATION_ADVERBS.has(word.lower) && !INDEFINITE_PRONOUNS.has(word.lower) && !(word.lower === 'going' && i + 1 < n && words[i + 1].lower === 'to') && !(i === negatorAt + 1 && words[negatorAt].lower === 'no' && NEGATION_FRAMES.has(word.lower))) {
      sink.negatedConcept(id);
      // ("no electronic components": "no" negates its noun phrase, the head noun after an adjective too; not "no big
      // money people", whose noun after the adjective is no head)
      const phrase = words[negatorAt].lower === 'no' && info.adjective && i + 1 < n && kinds[i + 1] === K_WORD && infoOf(words[i + 1]).concept !== null && !(i + 2 < n && kinds[i + 2] === K_WORD && infoOf(words[i + 2]).concept !== null);
      negatorAt = phrase ? negatorAt : -1;
    }
    // (an adjective before the counted noun passes the number on: "400 extra appointments" counts appointments)
    // (a lower-case one: not "595 Republican delegates", a name's adjective, which counts a party's)
    // (and a noun before the compound's head: "10,000 prison places" counts places, as "4,200 places" does)
    const modifier = pendingNumber !== null && (info.adjective || compoundModifier(words, kinds, i, n)) && word.text === word.lower && i + 1 < n && kinds[i + 1] === K_WORD && infoOf(words[i + 1]).concept !== null;
    if (pendingNumber !== null && !modifier) {
      // (a sum counts money, whatever word follows it: "£120m came from central government"; and a sum for something, a
      // price or a pay: "earns £70,000 for a four-day week"; and a sum added to something: "will add £300 to the average
      // driver's bill")
      sink.quantity(pendingNumber, pendingMoney && ((pendingAt === i - 1 && posOf(word.lower) === 'V') || (pendingAt < i - 1 && (words[pendingAt + 1].lower === 'for' || (words[pendingAt + 1].lower === 'to' && addedAt(words, kinds, pendingAt, from))))) ? conceptNamed(MONEY) : id);
      // ("164 spill events", "41 spills": a head that only counts occurrences counts its modifier too)
      if (countedModifier !== null && countedModifierAt === i - 1 && OCCURRENCE_HEADS.has(word.lower)) sink.quantity(pendingNumber, countedModifier);
      // ("fewer than 100 people died", "300 civilians were killed": people counted with the verb of their death count
      // deaths too, as "2,295 deaths" does)
      // (and so do people counted right after the verb that befell them: "had killed at least 412 people")
      const fate = id.name === PEOPLE ? fateAfter(words, kinds, i + 1, n) ?? fateBefore(words, kinds, pendingAt, from) : null;
      if (fate !== null) sink.quantity(pendingNumber, fate);
      // ("a backlog of 12,000 potholes": what is counted sizes the whole it makes up too, as "the backlog stood at 3,400"
      // does)
      const whole = wholeBefore(words, kinds, pendingAt, from);
      if (whole !== null && whole !== id) sink.quantity(pendingNumber, whole);
      pendingNumber = null;
      if (pendingTotal !== null) sink.quantity(pendingTotal, id);
    }
    pendingTotal = null;
    countedModifier = modifier && !info.adjective ? id : null;
    countedModifierAt = i;
  }
  if (pendingNumber !== null) sink.quantity(pendingNumber, pendingMoney ? conceptNamed(MONEY) : null);
}

/** Words that open a clause of time or place a ", not" corrects: "from the moment a crew was assigned, not when a call was made". */
const CORRECTED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'where', 'while', 'after', 'before', 'until', 'since']);
/** Whether a negator is among the `reach` words ending at `last`, back to `from`: "not closed | a single". */
function negatorWithin(words: ArrayLike<TokenWords>, kinds: ArrayLike<number>, last: number, from: number, reach: number): boolean {
  for (let k = last; k >= from && last - k < reach; k--) if (kinds[k] === K_WORD && NEGATORS.has(words[k].lower)) return true;
  return false;
}
/** How many words before "a single" a negator makes it none, not one ("cannot name | a single instance"). */
const SINGLE_NEGATION_REACH = 3;

/**
 * Whether the word at i is a noun that modifies a plural noun right after it, the compound's head: "prison | places",
 * "police | officers" (both lower case; the head a plural in -s the lexicon reads as a noun).
 */
function compoundModifier(words: ArrayLike<TokenWords>, kinds: ArrayLike<number>, i: number, n: number): boolean {
  if (i + 1 >= n || kinds[i + 1] !== K_WORD) return false;
  const w = words[i].lower;
  const head = words[i + 1];
  // (not "percentage points", a unit of its own, which "points" alone, a poll's lead, is not)
  // (a singular modifier: not a plural's "s", but "bus", "gas", "business" end in one too: "3,000 bus services")
  return w !== 'percentage' && posOf(w) === 'N' && !PLURAL_S.test(w) && head.text === head.lower && head.lower.endsWith('s') && posOf(head.lower) === 'N';
}

/** Heads of a compound that count occurrences of what the noun before them names: "164 spill events", "12 flood incidents". */
const OCCURRENCE_HEADS: ReadonlySet<string> = new Set(['events', 'incidents', 'instances', 'episodes', 'occurrences', 'occasions', 'cases']);

/** A number token that names a thing with capitals after its digits: "5G", "4G", "3D" (not "5th", "1990s", "10am"). */
const TECH_NAME = /^\d+\p{Lu}+$/u;

/** A word that ends in a plural's "s" (not "ss", "us" or "is": "business", "bus", "crisis"). */
const PLURAL_S = /(?<![sui])s$/;
/** Fractions of a change after "by a", and the change in percent they give ("by a third": 33). */
const CHANGE_FRACTIONS: ReadonlyMap<string, number> = new Map([['third', 33], ['quarter', 25], ['fifth', 20], ['tenth', 10]]);

/** Words that multiply the figure before them: "1.2 million people", "3.5 billion". */
const SCALE_WORDS: ReadonlyMap<string, number> = new Map([['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12]]);

/**
 * Negative pronouns of persons, whose phrase after them names whose people (`readTokens`): "Nobody | from the council";
 * not "none", whose "of" names the things counted as none, "none of her emails were marked classified", nor "nothing",
 * "he's paid nothing in federal taxes".
 */
const NEGATIVE_PRONOUNS: ReadonlySet<string> = new Set(['nobody', 'noone']);
/** The first word from index `from` the lexicon reads as a verb, within `NEGATED_VERB_REACH` tokens; else -1. */
function verbAfter(words: ArrayLike<TokenWords>, kinds: ArrayLike<number>, from: number, n: number): number {
  for (let k = from; k < n && k - from < NEGATED_VERB_REACH; k++) if (kinds[k] === K_WORD && posOf(words[k].lower) === 'V') return k;
  return -1;
}
/** How many tokens after a negative pronoun's preposition `verbAfter` looks for the verb its negation reaches. */
const NEGATED_VERB_REACH = 8;

/** Whether one of the two words before token i is a preposition ("in the region", "of Lareno"), within `from`. */
function afterPreposition(kinds: ArrayLike<number>, words: ArrayLike<TokenWords>, i: number, from: number): boolean {
  for (let k = i - 1; k >= from && k >= i - 2; k--) if (kinds[k] === K_WORD && infoOf(words[k]).preposition) return true;
  return false;
}

/** What a share counts ("27%", "27 per cent", "one in four"): the concept of the word "percent", as "27 percent" counts. */
const PERCENT = 'stem:percent';
/** What a sum of money with no word after it that names what it counts counts ("would save £800,000 at most"): money, as "pounds" does (`CONCEPT_GROUPS`). */
const MONEY = 'group:money';
/** Marks after a figure that end what it counts (`conceptsOf`). */
const FIGURE_ENDING_MARKS: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '—', '–', '.', '!', '?']);
/** The concept of a price or a cost, whose sum reached counts money (`MONEY`). */
const PRICE = 'group:price';
/** The concept of people counted (`fateAfter`). */
const PEOPLE = 'group:people';
/** The concepts of what befell people counted: "died", "were injured". */
const FATES: ReadonlySet<string> = new Set(['group:kill', 'group:injure']);
/** Auxiliaries between people counted and their verb: "were killed", "have died". */
const FATE_AUXILIARIES: ReadonlySet<string> = new Set(['were', 'was', 'have', 'had', 'been', 'are']);

/** The concept of a death or an injury right after token `from`, past auxiliaries ("| were killed"), or null. */
function fateAfter(words: ArrayLike<TokenWords>, kinds: ArrayLike<number>, from: number, n: number): Concept | null {
  let j = from;
  // (past a closing quotation mark: '"fewer than 100 people" died')
  if (j < n && kinds[j] === K_QUOTE) j++;
  while (j < n && j - from < 3 && kinds[j] === K_WORD && FATE_AUXILIARIES.has(words[j].lower)) j++;
  if (j >= n || kinds[j] !== K_WORD) return null;
  const c = infoOf(words[j]).concept;
  return c !== null && FATES.has(c.name) ? c : null;
}

/** Words between a verb and the number it counts: "killed | at least | 412 people", "injured | more than | 30". */
const FATE_NUMBER_LEADS: ReadonlySet<string> = new Set(['at', 'least', 'more', 'than', 'about', 'around', 'nearly', 'almost', 'some', 'over', 'an', 'estimated', 'up', 'to']);

/** The concept of a death or an injury in a verb in -ed right before the number at token `at`, past `FATE_NUMBER_LEADS`, or null. */
function fateBefore(words: ArrayLike<TokenWords>, kinds: ArrayLike<number>, at: number, from: number): Concept | null {
  let j = at - 1;
  while (j >= from && at - j <= 3 && kinds[j] === K_WORD && FATE_NUMBER_LEADS.has(words[j].lower)) j--;
  if (j < from || kinds[j] !== K_WORD || !words[j].lower.endsWith('ed')) return null;
  const c = infoOf(words[j]).concept;
  return c !== null && FATES.has(c.name) ? c : null;
}

/** Whether a verb of adding (`ADDING_VERBS`) stands right before the sum at token `at` (past its currency sign), past index `from`. */
function addedAt(words: ArrayLike<TokenWords>, kinds: ArrayLike<number>, at: number, from: number): boolean {
  const v = at - 1 >= from && kinds[at - 1] !== K_WORD ? at - 2 : at - 1;
  return v >= from && kinds[v] === K_WORD && ADDING_VERBS.has(words[v].lower);
}

/** Nouns of a whole that what it holds is counted in, before "of" and the count: "a backlog of 12,000 potholes". */
const WHOLE_NOUNS: ReadonlySet<string> = new Set(['backlog', 'backlogs', 'shortfall', 'surplus', 'deficit', 'queue', 'caseload', 'workforce', 'stockpile', 'tally', 'total']);

/** The concept of a whole's noun (`WHOLE_NOUNS`) right before "of" and the number at token `at`, past index `from`; else null. */
function wholeBefore(words: ArrayLike<TokenWords>, kinds: ArrayLike<number>, at: number, from: number): Concept | null {
  if (at - 2 < from || kinds[at - 1] !== K_WORD || words[at - 1].lower !== 'of' || kinds[at - 2] !== K_WORD || !WHOLE_NOUNS.has(words[at - 2].lower)) return null;
  return infoOf(words[at - 2]).concept;
}

/**
 * The share that the number `v` at token i opens, in percent, and its last token: "27%" and "27 per cent" (27),
 * "1 in 4" and "one in four" (25); else null ("27 percent" is read as a number and the word's concept).
 */
function shareAt(kinds: ArrayLike<number>, words: ArrayLike<TokenWords>, i: number, n: number, v: number): { value: number; last: number } | null {
  if (i + 1 >= n) return null;
  const next = words[i + 1];
  if (kinds[i + 1] === K_PUNCT && next.text === '%') return { value: v, last: i + 1 };
  if (kinds[i + 1] !== K_WORD) return null;
  if (next.lower === 'per' && i + 2 < n && words[i + 2].lower === 'cent') return { value: v, last: i + 2 };
  if (next.lower !== 'in' || i + 2 >= n) return null;
  // (not a year: "from £1,812 in 2020 to £2,155")
  if (kinds[i + 2] === K_NUMBER && YEAR_NUMBER.test(words[i + 2].text)) return null;
  const of = kinds[i + 2] === K_NUMBER ? numberValue(words[i + 2].text) : kinds[i + 2] === K_WORD ? NUMBER_WORDS.get(words[i + 2].lower) ?? NaN : NaN;
  return Number.isFinite(of) && of > v ? { value: Math.round((1000 * v) / of) / 10, last: i + 2 } : null;
}

/**
 * The concepts of a text as the linker reads them (`readConcepts` collected), kept with a block's findings
 * for each claim and denial target so that the linker need not tokenize their texts again. One flat list
 * (smaller than an object of lists; there are thousands in a long document):
 * - `[0]`: n, the number of concept mentions; `[1]`: 1 when a negator is among the words, else 0;
 * - `[2]` to `[2 + n - 1]`: the concepts (`Concept`) in the order they are mentioned (repeats included);
 * - then, for each number with the concept it counts ("500 drones"), in order: the value, the concept
 *   (a number that no word concept follows is left out).
 */
export type ConceptReading = readonly (Concept | number)[];

/** Where the concepts of a `ConceptReading` begin. */
export const READING_CONCEPTS = 2;

/** Collects a `ConceptReading` (one instance: each reading runs to its end before the next). */
class ReadingCollector implements ConceptSink {
  private readonly concepts: Concept[] = [];
  private n = 0;
  private negated = false;
  private readonly quantities: Array<Concept | number> = [];
  private q = 0;

  start(): void {
    this.n = 0;
    this.q = 0;
    this.negated = false;
  }

  concept(c: Concept): void {
    this.concepts[this.n++] = c;
  }

  quantity(value: number, c: Concept | null): void {
    if (c === null) return;
    this.quantities[this.q++] = value;
    this.quantities[this.q++] = c;
  }

  negation(): void {
    this.negated = true;
  }

  // (kept among the quantities with a NaN value: a reading stays one flat list)
  negatedConcept(c: Concept): void {
    this.quantities[this.q++] = NaN;
    this.quantities[this.q++] = c;
  }

  /** The reading, in a list of its exact length. */
  done(): ConceptReading {
    const n = this.n;
    const out = new Array<Concept | number>(READING_CONCEPTS + n + this.q);
    out[0] = n;
    out[1] = this.negated ? 1 : 0;
    for (let k = 0; k < n; k++) out[READING_CONCEPTS + k] = this.concepts[k];
    for (let k = 0; k < this.q; k++) out[READING_CONCEPTS + n + k] = this.quantities[k];
    return out;
  }
}
const collector = new ReadingCollector();

/** The concepts of a text. */
export function readingOf(text: string): ConceptReading {
  collector.start();
  readConcepts(text, collector);
  return collector.done();
}

/** A block's token as `readingOfSpan` reads it. */
export interface SpanToken extends TokenWords {
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
}

/** A token's start, as a key of `lowerBound`. */
const spanTokenStart = (t: SpanToken): number => t.start;

/** Kinds of the tokens `readingOfSpan` reads, as numbers (`TOKEN_KINDS`). */
let spanKinds = new Uint8Array(256);

/**
 * The concepts of `text.slice(r[0], r[1])` read from `toks`, the tokens of the whole of `text` (a block),
 * without tokenizing the span again: what `readingOf` gives for that slice, or null when the block's
 * tokens inside the span may not be the slice's own tokens (where the span cuts into a token, or
 * tokenizing the slice alone could split its ends otherwise), for the caller to read the text.
 */
export function readingOfSpan(text: string, toks: readonly SpanToken[], r: readonly [number, number]): ConceptReading | null {
  const a = r[0];
  const b = r[1];
  // the first token starting in the span, and the first after it
  const from = lowerBound(toks, a, spanTokenStart);
  const to = lowerBound(toks, b, spanTokenStart, from);
  if (!spanTokensAreOwn(text, toks, a, b, from, to)) return null;
  if (spanKinds.length < toks.length) spanKinds = new Uint8Array(Math.max(toks.length, 2 * spanKinds.length));
  const kinds = spanKinds;
  for (let k = from; k < to; k++) {
    const kind = toks[k].kind;
    kinds[k] = kind === 'word' ? K_WORD : kind === 'number' ? K_NUMBER : K_PUNCT;
  }
  collector.start();
  readTokens(kinds, toks, from, to, collector);
  return collector.done();
}

/**
 * Whether tokens `from` to `to` (excluded) of a text's tokens `toks`, those starting in [a, b), are the
 * tokens of `text.slice(a, b)` itself. The tokenizer reads a text from left to right with no state but
 * its place, and looks past a token's end only to extend it, except for a dotted acronym ("U.S.", not
 * followed by a letter). So the tokens agree unless a token of the text runs across `a` or `b`, the one at
 * `a` is the "'s" split off a word before it (which the slice would read as a quote and a word), or a letter
 * follows `b` (the letter that kept "U.S." in "U.S.A" from being an acronym).
 */
function spanTokensAreOwn(text: string, toks: readonly SpanToken[], a: number, b: number, from: number, to: number): boolean {
  if (from > 0 && toks[from - 1].end > a) return false;
  if (to > from && toks[to - 1].end > b) return false;
  if (from < to && toks[from].kind === 'word') {
    const c = toks[from].text.charCodeAt(0);
    if (c === 39 || c === 0x2019) return false;
  }
  if (b < text.length) {
    const c = text.charCodeAt(b);
    if (c >= 128 ? !NOT_LETTER.test(text[b]) : (c | 32) >= 97 && (c | 32) <= 122) return false;
  }
  return true;
}

/** A character that is no letter (for a code unit of a surrogate pair, as for a letter). */
const NOT_LETTER = /^[^\p{L}\ud800-\udfff]$/u;

export function conceptsOf(text: string): ConceptBag {
  const concepts = new Set<string>();
  const quantities: ConceptBag['quantities'] = [];
  let negated = false;
  readConcepts(text, {
    concept: (c) => void concepts.add(c.name),
    quantity: (value, concept) => void quantities.push(value < 0 ? { value: -value, concept: concept?.name ?? null, atLeast: true } : { value, concept: concept?.name ?? null }),
    negation: () => void (negated = true),
    negatedConcept: () => undefined,
  });
  return { concepts, negated, quantities };
}
