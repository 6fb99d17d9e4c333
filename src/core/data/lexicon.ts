/**
 * Word classes the detectors use. The open-class part of speech comes from wink-lexicon's curated
 * lexicon (src/core/data/generated/pos-lexicon.json, made by scripts/gen-data.ts); the closed lists
 * below are small facts about English and news style.
 */
import posData from './generated/pos-lexicon.json';
import irregularVerbs from './generated/irregular-verbs.json';

/** Coarse classes: V verb, M modal, N noun, P proper noun, J adjective, R adverb, I preposition, D determiner, C conjunction, O pronoun, Q number. */
export type PosClass = 'V' | 'M' | 'N' | 'P' | 'J' | 'R' | 'I' | 'D' | 'C' | 'O' | 'Q';

let posMap: Map<string, PosClass> | undefined;
let verbish: Set<string> | undefined;

function load(): void {
  posMap = new Map();
  const classes = posData.classes as Record<string, string>;
  for (const cls of Object.keys(classes)) for (const w of classes[cls].split(' ')) posMap.set(w, cls as PosClass);
  verbish = new Set(posData.canBeVerb.split(' '));
  for (const w of AUXILIARIES) posMap.set(w, 'V');
  // the lexicon spells the American way: its words' British spellings too, where the lexicon lacks them
  for (const [w, cls] of [...posMap]) {
    for (const b of britishSpellings(w)) {
      if (posMap.has(b)) continue;
      posMap.set(b, cls);
      americanOf.set(b, w);
    }
  }
  for (const w of [...verbish]) for (const b of britishSpellings(w)) verbish.add(b);
}

/** By a British spelling the lexicon lacks, the lexicon's own (American) word: "criticised" → "criticized". */
const americanOf = new Map<string, string>();

/** The lexicon's American spelling of a lower-case word spelt the British way, or the word itself ("criticised" → "criticized"). */
export function americanSpelling(lower: string): string {
  if (!posMap) load();
  return americanOf.get(lower) ?? lower;
}

/**
 * A word's British spellings (`BRITISH_SPELLINGS`): "criticized" → "criticised", "analyze" → "analyse", "labor" →
 * "labour", "defense" → "defence", "center" → "centre", "traveled" → "travelled".
 */
function britishSpellings(w: string): string[] {
  const out: string[] = [];
  for (const [american, british] of BRITISH_SPELLINGS) if (american.test(w)) out.push(w.replace(american, british));
  return out;
}
/** American endings and their British forms (a word of four letters or more before them). */
const BRITISH_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<=\w{3})iz(e|ed|es|ing|ation|ations|er|ers)$/, 'is$1'],
  // (not "-yzes": "analyses" is as often the plural of "analysis")
  [/(?<=\w{2})yz(e|ed|ing)$/, 'ys$1'],
  [/(?<=\w{3})or(s|ed|ing|ite|ites|able)?$/, 'our$1'],
  [/(?<=\w{2})ense$/, 'ence'],
  [/(?<=\w{3})ter(s)?$/, 'tre$1'],
  [/(?<=\w{2}[aeiou])l(ed|ing)$/, 'll$1'],
];

/**
 * Words the lexicon reads as verbs that are nouns before the nouns listed for them, which they describe: "Unions
 * representing refuse workers warned" (household waste). `contextOf` tags them as nouns there, and no cue is read in
 * them (`NON_CUE_CONTEXTS`).
 */
export const NOUN_SENSES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['refuse', new Set(['workers', 'worker', 'collection', 'collections', 'collectors', 'collector', 'lorry', 'lorries', 'bins', 'bin', 'sacks', 'sack', 'tip', 'tips', 'disposal', 'site', 'sites', 'centre', 'centres', 'crews', 'crew', 'staff', 'vehicles', 'trucks', 'strike', 'strikes'])],
]);

