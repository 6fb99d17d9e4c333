// The analysis worker's protocol (src/extension/analysisWorker.ts) in one thread, and the host side
// (src/extension/analysisClient.ts) with small stand-in workers: one request in flight per document, superseded
// requests, restarts after a crash, giving up when the worker keeps dying, missing bundle.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Analyzer } from '../../src/core/analyzer';
import { AnalysisClient, MAX_CRASHES, type AnalysisOutcome } from '../../src/extension/analysisClient';
import { AnalysisWorkerState } from '../../src/extension/analysisWorker';

const ARTICLE = 'The mayor said the bridge would open in March. The council denied that the works were late.\n';

describe('analysis worker state', () => {
  it('answers an analysis equal to the core Analyzer\'s, keeps one Analyzer per document, drops it on dispose', () => {
    const w = new AnalysisWorkerState();
    const reply = w.handle({ type: 'analyze', id: 7, key: 'doc-a', version: 3, text: ARTICLE, languageId: 'plaintext', path: '/a.txt', settings: {} });
    assert.ok(reply && 'analysis' in reply);
    assert.deepEqual([reply.id, reply.key, reply.version], [7, 'doc-a', 3]);
    assert.deepEqual(reply.analysis, new Analyzer().analyze(ARTICLE, 'plaintext', '/a.txt'));
    assert.equal(reply.analysis.denials.length, 1);
    w.handle({ type: 'analyze', id: 8, key: 'doc-b', version: 1, text: ARTICLE, languageId: 'markdown', settings: {} });
    assert.equal(w.size, 2);
    assert.equal(w.handle({ type: 'dispose', key: 'doc-a' }), undefined);
    assert.equal(w.size, 1);
  });

  it('uses the settings it is sent (a stricter link threshold gives the Analyzer\'s result for it)', () => {
    const w = new AnalysisWorkerState();
    const settings = { minLinkScore: 0.99 };
    const reply = w.handle({ type: 'analyze', id: 1, key: 'k', version: 1, text: ARTICLE, languageId: 'plaintext', settings });
    assert.ok(reply && 'analysis' in reply);
    assert.deepEqual(reply.analysis, new Analyzer(settings).analyze(ARTICLE, 'plaintext'));
  });

  it('answers an error (message and stack) when the analysis throws', () => {
    const w = new AnalysisWorkerState();
    const reply = w.handle({ type: 'analyze', id: 2, key: 'k', version: 5, text: null as unknown as string, languageId: 'plaintext', settings: {} });
    assert.ok(reply && 'error' in reply, JSON.stringify(reply));
    assert.deepEqual([reply.id, reply.key, reply.version], [2, 'k', 5]);
    assert.ok(reply.error.length > 0);
    assert.equal(w.size, 0);
  });
});

