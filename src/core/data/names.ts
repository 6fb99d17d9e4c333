/**
 * Given names by the pronoun that stands for their bearer, from compromise's lexicon
 * (src/core/data/generated/given-names.json, made by scripts/gen-data.ts), and the titles that tell it.
 */
import names from './generated/given-names.json';

let byName: Map<string, 'he' | 'she'> | undefined;
let either: Set<string> | undefined;

/** "he" or "she" for a given name in lower case ("sarah" -> she), else undefined (unknown, or given to both). */
export function givenNamePronoun(lower: string): 'he' | 'she' | undefined {
  if (byName === undefined) {
    byName = new Map();
    for (const w of names.he.split(' ')) byName.set(w, 'he');
    for (const w of names.she.split(' ')) byName.set(w, 'she');
    for (const [w, p] of Object.entries(ADDED_GIVEN_NAMES)) byName.set(w, p);
    for (const w of NAMES_FOR_BOTH) byName.delete(w);
  }
  return byName.get(lower);
}

/** "he" or "she" for a person's full name by its given name, the first word ("Daniel Okoro" -> he), else undefined. */
export function fullNamePronoun(name: string): 'he' | 'she' | undefined {
  const sp = name.indexOf(' ');
  return sp > 0 ? givenNamePronoun(name.slice(0, sp).toLowerCase()) : undefined;
}

/** Whether a word in lower case is a given name, of either gender or of none the list tells ("mark", "jamie", "sarah"). */
export function isGivenName(lower: string): boolean {
  either ??= new Set(names.either.split(' '));
  return either.has(lower) || givenNamePronoun(lower) !== undefined || NAMES_FOR_BOTH.includes(lower);
}

/**
 * Given names compromise's lexicon lacks, or files under neither pronoun for another sense of the word ("grace"), with the
 * pronoun for their bearer ("Grace Oduya ... She said", "Priya Sandhu ... she said").
 */
const ADDED_GIVEN_NAMES: Readonly<Record<string, 'he' | 'she'>> = {
  grace: 'she', priya: 'she', freya: 'she', aoife: 'she', sinead: 'she', niamh: 'she', ngozi: 'she', chioma: 'she', yuki: 'she',
  raj: 'he', kwame: 'he', chidi: 'he', tariq: 'he', callum: 'he', hiroshi: 'he', sanjay: 'he', arjun: 'he', rahul: 'he',
};

/**
 * Given names borne by men and women alike that compromise's lexicon files under one ("rowan" and "jesse" as a woman's,
 * "alex" and "cameron" as a man's): they tell no pronoun ("Rowan Tesh said X. He said Y" is Tesh).
 */
const NAMES_FOR_BOTH: readonly string[] = [
  'rowan', 'alex', 'sam', 'jesse', 'tracy', 'cameron', 'ashley', 'sasha', 'frankie', 'toni', 'billie', 'jody', 'jodie', 'sidney',
  'sydney', 'stevie', 'kai', 'eden', 'reese', 'blair', 'hayden', 'parker', 'peyton', 'rory', 'skyler', 'finley', 'ellis',
];

/**
 * Nouns of a person unnamed that tell whom "he" or "she" stands for: "The clip shows a man who says X. He says Y", "A
 * mother of two told the BBC X. She said Y".
 */
const GENDERED_PEOPLE_WORDS = {
  man: 'he', woman: 'she', boy: 'he', girl: 'she', father: 'he', mother: 'she', husband: 'he', wife: 'she', son: 'he', daughter: 'she',
  brother: 'he', sister: 'she', grandfather: 'he', grandmother: 'she', uncle: 'he', aunt: 'she', widow: 'she', widower: 'he',
} as const;

/**
 * Kin among the gendered people's words: "his brother" goes with the person the article names as such ("Alastair Osman"),
 * so a quotation after it does not make it the speaker over that name (`SourceInfo.afterQuote`).
 */
