/**
 * Generates news-like articles for the speed benchmark from the project's own sentence templates
 * (no corpus text): attributions with said / told / according to / in a statement, denials, quotes,
 * figures and dates, with names, places and numbers drawn from a seeded PRNG, so the same seed
 * always gives the same text.
 *
 * An article is a list of blocks rendered two ways with the same words: plain text (headline and
 * headings on their own line, paragraphs and list items separated by blank lines) and Markdown
 * (`#`/`##` headings, `-` lists, `**strong**` and `*emphasis*`, links, and one fenced code block,
 * which the plain rendering leaves out).
 */

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A piece of a sentence; Markdown may decorate it. */
interface Piece {
  text: string;
  strong?: boolean;
  em?: boolean;
  href?: string;
}

type Sentence = Piece[];

export type Block =
  | { kind: 'heading'; depth: 1 | 2; text: Sentence }
  | { kind: 'paragraph'; sentences: Sentence[] }
  | { kind: 'list'; items: Sentence[] }
  | { kind: 'code'; lang: string; code: string };

const FIRST = [
  'Maria', 'Tomas', 'Aisha', 'Kenji', 'Olga', 'Rafael', 'Ingrid', 'Samuel', 'Leila', 'Pieter', 'Nadia', 'Carlos', 'Yuki', 'Amara',
  'Henrik', 'Fatima', 'Dmitri', 'Grace', 'Ahmed', 'Sofia', 'Lucas', 'Mei', 'Jonas', 'Priya', 'Tariq', 'Elena', 'Marcus', 'Zora',
  'Felipe', 'Hanna', 'Kwame', 'Irene', 'Viktor', 'Lena', 'Omar', 'Claire', 'Mateo', 'Ruth', 'Sipho', 'Anya',
];
const LAST = [
  'Okafor', 'Lindqvist', 'Haddad', 'Tanaka', 'Petrova', 'Moreno', 'Brandt', 'Mensah', 'Karimi', 'de Vries', 'Novak', 'Castillo',
  'Sato', 'Adeyemi', 'Nilsen', 'Rahman', 'Volkov', 'Whitfield', 'Farouk', 'Russo', 'Almeida', 'Chen', 'Berg', 'Iyer', 'Aziz',
  'Popescu', 'Kowalski', 'Osei', 'Ferreira', 'Lund', 'Abara', 'Keller', 'Marin', 'Holt', 'Yilmaz', 'Duarte', 'Sandoval', 'Ivanova',
];
const ROLES = [
  'Finance Minister', 'Health Minister', 'Transport Secretary', 'Mayor', 'Governor', 'Police Chief', 'Trade Commissioner',
  'Senator', 'Energy Minister', 'Deputy Prime Minister', 'Chief Executive', 'Union leader', 'Defence Minister', 'Ambassador',
];
const ORGS = [
  'the Ministry of Finance', 'the city council', 'the port authority', 'the national statistics office', 'the central bank',
  'the health agency', 'the rail operator', 'the electoral commission', 'the water utility', 'the teachers union',
  'the audit office', 'the regional government', 'the mining company', 'the airline', 'the environmental agency',
];
const PLACES = [
  'Northport', 'Valmera', 'Eastbridge', 'Kestrel Bay', 'Oakhaven', 'Redmarsh', 'Silverton', 'Lowfield', 'Brightwater',
  'Stonegate', 'Marlow Heights', 'Westerly', 'Ashcombe', 'Fernhill', 'Glenmoor', 'Harrowdale',
];
const THINGS = [
  'the new bridge', 'the hospital wing', 'the water treatment plant', 'the school building programme', 'the tram line',
  'the harbour expansion', 'the wind farm', 'the housing scheme', 'the fuel subsidy', 'the vaccination campaign',
  'the road repairs', 'the flood defences', 'the grain exports', 'the pension reform', 'the fishing quota',
];
const UNITS = ['million dollars', 'billion euros', 'tonnes', 'jobs', 'households', 'kilometres', 'patients', 'schools', 'barrels a day', 'per cent'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const VERBS_PAST = ['cost', 'created', 'delivered', 'supplied', 'lost', 'saved', 'moved', 'reached', 'added', 'cut'];
const DENIAL_NOUNS = ['allegations', 'claims', 'reports', 'suggestions', 'accusations'];
const DENIAL_FRAMES = ['baseless', 'fabricated', 'false', 'politically motivated', 'a distortion of the facts'];
const REPORT_CUES = ['said', 'added', 'told reporters', 'said in a statement', 'wrote in a letter', 'explained', 'noted', 'warned', 'insisted'];
const QUOTES = [
  'We will finish the work on time and within the budget',
  'Nobody in this building has seen the final figures yet',
  'The numbers speak for themselves',
  'This is the largest investment the region has seen in a decade',
  'We expect the first results before the end of the year',
  'Every household will notice the difference by winter',
  'We have asked the auditors to publish everything',
  'There is no reason to panic, but there is every reason to prepare',
];
const HEADINGS = ['The figures', 'Reactions', 'What happens next', 'Background', 'The dispute', 'Costs and delays', 'Who pays', 'The response'];

class Gen {
  private readonly rnd: () => number;
  private people: { name: string; role: string; place: string }[] = [];
  constructor(seed: number) {
    this.rnd = mulberry32(seed);
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rnd() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rnd() * xs.length)];
  }
  chance(p: number): boolean {
    return this.rnd() < p;
  }
  number(): string {
    const r = this.rnd();
    if (r < 0.3) return String(this.int(2, 99));
    if (r < 0.6) return this.int(100, 9999).toLocaleString('en-US');
    if (r < 0.85) return `${this.int(1, 99)}.${this.int(1, 9)}`;
    return this.int(10000, 2000000).toLocaleString('en-US');
  }
  date(): string {
    return this.chance(0.5) ? `on ${this.pick(DAYS)}` : `on ${this.int(1, 28)} ${this.pick(MONTHS)}`;
  }
  year(): string {
    return String(this.int(1998, 2031));
  }
  /** A new person now and then, else one already in the story (so pronouns and short names recur). */
  person(): { name: string; role: string; place: string } {
    if (this.people.length < 3 || this.chance(0.35)) {
      const p = { name: `${this.pick(FIRST)} ${this.pick(LAST)}`, role: this.pick(ROLES), place: this.pick(PLACES) };
      this.people.push(p);
      if (this.people.length > 12) this.people.shift();
      return p;
    }
    return this.pick(this.people);
  }
  surname(p: { name: string }): string {
    return p.name.slice(p.name.indexOf(' ') + 1);
  }
  proposition(): string {
    const r = this.rnd();
    const place = this.pick(PLACES);
    if (r < 0.3) return `${this.pick(THINGS)} ${this.pick(VERBS_PAST)} ${this.number()} ${this.pick(UNITS)} in ${this.year()}`;
    if (r < 0.55) return `${this.pick(ORGS)} had spent ${this.number()} ${this.pick(UNITS)} on ${this.pick(THINGS)}`;
    if (r < 0.75) return `${place} ${this.pick(VERBS_PAST)} ${this.number()} ${this.pick(UNITS)} to ${this.pick(PLACES)} ${this.date()}`;
    if (r < 0.9) return `the contract for ${this.pick(THINGS)} was signed before the vote in ${place}`;
    return `${this.pick(ORGS)} knew about the delays ${this.date()}`;
  }
  /** One sentence from the templates. */
  sentence(): Sentence {
    const p = this.person();
    const full = `${p.role} ${p.name}`;
    const prop = this.proposition();
    const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
    switch (this.int(0, 13)) {
      case 0:
        return [{ text: `“${this.pick(QUOTES)},” ` }, { text: p.name, strong: this.chance(0.3) }, { text: ` ${this.pick(REPORT_CUES)}.` }];
      case 1:
        return [{ text: `“${this.pick(QUOTES)},” said ${this.surname(p)}, adding that ${prop}.` }];
      case 2:
        return [{ text: `${full} said ${this.date()} that ${prop}.` }];
      case 3:
        return [{ text: `${this.surname(p)} told reporters in ${p.place} that ${prop}.` }];
      case 4:
        return [{ text: `According to ${this.pick(ORGS)}, ${prop}.` }];
      case 5:
        return [{ text: `${cap(prop)}, according to people familiar with the matter.` }];
      case 6:
        return [{ text: `${cap(this.pick(ORGS))} denied ${this.pick(DENIAL_NOUNS)} that ${prop}.` }];
      case 7:
        return [{ text: `${full} dismissed ${this.pick(DENIAL_NOUNS)} that ${prop} as ${this.pick(DENIAL_FRAMES)}.` }];
      case 8:
        return [{ text: `There is no evidence that ${prop}, ` }, { text: 'the audit found', em: true }, { text: '.' }];
      case 9:
        return [{ text: `${cap(this.pick(ORGS))} said in a statement that ${prop}, ` }, { text: 'a figure', em: this.chance(0.5) }, { text: ` ${p.name} disputed.` }];
      case 10:
        return [{ text: `He added that ${prop}.` }];
      case 11:
        return [{ text: `A report seen by ` }, { text: 'the Courier', href: `https://example.org/courier/${this.int(100, 999)}` }, { text: ` says ${prop}.` }];
      case 12:
        return [{ text: `In ${this.year()}, ${prop}, while ${this.pick(ORGS)} reported ${this.number()} ${this.pick(UNITS)}.` }];
      default:
        return [{ text: `${cap(prop)}.` }];
    }
  }
  paragraph(): Sentence[] {
    const n = this.int(2, 5);
    const out: Sentence[] = [];
    for (let i = 0; i < n; i++) out.push(this.sentence());
    return out;
  }
  headline(): Sentence {
    const p = this.person();
    return [{ text: `${this.pick(PLACES)} ${this.pick(['defends', 'questions', 'revises', 'delays'])} ${this.pick(THINGS).replace(/^the /, '')} plan: ${this.surname(p)}` }];
  }
  codeBlock(): Block {
    const rows: string[] = [];
    for (let i = 0; i < 4; i++) rows.push(`  { "place": "${this.pick(PLACES)}", "year": ${this.year()}, "value": ${this.int(1, 9999)} }`);
    return { kind: 'code', lang: 'json', code: `[\n${rows.join(',\n')}\n]` };
  }
}

