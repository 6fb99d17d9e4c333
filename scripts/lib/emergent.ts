/**
 * Reader for the Emergent training split (Ferreira and Vlachos, NAACL 2016): a CSV with the columns
 * `claimHeadline`, `articleHeadline` and `articleHeadlineStance` (`for`, `against`, `observing`).
 * Reads files with Node APIs: scripts only, never the runtime core.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export interface EmergentRow {
  claimHeadline: string;
  articleHeadline: string;
  stance: string;
}

const REQUIRED = ['claimHeadline', 'articleHeadline', 'articleHeadlineStance'] as const;

/** Parses the CSV text. Throws a clear error when a required column is missing. */
export function parseEmergent(csv: string): EmergentRow[] {
  const records = parse(csv, { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  if (records.length > 0) {
    const missing = REQUIRED.filter((c) => !(c in records[0]));
    if (missing.length > 0) throw new Error(`Emergent CSV lacks the column(s): ${missing.join(', ')}`);
  }
  return records.map((r) => ({
    claimHeadline: r.claimHeadline,
    articleHeadline: r.articleHeadline,
    stance: r.articleHeadlineStance.trim().toLowerCase(),
  }));
}

export function readEmergent(file: string): EmergentRow[] {
  return parseEmergent(readFileSync(file, 'utf8'));
}
