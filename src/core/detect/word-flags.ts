/**
 * What the detectors ask about a word, answered once per distinct token text: its coarse part of
 * speech, whether it is capitalised, and which word lists of src/core/data it is in, packed into one
 * small integer (`Tok.f`). The detectors test a bit where they would look the word up in a set, and
 * skip a token at once when no rule can begin there.
 *
 * Every list bit is a fact about the token's lower-case form (`Tok.lower`), so testing it gives the
 * same answer as the set lookup it replaces; the capital bit is about the first character of `text`.
 */
import { COMPANY_FORMS, posOf, type PosClass, AUX, CLAUSE_WORDS, DETERMINERS, NP_PREPOSITIONS, PERSONAL_PRONOUNS, PRONOUN_CONTRACTIONS, SOURCE_NOUNS, MONTHS, WEEKDAYS, DATE_WORDS, VP_CONJUNCTIONS, ADVERB_EXCEPTIONS, NUMBER_WORDS } from '../data/lexicon';
import { ALLEGATION_VERBS, CUE_PHRASES, NON_CUE_CONTEXTS, cueVerbForm } from '../data/cues';
import { CONTRACTED_FALSITY_VERBS, FALSITY_PHRASES, FALSITY_VERBS, MISREPRESENTING_VERBS, NO_EVIDENCE_PHRASES, TARGET_CLAUSE_STOPS, denialVerbOf } from '../data/denials';
import { DEMAND_SUBJECTS, DEMAND_WORDS, OBLIGATION_WORDS, OPINION_STARTS, PRONOUN_SUBJECTS, UNSAID_VERBS } from '../data/claims';

/** Bits 0-3: 1 + the index of the part of speech in `POS_CLASSES` (1: unknown). */
export const POS_CLASSES: readonly (PosClass | undefined)[] = [undefined, 'V', 'M', 'N', 'P', 'J', 'R', 'I', 'D', 'C', 'O', 'Q'];
export const F_POS_MASK = 15;
/** The text starts with an upper-case letter. */
export const F_CAP = 1 << 4;
/** A form of a cue verb (`cueVerbForm`). */
export const F_CUE_VERB = 1 << 5;
/** The first word of a cue phrase ("according", "called", "points"). */
export const F_CUE_PHRASE_FIRST = 1 << 6;
/** A verb of "repeating charges that" (`ALLEGATION_VERBS`). */
export const F_ALLEGATION_VERB = 1 << 7;
/** A form of a denial verb (`denialVerbOf`). */
export const F_DENIAL_VERB = 1 << 8;
/** The first word of a no-evidence phrase ("no", "not", "nothing"). */
export const F_NO_EVIDENCE_FIRST = 1 << 9;
/** A copula or verb of judgement before a falsity predicate (`FALSITY_VERBS`), or a verb of falsity itself (`MISREPRESENTING_VERBS`). */
export const F_FALSITY_VERB = 1 << 10;
/** The first word of a falsity phrase ("false", "a", "not", "without"). */
export const F_FALSITY_FIRST = 1 << 11;
export const F_DETERMINER = 1 << 12;
export const F_AUX = 1 << 13;
export const F_CLAUSE_WORD = 1 << 14;
export const F_SOURCE_NOUN = 1 << 15;
export const F_NP_PREPOSITION = 1 << 16;
/** A personal pronoun (`PERSONAL_PRONOUNS`), alone or with a verb (`PRONOUN_CONTRACTIONS`: "I'm"). */
export const F_PRONOUN = 1 << 17;
/** A date word for check-worthiness: a month, a weekday, "yesterday", "percent", "%". */
export const F_CLAIM_DATE = 1 << 18;
/** we, us, our, i, me, my. */
export const F_FIRST_PERSON = 1 << 19;
/** `OBLIGATION_WORDS`. */
export const F_OBLIGATION = 1 << 20;
/** alleged, purported, suspected. */
export const F_ALLEGED = 1 << 21;
/** A word of a date after a cue verb (`DATE_WORDS`: months, weekdays, "yesterday", "morning"). */
export const F_DATE_WORD = 1 << 22;
/** A month abbreviation without its full stop ("jan": `MONTHS` has "jan."). */
export const F_MONTH_ABBREVIATION = 1 << 23;
/** The cue word of a non-cue context ("noting" in "worth noting": `NON_CUE_CONTEXTS`). */
export const F_NON_CUE = 1 << 24;
/** A conjunction that may join a second verb phrase ("and", "but", "while": `VP_CONJUNCTIONS`). */
export const F_VP_CONJUNCTION = 1 << 25;
/** A word that ends a denial's target clause ("saying", "which", "but": `TARGET_CLAUSE_STOPS`). */
export const F_TARGET_CLAUSE_STOP = 1 << 26;
/** A word the check-worthiness of a claim reads at the claim's start (`DEMAND_WORDS`, `DEMAND_SUBJECTS`, `OPINION_STARTS`, `PRONOUN_SUBJECTS`). */
export const F_CLAIM_OPENER = 1 << 27;
/** A word in -ly of five letters or more that is no noun or name in -ly ("reportedly", not "family", "italy": `ADVERB_EXCEPTIONS`). */
export const F_LY_WORD = 1 << 28;
/** Set on every computed value, so that a computed value is never 0. */
const F_DONE = 1 << 29;
/** A number written as a word ("three", "dozen": `NUMBER_WORDS`), counted as a number in a claim. */
export const F_NUMBER_WORD = 1 << 30;

