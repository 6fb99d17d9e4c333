// Annotating while editing (issue 4) in a real VS Code, with the real analyser, on the project's own fixture
// articles (test/fixtures/vscode-annotations) copied to a temporary folder inside the test workspace: marks,
// verdicts, notes, dismissals, the annotation file written on save, anchoring while typing and after a rewrite
// on disk, a corrupt file left untouched, exports in every format, and a rename moving the annotation file.
import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parse as parseCsv } from 'csv-parse/sync';
import { createMark, emptyDocument, sequentialContext, serializeDocument, type AnnotationDocument } from '../../../src/core/annotations';
import { CSV_COLUMNS } from '../../../src/core/export';
import type { AnnotationsApi, CounterpointApi } from '../../../src/extension/extension';
import type { RenderedNode } from '../../../src/extension/treeProvider';
import { closeAll, counterpoint, ROOT, setSetting, waitFor } from './helpers';

type Api = CounterpointApi & { annotations: AnnotationsApi };
const T = '2026-03-02T09:00:00.000Z';
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'vscode-annotations');

function flat(nodes: readonly RenderedNode[]): RenderedNode[] {
  return nodes.flatMap((n) => [n, ...flat(n.children)]);
}

function select(editor: vscode.TextEditor, words: string, occurrence = 0): { start: number; end: number } {
  const text = editor.document.getText();
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(words, start + 1);
  assert.ok(start >= 0, `"${words}" is in ${editor.document.uri.fsPath}`);
  const end = start + words.length;
  editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(end));
  return { start, end };
}

function onlyAnnotation(api: Api, uri: vscode.Uri, id: string) {
  const a = api.annotations.document(uri)?.annotations.find((x) => x.id === id);
  assert.ok(a, `annotation ${id} is in memory`);
  return a;
}