/** The word's most frequent coarse part of speech, or undefined when the lexicon does not know it. */
export function posOf(lower: string): PosClass | undefined {
  if (!posMap) load();
  return posMap!.get(lower);
}

/**
 * True for a form of an irregular verb (wink-lexicon's list: "hid", "swore", "spoken"), which the part-of-speech
 * lexicon may not list: "We never hid the data".
 */
export function isIrregularVerbForm(lower: string): boolean {
  return Object.prototype.hasOwnProperty.call(irregularVerbs.forms, lower);
}

/** True when the word is most often a verb (or a modal / auxiliary). */
export function isVerbLike(lower: string): boolean {
  const p = posOf(lower);
  return p === 'V' || p === 'M';
}

/** True when the word can be a verb at all (even if it is more often something else). */
export function canBeVerb(lower: string): boolean {
  if (!verbish) load();
  return isVerbLike(lower) || verbish!.has(lower);
}

/** Modal verbs: "will", "could", "must" ("denies murder and will stand trial"). */
export const MODAL_VERBS: readonly string[] = ['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should'];
export const MODALS: ReadonlySet<string> = new Set(MODAL_VERBS);

/**
 * Auxiliaries with "n't", one token as the tokenizer keeps them ("I don't accept that", "doesn't support"; a token's
 * lower-case form has the straight apostrophe).
 */
export const CONTRACTED_NEGATIONS: readonly string[] = ["don't", "doesn't", "didn't", "can't", "couldn't", "won't", "wouldn't", "shouldn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't"];

/** The words that negate a verb: "do not support", "cannot show", "didn't find". */
export const VERB_NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'cannot', ...CONTRACTED_NEGATIONS]);

/** Auxiliaries, the negated ones among them: finite verbs before a subject's main verb ("CNN didn't | report"). */
export const AUXILIARIES: readonly string[] = [
  'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re",
  'has', 'have', 'had', 'having', 'do', 'does', 'did',
  ...MODAL_VERBS,
  ...CONTRACTED_NEGATIONS,
  // (written as one word, it is "can't": "The study cannot show cause and effect")
  'cannot',
];
export const AUX = new Set(AUXILIARIES);
/** Forms of "be" before a passive participle. */
export const PASSIVE_BE: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'be', "'s"]);

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'some', 'many', 'several', 'few', 'most', 'all', 'both', 'each', 'every', 'other', 'another', 'any', 'no',
  'two', 'three', 'four', 'five', 'more', 'top', 'senior', 'former',
]);

export const PERSONAL_PRONOUNS: Record<string, 'he' | 'she' | 'they' | 'it' | 'we' | 'i'> = {
  he: 'he', she: 'she', they: 'they', it: 'it', we: 'we', i: 'i',
};

/**
 * A personal pronoun and a verb written as one word ("I'm saying", "we've asked"; the tokenizer keeps them whole): the
 * pronoun is the source, and the source's span ends before the apostrophe.
 */
export const PRONOUN_CONTRACTIONS: Readonly<Record<string, 'he' | 'she' | 'they' | 'it' | 'we' | 'i' | 'you'>> = {
  "you're": 'you', "you've": 'you', "you'd": 'you', "you'll": 'you',
  "i'm": 'i', "i've": 'i', "i'd": 'i', "i'll": 'i', "we're": 'we', "we've": 'we', "we'd": 'we', "we'll": 'we',
  "they're": 'they', "they've": 'they', "they'd": 'they', "they'll": 'they', "he'd": 'he', "he'll": 'he', "she'd": 'she',
  "she'll": 'she', "it'd": 'it', "it'll": 'it',
};

/** Words that mark a clause boundary when scanning for a noun phrase. */
export const CLAUSE_WORDS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'because', 'while', 'although', 'though', 'but', 'if', 'when',
  'after', 'before', 'since', 'as', 'so', 'whether', 'where', 'then', 'than',
]);

