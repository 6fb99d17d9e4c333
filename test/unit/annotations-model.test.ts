import * as assert from 'node:assert/strict';
import {
  annotateFinding,
  createMark,
  dismiss,
  emptyDocument,
  linkCounter,
  makeVerdict,
  reattach,
  removeAnnotation,
  sequentialContext,
  updateAnnotation,
} from '../../src/core/annotations/model';
import { annotationFileName, annotationFilePath, parseDocument, planSave, serializeDocument } from '../../src/core/annotations/document';
import type { AnnotationDocument } from '../../src/core/annotations/types';

const text = 'Mayor Dana Ortiz said the bridge cost 12 million euros. The contractor denied any delay.';
//            0         1         2         3         4         5         6         7         8
//            0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567

describe('annotations: model', () => {
  const T1 = '2026-03-01T10:00:00.000Z';
  const T2 = '2026-03-01T10:05:00.000Z';

  it('creates a user mark with both selectors, an id and timestamps', () => {
    const ctx = sequentialContext(T1);
    const { doc, annotation } = createMark(emptyDocument('story.md'), { kind: 'claim', start: 22, end: 54 }, text, ctx);
    assert.deepEqual(annotation, {
      id: 'n-0001',
      target: { type: 'mark', kind: 'claim' },
      selectors: {
        quote: { exact: 'the bridge cost 12 million euros', prefix: 'Mayor Dana Ortiz said ', suffix: '. The contractor denied any dela' },
        position: { start: 22, end: 54 },
      },
      dismissed: false,
      links: [],
      created: T1,
      modified: T1,
    });
    assert.equal(annotation.selectors.quote.suffix.length, 32);
    assert.deepEqual(doc.article, 'story.md');
    assert.deepEqual(doc.annotations, [annotation]);
  });

  it('sets verdicts (standard labels get their rating), notes and dismissal, updating `modified` only', () => {
    const ctx = sequentialContext([T1, T2, T2, T2]);
    const { doc, annotation } = createMark(emptyDocument(), { kind: 'claim', start: 22, end: 54 }, text, ctx);
    let d = updateAnnotation(doc, annotation.id, { verdict: makeVerdict('mostly FALSE'), note: 'Budget was 9.8 million.' }, ctx);
    d = dismiss(d, annotation.id, ctx);
    const a = d.annotations[0];
    assert.deepEqual(a.verdict, { label: 'Mostly false', rating: 2 });
    assert.equal(a.note, 'Budget was 9.8 million.');
    assert.equal(a.dismissed, true);
    assert.equal(a.created, T1);
    assert.equal(a.modified, T2);
    d = updateAnnotation(d, annotation.id, { verdict: null, note: '' }, ctx);
    assert.equal(d.annotations[0].verdict, undefined);
    assert.equal(d.annotations[0].note, undefined);
  });

  it('makes custom verdicts, with an optional rating from 1 to 6', () => {
    assert.deepEqual(makeVerdict('Unverifiable'), { label: 'Unverifiable' });
    assert.deepEqual(makeVerdict(' Needs context '), { label: 'Needs context' });
    assert.deepEqual(makeVerdict('Exaggerated', 3), { label: 'Exaggerated', rating: 3 });
    assert.throws(() => makeVerdict('Odd', 7), /integer from 1 to 6/);
    assert.throws(() => makeVerdict('  '), /needs a label/);
  });

  it('annotates a detected finding once, keyed by its id', () => {
    const ctx = sequentialContext(T1);
    const f = { findingId: 'c-07e2', kind: 'claim' as const, start: 22, end: 54 };
    const first = annotateFinding(emptyDocument(), f, text, ctx, { note: 'check' });
    const second = annotateFinding(first.doc, f, text, ctx, { verdict: makeVerdict('False') });
    assert.equal(second.doc.annotations.length, 1);
    assert.deepEqual(second.annotation.target, { type: 'finding', kind: 'claim', findingId: 'c-07e2' });
    assert.equal(second.annotation.note, 'check');
    assert.deepEqual(second.annotation.verdict, { label: 'False', rating: 1 });
  });

  it('links a counter to a claim by annotation id, and removing the counter drops the link', () => {
    const ctx = sequentialContext(T1);
    const claim = { finding: { findingId: 'c-07e2', kind: 'claim' as const, start: 22, end: 54 } };
    const denial = { finding: { findingId: 'd-81aa', kind: 'denial' as const, start: 56, end: 87 } };
    let d = linkCounter(emptyDocument(), claim, denial, 'denies', text, ctx);
    assert.deepEqual(d.annotations.map((a) => [a.id, a.target.type === 'finding' ? a.target.findingId : '', a.links]), [
      ['n-0001', 'c-07e2', [{ to: 'n-0002', relation: 'denies' }]],
      ['n-0002', 'd-81aa', []],
    ]);
    assert.throws(() => linkCounter(d, { annotationId: 'n-0001' }, { annotationId: 'n-0001' }, 'contradicts', text, ctx), /own counter/);
    d = removeAnnotation(d, 'n-0002', ctx);
    assert.deepEqual(d.annotations.map((a) => [a.id, a.links]), [['n-0001', []]]);
  });

  it('re-attaches an orphan to a selection', () => {
    const ctx = sequentialContext([T1, T2]);
    const { doc } = createMark(emptyDocument(), { kind: 'denial', start: 56, end: 87 }, text, ctx);
    const d = reattach(doc, 'n-0001', 60, 70, text, ctx);
    assert.equal(d.annotations[0].selectors.quote.exact, 'contractor');
    assert.equal(d.annotations[0].modified, T2);
  });
});

