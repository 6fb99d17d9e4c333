import { selectorsFor, type Annotation, type EffectiveFinding } from '../annotations';
import { codePointOffset, type ExportOptions, type PreparedArticle } from './prepare';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

type Body =
  | { type: 'TextualBody'; purpose: 'tagging' | 'assessing' | 'commenting'; value: string; format?: 'text/plain' }
  | { type: 'SpecificResource'; purpose: 'linking'; source: string };

type Selector =
  | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
  | { type: 'TextPositionSelector'; start: number; end: number };

export interface W3cAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'assessing' | 'commenting' | 'linking' | 'highlighting' | 'tagging';
  created?: string;
  modified?: string;
  creator?: { type: 'Person'; name: string };
  generator: { type: 'Software'; name: 'Counterpoint' };
  body: Body[];
  target: { source: string; selector: Selector[] };
}

export interface W3cCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] };
}

/** IRI of a finding or annotation of an article in the W3C export. */
export function annotationIri(article: PreparedArticle, id: string): string {
  return `urn:counterpoint:${encodeURIComponent(article.path)}:${encodeURIComponent(id)}`;
}

function motivation(bodies: Body[], fallback: W3cAnnotation['motivation']): W3cAnnotation['motivation'] {
  for (const p of ['assessing', 'commenting', 'linking'] as const) if (bodies.some((b) => b.purpose === p)) return p;
  return fallback;
}

function finish(article: PreparedArticle, id: string, bodies: Body[], selector: Selector[], user: { created?: string; modified?: string } | undefined, fallback: W3cAnnotation['motivation'], options: ExportOptions): W3cAnnotation {
  const a: W3cAnnotation = {
    id: annotationIri(article, id),
    type: 'Annotation',
    motivation: motivation(bodies, fallback),
  } as W3cAnnotation;
  if (user?.created !== undefined) a.created = user.created;
  if (user?.modified !== undefined) a.modified = user.modified;
  if (user && options.reviewer !== undefined) a.creator = { type: 'Person', name: options.reviewer };
  a.generator = { type: 'Software', name: 'Counterpoint' };
  a.body = bodies;
  a.target = { source: article.source, selector };
  return a;
}

function bodiesOf(article: PreparedArticle, f: { kind: string; verdict?: { label: string }; note?: string; links: { to: string }[] }, extraTag?: string): Body[] {
  const bodies: Body[] = [{ type: 'TextualBody', purpose: 'tagging', value: f.kind }];
  if (extraTag) bodies.push({ type: 'TextualBody', purpose: 'tagging', value: extraTag });
  if (f.verdict) bodies.push({ type: 'TextualBody', purpose: 'assessing', value: f.verdict.label });
  if (f.note !== undefined && f.note !== '') bodies.push({ type: 'TextualBody', purpose: 'commenting', value: f.note, format: 'text/plain' });
  for (const l of f.links) bodies.push({ type: 'SpecificResource', purpose: 'linking', source: annotationIri(article, l.to) });
  return bodies;
}

function findingAnnotation(article: PreparedArticle, f: EffectiveFinding, options: ExportOptions): W3cAnnotation {
  const { quote } = selectorsFor(article.text, f.start, f.end);
  const selector: Selector[] = [
    { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    { type: 'TextPositionSelector', start: codePointOffset(article.text, f.start), end: codePointOffset(article.text, f.end) },
  ];
  const user = f.annotationId !== undefined ? { created: f.created, modified: f.modified } : undefined;
  return finish(article, f.id, bodiesOf(article, f), selector, user, f.origin === 'user' ? 'highlighting' : 'tagging', options);
}

function orphanAnnotation(article: PreparedArticle, a: Annotation, options: ExportOptions): W3cAnnotation {
  const { exact, prefix, suffix } = a.selectors.quote;
  const bodies = bodiesOf(article, { kind: a.target.kind, verdict: a.verdict, note: a.note, links: [] }, 'orphaned');
  return finish(article, a.id, bodies, [{ type: 'TextQuoteSelector', exact, prefix, suffix }], a, 'highlighting', options);
}

/**
 * `w3c` export: one W3C Web Annotation `AnnotationCollection` (JSON-LD) whose first page holds, for each article,
 * an `Annotation` per finding or mark (dismissed ones left out; orphans with their quote only). Position
 * selectors count Unicode code points, as the Web Annotation model requires.
 */
export function exportW3c(articles: readonly PreparedArticle[], options: ExportOptions = {}): string {
  const items: W3cAnnotation[] = [];
  for (const article of articles) {
    for (const f of article.reconciled.findings) if (!f.dismissed) items.push(findingAnnotation(article, f, options));
    for (const o of article.reconciled.orphans) if (!o.dismissed) items.push(orphanAnnotation(article, o, options));
  }
  const id = articles.length === 1 ? `urn:counterpoint:${encodeURIComponent(articles[0].path)}` : 'urn:counterpoint:collection';
  const collection: W3cCollection = {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Counterpoint annotations: ${articles.map((a) => a.path).join(', ')}`,
    total: items.length,
    first: { id: `${id}:page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}
