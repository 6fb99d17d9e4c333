/**
 * The annotation commands. Each takes optional arguments so that a test (or a keybinding with `args`) runs it
 * without any UI: a target (a sidebar node, `{ findingId }`, `{ annotationId }`, or nothing for the finding at
 * the cursor) and the value the quick pick or input box would ask for.
 */
import * as vscode from 'vscode';
import {
  annotateFinding, createMark, dismiss, findAnnotation, findFindingAnnotation, linkCounter, makeVerdict, reattach, removeAnnotation, updateAnnotation,
  type AnnotationDocument, type AnnotationPatch, type FindingKind, type ModelContext, type TargetRef,
} from '../../core/annotations';
import type { ActiveArticle } from '../activeArticle';
import type { Command } from '../commands/commandManager';
import { COMMAND_IDS } from '../commands/ids';
import type { DocumentAnalysisService } from '../documentAnalysis';
import type { Finding } from '../model/findings';
import { kindLabel, shorten, whoLabel } from '../model/labels';
import type { AnnotationStore } from './store';
import { CUSTOM_VERDICT, verdictChoices } from './verdicts';

/** What a command acts on: an annotation (a mark, an orphan) or a detected finding. */
export type Target = { annotationId: string; finding?: Finding } | { finding: Finding };

export interface Article {
  editor: vscode.TextEditor;
  document: vscode.TextDocument;
}

/** The article a command works on: the active editor when it is an article, else the one the sidebar shows. */
export function currentArticle(service: DocumentAnalysisService, active: ActiveArticle): Article | undefined {
  const e = vscode.window.activeTextEditor;
  const editor = e && service.isSupported(e.document) ? e : active.textEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Counterpoint: open a Markdown or plain-text article first.');
    return undefined;
  }
  return { editor, document: editor.document };
}

function str(o: unknown, key: string): string | undefined {
  return o && typeof o === 'object' && typeof (o as Record<string, unknown>)[key] === 'string' ? (o as Record<string, string>)[key] : undefined;
}

/** Resolves a command's target argument (or the cursor) against the article's current findings. */
export async function resolveTarget(service: DocumentAnalysisService, store: AnnotationStore, article: Article, given: unknown): Promise<Target | undefined> {
  // The editor's context menu passes the document's URI: that means the cursor.
  const arg = given instanceof vscode.Uri ? undefined : given;
  const r = await service.forCommand(article.document);
  const annotationId = typeof arg === 'string' && arg.startsWith('n-') ? arg : str(arg, 'annotationId') ?? (str(arg, 'id')?.startsWith('orphan:') ? str(arg, 'id')!.slice('orphan:'.length) : undefined);
  if (annotationId) return { annotationId };
  const findingId = typeof arg === 'string' ? arg : str(arg, 'findingId');
  if (findingId) {
    const f = r?.index.get(findingId);
    if (f) return targetOf(store, article.document.uri, f);
    // A dismissed finding is not in the index while dismissed ones are hidden: its annotation still is.
    const eff = store.state(article.document.uri)?.merged?.findings.find((x) => x.id === findingId);
    return eff?.annotationId ? { annotationId: eff.annotationId } : undefined;
  }
  if (!r) return undefined;
  const sel = article.editor.selection;
  const start = article.document.offsetAt(sel.start);
  const end = article.document.offsetAt(sel.end);
  const exact = r.index.all.find((f) => f.start === start && f.end === end);
  const f = exact ?? r.index.at(start)[0];
  if (!f) return undefined;
  return targetOf(store, article.document.uri, f);
}

/**
 * What a command on a finding of the views acts on: a mark is its annotation, and so is a detected finding the
 * user marked too (`Finding.marked`: a verdict given there goes to the mark, not to a second annotation).
 */
function targetOf(store: AnnotationStore, uri: vscode.Uri, f: Finding): Target {
  if (f.origin === 'user') return { annotationId: f.id, finding: f };
  const eff = f.marked ? store.state(uri)?.merged?.findings.find((x) => x.id === f.id) : undefined;
  return eff?.annotationId !== undefined ? { annotationId: eff.annotationId, finding: f } : { finding: f };
}

function ref(t: Target): TargetRef {
  return 'annotationId' in t ? { annotationId: t.annotationId } : { finding: { findingId: t.finding.id, kind: t.finding.kind, start: t.finding.start, end: t.finding.end } };
}