/** Any word where an attribution rule may begin (a cue phrase, an allegation verb, a cue verb). */
export const F_ATTRIBUTION_START = F_CUE_VERB | F_CUE_PHRASE_FIRST | F_ALLEGATION_VERB;
/** Any word where a denial rule may begin (a denial verb, a no-evidence phrase, a falsity predicate's verb). */
export const F_DENIAL_START = F_DENIAL_VERB | F_NO_EVIDENCE_FIRST | F_FALSITY_VERB;

/**
 * The word lists a flag bit stands for, each bit set for every word of its lists (the lower-case forms).
 * `wordFlags` reads a word's bits of all of them in one lookup of `LIST_FLAGS`, built from these.
 */
const FLAG_LISTS: readonly (readonly [number, Iterable<string>])[] = [
  [F_CUE_PHRASE_FIRST, CUE_PHRASES.map((p) => p.words[0])],
  [F_ALLEGATION_VERB, ALLEGATION_VERBS],
  [F_NO_EVIDENCE_FIRST, NO_EVIDENCE_PHRASES.map((p) => p.words[0])],
  [F_FALSITY_VERB, [...FALSITY_VERBS, ...CONTRACTED_FALSITY_VERBS.keys(), ...MISREPRESENTING_VERBS]],
  [F_FALSITY_FIRST, [...FALSITY_PHRASES.map((p) => p.words[0]), ...CONTRACTED_FALSITY_VERBS.keys()]],
  [F_DETERMINER, DETERMINERS],
  [F_AUX, AUX],
  [F_CLAUSE_WORD, CLAUSE_WORDS],
  [F_SOURCE_NOUN, SOURCE_NOUNS],
  [F_NP_PREPOSITION, NP_PREPOSITIONS],
  [F_PRONOUN, [...Object.keys(PERSONAL_PRONOUNS), ...Object.keys(PRONOUN_CONTRACTIONS)]],
  [F_CLAIM_DATE, [...MONTHS, ...WEEKDAYS, 'yesterday', 'percent', '%']],
  // (and their contractions: "I've seen the emails", "we're")
  [F_FIRST_PERSON, ['we', 'us', 'our', 'i', 'me', 'my', ...Object.keys(PRONOUN_CONTRACTIONS).filter((w) => PRONOUN_CONTRACTIONS[w] === 'i' || PRONOUN_CONTRACTIONS[w] === 'we')]],
  [F_OBLIGATION, OBLIGATION_WORDS],
  [F_ALLEGED, ['alleged', 'purported', 'suspected', 'accused', 'charged']],
  [F_DATE_WORD, DATE_WORDS],
  // "jan" for "jan.": a month abbreviation without its full stop
  [F_MONTH_ABBREVIATION, [...MONTHS].filter((m) => m.endsWith('.')).map((m) => m.slice(0, -1))],
  [F_NON_CUE, NON_CUE_CONTEXTS.map((c) => c.cue)],
  [F_VP_CONJUNCTION, VP_CONJUNCTIONS],
  [F_TARGET_CLAUSE_STOP, TARGET_CLAUSE_STOPS],
  [F_CLAIM_OPENER, [...DEMAND_WORDS, ...DEMAND_SUBJECTS, ...OPINION_STARTS, ...PRONOUN_SUBJECTS, ...UNSAID_VERBS]],
  [F_NUMBER_WORD, NUMBER_WORDS.keys()],
];

/** By lower-case form, the union of the bits of the lists (`FLAG_LISTS`) the word is in. */
const LIST_FLAGS = new Map<string, number>();
for (const [bit, words] of FLAG_LISTS) for (const w of words) LIST_FLAGS.set(w, (LIST_FLAGS.get(w) ?? 0) | bit);

function isUpper(code: number, ch: string): boolean {
  return (code >= 65 && code <= 90) || (code > 127 && ch !== ch.toLowerCase());
}

/**
 * The flags of a token text and its lower-case form: four lookups (part of speech, cue verb, denial
 * verb, the word lists) and a test of the ending, computed once per distinct text (see context.ts).
 */
export function wordFlags(text: string, lower: string): number {
  // ("Fjordbygg AS": a company form, a word of the name like any unknown capitalised word)
  if (COMPANY_FORMS.has(text)) return F_DONE | 1 | F_CAP;
  const known = POS_CLASSES.indexOf(posOf(lower));
  // (a word the lexicon lacks in "-ed" is a verb's past, "Reid mocked Romney"; but not one in "un-", an adjective,
  // "unqualified", "unsubstantiated")
  const pos = known <= 0 && lower.length > 4 && lower.endsWith('ed') && !lower.startsWith('un') && /^[a-z]+$/.test(lower) ? POS_CLASSES.indexOf('V') : known;
  let f = F_DONE | (pos < 0 ? 0 : pos + 1) | (LIST_FLAGS.get(lower) ?? 0);
  if (text.length > 0 && isUpper(text.charCodeAt(0), text[0])) f |= F_CAP;
  // (a verb that reports only after its content, ", the BBC understands.", starts a rule's search but is no verb of
  // saying to the rest: "but understood why people did" goes on with what is said)
  const cue = cueVerbForm(lower);
  if (cue) f |= cue.verb.postposedOnly === true ? F_CUE_PHRASE_FIRST : F_CUE_VERB;
  const denial = denialVerbOf(lower);
  if (denial) f |= denial.phrasal === true ? F_NO_EVIDENCE_FIRST : F_DENIAL_VERB;
  if (lower.endsWith('ly') && lower.length > 4 && !ADVERB_EXCEPTIONS.has(lower)) f |= F_LY_WORD;
  return f;
}