export const KIN_ROLES: ReadonlySet<string> = new Set(Object.keys(GENDERED_PEOPLE_WORDS).filter((w) => !['man', 'woman', 'boy', 'girl'].includes(w)));

/**
 * Heads of written things that speak as a source with no spokesperson of their own, besides findings (`EVIDENCE_NOUNS`):
 * "Its ingredient list includes X", "The leaflet says X" (not whom "a spokesperson said" right after speaks for).
 */
export const WRITTEN_SOURCE_NOUNS: ReadonlySet<string> = new Set(['list', 'lists', 'website', 'websites', 'label', 'labels', 'leaflet', 'leaflets', 'letter', 'letters', 'document', 'documents', 'guidance', 'post', 'posts', 'video', 'videos', 'clip', 'clips']);

/** Nouns in -s of one person or body, no plural: "Airport boss", "a business", "a witness" (a source's `plural`). */
export const SINGULAR_IN_S: ReadonlySet<string> = new Set(['boss', 'business', 'witness', 'actress', 'princess', 'hostess', 'waitress', 'headmistress', 'campus', 'bus']);

/** Titles before a name that tell whom "he" or "she" stands for: "Mr Justice Ambrose", "Dame Sarah Connolly". */
export const GENDERED_TITLES: ReadonlyMap<string, 'he' | 'she'> = new Map(Object.entries({
  mr: 'he', mister: 'he', sir: 'he', lord: 'he', monsieur: 'he', herr: 'he', señor: 'he', king: 'he', prince: 'he',
  congressman: 'he', spokesman: 'he', assemblyman: 'he', councilman: 'he',
  mrs: 'she', ms: 'she', miss: 'she', madam: 'she', madame: 'she', dame: 'she', lady: 'she', baroness: 'she', mme: 'she',
  frau: 'she', señora: 'she', queen: 'she', princess: 'she', congresswoman: 'she', spokeswoman: 'she',
  assemblywoman: 'she', councilwoman: 'she',
  chairman: 'he', chairwoman: 'she', alderman: 'he', alderwoman: 'she',
} as const));
/** The pronoun a gendered role (`GENDERED_ROLES`) tells: the titles' and the people's nouns'. */
/**
 * Words before a body's head noun that tell which one of its kind, not what it is: "the new poll", "the latest report"
 * stand for no body a later "the poll" names.
 */
export const ORDERING_MODIFIERS: ReadonlySet<string> = new Set(['new', 'latest', 'recent', 'same', 'other', 'first', 'last', 'previous', 'earlier', 'later', 'second', 'final', 'original', 'next']);
export const ROLE_PRONOUNS: ReadonlyMap<string, 'he' | 'she'> = new Map([...GENDERED_TITLES, ...Object.entries(GENDERED_PEOPLE_WORDS)]);

/**
 * Roles that tell whom "he" or "she" stands for when they name the speaker alone: "A spokeswoman for the operator said
 * X. ... she said" (not a title such as "Mr", nor a description such as "businessman" that goes with a name given
 * before).
 */
export const GENDERED_ROLES: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'chairman', 'chairwoman', 'congressman', 'congresswoman', 'councilman', 'councilwoman',
  'assemblyman', 'assemblywoman', 'alderman', 'alderwoman', ...Object.keys(GENDERED_PEOPLE_WORDS),
]);

