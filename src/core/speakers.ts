/**
 * Canonical speaker names. "Russian Foreign Minister Sergey Lavrov", "Lavrov" and a later "he" are
 * one speaker, "Sergey Lavrov": titles, roles, places and demonyms are stripped from a name; a bare
 * surname is completed from a full name the article used; pronouns take the nearest earlier speaker
 * of the right kind.
 */
import { K_NUMBER, K_WORD, scanTokens, type ScannedTokens, type TokenText } from './text/tokenize';
import { ADJUNCT_PREPS, UTILITY_WORDS, BODY_NOUNS, BUSINESS_ROLES, DEMONYM_PERSONS, DETERMINERS, FRONTING_WORDS, GROUP_NOUNS, INSTITUTION_HEADS, MEMBER_BODY_HEADS, NUMBER_WORDS, TITLE_SURNAMES, TITLE_WORDS, TRADE_TITLES, PERSONAL_PRONOUNS, NON_NAME_DATES, SUBORDINATORS, DEPARTMENT_HEAD, CHARGE_PARTICIPLES, posOf } from './data/lexicon';
import { NAME_END_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './data/abbreviations';
import { CONTACT_VERBS, EVIDENCE_NOUNS, SEEN_BY_PARTICIPLES, SPOKE_VERBS, SPREAD_PARTICIPLES } from './data/cues';
import { placeOf } from './link/places';
import { memoByString } from './util/memo';
import { FORM_HEADS, fullNamePronoun, GENDERED_ROLES, NEWSPAPER_NAME_WORDS, NEWSPAPER_NOUNS, GENDERED_TITLES, givenNamePronoun, isGivenName, KIN_ROLES, ORDERING_MODIFIERS, CAMPAIGN_CALL_LINKS, CAMPAIGN_CALL_VERBS, PARTY_NAMES, PARTY_NOUNS, REGULATOR_NAMES, REGULATOR_NOUNS, ROLE_PRONOUNS, SINGULAR_IN_S, WRITTEN_SOURCE_NOUNS } from './data/names';

export type SpeakerKind = 'person' | 'group' | 'other';

export interface CanonicalName {
  name: string;
  kind: SpeakerKind;
}

const LEADING = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'own']);
/** The length of the longest word of LEADING. */
const MAX_LEADING = 5;

/** A Markdown link, its text the first group: "[the ONS](https://www.ons.gov.uk)"; or a link's end or start a span cut off (its text then the span's own). */
const MARKDOWN_LINK = /\[([^\]]*)\]\([^)]*\)|\]\([^)]*\)|\[(?=[^\]]*$)/g;

/** A clause's words up to its comma, past a figure's own comma ("accused of accepting £250,000 in bribes"), as a pattern. */
const TO_COMMA = String.raw`(?:[^,]|(?<=\d),(?=\d))*`;
/** A charge's participle phrase on a source, as a pattern: "A nurse | accused of murdering seven babies" (`CHARGE_PARTICIPLES`). */
function chargeTail(): string {
  const alts = [...CHARGE_PARTICIPLES].map(([p, preps]) => `${p}\\s+(?:${[...preps].join('|')})`);
  return String.raw`\s+(?:` + alts.join('|') + String.raw`)\s` + TO_COMMA;
}
/** A restrictive relative clause on a source phrase, to its comma: "An official | who spoke on condition of anonymity", "the laboratory | that analyzed the sample", "A nurse | accused of murder" ("that" after a noun in lower case: not "Did | that mean Garcia"; not after a comma: "The post's author, who goes by the name X"). */
const RELATIVE_TAIL = new RegExp(String.raw`(?<!,)\s+(?:who|whom)\s` + TO_COMMA + String.raw`|(?<=(?:^|\s)\p{Ll}[\p{L}'-]*)\s+that\s` + TO_COMMA + '|' + chargeTail(), 'u');

/** A reflexive pronoun ending a source phrase: "Quinn herself". */
/** A relative clause after a comma, last in a source: "One, who asked not to be named" (`canonicalName`). */
const RELATIVE_ASIDE = /,\s+(?:who|whom)\s[^,]*,?$/;
const REFLEXIVE_TAIL = /\s+(?:himself|herself|itself|themselves)$/i;
/** Letters after a name for an office or an honour: "Anna Lowe KC", "Keir Starmer MP", "Jane Hill OBE". */
const POSTNOMINAL_TAIL = /,?\s+(?:KC|QC|MP|MPs|MEP|MSP|MS|AM|OBE|CBE|MBE|KBE|DBE)$/;
/**
 * Whether a phrase that ends with letters at `at` is a role with an elected member's title ("A Conservative MP", "the
 * local MP"): it opens with a determiner or a lower-case word, the letters are a member's (`MEMBER_TITLES`), and no given
 * name comes two words before them ("former minister Jo Stevens MP" is Jo Stevens).
 */
function memberRole(phrase: string, at: number): boolean {
  if (!ROLE_OPENING.test(phrase) || !MEMBER_TITLES.has(phrase.slice(at).replace(/^,?\s+/, ''))) return false;
  const before = phrase.slice(0, at).split(' ');
  return before.length < 2 || !isGivenName(before[before.length - 2].toLowerCase());
}
/** A phrase that opens with a determiner or a lower-case word: a role's, not a name's ("A Conservative MP", "the local MP"). */
const ROLE_OPENING = /^(?:\p{Ll}|(?:A|An|The|One|Another)\s)/u;

/**
 * A phrase without a reflexive that stresses the name ("Quinn herself", "the minister himself") or letters after a name
 * of two words at least ("Anna Lowe KC", "Keir Starmer MP"; "Labour MP" is a role).
 */
function withoutTail(phrase: string): string {
  // ("A customs official who spoke on condition of anonymity": the relative clause says why, it names no one)
  // (up to its comma: "The photographer who took it, Ana Reid" is Ana Reid)
  const relative = RELATIVE_TAIL.exec(phrase);
  let out = relative !== null && relative.index > 0 ? phrase.slice(0, relative.index) + phrase.slice(relative.index + relative[0].length) : phrase;
  const reflexive = REFLEXIVE_TAIL.exec(out);
  if (reflexive !== null && reflexive.index > 0) out = out.slice(0, reflexive.index);
  const letters = POSTNOMINAL_TAIL.exec(out);
  // (after a name: not after a role's determiner or lower-case word, "A Conservative MP", "the local MP")
  if (letters !== null && out.lastIndexOf(' ', letters.index - 1) > 0 && !memberRole(out, letters.index)) out = out.slice(0, letters.index);
  // ("NHS England data for October", "Home Office figures for 2024": the period the evidence covers names no one)
  const period = PERIOD_TAIL.exec(out);
  // (not the noun alone, "Data for March", which names no one either way)
  if (period !== null && out.lastIndexOf(' ', period.index - 1) > 0) out = out.slice(0, period.index);
  return out;
}

/** A period a document covers, after its noun: " for October", " for 2024", " for the first quarter" (`withoutTail`). */
const PERIOD_TAIL = /(?<=\b(?:data|figures|statistics|numbers)) for (?:the (?:first|second|third|fourth|last) (?:quarter|half)(?: of \d{4})?|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?|\d{4}(?:-\d{2,4})?|last (?:year|month|week))$/i;