/** Applies a patch to the target: the annotation itself, or the finding's annotation (created on first use). */
export function patchTarget(doc: AnnotationDocument, t: Target, patch: AnnotationPatch, text: string, ctx: ModelContext): AnnotationDocument {
  if ('annotationId' in t) return updateAnnotation(doc, t.annotationId, patch, ctx);
  return annotateFinding(doc, { findingId: t.finding.id, kind: t.finding.kind, start: t.finding.start, end: t.finding.end }, text, ctx, patch).doc;
}

/** The annotation the target has, if any. */
function annotationOf(doc: AnnotationDocument, t: Target) {
  return 'annotationId' in t ? findAnnotation(doc, t.annotationId) : findFindingAnnotation(doc, t.finding.id);
}

abstract class AnnotationCommand {
  constructor(protected readonly service: DocumentAnalysisService, protected readonly active: ActiveArticle, protected readonly store: AnnotationStore) {}

  protected async target(article: Article, arg: unknown): Promise<Target | undefined> {
    const t = await resolveTarget(this.service, this.store, article, arg);
    if (!t) void vscode.window.showInformationMessage('Counterpoint: put the cursor on a claim, attribution, denial or mark (or use the sidebar\'s context menu).');
    return t;
  }
}

interface MarkArgs {
  start?: number;
  end?: number;
  verdict?: string;
  note?: string;
}

abstract class MarkCommand extends AnnotationCommand {
  protected abstract readonly kind: FindingKind;

  /** `args`: `{ start, end }` offsets instead of the selection; optional `verdict` and `note`. Returns the new annotation id. */
  async execute(args?: MarkArgs): Promise<string | undefined> {
    const article = currentArticle(this.service, this.active);
    if (!article) return undefined;
    const doc = article.document;
    const start = typeof args?.start === 'number' ? args.start : doc.offsetAt(article.editor.selection.start);
    const end = typeof args?.end === 'number' ? args.end : doc.offsetAt(article.editor.selection.end);
    if (!(end > start) || start < 0 || end > doc.getText().length || doc.getText(new vscode.Range(doc.positionAt(start), doc.positionAt(end))).trim() === '') {
      void vscode.window.showInformationMessage(`Counterpoint: select the words to mark as ${this.kind === 'attribution' ? 'an attribution' : `a ${this.kind}`} first.`);
      return undefined;
    }
    const patch: AnnotationPatch = {};
    if (typeof args?.verdict === 'string' && args.verdict.trim() !== '') patch.verdict = makeVerdict(args.verdict);
    if (typeof args?.note === 'string' && args.note !== '') patch.note = args.note;
    let id: string | undefined;
    await this.store.mutate(doc, (d, text, ctx) => {
      const created = createMark(d, { kind: this.kind, start, end }, text, ctx, patch);
      id = created.annotation.id;
      return created.doc;
    });
    return id;
  }
}

export class MarkClaimCommand extends MarkCommand implements Command {
  readonly id = COMMAND_IDS.markClaim;
  protected readonly kind = 'claim';
}

export class MarkAttributionCommand extends MarkCommand implements Command {
  readonly id = COMMAND_IDS.markAttribution;
  protected readonly kind = 'attribution';
}

export class MarkDenialCommand extends MarkCommand implements Command {
  readonly id = COMMAND_IDS.markDenial;
  protected readonly kind = 'denial';
}

export class SetVerdictCommand extends AnnotationCommand implements Command {
  readonly id = COMMAND_IDS.setVerdict;

  /** `verdict`: a standard or custom label (null clears); `rating` (1-6) for a custom label. Returns the verdict set. */
  async execute(target?: unknown, verdict?: unknown, rating?: unknown): Promise<string | null | undefined> {
    const article = currentArticle(this.service, this.active);
    if (!article) return undefined;
    const t = await this.target(article, target);
    if (!t) return undefined;
    // From a view's context menu the second argument is the list of selected nodes: only a string or null is a verdict.
    let label: string | null | undefined = typeof verdict === 'string' || verdict === null ? verdict : undefined;
    if (label === undefined) {
      const state = await this.store.ready(article.document);
      const current = state && annotationOf(state.doc, t)?.verdict?.label;
      const items = [...verdictChoices(current), ...(current ? [{ label: 'Clear verdict', description: `(remove "${current}")` }] : [])];
      const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Verdict on this claim' });
      if (!picked) return undefined;
      if (picked.label === CUSTOM_VERDICT) {
        label = await vscode.window.showInputBox({ prompt: 'Custom verdict label', validateInput: (v) => (v.trim() === '' ? 'A verdict needs a label' : undefined) });
        if (!label) return undefined;
      } else {
        label = picked.label === 'Clear verdict' ? null : picked.label;
      }
    }
    let value: ReturnType<typeof makeVerdict> | null;
    try {
      value = label === null ? null : makeVerdict(label, typeof rating === 'number' ? rating : undefined);
    } catch (e) {
      void vscode.window.showErrorMessage(`Counterpoint: ${(e as Error).message}`);
      return undefined;
    }
    await this.store.mutate(article.document, (d, text, ctx) => patchTarget(d, t, { verdict: value }, text, ctx));
    return value === null ? null : value.label;
  }
}

