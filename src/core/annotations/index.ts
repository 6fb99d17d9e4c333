/** Annotation model: pure TypeScript, no editor or Node API. */
import type { Analysis } from '../types';
import { anchorDocument, type AnchorOptions, type AnchoredAnnotation } from './anchoring';
import { mergeAnnotations, type MergeResult } from './merge';
import type { AnnotationDocument } from './types';

export * from './types';
export * from './model';
export * from './document';
export * from './anchoring';
export * from './merge';

export interface Reconciled extends MergeResult {
  /** How each annotation anchored (orphans included), in file order. */
  anchored: AnchoredAnnotation[];
}

/**
 * Re-anchors the annotations against the current text, then applies them to its analysis: the one call a shell
 * needs when a document is opened or changed outside the editor. `doc` in the result is what to save.
 */
export function reconcile(analysis: Analysis, doc: AnnotationDocument, text: string, options: AnchorOptions = {}): Reconciled {
  const anchoring = anchorDocument(doc, text, options);
  return { ...mergeAnnotations(analysis, anchoring, text), anchored: anchoring.anchored };
}