/** Nouns that stand for a newspaper named before: "the paper said" after "The Daily Star reported". */
export const NEWSPAPER_NOUNS: ReadonlySet<string> = new Set(['paper', 'newspaper', 'tabloid', 'broadsheet']);
/** The last words of newspapers' names ("The Daily Star", "the Westbrook Gazette", "The Guardian"). */
export const NEWSPAPER_NAME_WORDS: ReadonlySet<string> = new Set([
  'times', 'post', 'star', 'mail', 'guardian', 'telegraph', 'journal', 'herald', 'gazette', 'tribune', 'chronicle', 'independent',
  'express', 'mirror', 'observer', 'courier', 'echo', 'inquirer', 'globe', 'examiner', 'sentinel', 'argus', 'bulletin', 'dispatch',
  'register', 'advertiser', 'post-gazette', 'standard', 'ledger',
]);
/** Regulators known by one name ("Ofgem", "Ofwat"): bodies, which "the regulator" and "the watchdog" stand for after them. */
export const REGULATOR_NAMES: ReadonlySet<string> = new Set(['Ofgem', 'Ofwat', 'Ofcom', 'Ofsted', 'Ofqual', 'Ofreg', 'FERC', 'FCC', 'SEC', 'FTC', 'EPA', 'FAA', 'FDA', 'MHRA', 'FCA', 'CMA', 'ORR', 'ICO', 'CAA', 'ASA', 'IPSO']);
/** The nouns a regulator's name stands for (`REGULATOR_NAMES`, and an Authority's or a Commission's: `FORM_HEADS`). */
export const REGULATOR_NOUNS: readonly string[] = ['regulator', 'watchdog'];
/**
 * Political parties by their names ("Liberal Democrats", "Labour", "the SNP"), bodies that a later "the party" stands for
 * (`PARTY_NOUNS`); a name in the plural is a group of members, as "Republicans" is, no person ("Liberal Democrats").
 */
export const PARTY_NAMES: ReadonlySet<string> = new Set([
  'Labour', 'Labour Party', 'Conservatives', 'Conservative Party', 'Tories', 'Liberal Democrats', 'Lib Dems', 'Green Party', 'Greens', 'SNP',
  'Scottish National Party', 'Plaid Cymru', 'Reform UK', 'DUP', 'Sinn Féin', 'Sinn Fein', 'UKIP', 'Democrats', 'Republicans', 'Democratic Party',
  'Republican Party', 'GOP', 'Libertarian Party',
]);
/** The nouns that stand for a party named before (`PARTY_NAMES`). */
export const PARTY_NOUNS: readonly string[] = ['party'];
/** Verbs that open a campaign's name as a call to act ("Stand Up to Racism", "Hope not Hate", "Stop the War Coalition"). */
export const CAMPAIGN_CALL_VERBS: readonly string[] = ['Stand', 'Stop', 'Save', 'Keep', 'Hope', 'Fight', 'Vote', 'Make', 'Protect', 'Defend', 'Free', 'Bring', 'Reclaim', 'Unite'];
/** The small words in lower case inside such a name ("to", "not", "the"). */
export const CAMPAIGN_CALL_LINKS: readonly string[] = ['to', 'not', 'the', 'our', 'for', 'and', 'against'];
/**
 * The nouns a body's name's closing form stands for: "Riverside FC" is a club, "Chirp Inc" a company or a firm ("the club
 * said", "the firm said"); so is a business named by its trade, "Velora Pharma", "Veltro Motors" ("the company said"), an
 * airline by its own ("SkyBridge Airways": "the airline", "the carrier"), a regulator by its form ("the Civil Aviation
 * Authority": "the regulator", "the watchdog").
 */
const COMPANY_NOUNS: readonly string[] = ['company', 'firm', 'business'];
export const FORM_HEADS: ReadonlyMap<string, readonly string[]> = new Map([
  ['fc', ['club']], ['afc', ['club']],
  ...['inc', 'ltd', 'plc', 'corp', 'llc'].map((form): [string, readonly string[]] => [form, COMPANY_NOUNS]),
  ...['pharma', 'pharmaceuticals', 'motors', 'foods', 'holdings', 'technologies', 'industries', 'systems', 'energy'].map((trade): [string, readonly string[]] => [trade, COMPANY_NOUNS]),
  // ("The airline said", "the carrier" after "SkyBridge Airways")
  ...['airways', 'airlines'].map((trade): [string, readonly string[]] => [trade, ['airline', 'carrier', ...COMPANY_NOUNS]]),
  // ("the regulator", "the watchdog" after "The Civil Aviation Authority", "the Gambling Commission")
  ...['authority', 'commission'].map((form): [string, readonly string[]] => [form, [form, ...REGULATOR_NOUNS]]),
]);
