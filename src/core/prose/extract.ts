/**
 * Document -> prose blocks, the input of every detector. One `ProseExtractor` per document: Markdown
 * chunks are cached between calls, so re-extraction after an edit re-parses about one paragraph;
 * plain text is re-extracted only around the edit (`PlainTextExtractor`).
 */
import type { LanguageId } from '../types';
import type { ProseBlock } from './block';
import { MarkdownExtractor } from './markdown';
import { PlainTextExtractor } from './plain-incremental';

export type { ProseBlock, Segment } from './block';
export { balanceMarkup, toDocOffset, toDocRange, isReplacement, plainBlock, originOf, isExact } from './block';

export class ProseExtractor {
  private markdown: MarkdownExtractor | undefined;
  private plain: PlainTextExtractor | undefined;

  /**
   * Prose blocks in document order. Offsets are UTF-16 indices into `text` exactly as given (a
   * leading BOM counts as one character; strip it first if the caller's offsets exclude it).
   */
  blocks(text: string, languageId: LanguageId): ProseBlock[] {
    if (languageId === 'markdown') {
      this.markdown ??= new MarkdownExtractor();
      return this.markdown.blocks(text);
    }
    this.plain ??= new PlainTextExtractor();
    return this.plain.blocks(text);
  }
}

/** One-shot extraction (no cache kept). */
export function extractProse(text: string, languageId: LanguageId): ProseBlock[] {
  return new ProseExtractor().blocks(text, languageId);
}
