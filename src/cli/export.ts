import { promises as fs } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { annotationFileName, annotationFilePath, parseDocument, type AnnotationDocument } from '../core/annotations';
import { EXPORT_FORMATS, exportArticles, prepareArticle, type ExportFormat, type ExportOptions, type PreparedArticle } from '../core/export';
import type { Analysis, LanguageId } from '../core/types';
import { writeFileAtomic } from './fs-atomic';

export interface ExportIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The file's text (UTF-8). Rejects with an error whose `code` is 'ENOENT' when the file does not exist. */
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  analyze(text: string, languageId: LanguageId, path: string): Analysis;
  /** Clock for the default review date (today). */
  now?(): Date;
}

export const EXPORT_USAGE = `Usage: counterpoint export --format FORMAT [options] ARTICLE...

Exports each article's findings and annotations (read from ARTICLE.counterpoint.json beside it,
re-anchored against the article's current text).

Formats: json, w3c, claimreview, csv, markdown

Options:
  --format FORMAT     output format (required)
  --out FILE          write to FILE (atomically) instead of standard output
  --reviewer NAME     the reviewer: ClaimReview author, W3C creator, report byline
  --date DATE         review date (ISO 8601), default today
  --url URL           public URL of the article (only with one ARTICLE)
  --review-url URL    URL of the published fact check (ClaimReview url)
  --annotations-dir DIR
                      read annotation files from DIR, mirroring the articles' paths relative to
                      the current directory (e.g. .counterpoint), instead of beside the articles
  -h, --help          show this help
`;

/** Maximum article size read (characters). */
export const MAX_ARTICLE_CHARS = 5_000_000;

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mkdn']);

export function languageOf(path: string): LanguageId {
  return MARKDOWN_EXTENSIONS.has(extname(path).toLowerCase()) ? 'markdown' : 'plaintext';
}

/** `dir/story.md` -> `dir/story.md.counterpoint.json`. */
export function annotationPathFor(articlePath: string): string {
  return join(dirname(articlePath), annotationFileName(basename(articlePath)));
}

interface Parsed {
  format: ExportFormat;
  out?: string;
  reviewer?: string;
  date?: string;
  url?: string;
  reviewUrl?: string;
  annotationsDir?: string;
  articles: string[];
}

function parseArgs(args: readonly string[]): Parsed | { help: true } | { error: string } {
  const values: Record<string, string> = {};
  const articles: string[] = [];
  const takes = new Set(['--format', '--out', '--reviewer', '--date', '--url', '--review-url', '--annotations-dir']);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-h' || arg === '--help') return { help: true };
    if (arg === '--') {
      articles.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg : arg.slice(0, eq);
      if (!takes.has(name)) return { error: `unknown option ${name}` };
      const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '') return { error: `${name} needs a value` };
      if (name in values) return { error: `${name} given twice` };
      values[name] = value;
    } else {
      articles.push(arg);
    }
  }
  const format = values['--format'];
  if (format === undefined) return { error: `--format is required (${EXPORT_FORMATS.join(', ')})` };
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) return { error: `unknown format "${format}" (expected ${EXPORT_FORMATS.join(', ')})` };
  if (articles.length === 0) return { error: 'no ARTICLE given' };
  if (values['--url'] !== undefined && articles.length > 1) return { error: '--url applies to one article; give one ARTICLE' };
  const date = values['--date'];
  if (date !== undefined && (!/^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(date) || Number.isNaN(Date.parse(date)))) {
    return { error: `--date: expected an ISO 8601 date such as 2026-03-01, got "${date}"` };
  }
  return {
    format: format as ExportFormat,
    articles,
    ...(values['--out'] !== undefined ? { out: values['--out'] } : {}),
    ...(values['--reviewer'] !== undefined ? { reviewer: values['--reviewer'] } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(values['--url'] !== undefined ? { url: values['--url'] } : {}),
    ...(values['--review-url'] !== undefined ? { reviewUrl: values['--review-url'] } : {}),
    ...(values['--annotations-dir'] !== undefined ? { annotationsDir: values['--annotations-dir'] } : {}),
  };
}