/** Prepositions allowed inside a source noun phrase ("a spokesman for the ministry", "officials in Tehran"). */
export const NP_PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'from', 'to', 'with', 'familiar', 'on']);

/**
 * Company forms written in capitals after a firm's name, read as part of the name and not as the word they spell in
 * lower case ("Fjordbygg AS" is no "as", "Siemens AG", "Equinor ASA").
 */
export const COMPANY_FORMS: ReadonlySet<string> = new Set(['AS', 'ASA', 'AB', 'AG', 'SA', 'NV', 'BV', 'SE', 'OY', 'OYJ', 'SPA', 'GMBH', 'KG', 'PLC', 'LLC', 'LLP', 'INC', 'LTD', 'CO']);

/**
 * Plural nouns for the people or documents a report comes from, which a sentence's first capital does not make a
 * person ("Prosecutors said", "Officials say"); plurals that are also surnames ("Fields", "Banks") are not listed.
 */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'officials', 'prosecutors', 'critics', 'analysts', 'experts', 'residents', 'witnesses', 'investigators', 'authorities',
  'democrats', 'republicans', 'conservatives', 'liberals', 'progressives', 'voters', 'protesters', 'protestors', 'lawyers',
  'attorneys', 'doctors', 'scientists', 'researchers', 'economists', 'executives', 'aides', 'sources', 'supporters',
  'opponents', 'lawmakers', 'legislators', 'diplomats', 'observers', 'activists', 'officers', 'soldiers', 'teachers',
  'parents', 'students', 'workers', 'employees', 'leaders', 'members', 'organisers', 'organizers', 'campaigners',
  'advocates', 'historians', 'pollsters', 'strategists', 'advisers', 'advisors', 'insiders', 'donors', 'rebels',
  'militants', 'troops', 'police', 'regulators', 'auditors', 'inspectors', 'senators', 'delegates', 'candidates',
  'fact-checkers', 'factcheckers', 'journalists', 'reporters', 'epidemiologists', 'engineers', 'farmers', 'nurses', 'judges', 'ministers', 'mps',
  'paramedics', 'firefighters', 'midwives', 'surgeons', 'pharmacists', 'clinicians', 'physicians', 'carers', 'patients', 'passengers',
  'commuters', 'shoppers', 'tenants', 'pupils', 'drivers', 'crews', 'consumers', 'customers', 'fans', 'villagers', 'locals',
  'reports', 'polls', 'surveys', 'documents', 'records', 'messages', 'emails', 'studies', 'figures', 'statistics',
  'magistrates', 'jurors', 'coroners', 'councillors', 'councilors', 'trustees', 'governors', 'monitors', 'peacekeepers', 'negotiators', 'mediators',
]);

/**
 * Titles that are also common surnames: after one or two given names they end a person's name ("Stephen King",
 * "Charlie Marshall"), where other titles describe ("Utah Republican", "UMWA Director", "Pennsylvania Gov").
 */
export const TITLE_SURNAMES: ReadonlySet<string> = new Set(['king', 'bishop', 'judge', 'major', 'marshal', 'marshall', 'dean', 'prince', 'duke', 'pope', 'baron', 'earl', 'knight', 'abbott', 'cardinal', 'sheriff', 'deacon', 'chancellor', 'priest', 'squire', 'sergeant', 'steward', 'constable']);

