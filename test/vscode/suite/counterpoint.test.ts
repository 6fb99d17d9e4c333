// The Counterpoint extension in a real VS Code: views, highlights, navigation, providers, live re-analysis.
// Most tests use the scripted analyser (./scripted.ts) so that every label and range is known exactly; the
// "real analyser" block runs the core's detectors on the same fixtures and checks the shell agrees with them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readFileSync } from 'node:fs';
import type { CounterpointApi } from '../../../src/extension/testApi';
import {
  closeAll, counterpoint, fixture, openArticle, placeCursor, rangeOf, setSetting, shape, textOf, waitFor,
} from './helpers';
import { scriptedAnalyzerFactory } from './scripted';

const HARBOUR_CLAIMS = [
  ['Russia had agreed to finance half of the new grain terminal\u2026', 'Elena Varga',
    ['Moscow denied that it had agreed to pay for the terminal', 'denies \u00B7 Russia'],
    ['The transport minister, Elena Varga \u2014 said', 'attribution']],
  ['The agreement is signed, and construction starts in March', 'Elena Varga',
    ["The dockworkers' union rejected the minister's claim that\u2026", "denies \u00B7 dockworkers' union"],
    ['Varga \u2014 told', 'attribution']],
  ['the port handled 4.2 million tonnes of grain last year', 'Elena Varga',
    ['shipments through Halden fell to 3.1 million tonnes last\u2026', 'contradicts \u00B7 port authority'],
    ['Varga \u2014 said', 'attribution']],
  ['shipments through Halden fell to 3.1 million tonnes last\u2026', 'port authority',
    ['the port authority \u2014 According to', 'attribution']],
  ['The terminal is expected to cost 240 million euros.', 'the article'],
];

const COUNCIL_CLAIMS = [
  ['the council would close two primary schools in Riverside\u2026', 'Anna Brook',
    ['The education department rejected that account', 'denies \u00B7 education department'],
    ['No school in Riverside will close', 'contradicts \u00B7 education department'],
    ['Councillor Anna Brook \u2014 said', 'attribution']],
  ['No school in Riverside will close', 'education department',
    ['a department spokesman \u2014 told', 'attribution']],
  ['the schools had lost 300 pupils since 2020', 'Anna Brook',
    ['the schools lost 120 pupils in that period', 'contradicts \u00B7 the article'],
    ['Brook \u2014 said', 'attribution']],
  ['the schools lost 120 pupils in that period', 'the article'],
];

function sameRange(actual: vscode.Range, expected: vscode.Range, what: string): void {
  assert.deepEqual(
    [actual.start.line, actual.start.character, actual.end.line, actual.end.character],
    [expected.start.line, expected.start.character, expected.end.line, expected.end.character], what);
}