function isMissing(e: unknown): boolean {
  return (e as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

function shortQuote(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return JSON.stringify(one.length > 60 ? one.slice(0, 59) + '…' : one);
}

/**
 * `counterpoint export`: exit code 0 on success, 1 on any error (usage, missing article, unreadable annotation
 * file). On an error nothing is written; annotation files are only read, never modified.
 */
export async function runExport(args: string[], io: ExportIo): Promise<number> {
  const parsed = parseArgs(args);
  if ('help' in parsed) {
    io.stdout(EXPORT_USAGE);
    return 0;
  }
  if ('error' in parsed) {
    io.stderr(`counterpoint export: ${parsed.error}\n\n${EXPORT_USAGE}`);
    return 1;
  }
  const errors: string[] = [];
  const prepared: PreparedArticle[] = [];
  const out = parsed.out !== undefined ? resolve(parsed.out) : undefined;
  for (const path of parsed.articles) {
    let annPath = annotationPathFor(path);
    if (parsed.annotationsDir !== undefined) {
      const rel = relative(process.cwd(), resolve(path));
      if (rel.startsWith('..') || isAbsolute(rel)) {
        errors.push(`${path}: outside the current directory, so it has no place under --annotations-dir ${parsed.annotationsDir}`);
        continue;
      }
      annPath = join(parsed.annotationsDir, annotationFilePath(rel.split(sep).join('/')));
    }
    if (out !== undefined && (out === resolve(path) || out === resolve(annPath))) {
      errors.push(`--out ${parsed.out} would overwrite ${out === resolve(path) ? 'the article' : 'the annotation file'} ${out === resolve(path) ? path : annPath}`);
      continue;
    }
    let text: string;
    try {
      text = await io.readFile(path);
    } catch (e) {
      errors.push(isMissing(e) ? `${path}: no such article` : `${path}: cannot read the article (${(e as Error).message})`);
      continue;
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.includes('\u0000')) {
      errors.push(`${path}: looks like a binary file, not an article`);
      continue;
    }
    if (text.length > MAX_ARTICLE_CHARS) {
      errors.push(`${path}: too large (${text.length} characters; the limit is ${MAX_ARTICLE_CHARS})`);
      continue;
    }
    let doc: AnnotationDocument | undefined;
    try {
      const raw = await io.readFile(annPath);
      const r = parseDocument(raw);
      if (!r.ok) {
        errors.push(`${annPath}: ${r.error.message}`);
        continue;
      }
      doc = r.doc;
    } catch (e) {
      if (!isMissing(e)) {
        errors.push(`${annPath}: cannot read the annotation file (${(e as Error).message})`);
        continue;
      }
    }
    const analysis = io.analyze(text, languageOf(path), path);
    const article = prepareArticle({
      path,
      ...(parsed.url !== undefined ? { url: parsed.url } : {}),
      uri: pathToFileURL(resolve(path)).href,
      text,
      analysis,
      ...(doc ? { annotations: doc } : {}),
    });
    for (const o of article.reconciled.orphans) {
      io.stderr(`counterpoint export: warning: ${path}: annotation ${o.id} ${shortQuote(o.selectors.quote.exact)} is not in the current text; exported as orphaned\n`);
    }
    prepared.push(article);
  }
  if (errors.length > 0) {
    for (const e of errors) io.stderr(`counterpoint export: error: ${e}\n`);
    io.stderr(`counterpoint export: nothing exported (${errors.length} error${errors.length === 1 ? '' : 's'})\n`);
    return 1;
  }
  const options: ExportOptions = {
    date: parsed.date ?? (io.now ? io.now() : new Date()).toISOString().slice(0, 10),
    ...(parsed.reviewer !== undefined ? { reviewer: parsed.reviewer } : {}),
    ...(parsed.reviewUrl !== undefined ? { reviewUrl: parsed.reviewUrl } : {}),
  };
  const result = exportArticles(parsed.format, prepared, options);
  if (parsed.out === undefined) {
    io.stdout(result);
    return 0;
  }
  try {
    await io.writeFile(parsed.out, result);
  } catch (e) {
    io.stderr(`counterpoint export: error: cannot write ${parsed.out} (${(e as Error).message})\n`);
    return 1;
  }
  return 0;
}

/** The real file system for `runExport` (atomic writes); the caller supplies the analyzer. */
export function nodeExportIo(analyze: ExportIo['analyze']): ExportIo {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readFile: (p) => fs.readFile(p, 'utf8'),
    writeFile: (p, t) => writeFileAtomic(p, t),
    analyze,
  };
}
