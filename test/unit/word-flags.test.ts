import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  F_ALLEGATION_VERB, F_ALLEGED, F_AUX, F_CAP, F_CLAIM_DATE, F_CLAUSE_WORD, F_CUE_PHRASE_FIRST, F_CUE_VERB, F_DATE_WORD, F_DENIAL_VERB,
  F_DETERMINER, F_FALSITY_FIRST, F_FALSITY_VERB, F_FIRST_PERSON, F_MONTH_ABBREVIATION, F_NON_CUE, F_NO_EVIDENCE_FIRST, F_NP_PREPOSITION,
  F_OBLIGATION, F_POS_MASK, F_PRONOUN, F_SOURCE_NOUN, F_TARGET_CLAUSE_STOP, F_VP_CONJUNCTION, POS_CLASSES, wordFlags,
  F_CLAIM_OPENER, F_LY_WORD, F_NUMBER_WORD,
} from '../../src/core/detect/word-flags';
import { COMPANY_FORMS, posOf, AUX, CLAUSE_WORDS, DETERMINERS, NP_PREPOSITIONS, NUMBER_WORDS, PERSONAL_PRONOUNS, PRONOUN_CONTRACTIONS, SOURCE_NOUNS, MONTHS, WEEKDAYS, DATE_WORDS, VP_CONJUNCTIONS } from '../../src/core/data/lexicon';
import { ALLEGATION_VERBS, CUE_PHRASES, CUE_VERBS, NON_CUE_CONTEXTS, cueVerbForm } from '../../src/core/data/cues';
import { CONTRACTED_FALSITY_VERBS, DENIAL_VERBS, FALSITY_PHRASES, FALSITY_VERBS, MISREPRESENTING_VERBS, NO_EVIDENCE_PHRASES, TARGET_CLAUSE_STOPS, denialVerbOf } from '../../src/core/data/denials';
import { DEMAND_SUBJECTS, DEMAND_WORDS, OBLIGATION_WORDS, OPINION_STARTS, PRONOUN_SUBJECTS, UNSAID_VERBS } from '../../src/core/data/claims';

/** Each flag asked of the sets themselves, one lookup each (what `wordFlags` answers with one lookup of all lists). */
function reference(text: string, lower: string): number {
  // (a company form in capitals is a word of a name: "Fjordbygg AS" is no "as", so no list bit is set)
  if (COMPANY_FORMS.has(text)) return 1 | F_CAP;
  // (a word the lexicon lacks in "-ed", but for one in "un-", is read as a verb)
  const guessed = posOf(lower) === undefined && /^[a-z]{3,}ed$/.test(lower) && !lower.startsWith('un') ? 'V' : posOf(lower);
  const pos = POS_CLASSES.indexOf(guessed);
  let f = (pos < 0 ? 0 : pos + 1);
  const upper = text.length > 0 && ((text.charCodeAt(0) >= 65 && text.charCodeAt(0) <= 90) || (text.charCodeAt(0) > 127 && text[0] !== text[0].toLowerCase()));
  if (upper) f |= F_CAP;
  if (cueVerbForm(lower)) f |= F_CUE_VERB;
  if (CUE_PHRASES.some((p) => p.words[0] === lower)) f |= F_CUE_PHRASE_FIRST;
  if (ALLEGATION_VERBS.has(lower)) f |= F_ALLEGATION_VERB;
  // (a common verb that denies only in its phrase, "shot down", is looked at as a no-evidence phrase's first word is)
  const denial = denialVerbOf(lower);
  if (denial) f |= denial.phrasal === true ? F_NO_EVIDENCE_FIRST : F_DENIAL_VERB;
  if (NO_EVIDENCE_PHRASES.some((p) => p.words[0] === lower)) f |= F_NO_EVIDENCE_FIRST;
  // (a contracted "isn't", "don't" is read as "is not true", "don't add up" are: a falsity verb and a phrase's first word)
  if (FALSITY_VERBS.has(lower) || CONTRACTED_FALSITY_VERBS.has(lower) || MISREPRESENTING_VERBS.has(lower)) f |= F_FALSITY_VERB;
  if (FALSITY_PHRASES.some((p) => p.words[0] === lower) || CONTRACTED_FALSITY_VERBS.has(lower)) f |= F_FALSITY_FIRST;
  if (DETERMINERS.has(lower)) f |= F_DETERMINER;
  if (AUX.has(lower)) f |= F_AUX;
  if (CLAUSE_WORDS.has(lower)) f |= F_CLAUSE_WORD;
  if (SOURCE_NOUNS.has(lower)) f |= F_SOURCE_NOUN;
  if (NP_PREPOSITIONS.has(lower)) f |= F_NP_PREPOSITION;
  // (a pronoun with a verb too: "I'd", "they're")
  if (Object.hasOwn(PERSONAL_PRONOUNS, lower) || Object.hasOwn(PRONOUN_CONTRACTIONS, lower)) f |= F_PRONOUN;
  if (MONTHS.has(lower) || WEEKDAYS.has(lower) || lower === 'yesterday' || lower === 'percent' || lower === '%') f |= F_CLAIM_DATE;
  if (['we', 'us', 'our', 'i', 'me', 'my'].includes(lower) || PRONOUN_CONTRACTIONS[lower] === 'i' || PRONOUN_CONTRACTIONS[lower] === 'we') f |= F_FIRST_PERSON;
  if (OBLIGATION_WORDS.has(lower)) f |= F_OBLIGATION;
  if (['alleged', 'purported', 'suspected'].includes(lower)) f |= F_ALLEGED;
  if (DATE_WORDS.has(lower)) f |= F_DATE_WORD;
  if (MONTHS.has(`${lower}.`)) f |= F_MONTH_ABBREVIATION;
  if (NON_CUE_CONTEXTS.some((c) => c.cue === lower)) f |= F_NON_CUE;
  if (VP_CONJUNCTIONS.has(lower)) f |= F_VP_CONJUNCTION;
  if (TARGET_CLAUSE_STOPS.has(lower)) f |= F_TARGET_CLAUSE_STOP;
  if (lower.endsWith('ly') && lower.length > 4 && !['only', 'family', 'ally', 'italy', 'july', 'reply', 'supply', 'assembly', 'rally'].includes(lower)) f |= F_LY_WORD;
  if (DEMAND_WORDS.has(lower) || DEMAND_SUBJECTS.has(lower) || OPINION_STARTS.has(lower) || PRONOUN_SUBJECTS.has(lower) || UNSAID_VERBS.has(lower)) f |= F_CLAIM_OPENER;
  if (NUMBER_WORDS.has(lower)) f |= F_NUMBER_WORD;
  return f;
}

