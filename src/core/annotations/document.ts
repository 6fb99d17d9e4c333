import {
  ANNOTATIONS_FILE_SUFFIX,
  ANNOTATIONS_SCHEMA,
  ANNOTATIONS_SCHEMA_PREFIX,
  ANNOTATIONS_SCHEMA_VERSION,
  FINDING_KINDS,
  RATING_BEST,
  RATING_WORST,
  STANDARD_VERDICTS,
  type Annotation,
  type AnnotationDocument,
  type AnnotationLink,
  type AnnotationTarget,
  type FindingKind,
  type Verdict,
} from './types';
import type { LinkRelation } from '../types';

/** Why an annotation file cannot be used. The file must then be left untouched. */
export type AnnotationFileError =
  | { kind: 'corrupt'; path: string; reason: string; message: string }
  | { kind: 'newer-schema'; found: string; supported: string; message: string }
  | { kind: 'foreign'; reason: string; message: string };

export type ParseResult = { ok: true; doc: AnnotationDocument } | { ok: false; error: AnnotationFileError };

class Invalid extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(`${path}: ${reason}`);
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

function key(path: string, k: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`;
}

function object(v: Json | undefined, path: string, required: readonly string[], optional: readonly string[]): JsonObject {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Invalid(path, `expected an object, got ${describe(v)}`);
  for (const k of required) if (!(k in v)) throw new Invalid(key(path, k), 'missing required property');
  for (const k of Object.keys(v)) {
    if (!required.includes(k) && !optional.includes(k)) throw new Invalid(key(path, k), 'unknown property');
  }
  return v;
}

function string(v: Json | undefined, path: string, nonEmpty = false): string {
  if (typeof v !== 'string') throw new Invalid(path, `expected a string, got ${describe(v)}`);
  if (nonEmpty && v.length === 0) throw new Invalid(path, 'expected a non-empty string');
  return v;
}

function integer(v: Json | undefined, path: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new Invalid(path, `expected an integer, got ${describe(v)}`);
  if (v < min || v > max) throw new Invalid(path, `expected an integer from ${min}${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}, got ${v}`);
  return v;
}

function oneOf<T extends string>(v: Json | undefined, path: string, values: readonly T[]): T {
  if (typeof v !== 'string' || !values.includes(v as T)) {
    throw new Invalid(path, `expected one of ${values.map((x) => JSON.stringify(x)).join(', ')}, got ${describe(v)}`);
  }
  return v as T;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function timestamp(v: Json | undefined, path: string): string {
  const s = string(v, path);
  if (!ISO.test(s) || Number.isNaN(Date.parse(s))) throw new Invalid(path, `expected an ISO 8601 date-time such as "2026-01-31T09:30:00Z", got ${describe(v)}`);
  return s;
}

const RELATIONS: readonly LinkRelation[] = ['denies', 'contradicts'];

function target(v: Json | undefined, path: string): AnnotationTarget {
  const probe = object(v, path, ['type'], ['kind', 'findingId']);
  const type = oneOf(probe.type, `${path}.type`, ['mark', 'finding'] as const);
  if (type === 'mark') {
    const o = object(v, path, ['type', 'kind'], []);
    return { type, kind: oneOf<FindingKind>(o.kind, `${path}.kind`, FINDING_KINDS) };
  }
  const o = object(v, path, ['type', 'kind', 'findingId'], []);
  return { type, kind: oneOf<FindingKind>(o.kind, `${path}.kind`, FINDING_KINDS), findingId: string(o.findingId, `${path}.findingId`, true) };
}

function verdict(v: Json | undefined, path: string): Verdict {
  const o = object(v, path, ['label'], ['rating']);
  const label = string(o.label, `${path}.label`);
  if (label.trim() === '') throw new Invalid(`${path}.label`, 'expected a non-empty label');
  const rating = o.rating === undefined ? undefined : integer(o.rating, `${path}.rating`, RATING_WORST, RATING_BEST);
  const standard = STANDARD_VERDICTS.find((v) => v.label === label);
  if (standard && standard.rating !== rating) {
    throw new Invalid(`${path}.rating`, standard.rating === undefined ? `the verdict "${label}" has no rating` : `the verdict "${label}" has rating ${standard.rating}, got ${rating ?? 'none'}`);
  }
  return rating === undefined ? { label } : { label, rating };
}

function link(v: Json | undefined, path: string): AnnotationLink {
  const o = object(v, path, ['to', 'relation'], []);
  return { to: string(o.to, `${path}.to`, true), relation: oneOf(o.relation, `${path}.relation`, RELATIONS) };
}

function annotation(v: Json | undefined, path: string): Annotation {
  const o = object(v, path, ['id', 'target', 'selectors', 'dismissed', 'links', 'created', 'modified'], ['verdict', 'note', 'speaker']);
  const id = string(o.id, `${path}.id`, true);
  const sel = object(o.selectors, `${path}.selectors`, ['quote', 'position'], []);
  const q = object(sel.quote, `${path}.selectors.quote`, ['exact', 'prefix', 'suffix'], []);
  const p = object(sel.position, `${path}.selectors.position`, ['start', 'end'], []);
  const start = integer(p.start, `${path}.selectors.position.start`, 0);
  const end = integer(p.end, `${path}.selectors.position.end`, start + 1);
  if (typeof o.dismissed !== 'boolean') throw new Invalid(`${path}.dismissed`, `expected true or false, got ${describe(o.dismissed)}`);
  if (!Array.isArray(o.links)) throw new Invalid(`${path}.links`, `expected an array, got ${describe(o.links)}`);
  const links = o.links.map((l, i) => link(l, `${path}.links[${i}]`));
  const result: Annotation = {
    id,
    target: target(o.target, `${path}.target`),
    selectors: {
      quote: {
        exact: string(q.exact, `${path}.selectors.quote.exact`, true),
        prefix: string(q.prefix, `${path}.selectors.quote.prefix`),
        suffix: string(q.suffix, `${path}.selectors.quote.suffix`),
      },
      position: { start, end },
    },
    dismissed: o.dismissed,
    links,
    created: timestamp(o.created, `${path}.created`),
    modified: timestamp(o.modified, `${path}.modified`),
  };
  if (o.verdict !== undefined) result.verdict = verdict(o.verdict, `${path}.verdict`);
  if (o.note !== undefined) result.note = string(o.note, `${path}.note`);
  if (o.speaker !== undefined) result.speaker = string(o.speaker, `${path}.speaker`);
  return result;
}

/** Validates a parsed JSON value as an annotation document. */
export function validateDocument(value: unknown): ParseResult {
  const v = value as Json;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    return { ok: false, error: foreign(`the file holds ${describe(v)}, not a Counterpoint annotation object`) };
  }
  if (typeof v.schema !== 'string') {
    return { ok: false, error: foreign('it has no "schema" property naming a Counterpoint annotation schema') };
  }
  const schema = v.schema;
  if (!schema.startsWith(ANNOTATIONS_SCHEMA_PREFIX)) {
    const what = schema.startsWith('counterpoint/') ? `a Counterpoint file of another kind (${schema})` : `a file of schema ${JSON.stringify(schema)}`;
    return { ok: false, error: foreign(`it is ${what}, not an annotation file (${ANNOTATIONS_SCHEMA})`) };
  }
  const version = schema.slice(ANNOTATIONS_SCHEMA_PREFIX.length);
  if (!/^[1-9][0-9]*$/.test(version)) {
    return { ok: false, error: corrupt('$.schema', `unknown schema version ${JSON.stringify(schema)}`) };
  }
  if (Number(version) > ANNOTATIONS_SCHEMA_VERSION) {
    return {
      ok: false,
      error: {
        kind: 'newer-schema',
        found: schema,
        supported: ANNOTATIONS_SCHEMA,
        message: `written by a newer Counterpoint (schema ${schema}; this version reads ${ANNOTATIONS_SCHEMA}). Update Counterpoint to use it; the file is left untouched.`,
      },
    };
  }
  try {
    const o = object(v, '$', ['schema', 'annotations'], ['article']);
    if (!Array.isArray(o.annotations)) throw new Invalid('$.annotations', `expected an array, got ${describe(o.annotations)}`);
    const annotations = o.annotations.map((a, i) => annotation(a, `$.annotations[${i}]`));
    const seen = new Map<string, number>();
    annotations.forEach((a, i) => {
      const first = seen.get(a.id);
      if (first !== undefined) throw new Invalid(`$.annotations[${i}].id`, `duplicate id ${JSON.stringify(a.id)} (also $.annotations[${first}].id)`);
      seen.set(a.id, i);
    });
    const doc: AnnotationDocument = { schema: ANNOTATIONS_SCHEMA, annotations };
    if (o.article !== undefined) doc.article = string(o.article, '$.article');
    return { ok: true, doc };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: corrupt(e.path, e.reason) };
    throw e;
  }
}

function corrupt(path: string, reason: string): AnnotationFileError {
  return { kind: 'corrupt', path, reason, message: `corrupt annotation file: ${path}: ${reason}. The file is left untouched.` };
}

function foreign(reason: string): AnnotationFileError {
  return { kind: 'foreign', reason, message: `not a Counterpoint annotation file: ${reason}. The file is left untouched.` };
}

/** Parses and validates the text of an annotation file. A leading byte-order mark is ignored. */
export function parseDocument(text: string): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: corrupt('$', 'the file is empty') };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    return { ok: false, error: corrupt('$', `not valid JSON (${(e as Error).message})`) };
  }
  return validateDocument(value);
}

/** The annotation in canonical key order (so files diff well). */
export function canonicalAnnotation(a: Annotation): Annotation {
  const t: AnnotationTarget =
    a.target.type === 'mark' ? { type: 'mark', kind: a.target.kind } : { type: 'finding', kind: a.target.kind, findingId: a.target.findingId };
  const out: Annotation = {
    id: a.id,
    target: t,
    selectors: {
      quote: { exact: a.selectors.quote.exact, prefix: a.selectors.quote.prefix, suffix: a.selectors.quote.suffix },
      position: { start: a.selectors.position.start, end: a.selectors.position.end },
    },
  } as Annotation;
  if (a.verdict) out.verdict = a.verdict.rating === undefined ? { label: a.verdict.label } : { label: a.verdict.label, rating: a.verdict.rating };
  if (a.note !== undefined) out.note = a.note;
  if (a.speaker !== undefined) out.speaker = a.speaker;
  out.dismissed = a.dismissed;
  out.links = a.links.map((l) => ({ to: l.to, relation: l.relation }));
  out.created = a.created;
  out.modified = a.modified;
  return out;
}

/** The document in canonical form: keys in a fixed order, annotations sorted by creation time then id. */
export function canonicalDocument(doc: AnnotationDocument): AnnotationDocument {
  const annotations = [...doc.annotations]
    .sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(canonicalAnnotation);
  return { schema: ANNOTATIONS_SCHEMA, ...(doc.article !== undefined ? { article: doc.article } : {}), annotations };
}

/** Serializes the document: canonical key order, 2-space indentation, trailing newline. */
export function serializeDocument(doc: AnnotationDocument): string {
  return JSON.stringify(canonicalDocument(doc), null, 2) + '\n';
}

export type SavePlan =
  /** Write `text` (create or replace the file). */
  | { action: 'write'; text: string }
  /** The file already holds exactly this; nothing to do. */
  | { action: 'unchanged' }
  /** No annotations and no file: do not create one. */
  | { action: 'none' }
  /** No annotations left and the file is a valid annotation file: it can be deleted. */
  | { action: 'delete' }
  /** The existing file is not ours to overwrite (corrupt, newer, foreign). Keep it; tell the user. */
  | { action: 'refuse'; error: AnnotationFileError };

/**
 * What to do with the annotation file when saving `doc`, given the file's current text (undefined: no file).
 * Never plans to overwrite or delete a file that does not validate.
 */
export function planSave(existing: string | undefined, doc: AnnotationDocument): SavePlan {
  const text = serializeDocument(doc);
  if (existing === undefined) return doc.annotations.length === 0 ? { action: 'none' } : { action: 'write', text };
  const parsed = parseDocument(existing);
  if (!parsed.ok) return { action: 'refuse', error: parsed.error };
  if (doc.annotations.length === 0) return { action: 'delete' };
  return existing === text ? { action: 'unchanged' } : { action: 'write', text };
}

/** `story.md` -> `story.md.counterpoint.json` (a file name, not a path). */
export function annotationFileName(articleFileName: string): string {
  return articleFileName + ANNOTATIONS_FILE_SUFFIX;
}

/** Where annotation files live: beside each article, or mirrored under a folder at the workspace root. */
export type AnnotationLocation = 'beside' | 'folder';

/**
 * Workspace-relative path (with `/`) of the annotation file for a workspace-relative article path:
 * `news/story.md` -> `news/story.md.counterpoint.json` (beside) or `.counterpoint/news/story.md.counterpoint.json`.
 */
export function annotationFilePath(articlePath: string, location: AnnotationLocation = 'beside', folder = '.counterpoint'): string {
  const rel = articlePath.replace(/\\/g, '/');
  return location === 'beside' ? rel + ANNOTATIONS_FILE_SUFFIX : `${folder.replace(/\/+$/, '')}/${rel}${ANNOTATIONS_FILE_SUFFIX}`;
}