describe('analysis client', function () {
  this.timeout(20_000);
  let dir: string;
  const clients: AnalysisClient[] = [];
  before(() => { dir = mkdtempSync(join(tmpdir(), 'counterpoint-worker-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => { for (const c of clients.splice(0)) c.dispose(); });

  /** A stand-in worker: answers each request 50 ms later with the versions it was sent so far, per key. */
  function echoWorker(name: string, body = ''): string {
    const file = join(dir, name);
    writeFileSync(file, `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const seen = {};
const queue = [];
let busy = false;
function next() {
  if (busy || queue.length === 0) return;
  const m = queue.shift();
  if (m.type === 'dispose') { delete seen[m.key]; next(); return; }
  busy = true;
  setTimeout(() => {
    ${body}
    (seen[m.key] ??= []).push(m.version);
    parentPort.postMessage({ id: m.id, key: m.key, version: m.version, analysis: { seen: seen[m.key], text: m.text }, durationMs: 1 });
    busy = false;
    next();
  }, 50);
}
parentPort.on('message', (m) => {
  queue.push(m); // in order, like the real worker, which handles one message at a time
  next();
});
`);
    return file;
  }

  function client(workerPath: string, log: string[] = [], gaveUp: string[] = []): AnalysisClient {
    const c = new AnalysisClient({ workerPath, log: (l) => log.push(l), onGiveUp: (m) => gaveUp.push(m) });
    clients.push(c);
    return c;
  }

  const job = (key: string, version: number, text = `text ${version}`) => ({ key, version, text, languageId: 'plaintext' as const, settings: {} });
  const seenOf = (o: AnalysisOutcome) => (o.kind === 'done' ? (o.analysis as unknown as { seen: number[] }).seen : o.kind);

  it('sends one request per document at a time; a newer request replaces a queued older one', async () => {
    const c = client(echoWorker('echo.js'));
    const outcomes = await Promise.all([c.analyze(job('a', 1)), c.analyze(job('a', 2)), c.analyze(job('a', 3)), c.analyze(job('b', 1))]);
    assert.deepEqual(outcomes.map((o) => [o.kind, o.version]), [['done', 1], ['superseded', 2], ['done', 3], ['done', 1]]);
    // The worker never saw version 2 of "a".
    assert.deepEqual(seenOf(outcomes[2]), [1, 3]);
    assert.deepEqual(seenOf(outcomes[3]), [1]);
    assert.deepEqual(c.stats, { started: 1, restarts: 0, completed: 3, superseded: 1 });
  });

  it('forget() drops a queued request and tells the worker to drop the document', async () => {
    const c = client(echoWorker('echo2.js'));
    const first = c.analyze(job('a', 1));
    const queued = c.analyze(job('a', 2));
    c.forget('a');
    assert.deepEqual([(await first).kind, (await queued).kind], ['done', 'superseded']);
    assert.deepEqual(seenOf(await c.analyze(job('a', 3))), [3]);
  });

  it('restarts a worker that dies and sends it again what it was analysing', async () => {
    const flag = join(dir, 'crashed-once');
    const log: string[] = [];
    const c = client(echoWorker('crash-once.js', `if (!fs.existsSync(${JSON.stringify(flag)})) { fs.writeFileSync(${JSON.stringify(flag)}, ''); process.exit(3); }`), log);
    const o = await c.analyze(job('a', 1, 'hello'));
    assert.equal(o.kind, 'done');
    assert.deepEqual(seenOf(o), [1]);
    assert.equal(c.stats.restarts, 1);
    assert.equal(c.available, true);
    assert.ok(log.some((l) => l.includes('stopped (it exited with code 3)')), log.join('\n'));
  });

  it(`gives up after ${MAX_CRASHES} deaths within a minute: an error for the request, a message, then "unavailable"`, async () => {
    const gaveUp: string[] = [];
    const c = client(echoWorker('crash-always.js', 'process.exit(4);'), [], gaveUp);
    const o = await c.analyze(job('a', 1));
    assert.equal(o.kind, 'error');
    assert.match(o.kind === 'error' ? o.message : '', /stopped unexpectedly 3 times within a minute \(last: it exited with code 4\)/);
    assert.equal(gaveUp.length, 1);
    assert.match(gaveUp[0], /analyses on the editor's main thread.*reload the window/);
    assert.equal(c.available, false);
    assert.equal((await c.analyze(job('a', 2))).kind, 'unavailable');
    assert.equal(c.stats.restarts, MAX_CRASHES - 1);
  });

  it('answers "unavailable" (and says why in the log) when the worker bundle is missing', async () => {
    const log: string[] = [];
    const c = client(join(dir, 'no-such-worker.js'), log);
    assert.equal((await c.analyze(job('a', 1))).kind, 'unavailable');
    assert.equal(c.available, false);
    assert.match(log.join('\n'), /no-such-worker\.js is missing \(run npm run build\)/);
  });

  it('answers "superseded" for everything pending once disposed', async () => {
    const c = client(echoWorker('echo3.js'));
    const pending = c.analyze(job('a', 1));
    c.dispose();
    assert.equal((await pending).kind, 'superseded');
    assert.equal((await c.analyze(job('a', 2))).kind, 'superseded');
  });
});