const sentenceText = (s: Sentence) => s.map((p) => p.text).join('');
const wordCount = (s: string) => (s.match(/\S+/g) ?? []).length;

/**
 * Generates blocks until the plain rendering has at least `words` words (or `chars` characters).
 * Every eighth block or so is a heading, every sixth a list; one code block follows the third paragraph.
 */
export function generateBlocks(seed: number, limit: { words?: number; chars?: number }): Block[] {
  const g = new Gen(seed);
  const blocks: Block[] = [{ kind: 'heading', depth: 1, text: g.headline() }];
  const first = renderPlain(blocks);
  let words = wordCount(first);
  let chars = first.length;
  let paragraphs = 0;
  const enough = () => (limit.words !== undefined && words >= limit.words) || (limit.chars !== undefined && chars >= limit.chars);
  while (!enough()) {
    let b: Block;
    const r = g.int(0, 47);
    if (r < 6 && paragraphs > 0) b = { kind: 'heading', depth: 2, text: [{ text: g.pick(HEADINGS) }] };
    else if (r < 14) b = { kind: 'list', items: Array.from({ length: g.int(2, 4) }, () => g.sentence()) };
    else {
      b = { kind: 'paragraph', sentences: g.paragraph() };
      paragraphs++;
    }
    const plain = renderPlain([b]);
    blocks.push(b);
    words += wordCount(plain);
    chars += plain.length + 1;
    if (paragraphs === 3 && b.kind === 'paragraph') blocks.push(g.codeBlock());
  }
  return blocks;
}

