/**
 * Question-and-answer interviews: an article whose body alternates the interviewer's questions, set in bold
 * ("**Minister, did New Zealand agree to cut dairy exports?**") or labelled ("Q: ..."), with the interviewee's answers
 * ("No. Let me be absolutely clear about that. ..." or "A: ..."). The answers are the interviewee's words though no
 * verb of saying introduces them: the analyzer keeps their statements as the interviewee's claims, and gives the
 * interviewee the denials and the first-person reports in them (analyzer.ts). Character offsets in, block indexes out;
 * no `vscode`.
 */
import type { ProseBlock } from './prose/block';
import { posOf } from './data/lexicon';
import { canonicalName } from './speakers';

/** The interview an article holds: which blocks are answers, and who answers. */
export interface Interview {
  /** The interviewee's canonical name ("Hemi Tuckwell"). */
  interviewee: string;
  /** For each block of the document, 1 when it is (part of) an answer. */
  answer: Uint8Array;
  /** For each block of the document, 1 when it is a question, whose "you" is the interviewee. */
  question: Uint8Array;
}

/** Three words or more. */
const WORDS = /\p{L}+\W+\p{L}+\W+\p{L}+/u;

/** At least this many questions, each followed by an answer, make an interview. */
const MIN_QUESTIONS = 2;

/** A label that opens a question: "Q:", "Question:" (its answer may open with "A:"). */
const QUESTION_LABEL = /^(?:Q|Question)\s*[:.]\s/;

/** A word of the first person, which answers hold and an explainer's own prose seldom does. */
const FIRST_PERSON = /(?:^|[^\p{L}'’])(?:I|I['’](?:m|ve|d|ll)|we|We|we['’](?:re|ve|ll)|We['’](?:re|ve|ll)|my|My|our|Our|me|us)(?![\p{L}'’])/u;

/** A word that opens a reply to a question put, as answers do and an explainer's paragraphs seldom: "Yes.", "No, ...". */
const REPLY_OPENING = /^(?:Yes|No|Absolutely|Certainly|Of course|Not at all)[.,!]/;

/** A run of capitalised words, the candidates for the interviewee's name in the headline and the introduction. */
const CAPITALISED_RUN = /\p{Lu}(?:[\p{L}'’-]|\.(?=\p{L}))*(?:\s+(?:\p{Lu}(?:[\p{L}'’-]|\.(?=\p{L}))*|de|van|von|bin|al))*/gu;

/** Whether a Markdown block is set in bold whole: its visible text right between "**" or "__" marks. */
function inBold(text: string, b: ProseBlock): boolean {
  const open = text.slice(Math.max(0, b.start - 2), b.start);
  const close = text.slice(b.end, b.end + 2);
  return (open === '**' && close === '**') || (open === '__' && close === '__');
}

/** Whether a Markdown block is set in italics whole ("*After the interview, a spokesperson said ...*"): an editor's note. */
function inItalics(text: string, b: ProseBlock): boolean {
  const open = text[b.start - 1];
  const close = text[b.end];
  return (open === '*' || open === '_') && close === open && text[b.start - 2] !== open;
}

/**
 * The interview of a document's blocks, or null: questions (blocks in bold, in Markdown, or opened by "Q:"), each
 * followed by one or more answer blocks up to the next question or heading (not an editor's note in italics), at least
 * `MIN_QUESTIONS` of them, half or more of the answers in the first person or opening with a reply ("Yes.", "No."), and a person named in the blocks before the
 * first question (the headline and the introduction), the first with a full name, who answers.
 */
export function findInterview(text: string, blocks: readonly ProseBlock[], markdown: boolean): Interview | null {
  const n = blocks.length;
  let firstQuestion = -1;
  let questions = 0;
  let asked = 0;
  const question = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const b = blocks[i];
    if (b.kind !== 'paragraph') continue;
    if (putsQuestion(text, b, markdown)) {
      question[i] = 1;
      if (firstQuestion < 0) firstQuestion = i;
      questions++;
      if (b.text.trimEnd().endsWith('?')) asked++;
    }
  }
  // (half of them or more asking: not a page's bold leads, "**Voss claims victory.**")
  if (firstQuestion <= 0 || asked * 2 < questions) return null;
  const answer = new Uint8Array(n);
  let answered = 0;
  let firstPerson = 0;
  for (let i = firstQuestion; i < n; i++) {
    if (!question[i]) continue;
    let any = false;
    let first = false;
    for (let k = i + 1; k < n && !question[k] && blocks[k].kind !== 'heading'; k++) {
      if (markdown && inItalics(text, blocks[k])) break;
      answer[k] = 1;
      any = true;
      if (!first && (FIRST_PERSON.test(blocks[k].text) || (k === i + 1 && REPLY_OPENING.test(blocks[k].text)))) first = true;
    }
    if (any) answered++;
    if (first) firstPerson++;
  }
  if (answered < MIN_QUESTIONS || firstPerson * 2 < answered) return null;
  const interviewee = personNamedIn(blocks, firstQuestion);
  return interviewee === null ? null : { interviewee, answer, question };
}

/**
 * Whether block b is a question an explainer puts, answered by the block after it: a paragraph in bold whole (in
 * Markdown) or opened by "Q:", of some words, that ends with a question mark ("**Q: Is that right?**").
 */
export function isQuestionBlock(text: string, b: ProseBlock, markdown: boolean): boolean {
  // (or an explainer's heading that asks: "## Is it true that black bins will be emptied only once a month?")
  // (or a transcript's question after its speaker's label: "Presenter: The college says X. Is that true?")
  // (the question mark first, the cheap test most blocks fail: this runs for every block on every call)
  return b.text.trimEnd().endsWith('?') && ((b.kind === 'paragraph' && (putsQuestion(text, b, markdown) || SPEAKER_LABEL.test(b.text))) || (b.kind === 'heading' && WORDS.test(b.text)));
}

/**
 * Whether block b is set as a question: in bold whole (in Markdown), of some words (not a live page's time label in
 * bold, "**14:02**"), or opened by "Q:".
 */
function putsQuestion(text: string, b: ProseBlock, markdown: boolean): boolean {
  return (markdown && inBold(text, b) && WORDS.test(b.text)) || QUESTION_LABEL.test(b.text);
}

/** The word in lower case right after a name, past its space (sticky: read at its `lastIndex`, where the name ends). */
const NEXT_WORD = / ([a-z]+)\b/y;

/** A transcript's speaker label that opens a block: "Presenter:", "PRESENTER:", "Martin Cole:" (up to four capitalised words). */
const SPEAKER_LABEL = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}:\s/u;

/**
 * The first full name of a person (two words or more) in blocks [0, to): "Trade Minister Hemi Tuckwell" -> "Hemi
 * Tuckwell"; not a name before a noun it modifies ("the Northern Valleys health board").
 */
function personNamedIn(blocks: readonly ProseBlock[], to: number): string | null {
  for (let i = 0; i < to; i++) {
    const text = blocks[i].text;
    for (const m of text.matchAll(CAPITALISED_RUN)) {
      if (!m[0].includes(' ')) continue;
      // (not a name that modifies a noun after it: "the Northern Valleys | health board"; read where the name ends)
      NEXT_WORD.lastIndex = m.index + m[0].length;
      const after = NEXT_WORD.exec(text);
      if (after !== null && posOf(after[1]) === 'N') continue;
      const c = canonicalName(m[0]);
      if (c.kind === 'person' && c.name.includes(' ')) return c.name;
    }
  }
  return null;
}