/**
 * Head nouns of an institution's name: "the World Health Organization", "the Athletics Integrity Unit", "the
 * Ministry of Defence", "the University of Cologne". A speaker so named is the institution, the whole name.
 */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'organization', 'organisation', 'office', 'unit', 'ministry', 'department', 'agency', 'institute', 'institution', 'university',
  'college', 'council', 'commission', 'committee', 'court', 'bank', 'fund', 'party', 'union', 'association', 'federation',
  'foundation', 'company', 'corporation', 'inc', 'ltd', 'plc', 'llc', 'service', 'services', 'board', 'bureau', 'center', 'centre',
  'authority', 'administration', 'agency', 'academy', 'society', 'league', 'network', 'group', 'alliance', 'coalition', 'tribunal',
  'parliament', 'assembly', 'senate', 'congress', 'police', 'army', 'navy', 'museum', 'hospital', 'clinic', 'laboratory', 'school',
  'observatory', 'journal', 'secretariat', 'directorate', 'inspectorate', 'registry', 'trust', 'forum', 'programme', 'program',
  // (a business by its trade: "Veltrix Systems", "Altamont Lode Resources")
  'systems', 'holdings', 'technologies', 'industries', 'resources', 'logistics', 'airlines', 'motors', 'foods',
  'pharmaceuticals', 'pharma', 'securities', 'partners', 'ventures', 'labs', 'appliances', 'ingredients', 'developers', 'properties',
  'brigade', 'force', 'guard', 'command', 'exchange', 'reserve', 'embassy', 'consulate', 'mission', 'delegation', 'chamber',
  'confederation', 'panel', 'cabinet', 'regiment', 'ombudsman', 'subcommittee', 'taskforce', 'consortium', 'syndicate', 'collective', 'cooperative', 'co-operative', 'charity', 'airways', 'railways', 'rail', 'buses', 'ferries', 'water', 'energy',
  // (a survey or a census by its name: "the Crime Survey for England and Wales")
  'survey', 'census', 'campaign',
  // (a watchdog or a campaign by what it does: "Human Rights Watch", "Education Watch", "Transport Action")
  'watch', 'action',
  // (a transport hub by its name: "Heathbury Airport")
  'airport',
  // news outlets ("The Washington Post", "The New York Times", "Fox News", "the Associated Press")
  'post', 'times', 'herald', 'tribune', 'gazette', 'telegraph', 'chronicle', 'inquirer', 'examiner', 'courier', 'news', 'press', 'ledger', 'record', 'journal', 'mirror', 'echo',
  'magazine', 'globe', 'observer', 'guardian',
]);

/** Nouns of one person's nationality that stand for a person named before ("The Finn said"): singular, capitalised in use. */
export const DEMONYM_PERSONS: ReadonlySet<string> = new Set([
  'finn', 'swede', 'dane', 'norwegian', 'icelander', 'briton', 'brit', 'scot', 'welshman', 'welshwoman', 'irishman', 'irishwoman',
  'englishman', 'englishwoman', 'frenchman', 'frenchwoman', 'dutchman', 'dutchwoman', 'belgian', 'german', 'austrian', 'swiss',
  'italian', 'spaniard', 'portuguese', 'pole', 'czech', 'slovak', 'hungarian', 'romanian', 'bulgarian', 'serb', 'croat', 'slovene',
  'greek', 'turk', 'russian', 'ukrainian', 'belarusian', 'estonian', 'latvian', 'lithuanian', 'georgian', 'armenian',
  'american', 'canadian', 'mexican', 'brazilian', 'argentine', 'argentinian', 'chilean', 'colombian', 'peruvian', 'venezuelan',
  'jamaican', 'cuban', 'australian', 'kiwi', 'zealander', 'kenyan', 'ethiopian', 'nigerian', 'ghanaian', 'ugandan', 'egyptian',
  'moroccan', 'algerian', 'tunisian', 'israeli', 'palestinian', 'iranian', 'iraqi', 'syrian', 'lebanese', 'saudi', 'pakistani',
  'indian', 'bangladeshi', 'afghan', 'kazakh', 'uzbek', 'chinese', 'japanese', 'korean', 'vietnamese', 'thai', 'filipino', 'indonesian',
  'malaysian', 'singaporean',
]);

/** The last words of bodies of several members, named alone: "the United Nations", "the United Arab Emirates". */
export const MEMBER_BODY_HEADS: ReadonlySet<string> = new Set(['nations', 'emirates', 'states', 'kingdom']);