describe('Counterpoint extension (scripted analyser)', function () {
  let api: CounterpointApi;

  before(async () => {
    api = await counterpoint();
    api.setAnalyzerFactory(scriptedAnalyzerFactory);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('counterpoint.claims.filter', 'all');
    await vscode.commands.executeCommand('counterpoint.claims.ungroup');
  });

  after(async () => {
    api.setAnalyzerFactory(undefined);
    await closeAll();
  });

  it('registers every contributed command', async () => {
    const manifest = JSON.parse(readFileSync(vscode.extensions.getExtension('counterpoint.counterpoint')!.extensionUri.fsPath + '/package.json', 'utf8')) as
      { contributes: { commands: { command: string }[] } };
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const c of manifest.contributes.commands) assert.ok(registered.has(c.command), `${c.command} is registered`);
  });

  it('lists the Markdown article\u2019s claims in document order with counter-claims and attribution', async () => {
    await openArticle('harbour.md');
    assert.deepEqual(shape(api.claimsTree()), HARBOUR_CLAIMS);
    const first = api.claimsTree()[0]!;
    assert.equal(first.id, 'claim:c-finance');
    assert.deepEqual(first.children.map((c) => c.id), ['claim:c-finance/counter:d-moscow', 'claim:c-finance/attribution:a-varga-fin']);
    assert.equal(first.tooltip, 'Russia had agreed to finance half of the new grain terminal at Port Halden\n\nElena Varga \u00B7 Line 3 \u00B7 1 counter-claim');
  });

  it('lists each speaker with their findings', async () => {
    await openArticle('harbour.md');
    assert.deepEqual(shape(api.speakersTree()).map((s) => [s[0], s[1], s.length - 2]), [
      ['Elena Varga', '3 claims, 3 attributions', 6],
      ['Russia', '1 denial', 1],
      ['port authority', '1 claim, 1 attribution', 2],
      ["dockworkers' union", '1 denial', 1],
      ['the article', '1 claim', 1],
    ]);
  });

  it('selects the exact span of a claims-view item when it is chosen', async () => {
    const editor = await openArticle('harbour.md');
    const counter = api.claimsTree()[0]!.children[0]!;
    assert.ok(counter.command);
    await vscode.commands.executeCommand(counter.command.command, ...counter.command.arguments);
    sameRange(editor.selection, rangeOf(editor.document, 'Moscow denied that it had agreed to pay for the terminal'), 'denial selected');
  });

  it('draws each kind of highlight on exactly its words, and the gutter icon on countered claims', async () => {
    const editor = await openArticle('harbour.md');
    const doc = editor.document;
    const d = api.decoratedRanges(doc.uri);
    assert.deepEqual(textOf(doc, d.claim), [
      'Russia had agreed to finance half of the new grain terminal at Port Halden',
      'The agreement is signed, and construction starts in March',
      'the port handled 4.2 million tonnes of grain last year',
      'shipments through Halden fell to 3.1 million tonnes last year',
      'The terminal is expected to cost 240 million euros.',
    ]);
    assert.deepEqual(textOf(doc, d.attributionSource), ['The transport minister, Elena Varga', 'Varga', 'Varga', 'the port authority']);
    assert.deepEqual(textOf(doc, d.attributionCue), ['said', 'told', 'said', 'According to']);
    assert.deepEqual(textOf(doc, d.quotedContent), [
      'Russia had agreed to finance half of the new grain terminal at Port Halden',
      'The agreement is signed, and construction starts in March',
      'the port handled 4.2 million tonnes of grain last year',
      'shipments through Halden fell to 3.1 million tonnes last year',
    ]);
    assert.deepEqual(textOf(doc, d.denialCue), ['denied', 'rejected']);
    assert.deepEqual(textOf(doc, d.denialTarget), ['it had agreed to pay for the terminal', "the minister's claim that construction would start in March"]);
    assert.deepEqual((d.gutter ?? []).map((r) => r.start.line), [2, 4, 8]);
  });

  it('switches highlights off and on with Toggle Highlights, and per kind with settings', async () => {
    const editor = await openArticle('harbour.md');
    const uri = editor.document.uri;
    try {
      await vscode.commands.executeCommand('counterpoint.toggleHighlights');
      await waitFor('highlights off', () => (api.decoratedRanges(uri).claim ?? [1]).length === 0);
      assert.deepEqual(Object.values(api.decoratedRanges(uri)).map((r) => r.length), [0, 0, 0, 0, 0, 0, 0]);
      await vscode.commands.executeCommand('counterpoint.toggleHighlights');
      await waitFor('highlights on', () => (api.decoratedRanges(uri).claim ?? []).length === 5);
      await setSetting('highlights.denialCue', false);
      await waitFor('denial cues off', () => (api.decoratedRanges(uri).denialCue ?? [1]).length === 0);
      assert.equal(api.decoratedRanges(uri).denialTarget?.length, 2);
      assert.equal(api.decoratedRanges(uri).claim?.length, 5);
    } finally {
      await setSetting('highlights.enabled', undefined);
      await setSetting('highlights.denialCue', undefined);
    }
  });

  it('goes from a claim to its counter-claim and back with goToCounterClaim', async () => {
    const editor = await openArticle('harbour.md');
    const doc = editor.document;
    placeCursor(editor, 'agreed to finance half');
    await vscode.commands.executeCommand('counterpoint.goToCounterClaim');
    sameRange(editor.selection, rangeOf(doc, 'Moscow denied that it had agreed to pay for the terminal'), 'jumped to the denial');
    await vscode.commands.executeCommand('counterpoint.goToCounterClaim');
    sameRange(editor.selection, rangeOf(doc, 'Russia had agreed to finance half of the new grain terminal at Port Halden'), 'and back to the claim');
    // From a denial found by the cursor (not by a previous jump): to the claim it answers.
    placeCursor(editor, "union [rejected] the minister's");
    await vscode.commands.executeCommand('counterpoint.goToCounterClaim');
    sameRange(editor.selection, rangeOf(doc, 'The agreement is signed, and construction starts in March'), 'denial to its claim');
    // A counter-claim leads back to the claim it contradicts.
    placeCursor(editor, 'shipments through Halden');
    await vscode.commands.executeCommand('counterpoint.goToCounterClaim');
    sameRange(editor.selection, rangeOf(doc, 'the port handled 4.2 million tonnes of grain last year'), 'counter-claim to claim');
    // From the claims view's context menu: the item's claim, wherever the cursor is.
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const march = api.claimsTree().find((n) => n.id === 'claim:c-march');
    await vscode.commands.executeCommand('counterpoint.goToCounterClaim', { findingId: 'c-march', id: march?.id });
    sameRange(editor.selection, rangeOf(doc, "The dockworkers' union rejected the minister's claim that construction would start in March"), 'context menu on a claim');
  });

  it('steps through claims with nextClaim and previousClaim', async () => {
    const editor = await openArticle('harbour.md');
    const doc = editor.document;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      await vscode.commands.executeCommand('counterpoint.nextClaim');
      seen.push(doc.getText(editor.selection));
    }
    assert.deepEqual(seen, [
      'Russia had agreed to finance half of the new grain terminal at Port Halden',
      'The agreement is signed, and construction starts in March',
      'the port handled 4.2 million tonnes of grain last year',
      'shipments through Halden fell to 3.1 million tonnes last year',
      'The terminal is expected to cost 240 million euros.',
      'Russia had agreed to finance half of the new grain terminal at Port Halden',
    ]);
    await vscode.commands.executeCommand('counterpoint.previousClaim');
    assert.equal(doc.getText(editor.selection), 'The terminal is expected to cost 240 million euros.');
    await vscode.commands.executeCommand('counterpoint.previousClaim');
    assert.equal(doc.getText(editor.selection), 'shipments through Halden fell to 3.1 million tonnes last year');
  });

  it('answers Go to Definition and Find References between a claim and its rebuttals', async () => {
    const editor = await openArticle('harbour.md');
    const doc = editor.document;
    const at = (loc: string) => rangeOf(doc, loc).start.translate(0, 2);
    const defs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', doc.uri, at('agreed to finance half'));
    assert.deepEqual(defs.map((l) => doc.getText(l.range)), ['Moscow denied that it had agreed to pay for the terminal']);
    const back = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', doc.uri, at('Moscow [denied]'));
    assert.deepEqual(back.map((l) => doc.getText(l.range)), ['Russia had agreed to finance half of the new grain terminal at Port Halden']);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at('the port handled'));
    assert.deepEqual(refs.map((l) => doc.getText(l.range)), [
      'the port handled 4.2 million tonnes of grain last year',
      'shipments through Halden fell to 3.1 million tonnes last year',
    ]);
    const none = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', doc.uri, at('expected to cost'));
    assert.deepEqual(none, []);
  });

  it('shows a CodeLens above each claim with counter-claims, and none when switched off', async () => {
    const editor = await openArticle('harbour.md');
    const doc = editor.document;
    const lenses = async () => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 10))
      .filter((l) => l.command?.command === 'counterpoint.showCounterClaims');
    assert.deepEqual((await lenses()).map((l) => [l.range.start.line, l.command!.title]), [[2, '1 counter-claim'], [4, '1 counter-claim'], [8, '1 counter-claim']]);
    try {
      await setSetting('codeLens.enabled', false);
      await waitFor('setting applied', () => vscode.workspace.getConfiguration('counterpoint').get('codeLens.enabled') === false);
      assert.deepEqual(await lenses(), []);
    } finally {
      await setSetting('codeLens.enabled', undefined);
    }
  });

  it('hovers a claim with its kind, speaker, content and a link that jumps to the counter-claim', async () => {
    const editor = await openArticle('harbour.md');
    const doc = editor.document;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, rangeOf(doc, 'agreed to finance half').start);
    const md = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).find((v) => v.includes('**Claim**'));
    assert.ok(md, 'a Counterpoint hover');
    assert.match(md, /^\*\*Claim\*\* · Elena Varga\n\n> Russia had agreed to finance half of the new grain terminal at Port Halden\n\n\*\*Counter-claims \(1\)\*\*\n\n- \[it had agreed to pay for the terminal\]\(command:counterpoint\.revealFinding\?[^)]+\) — denies · Russia, line 7$/);
    const link = /\(command:counterpoint\.revealFinding\?([^)]+)\)/.exec(md)![1]!;
    await vscode.commands.executeCommand('counterpoint.revealFinding', ...(JSON.parse(decodeURIComponent(link)) as unknown[]));
    sameRange(editor.selection, rangeOf(doc, 'Moscow denied that it had agreed to pay for the terminal'), 'the link jumped to the denial');
 
    // A denial's hover names the claim it denies.
    const denialHovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, rangeOf(doc, 'Moscow [denied]').start);
    const denial = denialHovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).find((v) => v.includes('**Denial**'));
    assert.ok(denial, 'a Counterpoint hover on the denial');
    assert.match(denial, /^\*\*Denial\*\* · Russia\n_denied_\n\n> it had agreed to pay for the terminal\n\n\*\*Denies \(1\)\*\*\n\n- \[Russia had agreed to finance half of the new grain terminal at Port\u2026\]\(command:counterpoint\.revealFinding\?[^)]+\) — denies this · Elena Varga, line 3$/);
  });

  it('updates the view, highlights and navigation when a denial sentence is typed', async () => {
    const editor = await openArticle('harbour.md');
    const doc = editor.document;
    const end = doc.positionAt(doc.getText().length);
    await editor.edit((b) => b.insert(end, '\nThe harbour master denied that the terminal would cost 240 million euros.\n'));
    // Providers never answer from the previous version: they analyse the new text on demand.
    const defs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', doc.uri, rangeOf(doc, 'expected to cost').start);
    assert.deepEqual(defs.map((l) => doc.getText(l.range)), ['The harbour master denied that the terminal would cost 240 million euros']);
    await api.whenAnalyzed(doc);
    const last = api.claimsTree().at(-1)!;
    assert.deepEqual(shape([last]), [['The terminal is expected to cost 240 million euros.', 'the article',
      ['The harbour master denied that the terminal would cost 240\u2026', 'denies \u00B7 harbour master']]]);
    assert.deepEqual(textOf(doc, api.decoratedRanges(doc.uri).denialCue), ['denied', 'rejected', 'denied']);
    assert.deepEqual(textOf(doc, api.decoratedRanges(doc.uri).denialTarget).at(-1), 'the terminal would cost 240 million euros');
    assert.deepEqual((api.decoratedRanges(doc.uri).gutter ?? []).map((r) => r.start.line), [2, 4, 8, 12]);
    // Ids are stable: the other claims keep their tree ids (and so their expansion state).
    assert.deepEqual(api.claimsTree().map((n) => n.id), ['claim:c-finance', 'claim:c-march', 'claim:c-tonnes', 'claim:c-port', 'claim:c-cost']);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await api.whenAnalyzed(doc);
    assert.deepEqual(shape(api.claimsTree()), HARBOUR_CLAIMS);
  });

  it('never draws an analysis of an older version on newer text', async () => {
    const editor = await openArticle('harbour.md');
    const doc = editor.document;
    for (let i = 0; i < 5; i++) await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'x'));
    const analysis = await api.whenAnalyzed(doc);
    assert.equal(analysis.source.length, doc.getText().length);
    assert.deepEqual(textOf(doc, api.decoratedRanges(doc.uri).denialCue), ['denied', 'rejected']);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('follows the active editor: a plain-text article replaces the Markdown one in the views, and back', async () => {
    await openArticle('harbour.md');
    const council = await openArticle('council.txt');
    assert.equal(council.document.languageId, 'plaintext');
    assert.equal(api.shownArticle()?.toString(), fixture('council.txt').toString());
    assert.deepEqual(shape(api.claimsTree()), COUNCIL_CLAIMS);
    assert.deepEqual(textOf(council.document, api.decoratedRanges(council.document.uri).denialCue), ['rejected']);
    placeCursor(council, 'would close two');
    // Two counters: a quick pick opens (the command waits for it); accept the first.
    let jumped = false;
    const jump = Promise.resolve(vscode.commands.executeCommand('counterpoint.goToCounterClaim')).then(() => { jumped = true; });
    for (const end = Date.now() + 10_000; !jumped && Date.now() < end;) {
      await new Promise((r) => setTimeout(r, 200));
      if (!jumped) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    await jump;
    assert.equal(council.document.getText(council.selection), 'The education department rejected that account');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixture('harbour.md')));
    await api.whenShowing(fixture('harbour.md'));
    assert.deepEqual(shape(api.claimsTree()), HARBOUR_CLAIMS);
  });

  it('filters claims and groups them by speaker', async () => {
    await openArticle('harbour.md');
    await vscode.commands.executeCommand('counterpoint.claims.filter', 'withCounters');
    assert.deepEqual(api.claimsTree().map((n) => n.label), [
      'Russia had agreed to finance half of the new grain terminal\u2026',
      'The agreement is signed, and construction starts in March',
      'the port handled 4.2 million tonnes of grain last year',
    ]);
    await vscode.commands.executeCommand('counterpoint.claims.filter', 'withoutCounters');
    assert.deepEqual(api.claimsTree().map((n) => n.label), [
      'shipments through Halden fell to 3.1 million tonnes last\u2026',
      'The terminal is expected to cost 240 million euros.',
    ]);
    await vscode.commands.executeCommand('counterpoint.claims.filter', 'all');
    await vscode.commands.executeCommand('counterpoint.claims.groupBySpeaker');
    assert.deepEqual(api.claimsTree().map((n) => [n.label, n.description, n.children.length]), [
      ['Elena Varga', '3 claims', 3], ['port authority', '1 claim', 1], ['the article', '1 claim', 1],
    ]);
  });

  it('analyses the article again from scratch with Refresh, keeping the view', async () => {
    const editor = await openArticle('harbour.md');
    const before = await api.whenAnalyzed(editor.document);
    await vscode.commands.executeCommand('counterpoint.refresh');
    const after = await api.whenAnalyzed(editor.document);
    assert.notEqual(after, before, 'a new analysis');
    assert.deepEqual(after, before, 'of the same text');
    assert.deepEqual(shape(api.claimsTree()), HARBOUR_CLAIMS);
  });

  it('says a binary-looking document is not analysed instead of guessing', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'PK\u0003\u0004\u0000\u0000 the minister said\u0000' });
    await vscode.window.showTextDocument(doc);
    await assert.rejects(api.whenAnalyzed(doc), /contains NUL characters, so it looks like a binary file/);
    await waitFor('status bar error', () => api.statusBarText() === '$(error) Counterpoint');
    assert.deepEqual(api.claimsTree(), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('leaves other languages alone', async () => {
    await openArticle('harbour.md');
    const json = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixture('notes.json')));
    assert.equal(json.document.languageId, 'json');
    await waitFor('views to empty', () => api.shownArticle() === undefined);
    assert.deepEqual(api.claimsTree(), []);
    assert.deepEqual(api.decoratedRanges(json.document.uri), {});
    await assert.rejects(api.whenAnalyzed(json.document), /not an article Counterpoint analyses/);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', json.document.uri, new vscode.Position(0, 60));
    assert.ok(!hovers.some((h) => h.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('**Claim**'))));
  });

  it('stops analysing a language removed from counterpoint.languages', async () => {
    const council = await openArticle('council.txt');
    try {
      await setSetting('languages', ['markdown']);
      await waitFor('plain text dropped', () => api.shownArticle() === undefined);
      assert.deepEqual(api.decoratedRanges(council.document.uri), {});
    } finally {
      await setSetting('languages', undefined);
    }
    await waitFor('plain text back', () => api.shownArticle()?.toString() === council.document.uri.toString());
  });

  it('warns about an invalid setting value and keeps working with the default', async () => {
    const editor = await openArticle('harbour.md');
    try {
      await setSetting('analysisDelay', 'fast');
      await waitFor('the warning', () => api.settingWarnings().some((w) => w.includes('counterpoint.analysisDelay')));
      assert.ok(api.settingWarnings().includes(
        'Counterpoint: Setting "counterpoint.analysisDelay" has an invalid value "fast" (expected a whole number from 0 to 10000); using the default 150.'));
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Update: '));
      await api.whenAnalyzed(editor.document);
      assert.equal(api.claimsTree().length, 5);
    } finally {
      await setSetting('analysisDelay', undefined);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('shows the counts in the status bar', async () => {
    await openArticle('harbour.md');
    assert.equal(api.statusBarText(), '$(comment-discussion) 5 $(arrow-swap) 3 $(thumbsdown) 2');
  });
});

describe('Counterpoint extension (real analyser)', function () {
  this.timeout(120_000);
  let api: CounterpointApi;

  before(async () => {
    api = await counterpoint();
    api.setAnalyzerFactory(undefined);
  });
  after(closeAll);

  for (const name of ['harbour.md', 'council.txt']) {
    it(`draws exactly what the core finds in ${name}`, async () => {
      const editor = await openArticle(name);
      const doc = editor.document;
      const analysis = await api.whenAnalyzed(doc);
      const spans = [
        ...analysis.claims.map((c) => c.span),
        ...analysis.attributions.flatMap((a) => [a.cue, a.source, a.content]),
        ...analysis.denials.flatMap((d) => [d.cue, d.source, d.target]),
      ].filter((s) => s !== null);
      for (const s of spans) assert.equal(doc.getText(new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end))), s.text);
      const d = api.decoratedRanges(doc.uri);
      assert.deepEqual(textOf(doc, d.claim), [...analysis.claims].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end).map((c) => c.span.text));
      assert.equal(d.attributionCue?.length, analysis.attributions.length);
      assert.equal(d.denialCue?.length, analysis.denials.length);
      assert.equal(api.claimsTree().length, analysis.claims.length);
      assert.equal(api.statusBarText(), `$(comment-discussion) ${analysis.claims.length} $(arrow-swap) ${new Set(analysis.links.map((l) => l.counter)).size} $(thumbsdown) ${analysis.denials.length}`);
    });
  }

  it('keeps a 1 MB article fully highlighted and tells the user while re-analysis waits', async () => {
    const article = readFileSync(fixture('harbour.md').fsPath, 'utf8');
    const body = article.split('\n').slice(2).join('\n');
    const copies = Math.ceil(1_000_000 / body.length);
    const text = `# Long file\n\n${Array.from({ length: copies }, () => body).join('\n')}`;
    let t0 = Date.now();
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    const editor = await vscode.window.showTextDocument(doc);
    const first = await api.whenAnalyzed(doc);
    const firstMs = Date.now() - t0;
    const firstAnalysis = api.analysisTime(doc);
    await api.whenShowing(doc.uri);
    assert.equal(api.decoratedRanges(doc.uri).claim?.length, first.claims.length, 'every claim highlighted (no cap)');
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), '\nThe mayor denied that the bridge was closed.\n'));
    await waitFor('status bar tells analysis is waiting', () => /analysing/.test(api.statusBarText() ?? ''), 2000);
    t0 = Date.now();
    const second = await api.whenAnalyzed(doc);
    const editMs = Date.now() - t0;
    const editAnalysis = api.analysisTime(doc);
    assert.equal(second.source.length, doc.getText().length);
    assert.equal(api.decoratedRanges(doc.uri).claim?.length, second.claims.length);
    console.log(`      1 MB article: ${doc.getText().length} characters, ${second.claims.length} claims; open to highlights ${firstMs} ms ` +
      `(analysis ${firstAnalysis?.toFixed(0)} ms); edit to highlights ${editMs} ms (of which analysis ${editAnalysis?.toFixed(0)} ms, after the large-article debounce)`);
  });
});