describe('Annotations (issue 4)', function () {
  this.timeout(60_000);
  let api: Api;
  let dir: string;
  let rel: string;
  const copies: Record<string, string> = {};

  const copy = (fixture: string, as = fixture): string => {
    const to = path.join(dir, as);
    copyFileSync(path.join(FIXTURES, fixture), to);
    copies[as] = to;
    return to;
  };

  async function open(file: string): Promise<vscode.TextEditor> {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    await api.whenAnalyzed(doc);
    await api.annotations.ready(doc);
    await api.whenShowing(doc.uri);
    return editor;
  }

  before(async () => {
    api = (await counterpoint()) as Api;
    api.setAnalyzerFactory(undefined);
    const workspace = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? process.env.COUNTERPOINT_TEST_WORKSPACE ?? ROOT;
    dir = path.join(workspace, `.test-annotations-${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    rel = path.relative(workspace, dir).split(path.sep).join('/');
    api.annotations.setModelContext(sequentialContext(T));
  });

  after(async () => {
    await closeAll();
    api.annotations.setModelContext(undefined);
    await setSetting('annotations.location', undefined);
    await setSetting('export.reviewer', undefined);
    await vscode.commands.executeCommand('counterpoint.toggleDismissed', false);
    await api.annotations.idle();
    rmSync(dir, { recursive: true, force: true });
    const workspace = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    if (workspace) rmSync(path.join(workspace, '.counterpoint', rel), { recursive: true, force: true });
    if (workspace && existsSync(path.join(workspace, '.counterpoint')) && readdirSync(path.join(workspace, '.counterpoint')).length === 0) {
      rmSync(path.join(workspace, '.counterpoint'), { recursive: true, force: true });
    }
  });

  let bridgeId = '';
  // (the analysis finds this claim too, the city council's: the views show the user's mark on it as that claim,
  // listed once, with the mark's verdict and note)
  const QUOTE = 'the Riverside bridge would reopen in March';
  const bridgeNode = (nodes: readonly RenderedNode[]) => flat(nodes).filter((n) => n.label === QUOTE);

  it('marks a selection as a claim, sets a verdict, and writes the annotation file only when the article is saved', async () => {
    const file = copy('bridge.md');
    const editor = await open(file);
    const doc = editor.document;
    const annFile = `${file}.counterpoint.json`;
    assert.equal(api.annotations.fileFor(doc.uri)?.fsPath, annFile);
    // Unsaved changes: the annotation file waits for the save.
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), '\nUpdated at noon.\n'));
    const { start, end } = select(editor, QUOTE);
    bridgeId = (await vscode.commands.executeCommand<string>('counterpoint.markClaim'))!;
    assert.equal(bridgeId, 'n-0001');
    assert.equal(await vscode.commands.executeCommand('counterpoint.setVerdict', { annotationId: bridgeId }, 'Mostly false'), 'Mostly false');
    assert.equal(existsSync(annFile), false, 'no file before the article is saved');

    assert.equal(await doc.save(), true);
    await waitFor('the annotation file', () => existsSync(annFile));
    await api.annotations.idle();
    const text = doc.getText();
    const expected = {
      schema: 'counterpoint/annotations@1',
      article: 'bridge.md',
      annotations: [{
        id: 'n-0001',
        target: { type: 'mark', kind: 'claim' },
        selectors: {
          quote: { exact: QUOTE, prefix: text.slice(start - 32, start), suffix: text.slice(end, end + 32) },
          position: { start, end },
        },
        verdict: { label: 'Mostly false', rating: 2 },
        dismissed: false,
        links: [],
        created: T,
        modified: T,
      }],
    };
    const written = readFileSync(annFile, 'utf8');
    assert.deepEqual(JSON.parse(written), expected);
    assert.equal(written, JSON.stringify(expected, null, 2) + '\n', 'pretty-printed in the canonical key order');
    assert.equal(expected.annotations[0]!.selectors.quote.prefix, 'ity council said on Monday that ');
  });

  it('shows a mark on a claim the analysis found as that claim: listed once, the council\'s, with the mark\'s verdict in the sidebar, the highlights and the hover', async () => {
    const doc = vscode.window.activeTextEditor!.document;
    await waitFor('the marked claim in the claims view', () => bridgeNode(api.claimsTree()).some((n) => n.description === 'city council \u00B7 Mostly false'));
    assert.equal(bridgeNode(api.claimsTree()).length, 1, 'the mark and the claim the analysis found are one claim');
    const a = onlyAnnotation(api, doc.uri, bridgeId);
    const range = new vscode.Range(doc.positionAt(a.selectors.position.start), doc.positionAt(a.selectors.position.end));
    assert.ok((api.decoratedRanges(doc.uri).claim ?? []).some((r) => r.isEqual(range)), 'the mark is highlighted as a claim');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, range.start.translate(0, 3));
    const md = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(md, /_your mark_/);
    assert.match(md, /\*\*Verdict:\*\* Mostly false/);
  });

  it('moves the annotation exactly while the user types before it, and saves the new position', async () => {
    const editor = vscode.window.activeTextEditor!;
    const doc = editor.document;
    const before = onlyAnnotation(api, doc.uri, bridgeId).selectors.position;
    await editor.edit((b) => b.insert(new vscode.Position(2, 0), 'Breaking: '));
    let a = onlyAnnotation(api, doc.uri, bridgeId);
    assert.deepEqual(a.selectors.position, { start: before.start + 10, end: before.end + 10 });
    assert.equal(doc.getText().slice(a.selectors.position.start, a.selectors.position.end), QUOTE);
    // Typing right after it leaves it as it is (the new words stay outside); replacing text before it moves it by the difference.
    await editor.edit((b) => b.insert(doc.positionAt(a.selectors.position.end), ' (or April)'));
    await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(2)), '## '));
    a = onlyAnnotation(api, doc.uri, bridgeId);
    assert.deepEqual(a.selectors.position, { start: before.start + 11, end: before.end + 11 });
    assert.equal(doc.getText().slice(a.selectors.position.start, a.selectors.position.end), QUOTE);
    await doc.save();
    await api.annotations.idle();
    const saved = JSON.parse(readFileSync(`${copies['bridge.md']}.counterpoint.json`, 'utf8')) as AnnotationDocument;
    const s = saved.annotations[0]!.selectors;
    const text = doc.getText();
    assert.deepEqual(s.position, { start: before.start + 11, end: before.end + 11 });
    assert.deepEqual(s.quote, { exact: QUOTE, prefix: text.slice(s.position.start - 32, s.position.start), suffix: text.slice(s.position.end, s.position.end + 32) });
  });

  it('moves it exactly through one edit with several changes (multi-cursor), undone again', async () => {
    const editor = vscode.window.activeTextEditor!;
    const doc = editor.document;
    const before = onlyAnnotation(api, doc.uri, bridgeId).selectors.position;
    const original = doc.getText();
    await editor.edit((b) => {
      b.insert(doc.positionAt(0), 'AB');
      b.insert(doc.positionAt(before.start - 5), 'xyz');
      b.insert(doc.positionAt(before.end + 3), '1234');
    });
    const a = onlyAnnotation(api, doc.uri, bridgeId).selectors.position;
    assert.deepEqual(a, { start: before.start + 5, end: before.end + 5 });
    assert.equal(doc.getText().slice(a.start, a.end), QUOTE);
    await editor.edit((b) => {
      b.delete(new vscode.Range(doc.positionAt(a.end + 3), doc.positionAt(a.end + 7)));
      b.delete(new vscode.Range(doc.positionAt(a.start - 8), doc.positionAt(a.start - 5)));
      b.delete(new vscode.Range(doc.positionAt(0), doc.positionAt(2)));
    });
    assert.equal(doc.getText(), original);
    assert.deepEqual(onlyAnnotation(api, doc.uri, bridgeId).selectors.position, before);
  });

  it('dismisses a wrong finding: hidden, still hidden after re-analysis, shown again by the toggle', async () => {
    const doc = vscode.window.activeTextEditor!.document;
    // The analyser finds the claim the contractor denies; its exact extent is the analyser's business.
    const claim = api.claimsTree().find((n) => n.label.includes('behind schedule') && n.id.startsWith('claim:'));
    assert.ok(claim, 'the analyser finds the contractor\'s denied claim');
    const label = claim.label;
    const findingId = claim.id.slice('claim:'.length);
    const detected = (await api.whenAnalyzed(doc)).claims.find((c) => c.id === findingId)!;
    // As from the claims view's context menu: the node, then the selected nodes.
    const node = { id: claim.id, findingId, type: 'claim' };
    assert.equal(await vscode.commands.executeCommand('counterpoint.dismiss', node, [node]), true);
    const labels = () => api.claimsTree().map((n) => n.label);
    assert.ok(!labels().includes(label));
    await vscode.commands.executeCommand('counterpoint.refresh');
    await api.whenAnalyzed(doc);
    assert.ok(!labels().includes(label), 'still hidden after a fresh analysis');
    assert.ok(!(api.decoratedRanges(doc.uri).claim ?? []).some((r) => doc.getText(r) === detected.span.text), 'not highlighted');
    await vscode.commands.executeCommand('counterpoint.toggleDismissed', true);
    await waitFor('the dismissed claim shown', () => labels().includes(label));
    assert.match(api.claimsTree().find((n) => n.label === label)!.description ?? '', / \u00B7 Dismissed$/);
    await vscode.commands.executeCommand('counterpoint.toggleDismissed', false);
    await waitFor('the dismissed claim hidden', () => !labels().includes(label));
    await doc.save();
    await api.annotations.idle();
    const saved = JSON.parse(readFileSync(`${copies['bridge.md']}.counterpoint.json`, 'utf8')) as AnnotationDocument;
    const d = saved.annotations.find((x) => x.target.type === 'finding')!;
    assert.deepEqual([d.target, d.dismissed, d.selectors.quote.exact, d.selectors.position],
      [{ type: 'finding', kind: 'claim', findingId }, true, detected.span.text, { start: detected.span.start, end: detected.span.end }]);
  });

  it('links a marked denial as a counter-claim of a claim and adds a note', async () => {
    const editor = vscode.window.activeTextEditor!;
    const doc = editor.document;
    select(editor, 'shop owners report fewer customers');
    const denial = (await vscode.commands.executeCommand<string>('counterpoint.markDenial'))!;
    const claimId = onlyAnnotation(api, doc.uri, bridgeId).id;
    // (given by the mark's id, the claim is the one the mark is shown as: the link goes to the mark)
    const linked = await vscode.commands.executeCommand<string>('counterpoint.linkCounterClaim', { annotationId: denial }, claimId);
    assert.match(linked, /^c-/);
    assert.ok(bridgeNode(api.claimsTree())[0]!.id.endsWith(`claim:${linked}`));
    assert.equal(await vscode.commands.executeCommand('counterpoint.addNote', { annotationId: bridgeId }, 'The council minutes say May.'), 'The council minutes say May.');
    const node = bridgeNode(api.claimsTree())[0]!;
    // (the claim the analysis found lists its attribution too)
    assert.deepEqual(node.children.map((c) => [c.label, c.description]), [['shop owners report fewer customers', 'denies \u00B7 the article'], ['The city council \u2014 said', 'attribution']]);
    assert.deepEqual(onlyAnnotation(api, doc.uri, bridgeId).links, [{ to: denial, relation: 'denies' }]);
    assert.equal(onlyAnnotation(api, doc.uri, bridgeId).note, 'The council minutes say May.');
  });

  it('keeps a verdict set at the cursor on a detected finding when the analysis runs again after the text moved', async () => {
    const editor = vscode.window.activeTextEditor!;
    const doc = editor.document;
    // The analyser decides the claim's exact extent and claimant; the test only relies on these words being in it.
    const words = 'repairs had cost 4 million euros so far';
    const { start } = select(editor, words);
    editor.selection = new vscode.Selection(doc.positionAt(start + 3), doc.positionAt(start + 3));
    assert.equal(await vscode.commands.executeCommand('counterpoint.setVerdict', undefined, 'True'), 'True');
    const node = () => api.claimsTree().find((n) => n.label.includes(words));
    assert.match(node()?.description ?? '', / \u00B7 True$/);
    const ann = api.annotations.document(doc.uri)!.annotations.find((a) => a.verdict?.label === 'True')!;
    assert.equal(ann.target.type, 'finding');
    assert.ok(ann.selectors.quote.exact.includes(words));
    const before = ann.selectors.position;
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), '\nA new first paragraph about the weather.\n'));
    await api.whenAnalyzed(doc);
    await waitFor('the verdict after re-analysis', () => / \u00B7 True$/.test(node()?.description ?? ''));
    const moved = onlyAnnotation(api, doc.uri, ann.id);
    assert.deepEqual(moved.selectors.position, { start: before.start + 42, end: before.end + 42 });
    assert.equal(doc.getText().slice(moved.selectors.position.start, moved.selectors.position.end), ann.selectors.quote.exact);
  });

  it('makes an orphan of an annotation whose words are deleted, and brings it back when they return', async () => {
    const editor = vscode.window.activeTextEditor!;
    const doc = editor.document;
    const words = 'shop owners report fewer customers';
    const { start, end } = select(editor, words);
    const id = api.annotations.document(doc.uri)!.annotations.find((a) => a.target.type === 'mark' && a.target.kind === 'denial')!.id;
    assert.deepEqual(onlyAnnotation(api, doc.uri, id).selectors.position, { start, end });
    await editor.edit((b) => b.delete(editor.selection));
    assert.deepEqual(api.annotations.orphans(doc.uri), [id]);
    await api.whenAnalyzed(doc);
    await waitFor('the orphan listed', () => api.claimsTree().some((n) => n.label === 'Orphaned annotations'));
    assert.deepEqual(bridgeNode(api.claimsTree())[0]!.children.map((c) => c.description), ['attribution'], 'its link is gone from the view while it is an orphan');
    await editor.edit((b) => b.insert(doc.positionAt(start), words));
    await api.whenAnalyzed(doc);
    assert.deepEqual(api.annotations.orphans(doc.uri), []);
    assert.deepEqual(onlyAnnotation(api, doc.uri, id).selectors.position, { start, end });
    await waitFor('the link back', () => bridgeNode(api.claimsTree())[0]!.children.length === 2);
  });

  it('exports the article in every format to the file given', async () => {
    const doc = vscode.window.activeTextEditor!.document;
    mkdirSync(path.join(dir, 'exports'), { recursive: true });
    const out = (f: string) => path.join(dir, 'exports', f);
    await setSetting('export.reviewer', 'Ada Checker');
    for (const [format, name] of [['json', 'a.json'], ['w3c', 'a.jsonld'], ['claimreview', 'b.jsonld'], ['csv', 'a.csv'], ['markdown', 'a.md']] as const) {
      const target = await vscode.commands.executeCommand<vscode.Uri>('counterpoint.exportAnnotations', format, out(name));
      assert.equal(target?.fsPath, out(name), format);
    }
    const mem = api.annotations.document(doc.uri)!;
    const json = JSON.parse(readFileSync(out('a.json'), 'utf8'));
    assert.equal(json.schema, 'counterpoint/export@1');
    assert.equal(json.articles.length, 1);
    assert.equal(json.articles[0].path, `${rel}/bridge.md`);
    assert.deepEqual(json.articles[0].annotations.annotations.map((a: { id: string }) => a.id), mem.annotations.map((a) => a.id));
    assert.deepEqual(json.articles[0].annotations.annotations.find((a: { id: string }) => a.id === bridgeId).verdict, { label: 'Mostly false', rating: 2 });

    const w3c = JSON.parse(readFileSync(out('a.jsonld'), 'utf8'));
    assert.equal(w3c['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(w3c.type, 'AnnotationCollection');
    const items = w3c.first?.items ?? w3c.items;
    const assessed = items.find((i: { target: { selector: { type: string; exact?: string }[] } }) => i.target.selector.some((s) => s.type === 'TextQuoteSelector' && s.exact === QUOTE));
    assert.ok(assessed, 'the mark is an Annotation with its TextQuoteSelector');
    assert.ok([assessed.motivation].flat().includes('assessing'));
    assert.ok(assessed.target.selector.some((s: { type: string }) => s.type === 'TextPositionSelector'));

    const reviews = JSON.parse(readFileSync(out('b.jsonld'), 'utf8'));
    assert.deepEqual([reviews].flat().map((r: { author: unknown }) => r.author), [reviews].flat().map(() => ({ '@type': 'Person', name: 'Ada Checker' })));
    const review = [reviews].flat().find((r: { claimReviewed: string }) => r.claimReviewed === QUOTE);
    assert.equal(review['@type'], 'ClaimReview');
    assert.equal(review.reviewRating.alternateName, 'Mostly false');
    assert.deepEqual([review.reviewRating.ratingValue, review.reviewRating.bestRating, review.reviewRating.worstRating], [2, 6, 1]);
    assert.equal(review.itemReviewed['@type'], 'Claim');

    const rows = parseCsv(readFileSync(out('a.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const header = (parseCsv(readFileSync(out('a.csv'), 'utf8')) as string[][])[0];
    assert.deepEqual(header, [...CSV_COLUMNS]);
    // (one row: the claim the analysis found, the city council's, with the verdict and note of the user's mark on it)
    const marked = rows.filter((r) => r.text === QUOTE);
    assert.deepEqual(marked.map((row) => [row.kind, row.origin, row.speaker, row.verdict, row.rating, row.note]), [['claim', 'analysis', 'city council', 'Mostly false', '2', 'The council minutes say May.']]);

    const report = readFileSync(out('a.md'), 'utf8');
    assert.ok(report.includes('Mostly false'));
    assert.ok(report.includes('The council minutes say May.'));
    assert.ok(report.includes('shop owners report fewer customers'));
  });

  it('finds the annotations on the same words after the article is closed, rewritten on disk and reopened; lost text makes an orphan', async () => {
    const file = copy('ferry.txt');
    let editor = await open(file);
    const keep = 'the crossings were half empty after dark';
    const lose = 'the figures were counted on the wrong days';
    select(editor, keep);
    const keptId = (await vscode.commands.executeCommand<string>('counterpoint.markClaim', undefined))!;
    await vscode.commands.executeCommand('counterpoint.addNote', { annotationId: keptId }, 'Check the passenger counts.');
    select(editor, lose);
    const lostId = (await vscode.commands.executeCommand<string>('counterpoint.markClaim'))!;
    await api.annotations.idle();
    assert.ok(existsSync(`${file}.counterpoint.json`), 'written at once: the article had no unsaved changes');
    await closeAll();

    const rewritten = [
      'Ferry timetable cut for the winter',
      '',
      'Update: the authority will review the decision in spring.',
      '',
      'On Friday the harbour authority announced that the evening ferry will stop running from November. Captain Ines Vale, who has skippered the route for ten years, said the crossings were half empty after dark.',
      '',
      'The islanders\' association rejected the claim that the boats were half empty.',
      '',
    ].join('\n');
    writeFileSync(file, rewritten);
    editor = await open(file);
    const doc = editor.document;
    await waitFor('the rewritten text', () => doc.getText() === rewritten, 10_000);
    await waitFor('the annotation on the same words', () => {
      const a = api.annotations.document(doc.uri)?.annotations.find((x) => x.id === keptId);
      return !!a && doc.getText().slice(a.selectors.position.start, a.selectors.position.end) === keep && api.annotations.orphans(doc.uri).includes(lostId);
    }, 10_000);
    const a = onlyAnnotation(api, doc.uri, keptId);
    assert.equal(a.selectors.position.start, rewritten.indexOf(keep));
    assert.equal(a.note, 'Check the passenger counts.');
    assert.deepEqual(api.annotations.orphans(doc.uri), [lostId]);
    await waitFor('the orphan in the claims view', () => api.claimsTree().some((n) => n.label === 'Orphaned annotations'));
    const group = api.claimsTree().find((n) => n.label === 'Orphaned annotations')!;
    assert.deepEqual(group.children.map((c) => [c.id, c.label]), [[`orphan:${lostId}`, lose]]);

    // Re-attached to a selection, it is a claim again; removing it deletes it for good.
    const { start, end } = select(editor, 'the boats were half empty');
    assert.equal(await vscode.commands.executeCommand('counterpoint.reattach', { id: `orphan:${lostId}` }), lostId);
    assert.deepEqual(api.annotations.orphans(doc.uri), []);
    assert.deepEqual(onlyAnnotation(api, doc.uri, lostId).selectors.position, { start, end });
    assert.ok(!api.claimsTree().some((n) => n.label === 'Orphaned annotations'));
    assert.equal(await vscode.commands.executeCommand('counterpoint.removeAnnotation', { annotationId: lostId }), lostId);
    await api.annotations.idle();
    const saved = JSON.parse(readFileSync(`${file}.counterpoint.json`, 'utf8')) as AnnotationDocument;
    assert.deepEqual(saved.annotations.map((x) => [x.id, x.selectors.quote.exact, x.selectors.position.start]), [[keptId, keep, rewritten.indexOf(keep)]]);
  });

  it('keeps the annotations made in an article closed without saving, anchored to the text on disk (words only in the discarded edit kept as an orphan)', async () => {
    const file = copy('ferry.txt', 'discarded.txt');
    const onDisk = readFileSync(file, 'utf8');
    const editor = await open(file);
    const doc = editor.document;
    const added = 'Breaking: the night ferry was sold to a private operator.\n\n';
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), added));
    const keep = 'the crossings were half empty after dark';
    select(editor, keep);
    const keptId = (await vscode.commands.executeCommand<string>('counterpoint.markClaim'))!;
    await vscode.commands.executeCommand('counterpoint.addNote', { annotationId: keptId }, 'Ask the operator for counts.');
    select(editor, 'sold to a private operator');
    const goneId = (await vscode.commands.executeCommand<string>('counterpoint.markClaim'))!;
    await api.annotations.idle();
    const annFile = `${file}.counterpoint.json`;
    assert.equal(existsSync(annFile), false, 'nothing written while the article has unsaved changes');
    assert.equal(doc.isDirty, true);

    // Close, discarding the article's edit: the annotations must not be lost with it.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the annotation file', () => existsSync(annFile), 10_000);
    await api.annotations.idle();
    assert.equal(readFileSync(file, 'utf8'), onDisk, 'the article on disk is as it was');
    const saved = JSON.parse(readFileSync(annFile, 'utf8')) as AnnotationDocument;
    const start = onDisk.indexOf(keep);
    assert.deepEqual(saved.annotations.map((a) => [a.id, a.selectors.quote.exact, a.selectors.position.start, a.selectors.position.end, a.note ?? null]), [
      [keptId, keep, start, start + keep.length, 'Ask the operator for counts.'],
      [goneId, 'sold to a private operator', added.indexOf('sold'), added.indexOf('sold') + 'sold to a private operator'.length, null],
    ]);

    // Reopened: the first is on its words, the second is listed as an orphan.
    const again = await open(file);
    await waitFor('the orphan', () => api.annotations.orphans(again.document.uri).includes(goneId), 10_000);
    assert.deepEqual(api.annotations.orphans(again.document.uri), [goneId]);
    const a = onlyAnnotation(api, again.document.uri, keptId);
    assert.equal(again.document.getText().slice(a.selectors.position.start, a.selectors.position.end), keep);
    await closeAll();
    rmSync(annFile);
    rmSync(file);
  });

  it('leaves a corrupt annotation file byte for byte untouched, says so with its name, and the article still works', async () => {
    const file = copy('bridge.md', 'corrupt.md');
    const annFile = `${file}.counterpoint.json`;
    const bytes = '{ "schema": "counterpoint/annotations@1", "annotations": [ { "id": "n-1", \n';
    writeFileSync(annFile, bytes);
    const seen = api.annotations.messages().length;
    const editor = await open(file);
    const doc = editor.document;
    await waitFor('the error message', () => api.annotations.messages().slice(seen).some((m) => m.level === 'error' && m.text.includes(`${rel}/corrupt.md.counterpoint.json`)));
    assert.match(api.annotations.fileError(doc.uri) ?? '', /^corrupt annotation file: \$: not valid JSON/);
    assert.ok((await api.whenAnalyzed(doc)).claims.length > 0, 'the article is still analysed');
    // Marking and saving do not overwrite it.
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), '\nMore.\n'));
    select(editor, QUOTE);
    const id = await vscode.commands.executeCommand<string>('counterpoint.markClaim');
    assert.ok(id);
    await doc.save();
    await api.annotations.idle();
    assert.equal(readFileSync(annFile, 'utf8'), bytes);
    assert.ok(api.annotations.messages().filter((m) => m.text.includes('corrupt.md.counterpoint.json')).length >= 2, 'told again when saving');
    // "Keep a backup and start fresh": the old bytes move aside, the new file holds the mark.
    const backup = await api.annotations.backupAndStartFresh(doc.uri);
    await api.annotations.idle();
    assert.ok(backup && backup.fsPath.startsWith(`${annFile}.backup-`));
    assert.equal(readFileSync(backup.fsPath, 'utf8'), bytes);
    const fresh = JSON.parse(readFileSync(annFile, 'utf8')) as AnnotationDocument;
    assert.deepEqual(fresh.annotations.map((a) => [a.id, a.selectors.quote.exact]), [[id, QUOTE]]);
  });

  it('does not overwrite an annotation file of a newer schema or another program', async () => {
    for (const [name, bytes, why] of [
      ['newer.md', '{\n  "schema": "counterpoint/annotations@2",\n  "annotations": []\n}\n', /newer Counterpoint/],
      ['foreign.md', '{"title": "my notes"}', /not a Counterpoint annotation file/],
    ] as const) {
      const file = copy('bridge.md', name);
      writeFileSync(`${file}.counterpoint.json`, bytes);
      const editor = await open(file);
      await waitFor(`the message about ${name}`, () => api.annotations.messages().some((m) => m.text.includes(`${name}.counterpoint.json`) && why.test(m.text)));
      select(editor, QUOTE);
      await vscode.commands.executeCommand('counterpoint.markClaim');
      await editor.document.save();
      await api.annotations.idle();
      assert.equal(readFileSync(`${file}.counterpoint.json`, 'utf8'), bytes, name);
    }
  });

  it('exports every article of the workspace (a glob), skipping none that can be read', async () => {
    const target = path.join(dir, 'workspace.json');
    const result = await vscode.commands.executeCommand<{ articles: string[]; skipped: string[] }>('counterpoint.exportWorkspace', 'json', target, `${rel}/*.{md,txt}`);
    assert.ok(result);
    assert.deepEqual(result.articles, [`${rel}/bridge.md`, `${rel}/corrupt.md`, `${rel}/ferry.txt`]);
    assert.equal(result.skipped.length, 2, result.skipped.join('; '));
    assert.ok(result.skipped.every((s) => /(newer|foreign)\.md\.counterpoint\.json/.test(s)));
    const json = JSON.parse(readFileSync(target, 'utf8'));
    assert.deepEqual(json.articles.map((a: { path: string }) => a.path), result.articles);
    const ferry = json.articles[2];
    assert.equal(ferry.annotations.annotations[0].note, 'Check the passenger counts.');
  });

  it('moves the annotation file when the article is renamed in VS Code', async () => {
    const from = vscode.Uri.file(copies['ferry.txt']!);
    const to = vscode.Uri.file(path.join(dir, 'ferry-renamed.txt'));
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(from, to);
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    await waitFor('the moved annotation file', () => existsSync(`${to.fsPath}.counterpoint.json`) && !existsSync(`${from.fsPath}.counterpoint.json`), 10_000);
    await waitFor('the new name in the moved file', () => (JSON.parse(readFileSync(`${to.fsPath}.counterpoint.json`, 'utf8')) as AnnotationDocument).article === 'ferry-renamed.txt', 10_000);
    const moved = JSON.parse(readFileSync(`${to.fsPath}.counterpoint.json`, 'utf8')) as AnnotationDocument;
    assert.equal(moved.annotations[0]!.note, 'Check the passenger counts.');
  });

  it('keeps the annotations of an article renamed with unsaved changes, and writes them beside the new name on save', async () => {
    const file = copy('bridge.md', 'unsaved-rename.md');
    const editor = await open(file);
    const added = 'Late update: the council will vote again in May.\n\n';
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), added));
    select(editor, QUOTE);
    const id = (await vscode.commands.executeCommand<string>('counterpoint.markClaim'))!;
    select(editor, 'the council will vote again in May');
    const lateId = (await vscode.commands.executeCommand<string>('counterpoint.markClaim'))!;
    await api.annotations.idle();
    assert.equal(existsSync(`${file}.counterpoint.json`), false, 'nothing written while the article has unsaved changes');

    const to = vscode.Uri.file(path.join(dir, 'unsaved-renamed.md'));
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(vscode.Uri.file(file), to);
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    const renamed = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === to.toString() && d.isDirty && d.getText().startsWith(added));
    await waitFor('the renamed article, still with its unsaved edit', () => renamed() !== undefined, 10_000);
    const doc = renamed()!;
    await api.annotations.idle();
    assert.deepEqual(api.annotations.document(to)?.annotations.map((a) => a.id), [id, lateId], 'the annotations followed the article');
    assert.equal(await doc.save(), true);
    const annFile = `${to.fsPath}.counterpoint.json`;
    await waitFor('the annotation file beside the new name', () => existsSync(annFile), 10_000);
    await api.annotations.idle();
    const saved = JSON.parse(readFileSync(annFile, 'utf8')) as AnnotationDocument;
    const text = readFileSync(to.fsPath, 'utf8');
    assert.deepEqual(saved.annotations.map((a) => [a.id, text.slice(a.selectors.position.start, a.selectors.position.end)]), [[id, QUOTE], [lateId, 'the council will vote again in May']]);
    assert.equal(saved.article, 'unsaved-renamed.md');
    assert.equal(existsSync(`${file}.counterpoint.json`), false, 'no annotation file under the old name');
    await closeAll();
    rmSync(annFile);
    rmSync(to.fsPath);
  });

  it('keeps annotation files under .counterpoint/ at the workspace root with that setting, and warns about an unknown value', async () => {
    await setSetting('annotations.location', 'nowhere');
    await waitFor('the setting warning', () => api.annotations.messages().some((m) => m.level === 'warning' && m.text.includes('"nowhere"') && m.text.includes('counterpoint.annotations.location')));
    await setSetting('annotations.location', 'workspaceFolder');
    const file = copy('ferry.txt', 'folder.txt');
    const editor = await open(file);
    const workspace = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    const expected = path.join(workspace, '.counterpoint', ...rel.split('/'), 'folder.txt.counterpoint.json');
    assert.equal(api.annotations.fileFor(editor.document.uri)?.fsPath, expected);
    select(editor, 'the evening ferry will stop running from November');
    const id = await vscode.commands.executeCommand<string>('counterpoint.markClaim');
    await api.annotations.idle();
    const doc = JSON.parse(readFileSync(expected, 'utf8')) as AnnotationDocument;
    assert.equal(serializeDocument(doc), readFileSync(expected, 'utf8'));
    assert.deepEqual(doc.annotations.map((a) => a.id), [id]);
    assert.equal(existsSync(`${file}.counterpoint.json`), false);

    // An article annotated before the setting changed: its file beside it is read, and moved on the next write.
    const legacy = copy('ferry.txt', 'legacy.txt');
    const text = readFileSync(legacy, 'utf8');
    const words = 'the crossings were half empty after dark';
    const old = createMark(emptyDocument('legacy.txt'), { kind: 'claim', start: text.indexOf(words), end: text.indexOf(words) + words.length }, text, sequentialContext(T, 'n-b'));
    writeFileSync(`${legacy}.counterpoint.json`, serializeDocument(old.doc));
    const e2 = await open(legacy);
    assert.deepEqual(api.annotations.document(e2.document.uri)?.annotations.map((a) => a.id), [old.annotation.id]);
    select(e2, 'the evening ferry will stop running from November');
    const added = await vscode.commands.executeCommand<string>('counterpoint.markClaim');
    await api.annotations.idle();
    const movedTo = path.join(workspace, '.counterpoint', ...rel.split('/'), 'legacy.txt.counterpoint.json');
    assert.deepEqual((JSON.parse(readFileSync(movedTo, 'utf8')) as AnnotationDocument).annotations.map((a) => a.id).sort(), [old.annotation.id, added].sort());
    assert.equal(existsSync(`${legacy}.counterpoint.json`), false, 'the old file is gone once its annotations are in the new one');
  });
});