/** A person's office, spokesperson or lawyer, who speak for them: "Mr Hale's office", "Reid's lawyers" (the person in group 1). */
/** A person's speakers in the plural, after the possessive (`SPEAKS_FOR`): "Reid's lawyers", "Mr Hale's solicitors". */
const PLURAL_SPEAKERS_FOR = /['’]s (?:lawyers|solicitors|attorneys)$/;
const SPEAKS_FOR = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})['’]s (?:office|press office|spokes(?:man|woman|person)|lawyers?|solicitors?|attorneys?)$/u;

/** The canonical name of a source phrase (no pronouns here; memoised with the rest of a phrase's `sourceInfo`). */
export function canonicalName(source: string): CanonicalName {
  // (the replace, split and filter only where they change something: most sources are one plain phrase)
  const spaced = hasOddSpace(source) ? source.replace(/\s+/g, ' ') : source;
  // (a Markdown link is its text: "[Department for Energy Security](https://...)")
  const unlinked = spaced.includes('](') ? spaced.replace(MARKDOWN_LINK, '$1') : spaced;
  // a parenthesis is no part of a name: "Sen. Ted Cruz (R-Tex.)", "the Athletics Integrity Unit (AIU)"
  let trimmed = (unlinked.includes('(') ? withoutParentheses(unlinked) : unlinked).trim();
  // ("One, who asked not to be named": a relative clause last names no one; but "The post's author, who goes by the name
  // \"PatriotVoice88\"" does, `NAMING_ASIDE`)
  if (trimmed.includes(', wh')) {
    const aside = RELATIVE_ASIDE.exec(trimmed);
    if (aside !== null && !NAMING_ASIDE.test(aside[0])) trimmed = trimmed.slice(0, aside.index);
  }
  // ("The owner of a block of flats in Croydon where a fire injured 12 people": nor a relative clause of where)
  const where = trimmed.indexOf(' where ');
  if (where > 0) trimmed = trimmed.slice(0, where);
  trimmed = withoutTail(trimmed);
  // ("Martin Luther King Jr.", "Robert F. Kennedy, Jr.": a person's name with the suffix of a generation, which is no
  // surname: the name before it, the suffix without its full stop after)
  const suffix = trimmed.includes(' ') ? GENERATION_SUFFIX.exec(trimmed) : null;
  // (not a phrase that only ends with a name: "a harsh response from Donald Trump Jr.")
  if (suffix !== null) {
    const person = canonicalName(trimmed.slice(0, suffix.index));
    if (person.kind === 'person') return { name: `${person.name} ${suffix[1]}`, kind: 'person' };
  }
  // ("Chirp Inc.": a company's form with its full stop, the same name as without it)
  if (trimmed.endsWith('.') && NAME_END_ABBREVIATIONS.has(lastWord(trimmed.slice(0, -1)).toLowerCase())) trimmed = trimmed.slice(0, -1);
  // ("the Liberal Democrats": a party by its name, no person; a group of members in the plural)
  const party = withoutThe(trimmed);
  if (PARTY_NAMES.has(party)) return { name: party, kind: party.endsWith('s') ? 'group' : 'other' };
  // ("Which?", "consumer group Which?": a name written with its question mark, a body's)
  const questionName = trimmed.endsWith('?') ? QUESTION_NAME.exec(trimmed) : null;
  if (questionName !== null) return { name: questionName[1], kind: 'other' };
  // ("Stand Up to Racism", "campaign group Hope not Hate": a campaign named by a call to act, small words inside it)
  const call = trimmed.includes(' ') ? CAMPAIGN_CALL.exec(trimmed) : null;
  if (call !== null) return { name: call[1], kind: 'other' };
  // ("Mr Hale's office", "Reid's lawyers": whom the office or the lawyer speaks for, a person named)
  const speaksFor = trimmed.includes("'s ") || trimmed.includes('’s ') ? SPEAKS_FOR.exec(trimmed) : null;
  if (speaksFor !== null) {
    const who = canonicalName(speaksFor[1]);
    if (who.kind === 'person') return who;
  }
  // ("Voters'", "Republicans’": a plural's possessive, the plural; "Chancellor's", a headline's "Chancellor's claim that")
  if (trimmed.length > 2 && (trimmed.endsWith("s'") || trimmed.endsWith('s’'))) trimmed = trimmed.slice(0, -1);
  else if (trimmed.length > 3 && (trimmed.endsWith("'s") || trimmed.endsWith('’s')) && trimmed[trimmed.length - 3] !== ' ') trimmed = trimmed.slice(0, -2);
  // (not inside a number: "A post shared more than 8,000 times")
  // (each part without its tail: "Ambrose herself, asked about the row on Westbridge Radio", "Jonathan Reeve KC, for the defence")
  // (an aside on who made a document is part of its phrase: "The report, by researchers at the University of Southport",
  // as "The report by researchers at ...")
  if (trimmed.includes(', by ')) trimmed = trimmed.replace(/, by /g, ' by ');
  const parts = trimmed.includes(',') ? trimmed.split(/,(?!\d)/).map((p) => withoutTail(p.trim())).filter(Boolean) : trimmed ? [trimmed] : [];
  // "The transport minister, Elena Varga" and "Elena Varga, the transport minister": the person's name,
  // else the first part's
  // A name after a preposition ("A spokeswoman for Reyes, Carla Nunez") is whom the speaker speaks for:
  // the person named on their own comes first
  let first: CanonicalName | undefined;
  let represented: CanonicalName | undefined;
  let place: CanonicalName | undefined;
  // ("One of them, UnitedHealth Group": a name rather than the words before it)
  let named: CanonicalName | undefined;
  // (a name after a business's role is the business: "The plant's operator, Veridian Waste" is no person)
  let business = false;
  for (const part of parts) {
    // ("The video, viewed more than two million times on TikTok": an aside on how far a post went names no one, but for
    // who saw a document, "seen by the Courier")
    // (nor where the speaker is, "The laboratory, in Lausanne")
    if (part !== parts[0] && asideOfNoName(part)) continue;
    // (nor a description after a name, opening with "a": "The Border Rights Coalition, a network of shelters in Texas
    // and Arizona", "Amnesty International, a rights group based in London")
    if (part !== parts[0] && first !== undefined && first.kind !== 'group' && INDEFINITE_OPENING.test(part)) continue;
    // ("One, 19-year-old student Lea Brandt": a number word alone before an appositive names no one; the appositive does)
    if (part === parts[0] && parts.length > 1 && LONE_QUANTIFIERS.has(part.toLowerCase())) continue;
    // ("figures from the Office for National Statistics", "a report from the Institute for Fiscal Studies": a document's
    // source is who made it)
    // ("Residents interviewed by the Herald", "voters polled by Gallup": who answered, not who asked)
    // ("Medical bodies including the American College of Obstetricians and Gynecologists": the group that speaks, of which
    // the name after "including" is one)
    const among = part.includes(' including ') || part.includes(' such as ') ? GROUP_INCLUDING.exec(part) : null;
    if (among !== null) return { name: withoutLeading(among[1]), kind: 'group' };
    const asked = part.includes(' by ') ? ASKED_BY.exec(part) : null;
    if (asked !== null) return canonicalName(asked[1]);
    // ("Experts we spoke to", "Economists the BBC talked to": the people, not who spoke to them)
    const contacted = CONTACTED_BY.exec(part);
    if (contacted !== null) return canonicalName(contacted[1]);
    // ("A quote attributed to Prime Minister Keir Starmer": the quote speaks, whoever it is put in the mouth of)
    const put = part.includes(' attributed to ') ? ATTRIBUTED_TO.exec(part) : null;
    if (put !== null) return canonicalName(put[1]);
    // ("A study published on Monday in the journal Nutrition Today": the study, where it appeared named, as "A study
    // published in The Lancet" reads; not the journal, no person)
    const published = part.includes(' published ') ? PUBLISHED_IN.exec(part) : null;
    if (published !== null && EVIDENCE_NOUNS.has(lastWord(published[1]).toLowerCase()) && !NON_NAME_DATES.has(published[2].toLowerCase())) return { name: `${withoutLeading(published[1])} published in ${published[2]}`, kind: 'group' };
    const made = part.includes(' from ') || part.includes(' by ') ? DOCUMENT_FROM.exec(part) : null;
    if (made !== null && EVIDENCE_NOUNS.has(made[1].toLowerCase())) {
      const maker = canonicalName(part.slice(made[0].length));
      // (a party in the plural too: "an analysis by the Liberal Democrats")
      if (maker.kind !== 'group' || PARTY_NAMES.has(maker.name)) return maker;
    }
    // ("Professor Mark Ellison and Dr. Sun Li": two people, each with a given name and a surname, speak together)
    const pair = part.includes(' and ') ? namedPair(part) : null;
    if (pair !== null) return pair;
    // ("the local branch of the Campaign to Protect Rural England": a role of lower-case words in an institution named
    // whole after the preposition, whose name has a preposition of its own)
    const within = part.includes(' of ') || part.includes(' at ') ? ROLE_WITHIN.exec(part) ?? ROLE_WITHIN.exec(commonNounLowered(part)) : null;
    if (within !== null) {
      const body = institutionName(within[1]);
      if (body !== null && (body.name.includes(' to ') || body.name.includes(' for '))) {
        place ??= body;
        continue;
      }
    }
    // ("The campaign group 4 Day Week Global", "38 Degrees": a body's name that opens with a number keeps it)
    const numbered = NUMBERED_NAME.exec(part);
    if (numbered !== null) return { name: numbered[1], kind: 'other' };
    // ("A spokesperson for the Department for Work and Pensions", "... for the Department for Education": a government
    // department named whole, "and" and a portfolio's word in it)
    const department = part.includes(' for ') || part.includes(' of ') ? governmentBody(part) : null;
    let c: CanonicalName = department !== null ? { name: department[1], kind: 'other' } : nameOf(part);
    // ("Homeware retailer Linden & Co": the name found is a company's)
    if (c.kind === 'person' && companyName(c.name)) c = { name: c.name, kind: 'other' };
    if (business && c.kind === 'person') c = { name: c.name, kind: 'other' };
    business = BUSINESS_ROLES.has(lastWord(part).toLowerCase());
    // ("... of Queen Mary University of London": the place ends the institution's name)
    const placeTail = c.kind === 'person' ? null : /^(.*\S)\s+(?:of|in)\s+(\S+)$/.exec(part);
    let lookup = part;
    if (placeTail && placeOf(placeTail[2].toLowerCase()) !== undefined) {
      const inner = nameOf(placeTail[1]);
      if (inner.kind === 'person' && INSTITUTION_HEADS.has(lastWord(inner.name).toLowerCase())) {
        c = inner;
        lookup = placeTail[1];
      }
    }
    // ("Maria Keane of Kidney Care UK": a person, then where they work, which ends in a place and so named no one)
    // (a given name the lexicon does not know and a surname; not "Communications Workers of America", "Two-thirds of",
    // nor two people, "David Albright and Serena Kelleher-Vergantini of ...")
    // (or a name after it that reads as a person's: "Amara Okeke of the group Clean Air Now")
    if (c.kind !== 'person' || part.indexOf(c.name) > 0) {
      const m = PERSON_OF.exec(part);
      const h = m && !/\sand\s|&/.test(part) ? nameOf(m[1]) : null;
      if (h && h.kind === 'person' && givenAndSurname(h.name) && !INSTITUTION_HEADS.has(lastWord(h.name).toLowerCase())) return h;
    }
    // ("Mark Rowland of the Mental Health Foundation", "Ann Lee of Thames Water Utilities": a body's name after "of", "at"
    // or "from", a person's full name before it)
    if (c.kind === 'other' && part.indexOf(c.name) > 0) {
      const prep = prepositionBefore(part, c.name);
      if (prep !== null && (prep.word === 'of' || prep.word === 'at' || prep.word === 'from')) {
        const h = nameBefore(part.slice(0, prep.at).trimEnd());
        if (h.kind === 'person' && h.name.includes(' ') && !INSTITUTION_HEADS.has(lastWord(h.name).toLowerCase())) return h;
      }
    }
    // ("Professor Adrian Martineau of Queen Mary University": an institution's head is no person's name)
    if (c.kind === 'person' && INSTITUTION_HEADS.has(lastWord(c.name).toLowerCase())) {
      const h = nameBefore(lookup);
      if (h.kind === 'person') return h;
      // (the institution's whole name, or a role there: "officials with the Democratic Congressional Campaign Committee")
      c = h.institutionAt !== undefined ? { name: withoutMarks(part.slice(h.institutionAt)), kind: 'other' } : { name: withoutLeading(part), kind: 'group' };
    }
    if (c.kind === 'person') {
      const prep = prepositionBefore(part, c.name);
      // ("Residents of Elm Road and Cedar Close": people of the places joined after them, a group, as of one place)
      const people = prep === null ? PEOPLE_OF.exec(part) : null;
      if (people !== null && GROUP_NOUNS.has(people[1].toLowerCase())) return { name: withoutLeading(part), kind: 'group' };
      // ("Transport Focus, the passenger watchdog": a name that an appositive calls a body is no person)
      if (prep === null) return part === parts[0] && parts.length > 1 && bodyAppositive(parts[1]) ? { name: c.name, kind: 'other' } : c;
      // "Mark Smith of the Cato Institute", "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies":
      // the name before the prepositions
      const head = nameBefore(part.slice(0, prep.at).trimEnd());
      // ("Friends of Harton Libraries", "Parents of Westford Pupils": a plural common noun in capitals opens a group's name)
      if (head.kind !== 'group' && prep.word === 'of' && !head.name.includes(' ') && head.name.endsWith('s') && posOf(head.name.toLowerCase()) === 'N') {
        if (TITLE_CASE_NAME.test(part)) return { name: withoutLeading(part), kind: 'other' };
        // (after a description in lower case: "Residents' group Friends of Brookfield", "campaign group Friends of the Earth")
        const at = part.lastIndexOf(' ' + head.name + ' ', prep.at) + 1;
        if (at > 0 && /\p{Ll}$/u.test(part.slice(0, at - 1)) && TITLE_CASE_NAME.test(part.slice(at))) return { name: part.slice(at), kind: 'other' };
      }
      if (head.kind === 'person') return head;
      // "Police in Riverton", "residents of Gaza": a place or a body, the speakers are the group (a place goes on
      // after the comma: "a woman in Worcester, Massachusetts"; after a body a person may be named on their own:
      // "The former mayor of Halden, Viktor Rask")
      // (but one person by a role or as a private person there, "A student in Leeds", "a nurse from Derby": "he" or
      // "she" after it stands for them, `SourceInfo.role`)
      if (PLACE_PREPOSITIONS.has(prep.word)) return { name: withoutLeading(part), kind: roleNoun(lastWord(part.slice(0, prep.at)).toLowerCase()) ? 'other' : 'group' };
      // "Morvania's ambassador to the United Nations", "an adviser to Governor Reyes": the role's holder, who is
      // posted to the name rather than speaking for it
      // (a role's holders are a group: "Aides and outside advisers to Clinton")
      const before = lastWord(part.slice(0, prep.at)).toLowerCase();
      const role = prep.word === 'to' ? before : '';
      if (POSTED_TO_ROLES.has(role)) return { name: withoutLeading(part), kind: role.endsWith('s') ? 'group' : 'person' };
      // ("A person close to Halvorsen", "people familiar with Tehran's thinking": the unnamed sources, not whom they know)
      if ((prep.word === 'to' && role === 'close') || (prep.word === 'with' && before === 'familiar')) return { name: withoutLeading(part), kind: 'group' };
      // ("a researcher at the University of Bergen": the place names an institution, whose role the speaker has)
      // ("compiled by the Center for Responsive Politics": the institution's whole name)
      if (head.institutionAt !== undefined) place ??= { name: withoutMarks(part.slice(head.institutionAt)), kind: 'other' };
      else if (prep.word === 'of' && (head.kind === 'group' || INSTITUTION_HEADS.has(lastWord(part.slice(0, prep.at)).toLowerCase()))) place ??= { name: withoutLeading(part), kind: 'group' };
      else represented ??= c;
    }
    // ("The memo, obtained by the Guardian", "The agency's report, seen by the Courier": the outlet that saw it, as
    // "a memo seen by Reuters" without the comma)
    if (c.kind === 'other' && SEEN_BY_OUTLET.test(part)) return c;
    if (c.kind === 'other' && properName(part)) named ??= c;
    first ??= c;
  }
  return place ?? represented ?? named ?? first ?? nameOf(source.trim());
}

/**
 * Whether "and" between capitalised words joins one body's name: both sides common nouns or adjectives ("Fire and
 * Rescue"; not "Rubio and Bush", "Marks and Spencer"), and not both plural nouns ("Democrats and Republicans").
 */
function joinsBodyName(before: string, after: string): boolean {
  const b = before.toLowerCase();
  const a = after.toLowerCase();
  if (pluralNoun(before) && pluralNoun(after)) return false;
  const common = (w: string): boolean => {
    const p = posOf(w);
    return p === 'N' || p === 'J';
  };
  return common(b) && common(a);
}

/** A document's phrase, "published", when, and "in" a journal's name (group 1 the phrase, 2 the name). */
const PUBLISHED_IN = /^(.+?)\s+published\s+(?:.*?\s)?in\s+(?:the\s+(?:journal|magazine|newspaper)\s+)?((?:[Tt]he\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)$/u;

/** A plural of people, then a preposition of place and a capitalised name: "Residents of | Elm Road" (group 1 the plural). */
const PEOPLE_OF = /^(?:(?:the|some|many)\s+)?(\p{L}+s)\s+(?:of|in|from|on|at)\s+\p{Lu}/iu;

/** A phrase, then "attributed to" and whom: "A quote attributed to Keir Starmer" (group 1 the phrase). */
const ATTRIBUTED_TO = /^(.*\S)\s+(?:(?:falsely|wrongly|widely)\s+)?attributed\s+to\s+\S/;

/** A capitalised word written with a question mark, after lower-case words: "Which?", "consumer group Which?" (group 1). */
const QUESTION_NAME = /^(?:(?:\p{Lu}\p{Ll}+|\p{Ll}+)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+)*(\p{Lu}\p{Ll}+\?)$/u;

/** A role of lower-case words, then "of" or "at" and a capitalised name: "the local branch of | the Campaign to Protect Rural England". */
const ROLE_WITHIN = /^(?:(?:the|a|an|its|their)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?:of|at)\s+((?:the\s+)?\p{Lu}.*)$/u;

/** A phrase whose first word, capitalised to open a sentence, is a common plural noun, with that word in lower case ("Economists at the ..."); else the phrase. */
function commonNounLowered(part: string): string {
  const sp = part.indexOf(' ');
  const word = sp > 0 ? part.slice(0, sp) : part;
  return sp > 0 && /^\p{Lu}\p{Ll}+s$/u.test(word) && posOf(word.toLowerCase()) === 'N' ? word.toLowerCase() + part.slice(sp) : part;
}

/** The two full names of a pair `namedPair` made ("Mark Ellison and Sun Li"), or undefined for another group's name. */
function pairMembers(name: string): readonly string[] | undefined {
  const at = name.indexOf(' and ');
  const l = name.slice(0, at);
  const r = name.slice(at + 5);
  return FULL_NAME.test(l) && FULL_NAME.test(r) ? [l, r] : undefined;
}

/** Words that join more than two people or set one beside others: "Peter Shumlin and Patrick Leahy as well as Howard Dean". */
const PAIR_BREAKERS = /\b(?:as well as|including|such as|along with|together with)\b/;

/** Two or three capitalised words: a given name and a surname ("Mark Ellison", "Serena Kelleher-Vergantini"). */
const FULL_NAME = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,2}$/u;

/**
 * Two people named on either side of one "and", each with a title perhaps, a given name and a surname ("Professor Mark
 * Ellison and Dr. Sun Li"): the group "Mark Ellison and Sun Li"; else null ("Procter and Gamble", "Smith and Jones").
 */
function namedPair(part: string): CanonicalName | null {
  const at = part.indexOf(' and ');
  if (at < 0 || part.indexOf(' and ', at + 5) >= 0 || PAIR_BREAKERS.test(part)) return null;
  const left = part.slice(0, at);
  const right = part.slice(at + 5);
  // (each side read as a source of its own: "Sen. Chuck Schumer of New York" is Chuck Schumer)
  const l = canonicalName(left);
  // (not an adjective capitalised at a sentence's start: "Popular Christian and corporate speaker Lance Wallnau")
  const r = l.kind === 'person' && left.endsWith(l.name) && FULL_NAME.test(l.name) && posOf(l.name.slice(0, l.name.indexOf(' ')).toLowerCase()) !== 'J' ? canonicalName(right) : null;
  if (r === null || r.kind !== 'person' || !right.includes(r.name) || !FULL_NAME.test(r.name)) return null;
  return { name: `${l.name} and ${r.name}`, kind: 'group' };
}

/** A plural that names a group, then some of its members: "Groups including Amnesty International", "rights groups such as X". */
const GROUP_INCLUDING = /^((?:[\p{L}'’-]+\s+){0,3}\p{L}[\p{Ll}-]*s)\s+(?:including|such\s+as)\s+\S/u;
/**
 * People and who spoke to them, in a relative clause with no relative word: "Experts we spoke to", "Economists the BBC
 * talked to", "the experts I interviewed" (the people, group 1; a name before a verb with no preposition is rather
 * the people: "Cuban-Americans polled").
 */
const CONTACTED_BY = new RegExp(
  `^(.*?\\S)\\s+(?:(?:we|they|I)\\s+(?:${CONTACT_VERBS.join('|')})|(?:we|they|I|(?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)?)\\s+(?:${SPOKE_VERBS.join('|')})\\s+(?:to|with))$`, 'u');
/** People and who asked or hired them: "Residents interviewed by the Herald", "voters polled by Gallup", "engineers consulted by the Observer" (the people, group 1). */
const ASKED_BY = /^(.*\S)\s+(?:interviewed|contacted|surveyed|polled|questioned|reached|approached|consulted|hired|retained)\s+by\s+\S/;
/**
 * A document, then "from" or "by" and a name ("figures from the ONS", "new data from Statistics Norway", "a report
 * published by the Center for Responsive Politics"): group 1 the document's noun (`EVIDENCE_NOUNS`); the name follows the match.
 */
const DOCUMENT_FROM = /^(?:(?:[Aa]|[Aa]n|[Tt]he|[Nn]ew|[Ll]atest|[Oo]fficial|[Ii]ts|[Tt]heir|[Ss]ome)\s+)*(\p{L}+)\s+(?:(?:published|compiled|released|produced|issued)\s+)?(?:from|by)\s+(?=(?:the\s+)?\p{Lu})/u;

/**
 * Whether a part of a source after its first comma names no one: how far a post went ("viewed more than two million
 * times") or where the speaker is ("in Lausanne", `PLACE_PREPOSITIONS`), but for who saw a document ("seen by the Courier").
 */
function asideOfNoName(part: string): boolean {
  const space = part.indexOf(' ');
  if (space < 0 || SEEN_BY_OUTLET.test(part)) return false;
  const first = part.slice(0, space).toLowerCase();
  // (nor a relative clause on the name: "One parent, whose son's scooter caught fire in August")
  // (but one that gives the name: "who goes by the name \"PatriotVoice88\"", "known as")
  // (or where a body is: "Harbour Point Maritime, based in Hong Kong")
  // (or who paid for a document, which is not its maker: "The review, commissioned by the World Health Organization and
  // published in Environment International")
  return SPREAD_PARTICIPLES.has(first) || PLACE_PREPOSITIONS.has(first) || COMMISSIONING_ASIDES.has(first) || (LOCATED_ASIDES.has(first) && PLACE_PREPOSITIONS.has(part.slice(space + 1).split(' ', 1)[0].toLowerCase())) || (DOCUMENT_ASIDES.has(first) && !part.includes(' by ') && WHEN_OR_WHERE.test(part.slice(space + 1))) || (RELATIVE_ASIDES.has(first) && !NAMING_ASIDE.test(part));
}

/** What follows such a participle when it says when or where: a lower-case word ("in", "on", "last") or a day or a month. */
const WHEN_OR_WHERE = /^(?:[a-z]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/;

/** Participles that open an aside on who paid for a document: "commissioned by the WHO", "funded by the industry". */
const COMMISSIONING_ASIDES: ReadonlySet<string> = new Set(['commissioned', 'funded', 'sponsored', 'financed', 'paid']);

/** Participles that open an aside on where a body is: "based in Hong Kong", "headquartered in Oslo". */
const LOCATED_ASIDES: ReadonlySet<string> = new Set(['based', 'headquartered', 'located', 'registered']);

/** Participles that open an aside on where and when a document went out: "The complaint, filed Monday in Franklin County Court" (not who made it: "published by the IFS"). */
const DOCUMENT_ASIDES: ReadonlySet<string> = new Set(['filed', 'lodged', 'submitted', 'dated', 'issued', 'released', 'published', 'sent', 'written', 'signed']);

/**
 * A relative clause that gives a name: "who goes by the name ...", "known as ...", "calls himself ...", a name quoted
 * after "as", "by", "called" or "named" ("who posts as \"PatriotVoice88\""); not any quotation ("which includes a photo
 * of a sign reading \"No BBQs\"").
 */
const NAMING_ASIDE = /\bname\b|\bknown as\b|\bcalls? (?:himself|herself|themselves|itself)\b|\b(?:as|by|called|named) ["“]/;

/** Relative pronouns that open a clause about the name before their comma, naming no one. */
const RELATIVE_ASIDES: ReadonlySet<string> = new Set(['who', 'whose', 'which', 'whom', 'where', 'when']);

/** A part of a source that names who saw a document: "seen by the Courier", "obtained by The Ledger". */
const SEEN_BY_OUTLET = /^(?:seen|obtained|reviewed) by \S/;

/** Roles whose holder is posted to the name after "to": "Morvania's ambassador to the United Nations", "advisers to Clinton". */
const POSTED_TO_ROLES: ReadonlySet<string> = new Set([
  'ambassador', 'ambassadors', 'envoy', 'envoys', 'adviser', 'advisers', 'advisor', 'advisors', 'aide', 'aides', 'counsel',
  'consultant', 'consultants', 'delegate', 'delegates', 'representative', 'representatives', 'emissary', 'assistant', 'assistants',
]);

/**
 * Singular nouns of a person's role, which name a person without a name ("the health secretary", "a spokeswoman"):
 * whom "he" or "she" stands for when no person was named before (`SourceInfo.role`).
 */
const PERSON_ROLES: ReadonlySet<string> = new Set([
  'president', 'minister', 'secretary', 'ambassador', 'envoy', 'senator', 'governor', 'mayor', 'chancellor', 'spokesman',
  'spokeswoman', 'spokesperson', 'director', 'chairman', 'chairwoman', 'commissioner', 'sheriff', 'bishop', 'judge',
  'prosecutor', 'lawyer', 'attorney', 'economist', 'analyst', 'aide', 'adviser', 'advisor', 'professor', 'doctor', 'nurse',
  'manager', 'coach', 'researcher', 'scientist', 'founder', 'owner', 'captain', 'congressman', 'congresswoman', 'councillor',
  'councilor', 'candidate', 'nominee', 'official', 'mp', 'mep', 'msp', 'mla',
  'officer', 'detective', 'inspector', 'superintendent', 'constable', 'commander', 'investigator', 'witness',
  'engineer', 'pilot', 'whistleblower', 'executive', 'consultant', 'campaigner', 'activist', 'insider', 'colleague', 'paramedic', 'servant',
  'contractor', 'staffer', 'technician', 'moderator',
  // (who made a post or a film: "The creator of the video said he made it as a joke")
  'creator', 'author', 'organiser', 'organizer', 'uploader', 'photographer',
]);

/**
 * Whether a head noun names one person by a role or as a private person ("spokeswoman", "student" of "student in Leeds",
 * which `canonicalName` reads as one person, kind 'other').
 */
function roleNoun(head: string): boolean {
  return PERSON_ROLES.has(head) || PRIVATE_PERSONS.has(head);
}

/**
 * The head noun of a group's or a body's name in lower case, before a phrase on it: "engineer" of "former engineer at
 * SkyWest Regional" (a role at a body; else the last word).
 */
function roleHead(canon: CanonicalName): string {
  const m = ROLE_AT.exec(canon.name);
  return (m !== null ? m[1] : lastWord(canon.name)).toLowerCase();
}
/** A role in lower case before "at", "for" or "with" and a capitalised name: "former engineer at SkyWest Regional". */
// (or before "of", "in" or "from" and anything: "creator of the video", "student in Leeds")
const ROLE_AT = /^(?:\p{Ll}+\s+)*?(\p{Ll}+)\s+(?:(?:at|for|with)\s+\p{Lu}|(?:of|in|from)\s)/u;

/** A name of capitalised words with "of" (and "the") between them: "Friends of Harton Libraries". */
const TITLE_CASE_NAME = /^(?:the\s+)?\p{Lu}[\p{L}'-]*(?:\s+(?:of|the|\p{Lu}[\p{L}'-]*))+$/u;

/** Singular nouns of a private person, who speaks for no one: "One patient", "a resident". */
const PRIVATE_PERSONS: ReadonlySet<string> = new Set([
  'patient', 'woman', 'man', 'resident', 'voter', 'delegate', 'worker', 'mother', 'father', 'parent', 'student', 'pupil',
  'teacher', 'passenger', 'neighbour', 'neighbor', 'customer', 'victim', 'survivor', 'shopper', 'driver', 'employee',
  'member', 'supporter', 'volunteer', 'fan', 'tenant', 'farmer', 'user', 'reader', 'viewer', 'caller', 'commuter', 'local',
]);

/**
 * Whether a source is one person described by an indefinite phrase, with no name in it: "One patient, who asked not to
 * be named", "A senior police officer" (a role of `PERSON_ROLES` or a private person's noun); not "A Clinton ally", "A
 * quote attributed to X", "a video".
 */
export function isOnePersonDescribed(source: string): boolean {
  const m = ONE_PERSON.exec(source);
  if (m === null || /\s\p{Lu}/u.test(m[1])) return false;
  const head = lastWord(m[1]).toLowerCase();
  return PERSON_ROLES.has(head) || PRIVATE_PERSONS.has(head);
}
/** An indefinite phrase up to a comma, a relative word or "for" ("One patient", "A spokeswoman for the operator": its head in group 1). */
const ONE_PERSON = /^(?:an?|one)\s+([^,]*?)(?:\s+(?:who|for|of|at|from|with)\b.*|,.*)?$/i;

/** Whether a part after a name's comma calls it a body: "the passenger watchdog", "a consumer group" (`BODY_NOUNS`). */
function bodyAppositive(part: string): boolean {
  if (!/^(?:the|a|an)\s/i.test(part)) return false;
  // (the head before its phrases: not "a former executive director of the New York Democratic Party")
  const prep = /\s(?:of|for|at|in|with|on|to|who|which|that)\s/i.exec(part);
  return BODY_NOUNS.has(lastWord(prep ? part.slice(0, prep.index) : part).toLowerCase());
}

/** Whether a name is two or three words whose first the lexicon does not know: "Maria Keane", not "Joint Chiefs". */
function givenAndSurname(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && words.length <= 3 && posOf(words[0].toLowerCase()) === undefined;
}

/**
 * Whether the place word at k is a given name: the last word but one, before a surname the lexicon does not know
 * ("Mayor Sofia Lindqvist", "Paris Hilton"; not "New York Times", "Texas Governor Greg Abbott").
 */
function givenNameBefore(words: ArrayLike<TokenText>, kinds: ArrayLike<number>, k: number, end: number): boolean {
  if (k + 2 !== end || kinds[k + 1] !== K_WORD) return false;
  const next = words[k + 1];
  return startsUpper(next.text) && !TITLE_WORDS.has(next.lower) && placeOf(next.lower) === undefined && !NON_NAME_DATES.has(next.lower) && posOf(next.lower) === undefined;
}

/** A phrase, then "of", "from" or "at" and a capitalised name or "the": "Maria Keane of Kidney Care UK", "Amara Okeke of the group Clean Air Now". */
const PERSON_OF = /^(.+?)\s+(?:of|from|at)\s+(?=\p{Lu}|the\s)/u;

/**
 * The person named before a run of prepositional phrases ("Jeffrey Lewis of the James Martin Center" -> Jeffrey
 * Lewis), or what the phrase names when no person is named first: an institution's head is no person ("a researcher
 * at the University" is a role).
 */
function nameBefore(text: string): CanonicalName & { institutionAt?: number } {
  for (let guard = 0; guard < 4; guard++) {
    const c = nameOf(text);
    if (c.kind !== 'person') return c;
    const institution = INSTITUTION_HEADS.has(lastWord(c.name).toLowerCase());
    // (an institution's name begins with the capitalised words before it: "Queen Mary University")
    const name = institution ? capitalRun(text, text.lastIndexOf(c.name)) : c.name;
    const prep = prepositionBefore(text, name);
    // ("conducted by the Public Policy Institute": the institution, where its name begins)
    if (prep === null) return institution ? { name, kind: 'other', institutionAt: text.lastIndexOf(name) } : c;
    if (!institution) return c;
    text = text.slice(0, prep.at).trimEnd();
  }
  return nameOf(text);
}

/**
 * The text from the first of the capitalised words that run up to `at` (and what follows), past an "and" between
 * two of them ("Food and Drug Administration", "Securities and Exchange Commission").
 */
function capitalRun(text: string, at: number): string {
  let from = at;
  for (;;) {
    const before = text.slice(0, from).trimEnd();
    const space = before.lastIndexOf(' ');
    let word = before.slice(space + 1);
    let start = space + 1;
    if ((word === 'and' || word === '&') && space > 0) {
      const earlier = before.slice(0, space).trimEnd();
      const s2 = earlier.lastIndexOf(' ');
      word = earlier.slice(s2 + 1);
      start = s2 + 1;
    }
    // (a word of digits and capitals inside a name too: "Stop 5G UK")
    if (word.length === 0 || !(startsUpper(word) || DIGITS_AND_CAPITALS.test(word)) || LEADING.has(word.toLowerCase())) break;
    from = start;
    if (start === 0) break;
  }
  return text.slice(from);
}

/** A word of digits and capitals: "5G", "3M". */
const DIGITS_AND_CAPITALS = /^\d+\p{Lu}+$/u;

/** A spokesperson's role alone, as `canonicalName` gives it ("A spokesman" -> "spokesman"): whom it speaks for is not named. */
const SPOKESPERSONS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** The last word of a phrase. */
function lastWord(text: string): string {
  const t = text.trimEnd();
  return t.slice(t.lastIndexOf(' ') + 1);
}

/** Words before a name that make it whom a role serves, not the speaker: "a spokeswoman for", "an aide to". */
const REPRESENTED_BY: ReadonlySet<string> = new Set(['for', 'of', 'to', 'with']);
/** Words before a name that make it a place where the speakers are: "police in Riverton", "officials at Norbrook". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'outside', 'across', 'on']);

/**
 * The word before `name` in `part` (a determiner passed over: "of the Cato Institute") when it is one of
 * `REPRESENTED_BY` or `PLACE_PREPOSITIONS` (lower case), and where it begins; else null.
 */
function prepositionBefore(part: string, name: string): { word: string; at: number } | null {
  let end = part.lastIndexOf(name);
  if (end <= 0) return null;
  // (past determiners and titles: "an aide to Senator Grace Whitfield", "a spokesman for Gov. Tim Reyes"; after a title
  // only "to" or "for" as written in lower case, not a Title Case headline's "Responded To A Police Facebook")
  let titled = false;
  for (let guard = 0; guard < 4; guard++) {
    const before = part.slice(0, end).trimEnd();
    const at = before.lastIndexOf(' ') + 1;
    const word = before.slice(at).toLowerCase();
    if (titled && !((word === 'to' || word === 'for') && before.slice(at) === word)) {
      if (!LEADING.has(word)) return null;
    } else if (REPRESENTED_BY.has(word) || PLACE_PREPOSITIONS.has(word)) return { word, at };
    // (a title capitalised before the name: not "secretary of state Hillary Clinton", whose "of" is the office's)
    // (nor a place's abbreviation the title words hold, "U.S.")
    const title = !LEADING.has(word) && startsUpper(before.slice(at)) && (TITLE_ABBREVIATIONS.has(word.replace(/\.$/, '')) || (TITLE_WORDS.has(word) && !word.includes('.') && placeOf(word) === undefined));
    if (!(LEADING.has(word) || title) || at === 0) return null;
    if (title) titled = true;
    end = at;
  }
  return null;
}

/** Whether `\s+` -> ' ' would change the text: two spaces in a row, or any other white space character (`/[^\S ]| {2}/`, without the expression for ASCII). */
function hasOddSpace(text: string): boolean {
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (space) return true;
      space = true;
    } else {
      space = false;
      if (c >= 128) return ODD_SPACE.test(text);
      if (c >= 9 && c <= 13) return true;
    }
  }
  return false;
}
const ODD_SPACE = /[^\S ]| {2}/;

/** Whether a text begins with an upper-case letter (`/^\p{Lu}/u`, without the expression for ASCII). */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(text);
}
const UPPER_START = /^\p{Lu}/u;

/** Words that may lead a trailing date of a source phrase ("Sanders on Tuesday", "a series of tweets early Friday"). */
const DATE_LEADS: ReadonlySet<string> = new Set(['on', 'in', 'early', 'late', 'last', 'this', 'next', 'since', 'until', 'by']);

/** Times of day after a day's name ("Tuesday evening"), spans after a lead ("last week"), and times that stand alone. */
const TIME_TAILS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);
const TIME_SPANS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'weekend']);
const TIME_ALONE: ReadonlySet<string> = new Set(['yesterday', 'today', 'tonight']);