/** Plain text: one block per paragraph, blank lines between; list items are paragraphs; code is left out. */
export function renderPlain(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') out.push(sentenceText(b.text));
    else if (b.kind === 'paragraph') out.push(b.sentences.map(sentenceText).join(' '));
    else if (b.kind === 'list') for (const it of b.items) out.push(sentenceText(it));
  }
  return out.join('\n\n') + '\n';
}

function mdPiece(p: Piece): string {
  if (p.href !== undefined) return `[${p.text}](${p.href})`;
  if (p.strong) return `**${p.text}**`;
  if (p.em) return `*${p.text}*`;
  return p.text;
}

/** Markdown: the same words with headings, lists, emphasis, links and a fenced code block. */
export function renderMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  const line = (s: Sentence) => s.map(mdPiece).join('');
  for (const b of blocks) {
    if (b.kind === 'heading') out.push(`${'#'.repeat(b.depth)} ${line(b.text)}`);
    else if (b.kind === 'paragraph') out.push(b.sentences.map(line).join(' '));
    else if (b.kind === 'list') out.push(b.items.map((it) => `- ${line(it)}`).join('\n'));
    else out.push(`\`\`\`${b.lang}\n${b.code}\n\`\`\``);
  }
  return out.join('\n\n') + '\n';
}

export interface GeneratedArticle {
  plain: string;
  markdown: string;
  words: number;
}

/** An article of at least `words` words (plain rendering), in both renderings. */
export function generateArticle(seed: number, words: number): GeneratedArticle {
  const blocks = generateBlocks(seed, { words });
  const plain = renderPlain(blocks);
  return { plain, markdown: renderMarkdown(blocks), words: wordCount(plain) };
}

/** A plain article of about `chars` characters (cut at the last paragraph boundary at or after the size). */
export function generatePlain(seed: number, chars: number): string {
  return renderPlain(generateBlocks(seed, { chars }));
}

/**
 * An offset in the middle of the document where a one-character edit lands in prose: a lower-case
 * letter inside a word of four or more letters, outside fenced code, on a line that is not a link target.
 */
export function middleEditOffset(text: string): number {
  const re = /(?<=\s)[a-z]{4,}(?=[\s,.])/g;
  re.lastIndex = Math.floor(text.length / 2);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const before = text.slice(0, m.index);
    const fences = (before.match(/^```/gm) ?? []).length;
    if (fences % 2 === 0) return m.index + 1;
  }
  throw new Error('no prose word after the middle of the text');
}

/** Two texts that differ from `text` (and from each other) in the one character at `offset`. */
export function editVariants(text: string, offset: number): [string, string] {
  const c = text[offset];
  const [a, b] = ['q', 'x', 'z'].filter((x) => x !== c);
  return [text.slice(0, offset) + a + text.slice(offset + 1), text.slice(0, offset) + b + text.slice(offset + 1)];
}