/** Words before a figure that only say it is rough: "at about 20,000", "a crowd of some 2,000". */
export const APPROXIMATORS: ReadonlySet<string> = new Set(['about', 'around', 'some', 'roughly', 'nearly', 'almost', 'approximately']);
/** Multipliers before "as many" or "as much": "twice as many particles". */
export const MULTIPLIERS: ReadonlySet<string> = new Set(['twice', 'thrice', 'half']);
/** Nouns for a business by its role, before its name after a comma: "The plant's operator, Veridian Waste". */
export const BUSINESS_ROLES: ReadonlySet<string> = new Set([
  'operator', 'company', 'firm', 'maker', 'manufacturer', 'retailer', 'airline', 'insurer', 'lender', 'bank', 'supplier',
  'contractor', 'carrier', 'utility', 'chain', 'startup', 'start-up', 'charity', 'network', 'platform',
]);

/** Nouns of a body, a business's role among them (`BUSINESS_ROLES`): "watchdog", "regulator", "group", "charity". */
export const BODY_NOUNS: ReadonlySet<string> = new Set([...BUSINESS_ROLES, 'watchdog', 'regulator', 'group', 'union', 'body', 'organisation', 'organization', 'agency', 'association', 'campaign', 'party', 'council', 'authority',
  'website', 'site', 'newspaper', 'broadcaster', 'magazine', 'publisher', 'club']);

/** Forms of "add", a verb of adding something to something: "adds four years to life", "will add £300 to the bill". */
export const ADDING_VERBS: ReadonlySet<string> = new Set(['add', 'adds', 'added', 'adding']);

/** Words that scale the number before them: "£310 million", "2.1bn". */
export const SCALE_WORDS: ReadonlySet<string> = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'm', 'bn']);
/** Words that lead a figure in what was said: how near it is ("about 3,000", "nearly 400", "only 12") or a multiplier. */
export const FIGURE_LEADS: ReadonlySet<string> = new Set([...APPROXIMATORS, 'over', 'under', 'only', 'just', ...MULTIPLIERS]);
/** A share counted in words, which a figure's leading words (`FIGURE_LEADS`) may go before: "only around half of rounds". */
export const SHARE_FRACTIONS: ReadonlySet<string> = new Set(['half', 'third', 'quarter', 'two-thirds', 'three-quarters']);
/** A year written in digits: "2024", "1998". */
export const YEAR_NUMBER = /^(?:1[89]|20)\d\d$/;

/** Currency signs a figure opens with: "$2m", "£45m", "owes £3m". */
export const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['$', '£', '€', '¥']);

/** The head of a government department's name and its preposition, a pattern's source: "Department for ", "Ministry of ". */
export const DEPARTMENT_HEAD = '(?:Department|Ministry)\\s+(?:for|of)\\s+';

/**
 * A business by what it makes or does, before its name in a headline's or a sentence's capitals: "Drugmaker Velora
 * Pharma denied X", "Carmaker Veltro Motors". No word that is also a surname ("Jan Brewer", "Miner", "Lender").
 */
export const TRADE_TITLES: readonly string[] = ['drugmaker', 'carmaker', 'automaker', 'chipmaker', 'retailer', 'supermarket', 'airline', 'insurer'];