/** The index of the last word or number token at or before `k`, or -1. */
function wordBefore(s: ScannedTokens, k: number): number {
  while (k >= 0 && s.kinds[k] !== K_WORD && s.kinds[k] !== K_NUMBER) k--;
  return k;
}

/**
 * Where the name of a scanned source phrase ends (a token index, exclusive): before a trailing date and
 * the words that lead it ("David Axelrod on Wednesday", "a poll released Monday"), which name nobody;
 * at the end when a capitalised word runs into the date ("Super Tuesday") or nothing comes before it.
 */
function nameEnd(s: ScannedTokens): number {
  const lastWord = wordBefore(s, s.count - 1);
  if (lastWord < 0) return s.count;
  // where the trailing date's day or lead is: "on Tuesday", "on Tuesday evening", "last week", "yesterday"
  const last = s.words[lastWord].lower;
  let date = -1;
  // ("The Tonight Show": a capitalised "Tonight" is a name's; a month or a day in lower case is none: "Organisers of the
  // march")
  // (and a month that is also a name after its day's number: "published on 14 May", "on 3 June")
  const dayBefore = wordBefore(s, lastWord - 1);
  if (((NON_NAME_DATES.has(last) || (NAME_MONTHS.has(last) && dayBefore >= 0 && s.kinds[dayBefore] === K_NUMBER && DAY_NUMBER.test(s.words[dayBefore].text))) && startsUpper(s.words[lastWord].text)) || (TIME_ALONE.has(last) && !startsUpper(s.words[lastWord].text))) date = lastWord;
  else if (TIME_TAILS.has(last) || TIME_SPANS.has(last)) {
    const before = wordBefore(s, lastWord - 1);
    const b = before >= 0 ? s.words[before].lower : '';
    if (NON_NAME_DATES.has(b) || (TIME_SPANS.has(last) && DATE_LEADS.has(b))) date = before;
  }
  if (date < 0) return s.count;
  let k = wordBefore(s, date - 1);
  // ("published on 3 March": the day's number before its month, a lead before it)
  if (k > 0 && s.kinds[k] === K_NUMBER && wordBefore(s, k - 1) >= 0 && DATE_LEADS.has(s.words[wordBefore(s, k - 1)].lower)) k = wordBefore(s, k - 1);
  // (a capitalised word running into a day's name is a name: "Super Tuesday"; not into "yesterday")
  if (k < 0 || (!DATE_LEADS.has(s.words[k].lower) && startsUpper(s.words[k].text) && !TIME_ALONE.has(last))) return s.count;
  while (k >= 0 && DATE_LEADS.has(s.words[k].lower)) k = wordBefore(s, k - 1);
  // ("a hand recount completed in December": and the participle that dated it)
  // (or any participle in "-ed" on the noun of an "of" phrase, which the date is of: "The maker of a car seat recalled
  // last month"; not the head's own, "The man arrested last week")
  if (k > 0 && (SEEN_BY_PARTICIPLES.has(s.words[k].lower) || (PAST_PARTICIPLE.test(s.words[k].text) && ofBefore(s, k)))) k = wordBefore(s, k - 1);
  return k < 0 ? s.count : k + 1;
}

/** A lower-case word in "-ed": a past participle ("recalled", "closed"). */
const PAST_PARTICIPLE = /^[a-z]+ed$/;

/** Whether an "of" comes before the word at k, past a word or more ("The maker of a car seat | recalled"). */
function ofBefore(s: ScannedTokens, k: number): boolean {
  for (let m = wordBefore(s, k - 1); m > 0; m = wordBefore(s, m - 1)) if (s.words[m].lower === 'of') return m < wordBefore(s, k - 1);
  return false;
}

/** An elected member's title in capitals, which ends a role's phrase when no name follows it (`nameOf`). */
const MEMBER_TITLES: ReadonlySet<string> = new Set(['MP', 'MEP', 'MSP', 'MLA']);

/** Months that are also names, and so no date alone ("Theresa May", "June Sarpong"): `NON_NAME_DATES` holds the others. */
const NAME_MONTHS: ReadonlySet<string> = new Set(['april', 'may', 'june', 'august']);
/** A day of the month in digits: "3", "14", "31". */
const DAY_NUMBER = /^(?:[1-9]|[12]\d|3[01])$/;

/** A name cut from a source without the emphasis marks that close it: "*Evening Post*" -> "Evening Post". */
function withoutMarks(name: string): string {
  return name.replace(/[*_]+$/, '');
}

/** The text without its parenthetical groups (and an unclosed one at its end). */
function withoutParentheses(text: string): string {
  return text.replace(/\s*\([^()]*(?:\)|$)/g, '');
}

/** Whether the phrase, without its leading determiners, is capitalised words and joiners only ("UnitedHealth Group"). */
function properName(text: string): boolean {
  return withoutLeading(text).split(' ').every((w) => startsUpper(w) || NAME_JOINERS.has(w.toLowerCase()));
}

/** The words that join an institution's name: "Ministry of Defence", "Bank of England", "Food and Drug Administration". */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'on', 'to', '&']);

/**
 * An institution's name (`INSTITUTION_HEADS`): capitalised words and joiners only, the head the last word before
 * the first joiner and at most `MAX_INSTITUTION_TAIL` words after it ("the World Health Organization", "the
 * University of Cologne"; not "Senate Majority Leader Mitch McConnell", "Mark Smith of the Cato Institute" nor
 * "Council on American-Islamic Relations Executive Director Nihad Awad"); else null.
 */
function institutionName(text: string): CanonicalName | null {
  if (text.includes("'") || text.includes('\u2019')) return null;
  let phrase = withoutLeading(text);
  // ("Drugmaker Velora Pharma": the trade before the name is no part of it)
  const trade = phrase.indexOf(' ');
  if (trade > 0 && TRADE_TITLE_SET.has(phrase.slice(0, trade).toLowerCase()) && phrase.indexOf(' ', trade + 1) > 0) phrase = phrase.slice(trade + 1);
  const words = phrase.split(' ');
  let first = words.length;
  for (let k = 0; k < words.length; k++) {
    if (NAME_JOINERS.has(words[k].toLowerCase())) {
      first = k;
      break;
    }
    // ("Hartwell plc": a company's form in lower case ends its name)
    if (!startsUpper(words[k]) && !(k > 0 && k === words.length - 1 && COMPANY_ENDINGS.has(words[k].replace(/\.$/, '')))) return null;
  }
  if (companyName(phrase)) return { name: phrase, kind: 'other' };
  // ("Save the Teme", "Save Our Wye", "Keep Britain Tidy": a campaign named by what it calls for, an imperative first)
  // (capitalised words and joiners only, a few: not "Keep Smith said")
  if (words.length >= 3 && words.length <= CAMPAIGN_NAME_WORDS && CAMPAIGN_VERBS.has(words[0]) && words.every((w) => startsUpper(w) || NAME_JOINERS.has(w.toLowerCase()) || w === 'our')) return { name: phrase, kind: 'other' };
  // ("National Highways", "National Grid": a body named "National" and one word; "National" is otherwise a title word,
  // "National Security Adviser Jake Sullivan")
  if (words.length === 2 && first === 2 && words[0] === 'National' && !TITLE_WORDS.has(words[1].toLowerCase())) return { name: phrase, kind: 'other' };
  // ("Friends of the Earth", "Daughters of the American Revolution": a plural's name with "of the" and capitals after it)
  if (first >= 1 && first + 2 < words.length && words[first] === 'of' && words[first + 1] === 'the' && /s$/.test(words[first - 1]) && !TITLE_WORDS.has(words[0].toLowerCase()) &&
      words.slice(first + 2).every((w) => startsUpper(w))) return { name: phrase, kind: 'other' };
  // ("Police Scotland": a force named by its place)
  if (words.length === 2 && first === 2 && PLACE_FORCES.has(words[0].toLowerCase()) && !TITLE_WORDS.has(words[1].toLowerCase())) return { name: phrase, kind: 'other' };
  // (and a head that is also a surname, before "of": "the British Chambers of Commerce", not "Ernie Chambers")
  const head = first === 0 ? '' : words[first - 1].toLowerCase().replace(/\.$/, '');
  if (first === 0 || !(INSTITUTION_HEADS.has(head) || (first < words.length && HEADS_BEFORE_JOINER.get(head) === words[first]))) return null;
  if (words.length - first - 1 > MAX_INSTITUTION_TAIL) return null;
  for (let k = first; k < words.length; k++) if (!NAME_JOINERS.has(words[k].toLowerCase()) && !startsUpper(words[k])) return null;
  // ("Bank of England Governor Andrew Bailey": a title after the institution's name, before a name, is a person's)
  for (let k = first + 2; k < words.length - 2; k++) if (TITLE_WORDS.has(words[k].toLowerCase()) && words.length - k <= 4 && isGivenName(words[k + 1].toLowerCase())) return null;
  return NAME_JOINERS.has(words[words.length - 1].toLowerCase()) ? null : { name: phrase, kind: 'other' };
}

/** Imperatives that open a campaign's name ("Save the Teme", "Stop the War Coalition"), as written. */
const CAMPAIGN_VERBS: ReadonlySet<string> = new Set(['Save', 'Stop', 'Protect', 'Keep', 'Defend', 'Scrap', 'Reclaim']);

/** How many words a campaign's name of `CAMPAIGN_VERBS` may have ("Stop the War Coalition"). */
const CAMPAIGN_NAME_WORDS = 5;
/** A lower-case word, then a campaign's name that opens with one of `CAMPAIGN_VERBS`, at a text's end (`nameOf`). */
const CAMPAIGN_AFTER_BODY = new RegExp(`(?:^|\\s)(\\p{Ll}+)\\s+((?:${[...CAMPAIGN_VERBS].join('|')})\\s+(?:the\\s+|our\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)$`, 'u');

/** `TRADE_TITLES` as a set. */
const TRADE_TITLE_SET: ReadonlySet<string> = new Set(TRADE_TITLES);

/** Words that, alone before an appositive's comma, count the one the appositive names: "One, ...", "Another, ...". */
const LONE_QUANTIFIERS: ReadonlySet<string> = new Set(['one', 'another', 'two', 'three', 'both', 'others']);

/**
 * Heads of an institution's name only before one joiner, a surname or a common word otherwise: "the British Chambers of
 * Commerce" (not "Ernie Chambers"), "Transport for the North" (not "the transport for the event").
 */
const HEADS_BEFORE_JOINER: ReadonlyMap<string, string> = new Map([['chambers', 'of'], ['transport', 'for']]);

/**
 * Whether a phrase of capitalised words is a company's name by the word for one that ends it, or by an ampersand
 * between them: "Linden & Co", "Halvor Foods Ltd", "Marks & Spencer".
 */
function companyName(phrase: string): boolean {
  const words = phrase.split(' ');
  // (not a given name and a surname that is a trade's word too: "Ed Power", "Tom Homes")
  if (words.length === 2 && givenNamePronoun(words[0].toLowerCase()) !== undefined) return false;
  const ending = COMPANY_ENDINGS.has(words[words.length - 1].toLowerCase().replace(/\.$/, ''));
  return words.length >= 2 && (ending || words.includes('&')) && words.every((w, k) => startsUpper(w) || w === '&' || (ending && k === words.length - 1));
}

/**
 * Words of a trade that end a company's name and no surname is: "Greenleaf Stores", "Brightstone Homes", "Southline Trains";
 * and of a utility or a club: "Northern Power", "Harcastle United" (after no given name: `companyName`).
 */
const TRADE_WORDS: readonly string[] = ['stores', 'homes', 'trains', 'railways', 'airways', 'buses', 'pharmaceuticals', 'logistics', 'properties', 'telecom', 'power', 'energy', 'utilities', 'united', 'rovers', 'wanderers'];

