import * as assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { parseDocument, serializeDocument, type AnnotationDocument } from '../../src/core/annotations';
import {
  CSV_COLUMNS,
  codePointOffset,
  exportArticles,
  exportClaimReview,
  exportCsv,
  exportJson,
  exportMarkdown,
  exportW3c,
  importJson,
  lineIndex,
  prepareArticle,
  type ClaimReview,
  type PreparedArticle,
  type W3cAnnotation,
  type W3cCollection,
} from '../../src/core/export';
import { annotationText, articleText, harbourAnalysis } from '../fixtures/annotations/fixture';

const URL = 'https://news.example.org/harbour-bridge';
const OPTIONS = { reviewer: 'Jo Fact', date: '2026-03-03', reviewUrl: 'https://factcheck.example.org/harbour-bridge' };

function fixtureDoc(): AnnotationDocument {
  const r = parseDocument(annotationText());
  assert.ok(r.ok, 'fixture annotation file must be valid');
  return r.doc;
}

function prepared(url: string | null = URL): PreparedArticle {
  return prepareArticle({ path: 'harbour-bridge.md', ...(url ? { url } : {}), text: articleText(), analysis: harbourAnalysis(), annotations: fixtureDoc() });
}

describe('export: fixture reconciliation', () => {
  it('anchors every annotation but the orphan, and applies them to the analysis', () => {
    const a = prepared();
    assert.deepEqual(a.reconciled.anchored.map((x) => [x.annotation.id, x.anchor.status]), [
      ['n-0001', 'exact'], ['n-0002', 'exact'], ['n-0003', 'exact'], ['n-0004', 'exact'], ['n-0005', 'exact'], ['n-0006', 'orphan'],
    ]);
    assert.deepEqual(a.reconciled.findings.map((f) => [f.id, f.kind, f.origin, f.start, f.end, f.dismissed, f.annotationId ?? null]), [
      ['a-1001', 'attribution', 'analysis', 103, 198, false, null],
      ['c-3001', 'claim', 'analysis', 140, 198, false, 'n-0004'],
      ['a-1002', 'attribution', 'analysis', 200, 263, false, null],
      ['c-3002', 'claim', 'analysis', 219, 263, false, 'n-0001'],
      ['d-2001', 'denial', 'analysis', 266, 347, false, null],
      ['n-0003', 'claim', 'user', 350, 397, false, 'n-0003'],
      ['a-1003', 'attribution', 'analysis', 350, 427, true, 'n-0002'],
      ['a-1004', 'attribution', 'analysis', 430, 511, false, null],
      ['c-3003', 'claim', 'analysis', 465, 511, false, null],
      ['d-2002', 'denial', 'analysis', 513, 564, false, null],
      ['n-0005', 'claim', 'user', 643, 695, false, 'n-0005'],
    ]);
    assert.deepEqual(a.reconciled.orphans.map((o) => o.id), ['n-0006']);
    assert.deepEqual(a.reconciled.rekeyed, []);
  });

  it('counts lines from 1 across \\n, \\r\\n and \\r', () => {
    const line = lineIndex('a\nb\r\nc\rd');
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7, 8].map(line), [1, 1, 2, 2, 2, 3, 3, 4, 4]);
  });
});

describe('export: json', () => {
  it('holds the analysis and every annotation, and restores them (round trip)', () => {
    const out = exportJson([prepared()], OPTIONS);
    const v = JSON.parse(out);
    assert.deepEqual(Object.keys(v), ['schema', 'date', 'reviewer', 'articles']);
    assert.equal(v.schema, 'counterpoint/export@1');
    assert.equal(v.date, '2026-03-03');
    assert.equal(v.reviewer, 'Jo Fact');
    assert.equal(v.articles.length, 1);
    assert.equal(v.articles[0].path, 'harbour-bridge.md');
    assert.equal(v.articles[0].url, URL);
    assert.deepEqual(v.articles[0].analysis, harbourAnalysis());
    assert.deepEqual(v.articles[0].orphans, ['n-0006']);
    const restored = importJson(out);
    assert.ok(restored.ok);
    assert.deepEqual(restored.articles.map((a) => [a.path, a.url]), [['harbour-bridge.md', URL]]);
    assert.deepEqual(restored.articles[0].annotations, fixtureDoc());
    // Byte for byte the annotation file it came from.
    assert.equal(serializeDocument(restored.articles[0].annotations), annotationText());
  });

  it('refuses exports that are not Counterpoint JSON or hold a broken annotation', () => {
    assert.deepEqual(importJson('{"schema": "x"}'), { ok: false, message: 'not a Counterpoint JSON export (expected "schema": "counterpoint/export@1")' });
    const v = JSON.parse(exportJson([prepared()]));
    v.articles[0].annotations.annotations[2].selectors.position.start = -1;
    assert.deepEqual(importJson(JSON.stringify(v)), { ok: false, message: '$.articles[0].annotations.annotations[2].selectors.position.start: expected an integer from 0, got -1' });
  });
});