export class AddNoteCommand extends AnnotationCommand implements Command {
  readonly id = COMMAND_IDS.addNote;

  /** `note`: the note's text ('' removes it). Returns the note set. */
  async execute(target?: unknown, note?: unknown): Promise<string | undefined> {
    const article = currentArticle(this.service, this.active);
    if (!article) return undefined;
    const t = await this.target(article, target);
    if (!t) return undefined;
    let text = typeof note === 'string' ? note : undefined;
    if (text === undefined) {
      const state = await this.store.ready(article.document);
      text = await vscode.window.showInputBox({ prompt: 'Note (leave empty to remove the note)', value: (state && annotationOf(state.doc, t)?.note) ?? '' });
      if (text === undefined) return undefined;
    }
    await this.store.mutate(article.document, (d, body, ctx) => patchTarget(d, t, { note: text }, body, ctx));
    return text;
  }
}

export class DismissCommand extends AnnotationCommand implements Command {
  readonly id = COMMAND_IDS.dismiss;

  /** Hides a wrong finding (it stays hidden after re-analysis); `dismissed: false` brings it back. */
  async execute(target?: unknown, undo?: unknown): Promise<boolean | undefined> {
    const dismissed = undo !== false;
    const article = currentArticle(this.service, this.active);
    if (!article) return undefined;
    const t = await this.target(article, target);
    if (!t) return undefined;
    await this.store.mutate(article.document, (d, text, ctx) =>
      'annotationId' in t ? dismiss(d, t.annotationId, ctx, dismissed) : patchTarget(d, t, { dismissed }, text, ctx));
    return dismissed;
  }
}

export class ToggleDismissedCommand implements Command {
  readonly id = COMMAND_IDS.toggleDismissed;
  constructor(private readonly store: AnnotationStore) {}

  /** Shows or hides dismissed findings (`show` sets it directly). Returns whether they are shown. */
  execute(show?: unknown): boolean {
    const next = typeof show === 'boolean' ? show : !this.store.showDismissed;
    this.store.setShowDismissed(next);
    vscode.window.setStatusBarMessage(`Counterpoint: dismissed findings ${next ? 'shown' : 'hidden'}`, 2000);
    return next;
  }
}

export class RemoveAnnotationCommand extends AnnotationCommand implements Command {
  readonly id = COMMAND_IDS.removeAnnotation;

  /** Removes the user's annotation (a mark, or the verdict/note/dismissal/links on a finding). Returns the removed id. */
  async execute(target?: unknown): Promise<string | undefined> {
    const article = currentArticle(this.service, this.active);
    if (!article) return undefined;
    const t = await this.target(article, target);
    if (!t) return undefined;
    const state = await this.store.ready(article.document);
    const a = state && annotationOf(state.doc, t);
    if (!a) {
      void vscode.window.showInformationMessage('Counterpoint: this finding has no annotation of yours to remove.');
      return undefined;
    }
    await this.store.mutate(article.document, (d, _text, ctx) => removeAnnotation(d, a.id, ctx));
    return a.id;
  }
}

export class LinkCounterClaimCommand extends AnnotationCommand implements Command {
  readonly id = COMMAND_IDS.linkCounterClaim;