/**
 * Titles and roles that precede a name ("Foreign Minister Sergey Lavrov"); stripped when the canonical
 * speaker name is formed. Lower case.
 */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'foreign', 'defense', 'defence', 'interior', 'finance', 'secretary',
  'state', 'general', 'attorney', 'national', 'security', 'advisor', 'adviser', 'ambassador', 'envoy', 'senator',
  'sen.', 'rep.', 'representative', 'gov.', 'governor', 'mayor', 'chancellor', 'deputy', 'spokesman',
  'spokeswoman', 'spokesperson', 'director', 'chief', 'gen.', 'lt.', 'col.', 'adm.', 'admiral', 'colonel',
  'captain', 'judge', 'justice', 'chairman', 'chairwoman', 'chair', 'ceo', 'executive', 'officer', 'dr.', 'mr.',
  'mrs.', 'ms.', 'prof.', 'professor', 'sir', 'dame', 'lord', 'king', 'queen', 'prince', 'princess', 'pope',
  'house', 'speaker', 'leader', 'majority', 'minority', 'commander', 'head', 'permanent', 'un', 'u.n.', 'us',
  'u.s.', 'eu', 'senior', 'former', 'acting', 'interim', 'first', 'lady', 'democratic', 'republican', 'candidate',
  'presidential', 'nominee', 'congressman', 'congresswoman', 'council', 'member', 'economy', 'health', 'trade',
  'energy', 'justice', 'education', 'agriculture', 'labor', 'labour', 'press',
  // a minister's portfolio: "Minister of State for Petroleum Aisha Bello", "Transport Secretary Louise Haigh"
  'petroleum', 'environment', 'housing', 'culture', 'tourism', 'fisheries', 'infrastructure', 'employment',
  'white', 'supreme', 'court', 'army', 'navy', 'police', 'commissioner', 'inspector', 'sheriff', 'bishop', 'rev.', 'father', 'sheikh',
  'ayatollah', 'imam', 'rabbi', 'of', 'the', 'and', 'to', 'for', 'dr', 'mr', 'mrs', 'ms', 'prof', 'sen', 'rep', 'gov',
  'democrat', 'premier', 'cllr', 'cllr.',
  'gen', 'lt', 'col', 'staff', 'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman', 'assemblyman', 'assemblywoman', 'mp', 'mep', 'legislator', 'analyst', 'coach', 'economist', 'researcher', 'reporter', 'correspondent', 'editor', 'author',
  'manager', 'agent', 'founder', 'co-founder', 'owner', 'lawyer', 'prosecutor', 'detective', 'sergeant', 'sgt.', 'sgt',
  'striker', 'midfielder', 'goalkeeper', 'defender', 'scientist', 'epidemiologist', 'physician', 'activist', 'historian',
  'columnist', 'commentator', 'anchor',
  // local offices: "Maricopa County Recorder Stephen Richer", "State Treasurer John Smith", "Chief Constable Sarah Crew"
  'recorder', 'clerk', 'treasurer', 'auditor', 'comptroller', 'assessor', 'coroner', 'registrar', 'superintendent', 'constable',
  'counsel', 'barrister', 'solicitor',
  // hyphenated offices: "Vice-chancellor Helen Booth", "Vice-President Kamala Harris"
  'vice-chancellor', 'pro-vice-chancellor', 'vice-president', 'vice-chair', 'vice-chairman', 'vice-chairwoman', 'vice-principal', 'vice-premier', 'vice-governor', 'vice-mayor', 'vice-captain', 'vice-admiral',
  'county', 'district', 'municipal', 'provincial', 'regional',
  // occupations before a name, in a headline's capitals as well: "Sprinter Kofi Mensah denies doping"
  'sprinter', 'athlete', 'swimmer', 'boxer', 'cyclist', 'actor', 'actress', 'singer', 'rapper', 'musician', 'comedian',
  'presenter', 'broadcaster', 'novelist', 'journalist', 'statistician', 'entrepreneur', 'businessman', 'businesswoman',
  'billionaire', 'tycoon', 'whistleblower', 'campaigner', 'surgeon', 'pastor',
  // a school's: "Headteacher Diane Morris", "Principal Ann Lee"
  'headteacher', 'headmaster', 'headmistress', 'principal', 'teacher',
  // people in a local story: "Organiser Helen Cross", "Resident Mary Jones", "Nurse Amy Lee"
  'organiser', 'organizer', 'resident', 'volunteer', 'nurse', 'paramedic', 'shopkeeper', 'landlord', 'farmer',
  // (and of a travel story or a shop's: "Passenger Emma Lund", "Commuter Tom Hale", "Shopper Jo Marsh")
  'passenger', 'commuter', 'traveller', 'traveler', 'holidaymaker', 'shopper', 'customer', 'tenant', 'homeowner', 'parent', 'pensioner',
  // a race's: "Challenger Tom Baird", "Incumbent Jo Frost"
  'challenger', 'incumbent', 'contender', 'frontrunner', 'front-runner',
  ...TRADE_TITLES,
]);

