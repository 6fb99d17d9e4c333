import type { Analysis } from '../types';
import { emptyDocument, reconcile, type AnchorOptions, type AnnotationDocument, type Reconciled } from '../annotations';

/** One article to export: its text, its analysis, and its annotation file's document (if it has one). */
export interface ArticleInput {
  /** The article's path as the user gave it (shown in reports). */
  path: string;
  /** Public URL of the article, when known (ClaimReview `appearance`, W3C `source`). */
  url?: string;
  /** Identifier used as the W3C target source when there is no `url` (e.g. a file: URL). Default: the path. */
  uri?: string;
  text: string;
  analysis: Analysis;
  annotations?: AnnotationDocument;
}

export interface PreparedArticle {
  path: string;
  url?: string;
  /** `url`, else `uri`, else the path (URI-encoded). */
  source: string;
  text: string;
  analysis: Analysis;
  /** The annotations re-anchored against `text` and matched to the analysis. */
  reconciled: Reconciled;
  /** 1-based line of an offset. */
  lineOf(offset: number): number;
}

export interface ExportOptions {
  /** The reviewer (fact-checker) name: ClaimReview `author`, W3C `creator`, report byline. */
  reviewer?: string;
  /** Publication date of the review (ISO 8601 date or date-time): ClaimReview `datePublished`, report, JSON. */
  date?: string;
  /** URL of the published fact check (ClaimReview `url`). */
  reviewUrl?: string;
}

/** Offsets of line starts; a line ends at \n, \r\n or \r. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Re-anchors the article's annotations against its text and applies them to its analysis. */
export function prepareArticle(input: ArticleInput, anchorOptions: AnchorOptions = {}): PreparedArticle {
  const doc = input.annotations ?? emptyDocument();
  const out: PreparedArticle = {
    path: input.path,
    source: input.url ?? input.uri ?? encodeURI(input.path),
    text: input.text,
    analysis: input.analysis,
    reconciled: reconcile(input.analysis, doc, input.text, anchorOptions),
    lineOf: lineIndex(input.text),
  };
  if (input.url !== undefined) out.url = input.url;
  return out;
}

/** UTF-16 offset -> Unicode code point offset (W3C TextPositionSelector counts code points). */
export function codePointOffset(text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < offset) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
