// The analysis worker (src/extension/analysisWorker.ts, dist/analysisWorker.js) in the real extension host: its analyses
// equal the core Analyzer's, and while a ~1 MB article is analysed the extension host keeps answering.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Analyzer } from '../../../src/core/analyzer';
import type { LanguageId } from '../../../src/core/types';
import type { CounterpointApi } from '../../../src/extension/testApi';
import { closeAll, counterpoint, fixture, waitFor } from './helpers';

/** Paragraphs of a made-up local news story; `{n}` makes every paragraph different (no two share a cache entry). */
const PARAGRAPHS = [
  'The harbour board said on Monday that the northern quay would reopen after {n} weeks of repairs. "The cranes are back in service," its chairman told reporters.',
  'Councillor Mira Holt claimed that the repairs had cost {n} million crowns more than planned. The finance office denied that the budget had been exceeded.',
  'According to the ferry company, {n} passengers crossed the bay last month, fewer than a year earlier. A spokesman for the company said the timetable would not change.',
  'Fishermen told the council that the new breakwater had silted up the inner basin. The engineering firm rejected that account, calling it "simply not true".',
  'The town\'s mayor, Jonas Lind, said the port would handle {n} thousand containers next year. Dock workers disputed the figure.',
];

/** A Markdown article of at least `size` characters, made of the paragraphs above, ending with a marked denial. */
function makeArticle(size: number): { text: string; lastDenial: string } {
  const parts = ['# Harbour repairs: the full record\n\n'];
  let length = parts[0].length;
  for (let i = 0; length < size; i++) {
    const p = `${PARAGRAPHS[i % PARAGRAPHS.length].replace('{n}', String(3 + i))}\n\n`;
    parts.push(p);
    length += p.length;
  }
  const lastDenial = 'The lighthouse keeper denied that the beacon had failed on the night of the storm.';
  parts.push(`${lastDenial}\n`);
  return { text: parts.join(''), lastDenial };
}

interface Lag {
  /** The longest wait of a `setTimeout(0)` (ms) while the worker was analysing (before its answer arrived). */
  whileAnalysing: number;
  /** The wait that ended with the worker's answer: reading it, indexing it, updating the views on this thread. */
  onAnswer: number;
  ticks: number;
  /** Waits over 100 ms: [ms since the start of the measurement, wait]. */
  long: Array<[number, number]>;
  stop(): void;
}

/**
 * Measures how long the extension host's event loop takes to run a `setTimeout(0)`, again and again until stopped,
 * splitting the waits at the first tick that sees `answered()` true (set when the analysis is delivered).
 */