describe('export: w3c', () => {
  const VOCAB = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'];
  const collection = (): W3cCollection => JSON.parse(exportW3c([prepared()], OPTIONS));
  const iri = (id: string) => `urn:counterpoint:harbour-bridge.md:${id}`;

  it('is an AnnotationCollection with an embedded first AnnotationPage', () => {
    const c = collection();
    assert.equal(c['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(c.id, 'urn:counterpoint:harbour-bridge.md');
    assert.equal(c.type, 'AnnotationCollection');
    assert.equal(c.label, 'Counterpoint annotations: harbour-bridge.md');
    assert.equal(c.total, 11);
    assert.equal(c.first.type, 'AnnotationPage');
    assert.equal(c.first.id, 'urn:counterpoint:harbour-bridge.md:page-1');
    assert.equal(c.first.startIndex, 0);
    // Dismissed a-1003 is left out; the orphan n-0006 is kept.
    assert.deepEqual(c.first.items.map((a) => a.id), ['a-1001', 'c-3001', 'a-1002', 'c-3002', 'd-2001', 'n-0003', 'a-1004', 'c-3003', 'd-2002', 'n-0005', 'n-0006'].map(iri));
  });

  it('gives every Annotation the fields the Web Annotation model requires', () => {
    const text = articleText();
    for (const a of collection().first.items) {
      assert.match(a.id, /^[a-z][a-z0-9+.-]*:\S+$/, 'id is an IRI');
      assert.equal(a.type, 'Annotation');
      assert.ok(VOCAB.includes(a.motivation), a.motivation);
      assert.equal(a.target.source, URL);
      assert.ok(a.body.length >= 1);
      for (const b of a.body) {
        assert.ok(VOCAB.includes(b.purpose));
        if (b.type === 'TextualBody') assert.equal(typeof b.value, 'string');
        else assert.match(b.source, /^urn:counterpoint:/);
      }
      const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
      assert.ok(quote && quote.exact.length > 0);
      const pos = a.target.selector.find((s) => s.type === 'TextPositionSelector');
      if (a.id === iri('n-0006')) {
        assert.equal(pos, undefined, 'an orphan has no position');
        continue;
      }
      assert.ok(pos && Number.isInteger(pos.start) && Number.isInteger(pos.end) && 0 <= pos.start && pos.start <= pos.end);
      // Positions count code points: the photo emoji before every finding counts once.
      assert.equal([...text].slice(pos.start, pos.end).join(''), quote.exact);
      for (const t of ['created', 'modified'] as const) if (a[t] !== undefined) assert.match(a[t]!, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    }
  });

  it('writes a verdict, a note and the counter links of a claim', () => {
    const c3002 = collection().first.items.find((a) => a.id === iri('c-3002'));
    const expected: W3cAnnotation = {
      id: iri('c-3002'),
      type: 'Annotation',
      motivation: 'assessing',
      created: '2026-03-02T09:00:00Z',
      modified: '2026-03-02T09:00:00Z',
      creator: { type: 'Person', name: 'Jo Fact' },
      generator: { type: 'Software', name: 'Counterpoint' },
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'claim' },
        { type: 'TextualBody', purpose: 'assessing', value: 'Mostly false' },
        { type: 'TextualBody', purpose: 'commenting', value: 'The city audit puts spending above 15 million euros.', format: 'text/plain' },
        { type: 'SpecificResource', purpose: 'linking', source: iri('d-2002') },
        { type: 'SpecificResource', purpose: 'linking', source: iri('c-3003') },
      ],
      target: {
        source: URL,
        selector: [
          { type: 'TextQuoteSelector', exact: 'the project had cost 12 million euros so far', prefix: 'r holidays". She told reporters ', suffix: '.\n\nThe contractor, Brightwell Co' },
          { type: 'TextPositionSelector', start: 218, end: 262 },
        ],
      },
    };
    assert.deepEqual(c3002, expected);
  });

  it('uses tagging for bare findings, highlighting for bare marks, linking for links only', () => {
    const items = collection().first.items;
    const by = (id: string) => items.find((a) => a.id === iri(id))!;
    assert.equal(by('a-1001').motivation, 'tagging');
    assert.equal(by('a-1001').created, undefined);
    assert.equal(by('a-1001').creator, undefined);
    assert.deepEqual(by('a-1001').body, [{ type: 'TextualBody', purpose: 'tagging', value: 'attribution' }]);
    assert.equal(by('n-0005').motivation, 'highlighting');
    assert.deepEqual(by('n-0005').target.selector[1], { type: 'TextPositionSelector', start: 642, end: 694 });
    const linkOnly = JSON.parse(exportW3c([prepared()])) as W3cCollection;
    const c3001 = linkOnly.first.items.find((a) => a.id === iri('c-3001'))!;
    assert.equal(c3001.motivation, 'assessing');
    assert.equal(c3001.creator, undefined, 'no reviewer, no creator');
    assert.deepEqual(by('n-0006').body.map((b) => (b.type === 'TextualBody' ? b.value : b.source)), ['claim', 'orphaned', 'Unverifiable']);
  });

  it('converts UTF-16 offsets to code points', () => {
    assert.equal(codePointOffset('a😀b', 3), 2);
    assert.equal(codePointOffset('a😀b', 4), 3);
  });
});

describe('export: claimreview', () => {
  const reviews = (opts = OPTIONS, url: string | null = URL): ClaimReview[] => JSON.parse(exportClaimReview([prepared(url)], opts));
  const rating = (ratingValue: number | undefined, alternateName: string) => ({
    '@type': 'Rating' as const, ...(ratingValue !== undefined ? { ratingValue } : {}), bestRating: 6, worstRating: 1, alternateName,
  });
  const review = (claim: string, author: ClaimReview['itemReviewed']['author'], r: ClaimReview['reviewRating']): ClaimReview => ({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: 'https://factcheck.example.org/harbour-bridge',
    claimReviewed: claim,
    itemReviewed: { '@type': 'Claim', author, appearance: { '@type': 'CreativeWork', url: URL } },
    author: { '@type': 'Person', name: 'Jo Fact' },
    datePublished: '2026-03-03',
    reviewRating: r,
  });

  it('reviews every claim with a verdict (detected or marked), field by field', () => {
    assert.deepEqual(reviews(), [
      review('the harbour bridge would open "before the summer holidays"', { '@type': 'Person', name: 'Dana Ortiz' }, rating(undefined, 'Too early to say')),
      review('the project had cost 12 million euros so far', { '@type': 'Person', name: 'Dana Ortiz' }, rating(2, 'Mostly false')),
      review('We are exactly where the plan says we should be', { '@type': 'Organization', name: 'Brightwell Construction' }, rating(1, 'False')),
    ]);
  });

  it('has Google\'s required fields (claimReviewed, reviewRating.alternateName, url when known) and omits unknown ones', () => {
    for (const r of reviews()) {
      assert.equal(typeof r.claimReviewed, 'string');
      assert.ok(r.claimReviewed.length > 0);
      assert.equal(typeof r.reviewRating.alternateName, 'string');
      assert.equal(typeof r.url, 'string');
      if (r.reviewRating.ratingValue !== undefined) {
        assert.ok(r.reviewRating.worstRating <= r.reviewRating.ratingValue && r.reviewRating.ratingValue <= r.reviewRating.bestRating);
      }
    }
    const bare = reviews({} as typeof OPTIONS, null);
    assert.equal(bare.length, 3);
    assert.deepEqual(Object.keys(bare[1]), ['@context', '@type', 'claimReviewed', 'itemReviewed', 'reviewRating']);
    assert.deepEqual(bare[1].itemReviewed, { '@type': 'Claim', author: { '@type': 'Person', name: 'Dana Ortiz' } });
  });
});

describe('export: csv', () => {
  it('writes one RFC 4180 row per finding, mark and orphan, parsed back by csv-parse', () => {
    const out = exportCsv([prepared()]);
    assert.ok(out.startsWith(CSV_COLUMNS.join(',') + '\r\n'));
    assert.ok(out.includes('"the harbour bridge would open ""before the summer holidays"""'));
    const rows = parse(out, { columns: true }) as Record<string, string>[];
    const f = (kind: string, origin: string, id: string, line: string, start: string, end: string, text: string, speaker: string, verdict = '', rating = '', note = '', linked = '', dismissed = 'false') =>
      ({ article: 'harbour-bridge.md', kind, origin, id, line, start, end, text, speaker, verdict, rating, note, linked, dismissed });
    assert.deepEqual(rows, [
      f('attribution', 'analysis', 'a-1001', '5', '103', '198', 'Mayor Dana Ortiz said on Monday that the harbour bridge would open "before the summer holidays"', 'Dana Ortiz'),
      f('claim', 'analysis', 'c-3001', '5', '140', '198', 'the harbour bridge would open "before the summer holidays"', 'Dana Ortiz', 'Too early to say', '', '', 'n-0005'),
      f('attribution', 'analysis', 'a-1002', '5', '200', '263', 'She told reporters the project had cost 12 million euros so far', 'Dana Ortiz'),
      f('claim', 'analysis', 'c-3002', '5', '219', '263', 'the project had cost 12 million euros so far', 'Dana Ortiz', 'Mostly false', '2', 'The city audit puts spending above 15 million euros.', 'd-2002 c-3003'),
      f('denial', 'analysis', 'd-2001', '7', '266', '347', 'The contractor, Brightwell Construction, denied that the work was behind schedule', 'Brightwell Construction'),
      f('claim', 'user', 'n-0003', '7', '350', '397', 'We are exactly where the plan says we should be', 'Brightwell Construction', 'False', '1', 'Two milestones were missed, according to the audit.'),
      f('attribution', 'analysis', 'a-1003', '7', '350', '427', 'We are exactly where the plan says we should be," a company spokesperson said', 'Brightwell Construction', '', '', '', '', 'true'),
      f('attribution', 'analysis', 'a-1004', '9', '430', '511', "According to the city's own audit, the budget has already passed 15 million euros", 'City Audit Office'),
      f('claim', 'analysis', 'c-3003', '9', '465', '511', 'the budget has already passed 15 million euros', 'City Audit Office'),
      f('denial', 'analysis', 'd-2002', '9', '513', '564', "Councillor Sami Haddad rejected the mayor's figures", 'Sami Haddad'),
      f('claim', 'user', 'n-0005', '11', '643', '695', 'the eastern span would not be finished before autumn', ''),
      f('claim', 'orphan', 'n-0006', '', '', '', 'the bridge to carry 40,000 cars a day', '', 'Unverifiable'),
    ]);
    const text = articleText();
    for (const r of rows) if (r.start !== '') assert.equal(text.slice(Number(r.start), Number(r.end)), r.text);
  });

  it('quotes line breaks, quotes and commas in fields', () => {
    const text = 'He said: "one,\ntwo".';
    const analysis = { ...harbourAnalysis(), source: { languageId: 'plaintext' as const, length: text.length }, attributions: [], denials: [], links: [],
      claims: [{ id: 'c-1', span: { start: 9, end: 19, text: '"one,\ntwo"' }, claimant: null, attribution: null, checkworthiness: 0.5 }] };
    const out = exportCsv([prepareArticle({ path: 'a,b.txt', text, analysis })]);
    assert.equal(out.split('\r\n')[1], '"a,b.txt",claim,analysis,c-1,1,9,19,"""one,\ntwo""",,,,,,false');
    assert.deepEqual((parse(out, { columns: true }) as Record<string, string>[])[0].text, '"one,\ntwo"');
  });
});

describe('export: markdown', () => {
  it('reports each claim with claimant, verdict, note and counter-claims; dismissed and orphans apart', () => {
    assert.equal(exportMarkdown([prepared()], OPTIONS), `# Counterpoint report

Reviewer: Jo Fact · Date: 2026-03-03

## harbour-bridge.md

Source: <https://news.example.org/harbour-bridge>

### Claims

1. “the harbour bridge would open "before the summer holidays"” (line 5)
   - Claimant: Dana Ortiz
   - Verdict: **Too early to say**
   - Counter-claims:
     - Claim (line 11, contradicts, linked by the reviewer): “the eastern span would not be finished before autumn”
2. “the project had cost 12 million euros so far” (line 5)
   - Claimant: Dana Ortiz
   - Verdict: **Mostly false**
   - Note: The city audit puts spending above 15 million euros.
   - Counter-claims:
     - Denial (line 9, Sami Haddad, denies): “Councillor Sami Haddad rejected the mayor's figures”
     - Claim (line 9, City Audit Office, contradicts): “the budget has already passed 15 million euros”
3. “We are exactly where the plan says we should be” (line 7, marked by the reviewer)
   - Claimant: Brightwell Construction
   - Verdict: **False**
   - Note: Two milestones were missed, according to the audit.
4. “the budget has already passed 15 million euros” (line 9)
   - Claimant: City Audit Office
   - Verdict: not rated
5. “the eastern span would not be finished before autumn” (line 11, marked by the reviewer)
   - Claimant: not given
   - Verdict: not rated

### Dismissed findings

- Attribution (line 7): “We are exactly where the plan says we should be," a company spokesperson said”

### Orphaned annotations

Their text was not found in the current article.

- Claim “the bridge to carry 40,000 cars a day” — verdict **Unverifiable**
`);
  });

  it('escapes Markdown syntax in quoted text', () => {
    const text = 'The *best* [plan] costs <b>5</b>_now_.';
    const analysis = { ...harbourAnalysis(), attributions: [], denials: [], links: [],
      claims: [{ id: 'c-1', span: { start: 0, end: text.length, text }, claimant: null, attribution: null, checkworthiness: 0.5 }] };
    const out = exportMarkdown([prepareArticle({ path: 'x.md', text, analysis })]);
    assert.ok(out.includes('1. “The \\*best\\* \\[plan\\] costs \\<b\\>5\\</b\\>\\_now\\_.” (line 1)'), out);
  });

  it('names no claimant for a claim the article reports as denied, and the article for its own statement', () => {
    const text = 'Tehran denied any involvement in the attack. The market was hit at 9 a.m.';
    const span = (t: string) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, text: t });
    const analysis = { ...harbourAnalysis(), attributions: [], links: [],
      denials: [{ id: 'd-1', cue: span('denied'), source: span('Tehran'), target: span('any involvement in the attack'), speaker: 'Iran' }],
      claims: [
        { id: 'c-1', span: span('any involvement in the attack'), claimant: null, attribution: null, checkworthiness: 0.5, deniedBy: 'd-1' },
        { id: 'c-2', span: span('The market was hit at 9 a.m.'), claimant: null, attribution: null, checkworthiness: 0.5 },
      ] };
    const out = exportMarkdown([prepareArticle({ path: 'x.md', text, analysis })]);
    assert.deepEqual(out.split('\n').filter((l) => l.includes('Claimant')), ['   - Claimant: not named (the article reports it as denied)', '   - Claimant: the article itself']);
  });
});

describe('export: every format from the same fixtures', () => {
  it('produces each format through the dispatcher, identical to the direct call', () => {
    const a = [prepared()];
    assert.equal(exportArticles('json', a, OPTIONS), exportJson(a, OPTIONS));
    assert.equal(exportArticles('w3c', a, OPTIONS), exportW3c(a, OPTIONS));
    assert.equal(exportArticles('claimreview', a, OPTIONS), exportClaimReview(a, OPTIONS));
    assert.equal(exportArticles('csv', a, OPTIONS), exportCsv(a, OPTIONS));
    assert.equal(exportArticles('markdown', a, OPTIONS), exportMarkdown(a, OPTIONS));
  });
});
