/** Exports of an article's analysis and annotations. Each format is a pure function of prepared articles. */
import { exportClaimReview } from './claimreview';
import { exportCsv } from './csv';
import { exportJson } from './json';
import { exportMarkdown } from './markdown';
import type { ExportOptions, PreparedArticle } from './prepare';
import { exportW3c } from './w3c';

export * from './prepare';
export { exportJson, importJson, EXPORT_SCHEMA, type JsonExport, type JsonExportArticle, type ImportResult } from './json';
export { exportW3c, annotationIri, ANNO_CONTEXT, type W3cAnnotation, type W3cCollection } from './w3c';
export { exportClaimReview, type ClaimReview } from './claimreview';
export { exportCsv, CSV_COLUMNS } from './csv';
export { exportMarkdown, escapeMarkdown } from './markdown';
export { agentType, ORGANIZATION_WORDS } from './names';

export const EXPORT_FORMATS = ['json', 'w3c', 'claimreview', 'csv', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Usual file extension per format. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { json: '.json', w3c: '.jsonld', claimreview: '.jsonld', csv: '.csv', markdown: '.md' };

const EXPORTERS: Record<ExportFormat, (articles: readonly PreparedArticle[], options?: ExportOptions) => string> = {
  json: exportJson,
  w3c: exportW3c,
  claimreview: exportClaimReview,
  csv: exportCsv,
  markdown: exportMarkdown,
};

export function exportArticles(format: ExportFormat, articles: readonly PreparedArticle[], options: ExportOptions = {}): string {
  return EXPORTERS[format](articles, options);
}