/** Words that end a company's name: "Linden & Co", "Acme Inc.", "Halvor Foods Ltd". */
const COMPANY_ENDINGS: ReadonlySet<string> = new Set(['co', 'inc', 'ltd', 'plc', 'llc', 'corp', 'gmbh', 'ag', 'sa', 'nv', 'bv', 'asa', 'ab', ...TRADE_WORDS]);

/** Heads that name a force by its place after them: "Police Scotland". */
const PLACE_FORCES: ReadonlySet<string> = new Set(['police']);

/** How many words an institution's name may have after its head ("Federal Reserve Bank of New York"). */
const MAX_INSTITUTION_TAIL = 6;

function nameOf(text: string): CanonicalName {
  const institution = institutionName(text);
  if (institution) return institution;
  // ("campaign group Save the Teme": such a campaign's name after a lower-case noun for a body)
  const campaign = text.includes(' ') ? CAMPAIGN_AFTER_BODY.exec(text) : null;
  if (campaign !== null && BODY_NOUNS.has(campaign[1])) return { name: campaign[2], kind: 'other' };
  // the word and number tokens, read from the tokenizer's arrays (no token objects; nothing below scans)
  const s = scanTokens(text);
  const kinds = s.kinds;
  const words = s.words;
  let end = nameEnd(s);
  // ("A post shared more than 40,000 times on Facebook": the post, not how far it went)
  for (let k = 1; k < end; k++) {
    // (after a noun: not "a widely shared post", "the shared post")
    const before = wordBefore(s, k - 1);
    if (kinds[k] === K_WORD && SPREAD_PARTICIPLES.has(words[k].lower) && !startsUpper(words[k].text) && before >= 0 && !LEADING.has(words[before].lower) &&
        !words[before].lower.endsWith('ly') && spreadAfter(s, k + 1)) {
      end = wordBefore(s, k - 1) + 1;
      break;
    }
  }
  if (end < s.count) text = text.slice(0, s.ends[end - 1]);
  // ("A Conservative MP", "the local MP": an elected member's title last, with no name after it, names a role, as "A
  // Labour councillor" does)
  const lastAt = wordBefore(s, end - 1);
  if (lastAt > 0 && MEMBER_TITLES.has(words[lastAt].text) && ROLE_OPENING.test(text)) return { name: withoutLeading(text), kind: 'group' };
  // the last run of capitalised words that are not titles, places, demonyms or dates ("released Monday")
  let best: string[] = [];
  let run: string[] = [];
  let last: TokenText | undefined;
  // (whether a run holds an "and" that joins a body's name: `joinsBodyName`)
  let joined = false;
  for (let k = 0; k < end; k++) {
    const kind = kinds[k];
    // "Berg & Lie", "Procter & Gamble", "AT&T": an ampersand between capitalised words joins them (with no spaces, into one)
    if (kind !== K_WORD && kind !== K_NUMBER && words[k].text === '&' && run.length > 0 && k + 1 < end && kinds[k + 1] === K_WORD && startsUpper(words[k + 1].text)) {
      const glued = s.ends[k - 1] === s.starts[k] && s.ends[k] === s.starts[k + 1];
      if (glued) run[run.length - 1] += '&' + words[k + 1].text;
      else run.push('&', words[k + 1].text);
      last = words[k + 1];
      k++;
      continue;
    }
    if (kind !== K_WORD && kind !== K_NUMBER) continue;
    const t = words[k];
    // ("South Yorkshire Fire and Rescue", "Customs and Border Protection": "and" between capitalised common words joins
    // one body's name; not two people, "Rubio and Bush", nor two groups, "Democrats and Republicans")
    if (t.lower === 'and' && run.length > 0 && k + 1 < end && kinds[k + 1] === K_WORD && startsUpper(words[k + 1].text) && joinsBodyName(run[run.length - 1], words[k + 1].text)) {
      run.push('and');
      joined = true;
      continue;
    }
    last = t;
    if (t.lower === "'s") {
      run = [];
      best = [];
      continue;
    }
    if (startsUpper(t.text) && !(TITLE_WORDS.has(t.lower) || TITLE_ABBREVIATIONS.has(t.lower) || NON_NAME_DATES.has(t.lower) || (placeOf(t.lower) !== undefined && !givenNameBefore(words, kinds, k, end)))) run.push(t.text);
    // ("SP Energy Networks": a portfolio's title word that is also a body's head, inside a run of capitalised words)
    else if (run.length > 0 && UTILITY_WORDS.has(t.lower) && k + 1 < end && kinds[k + 1] === K_WORD && startsUpper(words[k + 1].text) && !TITLE_WORDS.has(words[k + 1].lower)) run.push(t.text);
    // "Piet de Vries", "Ursula von der Leyen", "Osama bin Laden": a particle inside a name, a capital after it
    else if (run.length > 0 && NAME_PARTICLES.has(t.text) && capitalAfter(s, k, end)) run.push(t.text);
    // ("Ashford Against the Incinerator", "Residents Against the Bypass": a campaign's "the" after its capitalised "Against")
    else if (t.text === 'the' && run.length > 1 && run[run.length - 1] === 'Against' && capitalAfter(s, k, end)) run.push(t.text);
    // ("the Medicines and Healthcare products Regulatory Agency": a plural in lower case inside an institution's name
    // that "and" joins, capitals on both sides and the institution's head last)
    else if (run.length > 0 && text.includes(' and ') && t.lower.endsWith('s') && posOf(t.lower) === 'N' && capitalAfter(s, k, end) && INSTITUTION_HEADS.has(words[wordBefore(s, end - 1)].lower)) run.push(t.text);
    else if (run.length > 0) {
      best = run;
      run = [];
    }
  }
  if (run.length > 0) best = run;
  const lastCap = last !== undefined && startsUpper(last.text);
  // ("Prosecutors said", "the Republicans": a plural of people capitalised is a group, no person)
  // (without quantifiers, so that "many Democrats" and "some Democrats" are the Democrats: `DETERMINERS`)
  if (best.length === 1 && lastCap && best[0] === last!.text && pluralNoun(best[0])) return { name: withoutQuantifiers(text), kind: 'group' };
  // ("The Treasury", "the Guardian": one capitalised word after "the" names a body, no person)
  if (best.length === 1 && lastCap && best[0] === last!.text && end === 2 && words[0].lower === 'the' && kinds[0] === K_WORD) return { name: best[0], kind: 'other' };
  // ("UK Athletics", "British Cycling": a place and one word the lexicon knows, after determiners alone, name a body, no person)
  if (best.length === 1 && lastCap && best[0] === last!.text && posOf(last!.lower) !== undefined) {
    const p = wordBefore(s, wordBefore(s, end - 1) - 1);
    let q = p - 1;
    while (q >= 0 && (s.kinds[q] !== K_WORD || LEADING.has(words[q].lower))) q--;
    if (p >= 0 && q < 0 && startsUpper(words[p].text) && placeOf(words[p].lower) !== undefined) return { name: withoutLeading(text), kind: 'other' };
  }
  // ("NHS England", "Sport England", "Public Health England", "BBC Scotland": a body named for a nation, after an acronym or
  // common words; not "Mark England", a given name first)
  if (lastCap && best.length > 0 && best[best.length - 1] === last!.text && NATIONS.has(last!.lower)) {
    const run = capitalRun(text, text.length - last!.text.length);
    const head = run.slice(0, run.indexOf(' '));
    // (not a region of one: "Police in North Wales")
    if (run.includes(' ') && !isGivenName(head.toLowerCase()) && !COMPASS_WORDS.has(head.toLowerCase()) && (/^\p{Lu}{2,}$/u.test(head) || posOf(head.toLowerCase()) !== undefined)) return { name: run, kind: 'other' };
  }
  if (best.length > 0 && lastCap && best[best.length - 1] === last!.text) {
    if (joined && best.includes('and')) return { name: best.join(' '), kind: 'other' };
    // ("A spokesperson for the Department for Transport": a body's name whose head is before "for" or "of", no person)
    const body = BODY_BEFORE_NAME.exec(text.slice(0, text.length - best.join(' ').length));
    if (body !== null && best.length === 1 && GOVERNMENT_HEADS.has(body[1].toLowerCase())) return { name: text.slice(body.index), kind: 'other' };
    // ("The United Nations said": a body of several members named alone, no person)
    if (best.length > 1 && MEMBER_BODY_HEADS.has(last!.lower) && withoutLeading(text) === best.join(' ')) return { name: best.join(' '), kind: 'other' };
    // ("Chief Inspector of Prisons Charlie Taylor", "Director of Public Health Anna Jones": what an office is of, before a
    // given name and a surname, is no part of the person's name)
    const given = best.length > 2 && OFFICE_OF.test(text.slice(0, text.length - best.join(' ').length)) ? best.findIndex((w, j) => j > 0 && best.length - j <= 3 && isGivenName(w.toLowerCase())) : -1;
    if (given > 0 && !isGivenName(best[0].toLowerCase())) return { name: best.slice(given).join(' '), kind: 'person' };
    // ("SP Energy Networks": a utility's name, with the word inside it; not "Ed Power")
    if (best.length > 2 && best.slice(1, -1).some((w) => UTILITY_WORDS.has(w.toLowerCase()))) return { name: best.join(' '), kind: 'other' };
    // ("The energy regulator Ofgem", "Handset maker Novira": a name right after a lower-case noun for a body is the body's)
    let first = wordBefore(s, end - 1);
    for (let j = 1; j < best.length && first >= 0; j++) first = wordBefore(s, first - 1);
    const role = first > 0 && !best.includes('&') ? wordBefore(s, first - 1) : -1;
    if (role >= 0 && !startsUpper(words[role].text) && BODY_NOUNS.has(words[role].lower)) return { name: best.join(' '), kind: 'other' };
    // (or one capitalised to open the sentence: "Regulator Ofgem said", "Charity Shelter warned")
    if (best.length > 1 && first === 0 && BODY_OPENERS.has(best[0].toLowerCase())) return { name: best.slice(1).join(' '), kind: 'other' };
    // ("Riverside FC": a club's or a company's form last names a body, no person)
    if (best.length > 1 && FORM_HEADS.has(last!.lower)) return { name: best.join(' '), kind: 'other' };
    // ("Mothers Against Drunk Driving", "Ashford Against the Incinerator": a campaign against something, no person)
    if (best.length > 2 && best.includes('Against')) return { name: best.join(' '), kind: 'other' };
    // ("Ofgem", "Ofwat": a regulator's name)
    if (best.length === 1 && REGULATOR_NAMES.has(best[0])) return { name: best[0], kind: 'other' };
    return { name: best.join(' '), kind: 'person' };
  }
  // "David French", "Stephen King", "Michael Jordan": given names, then a surname that is also a place, a demonym or a title
  if (lastCap) {
    const from = surnameAfterGivenNames(s, end);
    if (from >= 0) return { name: text.slice(s.starts[from]), kind: 'person' };
  }
  // ("Power company Greenlight Energy": a name after a lower-case noun for a body, whose last word is also a title's, "Energy";
  // "Retail group Hartwell plc": one that ends with a company's form in lower case)
  const form = !lastCap && last !== undefined && COMPANY_ENDINGS.has(last.lower.replace(/\.$/, ''));
  if (lastCap || form) {
    const upto = form ? text.slice(0, text.length - last!.text.length).trimEnd() : text;
    const run = capitalRun(upto, upto.length - lastWord(upto).length);
    const before = upto.slice(0, upto.length - run.length).trimEnd();
    if ((run.includes(' ') || form) && startsUpper(run) && BODY_NOUNS.has(lastWord(before))) return { name: form ? `${run} ${last!.text}` : run, kind: 'other' };
  }
  // a group or an institution: the phrase without its leading determiners
  const phrase = withoutLeading(text);
  const kind: SpeakerKind = last !== undefined && last.lower.endsWith('s') && !lastCap ? 'group' : lastCap ? 'other' : 'group';
  return { name: phrase, kind };
}

/**
 * Nouns for a body that open a sentence before its name, capitalised ("Regulator Ofgem", "Charity Shelter"): the
 * `BODY_NOUNS` that seldom begin a name themselves (not "Union Pacific", "Group Lotus", "Party City").
 */
const BODY_OPENERS: ReadonlySet<string> = new Set(['regulator', 'watchdog', 'charity', 'retailer', 'airline', 'insurer', 'lender', 'broadcaster', 'supplier', 'manufacturer', 'operator', 'newspaper', 'publisher', 'website', 'firm']);

/**
 * A campaign's name that calls to act, ending the phrase: a verb of `CAMPAIGN_CALL_VERBS`, capitalised words, one small
 * word of `CAMPAIGN_CALL_LINKS` in lower case and capitalised words after it ("Stand Up to Racism", "Hope not Hate", "Stop
 * the War Coalition").
 */
const CAMPAIGN_CALL = new RegExp(String.raw`(?:^|\s)((?:${CAMPAIGN_CALL_VERBS.join('|')})(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:${CAMPAIGN_CALL_LINKS.join('|')})\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)$`, 'u');

/** A body that audits or inspects by its name: "National Audit Office", "HM Inspectorate of Prisons", "Housing Ombudsman". */
const AUDIT_BODY = /(?:\bAudit Office|\bInspectorate\b.*|\bOmbudsman)$/u;

/** The end of an office's title before what it is of or for ("Chief Inspector of | Prisons Charlie Taylor"). */
const OFFICE_OF = /\p{Lu}[\p{L}-]* (?:of|for) (?:the )?$/u;

/** Words of a compass point that open a region's name ("North Wales", "South West England"). */
const COMPASS_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'mid', 'rural', 'greater']);

/** The nations of the United Kingdom, which name bodies ("NHS England", "Police Scotland") and are no country of `placeOf`. */
const NATIONS: ReadonlySet<string> = new Set(['england', 'scotland', 'wales', 'ireland', 'britain']);


/** Heads of a government body named by its portfolio: "the Department for Transport", "the Ministry of Defence". */
const GOVERNMENT_HEADS: ReadonlySet<string> = new Set(['department', 'ministry', 'office']);

/**
 * A government department's name that ends a phrase after "the", opening it or after a lower-case word ("a spokesperson
 * for the Department for Work and Pensions", "the Ministry of Defence"; group 1); not after a capitalised word, "the
 * Florida Department of State", "the Science and Technology Directorate of the Department of Homeland Security".
 */
const GOVERNMENT_BODY = new RegExp(`(?:^|\\b\\p{Ll}[\\p{Ll}-]*\\s+)[Tt]he\\s+(${DEPARTMENT_HEAD}(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:,?\\s+(?:and\\s+|&\\s+)?\\p{Lu}[\\p{L}-]*)*)$`, 'u');

/** `GOVERNMENT_BODY` in `part`, not after "and" nor after a capitalised word and its preposition ("Directorate of the"). */
function governmentBody(part: string): RegExpExecArray | null {
  const m = GOVERNMENT_BODY.exec(part);
  if (m === null || m.index === 0) return m;
  const before = part.slice(0, m.index + m[0].length - m[1].length).trimEnd().split(/\s+/);
  // (the words before "the": a lower-case one, and the one before it)
  const lead = before[before.length - 2];
  const prior = before[before.length - 3];
  return lead === 'and' || lead === 'or' || (prior !== undefined && startsUpper(prior) && (lead === 'of' || lead === 'for')) ? null : m;
}

/** A capitalised head and "for" or "of" right before the name a phrase ends with: "Department for " (group 1 the head). */
const BODY_BEFORE_NAME = /\b(\p{Lu}\p{Ll}+) (?:for|of) (?:the )?$/u;

/** An adverb and a participle opening a phrase: "widely shared ", "recently published ". */
const SPREAD_MODIFIER = /^[a-z]+ly [a-z]+ed (?=\S)/;

/** Whether the words from token k say how far or where a post went: a number, "more than", "on Facebook", "online". */
function spreadAfter(s: ScannedTokens, k: number): boolean {
  const m = k < s.count && s.kinds[k] !== K_WORD && s.kinds[k] !== K_NUMBER ? k + 1 : k;
  if (m >= s.count) return false;
  return s.kinds[m] === K_NUMBER || SPREAD_AFTER.has(s.words[m].lower);
}
const SPREAD_AFTER: ReadonlySet<string> = new Set(['more', 'nearly', 'almost', 'over', 'tens', 'hundreds', 'thousands', 'millions', 'on', 'online', 'widely', 'across']);

/**
 * Where the name begins (a token index) when the words before token `end`, past leading determiners and lower-case
 * titles, are one or two given names (capitalised words the lexicon does not know, no title, place or date) and a
 * last capitalised word that is a place, a demonym or a title that is also a surname (`TITLE_SURNAMES`); else -1.
 */
function surnameAfterGivenNames(s: ScannedTokens, end: number): number {
  let n = 0;
  let from = -1;
  let lastTitle = false;
  for (let k = 0; k < end; k++) {
    if (s.kinds[k] !== K_WORD) {
      if (s.kinds[k] === K_NUMBER) return -1;
      continue;
    }
    const w = s.words[k];
    if (from < 0 && (LEADING.has(w.lower) || (!startsUpper(w.text) && TITLE_WORDS.has(w.lower)))) continue;
    if (!startsUpper(w.text) || lastTitle) return -1;
    if (from < 0) from = k;
    if (TITLE_SURNAMES.has(w.lower) || placeOf(w.lower) !== undefined) lastTitle = true;
    else if (posOf(w.lower) !== undefined || TITLE_WORDS.has(w.lower) || TITLE_ABBREVIATIONS.has(w.lower) || NON_NAME_DATES.has(w.lower)) return -1;
    n++;
  }
  return lastTitle && n >= 2 && n <= 3 ? from : -1;
}

/**
 * Whether a capitalised word is a plural that names people or documents (`GROUP_NOUNS`: "Prosecutors"; not "Fields"),
 * or "new" that a headline capitalised ("New queries over ..."): no person's name on its own.
 */
function pluralNoun(word: string): boolean {
  const w = word.toLowerCase();
  return GROUP_NOUNS.has(w) || w === 'new';
}

/** Lower-case particles inside a person's name. */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'dos', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'ter', 'ten']);

/** Whether the next word or particle after token k (before `end`) leads on to a capitalised word. */
function capitalAfter(s: ScannedTokens, k: number, end: number): boolean {
  for (let m = k + 1; m < end; m++) {
    if (s.kinds[m] !== K_WORD) continue;
    const w = s.words[m];
    if (startsUpper(w.text)) return true;
    if (!NAME_PARTICLES.has(w.text)) return false;
  }
  return false;
}

/** A phrase without its leading determiners and quantifiers ("many", "some", "these": `DETERMINERS`). */
function withoutQuantifiers(text: string): string {
  let from = 0;
  for (let space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', from)) {
    const w = text.slice(from, space).toLowerCase();
    if (!LEADING.has(w) && !DETERMINERS.has(w)) break;
    from = space + 1;
  }
  return from > 0 ? text.slice(from) : text;
}

/**
 * A phrase without its leading determiners ("the", "a", "its": words before a space), nor an adverb and a participle
 * after them ("A widely shared post on X" is the "post on X" named elsewhere).
 */