/** The flags without the bit that marks a computed value. */
const listed = (f: number): number => f & ~(1 << 29);

describe('wordFlags', () => {
  it('sets, for every word of every list and its capitalised form, the bits the lists give it', () => {
    const words = new Set<string>([
      ...AUX, ...CLAUSE_WORDS, ...DETERMINERS, ...NP_PREPOSITIONS, ...Object.keys(PERSONAL_PRONOUNS), ...Object.keys(PRONOUN_CONTRACTIONS), ...SOURCE_NOUNS, ...MONTHS, ...WEEKDAYS,
      ...DATE_WORDS, ...VP_CONJUNCTIONS, ...ALLEGATION_VERBS, ...CUE_PHRASES.map((p) => p.words[0]), ...NON_CUE_CONTEXTS.map((c) => c.cue),
      ...FALSITY_PHRASES.map((p) => p.words[0]), ...FALSITY_VERBS, ...NO_EVIDENCE_PHRASES.map((p) => p.words[0]), ...TARGET_CLAUSE_STOPS,
      ...OBLIGATION_WORDS, ...DEMAND_WORDS, ...OPINION_STARTS, ...DEMAND_SUBJECTS, ...PRONOUN_SUBJECTS, ...UNSAID_VERBS, ...CUE_VERBS.map((v) => v.lemma), ...DENIAL_VERBS.map((v) => v.lemma), 'jan', 'sept', 'percent', '%', 'yesterday',
      'alleged', 'we', 'Lavrov', 'reportedly', 'family', 'Italy', 'fly', 'early', 'Élysée', '1,000', '5th', 'the', '', ...NUMBER_WORDS.keys(), 'AS', 'AG', 'as',
    ]);
    for (const w of words) {
      const lower = w.toLowerCase();
      assert.equal(listed(wordFlags(w, lower)), reference(w, lower), w);
      const cap = w.charAt(0).toUpperCase() + w.slice(1);
      assert.equal(listed(wordFlags(cap, lower)), reference(cap, lower), cap);
    }
  });

  it('reads a word the lexicon lacks in "-ed" as a verb ("mocked"), but not one in "un-" ("unqualified")', () => {
    const posOfWord = (w: string): string | undefined => POS_CLASSES[(wordFlags(w, w.toLowerCase()) & F_POS_MASK) - 1];
    assert.equal(posOf('mocked'), undefined);
    assert.deepEqual(['mocked', 'Mocked', 'unqualified', 'bed', 'mocking'].map(posOfWord), ['V', 'V', undefined, posOf('bed'), posOf('mocking')]);
  });

  it('gives any text the bits the lists give it, never 0', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (w) => {
        const lower = w.toLowerCase();
        const f = wordFlags(w, lower);
        assert.notEqual(f, 0);
        assert.equal(listed(f), reference(w, lower));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the part of speech, the capital and the list bits of a word', () => {
    const f = wordFlags('While', 'while');
    assert.equal((f & F_CAP) !== 0, true);
    assert.equal((f & F_VP_CONJUNCTION) !== 0, true);
    assert.equal((f & F_TARGET_CLAUSE_STOP) !== 0, true);
    assert.equal(POS_CLASSES[(wordFlags('said', 'said') & F_POS_MASK) - 1], 'V');
    assert.equal(wordFlags('Jan', 'jan') & F_MONTH_ABBREVIATION, F_MONTH_ABBREVIATION);
  });
});