/** Nouns for people and bodies that can be the source of a statement even in lower case. */
export const SOURCE_NOUNS = new Set([
  'official', 'officials', 'boss', 'bosses', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'ministry', 'government',
  'president', 'ambassador', 'diplomat', 'diplomats', 'analyst', 'analysts', 'expert', 'experts', 'source',
  'sources', 'report', 'reports', 'statement', 'memo', 'study', 'survey', 'poll', 'police', 'prosecutor',
  'prosecutors', 'lawyer', 'lawyers', 'company', 'agency', 'campaign', 'aide', 'aides', 'leader', 'leaders',
  'witness', 'witnesses', 'residents', 'people', 'critics', 'supporters', 'officer', 'officers', 'authorities',
  'spokespeople', 'investigators', 'researchers', 'scientists', 'doctors', 'chief', 'director', 'senator',
  'lawmaker', 'lawmakers', 'governor', 'mayor', 'military', 'army', 'kremlin', 'white house', 'pentagon',
  'document', 'documents', 'data', 'figures', 'observers', 'organizers', 'spokesmen', 'committee', 'court',
  'judge', 'commission', 'board', 'council', 'union', 'group', 'foundation', 'office', 'department', 'camp', 'team',
]);

/** The months' names in full ("march"; `MONTHS` adds their abbreviations with a full stop). */
export const MONTH_NAMES: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export const MONTHS = new Set([...MONTH_NAMES, 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.']);
/** Words in -ly that are no adverbs (the detectors' F_LY_WORD flag). */
export const ADVERB_EXCEPTIONS: ReadonlySet<string> = new Set(['only', 'family', 'ally', 'italy', 'july', 'reply', 'supply', 'assembly', 'rally']);

export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * Capitalised date words that never name a person, so a speaker's name is not taken from them ("a poll
 * released Monday" names no "Monday"); April, May, June and August are given names too ("Theresa May").
 */
export const NON_NAME_DATES: ReadonlySet<string> = new Set([
  ...WEEKDAYS, 'january', 'february', 'march', 'july', 'september', 'october', 'november', 'december',
]);

/** Words of a date that may stand between a cue verb and its complement ("said Tuesday that", "said earlier"). */
export const DATE_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS, 'yesterday', 'today', 'tonight', 'earlier', 'later', 'afternoon', 'morning', 'evening']);

// Function words of the attribution rules (src/core/detect/attributions.ts).

/** Words that open a date between a source and its cue: "Whitfield on Tuesday said", "the ministry late Monday said" (not "in": "a poll in March shows" is a poll of March). */
export const DATE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'last', 'this', 'late', 'early']);

/** Words that open an adjunct after a reporting verb ("said on Monday", "told reporters in Kyiv"): no object clause begins there. */
export const ADJUNCT_PREPS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'last', 'this', 'late', 'early', 'earlier', 'from', 'via', 'through', 'to', 'with', 'of', 'by', 'over', 'since', 'while', 'outside', 'inside', 'near']);

/** Words that open an adverbial clause after a verb: what follows is no object of it. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'after', 'before', 'as', 'because', 'if', 'while', 'since', 'though', 'although', 'until', 'where', 'whether', 'than', 'so', 'and', 'but', 'or']);

/** Personal pronouns that, after ", and" / ", but", begin a clause of their own about a person. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

/** Conjunctions that join a second verb phrase to the reporting clause ("said X and added Y"). */
export const VP_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'before', 'then']);