function withoutLeading(text: string): string {
  let from = 0;
  for (let space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', from)) {
    if (space - from > MAX_LEADING || !LEADING.has(text.slice(from, space).toLowerCase())) break;
    from = space + 1;
  }
  return (from > 0 ? text.slice(from) : text).replace(SPREAD_MODIFIER, '');
}

/** The last word of a name of two words or more ("Sergey Lavrov" -> "Lavrov"), or null. */
/** A generation's suffix that ends a person's name, after a space or a comma (group 1, without its full stop): "Jr.", "III". */
const GENERATION_SUFFIX = /,?\s+(Jr|Sr|II|III|IV)\.?$/;

function surnameOf(c: CanonicalName): string | null {
  // ("Martin Luther King Jr": the surname before the generation's suffix)
  if (c.kind === 'person' && GENERATION_SUFFIX.test(c.name)) return surnameOf({ name: c.name.replace(GENERATION_SUFFIX, ''), kind: c.kind });
  const space = c.name.lastIndexOf(' ');
  if (space < 0) return null;
  // (not a role held for someone, "longtime adviser to Trump": words in lower case that are no name's particles)
  for (const w of c.name.slice(0, space).split(' ')) if (/^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w)) return null;
  return c.name.slice(space + 1);
}

/**
 * The last word of a name that is particles and a surname ("Von der Leyen", "De Niro"), else null. One particle
 * that is also a given name ("Al Gore", "La Toya") makes no such name.
 */
function particleSurnameOf(name: string): string | null {
  const words = name.split(' ');
  if (words.length < 2 || (words.length === 2 && GIVEN_NAME_PARTICLES.has(words[0].toLowerCase()))) return null;
  for (let k = 0; k < words.length - 1; k++) if (!NAME_PARTICLES.has(words[k].toLowerCase())) return null;
  return words[words.length - 1];
}
const GIVEN_NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'la', 'le', 'del', 'ten']);

const PRONOUNS: ReadonlySet<string> = new Set(Object.keys(PERSONAL_PRONOUNS));
/** Possessive pronouns the model may give as a source, read as their personal pronoun. */
const POSSESSIVE_PRONOUNS: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they', its: 'it' };
/** "Its" or "Their", perhaps "own", and a noun opening a source: "Its survey of 2,000 commuters" (group 1 the pronoun, 2 the noun). */
const OWNED_EVIDENCE = /^(its|their)\s+(?:own\s+)?(\p{L}+)\b/iu;
/** Relative words a rule or the model may give as a source: they stand for the source named just before. */
const RELATIVE_SOURCES: ReadonlySet<string> = new Set(['who', 'which', 'that']);

export function isPronoun(source: string): boolean {
  return source.length <= 4 && PRONOUNS.has(source.toLowerCase());
}

/** What speaker resolution needs to know of one source phrase, worked out once per phrase. */
export interface SourceInfo {
  /** The canonical name, or null for a pronoun. */
  readonly canon: CanonicalName | null;
  /** The pronoun in lower case ("he", "they"), or null for a name. */
  readonly pronoun: string | null;
  /** For a person's name of two words or more, its last word: the surname a bare "Lavrov" is completed from. */
  readonly surname: string | null;
  /** A person named by one word ("Lavrov"): completed from a full name with that surname. */
  readonly bare: boolean;
  /**
   * A person named by a surname with its particles ("Von der Leyen" opening a sentence, "De la Cruz"): the last word,
   * by which the full name is found ("Ursula von der Leyen"). Such a name holds no surname for others.
   */
  readonly particleSurname?: string;
  /**
   * A group named in the plural ("the protesters"), or a person's speakers in the plural ("Lineham's lawyers", who speak
   * for Lineham): what "they" refers to first.
   */
  readonly plural: boolean;
  /** A person named by a role alone, read as a group ("the health secretary": `PERSON_ROLES`). */
  readonly role?: boolean;
  /** For a person's name that a source "he" or "she" stood for (the analyzer's, not `sourceInfo`'s), that pronoun. */
  readonly referredAs?: 'he' | 'she';
  /**
   * For a person, the pronoun that the phrase itself tells stands for them: a title before the name ("Mr Justice
   * Ambrose", "Congresswoman Ana Ruiz"), else a given name that compromise's lexicon knows as a man's or a woman's;
   * for someone named by a role, the role's ("A spokeswoman for the operator": `roleGender`).
   */
  readonly gender?: 'he' | 'she';
  /**
   * For someone named by a description alone, when what they are reported to say opens with the pronoun that `gender`
   * holds ("One patient said she had received a letter"): true (the analyzer's, not `sourceInfo`'s). The pronoun of the
   * source right after is theirs, whoever was named before.
   */
  readonly selfTold?: boolean;
  /**
   * For the pronoun "it", when a verb of saying right after it is its cue ("It said", "It added"; not "it appeared"):
   * true (the analyzer's, not `sourceInfo`'s). It then stands for a name right before that nothing told a pronoun of.
   */
  readonly saysAfter?: boolean;
  /**
   * For the pronoun "he" or "she" after a quotation it closes ('"We stand by it," he said'): true (the analyzer's, not
   * `sourceInfo`'s). A quotation so tagged goes on from the source right before, a role that tells the pronoun ("A
   * spokesman insisted X."), whoever was named before that.
   */
  readonly afterQuote?: boolean;
  /**
   * A spokesperson's phrase whose word tells no pronoun ("A spokesperson for the Department for Business and Trade", whose
   * name is the body's): "he" or "she" in the source right after stands for them (`resolveSourceInfos`).
   */
  readonly speaksFor?: boolean;
  /**
   * For a lawyer named with whom they act for ("Forsyth's barrister, Niall Grant", "Mr Reid's solicitor"), that client's
   * name as the phrase gives it ("Forsyth"): "his client" in the source right after is that client (`resolveSourceInfos`).
   */
  readonly counselFor?: string;
  /** A lawyer's client named by a possessive ("his client", "her clients"): the one the lawyer named before acts for. */
  readonly client?: boolean;
  /** For a person, the offices among the title words right before the name ("Mayor Tess Oduya": mayor). */
  readonly offices?: readonly string[];
  /**
   * For a person named by an office alone, not by an indefinite article ("Mayor says X", "the minister"), the office
   * (`OFFICES`): the one person the article gives that office, if only one, is the speaker.
   */
  readonly office?: string;
  /** For an institution's name, the short forms it goes by: its initials ("WHO") and one given in parentheses ("(AIU)"). */
  readonly acronyms?: readonly string[];
  /** A name that is a short form in capitals ("the AIU"): completed from an institution the article named in full. */
  readonly abbreviation?: boolean;
  /** For two people named together ("Mark Ellison and Sun Li"), each one's full name: a later surname alone is theirs. */
  readonly members?: readonly string[];
  /**
   * For the name a relative "who" stands for ("Ivanka Trump, who spoke of her father"): true. Such a name completes no
   * later surname alone ("Trump said" is the Donald Trump the article names, as before the aside).
   */
  readonly relative?: boolean;
  /**
   * A body named by "the" and its head noun alone, in the singular ("The mission", "the ministry"): the body named
   * before with a name that ends in that noun ("The UN human rights monitoring mission").
   */
  readonly definiteHead?: boolean;
  /**
   * For a body's name after its description, the description's head noun (`BODY_NOUNS`, `INSTITUTION_HEADS`): "The
   * company Brightwell Energy", "energy firm Brightwell" ("company", "firm"). A later "the company" is that body.
   */
  readonly describedAs?: string;
  /** One of a group, with nothing else to name them ("One", "Another", "One of them, who asked not to be named"): true. */
  readonly member?: boolean;
  /**
   * A body described, not named, with "a" or "an" ("A landlords' association", "figures from a tenants' union"): the
   * description's words, lower case, with no apostrophes ("landlords association"), which a name given later ends with
   * ("the South West Landlords Association": `resolveSourceInfos`). Two words at least.
   */
  readonly indefinite?: string;
  /**
   * A person named by "the" and a role alone ("the nurse, who asked not to be named"): the role, which a person described
   * with that role's head before stands for ("A senior nurse at Riverside Hospital": `resolveSourceInfos`).
   */
  readonly definiteRole?: string;
}

/** The `SourceInfo` of a source phrase (the same object for the same phrase: do not change it). */
export const sourceInfo: (source: string) => SourceInfo = memoByString((source) => computeSourceInfo(source));

