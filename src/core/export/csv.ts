import { stringify } from 'csv-stringify/sync';
import type { ExportOptions, PreparedArticle } from './prepare';

export const CSV_COLUMNS = ['article', 'kind', 'origin', 'id', 'line', 'start', 'end', 'text', 'speaker', 'verdict', 'rating', 'note', 'linked', 'dismissed'] as const;

/**
 * `csv` export (RFC 4180: CRLF record ends, fields with a comma, quote or line break quoted; header row): one row per finding or mark, and per orphaned annotation
 * (origin `orphan`, no position, its stored quote as text). `start`/`end` are UTF-16 offsets, `line` is 1-based,
 * `linked` lists the ids of counter-claims separated by spaces, `dismissed` is `true` or `false`.
 */
export function exportCsv(articles: readonly PreparedArticle[], _options: ExportOptions = {}): string {
  const rows: (string | number)[][] = [];
  for (const a of articles) {
    for (const f of a.reconciled.findings) {
      rows.push([
        a.path, f.kind, f.origin, f.id, a.lineOf(f.start), f.start, f.end, f.text, f.speaker ?? '',
        f.verdict?.label ?? '', f.verdict?.rating ?? '', f.note ?? '', f.links.map((l) => l.to).join(' '), String(f.dismissed),
      ]);
    }
    for (const o of a.reconciled.orphans) {
      rows.push([
        a.path, o.target.kind, 'orphan', o.id, '', '', '', o.selectors.quote.exact, o.speaker ?? '',
        o.verdict?.label ?? '', o.verdict?.rating ?? '', o.note ?? '', o.links.map((l) => l.to).join(' '), String(o.dismissed),
      ]);
    }
  }
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
