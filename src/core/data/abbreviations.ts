/**
 * Abbreviations the sentence splitter knows (`src/core/text/sentences.ts`). Data, not code: each
 * group has an id, a kind that says how a full stop after it is read, and the forms (without the
 * final full stop, compared case-insensitively).
 *
 * - `title`: precedes a name; a full stop after it never ends a sentence (Dr. Smith, Sen. Warren).
 * - `beforeNumber`: precedes a number; no sentence end when a number follows (No. 10, p. 5), else
 *   read like `general`.
 * - `month`: as `beforeNumber` (Jan. 5); else read like `general` (in Jan. The ... ends).
 * - `general`: may end a sentence; it does only when the next word is a capitalised common sentence
 *   starter from `SENTENCE_STARTERS` (Apple Inc. The company ... / Apple Inc. Chief ...). Dotted
 *   acronyms (U.S., a.m., J.K.) and single capital initials (George W. Bush) are read the same way
 *   without being listed.
 */

export type AbbreviationKind = 'title' | 'beforeNumber' | 'month' | 'general';

export interface AbbreviationGroup {
  id: string;
  kind: AbbreviationKind;
  forms: readonly string[];
  comment?: string;
}

export const ABBREVIATION_GROUPS: readonly AbbreviationGroup[] = [
  {
    id: 'title.civil',
    kind: 'title',
    forms: ['Mr', 'Mrs', 'Ms', 'Messrs', 'Mmes', 'Dr', 'Drs', 'Prof', 'Rev', 'Fr', 'Hon', 'Pres', 'Gov', 'Sen', 'Sens', 'Rep', 'Reps', 'Amb', 'Atty', 'Supt', 'Insp', 'Det', 'Mme', 'Mlle', 'Cllr'],
    comment: 'Courtesy and office titles before a name.',
  },
  {
    id: 'title.military',
    kind: 'title',
    forms: ['Gen', 'Gens', 'Lt', 'Col', 'Capt', 'Cmdr', 'Cdr', 'Adm', 'Maj', 'Brig', 'Sgt', 'Cpl', 'Pvt', 'Spc', 'Lt.Col', 'Lt.Gen'],
    comment: 'Military ranks before a name (AP style).',
  },
  {
    id: 'title.police',
    kind: 'title',
    forms: ['DI', 'DCI', 'DS', 'DC', 'DSupt', 'PCSO'],
    comment: 'British police ranks before a name (Detective Inspector, Detective Chief Inspector, Detective Sergeant, Detective Constable ...; not "PC", a shop name too).',
  },
  {
    id: 'title.place',
    kind: 'title',
    forms: ['Mt', 'Ft', 'vs', 'v'],
    comment: 'Mount, Fort before a place name; versus between two names.',
  },
  {
    id: 'number.reference',
    kind: 'beforeNumber',
    forms: ['No', 'Nos', 'p', 'pp', 'Vol', 'Vols', 'Art', 'Arts', 'Fig', 'Figs', 'Ch', 'Chap', 'Para', 'Sec', 'Secs', 'Ed', 'Ref', 'Tel', 'Ext', 'Op', 'ca', 'approx', 'est'],
    comment: 'Reference and quantity abbreviations before a number (No. 10 Downing Street, p. 5).',
  },
  {
    id: 'month',
    kind: 'month',
    forms: ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'],
    comment: 'Month abbreviations (AP style: before a day number).',
  },
  {
    id: 'general.company',
    kind: 'general',
    forms: ['Inc', 'Corp', 'Co', 'Cos', 'Ltd', 'Bros', 'Assn', 'Dept', 'Univ', 'Govt', 'Jr', 'Sr', 'St', 'Ave', 'Blvd', 'Rd', 'al', 'etc', 'cf', 'viz', 'Ph.D', 'Esq'],
    comment: 'Company, organisation, name-suffix and street abbreviations, which often end a sentence too.',
  },
  {
    id: 'general.usState',
    kind: 'general',
    forms: ['Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Penn', 'Tenn', 'Tex', 'Vt', 'Va', 'Wash', 'Wis', 'Wyo'],
    comment: 'US state abbreviations in AP datelines and party tags (Sen. X, D-Mass.).',
  },
];

/**
 * Capitalised words that commonly start a sentence. After a `general` abbreviation, a dotted
 * acronym, an initial or an ellipsis, the full stop ends the sentence only before one of these.
 */
export const SENTENCE_STARTERS: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  'you', 'his', 'her', 'their', 'our', 'my', 'your', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'as', 'for',
  'of', 'to', 'by', 'from', 'with', 'without', 'if', 'when', 'while', 'after', 'before', 'although', 'though',
  'however', 'meanwhile', 'still', 'also', 'then', 'now', 'since', 'because', 'according', 'some', 'many', 'most',
  'several', 'both', 'each', 'all', 'no', 'not', 'what', 'which', 'who', 'whom', 'whose', 'how', 'why', 'where',
  'such', 'other', 'another', 'last', 'earlier', 'later', 'today', 'yesterday', 'until', 'instead', 'despite',
  'during', 'under', 'over', 'about', 'among', 'only', 'even', 'nor', 'thus', 'therefore', 'moreover', 'further',
  'furthermore', 'indeed', 'officials', 'critics', 'analysts', 'experts',
];

/** The forms of the `title` groups, lower case: "dr", "sen", "sgt" (a full stop after one belongs to the name that follows). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(ABBREVIATION_GROUPS.filter((g) => g.kind === 'title').flatMap((g) => g.forms.map((f) => f.toLowerCase())));
/**
 * Abbreviations that end a name, whose full stop is the name's when the sentence goes on: "Chirp Inc. on Wednesday
 * denied", "Martin Luther King Jr. said" (lower case).
 */
export const NAME_END_ABBREVIATIONS: ReadonlySet<string> = new Set(['inc', 'corp', 'co', 'cos', 'ltd', 'bros', 'jr', 'sr', 'esq']);
