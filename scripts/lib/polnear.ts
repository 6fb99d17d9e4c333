/**
 * Reader for the PolNeAR corpus (brat standoff files), used by training and evaluation scripts.
 *
 * - `text/NAME.txt` is the article, `attributions/NAME_XXXX.ann` an annotator's file; when an
 *   article has several annotators' files, the first one (sorted by file name) is used.
 * - Offsets in the .ann files are Unicode code points; they are converted to UTF-16 indices.
 * - A split span (`s e;s e`) becomes several spans; `Content2` is taken as more content.
 * - `Discard` / `Discuss` spans are ignored; lines that do not parse are skipped.
 * - Every `E` line is one attribution (22,501 in train); a role it lacks is an empty array.
 *
 * Reads files with Node APIs: scripts only, never the runtime core.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export interface Span {
  start: number;
  end: number;
}

export interface PolnearAttribution {
  cue: Span[];
  source: Span[];
  content: Span[];
}

export interface PolnearDoc {
  name: string;
  text: string;
  attributions: PolnearAttribution[];
}

/** Maps code point offsets to UTF-16 offsets for one text. */
export function codePointToUtf16(text: string): (cp: number) => number {
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp: number) => (cp <= 0 ? 0 : cp >= map.length ? u : map[cp]);
}

const SPAN_LINE = /^(T\d+)\t([A-Za-z0-9-]+) (\d+ \d+(?:;\d+ \d+)*)\t/;
const EVENT_LINE = /^(E\d+)\t(\S.*)$/;

/** Parses one .ann file against its text. */
export function parseAnn(ann: string, text: string): PolnearAttribution[] {
  const toU = codePointToUtf16(text);
  const spans = new Map<string, { type: string; spans: Span[] }>();
  const events: string[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const t = SPAN_LINE.exec(line);
    if (t) {
      const parts = t[3].split(';').map((p) => {
        const [s, e] = p.split(' ').map(Number);
        return { start: toU(s), end: toU(e) };
      });
      if (parts.every((p) => p.end >= p.start)) spans.set(t[1], { type: t[2], spans: parts });
      continue;
    }
    const e = EVENT_LINE.exec(line);
    if (e) events.push(e[2]);
  }
  const out: PolnearAttribution[] = [];
  for (const ev of events) {
    const args = ev.trim().split(/\s+/);
    if (!/^Attribution/.test(args[0] ?? '')) continue;
    const a: PolnearAttribution = { cue: [], source: [], content: [] };
    for (const arg of args.slice(1)) {
      const m = /^([A-Za-z]+)\d*:(T\d+)$/.exec(arg);
      if (!m) continue;
      const sp = spans.get(m[2]);
      if (!sp || sp.type === 'Discard' || sp.type === 'Discuss') continue;
      const role = m[1];
      if (role === 'Cue') a.cue.push(...sp.spans);
      else if (role === 'Source') a.source.push(...sp.spans);
      else if (role === 'Content') a.content.push(...sp.spans);
    }
    for (const k of ['cue', 'source', 'content'] as const) a[k].sort((x, y) => x.start - y.start);
    out.push(a);
  }
  return out;
}

/**
 * Reads a PolNeAR split folder (containing `text/` and `attributions/`): one document per article,
 * with the first annotator's file. `allAnnotators`: one document per annotator file instead (for
 * training only; `name` then ends with the annotator suffix).
 */
export function readPolnear(dir: string, options: { allAnnotators?: boolean } = {}): PolnearDoc[] {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) {
    throw new Error(`PolNeAR folder not found or incomplete: ${dir} (expected text/ and attributions/)`);
  }
  const anns = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const firstAnn = new Map<string, string>();
  for (const f of anns) {
    const name = f.replace(/_[^_]*\.ann$/, '');
    if (!firstAnn.has(name)) firstAnn.set(name, f);
  }
  const docs: PolnearDoc[] = [];
  for (const tf of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    const name = tf.slice(0, -4);
    let text = readFileSync(join(textDir, tf), 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (options.allAnnotators) {
      for (const af of anns.filter((f) => f.replace(/_[^_]*\.ann$/, '') === name)) {
        docs.push({ name: af.slice(0, -4), text, attributions: parseAnn(readFileSync(join(annDir, af), 'utf8'), text) });
      }
      continue;
    }
    const af = firstAnn.get(name);
    const attributions = af ? parseAnn(readFileSync(join(annDir, af), 'utf8'), text) : [];
    docs.push({ name, text, attributions });
  }
  return docs;
}