describe('annotations: file format', () => {
  function sample(): AnnotationDocument {
    const ctx = sequentialContext('2026-03-01T10:00:00.000Z');
    let { doc } = createMark(emptyDocument('story.md'), { kind: 'claim', start: 22, end: 54 }, text, ctx, { verdict: makeVerdict('False'), note: 'x "y"' });
    ({ doc } = annotateFinding(doc, { findingId: 'd-81aa', kind: 'denial', start: 56, end: 87 }, text, ctx, { dismissed: true }));
    return doc;
  }

  it('serializes with stable key order, 2-space indent and a trailing newline', () => {
    const expected = `{
  "schema": "counterpoint/annotations@1",
  "article": "story.md",
  "annotations": [
    {
      "id": "n-0001",
      "target": {
        "type": "mark",
        "kind": "claim"
      },
      "selectors": {
        "quote": {
          "exact": "the bridge cost 12 million euros",
          "prefix": "Mayor Dana Ortiz said ",
          "suffix": ". The contractor denied any dela"
        },
        "position": {
          "start": 22,
          "end": 54
        }
      },
      "verdict": {
        "label": "False",
        "rating": 1
      },
      "note": "x \\"y\\"",
      "dismissed": false,
      "links": [],
      "created": "2026-03-01T10:00:00.000Z",
      "modified": "2026-03-01T10:00:00.000Z"
    },
    {
      "id": "n-0002",
      "target": {
        "type": "finding",
        "kind": "denial",
        "findingId": "d-81aa"
      },
      "selectors": {
        "quote": {
          "exact": "The contractor denied any delay",
          "prefix": "e bridge cost 12 million euros. ",
          "suffix": "."
        },
        "position": {
          "start": 56,
          "end": 87
        }
      },
      "dismissed": true,
      "links": [],
      "created": "2026-03-01T10:00:00.000Z",
      "modified": "2026-03-01T10:00:00.000Z"
    }
  ]
}
`;
    assert.equal(serializeDocument(sample()), expected);
    // Key order does not depend on how the object was built.
    const shuffled = JSON.parse(expected, (_k, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v) as AnnotationDocument;
    assert.equal(serializeDocument(shuffled), expected);
  });

  it('parses what it serializes', () => {
    const r = parseDocument('\ufeff' + serializeDocument(sample()));
    assert.ok(r.ok);
    assert.deepEqual(r.doc, sample());
  });

  const bad = (mutate: (o: Record<string, unknown> & { annotations: Record<string, unknown>[] }) => void) => {
    const o = JSON.parse(serializeDocument(sample()));
    mutate(o);
    return parseDocument(JSON.stringify(o));
  };

  it('reports a corrupt file with the JSON path and the reason', () => {
    const cases: [ReturnType<typeof parseDocument>, string, string][] = [
      [parseDocument('{ "schema": "counterpoint/annotations@1", '), '$', 'not valid JSON'],
      [parseDocument('  \n'), '$', 'the file is empty'],
      [bad((o) => { (o.annotations[1].selectors as { position: { end: number } }).position.end = 56; }), '$.annotations[1].selectors.position.end', 'expected an integer from 57, got 56'],
      [bad((o) => { delete o.annotations[0].created; }), '$.annotations[0].created', 'missing required property'],
      [bad((o) => { o.annotations[0].modified = 'yesterday'; }), '$.annotations[0].modified', 'expected an ISO 8601 date-time'],
      [bad((o) => { (o.annotations[0].verdict as { rating: number }).rating = 0; }), '$.annotations[0].verdict.rating', 'expected an integer from 1 to 6, got 0'],
      [bad((o) => { (o.annotations[0].verdict as { rating: number }).rating = 4; }), '$.annotations[0].verdict.rating', 'the verdict "False" has rating 1, got 4'],
      [bad((o) => { o.annotations[0].verdict = { label: 'Unverifiable', rating: 3 }; }), '$.annotations[0].verdict.rating', 'the verdict "Unverifiable" has no rating'],
      [bad((o) => { (o.annotations[0].target as { kind: string }).kind = 'quote'; }), '$.annotations[0].target.kind', 'expected one of "claim", "attribution", "denial", got the string "quote"'],
      [bad((o) => { o.annotations[1].id = 'n-0001'; }), '$.annotations[1].id', 'duplicate id "n-0001" (also $.annotations[0].id)'],
      [bad((o) => { o.annotations[0].links = [{ to: 'n-0002', relation: 'refutes' }]; }), '$.annotations[0].links[0].relation', 'expected one of "denies", "contradicts"'],
      [bad((o) => { o.annotations[0]['color'] = 'red'; }), '$.annotations[0].color', 'unknown property'],
      [bad((o) => { o.annotations = {} as never; }), '$.annotations', 'expected an array, got an object'],
      [bad((o) => { o.schema = 'counterpoint/annotations@0'; }), '$.schema', 'unknown schema version'],
    ];
    for (const [r, path, reason] of cases) {
      assert.ok(!r.ok, path);
      assert.equal(r.error.kind, 'corrupt', `${path}: ${JSON.stringify(r.error)}`);
      if (r.error.kind !== 'corrupt') continue;
      assert.equal(r.error.path, path);
      assert.ok(r.error.reason.startsWith(reason), `${r.error.reason} should start with ${reason}`);
      assert.equal(r.error.message, `corrupt annotation file: ${path}: ${r.error.reason}. The file is left untouched.`);
    }
  });

  it('recognizes a newer schema and foreign files', () => {
    const newer = bad((o) => { o.schema = 'counterpoint/annotations@2'; o.annotations = 'whatever' as never; });
    assert.ok(!newer.ok);
    assert.deepEqual(newer.error, {
      kind: 'newer-schema',
      found: 'counterpoint/annotations@2',
      supported: 'counterpoint/annotations@1',
      message: 'written by a newer Counterpoint (schema counterpoint/annotations@2; this version reads counterpoint/annotations@1). Update Counterpoint to use it; the file is left untouched.',
    });
    for (const [input, reason] of [
      ['[1, 2]', 'the file holds an array, not a Counterpoint annotation object'],
      ['{"name": "my-package"}', 'it has no "schema" property naming a Counterpoint annotation schema'],
      ['{"schema": "counterpoint/analysis@1"}', 'it is a Counterpoint file of another kind (counterpoint/analysis@1), not an annotation file (counterpoint/annotations@1)'],
      ['{"schema": "https://json.schemastore.org/package"}', 'it is a file of schema "https://json.schemastore.org/package", not an annotation file (counterpoint/annotations@1)'],
    ]) {
      const r = parseDocument(input);
      assert.ok(!r.ok);
      assert.deepEqual(r.error, { kind: 'foreign', reason, message: `not a Counterpoint annotation file: ${reason}. The file is left untouched.` });
    }
  });

  it('plans saves without ever overwriting a file it cannot read', () => {
    const doc = sample();
    const text = serializeDocument(doc);
    assert.deepEqual(planSave(undefined, doc), { action: 'write', text });
    assert.deepEqual(planSave(undefined, emptyDocument()), { action: 'none' });
    assert.deepEqual(planSave(text, doc), { action: 'unchanged' });
    assert.deepEqual(planSave(text, emptyDocument()), { action: 'delete' });
    assert.deepEqual(planSave(text.replace('"n-0002"', '"n-0003"'), doc), { action: 'write', text });
    const refused = planSave('{ broken', doc);
    assert.equal(refused.action, 'refuse');
    assert.equal(planSave('{"schema": "counterpoint/annotations@9", "annotations": []}', emptyDocument()).action, 'refuse');
    assert.equal(annotationFileName('story.md'), 'story.md.counterpoint.json');
    assert.equal(annotationFilePath('news/story.md'), 'news/story.md.counterpoint.json');
    assert.equal(annotationFilePath('news\\story.md', 'folder'), '.counterpoint/news/story.md.counterpoint.json');
    assert.equal(annotationFilePath('story.md', 'folder', 'notes/'), 'notes/story.md.counterpoint.json');
  });
});