function measureLag(answered: () => boolean): Lag {
  const t0 = performance.now();
  let last = t0;
  let stopped = false;
  let seen = false;
  const lag: Lag = {
    whileAnalysing: 0, onAnswer: 0, ticks: 0, long: [],
    stop: () => { stopped = true; },
  };
  const tick = () => {
    const now = performance.now();
    const wait = now - last;
    if (wait > 100) lag.long.push([Math.round(last - t0), Math.round(wait)]);
    if (seen) {
      // After the answer: not measured.
    } else if (answered()) {
      seen = true;
      lag.onAnswer = wait;
    } else {
      lag.whileAnalysing = Math.max(lag.whileAnalysing, wait);
    }
    lag.ticks++;
    last = now;
    if (!stopped) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  return lag;
}

const pathOf = (doc: vscode.TextDocument) => (doc.uri.scheme === 'file' ? doc.uri.fsPath : doc.uri.toString());

describe('Analysis worker', function () {
  this.timeout(240_000);
  let api: CounterpointApi;

  before(async () => {
    api = await counterpoint();
  });

  afterEach(async () => {
    api.setWorkerMinLength(undefined);
    await closeAll();
  });

  for (const name of ['harbour.md', 'council.txt']) {
    it(`analyses ${name} in the worker exactly as the core Analyzer does`, async () => {
      api.setWorkerMinLength(0);
      const doc = await vscode.workspace.openTextDocument(fixture(name));
      await vscode.window.showTextDocument(doc, { preview: false });
      const before = api.workerStats();
      assert.ok(before?.available, `the worker is not available: ${JSON.stringify(before)}`);
      // Start the document over, so that its analysis is made now (by the worker).
      await vscode.commands.executeCommand('counterpoint.refresh');
      const viaWorker = await api.whenAnalyzed(doc);
      assert.ok(api.workerStats()!.completed > before!.completed, 'the analysis did not come from the worker');
      const expected = new Analyzer().analyze(doc.getText(), doc.languageId as LanguageId, pathOf(doc));
      assert.ok(expected.claims.length > 0, `the fixture ${name} has no claims`);
      assert.deepStrictEqual(viaWorker, expected);
    });
  }

  it('keeps the extension host responsive while a 1 MB article is analysed, and its findings arrive', async () => {
    const { text, lastDenial } = makeArticle(1_000_000);
    assert.ok(text.length >= 1_000_000);
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await vscode.window.showTextDocument(doc, { preview: false });
    // VS Code's own work on opening a 1 MB document (tokenising, the Markdown extension) also holds up this thread:
    // measure Counterpoint's part alone, on "Refresh", which analyses the whole article again from scratch.
    await api.whenAnalyzed(doc);
    await new Promise((r) => setTimeout(r, 1000));

    const completed = api.workerStats()!.completed;
    let answered = false;
    const lag = measureLag(() => answered);
    const t0 = performance.now();
    await vscode.commands.executeCommand('counterpoint.refresh');
    const analysed = api.whenAnalyzed(doc).then((a) => { answered = true; return a; });
    // "Next claim" asked while the worker analyses waits for the analysis (status bar: analysing) and then
    // lands on the first claim, instead of saying the article has none.
    const c0 = performance.now();
    const jumped = await vscode.commands.executeCommand<{ id: string; start: number } | undefined>('counterpoint.nextClaim');
    const commandMs = performance.now() - c0;
    const answeredBeforeJump = answered;
    const analysis = await analysed;
    const totalMs = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 50));
    lag.stop();
    console.log(`[worker] 1 MB article (${text.length} characters) analysed from scratch in ${totalMs.toFixed(0)} ms; ` +
      `longest setTimeout(0) wait while the worker analysed: ${lag.whileAnalysing.toFixed(0)} ms (${lag.ticks} ticks); ` +
      `taking in the answer: ${lag.onAnswer.toFixed(0)} ms; "next claim" waited ${commandMs.toFixed(0)} ms for it; waits over 100 ms: ${JSON.stringify(lag.long)}`);

    assert.ok(api.workerStats()!.completed > completed, 'the 1 MB article was not analysed in the worker');
    assert.ok(lag.ticks > 20, `the event loop ran only ${lag.ticks} timers in ${totalMs.toFixed(0)} ms`);
    assert.ok(lag.whileAnalysing < 500, `the extension host did not run a setTimeout(0) for ${lag.whileAnalysing.toFixed(0)} ms while the worker analysed`);
    assert.ok(lag.onAnswer < 2000, `taking in the worker's answer held up the extension host for ${lag.onAnswer.toFixed(0)} ms`);
    assert.ok(answeredBeforeJump, '"next claim" returned before the analysis it needs had arrived');
    assert.ok(jumped, '"next claim" asked during the analysis found no claim');
    const first = [...analysis.claims].sort((a, b) => a.span.start - b.span.start).find((c) => c.span.start > 0)!;
    assert.deepStrictEqual({ id: jumped.id, start: jumped.start }, { id: first.id, start: first.span.start });
    const editor = vscode.window.activeTextEditor!;
    assert.equal(doc.offsetAt(editor.selection.start), first.span.start, 'the cursor is not on the first claim');

    // The whole article is analysed (no cap): the denial in its last line is found, and highlighted.
    const start = text.indexOf(lastDenial);
    const denial = analysis.denials.find((d) => d.cue.start >= start);
    assert.ok(denial, 'the denial in the last line of the 1 MB article was not found');
    assert.equal(text.slice(denial.cue.start, denial.cue.end), 'denied');
    await waitFor('the 1 MB article\'s highlights', () => (api.decoratedRanges(doc.uri).denialCue ?? []).some((r) => doc.offsetAt(r.start) === denial.cue.start), 30_000);

    // Exactly what the core Analyzer finds (run here, on the test's thread, after the measurement).
    assert.deepStrictEqual(analysis, new Analyzer().analyze(text, 'markdown', pathOf(doc)));
  });

  /** A 1 MB article open and analysed, with the place in its middle where a new denial sentence goes. */
  async function openLargeArticle(): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor; at: number }> {
    const { text } = makeArticle(1_000_000);
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    await api.whenAnalyzed(doc);
    return { doc, editor, at: text.indexOf('\n\n', text.length / 2) + 2 };
  }
  const added = 'The harbour master denied that the quay had flooded.';

  it('analyses an edit of the 1 MB article in the worker (cached), and the new denial arrives', async () => {
    const { doc, editor, at } = await openLargeArticle();
    await new Promise((r) => setTimeout(r, 1000));
    const completed = api.workerStats()!.completed;
    let answered = false;
    const lag = measureLag(() => answered);
    const t0 = performance.now();
    assert.ok(await editor.edit((b) => b.insert(doc.positionAt(at), `${added}\n\n`)));
    const analysis = await api.whenAnalyzed(doc).then((a) => { answered = true; return a; });
    await new Promise((r) => setTimeout(r, 50));
    const ms = performance.now() - t0;
    lag.stop();
    console.log(`[worker] edit of the 1 MB article: analysed in ${ms.toFixed(0)} ms; longest setTimeout(0) wait while the worker analysed ${lag.whileAnalysing.toFixed(0)} ms, taking in the answer ${lag.onAnswer.toFixed(0)} ms; waits over 100 ms: ${JSON.stringify(lag.long)}`);
    assert.ok(api.workerStats()!.completed > completed, 'the edit was not analysed in the worker');
    assert.ok(lag.whileAnalysing < 500, `the extension host did not run a setTimeout(0) for ${lag.whileAnalysing.toFixed(0)} ms while the worker analysed the edit`);
    const cue = analysis.denials.find((d) => d.cue.start >= at && d.cue.end <= at + added.length);
    assert.ok(cue, 'the new denial was not found');
    assert.equal(doc.getText().slice(cue.cue.start, cue.cue.end), 'denied');
  });

  it('hover and F12 on a 1 MB article right after an edit wait for the worker instead of answering nothing', async () => {
    const { doc, editor, at } = await openLargeArticle();
    assert.ok(await editor.edit((b) => b.insert(doc.positionAt(at), `${added}\n\n`)));
    // asked at once, while the edit is still waiting for (or in) the worker
    const onCue = doc.positionAt(at + added.indexOf('denied') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, onCue);
    const texts = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)));
    assert.ok(texts.some((t) => t.includes('Denial')), `no Counterpoint hover on the new denial: ${JSON.stringify(texts).slice(0, 300)}`);
    const definitions = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', doc.uri, onCue);
    assert.ok(Array.isArray(definitions), 'F12 answered');
    const analysis = await api.whenAnalyzed(doc);
    assert.ok(analysis.denials.some((d) => d.cue.start === at + added.indexOf('denied')), 'the new denial is in the analysis');
  });

  it('without the worker, the same analysis blocks the extension host (figure for comparison)', async () => {
    const { text } = makeArticle(1_000_000);
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await vscode.window.showTextDocument(doc, { preview: false });
    await api.whenAnalyzed(doc);
    api.setWorkerMinLength(Number.POSITIVE_INFINITY);
    await new Promise((r) => setTimeout(r, 1000));
    let answered = false;
    const lag = measureLag(() => answered);
    const t0 = performance.now();
    await vscode.commands.executeCommand('counterpoint.refresh');
    const analysis = await api.whenAnalyzed(doc).then((a) => { answered = true; return a; });
    const totalMs = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 50));
    lag.stop();
    console.log(`[worker] without the worker: analysed from scratch in ${totalMs.toFixed(0)} ms; longest setTimeout(0) wait ${Math.max(lag.whileAnalysing, lag.onAnswer).toFixed(0)} ms (${lag.ticks} ticks)`);
    assert.ok(analysis.denials.length > 0);
  });
});