/** Words that open an adverbial clause put before the main clause ("As they weigh the offer, ..."). */
export const FRONTING_WORDS: ReadonlySet<string> = new Set(['after', 'before', 'as', 'when', 'while', 'if', 'although', 'though', 'since', 'because', 'asked', 'once', 'until', 'despite', 'unlike', 'whether']);

/** Dashes that sign a quotation with a name (`"..." ― Ana Petrova`). */
export const DASHES: ReadonlySet<string> = new Set(['―', '—', '–', '-', '--']);

/**
 * Fractions written as words, after a count ("fell by a third", "two-thirds of voters", "a quarter"; not "the fourth
 * quarter", "larger quarters"): in a claim they count as numbers do.
 */
export const FRACTION_WORDS: ReadonlySet<string> = new Set(['half', 'third', 'thirds', 'quarter', 'quarters']);
/** The counts before a fraction word (`FRACTION_WORDS`). */
export const FRACTION_COUNTS: ReadonlySet<string> = new Set(['a', 'one', 'two', 'three']);

/** Numbers written as one word, as news writes the small ones ("three people", "a dozen homes"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['dozen', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100],
]);

/**
 * A time before "after" or "before" that opens an adverbial after a comma ("a day after", "two weeks before", "hours
 * after"): when a report or a denial came, no part of what it says.
 */
export const TIME_AFTER = /^(?:(?:a|one|two|three)\s+(?:day|days|week|weeks|month|months|year|years|hour|hours)|hours|days|weeks)\s+(?:after|before)\b/i;

/** The first words of a `TIME_AFTER` adverbial. */
export const TIME_AFTER_FIRST: ReadonlySet<string> = new Set(['a', 'one', 'two', 'three', 'hours', 'days', 'weeks']);

/**
 * States, provinces and nations that follow a city after a comma ("Austin, Texas", "Cardiff, Wales"): such a pair is
 * one place, no appositive of its own. Lower case; countries come from world-countries (`placeOf`).
 */
export const REGION_NAMES: ReadonlySet<string> = new Set([
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia', 'hawaii',
  'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan',
  'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york',
  'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota',
  'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming',
  'england', 'scotland', 'wales', 'northern ireland',
  'ontario', 'quebec', 'british columbia', 'alberta', 'manitoba', 'saskatchewan', 'nova scotia',
  'new south wales', 'victoria', 'queensland', 'tasmania',
]);

/** Nouns of a stretch of time: "last week", "earlier this month", "that year". */
export const TIME_NOUNS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'weekend', 'morning', 'evening', 'night', 'quarter', 'summer', 'winter', 'spring', 'autumn', 'fall']);

/** The ending of a past participle, regular or not: "delivered", "given", "shown", "sold", "built", "paid", "made". */
export const PARTICIPLE_END = /(?:ed|en|wn|ld|lt|id|de|ne|ht)$/;

/** Labels that open an interview's question or answer ("Q:", "A:"). */
export const ANSWER_LABELS: ReadonlySet<string> = new Set(['Q', 'A', 'Question', 'Answer']);

/** Participles of a charge a subject faces, with the prepositions that name it: "A nurse accused of murder", "charged with". */
export const CHARGE_PARTICIPLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['accused', new Set(['of', 'over'])], ['charged', new Set(['with', 'over'])], ['convicted', new Set(['of'])], ['suspected', new Set(['of'])],
  ['cleared', new Set(['of'])], ['acquitted', new Set(['of'])], ['jailed', new Set(['for', 'over'])], ['arrested', new Set(['on', 'over', 'for'])],
]);

/**
 * Words of a utility's or a provider's name that are also a portfolio's title words (`TITLE_WORDS`): "SP Energy
 * Networks", "Thames Water Utilities", "Stanford Health Care", "Clarion Housing Group".
 */
export const UTILITY_WORDS: ReadonlySet<string> = new Set(['energy', 'water', 'power', 'health', 'education', 'housing']);