  /**
   * Links the target (the finding at the cursor, a sidebar node; a selection that is no finding becomes a claim
   * mark) as a counter-claim of a claim: `claimId` (a finding or mark id), or chosen from a quick pick.
   */
  async execute(counter?: unknown, claimArg?: unknown): Promise<string | undefined> {
    const claimId = typeof claimArg === 'string' ? claimArg : undefined;
    const article = currentArticle(this.service, this.active);
    if (!article) return undefined;
    const doc = article.document;
    let t = await resolveTarget(this.service, this.store, article, counter);
    const sel = article.editor.selection;
    if ((counter === undefined || counter instanceof vscode.Uri) && !sel.isEmpty) {
      const start = doc.offsetAt(sel.start);
      const end = doc.offsetAt(sel.end);
      const f = t && ('finding' in t ? t.finding : undefined);
      if (!f || f.start !== start || f.end !== end) {
        const id = await new MarkClaimCommand(this.service, this.active, this.store).execute({ start, end });
        if (!id) return undefined;
        t = { annotationId: id };
      }
    }
    if (!t) {
      void vscode.window.showInformationMessage('Counterpoint: select the counter-claim (or put the cursor on a denial or claim) first.');
      return undefined;
    }
    const r = await this.service.forCommand(doc);
    if (!r) return undefined;
    const selfId = t.finding?.id ?? ('annotationId' in t ? t.annotationId : '');
    // (a claim given by the id of the user's mark on it: the finding the mark is shown as)
    const markedAs = claimId !== undefined ? this.store.state(doc.uri)?.merged?.findings.find((f) => f.marked && f.annotationId === claimId) : undefined;
    let claim = claimId !== undefined ? r.index.get(claimId) ?? (markedAs && r.index.get(markedAs.id)) : undefined;
    if (claimId !== undefined && !claim) {
      void vscode.window.showErrorMessage(`Counterpoint: no claim ${claimId} in this article.`);
      return undefined;
    }
    if (!claim) {
      const items = r.index.claims.filter((c) => c.id !== selfId).map((c) => ({
        label: shorten(c.content.text, 80), description: whoLabel(c), detail: `Line ${r.lines.lineAt(c.start) + 1}${c.origin === 'user' ? ' \u00B7 your mark' : ''}`, claim: c,
      }));
      if (items.length === 0) {
        void vscode.window.showInformationMessage('Counterpoint: this article has no other claim to link to.');
        return undefined;
      }
      claim = (await vscode.window.showQuickPick(items, { placeHolder: 'Counter-claim of which claim?', matchOnDescription: true }))?.claim;
      if (!claim) return undefined;
    }
    const counterKind = 'finding' in t && t.finding ? t.finding.kind : r.index.get(selfId)?.kind;
    const relation = counterKind === 'denial' ? 'denies' : 'contradicts';
    const claimRef = targetOf(this.store, doc.uri, claim);
    const counterRef = t;
    await this.store.mutate(doc, (d, text, ctx) => linkCounter(d, ref(claimRef), ref(counterRef), relation, text, ctx));
    vscode.window.setStatusBarMessage(`Counterpoint: linked as ${relation === 'denies' ? 'a denial' : 'a counter-claim'} of "${shorten(claim.content.text, 40)}" (${kindLabel(claim.kind)})`, 3000);
    return claim.id;
  }
}

export class ReattachCommand extends AnnotationCommand implements Command {
  readonly id = COMMAND_IDS.reattach;

  /** Re-attaches an orphan (sidebar node, annotation id, or chosen) to the selection (or `{ start, end }`). */
  async execute(orphan?: unknown, rangeArg?: unknown): Promise<string | undefined> {
    const r = rangeArg as { start?: unknown; end?: unknown } | undefined;
    const range = r && typeof r === 'object' && typeof r.start === 'number' && typeof r.end === 'number' ? { start: r.start, end: r.end } : undefined;
    const article = currentArticle(this.service, this.active);
    if (!article) return undefined;
    const doc = article.document;
    const state = await this.store.ready(doc);
    if (!state) return undefined;
    const id = orphan === undefined || orphan instanceof vscode.Uri ? undefined : await resolveTarget(this.service, this.store, article, orphan);
    let annotationId = id && 'annotationId' in id ? id.annotationId : undefined;
    if (!annotationId) {
      const orphans = this.store.orphansOf(doc.uri);
      if (orphans.length === 0) {
        void vscode.window.showInformationMessage('Counterpoint: this article has no orphaned annotations.');
        return undefined;
      }
      annotationId = orphans.length === 1 ? orphans[0]!.id
        : (await vscode.window.showQuickPick(orphans.map((o) => ({ label: shorten(o.quote, 80), description: o.note, id: o.id })), { placeHolder: 'Re-attach which annotation?' }))?.id;
      if (!annotationId) return undefined;
    }
    const start = range ? range.start : doc.offsetAt(article.editor.selection.start);
    const end = range ? range.end : doc.offsetAt(article.editor.selection.end);
    if (!(end > start) || end > doc.getText().length) {
      void vscode.window.showInformationMessage('Counterpoint: select the words to re-attach the annotation to first.');
      return undefined;
    }
    const target = annotationId;
    await this.store.mutate(doc, (d, text, ctx, s) => {
      s.orphans.delete(target);
      return reattach(d, target, start, end, text, ctx);
    });
    return target;
  }
}
