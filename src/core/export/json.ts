import type { Analysis } from '../types';
import { canonicalDocument, validateDocument, type AnnotationDocument } from '../annotations';
import type { ExportOptions, PreparedArticle } from './prepare';

export const EXPORT_SCHEMA = 'counterpoint/export@1';

/**
 * `json` export: per article, the analysis and the complete annotation document (re-anchored, in the annotation
 * file's own format), plus the ids of orphaned annotations. `importJson` restores the annotation documents.
 */
export interface JsonExport {
  schema: typeof EXPORT_SCHEMA;
  date?: string;
  reviewer?: string;
  articles: JsonExportArticle[];
}

export interface JsonExportArticle {
  path: string;
  url?: string;
  analysis: Analysis;
  annotations: AnnotationDocument;
  /** Ids of annotations that could not be anchored in the current text (their last position is kept). */
  orphans: string[];
}

export function exportJson(articles: readonly PreparedArticle[], options: ExportOptions = {}): string {
  const out: JsonExport = {
    schema: EXPORT_SCHEMA,
    ...(options.date !== undefined ? { date: options.date } : {}),
    ...(options.reviewer !== undefined ? { reviewer: options.reviewer } : {}),
    articles: articles.map((a) => ({
      path: a.path,
      ...(a.url !== undefined ? { url: a.url } : {}),
      analysis: a.analysis,
      annotations: canonicalDocument(a.reconciled.doc),
      orphans: a.reconciled.orphans.map((o) => o.id),
    })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

export type ImportResult =
  | { ok: true; articles: { path: string; url?: string; annotations: AnnotationDocument }[] }
  | { ok: false; message: string };

/** Restores the annotation documents from a `json` export (each validated like an annotation file). */
export function importJson(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, message: `not valid JSON (${(e as Error).message})` };
  }
  const v = value as Partial<JsonExport> | null;
  if (v === null || typeof v !== 'object' || v.schema !== EXPORT_SCHEMA) {
    return { ok: false, message: `not a Counterpoint JSON export (expected "schema": "${EXPORT_SCHEMA}")` };
  }
  if (!Array.isArray(v.articles)) return { ok: false, message: '$.articles: expected an array' };
  const articles: { path: string; url?: string; annotations: AnnotationDocument }[] = [];
  for (const [i, a] of v.articles.entries()) {
    if (a === null || typeof a !== 'object' || typeof a.path !== 'string') return { ok: false, message: `$.articles[${i}].path: expected a string` };
    const parsed = validateDocument(a.annotations);
    if (!parsed.ok) {
      const e = parsed.error;
      const detail = e.kind === 'corrupt' ? `${e.path.replace(/^\$/, `$.articles[${i}].annotations`)}: ${e.reason}` : e.message;
      return { ok: false, message: detail };
    }
    articles.push({ path: a.path, ...(typeof a.url === 'string' ? { url: a.url } : {}), annotations: parsed.doc });
  }
  return { ok: true, articles };
}
