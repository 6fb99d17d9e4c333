import * as assert from 'node:assert/strict';
import { mkdtempSync, promises as fs, readdirSync, rmSync, statSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExport, type ExportIo } from '../../src/cli/export';
import { readFileIfExists, writeFileAtomic } from '../../src/cli/fs-atomic';
import { parseDocument } from '../../src/core/annotations';
import { exportMarkdown, prepareArticle } from '../../src/core/export';
import type { LanguageId } from '../../src/core/types';
import { annotationText, articleText, harbourAnalysis } from '../fixtures/annotations/fixture';

function memoryIo(files: Record<string, string>) {
  const fsMap = new Map(Object.entries(files));
  const out: string[] = [];
  const err: string[] = [];
  const writes: string[] = [];
  const analyzed: [string, LanguageId, string][] = [];
  const io: ExportIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (p) => {
      const t = fsMap.get(p);
      if (t === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: 'ENOENT' });
      return t;
    },
    writeFile: async (p, t) => {
      writes.push(p);
      fsMap.set(p, t);
    },
    analyze: (text, languageId, path) => {
      analyzed.push([text.slice(0, 10), languageId, path]);
      return text === articleText() ? harbourAnalysis(path) : { ...harbourAnalysis(path), attributions: [], denials: [], claims: [], links: [], source: { path, languageId, length: text.length } };
    },
    now: () => new Date('2026-03-05T12:00:00Z'),
  };
  return { io, fsMap, out, err, writes, analyzed };
}

const ARTICLE = 'news/harbour-bridge.md';
const ANN = 'news/harbour-bridge.md.counterpoint.json';
const ORPHAN_WARNING = 'counterpoint export: warning: news/harbour-bridge.md: annotation n-0006 "the bridge to carry 40,000 cars a day" is not in the current text; exported as orphaned\n';

