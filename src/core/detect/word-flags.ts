/**
 * What the detectors ask about a word, answered once per distinct token text: its coarse part of
 * speech, whether it is capitalised, and which word lists of src/core/data it is in, packed into one
 * small integer (`Tok.f`). The detectors test a bit where they would look the word up in a set, and
 * skip a token at once when no rule can begin there.
 *
 * Every list bit is a fact about the token's lower-case form (`Tok.lower`), so testing it gives the
 * same answer as the set lookup it replaces; the capital bit is about the first character of `text`.
 */
import { posOf, type PosClass, AUX, CLAUSE_WORDS, DETERMINERS, NP_PREPOSITIONS, PERSONAL_PRONOUNS, SOURCE_NOUNS, MONTHS, WEEKDAYS, DATE_WORDS } from '../data/lexicon';
import { ALLEGATION_VERBS, CUE_PHRASES, NON_CUE_CONTEXTS, cueVerbForm } from '../data/cues';
import { FALSITY_PHRASES, FALSITY_VERBS, NO_EVIDENCE_PHRASES, denialVerbOf } from '../data/denials';
import { OBLIGATION_WORDS } from '../data/claims';

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
/** A copula or verb of judgement before a falsity predicate (`FALSITY_VERBS`). */
export const F_FALSITY_VERB = 1 << 10;
/** The first word of a falsity phrase ("false", "a", "not", "without"). */
export const F_FALSITY_FIRST = 1 << 11;
export const F_DETERMINER = 1 << 12;
export const F_AUX = 1 << 13;
export const F_CLAUSE_WORD = 1 << 14;
export const F_SOURCE_NOUN = 1 << 15;
export const F_NP_PREPOSITION = 1 << 16;
/** A personal pronoun (`PERSONAL_PRONOUNS`). */
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
/** Set on every computed value, so that a computed value is never 0. */
const F_DONE = 1 << 29;

/** Any word where an attribution rule may begin (a cue phrase, an allegation verb, a cue verb). */
export const F_ATTRIBUTION_START = F_CUE_VERB | F_CUE_PHRASE_FIRST | F_ALLEGATION_VERB;
/** Any word where a denial rule may begin (a denial verb, a no-evidence phrase, a falsity predicate's verb). */
export const F_DENIAL_START = F_DENIAL_VERB | F_NO_EVIDENCE_FIRST | F_FALSITY_VERB;

const PHRASE_FIRST = new Set(CUE_PHRASES.map((p) => p.words[0]));
const NO_EVIDENCE_FIRST = new Set(NO_EVIDENCE_PHRASES.map((p) => p.words[0]));
const FALSITY_FIRST = new Set(FALSITY_PHRASES.map((p) => p.words[0]));
const PRONOUNS = new Set(Object.keys(PERSONAL_PRONOUNS));
const FIRST_PERSON = new Set(['we', 'us', 'our', 'i', 'me', 'my']);
const ALLEGED = new Set(['alleged', 'purported', 'suspected']);
const NON_CUE_WORDS = new Set(NON_CUE_CONTEXTS.map((c) => c.cue));

function isUpper(code: number, ch: string): boolean {
  return (code >= 65 && code <= 90) || (code > 127 && ch !== ch.toLowerCase());
}

/** The flags of a token text and its lower-case form. */
export function wordFlags(text: string, lower: string): number {
  const pos = POS_CLASSES.indexOf(posOf(lower));
  let f = F_DONE | (pos < 0 ? 0 : pos + 1);
  if (text.length > 0 && isUpper(text.charCodeAt(0), text[0])) f |= F_CAP;
  if (cueVerbForm(lower)) f |= F_CUE_VERB;
  if (PHRASE_FIRST.has(lower)) f |= F_CUE_PHRASE_FIRST;
  if (ALLEGATION_VERBS.has(lower)) f |= F_ALLEGATION_VERB;
  if (denialVerbOf(lower)) f |= F_DENIAL_VERB;
  if (NO_EVIDENCE_FIRST.has(lower)) f |= F_NO_EVIDENCE_FIRST;
  if (FALSITY_VERBS.has(lower)) f |= F_FALSITY_VERB;
  if (FALSITY_FIRST.has(lower)) f |= F_FALSITY_FIRST;
  if (DETERMINERS.has(lower)) f |= F_DETERMINER;
  if (AUX.has(lower)) f |= F_AUX;
  if (CLAUSE_WORDS.has(lower)) f |= F_CLAUSE_WORD;
  if (SOURCE_NOUNS.has(lower)) f |= F_SOURCE_NOUN;
  if (NP_PREPOSITIONS.has(lower)) f |= F_NP_PREPOSITION;
  if (PRONOUNS.has(lower)) f |= F_PRONOUN;
  if (MONTHS.has(lower) || WEEKDAYS.has(lower) || lower === 'yesterday' || lower === 'percent' || lower === '%') f |= F_CLAIM_DATE;
  if (FIRST_PERSON.has(lower)) f |= F_FIRST_PERSON;
  if (OBLIGATION_WORDS.has(lower)) f |= F_OBLIGATION;
  if (ALLEGED.has(lower)) f |= F_ALLEGED;
  if (DATE_WORDS.has(lower)) f |= F_DATE_WORD;
  if (MONTHS.has(`${lower}.`)) f |= F_MONTH_ABBREVIATION;
  if (NON_CUE_WORDS.has(lower)) f |= F_NON_CUE;
  return f;
}
