/**
 * A fact check's table of claims, read by rows: a head with a claim's column and a verdict's, and perhaps whose claim it
 * was ("| Claim | Who said it | Verdict |"). Each row's claim is its speaker's, and its verdict answers it (analyzer.ts).
 * Character offsets in, block indexes out; no `vscode`.
 */
import type { ProseBlock } from './prose/block';
import { canonicalName } from './speakers';
import { SPEAKER_LABELS } from './data/claims';

/** A row of a claims table: the blocks of its cells, and the canonical name of whom its claim is by. */
export interface ClaimRow {
  claim: number;
  verdict: number;
  who: string | null;
}

/** The heads of a table's columns: what was claimed, by whom, and the verdict on it. */
const CLAIM_HEAD = /^(?:the\s+)?(?:claim|claims|statement|what (?:was|they) said|quote)$/i;
const WHO_HEAD = /^(?:who(?: said it)?|speaker|said by|source|claimant|by)$/i;
const VERDICT_HEAD = /^(?:(?:our\s+)?(?:verdict|rating)|ruling|conclusion|finding|fact check)$/i;

/**
 * The rows of the claims tables among a document's blocks (its table cells, in order): a table's head row (the cells
 * up to the first line break) names a claim column and a verdict column; each later row gives the cells of those
 * columns (and of a "who" column when there is one). Empty when there is none.
 */
export function findClaimRows(text: string, blocks: readonly ProseBlock[]): ClaimRow[] {
  let out: ClaimRow[] | undefined;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].kind !== 'tableCell' || (i > 0 && blocks[i - 1].kind === 'tableCell' && !lineBreakBetween(text, blocks[i - 1], blocks[i]))) continue;
    // a table's first row: its cells up to the first line break
    const end = rowEnd(text, blocks, i);
    const heads = blocks.slice(i, end).map((b) => b.text.trim());
    const claimCol = heads.findIndex((h) => CLAIM_HEAD.test(h));
    const verdictCol = heads.findIndex((h) => VERDICT_HEAD.test(h));
    if (claimCol < 0 || verdictCol < 0) {
      i = end - 1;
      continue;
    }
    const whoCol = heads.findIndex((h) => WHO_HEAD.test(h));
    const width = end - i;
    // the rows after the head, as long as the cells run on (a row of another width ends the reading)
    let r = end;
    while (r < blocks.length && blocks[r].kind === 'tableCell' && lineBreakBetween(text, blocks[r - 1], blocks[r])) {
      const e = rowEnd(text, blocks, r);
      if (e - r !== width) break;
      (out ??= []).push({ claim: r + claimCol, verdict: r + verdictCol, who: whoCol >= 0 ? speakerOf(blocks[r + whoCol].text) : null });
      r = e;
    }
    i = r - 1;
  }
  return out ?? NO_ROWS;
}
const NO_ROWS: ClaimRow[] = [];

/** A paragraph that names whose the claim above it is: "Who said it: Mayor Anita Shah" (group 1 the name). */
const WHO_LABEL = new RegExp(`^\\s*(?:${SPEAKER_LABELS.join('|')})\\s*[:\u2014\u2013-]\\s*(\\S.*?)\\s*$`, 'i');
/** A paragraph that gives a fact check's verdict: "Verdict: False", "Our rating: Misleading". */
const VERDICT_LABEL = /^\s*(?:our\s+)?(?:verdict|rating|ruling)\s*:/i;
/** A paragraph labelled as the claim checked: "Claim: X". */
const CLAIM_LABEL = /^\s*(?:the\s+)?claim\s*:/i;
/** How many blocks before its "Who said it:" label the claim checked may stand. */
const LABEL_REACH = 3;

/**
 * A fact check's claims named by labels, each a row as a table's: a heading or a "Claim:" paragraph, then within a few
 * blocks, before the next heading, a "Who said it:" paragraph that names its speaker, and a "Verdict:" paragraph in the
 * same section ("## 1. \"Knife crime has doubled\"", "**Who said it:** Paul Draper", "**Verdict:** False").
 */
export function findLabelledClaims(blocks: readonly ProseBlock[]): ClaimRow[] {
  let out: ClaimRow[] | undefined;
  for (let i = 1; i < blocks.length; i++) {
    const who = blocks[i].kind === 'paragraph' ? WHO_LABEL.exec(blocks[i].text) : null;
    if (who === null) continue;
    let claim = -1;
    for (let j = i - 1; j >= 0 && i - j <= LABEL_REACH; j--) {
      if (blocks[j].kind === 'heading' || CLAIM_LABEL.test(blocks[j].text)) {
        claim = j;
        break;
      }
    }
    if (claim < 0) continue;
    let verdict = -1;
    for (let j = claim + 1; j < blocks.length && j - claim <= 2 * LABEL_REACH && blocks[j].kind !== 'heading'; j++) {
      if (VERDICT_LABEL.test(blocks[j].text)) {
        verdict = j;
        break;
      }
    }
    if (verdict >= 0) (out ??= []).push({ claim, verdict, who: speakerOf(who[1]) });
  }
  return out ?? NO_ROWS;
}

/** The block after the last cell of the table row whose first cell is block `first`. */
function rowEnd(text: string, blocks: readonly ProseBlock[], first: number): number {
  let e = first + 1;
  while (e < blocks.length && blocks[e].kind === 'tableCell' && !lineBreakBetween(text, blocks[e - 1], blocks[e])) e++;
  return e;
}

/** Whether the document has a line break between two blocks: the next row of a table. */
function lineBreakBetween(text: string, a: ProseBlock, b: ProseBlock): boolean {
  return text.slice(a.end, b.start).includes('\n');
}

/** The canonical name in a "who" cell, if it names someone. */
function speakerOf(cell: string): string | null {
  const t = cell.trim();
  return t === '' ? null : canonicalName(t).name;
}