describe('cli: counterpoint export', () => {
  it('re-anchors the annotation file beside the article and prints the report, warning about orphans', async () => {
    const m = memoryIo({ [ARTICLE]: articleText(), [ANN]: annotationText() });
    const code = await runExport(['--format', 'markdown', '--reviewer', 'Jo Fact', ARTICLE], m.io);
    assert.equal(code, 0);
    assert.deepEqual(m.err, [ORPHAN_WARNING]);
    assert.deepEqual(m.analyzed, [['# Harbour ', 'markdown', ARTICLE]]);
    const doc = parseDocument(annotationText());
    assert.ok(doc.ok);
    const expected = exportMarkdown([prepareArticle({ path: ARTICLE, text: articleText(), analysis: harbourAnalysis(ARTICLE), annotations: doc.doc })], { reviewer: 'Jo Fact', date: '2026-03-05' });
    assert.equal(m.out.join(''), expected);
    assert.ok(expected.startsWith('# Counterpoint report\n\nReviewer: Jo Fact · Date: 2026-03-05\n\n## news/harbour-bridge.md\n'));
    assert.deepEqual(m.writes, [], 'the annotation file is never written');
  });

  it('writes --out through the atomic writer, with options in either --name value or --name=value form', async () => {
    const m = memoryIo({ [ARTICLE]: articleText(), [ANN]: annotationText() });
    const code = await runExport(['--format=claimreview', '--out', 'out/reviews.jsonld', '--reviewer=Jo Fact', '--date', '2026-03-03', '--url', 'https://news.example.org/hb', '--review-url', 'https://fc.example.org/hb', ARTICLE], m.io);
    assert.equal(code, 0);
    assert.deepEqual(m.out, []);
    assert.deepEqual(m.writes, ['out/reviews.jsonld']);
    const reviews = JSON.parse(m.fsMap.get('out/reviews.jsonld')!);
    assert.deepEqual(reviews.map((r: { claimReviewed: string; url: string; datePublished: string; itemReviewed: { appearance: { url: string } } }) =>
      [r.claimReviewed.slice(0, 20), r.url, r.datePublished, r.itemReviewed.appearance.url]), [
      ['the harbour bridge w', 'https://fc.example.org/hb', '2026-03-03', 'https://news.example.org/hb'],
      ['the project had cost', 'https://fc.example.org/hb', '2026-03-03', 'https://news.example.org/hb'],
      ['We are exactly where', 'https://fc.example.org/hb', '2026-03-03', 'https://news.example.org/hb'],
    ]);
  });

  it('re-anchors against the current text: an inserted paragraph moves every annotation', async () => {
    const changed = articleText().replace('📷', 'Updated at noon.\n\n📷');
    const m = memoryIo({ [ARTICLE]: changed, [ANN]: annotationText() });
    assert.equal(await runExport(['--format', 'json', ARTICLE], m.io), 0);
    const v = JSON.parse(m.out.join(''));
    const anns = v.articles[0].annotations.annotations as { id: string; selectors: { position: { start: number } } }[];
    assert.deepEqual(anns.map((a) => [a.id, a.selectors.position.start]), [
      ['n-0001', 237], ['n-0002', 368], ['n-0003', 368], ['n-0004', 158], ['n-0005', 661], ['n-0006', 282],
    ]);
    assert.deepEqual(v.articles[0].orphans, ['n-0006']);
  });

  it('reads annotation files from --annotations-dir, mirroring the article path', async () => {
    const m = memoryIo({ [ARTICLE]: articleText(), [join('.counterpoint', ANN)]: annotationText() });
    assert.equal(await runExport(['--format', 'json', '--annotations-dir', '.counterpoint', ARTICLE], m.io), 0);
    assert.equal(JSON.parse(m.out.join('')).articles[0].annotations.annotations.length, 6);
    const outside = memoryIo({ '../elsewhere.md': 'x' });
    assert.equal(await runExport(['--format', 'json', '--annotations-dir', '.counterpoint', '../elsewhere.md'], outside.io), 1);
    assert.equal(outside.err[0], 'counterpoint export: error: ../elsewhere.md: outside the current directory, so it has no place under --annotations-dir .counterpoint\n');
  });

  it('exports an article without an annotation file', async () => {
    const m = memoryIo({ [ARTICLE]: articleText() });
    assert.equal(await runExport(['--format', 'csv', ARTICLE], m.io), 0);
    assert.deepEqual(m.err, []);
    assert.equal(m.out.join('').split('\r\n').length - 2, 9, 'nine detected findings');
  });

  it('fails clearly, writes nothing and leaves annotation files alone on bad input', async () => {
    const cases: [Record<string, string>, string[], string[]][] = [
      [{}, [ARTICLE], [`counterpoint export: error: ${ARTICLE}: no such article\n`]],
      [{ [ARTICLE]: articleText(), [ANN]: '{"schema": "counterpoint/annotations@1", "annotations": [' }, [ARTICLE],
        [`counterpoint export: error: ${ANN}: corrupt annotation file: $: not valid JSON (Unexpected end of JSON input). The file is left untouched.\n`]],
      [{ [ARTICLE]: articleText(), [ANN]: '{"schema": "counterpoint/annotations@3", "annotations": []}' }, [ARTICLE],
        [`counterpoint export: error: ${ANN}: written by a newer Counterpoint (schema counterpoint/annotations@3; this version reads counterpoint/annotations@1). Update Counterpoint to use it; the file is left untouched.\n`]],
      [{ [ARTICLE]: articleText(), [ANN]: '{"name": "x"}' }, [ARTICLE],
        [`counterpoint export: error: ${ANN}: not a Counterpoint annotation file: it has no "schema" property naming a Counterpoint annotation schema. The file is left untouched.\n`]],
      [{ 'a.txt': 'ab\u0000cd' }, ['a.txt'], ['counterpoint export: error: a.txt: looks like a binary file, not an article\n']],
      [{ [ARTICLE]: articleText() }, ['--out', ANN, ARTICLE], [`counterpoint export: error: --out ${ANN} would overwrite the annotation file ${ANN}\n`]],
    ];
    for (const [files, args, errs] of cases) {
      const m = memoryIo(files);
      const code = await runExport(['--format', 'json', ...args], m.io);
      assert.equal(code, 1);
      assert.deepEqual(m.err, [...errs, 'counterpoint export: nothing exported (1 error)\n']);
      assert.deepEqual(m.out, []);
      assert.deepEqual(m.writes, []);
      for (const [p, t] of Object.entries(files)) assert.equal(m.fsMap.get(p), t);
    }
  });

  it('reports every failing article, not only the first', async () => {
    const m = memoryIo({ [ARTICLE]: articleText(), [ANN]: '[]' });
    assert.equal(await runExport(['--format', 'w3c', ARTICLE, 'missing.md'], m.io), 1);
    assert.deepEqual(m.err.slice(1), [
      'counterpoint export: error: missing.md: no such article\n',
      'counterpoint export: nothing exported (2 errors)\n',
    ]);
  });

  it('rejects bad usage with a message and the usage text', async () => {
    const usage: [string[], string][] = [
      [[ARTICLE], '--format is required (json, w3c, claimreview, csv, markdown)'],
      [['--format', 'pdf', ARTICLE], 'unknown format "pdf" (expected json, w3c, claimreview, csv, markdown)'],
      [['--format', 'csv'], 'no ARTICLE given'],
      [['--format', 'csv', '--url', 'https://x', 'a.md', 'b.md'], '--url applies to one article; give one ARTICLE'],
      [['--format', 'csv', '--colour', 'a.md'], 'unknown option --colour'],
      [['--format', 'csv', '--date', 'March', 'a.md'], '--date: expected an ISO 8601 date such as 2026-03-01, got "March"'],
      [['--format', 'csv', 'a.md', '--out'], '--out needs a value'],
    ];
    for (const [args, message] of usage) {
      const m = memoryIo({});
      assert.equal(await runExport(args, m.io), 1, message);
      assert.ok(m.err.join('').startsWith(`counterpoint export: ${message}\n\nUsage: counterpoint export`), m.err.join(''));
    }
    const h = memoryIo({});
    assert.equal(await runExport(['--help'], h.io), 0);
    assert.ok(h.out.join('').startsWith('Usage: counterpoint export --format FORMAT'));
  });
});

describe('cli: atomic file writer', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'cp-atomic-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces a file, keeps its permissions and leaves no temporary file', async () => {
    const p = join(dir, 'a.json');
    writeFileSync(p, 'old');
    await fs.chmod(p, 0o640);
    await writeFileAtomic(p, 'new ✓');
    assert.equal(readFileSync(p, 'utf8'), 'new ✓');
    assert.equal(statSync(p).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(dir), ['a.json']);
    assert.equal(await readFileIfExists(join(dir, 'none.json')), undefined);
  });

  it('leaves the target untouched and removes the temporary file when the rename fails', async () => {
    const p = join(dir, 'target');
    mkdirSync(join(p, 'inner'), { recursive: true });
    await assert.rejects(writeFileAtomic(p, 'data'));
    assert.deepEqual(readdirSync(dir), ['target']);
    assert.deepEqual(readdirSync(p), ['inner']);
  });
});
