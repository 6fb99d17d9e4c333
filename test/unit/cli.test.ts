/**
 * `counterpoint analyze` (src/cli/analyze.ts `runAnalyze`) with an in-memory file system: json and
 * jsonl output, a clear error line (and exit 1) for a missing file, a folder, a binary file or
 * invalid UTF-8 while the other files are still analysed, BOM removal, --language, usage errors.
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANALYZE_USAGE, decodeArticle, runAnalyze, type AnalyzeIo } from '../../src/cli/analyze';
import { analyze } from '../../src/core/analyzer';

const PLAIN = 'Smith said the plan had failed.\n\n"The bridge will open in May," Jones said.\n';
const MD = '# Bridge\n\n`Smith said the plan had failed.`\n\n"The bridge will open in May," Jones said.\n';

type Entry = string | Uint8Array | { dir: true } | { error: string };

function memoryIo(files: Record<string, Entry>) {
  const out: string[] = [];
  const err: string[] = [];
  const enoent = (p: string) => Object.assign(new Error(`ENOENT: no such file or directory, stat '${p}'`), { code: 'ENOENT' });
  const get = (p: string): Entry => {
    const e = files[p];
    if (e === undefined) throw enoent(p);
    if (typeof e === 'object' && 'error' in e) throw Object.assign(new Error(`${e.error}: ${p}`), { code: e.error });
    return e;
  };
  const io: AnalyzeIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    isDirectory: async (p) => {
      const e = get(p);
      return typeof e === 'object' && 'dir' in e;
    },
    readFile: async (p) => {
      const e = get(p);
      if (typeof e === 'string') return new TextEncoder().encode(e);
      if (e instanceof Uint8Array) return e;
      throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), { code: 'EISDIR' });
    },
  };
  return { io, out, err };
}

const FILES: Record<string, Entry> = {
  'news/plain.txt': PLAIN,
  'news/story.md': MD,
  'news/story.markdown': MD,
  'news/STORY.MD': MD,
  'news/folder': { dir: true },
  'news/binary.bin': new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x00, 0x01, 0x02]),
  'news/latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x73, 0x61, 0x69, 0x64]),
  'news/bom.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(PLAIN)]),
  'news/locked.txt': { error: 'EACCES' },
};

describe('cli analyze', () => {
  describe('output formats', () => {
    it('one file: pretty-printed json, exactly the core analysis, exit 0', async () => {
      const { io, out, err } = memoryIo(FILES);
      assert.equal(await runAnalyze(['news/plain.txt'], io), 0);
      assert.deepEqual(err, []);
      assert.deepEqual(out, [`${JSON.stringify(analyze(PLAIN, 'plaintext', 'news/plain.txt'), null, 2)}\n`]);
    });

    it('--format json for one file is the same', async () => {
      const a = memoryIo(FILES);
      const b = memoryIo(FILES);
      assert.equal(await runAnalyze(['--format', 'json', 'news/plain.txt'], a.io), 0);
      assert.equal(await runAnalyze(['--format=json', 'news/plain.txt'], b.io), 0);
      assert.deepEqual(a.out, [`${JSON.stringify(analyze(PLAIN, 'plaintext', 'news/plain.txt'), null, 2)}\n`]);
      assert.deepEqual(b.out, a.out);
    });

    it('several files: one compact line per file, in the order given', async () => {
      const { io, out, err } = memoryIo(FILES);
      assert.equal(await runAnalyze(['news/story.md', 'news/plain.txt'], io), 0);
      assert.deepEqual(err, []);
      assert.deepEqual(out, [
        `${JSON.stringify(analyze(MD, 'markdown', 'news/story.md'))}\n`,
        `${JSON.stringify(analyze(PLAIN, 'plaintext', 'news/plain.txt'))}\n`,
      ]);
      for (const line of out) assert.ok(!line.slice(0, -1).includes('\n'), 'one line per file');
    });

    it('--format jsonl for one file is one compact line', async () => {
      const { io, out } = memoryIo(FILES);
      assert.equal(await runAnalyze(['--format', 'jsonl', 'news/plain.txt'], io), 0);
      assert.deepEqual(out, [`${JSON.stringify(analyze(PLAIN, 'plaintext', 'news/plain.txt'))}\n`]);
    });
  });

  describe('language', () => {
    it('from the extension: .md, .markdown (any case) are Markdown, others plain text', async () => {
      const { io, out } = memoryIo(FILES);
      assert.equal(await runAnalyze(['news/story.md', 'news/story.markdown', 'news/STORY.MD', 'news/plain.txt'], io), 0);
      assert.deepEqual(out.map((l) => (JSON.parse(l) as { source: { languageId: string } }).source.languageId), ['markdown', 'markdown', 'markdown', 'plaintext']);
      // Markdown: the inline code is not analysed
      assert.equal((JSON.parse(out[0]) as { attributions: unknown[] }).attributions.length, 1);
    });

    it('--language overrides the extension', async () => {
      const { io, out } = memoryIo(FILES);
      assert.equal(await runAnalyze(['--language', 'plaintext', 'news/story.md'], io), 0);
      assert.deepEqual(out, [`${JSON.stringify(analyze(MD, 'plaintext', 'news/story.md'), null, 2)}\n`]);
      const r = JSON.parse(out[0]) as { attributions: unknown[]; source: { languageId: string } };
      assert.equal(r.source.languageId, 'plaintext');
      assert.equal(r.attributions.length, 2, 'as plain text the back-quoted sentence is prose');

      const m = memoryIo(FILES);
      assert.equal(await runAnalyze(['--language=markdown', 'news/plain.txt'], m.io), 0);
      assert.deepEqual(m.out, [`${JSON.stringify(analyze(PLAIN, 'markdown', 'news/plain.txt'), null, 2)}\n`]);
    });
  });

  describe('files that cannot be analysed', () => {
    it('missing, folder, binary, invalid UTF-8, unreadable: an error line each, the others analysed, exit 1', async () => {
      const { io, out, err } = memoryIo(FILES);
      const args = ['news/missing.txt', 'news/plain.txt', 'news/folder', 'news/binary.bin', 'news/latin1.txt', 'news/locked.txt', 'news/story.md'];
      assert.equal(await runAnalyze(args, io), 1);
      assert.deepEqual(out, [
        `${JSON.stringify({ source: { path: 'news/missing.txt' }, error: 'no such file' })}\n`,
        `${JSON.stringify(analyze(PLAIN, 'plaintext', 'news/plain.txt'))}\n`,
        `${JSON.stringify({ source: { path: 'news/folder' }, error: 'is a folder, not a file' })}\n`,
        `${JSON.stringify({ source: { path: 'news/binary.bin' }, error: 'binary file (contains NUL bytes), not a text article' })}\n`,
        `${JSON.stringify({ source: { path: 'news/latin1.txt' }, error: 'not valid UTF-8 text' })}\n`,
        `${JSON.stringify({ source: { path: 'news/locked.txt' }, error: 'permission denied' })}\n`,
        `${JSON.stringify(analyze(MD, 'markdown', 'news/story.md'))}\n`,
      ]);
      assert.deepEqual(err, [
        'counterpoint analyze: news/missing.txt: no such file\n',
        'counterpoint analyze: news/folder: is a folder, not a file\n',
        'counterpoint analyze: news/binary.bin: binary file (contains NUL bytes), not a text article\n',
        'counterpoint analyze: news/latin1.txt: not valid UTF-8 text\n',
        'counterpoint analyze: news/locked.txt: permission denied\n',
      ]);
    });

    it('one missing file with --format json: a pretty error object, exit 1', async () => {
      const { io, out, err } = memoryIo(FILES);
      assert.equal(await runAnalyze(['news/missing.txt'], io), 1);
      assert.deepEqual(out, [`${JSON.stringify({ source: { path: 'news/missing.txt' }, error: 'no such file' }, null, 2)}\n`]);
      assert.deepEqual(err, ['counterpoint analyze: news/missing.txt: no such file\n']);
    });
  });

  describe('BOM', () => {
    it('a leading byte-order mark is removed: offsets and length as without it', async () => {
      const { io, out } = memoryIo(FILES);
      assert.equal(await runAnalyze(['news/bom.txt'], io), 0);
      const r = JSON.parse(out[0]) as ReturnType<typeof analyze>;
      assert.deepEqual(r, analyze(PLAIN, 'plaintext', 'news/bom.txt'));
      assert.equal(r.source.length, PLAIN.length);
      assert.deepEqual(r.attributions[0].source, { start: 0, end: 5, text: 'Smith' });
    });

    it('decodeArticle removes only a leading BOM', () => {
      const enc = new TextEncoder();
      assert.deepEqual(decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('a\ufeffb')])), { text: 'a\ufeffb' });
      assert.deepEqual(decodeArticle(enc.encode('')), { text: '' });
      assert.deepEqual(decodeArticle(enc.encode('caf\u00e9 \u{1F600}')), { text: 'caf\u00e9 \u{1F600}' });
      assert.deepEqual(decodeArticle(new Uint8Array([0xc3, 0x28])), { error: 'not valid UTF-8 text' });
      assert.deepEqual(decodeArticle(new Uint8Array([0x61, 0x00, 0x62])), { error: 'binary file (contains NUL bytes), not a text article' });
    });
  });

  describe('usage', () => {
    const cases: Array<[string, string[], RegExp]> = [
      ['no file', [], /^counterpoint analyze: error: no FILE given\n/],
      ['an unknown format', ['--format', 'xml', 'news/plain.txt'], /^counterpoint analyze: error: unknown format "xml" \(use json or jsonl\)\n$/],
      ['--format without a value', ['--format'], /^counterpoint analyze: error: unknown format "" \(use json or jsonl\)\n$/],
      ['an unknown language', ['--language', 'html', 'news/plain.txt'], /^counterpoint analyze: error: unknown language "html" \(use markdown or plaintext\)\n$/],
      ['an unknown option', ['--verbose', 'news/plain.txt'], /^counterpoint analyze: error: unknown option --verbose\n/],
      ['--format json with several files', ['--format', 'json', 'news/plain.txt', 'news/story.md'], /^counterpoint analyze: error: --format json takes one FILE; use --format jsonl for several\n$/],
    ];
    for (const [label, args, message] of cases) {
      it(`${label}: exit 2, a message on stderr, nothing on stdout`, async () => {
        const { io, out, err } = memoryIo(FILES);
        assert.equal(await runAnalyze(args, io), 2);
        assert.deepEqual(out, []);
        assert.equal(err.length, 1);
        assert.match(err[0], message);
      });
    }

    it('--help prints the usage on stdout, exit 0', async () => {
      const { io, out, err } = memoryIo(FILES);
      assert.equal(await runAnalyze(['--help'], io), 0);
      assert.deepEqual(out, [ANALYZE_USAGE]);
      assert.deepEqual(err, []);
    });

    it('"--" ends the options: a file named like an option', async () => {
      const { io, out } = memoryIo({ ...FILES, '--verbose': PLAIN });
      assert.equal(await runAnalyze(['--', '--verbose'], io), 0);
      assert.deepEqual(out, [`${JSON.stringify(analyze(PLAIN, 'plaintext', '--verbose'), null, 2)}\n`]);
    });
  });

  it('stops quietly, exit 0, when the reader closes the pipe early ("counterpoint analyze a.txt | head")', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-cli-'));
    const file = join(dir, 'long.txt');
    // (several megabytes of JSON: far more than a pipe holds)
    writeFileSync(file, 'Smith said the plan had failed.\n\n'.repeat(3000));
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', 'src/cli/main.ts', 'analyze', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    rmSync(dir, { recursive: true, force: true });
    assert.equal(err, '');
    assert.equal(code, 0);
  });
});
