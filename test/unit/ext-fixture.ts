// A hand-built Analysis of a short article the project wrote, for the extension's view-model tests.
// Spans are located by the exact words they cover, so every offset below is checked against the text.
import { ANALYSIS_SCHEMA, type Analysis, type Span } from '../../src/core/types';

export const ARTICLE = [
  '# Port deal',
  '',
  'The transport minister said the new terminal "will double exports by 2027".',
  '',
  'Tehran denied that any deal on the terminal had been signed, according to a statement.',
  '',
  'A union leader told reporters that exports fell by 12 percent last year.',
  '',
  'The terminal cost 40 million dollars.',
  '',
].join('\n');

export function span(text: string, words: string, occurrence = 0): Span {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(words, at + 1);
    if (at < 0) throw new Error(`"${words}" (occurrence ${occurrence}) not in the text`);
  }
  return { start: at, end: at + words.length, text: words };
}

/** Claims: c-min (minister, countered by d-teh and c-exp), c-union (no counters), c-cost (the article's own). */
export function fixtureAnalysis(text = ARTICLE): Analysis {
  const s = (w: string, n = 0) => span(text, w, n);
  return {
    schema: ANALYSIS_SCHEMA,
    source: { languageId: 'markdown', length: text.length },
    attributions: [
      { id: 'a-min', source: s('The transport minister'), cue: s('said'), content: s('the new terminal "will double exports by 2027"'), speaker: 'Transport Minister' },
      { id: 'a-union', source: s('A union leader'), cue: s('told'), content: s('exports fell by 12 percent last year'), speaker: 'union leader' },
    ],
    denials: [
      { id: 'd-teh', source: s('Tehran'), cue: s('denied'), target: s('any deal on the terminal had been signed'), speaker: 'Iran' },
    ],
    claims: [
      { id: 'c-cost', span: s('The terminal cost 40 million dollars.'), claimant: null, attribution: null, checkworthiness: 0.8 },
      { id: 'c-min', span: s('will double exports by 2027'), claimant: 'Transport Minister', attribution: 'a-min', checkworthiness: 0.9 },
      { id: 'c-union', span: s('exports fell by 12 percent last year'), claimant: 'union leader', attribution: 'a-union', checkworthiness: 0.7 },
    ],
    links: [
      { claim: 'c-min', counter: 'd-teh', relation: 'denies', score: 0.8 },
      { claim: 'c-min', counter: 'c-union', relation: 'contradicts', score: 0.6 },
    ],
  };
}