function computeSourceInfo(source: string): SourceInfo {
  if (isPronoun(source)) return pronounInfo(source.toLowerCase());
  const lower = source.toLowerCase();
  // ("You said ..." in an interview: the one addressed, whom the article does not name as a source)
  if (lower === 'you') return pronounInfo('you');
  // "..., said Sofie Lind, who called for an audit": a relative word stands for the source before it (not "WHO" in
  // capitals, the World Health Organization's initials: "WHO rejects claim that ...")
  if (RELATIVE_SOURCES.has(lower) && source !== 'WHO') return pronounInfo('who');
  // "His claim was challenged": a possessive stands for the one it names, as the personal pronoun does
  const possessive = POSSESSIVE_PRONOUNS[lower];
  if (possessive !== undefined) return pronounInfo(possessive);
  // ("Its survey of 2,000 commuters found X": evidence named by its owner's possessive is the owner's, whom "it" stands for)
  const owned = OWNED_EVIDENCE.exec(source);
  if (owned !== null && EVIDENCE_NOUNS.has(owned[2].toLowerCase())) return pronounInfo(POSSESSIVE_PRONOUNS[owned[1].toLowerCase()]);
  // ("the 26-year-old said": the person the article just named, as a pronoun stands for them; "the 24-year-old woman": she)
  // (with a relative clause on it: "The 26-year-old, who won silver last year,")
  const comma = source.indexOf(',');
  const age = AGE_DESCRIPTION.exec(comma > 0 ? source.slice(0, comma) : source);
  if (age !== null) return pronounInfo(age[1] === undefined ? 'person' : /^(?:woman|girl)$/i.test(age[1]) ? 'she' : 'he');
  // ("The Finn said", "the Briton": a person by their nationality, as "the 26-year-old")
  if (isEpithet(source)) return pronounInfo('person');
  const named = canonicalName(source);
  // ("The Swedish air navigation service, LFV": a name in capitals after a description is the body's, no person's; later
  // "LFV" alone is that body too, as an acronym given with a full name is)
  const body = named.kind === 'person' && ACRONYM.test(named.name) && source.length > named.name.length + 2 && /\p{Ll}/u.test(source);
  const canon: CanonicalName = body ? { name: named.name, kind: 'other' } : named;
  const person = canon.kind === 'person';
  const particles = person ? particleSurnameOf(canon.name) : null;
  const acronyms = body ? [canon.name] : canon.kind === 'other' && canon.name.includes(' ') ? acronymsOf(source, canon.name) : NO_ACRONYMS;
  // (every SourceInfo has every field, in one order: speaker resolution reads thousands of them per edit, and objects
  // of one shape keep its property reads fast)
  return {
    canon,
    pronoun: null,
    surname: person && particles === null ? surnameOf(canon) : null,
    bare: person && particles === null && !canon.name.includes(' '),
    plural: person ? PLURAL_SPEAKERS_FOR.test(source) : particles === null && canon.kind === 'group' && ((/s$/i.test(canon.name) && !SINGULAR_IN_S.has(lastWord(canon.name).toLowerCase()) && !ONE_PERSON_HEAD.test(canon.name)) || canon.name.includes(' and ') || PEOPLE_HEAD.test(canon.name)),
    particleSurname: particles ?? undefined,
    role: canon.kind !== 'person' && (canon.kind === 'other' ? roleNoun(roleHead(canon)) : PERSON_ROLES.has(roleHead(canon))) ? true : undefined,
    referredAs: undefined,
    gender: person ? genderOf(source, canon.name) : roleGender(canon.name),
    offices: person ? officesBefore(source, canon.name) : undefined,
    office: person ? undefined : officeOf(source, canon) ?? spokespersonsOffice(source),
    acronyms: acronyms.length > 0 ? acronyms : undefined,
    abbreviation: (body || acronyms.length === 0) && ACRONYM.test(canon.name) ? true : undefined,
    // (and "the spokesperson", whom the one named before with a body's name is: `resolveSpeakers`)
    definiteHead: canon.kind === 'group' && !/s$/i.test(canon.name) && DEFINITE_HEAD.test(source) && (!PERSON_ROLES.has(canon.name.toLowerCase()) || SPOKESPERSONS.has(canon.name.toLowerCase())) ? true : undefined,
    members: canon.kind === 'group' && canon.name.includes(' and ') ? pairMembers(canon.name) : undefined,
    relative: undefined,
    describedAs: canon.kind === 'other' ? describedHead(source, canon.name) : undefined,
    member: GROUP_MEMBER.test(source) ? true : undefined,
    speaksFor: SPOKESPERSON_PHRASE.test(source) ? true : undefined,
    counselFor: COUNSEL_FOR.exec(source)?.[1],
    client: CLIENT.test(source) ? true : undefined,
    indefinite: canon.kind === 'group' ? indefiniteWords(source) : undefined,
    definiteRole: canon.kind === 'group' && !canon.name.includes(' ') && DEFINITE_ROLE.test(source) ? canon.name : undefined,
  };
}
/** "The" and one lower-case word, to the source's end or a comma: "the nurse", "The nurse, who asked not to be named". */
const DEFINITE_ROLE = /^\s*[Tt]he\s+\p{Ll}+\s*(?:,|$)/u;
/** How many sources back a person a definite role stands for may be described (`SourceInfo.definiteRole`). */
const DEFINITE_ROLE_REACH = 6;
/** A body described with "a" or "an" to the source's end, perhaps after a document and "from" or "by": group 1 the description. */
const INDEFINITE_BODY = /^(?:.*\s(?:from|by)\s)?[Aa]n?\s+((?:\p{Ll}+['’]?\s+)+\p{Ll}+)$/u;
/** `SourceInfo.indefinite` of a source, or undefined. */
function indefiniteWords(source: string): string | undefined {
  const m = INDEFINITE_BODY.exec(source);
  return m !== null ? withoutApostrophes(m[1].toLowerCase()) : undefined;
}
/** A text without its apostrophes ("tenants' union" -> "tenants union"). */
function withoutApostrophes(text: string): string {
  return text.replace(/['’]/g, '');
}
/**
 * Whether a body's name of two words or more ends with the head noun of a description whose other words only say what
 * kind of body it is (`KIND_DESCRIBERS`): "parliamentary committee" and "defence committee".
 */
function describedHeadOf(words: string, name: string): boolean {
  const parts = words.split(' ');
  const head = parts[parts.length - 1];
  if (!name.includes(' ') || !name.endsWith(` ${head}`)) return false;
  for (let k = 0; k < parts.length - 1; k++) if (!KIND_DESCRIBERS.has(parts[k])) return false;
  return true;
}
/** Words that say what kind a body described with "a" is, not which: "a parliamentary committee", "an independent panel". */
const KIND_DESCRIBERS: ReadonlySet<string> = new Set(['parliamentary', 'congressional', 'senate', 'local', 'national', 'regional', 'independent', 'international', 'government', 'official', 'cross-party', 'select', 'public', 'statutory']);
/** How many sources after a body described with "a" its name may come (`SourceInfo.indefinite`). */
const INDEFINITE_REACH = 8;
/** A lawyer named with their client's possessive ("Forsyth's barrister, Niall Grant", "Mr Reid's defence lawyer"): group 1 the client. */
const COUNSEL_FOR = /^(?:Mr|Mrs|Ms|Miss|Dr)?\.?\s*(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})['’]s (?:(?:defence|defense|criminal) )?(?:lawyers?|solicitors?|attorneys?|barristers?|counsel|legal team)\b/u;
/** How many sources back a lawyer named may be for "his client" (`resolveSourceInfos`). */
const CLIENT_REACH = 2;
/** A lawyer's client by a possessive: "his client", "her clients". */
const CLIENT = /^(?:his|her|their) clients?$/i;
/** Evidence named by a body's head noun alone: "Police figures", "Council data" (group 1 the noun). */
const BODY_EVIDENCE = /^(\p{Lu}\p{Ll}+) (?:figures|data|statistics|numbers|records)$/u;
/** A document of a body named by a noun and its possessive: "watchdog's report", "regulator's findings". */
const OWNED_FINDING = /^(\p{Ll}+)['’]s (?:report|findings|review|analysis|figures|data|study|audit|investigation)$/u;
/** One unnamed person with a phrase after the head: "a person close to the process", "a source familiar with the talks" (no plural, whatever the phrase ends with). */
const ONE_PERSON_HEAD = /^(?:\p{L}+\s+)?(?:person|source|individual|official|aide|adviser|advisor|insider|ally|friend)\s+(?:familiar|close|with|who|briefed|involved|in|at|from)\b/iu;

/** A group of people with a phrase after its plural head: "three people familiar with the matter", "people close to him". */
const PEOPLE_HEAD = /^(?:\p{L}+\s+)?(?:people|persons|individuals)\s+(?:familiar|close|with|who|briefed|involved|in|at|from)\b/iu;
/**
 * A spokesperson's phrase that gives them no pronoun: "A spokesperson for the Department for Business and Trade", "A
 * spokesperson for Mr Okonkwo" (whose "Mr" is the leader's; "spokesman" and "spokeswoman" are roles that tell theirs).
 */
const SPOKESPERSON_PHRASE = /\bspokesperson\b/i;

/**
 * The head noun of the description before a body's name in its source ("The company Brightwell Energy": "company"; "The
 * group, Data Watch": "group"), if any.
 */
function describedHead(source: string, name: string): string | undefined {
  const at = source.indexOf(name);
  if (at <= 0) return undefined;
  const m = /(\p{Ll}+),?\s+$/u.exec(source.slice(0, at));
  return m !== null && (BODY_NOUNS.has(m[1]) || INSTITUTION_HEADS.has(m[1])) ? m[1] : undefined;
}

/**
 * A body's name that `SourceInfo.definiteHead` may stand for: a proper name's words, then lower-case ones to its head
 * noun ("UN human rights monitoring mission", "Sanders campaign"); not a description ("more personal campaign",
 * "authors of the report").
 */
const NAMED_BODY = /^(?:\p{Lu}[\p{L}.&'’-]*\s+)+(?:\p{Ll}[\p{Ll}-]*\s+)*\p{Ll}+$/u;

/** Whether a name's first word is a common word capitalised at a sentence's start: "One woman", "This initiative", "Source familiar with". */
function commonFirstWord(name: string): boolean {
  const first = name.slice(0, name.indexOf(' ')).toLowerCase();
  return DETERMINERS.has(first) || NUMBER_WORDS.has(first) || LONE_QUANTIFIERS.has(first) || posOf(first) === 'N';
}

/** "a" or "an" and a lower-case word opening a part of a source: a description ("a network of shelters"). */
const INDEFINITE_OPENING = /^[Aa]n?\s+\p{Ll}/u;

/** A name whose head comes before its "for", "of" or "on" ("Institute for Fiscal Studies", "Ministry of Defence"): the head in group 1. */
const HEAD_BEFORE_OF = /^(?:\p{Lu}[\p{L}.&'’-]*\s+)*?(\p{Lu}[\p{Ll}]+)\s+(?:for|of|on)\s+\p{Lu}/u;

/**
 * The institution's head (`INSTITUTION_HEADS`) before a name's "for", "of" or "on", lower-cased ("institute" for "Institute
 * for Fiscal Studies"), or '' (remembered per name: speaker resolution runs on every edit).
 */
const headBeforeOf = memoByString((name) => {
  const m = HEAD_BEFORE_OF.exec(name);
  const word = m !== null ? m[1].toLowerCase() : '';
  return INSTITUTION_HEADS.has(word) ? word : '';
});

/** "the" and one lower-case word, a body's head noun given alone ("The mission"), or with one word before it ("the defence ministry"). */
const DEFINITE_HEAD = /^\s*[Tt]he\s+(?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}[\p{Ll}-]*\s*$/u;
const NO_ACRONYMS: string[] = [];

/**
 * One of a group named before, with nothing else to name them, opening its sentence: "One", "Another", "One of them, who
 * asked not to be named"; or "one of the people" anywhere (not "said one", a source cut short).
 */
const GROUP_MEMBER = /^(?:(?:One|Another)(?:\s+of\s+(?:them|those|(?:the|those|these)\s+(?:people|sources|officials|individuals|persons)))?|one\s+of\s+(?:them|(?:the|those|these)\s+(?:people|sources|officials|individuals|persons)))(?:,\s+(?:who|whom)\s[^,]*,?)?$/;

/** A person described by their age only: "the 26-year-old", "The 24-year-old woman"; group 1 the noun. */
const AGE_DESCRIPTION = /^the\s+\d+-year-old(?:\s+(man|woman|boy|girl))?$/i;

/**
 * Whether a source is an epithet that stands for a person named before, as a pronoun does: an age ("the 24-year-old")
 * or a nationality (`DEMONYM_PERSONS`: "the Finn", "the young Briton").
 */
export function isEpithet(source: string): boolean {
  if (AGE_DESCRIPTION.test(source)) return true;
  const m = /^the\s+(?:(?:young|veteran|\d+-year-old)\s+)?(\p{Lu}[\p{L}-]+)$/iu.exec(source);
  return m !== null && m[1][0] === m[1][0].toUpperCase() && DEMONYM_PERSONS.has(m[1].toLowerCase());
}

/** The `SourceInfo` of a pronoun ("he", "who" for a relative word), with every field as a name's has. */
function pronounInfo(pronoun: string): SourceInfo {
  return {
    canon: null, pronoun, surname: null, bare: false, plural: false, particleSurname: undefined, role: undefined, referredAs: undefined,
    gender: undefined, offices: undefined, office: undefined, acronyms: undefined, abbreviation: undefined, definiteHead: undefined, members: undefined, relative: undefined, describedAs: undefined, member: undefined, speaksFor: undefined, counselFor: undefined, client: undefined,
    indefinite: undefined, definiteRole: undefined,
  };
}


/**
 * The pronoun a person's source phrase tells: a reflexive after the name ("Quinn herself"), a gendered title among
 * the title words right before it ("Mr Justice Ambrose", "First Lady Melania Trump"), else the given name of a name
 * of two words or more.
 */
function genderOf(source: string, name: string): 'he' | 'she' | undefined {
  // ("Quinn herself": the reflexive tells)
  if (source.endsWith('herself')) return 'she';
  if (source.endsWith('himself')) return 'he';
  for (const w of titlesBefore(source, name)) {
    const g = GENDERED_TITLES.get(w);
    if (g !== undefined) return g;
  }
  return fullNamePronoun(name);
}

/**
 * The pronoun a person named by a gendered role stands for: "A spokeswoman for the operator", "the chairman of the
 * board" (the role's noun before any preposition; `GENDERED_ROLES`).
 */
function roleGender(name: string): 'he' | 'she' | undefined {
  // (a role after the body's name, whatever joins that name: "Department for Education spokesman")
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  if (GENDERED_ROLES.has(last)) return ROLE_PRONOUNS.get(last);
  for (const w of name.split(' ')) {
    const lower = w.toLowerCase();
    if (GENDERED_ROLES.has(lower)) return ROLE_PRONOUNS.get(lower);
    if (ROLE_BREAKS.has(lower)) return undefined;
  }
  return undefined;
}
const ROLE_BREAKS: ReadonlySet<string> = new Set(['for', 'of', 'at', 'to', 'in', 'from', 'with', 'and']);

/**
 * The title words right before a person's name in its source phrase, nearest first, in lower case and without a full
 * stop ("Housing Minister Paul Grant": minister, housing; "Mr Justice Ambrose": justice, mr).
 */
function titlesBefore(source: string, name: string): string[] {
  const at = source.lastIndexOf(name);
  if (at <= 0) return NO_TITLES;
  let before = source.slice(0, at).trimEnd().split(/\s+/);
  // ("The chancellor, Rachel Greaves": the titles of a definite phrase before the name's comma)
  // (past the place or the body the office is of: "The mayor of Northgate, Rachel Adeyemi")
  if (before.length >= 4 && before[before.length - 1].endsWith(',') && before[0].toLowerCase() === 'the') {
    const of = before.indexOf('of');
    if (of >= 2 && before.slice(of + 1).every((w) => /^\p{Lu}/u.test(w) || w === 'the')) before = [...before.slice(0, of - 1), `${before[of - 1]},`];
  }
  const last = before.length - 1;
  if (last >= 1 && before[last].endsWith(',') && before[0].toLowerCase() === 'the') before[last] = before[last].slice(0, -1);
  let out: string[] | undefined;
  for (let k = last; k >= 0; k--) {
    const w = before[k].toLowerCase();
    const bare = w.endsWith('.') ? w.slice(0, -1) : w;
    // (with the word that makes an office another: "Shadow chancellor Mel Stride")
    if (!TITLE_WORDS.has(w) && !GENDERED_TITLES.has(bare) && !(k < last && OFFICE_MODIFIERS.has(w) && OFFICES.has(before[k + 1].toLowerCase()))) break;
    (out ??= []).push(bare);
  }
  return out ?? NO_TITLES;
}
const NO_TITLES: string[] = [];

/** Offices one person holds in a story, whose bare name ("the mayor") stands for the one the article names with it. */
const OFFICES: ReadonlySet<string> = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'premier', 'mayor', 'governor', 'king', 'queen', 'pope', 'judge',
  'coach', 'manager', 'ceo', 'sheriff', 'commissioner', 'chairman', 'chairwoman', 'captain', 'prosecutor',
  // ("The chief executive of Northern Bank" before "Chief executive Sara Lind")
  'executive',
  // ("Councillor says X" over "Councillor Dave Brennan said Y", when the story names one councillor)
  'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman',
]);

/** The offices among the title words right before a person's name in its source phrase ("Housing Minister Paul Grant": minister). */
function officesBefore(source: string, name: string): string[] | undefined {
  const titles = titlesBefore(source, name);
  let out: string[] | undefined;
  for (let k = 0; k < titles.length; k++) if (OFFICES.has(titles[k])) (out ??= []).push(officeKey(titles[k + 1] ?? '', titles[k]));
  return out;
}

/** An office with the word that makes it another ("vice president", "prime minister", "former president"), else the office. */
function officeKey(before: string, office: string): string {
  return OFFICE_MODIFIERS.has(before) ? `${before} ${office}` : office;
}
const OFFICE_MODIFIERS: ReadonlySet<string> = new Set(['vice', 'deputy', 'prime', 'former', 'acting', 'interim', 'first', 'assistant', 'associate', 'shadow', 'chief']);

/** The office a source names on its own, definite or bare ("the mayor", "Mayor", "The health minister"); not "a minister". */
function officeOf(source: string, canon: CanonicalName): string | undefined {
  if (canon.kind === 'person' || /^(?:an?|another|one|some|any)\s/i.test(source.trimStart())) return undefined;
  // (of the body it serves: "The chief executive of Northern Bank")
  const words = canon.name.replace(/ of (?:the )?\p{Lu}[\p{L}'’&. -]*$/u, '').split(' ');
  if (words.length > 3 || !words.every((w, j) => TITLE_WORDS.has(w.toLowerCase()) || (j === words.length - 2 && OFFICE_MODIFIERS.has(w.toLowerCase())))) return undefined;
  const last = words[words.length - 1].toLowerCase();
  return OFFICES.has(last) ? officeKey(words.length > 1 ? words[words.length - 2].toLowerCase() : '', last) : undefined;
}

/**
 * The office whose holder a spokesperson speaks for ("a spokesperson for the mayor", "A spokeswoman for the health
 * secretary": the mayor's words, as "A spokesperson for the Department for Education" gives the department's), or undefined.
 */
function spokespersonsOffice(source: string): string | undefined {
  const m = SPOKESPERSON_FOR.exec(source.trim());
  if (m === null) return undefined;
  const words = m[1].toLowerCase().split(/\s+/);
  const last = words[words.length - 1];
  return OFFICES.has(last) ? officeKey(words.length > 1 ? words[words.length - 2] : '', last) : undefined;
}
/** `bodies` (made when undefined) with `name` set under each of `nouns`: the body "the firm" or "the regulator" stands for. */
function namedBy(bodies: Map<string, string> | undefined, nouns: readonly string[], name: string): Map<string, string> {
  const out = bodies ?? new Map<string, string>();
  for (const noun of nouns) out.set(noun, name);
  return out;
}

/** Whether a source's name ends with findings' or a written thing's noun, which speak with no spokesperson ("NHS England figures", "ingredient list"). */
function speaksItself(name: string): boolean {
  const last = lastWord(name).toLowerCase();
  return EVIDENCE_NOUNS.has(last) || WRITTEN_SOURCE_NOUNS.has(last);
}

/** A spokesperson's name for whom they speak by a body's lower-case noun ("spokesman for the regulator": group 1). */
const SPOKESPERSON_FOR_BODY = /^spokes(?:man|woman|person) for the (\p{Ll}+)$/u;
const SPOKESPERSON_FOR = /^(?:an?|the)\s+(?:\p{Ll}+\s+)?spokes(?:man|woman|person)\s+for\s+the\s+((?:\p{L}+\s+)?\p{L}+)$/iu;

/** A short form in capitals: "WHO", "AIU", "CBO". */
const ACRONYM = /^[A-Z]{2,6}$/;

/** The short forms of an institution's name: its initials and a short form given in parentheses in the source. */
function acronymsOf(source: string, name: string): string[] {
  const out: string[] = [];
  let initials = '';
  for (const w of name.split(' ')) if (!NAME_JOINERS.has(w.toLowerCase()) && startsUpper(w)) initials += w[0];
  if (ACRONYM.test(initials)) out.push(initials);
  const given = /\(([A-Z]{2,6})\)?\s*$|\(([A-Z]{2,6})\)/.exec(source);
  const short = given?.[1] ?? given?.[2];
  if (short !== undefined && short !== initials) out.push(short);
  return out;
}

/**
 * Resolves the speakers of a document's attributions and denials, in document order. `sources[i]`
 * is the source text (or null); returns the canonical speaker for each.
 */
export function resolveSpeakers(sources: Array<string | null>, quotedFirstPerson: boolean[]): Array<string | null> {
  return resolveSourceInfos(sources.map((s) => (s ? sourceInfo(s) : null)), quotedFirstPerson);
}

/**
 * The first full name the text gives a bare surname ("Lene Aas" for "Aas", "Ted Cruz" from "Senator Ted Cruz"): up to
 * three capitalised words before it that make a person's name with it, whose given names are no common, function,
 * title, place or date words ("Then Aas left", "Strong Cruz gains"), in a text that is no headline in title case;
 * else null. A surname that is a verb, an adverb or a plural noun is never completed.
 */
export function mentionedFullName(text: string, surname: string): string | null {
  if (!likeSurname(surname)) return null;
  let title: boolean | undefined;
  // (each place the surname stands, found by indexOf: this runs on every edit, for each surname no source gave in full)
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + surname.length)) {
    const after = text.charCodeAt(at + surname.length);
    if (at < 2 || text.charCodeAt(at - 1) !== 32 || isNameCode(after)) continue;
    const m = GIVEN_NAMES_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
    if (!m) continue;
    const c = canonicalName(`${m[1]}${surname}`);
    if (c.kind !== 'person' || c.name === surname || !c.name.endsWith(` ${surname}`)) continue;
    const given = c.name.slice(0, -surname.length - 1).split(' ');
    if (given.some(notGivenName)) continue;
    // (read once, and only for a text that has a candidate: most have none)
    if ((title ??= titleCased(text))) return null;
    // ("Lula" in "Luiz Inácio Lula da Silva": the name goes on past its particles)
    const tail = PARTICLE_TAIL.exec(text.slice(at + surname.length, at + surname.length + 40));
    return tail === null ? c.name : c.name + tail[0];
  }
  return null;
}

/**
 * The one person a text names with a given name that tells `pronoun` and a surname ("Mayor Tom Brennan spoke at a
 * rally"): the full name, as `canonicalName` gives it; null when it names none, or two such persons. Named as a
 * sentence's subject at least once, unless `anywhere` (the text is the pronoun's own sentence up to it).
 */
export function onePersonNamed(text: string, pronoun: 'he' | 'she', anywhere = false): string | null {
  // (not a name inside quotation marks, someone's words about another; nor in a headline in title case)
  const plain = text.includes('"') || text.includes('“') ? text.replace(QUOTED, (q) => ' '.repeat(q.length)) : text;
  let found: string | null = null;
  // (named as a sentence's subject at least once)
  let subject = false;
  for (const m of plain.matchAll(GIVEN_AND_SURNAMES)) {
    // (a given name that tells no pronoun, after a gendered title that does: "Ms Priya Nair", "Mr. Raj Patel")
    if ((givenNamePronoun(m[1].toLowerCase()) ?? titleBeforeName(plain, m.index!)) !== pronoun) continue;
    const rest = m[2].split(/\s+/);
    if (!likeSurname(rest[rest.length - 1])) continue;
    const c = canonicalName(`${m[1]} ${rest.join(' ')}`);
    if (c.kind !== 'person' || !c.name.startsWith(m[1])) continue;
    // (another such person anywhere leaves the pronoun unresolved: "Tom Brennan and Paul Hart spoke")
    if (found !== null && found !== c.name) return null;
    found = c.name;
    subject ||= opensSentence(plain, m.index!) || passiveAgent(plain, m.index!);
  }
  // (or by the surname alone, which opens a sentence: "sprinter Maria Okafor ... Okafor tested positive in June")
  if (found !== null && !subject && !anywhere) subject = surnameOpensSentence(plain, found);
  return found === null || !(subject || anywhere) || titleCased(text) ? null : found;
}

/** Whether the surname of `name` alone opens a sentence of `text`, a word in lower case after it (its verb): "Okafor tested". */
function surnameOpensSentence(text: string, name: string): boolean {
  const surname = name.slice(name.lastIndexOf(' ') + 1);
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    const end = at + surname.length;
    if (at > 0 && /[\p{L}'’-]/u.test(text[at - 1])) continue;
    if (!/^\s+\p{Ll}/u.test(text.slice(end, end + 3)) || !opensSentence(text, at)) continue;
    // (alone: not the surname of the full name itself, after its given name)
    if (text.slice(Math.max(0, at - name.length + surname.length), at) === name.slice(0, name.length - surname.length)) continue;
    return true;
  }
  return false;
}
/**
 * The body a sentence opens with as its subject, named in capitals after "The" ("The Football Association charged ...",
 * "The Met Office said") or as a company's name alone ("Severn Water was fined"), or a study ("The study followed"): its
 * canonical name, or null when there is none or it is a person's.
 */
export function bodyOpening(sentence: string): string | null {
  // (past a live page's time label: "**09:12** — The Met Office has upgraded its warning")
  const label = TIME_LABEL.exec(sentence);
  if (label !== null) sentence = sentence.slice(label[0].length);
  const m = BODY_OPENING.exec(sentence);
  if (m === null) {
    // (or a study: "The study, published in X, followed 4,200 patients. | It found X")
    const e = EVIDENCE_OPENING.exec(sentence);
    return e === null ? null : canonicalName(e[1]).name;
  }
  const c = canonicalName(m[2]);
  // (without "The", a name only when it is no one's: "Severn Water was fined", not "Leon Price was charged")
  return c.kind === 'person' || (m[1] === undefined && (c.kind !== 'other' || OPENING_DETERMINERS.test(m[2]))) ? null : c.name;
}
/**
 * A name of capitalised words after a number of one to three digits, at the end of a source, after a lower-case
 * description ("campaign group 38 Degrees"; not a count, "6 in 10 Republicans", "31 Latinos": `canonicalName`).
 */
const NUMBERED_NAME = /(?:^|\s)(?!(?:in|of|than|about|some|nearly|almost|over|under|on|at|by|to|from|for|since|until|with|and|or|the|a|an)\s)\p{Ll}+ (\d{1,3}(?: \p{Lu}[\p{L}'’&-]*)+)$/u;
/** A determiner that opens a sentence in capitals, no name ("These results showed"). */
const OPENING_DETERMINERS = /^(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Some|Many|Most|All|Both)$/;
/** A live page's time label opening a sentence, bold or not, with its dash: "**09:12** — ", "14.05 - ". */
const TIME_LABEL = /^\**\d{1,2}[:.]\d{2}\**\s*(?:[—–-]\s*)?/;
/** A sentence's opening subject that is a study, a report or a survey, before a comma or its verb (`bodyOpening`). */
const EVIDENCE_OPENING = /^(The (?:[a-z-]+ )?(?:study|report|survey|poll|review|analysis|audit|trial|research))(?:,| (?:has |have |had |was |is |also )?[a-z]+(?:ed|s)\b)/;
/**
 * A sentence's opening subject in capitals, "The" before it or not, then its verb in "-ed" or "-s", or any participle after
 * "has", "have" or "had" ("has made") (`bodyOpening`).
 */
const BODY_OPENING = /^(The )?((?:\p{Lu}[\p{L}&'’-]*)(?: (?:of |for |and |on )?\p{Lu}[\p{L}&'’-]*)*) (?:(?:has|have|had) (?:also |since |already )?[a-z]{3,}\b|(?:has |have |had |was |is |also |then |later |on |last |this )?[a-z]+(?:ed|s)\b)/u;

/**
 * A person's role that speaks for the body named before it, optional, with its space: "union official Gemma Rourke" and
 * "council leader Amira Hussain" speak for the union and the council (`namedWithRole`).
 */
const SPEAKING_FOR = '(?: (?:general |chief |senior |deputy )?(?:official|spokes(?:man|woman|person)|leader|boss|chief|representative|negotiator|chair(?:man|woman)?|secretary|president|director|executive|head))?';

/**
 * Whether a text names a person with a role word, in lower case, right before the name ("the mayor of Northgate,
 * Rachel Adeyemi", "Mayor Rachel Adeyemi") or in an appositive right after it ("Rachel Adeyemi, the city's mayor").
 */
export function namedWithRole(text: string, name: string, role: string): boolean {
  if (!name.includes(' ') || !/^[a-z]+$/.test(role)) return false;
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // (the role's first letter in either case: "Mayor Rachel Adeyemi")
  const r = `[${role[0]}${role[0].toUpperCase()}]${role.slice(1)}`;
  return new RegExp(`\\b${r}(?: (?:of|for) (?:the )?\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)*,)?${SPEAKING_FOR} ${n}\\b`, 'u').test(text) ||
    new RegExp(`\\b${n}, (?:the|a|an|its|their) (?:[\\p{L}'’-]+ ){0,3}${role}\\b`, 'u').test(text);
}

/**
 * Whether a name at `at` is a sentence's subject, as far as its place tells: at most `SUBJECT_LEAD_WORDS` words, no
 * comma, between the sentence's start (the text's, a line's, or after a full stop) and the name ("Mayor Tom Brennan
 * spoke", "Former mayor Tom Brennan spoke"; not "a rally for Tom Brennan").
 */
function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0) {
    const c = text.charCodeAt(k);
    // (not a title's full stop: "between Trump and Texas Sen. Ted Cruz")
    if (c === 46 && TITLE_ABBREVIATIONS.has(wordEndingAt(text, k).toLowerCase())) {
      k--;
      continue;
    }
    if (c === 10 || c === 46 || c === 33 || c === 63 || c === 44 || c === 59 || c === 58) break;
    k--;
  }
  if (k >= 0) {
    const c = text.charCodeAt(k);
    // ("The study's lead author, Dr Helen Cho, stood by the findings": the name in apposition to the subject that opens
    // the sentence)
    if (c === 44) return leadWords(text.slice(k + 1, at)) && subjectBeforeComma(text, k);
    if (c === 59 || c === 58) return false;
    if (c !== 10 && text.charCodeAt(k + 1) !== 32 && text.charCodeAt(k + 1) !== 10) return false;
  }
  return leadWords(text.slice(k + 1, at));
}
/**
 * Whether `lead` is words a subject's name may follow: none, or a title or a role, an adjective, an article; not a verb or
 * a preposition, "He met Roman Catholics".
 */
function leadWords(text: string): boolean {
  const lead = text.trim();
  if (lead === '') return true;
  const words = lead.split(/\s+/);
  return words.length <= SUBJECT_LEAD_WORDS && words.every((w) => /^\p{Lu}/u.test(w) || LEAD_POS.has(posOf(w.toLowerCase()) ?? ''));
}
/**
 * Whether the words from the start of the sentence to the comma at `comma` are a short noun phrase, its subject: "The
 * study's lead author", "Its chief executive" (at most `APPOSED_SUBJECT_WORDS`, each in capitals, or an article, an
 * adjective or a noun, a possessive's "'s" left out, and a noun or a capital last).
 */
function subjectBeforeComma(text: string, comma: number): boolean {
  let k = comma - 1;
  while (k >= 0 && !SENTENCE_END.has(text.charCodeAt(k))) {
    if (text.charCodeAt(k) === 44) return false;
    k--;
  }
  const words = text.slice(k + 1, comma).trim().split(/\s+/);
  const last = words.length - 1;
  // (a verb's form before the head noun is a modifier: "lead author", "managing director")
  const pos = (w: string): string => posOf(w.replace(/['’]s$/, '').toLowerCase()) ?? '';
  return words.length >= 2 && words.length <= APPOSED_SUBJECT_WORDS && (/^\p{Lu}/u.test(words[last]) || pos(words[last]) === 'N') &&
    words.every((w, i) => (/^\p{Lu}/u.test(w) && pos(w) !== 'O' && pos(w) !== 'V') || LEAD_POS.has(pos(w)) || w.toLowerCase() === 'its' || (i > 0 && i === last - 1 && pos(w) === 'V'));
}
/** Full stop, "!", "?" and a line's end: where a sentence ends before a subject (`subjectBeforeComma`). */
const SENTENCE_END: ReadonlySet<number> = new Set([46, 33, 63, 10]);
/** How many words the subject before an appositive name may have ("The study's lead author"). */
const APPOSED_SUBJECT_WORDS = 5;
/** The pronoun a gendered title right before a name at `at` tells of it ("Ms", "Mr."); else undefined. */
function titleBeforeName(text: string, at: number): 'he' | 'she' | undefined {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, at - 20), at));
  return m === null ? undefined : GENDERED_TITLES.get(m[1].toLowerCase());
}
/** The word before a name, a full stop after it perhaps ("Mr. "), at a text's end. */
const WORD_BEFORE = /(?<![\p{L}'’-])(\p{L}+)\.?\s+$/u;
/**
 * Whether a name at `at` is the agent of a passive ("The claim was made by transport secretary Gail Horton"): a form of
 * "be", a participle and "by" before it, then at most `SUBJECT_LEAD_WORDS` words of a title, a role or an article.
 */
function passiveAgent(text: string, at: number): boolean {
  const m = PASSIVE_BY.exec(text.slice(Math.max(0, at - 80), at));
  if (m === null) return false;
  const lead = m[1].trim();
  // (the role before the name's comma too: "made by a former midwife, Grace Oduya")
  // (a role the lexicon does not know: "midwife,")
  return lead === '' || lead.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || (w.endsWith(',') ? (posOf(w.slice(0, -1).toLowerCase()) ?? 'N') === 'N' : LEAD_POS.has(posOf(w.toLowerCase()) ?? '')));
}
/** A form of "be", a participle, "by" and up to three words (the last may end with a comma), at a text's end (`passiveAgent`). */
const PASSIVE_BY = /\b(?:was|were|been|being|is|are)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|de|ne|wn|t)\s+by\s+((?:[\p{L}'’-]+,?\s+){0,3})$/u;
/** The letters right before `end` in a text ("Sen" of "Texas Sen."). */
function wordEndingAt(text: string, end: number): string {
  let k = end;
  while (k > 0 && /\p{L}/u.test(text[k - 1])) k--;
  return text.slice(k, end);
}
/** The parts of speech of a lower-case word before a subject's name ("former mayor", "the"). */
const LEAD_POS: ReadonlySet<string> = new Set(['N', 'J', 'D']);
/** How many words may stand before a subject's name in its sentence ("Former Westbury mayor Tom Brennan"). */
const SUBJECT_LEAD_WORDS = 3;
/** A given name and, looked ahead to, up to two more capitalised words ("Tom Brennan", also after "Mayor"; "Norbert Leo Butz"). */
const GIVEN_AND_SURNAMES = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)(?=\s+(\p{Lu}\p{Ll}[\p{L}'’-]*\p{Ll}(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*\p{Ll})?)(?![\p{L}'’-]))/gu;
/** A quotation in straight or curly double marks, within a line. */
const QUOTED = /["“][^"”\n]*["”]/g;

/** The persons named with each office among `sources` ("Mayor Tess Oduya" holds "mayor"). */
function officeHolders(sources: ArrayLike<SourceInfo | null>): Map<string, Set<string>> {
  const holders = new Map<string, Set<string>>();
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    if (s?.offices === undefined) continue;
    for (const o of s.offices) {
      let set = holders.get(o);
      if (set === undefined) holders.set(o, (set = new Set<string>()));
      set.add(s.canon!.name);
    }
  }
  return holders;
}

/** What follows a company's first word in its name: "& Co", "Ltd", "Motors", "Group" (the name's tail). */
const COMPANY_TAIL = new RegExp(`^(?:&\\s*Co\\.?|and\\s+Co\\.?|Co\\.?|Ltd\\.?|Limited|Inc\\.?|Corp\\.?|Corporation|plc|PLC|LLC|AG|SA|GmbH|Group|Holdings|Motors|Airlines?|Airways|Rail|Railways?|Ferries|Buses|Water|Bank|Energy|Foods|Industries|Systems|Technologies|Pharma(?:ceuticals)?|${TRADE_WORDS.map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})$`);

/** A surname in capitals, as transcripts write a speaker: "MOORE", "TAPPER". */
const CAPITALS_SURNAME = /^\p{Lu}{3,}$/u;

/** Particles and a capitalised word that carry a name on: " da Silva", " van der Berg". */
const PARTICLE_TAIL = /^(?: (?:da|de|do|dos|das|di|du|del|della|van|von|der|den|ter|ten|bin|ibn|al|el|la|le))+ \p{Lu}[\p{L}'’-]*/u;

/** Whether a capitalised word may be a surname: no apostrophe, no verb or adverb, no plural noun ("Republicans", "Killed"). */
function likeSurname(word: string): boolean {
  if (word.includes("'") || word.includes('’')) return false;
  const w = word.toLowerCase();
  if (DETERMINERS.has(w) || WH_WORDS.has(w) || SUBORDINATORS.has(w) || ADJUNCT_PREPS.has(w) || Object.hasOwn(PERSONAL_PRONOUNS, w)) return false;
  const pos = posOf(w);
  return pos !== 'V' && pos !== 'R' && !(pos === 'N' && w.endsWith('s'));
}

/**
 * Whether most of a text's common words (those the lexicon knows) are capitalised, as in a headline in title case
 * ("Hollande Says Donald Trump Makes You Want To Retch"): its capitals mark no names.
 */
function titleCased(text: string): boolean {
  let words = 0;
  let caps = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    if (posOf(m[0].toLowerCase()) === undefined) continue;
    words++;
    if (/^\p{Lu}/u.test(m[0])) caps++;
  }
  return words >= 3 && caps * 2 > words;
}

/**
 * One to three capitalised words ending the text, each followed by a space, after no letter or digit; a word with a full
 * stop is an initial or a short title ("J.", "Sen."), not a sentence's last word ("against Rubio. Rubio's catch phrase").
 */
const GIVEN_NAMES_BEFORE = /(?<![\p{L}\p{N}])((?:\p{Lu}(?:[\p{L}'’-]*|[\p{L}'’-]{0,3}\.) ){1,3})$/u;

/** Whether a character code continues a name (a letter, a digit, an apostrophe or a hyphen glued on). */
function isNameCode(c: number): boolean {
  return c === c && (/[\p{L}\p{N}]/u.test(String.fromCharCode(c)));
}

const WH_WORDS: ReadonlySet<string> = new Set(['how', 'why', 'what', 'when', 'whenever', 'where', 'who', 'which', 'whether']);

/** A capitalised word that is no given name: a common word, a title, a place, a date or a function word ("When", "The"). */
function notGivenName(word: string): boolean {
  const w = word.toLowerCase();
  return posOf(w) !== undefined || WH_WORDS.has(w) || TITLE_WORDS.has(w) || placeOf(w) !== undefined || NON_NAME_DATES.has(w) || DETERMINERS.has(w) || SUBORDINATORS.has(w) ||
    FRONTING_WORDS.has(w) || ADJUNCT_PREPS.has(w) || Object.hasOwn(PERSONAL_PRONOUNS, w) || LEADING.has(w) || !/^\p{Lu}\p{Ll}/u.test(word) || /-\p{Ll}/u.test(word);
}

/** How many of the persons last named a pronoun may refer to (a short list: this runs over the whole document on every edit). */
const RECENT_PERSONS = 6;

/** How many sources name each full name (with a surname) of `sources`. */
function countNamings(sources: ArrayLike<SourceInfo | null>): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    if (s !== null && s.surname !== null && s.relative !== true) m.set(s.canon!.name, (m.get(s.canon!.name) ?? 0) + 1);
  }
  return m;
}

/** An inner word of a full name that may stand for the person alone: capitalised, three letters or more ("Lula"; not "da"). */
const INNER_NAME = /^\p{Lu}\p{Ll}{2,}$/u;

/** `resolveSpeakers` on the sources' `SourceInfo` (null where there is no source). */
export function resolveSourceInfos(
  sources: ArrayLike<SourceInfo | null>, quotedFirstPerson: ArrayLike<boolean>, fullNameOf?: (surname: string, source: number) => string | null,
  personBefore?: (source: number, pronoun: 'he' | 'she') => string | null, bodyBefore?: (source: number) => string | null,
): Array<string | null> {
  const n = sources.length;
  // full names, to complete bare surnames: "Lavrov" -> "Sergey Lavrov"
  const fullBySurname = new Map<string, string>();
  // (two full names with one surname, "Ivanka Trump" and "Donald Trump": the one named as a source more often, the
  // first of equals; counted only once a second name turns up)
  let namings: Map<string, number> | undefined;
  // and institutions, to complete their short forms: "AIU" -> "Athletics Integrity Unit"
  let fullByAcronym: Map<string, string> | undefined;
  // and a body's name by its last word: "Times" -> "New York Times"
  let fullByLastWord: Map<string, string> | undefined;
  // and a company's name by its first word, or by the words before its tail: "Bramwell" -> "Bramwell & Co", "Southern
  // Vale" -> "Southern Vale Water"
  let fullByFirstWord: Map<string, string> | undefined;
  // and a long name by an inner word: "Lula" -> "Luiz Inacio Lula da Silva"
  let fullByInner: Map<string, string> | undefined;
  // (whether a source names a person by an office alone, whose holders are then looked up)
  let offices = false;
  for (let i = 0; i < n; i++) {
    const s = sources[i];
    if (s === null) continue;
    if (s.office !== undefined) offices = true;
    if (s.surname !== null && s.relative !== true) {
      const held = fullBySurname.get(s.surname);
      if (held === undefined) fullBySurname.set(s.surname, s.canon!.name);
      else if (held !== s.canon!.name || namings !== undefined) {
        namings ??= countNamings(sources);
        if ((namings.get(s.canon!.name) ?? 0) > (namings.get(held) ?? 0)) fullBySurname.set(s.surname, s.canon!.name);
      }
    }
    // ("Lula" of "Luiz Inacio Lula da Silva": a person's name of three words or more, a given name first, completes its
    // inner names too, when nothing else completes them)
    if (s.surname !== null && s.relative !== true && s.canon !== null && s.canon.kind === 'person') {
      const words = s.canon.name.split(' ');
      if (words.length >= 3 && INNER_NAME.test(words[0])) {
        for (let w = 1; w < words.length - 1; w++) if (INNER_NAME.test(words[w]) && !(fullByInner ??= new Map()).has(words[w])) fullByInner.set(words[w], s.canon.name);
      }
    }
    if (s.acronyms !== undefined) for (const a of s.acronyms) if (!(fullByAcronym ??= new Map()).has(a)) fullByAcronym.set(a, s.canon!.name);
    // ("Paul Ryan" of "Donald Trump and House Speaker Paul Ryan": each one's surname, where no source gave it before)
    if (s.members !== undefined) {
      for (const m of s.members) {
        const surname = m.slice(m.lastIndexOf(' ') + 1);
        if (!fullBySurname.has(surname)) fullBySurname.set(surname, m);
      }
    }
    if (s.canon !== null && s.canon.kind === 'other') {
      const sp = s.canon.name.lastIndexOf(' ');
      if (sp > 0 && !(fullByLastWord ??= new Map()).has(s.canon.name.slice(sp + 1))) fullByLastWord.set(s.canon.name.slice(sp + 1), s.canon.name);
      // ("Bramwell" after "Bramwell & Co", "Veltro" after "Veltro Motors": a company's first word, when it is a name's)
      const first = s.canon.name.indexOf(' ');
      if (first > 0 && COMPANY_TAIL.test(s.canon.name.slice(first + 1)) && !(fullByFirstWord ??= new Map()).has(s.canon.name.slice(0, first))) fullByFirstWord.set(s.canon.name.slice(0, first), s.canon.name);
      // (and "Southern Vale" after "Southern Vale Water": the words before a company's last word, when that word is its tail)
      else if (sp > first && COMPANY_TAIL.test(s.canon.name.slice(sp + 1)) && !(fullByFirstWord ??= new Map()).has(s.canon.name.slice(0, sp))) fullByFirstWord.set(s.canon.name.slice(0, sp), s.canon.name);
    }
  }
  // the persons the article names with each office: "Mayor Tess Oduya" holds "mayor"
  const holders = offices ? officeHolders(sources) : undefined;
  const out: Array<string | null> = new Array<string | null>(n);
  let lastPerson: string | null = null;
  // the last RECENT_PERSONS persons in the order last named, and the pronoun "he" or "she" each was last referred
  // to by: "He" after "Jane Okafor ... She added" is not Jane Okafor (nobody, rather than the wrong one)
  const persons: string[] = [];
  const pronounOf = new Map<string, 'he' | 'she'>();
  let lastGroup: string | null = null;
  /** Where `lastGroup` was named (its source's index). */
  let lastGroupAt = -1;
  let lastOther: string | null = null;
  /** The most recent source named (not a pronoun): what a relative "who" or "which" stands for. */
  let lastNamed: string | null = null;
  /**
   * The most recent person's name that no full name completed and no pronoun or given name tells a pronoun of ("Freshway",
   * "Halvorsen Capital": a company's, perhaps), and where (its source's index).
   */
  let lastUntold: string | null = null;
  let lastUntoldAt = -1;
  /** The most recent source that is not a person: what "it" refers to ("The ministry ... It said"). */
  let lastThing: string | null = null;
  /** Where `lastThing` was named (its source's index). */
  let lastThingAt = -1;
  /** The most recent person named by a role alone (`SourceInfo.role`), and where, when one person (else -1). */
  let lastRole: string | null = null;
  let lastRoleAt = -1;
  /** The most recent person named by a role that tells "he" or "she" (`roleGender`), by that pronoun. */
  let roleBy: Map<'he' | 'she', { name: string; at: number }> | undefined;
  /** Where each of `persons` was last named (its source's index). */
  const namedAt = new Map<string, number>();
  /** Where the last of `persons` was named (a source's index), or -1. */
  let lastNamedPersonAt = -1;
  /** Whom "he" or "she" last stood for when that was someone named by a role, and where (a source's index). */
  let roleReferent: Map<'he' | 'she', { name: string; at: number }> | undefined;
  /** Notes a person named at source i as the most recent of `persons` (where each was last named: `namedAt`). */
  const notePerson = (name: string, i: number): void => {
    namedAt.set(name, i);
    lastNamedPersonAt = i;
    if (persons[persons.length - 1] === name) return;
    const at = persons.indexOf(name);
    if (at >= 0) persons.splice(at, 1);
    else if (persons.length === RECENT_PERSONS) persons.shift();
    persons.push(name);
  };
  /** The body or person the last spokesperson spoke for, and where (a source's index), or -1. */
  let spokenFor: string | null = null;
  let spokenForAt = -1;
  /**
   * The body named right before a written thing's source, and where that thing was (a source's index): whom a
   * spokesperson after it speaks for ("The MHRA told us X. Its ingredient list includes Y. ... a spokesperson said Z").
   */
  let writer: string | null = null;
  let writerAt = -1;
  /** The last spokesperson named with whom they speak for, by their role's noun ("Home Office spokesperson" under "spokesperson"). */
  let spokespersonByRole: Map<string, string> | undefined;
  /** Bodies named in full by their lower-case head noun, the last named of each ("mission": "UN human rights monitoring mission"). */
  let bodyByHead: Map<string, string> | undefined;
  /** The last newspaper named ("Daily Star"), which "the paper" stands for. */
  let lastPaper: string | null = null;

  for (let i = 0; i < n; i++) {
    const s = sources[i];
    // ("Forsyth's barrister, Niall Grant, told the court that his client \"rejects every one of these allegations\"": the
    // client of the lawyer named in one of the sources right before, completed from a full name with that surname)
    if (s !== null && s.client === true) {
      let client: string | undefined;
      for (let j = i - 1; j >= 0 && j >= i - CLIENT_REACH && client === undefined; j--) client = sources[j]?.counselFor;
      if (client !== undefined) {
        const surname = client.slice(client.lastIndexOf(' ') + 1);
        out[i] = client.includes(' ') ? client : fullBySurname.get(surname) ?? fullNameOf?.(surname, i) ?? client;
        continue;
      }
    }
    if (s === null) {
      out[i] = null;
      continue;
    }
    // ("Paramedics told the BBC X. One, who asked not to be named, said Y": one of the group the source right before
    // names, as "they" stands for it; and "Another" after that one)
    if (s.member === true && i > 0 && lastGroupAt === i - 1) {
      out[i] = lastGroup;
      lastGroupAt = i;
      continue;
    }
    const c = s.canon;
    if (!c) {
      const p = s.pronoun;
      if (p === 'he' || p === 'she') {
        // (a spokesperson whom no word gives a pronoun, in the source right before, whatever name they speak under: "A
        // spokesperson for the Department for Business and Trade said X. She denied reports that Y", "A spokesperson for
        // Mr Okonkwo said X. \"...,\" she said"; not inside what someone says, '"He disagrees with them," the spokesperson
        // said', whose "he" is another; a spokesman or a spokeswoman is a role that tells the pronoun, below)
        const prior = i > 0 ? sources[i - 1] : null;
        if (prior !== null && prior.speaksFor === true && out[i - 1] !== null && !quotedFirstPerson[i]) {
          out[i] = out[i - 1];
          continue;
        }
        // (the same pronoun again, with no person named since it stood for someone named by a role: "One California
        // delegate said he tried ... He was unable to find a taker, he said. \"Not even one,\" he said")
        // (not past a role named since that tells the pronoun: "The whistleblower said X. \"...,\" she said. A spokeswoman
        // for the trust said Y. She said Z" is the spokeswoman)
        const again = roleReferent?.get(p);
        if (again !== undefined && again.at > lastNamedPersonAt && !((roleBy?.get(p)?.at ?? -1) > again.at)) {
          out[i] = again.name;
          again.at = i;
          continue;
        }
        let who: string | null = null;
        for (let k = persons.length - 1; k >= 0 && who === null; k--) {
          const g = pronounOf.get(persons[k]);
          if (g === undefined || g === p) who = persons[k];
        }
        // (a role named since that tells the pronoun, before a name that does not: "Pennine Crown put ... A spokeswoman
        // for the operator said ... she said")
        const role = roleBy?.get(p);
        if (role !== undefined && (who === null || (pronounOf.get(who) === undefined && role.at > (namedAt.get(who) ?? -1)) || (role.at === i - 1 && (sources[i - 1]!.selfTold === true || (s.afterQuote === true && !KIN_ROLES.has(lastWord(role.name).toLowerCase())))))) who = null;
        // (a person named by a role alone in the source right before, after a person named whom nothing told the pronoun
        // of: "Amara Nwosu said X. A senior police officer, who asked not to be named, said Y. He said Z" is the officer;
        // "Mr Justice Ambrose ruled X. A spokesman said Y. In his ruling he wrote" is the judge)
        if (who !== null && lastRoleAt === i - 1 && lastRole !== null && lastRoleAt > (namedAt.get(who) ?? -1) && pronounOf.get(who) === undefined && (sources[i - 1]!.gender ?? p) === p) who = lastRole;
        else if (who !== null) pronounOf.set(who, p);
        // (no person named before at all: the role that was, "The health secretary says X. He says Y")
        // (else the one person the paragraphs right before name, as no source: "Mayor Tom Brennan spoke at a rally.
        // \"...,\" he said")
        // (a role named further back yields to a person the paragraphs right before name: "a Carrier executive says X. ...
        // Hawkins is one of those workers ... 'I loved it,' she said")
        const roleBefore = persons.length === 0 ? lastRole : null;
        let before = who ?? role?.name ?? (lastRoleAt === i - 1 ? roleBefore : null);
        const named = before === null ? personBefore?.(i, p) ?? null : null;
        if (before === null && named === null) before = roleBefore;
        out[i] = before ?? named;
        if (who === null && before !== null) (roleReferent ??= new Map()).set(p, { name: before, at: i });
        if (named !== null) {
          pronounOf.set(named, p);
          lastPerson = named;
          notePerson(named, i);
        }
      } else if (p === 'person') out[i] = lastPerson;
      else if (p === 'they') out[i] = lastGroup ?? lastOther ?? lastPerson;
      // (inside the reported words of the source right before, a name that no full name, pronoun or given name told: a
      // company's, "Freshway said it did not recognise that description", 'Halvorsen Capital said it "vigorously disputes"')
      // (or of the source right before when "it" says, "Brightstone Homes said X. It said Y": a person would be "he" or "she")
      // (or the body the sentence right before opens with, though no source: "The Football Association charged Price with
      // 14 breaches. It alleges X" after "Striker denies ..."; not past a source in that sentence, "..., according to the
      // SITE Intelligence Group. It said": `bodyBefore` tells)
      // (the first source has none right before it: -1 is no source's index)
      else if (p === 'it') out[i] = i > 0 && lastUntoldAt === i - 1 && (quotedFirstPerson[i] || s.saysAfter === true) ? lastUntold : bodyBefore?.(i) ?? lastThing;
      else if (p === 'who') out[i] = lastNamed;
      else if ((p === 'i' || p === 'we') && quotedFirstPerson[i]) out[i] = lastPerson;
      else out[i] = null;
      continue;
    }
    let name = c.name;
    // ("the AIU" after "the Athletics Integrity Unit (AIU)": the institution, no person)
    const institution = s.abbreviation === true ? fullByAcronym?.get(name) : undefined;
    if (institution !== undefined) name = institution;
    else if (s.bare) {
      // (a surname no source gave in full: the full name where the text mentions it, "director Lene Aas" before "Aas:")
      let full = fullBySurname.get(name);
      if (full === undefined && fullNameOf !== undefined && c.kind === 'person') fullBySurname.set(name, (full = fullNameOf(name, i) ?? name));
      // ("MOORE:" in a transcript after "Health Secretary Rachel Moore": a surname in capitals, as written in the text)
      if (full === name && CAPITALS_SURNAME.test(name)) {
        const written = name[0] + name.slice(1).toLowerCase();
        full = fullBySurname.get(written) ?? fullNameOf?.(written, i) ?? name;
      }
      // ("Brazil's Lula says X" over "President Luiz Inacio Lula da Silva said": an inner word of a long name, when no
      // full name ends in it)
      if ((full === undefined || full === name) && c.kind === 'person') full = fullByInner?.get(name) ?? full;
      name = full ?? name;
    } else if (s.particleSurname !== undefined) {
      // ("Von der Leyen said" after "Ursula von der Leyen": the full name that ends in the same words, whatever their case)
      const full = fullBySurname.get(s.particleSurname);
      if (full !== undefined && full.length > name.length && full.toLowerCase().endsWith(' ' + name.toLowerCase())) name = full;
    }
    // ("Fields said" after "Michelle Fields": a surname that is also a plural noun, read as a group, is her)
    let person = c.kind === 'person';
    // (a single name no person's full name completes, and that opens a company's named before: the company; or the words
    // before its tail, "Southern Vale")
    if (name === c.name && institution === undefined) {
      const company = fullByFirstWord?.get(name);
      if (company !== undefined) {
        name = company;
        person = false;
      }
    }
    // ("Mayor says X" before "Mayor Tess Oduya said": the one person the article names with that office)
    // ("Minister's claim that X" over "Transport Secretary Louise Hart said Y": a minister the story names by a cabinet
    // title, when it names no one a minister)
    const holder = s.office !== undefined ? holders?.get(s.office) ?? (s.office === 'minister' && c.name.toLowerCase() === 'minister' ? holders?.get('secretary') : undefined) : undefined;
    if (holder !== undefined && holder.size === 1) {
      // (completed when named by the surname alone: "President Obama" -> Barack Obama)
      const held = holder.values().next().value!;
      name = held.includes(' ') ? held : fullBySurname.get(held) ?? held;
      person = true;
    } else if (!person && name.startsWith('spokes')) {
      // ("A spokesman for the regulator said" after "The Civil Aviation Authority said": the body named before by that noun)
      const noun = SPOKESPERSON_FOR_BODY.exec(name)?.[1];
      const body = noun !== undefined ? bodyByHead?.get(noun) : undefined;
      if (body !== undefined) name = body;
    }
    // ("the Sanders" after "Bernie Sanders", "The Times" after "The New York Times": one word after "the", read as a
    // body, that completes a name given before)
    if (c.kind === 'other' && institution === undefined && !name.includes(' ')) {
      const full = fullBySurname.get(name);
      if (full !== undefined) {
        name = full;
        person = true;
      } else name = fullByLastWord?.get(name) ?? name;
    }
    if (!person && s.plural && institution === undefined && !name.includes(' ')) {
      const full = fullBySurname.get(name);
      if (full !== undefined) {
        name = full;
        person = true;
      }
    }
    // ("the paper said" after "The Daily Star reported": the newspaper named last)
    if (s.definiteHead === true && NEWSPAPER_NOUNS.has(name) && lastPaper !== null) name = lastPaper;
    else if (startsUpper(name) && NEWSPAPER_NAME_WORDS.has(lastWord(name).toLowerCase())) lastPaper = name;
    // ("Police figures show X" after "Figures published by Northshire Police show Y": the body named before by the word
    // before the evidence's noun)
    // (and a body's document by the noun that stood for it: "The watchdog's report said" after "the National Audit Office")
    // (both with a space, the second with a possessive: tested first, as most names have neither)
    const evidence = !name.includes(' ') ? null : BODY_EVIDENCE.exec(name) ?? (name.includes("'s ") || name.includes('’s ') ? OWNED_FINDING.exec(name) : null);
    const evidenceBody = evidence !== null ? bodyByHead?.get(evidence[1].toLowerCase()) : undefined;
    if (evidenceBody !== undefined) name = evidenceBody;
    // ("The mission said" after "The UN human rights monitoring mission said": the body named before by that head noun)
    // ("the defence ministry" after "Russia's defence ministry": the head noun's body, when it holds the word before it too)
    if (s.definiteHead === true && !person) {
      const lower = name.toLowerCase();
      const head = lower.slice(lower.lastIndexOf(' ') + 1);
      const body = bodyByHead?.get(head);
      if (body !== undefined && (!lower.includes(' ') || body.toLowerCase().split(/\s+/).includes(lower.slice(0, lower.indexOf(' '))))) name = body;
      // ("The trust said" after "The ambulance trust said": a head noun with a word before it, no body named before, is
      // the body its head noun stands for from there on; not "the new poll", one of its kind)
      else if (lower.includes(' ') && !ORDERING_MODIFIERS.has(lower.slice(0, lower.indexOf(' ')))) (bodyByHead ??= new Map()).set(head, name);
    } else if (!person && c.kind === 'group' && !s.plural && s.role !== true && NAMED_BODY.test(name) && !commonFirstWord(name)) (bodyByHead ??= new Map()).set(name.slice(name.lastIndexOf(' ') + 1), name);
    // ("The company said" after "The company Brightwell Energy said": the body its description named)
    else if (!person && s.describedAs !== undefined) (bodyByHead ??= new Map()).set(s.describedAs, name);
    // ("The regulator said" after "Ofgem said")
    else if (!person && REGULATOR_NAMES.has(name)) bodyByHead = namedBy(bodyByHead, REGULATOR_NOUNS, name);
    // ("The party said" after "the Liberal Democrats")
    else if (!person && PARTY_NAMES.has(name)) bodyByHead = namedBy(bodyByHead, PARTY_NOUNS, name);
    // ("The airport said" after "Heathbury Airport has rejected": an institution's name, by its head in lower case)
    else if (!person && c.kind === 'other' && name.includes(' ')) {
      const head = lastWord(name).toLowerCase();
      // ("the club said" after "Riverside FC", "the company" after "Chirp Inc": the noun a name's form abbreviates)
      // (not a name with a preposition, whose last word is no trade: "Department of Energy")
      if (FORM_HEADS.has(head) && !/ (?:of|for) /.test(name)) bodyByHead = namedBy(bodyByHead, FORM_HEADS.get(head)!, name);
      else if (INSTITUTION_HEADS.has(head)) (bodyByHead ??= new Map()).set(head, name);
      // ("the institute said" after "The Institute for Fiscal Studies said": the head before the name's "for" or "of")
      else {
        const word = headBeforeOf(name);
        if (word !== '') (bodyByHead ??= new Map()).set(word, name);
      }
    }
    // ("the watchdog" after "the National Audit Office", "HM Inspectorate of Prisons", "the Housing Ombudsman": a body
    // that audits or inspects, named with "the" or without, by a regulator's nouns)
    // (its words looked for first, as most names have none of them: this runs for every source on every call)
    if (!person && (name.includes('Audit') || name.includes('Inspectorate') || name.includes('Ombudsman')) && AUDIT_BODY.test(name)) bodyByHead = namedBy(bodyByHead, REGULATOR_NOUNS, name);
    // ("Unite denied this. A spokesman said X", "NHS England said X. A spokesperson said Y": a spokesperson for no one
    // named speaks for the body the source right before names)
    // (or a name nothing told a pronoun of, a company's perhaps: "Unite", "NHS England")
    // (not figures or a study, which have no spokesperson: "NHS England figures show X. A spokesperson said Y"; nor a
    // written thing, "Its ingredient list includes X")
    // (and the same spokesperson again, the source right before: "A spokesperson described X as unfair, adding that Y")
    // ("A Home Office spokesperson said X. ... the spokesperson said": the one named before with whom they speak for)
    const role = name.includes(' ') ? lastWord(name).toLowerCase() : '';
    if (SPOKESPERSONS.has(role)) (spokespersonByRole ??= new Map()).set(role, name);
    else if (SPOKESPERSONS.has(name) && s.definiteHead === true && spokespersonByRole?.has(name)) name = spokespersonByRole.get(name)!;
    if (SPOKESPERSONS.has(name)) {
      if (lastThingAt === i - 1 && lastThing !== null && !speaksItself(lastThing)) name = lastThing;
      else if (lastUntoldAt === i - 1 && lastUntold !== null) name = lastUntold;
      else if (spokenForAt === i - 1 && spokenFor !== null) name = spokenFor;
      else if (writerAt === i - 1 && writer !== null) name = writer;
      if (!SPOKESPERSONS.has(name)) {
        spokenFor = name;
        spokenForAt = i;
      }
    }
    lastNamed = name;
    if (person && institution === undefined) {
      lastPerson = name;
      // ("Lineham's lawyers said X. They said Y": the lawyers, who speak for him)
      if (s.plural) {
        lastGroup = name;
        lastGroupAt = i;
      }
      // (a pronoun that stood for the name tells best; else what the name itself tells)
      const known = s.referredAs ?? s.gender ?? (s.bare && name !== c.name ? sourceInfo(name).gender : undefined);
      if (known !== undefined) pronounOf.set(name, known);
      else if (name === c.name) {
        lastUntold = name;
        lastUntoldAt = i;
      }
      notePerson(name, i);
    } else {
      // ("A spokeswoman for the operator said X. ... she said": a role that tells its pronoun is whom it stands for, when
      // no person named before may be)
      // (not a person named by a role, "A port worker said": "it" is no person)
      if (s.gender !== undefined) (roleBy ??= new Map()).set(s.gender, { name, at: i });
      // (nor a plural: "Fact checkers have shown X. ... It claims Y" is what was named before them)
      else if (s.role !== true && s.plural !== true) {
        if (lastThingAt === i - 1 && lastThing !== null && WRITTEN_SOURCE_NOUNS.has(lastWord(name).toLowerCase()) && !speaksItself(lastThing)) {
          writer = lastThing;
          writerAt = i;
        }
        lastThing = name;
        lastThingAt = i;
      }
      if (s.plural) {
        lastGroup = name;
        lastGroupAt = i;
      } else lastOther = name;
      if (s.role === true) {
        lastRole = name;
        lastRoleAt = s.plural ? -1 : i;
      }
    }
    out[i] = name;
  }
  // ("A senior nurse at Riverside Hospital has claimed X ... the nurse, who asked not to be named, said Y": "the" and a
  // role is the one person described with that role before, and so are what stood for it after)
  for (let i = 0; i < n; i++) {
    const s = sources[i];
    const role = s?.definiteRole;
    if (role === undefined || out[i] !== s!.canon!.name) continue;
    for (let j = i - 1; j >= 0 && i - j <= DEFINITE_ROLE_REACH; j--) {
      const t = sources[j];
      if (t?.canon?.kind !== 'group' || t.role !== true || t.plural || t.canon.name === role || roleHead(t.canon) !== role || out[j] === null) continue;
      const named = out[i];
      for (let k = i; k < n && (out[k] === named || sources[k]?.pronoun !== null); k++) if (out[k] === named) out[k] = out[j];
      break;
    }
  }
  // ("A landlords' association has rejected figures ... But the South West Landlords Association said X": a body described
  // with "a" is the one named soon after whose name ends with the description's words, and so are what stood for it)
  for (let i = 0; i < n; i++) {
    const words = sources[i]?.indefinite;
    if (words === undefined || !words.includes(' ')) continue;
    for (let j = i + 1; j < n && j - i <= INDEFINITE_REACH; j++) {
      const t = sources[j];
      if (t?.canon?.kind !== 'other' || out[j] === null) continue;
      const name = withoutApostrophes(t.canon.name.toLowerCase());
      // (or is described by the description's head, "The group, Data Watch" after "a privacy group")
      if (name !== words && !name.endsWith(` ${words}`) && !describedHeadOf(words, name) && (t.describedAs === undefined || !words.endsWith(` ${t.describedAs}`))) continue;
      const described = out[i];
      for (let k = i; k < j; k++) if (out[k] === described) out[k] = out[j];
      break;
    }
  }
  return out;
}

/** A name without "the" or "The" before it ("the SNP" -> "SNP"). */
function withoutThe(name: string): string {
  return name.startsWith('the ') || name.startsWith('The ') ? name.slice(4) : name;
}
