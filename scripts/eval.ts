/**
 * `npm run eval` — scores the analysis against the shared corpus (`../shared/corpus` relative to the
 * repository root, or `$COUNTERPOINT_CORPUS`). The corpus is read at run time and never copied into
 * the project; when it is absent the script says so and exits 0.
 *
 * Usage: npm run eval -- [--dataset seed|polnear|emergent]... [--json] [--verbose] [--check]
 *   --dataset  only these datasets (repeat or comma-separate; default: all three)
 *   --json     print exactly one JSON object with every figure (nothing else on stdout)
 *   --verbose  list missed required items and false findings with their text
 *   --check    exit 1 when a requirement fails (without it the exit status is 0 regardless)
 *
 * Definitions (the pure functions are in scripts/lib/scoring.ts, unit-tested in test/unit/scoring.test.ts):
 *
 * seed (seed/lavrov-iran-drones.txt + .gold.json), analysed as plaintext:
 * - Gold SPANs resolve to the one occurrence of the string, or of `text` inside the one occurrence of `near`.
 * - Gold attributions of kind `attribution` are matched with analysis.attributions, gold `denial` with
 *   analysis.denials (the target standing for the gold content), by cue overlap (> 0 characters),
 *   one-to-one, largest overlap first.
 * - Claims match when their overlap covers at least half of the longer span (one-to-one, largest first).
 * - A gold link end (C* or A*) stands for the found claim / attribution / denial it matched; a found link
 *   `{claim, counter}` matches a gold link when its two ids are those two found items, in either order.
 * - `optional` gold items are never misses, and a found item matching one is never a false finding.
 *   Per kind: required found = required gold items matched; P = matched-required / (matched-required +
 *   unmatched found); R = matched-required / required.
 * - cues/sources/contents on the seed: the PolNeAR figures below over the required attributions and
 *   denials (found items matching an optional gold item left out).
 *
 * PolNeAR dev (polnear/dev, read by scripts/lib/polnear.ts: first annotator's file per article, code point
 * offsets converted to UTF-16, split spans kept as fragments, Content2 added to the content, Discard and
 * Discuss ignored, unparsable lines skipped; every E line with a Cue is a gold attribution; an E line
 * without one cannot be matched and is left out, as in scripts/train/score.ts), analysed as plaintext.
 * Found items are analysis.attributions plus analysis.denials (cue, source, target as content), since
 * PolNeAR annotates denials as attributions. Per article, then summed over articles (micro average):
 * - cue: a found item matches a gold one when the cues overlap, one-to-one, largest overlap first;
 *   P = matched / found, R = matched / gold.
 * - source: right when a matched pair's sources overlap; P = right / found items that have a source
 *   (matched or not), R = right / gold items that have a source.
 * - content: right when a matched pair's contents overlap by at least half of the longer one;
 *   P = right / found items that have content, R = right / gold items that have content.
 *
 * Emergent (emergent/url-versions-2015-06-14-clean-train.csv): each articleHeadline is analysed as
 * plaintext; it is predicted `against` exactly when the analysis has at least one denial. P/R/F1 of the
 * `against` class against articleHeadlineStance, and the confusion of gold stance x prediction.
 *
 * Conventions: P = 1 when nothing was found and nothing expected, 0 when nothing was found but something
 * was expected; R = 1 when nothing was expected; F1 = harmonic mean (0 when P + R = 0).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Analyzer, ANALYSIS_SCHEMA, type Analysis } from '../src/core';
import { corpusDir, corpusLabel, readSeed, SEED_NAME } from './lib/corpus';
import { readEmergent } from './lib/emergent';
import { readPolnear, type Span as PolnearSpan } from './lib/polnear';
import {
  foundAttributionItems,
  scoreAttributions,
  scoreSeed,
  scoreStance,
  sumPrf,
  type AttributionItem,
  type Prf,
  type SeedKindScore,
  type SeedScore,
  type StanceScore,
} from './lib/scoring';

const DATASETS = ['seed', 'polnear', 'emergent'] as const;
type Dataset = (typeof DATASETS)[number];

interface Options {
  datasets: Dataset[];
  json: boolean;
  verbose: boolean;
  check: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      dataset: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write('Usage: npm run eval -- [--dataset seed|polnear|emergent]... [--json] [--verbose] [--check]\n');
    process.exit(0);
  }
  const wanted = (values.dataset ?? []).flatMap((d) => d.split(',')).map((d) => d.trim()).filter((d) => d !== '');
  for (const d of wanted) {
    if (!(DATASETS as readonly string[]).includes(d)) throw new Error(`unknown dataset "${d}" (expected one of: ${DATASETS.join(', ')})`);
  }
  return {
    datasets: wanted.length > 0 ? DATASETS.filter((d) => wanted.includes(d)) : [...DATASETS],
    json: values.json,
    verbose: values.verbose,
    check: values.check,
  };
}

// ---------------------------------------------------------------------------------------------
// Running the analyzer

interface AnalysisError {
  name: string;
  message: string;
}

function emptyAnalysis(text: string): Analysis {
  return { schema: ANALYSIS_SCHEMA, source: { languageId: 'plaintext', length: text.length }, attributions: [], denials: [], claims: [], links: [] };
}

/** Analyses one text with a fresh Analyzer; an exception is recorded and counts as an empty analysis. */
function analyzeSafely(text: string, name: string, errors: AnalysisError[]): Analysis {
  try {
    return new Analyzer().analyze(text, 'plaintext', name);
  } catch (e) {
    errors.push({ name, message: e instanceof Error ? e.message : String(e) });
    return emptyAnalysis(text);
  }
}

// ---------------------------------------------------------------------------------------------
// Datasets

interface Skipped {
  skipped: string;
}

interface SeedResult {
  file: string;
  ms: number;
  errors: AnalysisError[];
  score: SeedScore;
}

interface PolnearResult {
  articles: number;
  goldAttributions: number;
  /** Gold E lines without a Cue argument: left out (they cannot be matched by cue). */
  goldWithoutCue: number;
  foundItems: number;
  ms: number;
  errors: AnalysisError[];
  cue: Prf;
  source: Prf;
  content: Prf;
  perArticle: { name: string; cue: Prf; source: Prf; content: Prf }[];
  missedCues: [string, number][];
  falseCues: [string, number][];
  /** The first missed gold items and false found items, with their text. */
  missedExamples: string[];
  falseExamples: string[];
}

interface EmergentResult {
  headlines: number;
  ms: number;
  errors: AnalysisError[];
  score: StanceScore;
  falsePositives: string[];
  falseNegatives: string[];
}

function evalSeed(dir: string): SeedResult | Skipped {
  if (!existsSync(join(dir, 'seed', `${SEED_NAME}.txt`))) return { skipped: `seed/${SEED_NAME}.txt not found` };
  const t0 = performance.now();
  const seed = readSeed(dir);
  const errors: AnalysisError[] = [];
  const analysis = analyzeSafely(seed.text, `${SEED_NAME}.txt`, errors);
  const score = scoreSeed(seed.text, seed.gold, analysis);
  return { file: `seed/${SEED_NAME}.txt`, ms: performance.now() - t0, errors, score };
}

const toFragments = (spans: PolnearSpan[]) => (spans.length > 0 ? spans.map((s) => ({ start: s.start, end: s.end })) : null);

function countTexts(into: Map<string, number>, text: string): void {
  const k = text.toLowerCase().replace(/\s+/g, ' ').trim();
  into.set(k, (into.get(k) ?? 0) + 1);
}

function top(counts: Map<string, number>, n: number): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
}

/** How many missed / false PolNeAR items --verbose lists. */
const EXAMPLES = 40;

function evalPolnear(dir: string): PolnearResult | Skipped {
  const split = join(dir, 'polnear', 'dev');
  if (!existsSync(split)) return { skipped: 'polnear/dev not found' };
  const t0 = performance.now();
  const docs = readPolnear(split);
  const errors: AnalysisError[] = [];
  const perArticle: PolnearResult['perArticle'] = [];
  const cues: Prf[] = [];
  const sources: Prf[] = [];
  const contents: Prf[] = [];
  const missed = new Map<string, number>();
  const falseCues = new Map<string, number>();
  const missedExamples: string[] = [];
  const falseExamples: string[] = [];
  let goldAttributions = 0;
  let goldWithoutCue = 0;
  let foundItems = 0;
  for (const doc of docs) {
    const gold: AttributionItem[] = [];
    doc.attributions.forEach((a, i) => {
      if (a.cue.length === 0) {
        goldWithoutCue++;
        return;
      }
      gold.push({ id: `E${i + 1}`, kind: 'attribution', cue: toFragments(a.cue) ?? [], source: toFragments(a.source), content: toFragments(a.content) });
    });
    const found = foundAttributionItems(analyzeSafely(doc.text, doc.name, errors));
    const s = scoreAttributions(gold, found);
    goldAttributions += gold.length;
    foundItems += found.length;
    cues.push(s.cue);
    sources.push(s.source);
    contents.push(s.content);
    perArticle.push({ name: doc.name, cue: s.cue, source: s.source, content: s.content });
    const mg = new Set(s.pairs.map((p) => p.gold));
    const mf = new Set(s.pairs.map((p) => p.found));
    const part = (f: AttributionItem['cue'] | null, max: number) => {
      if (!f) return '-';
      const t = f.map((r) => doc.text.slice(r.start, r.end)).join(' … ').replace(/\s+/g, ' ');
      return t.length > max ? `${t.slice(0, max)}…` : t;
    };
    const describe = (x: AttributionItem) => `${doc.name}: cue "${part(x.cue, 40)}" | source "${part(x.source, 40)}" | content "${part(x.content, 70)}"`;
    gold.forEach((g, i) => {
      if (mg.has(i)) return;
      countTexts(missed, part(g.cue, 1000));
      if (missedExamples.length < EXAMPLES) missedExamples.push(describe(g));
    });
    found.forEach((f, i) => {
      if (mf.has(i)) return;
      countTexts(falseCues, part(f.cue, 1000));
      if (falseExamples.length < EXAMPLES) falseExamples.push(`${describe(f)}${f.kind === 'denial' ? ' (denial)' : ''}`);
    });
  }
  return {
    articles: docs.length,
    goldAttributions,
    goldWithoutCue,
    foundItems,
    ms: performance.now() - t0,
    errors,
    cue: sumPrf(cues),
    source: sumPrf(sources),
    content: sumPrf(contents),
    perArticle,
    missedCues: top(missed, 25),
    falseCues: top(falseCues, 25),
    missedExamples,
    falseExamples,
  };
}

const EMERGENT_FILE = join('emergent', 'url-versions-2015-06-14-clean-train.csv');

function evalEmergent(dir: string): EmergentResult | Skipped {
  const file = join(dir, EMERGENT_FILE);
  if (!existsSync(file)) return { skipped: `${EMERGENT_FILE} not found` };
  const t0 = performance.now();
  const rows = readEmergent(file);
  const errors: AnalysisError[] = [];
  const falsePositives: string[] = [];
  const falseNegatives: string[] = [];
  const scored = rows.map((row, i) => {
    const a = analyzeSafely(row.articleHeadline, `headline ${i + 1}`, errors);
    const predictedAgainst = a.denials.length > 0;
    if (predictedAgainst && row.stance !== 'against') {
      falsePositives.push(`[${row.stance}] ${row.articleHeadline}  (denial cue "${a.denials[0].cue.text}")`);
    }
    if (!predictedAgainst && row.stance === 'against') falseNegatives.push(row.articleHeadline);
    return { gold: row.stance, predictedAgainst };
  });
  return { headlines: rows.length, ms: performance.now() - t0, errors, score: scoreStance(scored), falsePositives, falseNegatives };
}

// ---------------------------------------------------------------------------------------------
// Requirements (issue 2, "Quality, measured")

interface Requirement {
  dataset: Dataset;
  name: string;
  /** Shown value, e.g. "10/12" or "0.812". */
  shown: string;
  value: number;
  target: string;
  status: 'PASS' | 'FAIL' | 'SKIP';
}

const isSkipped = (x: object): x is Skipped => 'skipped' in x;

function requirements(results: Partial<Record<Dataset, object>>): Requirement[] {
  const out: Requirement[] = [];
  const seed = results.seed;
  const kinds: ['attributions' | 'denials' | 'links', string][] = [
    ['attributions', 'attributions'],
    ['denials', 'denials'],
    ['links', 'links'],
  ];
  if (seed) {
    for (const [k, label] of kinds) {
      if (isSkipped(seed)) {
        out.push({ dataset: 'seed', name: `${label}: every required one found`, shown: '-', value: NaN, target: 'all', status: 'SKIP' });
        out.push({ dataset: 'seed', name: `${label}: precision`, shown: '-', value: NaN, target: '>= 0.90', status: 'SKIP' });
        continue;
      }
      const s = (seed as SeedResult).score[k];
      out.push({
        dataset: 'seed',
        name: `${label}: every required one found`,
        shown: `${s.requiredFound}/${s.required}`,
        value: s.requiredFound / Math.max(1, s.required),
        target: 'all',
        status: s.requiredFound === s.required ? 'PASS' : 'FAIL',
      });
      out.push({ dataset: 'seed', name: `${label}: precision`, ...atLeast(s.prf.precision, 0.9) });
    }
  }
  const polnear = results.polnear;
  if (polnear) {
    const p = isSkipped(polnear) ? null : (polnear as PolnearResult);
    out.push({ dataset: 'polnear', name: 'cue F1', ...atLeast(p?.cue.f1, 0.8) });
    out.push({ dataset: 'polnear', name: 'source F1', ...atLeast(p?.source.f1, 0.7) });
    out.push({ dataset: 'polnear', name: 'content F1', ...atLeast(p?.content.f1, 0.6) });
  }
  const emergent = results.emergent;
  if (emergent) {
    const e = isSkipped(emergent) ? null : (emergent as EmergentResult);
    out.push({ dataset: 'emergent', name: 'against F1', ...atLeast(e?.score.against.f1, 0.6) });
  }
  return out;
}

function atLeast(value: number | undefined, min: number): Pick<Requirement, 'shown' | 'value' | 'target' | 'status'> {
  if (value === undefined) return { shown: '-', value: NaN, target: `>= ${min.toFixed(2)}`, status: 'SKIP' };
  return { shown: value.toFixed(4), value, target: `>= ${min.toFixed(2)}`, status: value >= min ? 'PASS' : 'FAIL' };
}

// ---------------------------------------------------------------------------------------------
// Output

const f3 = (x: number) => x.toFixed(3);
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);

function prfJson(p: Prf) {
  return { precision: round(p.precision), recall: round(p.recall), f1: round(p.f1), tp: p.tp, found: p.found, gold: p.gold };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function kindJson(k: SeedKindScore, verbose: boolean) {
  return {
    required: k.required,
    requiredFound: k.requiredFound,
    optional: k.optional,
    optionalFound: k.optionalFound,
    reported: k.found,
    falseFound: k.falseFound,
    ...prfJson(k.prf),
    ...(verbose ? { missed: k.missed, falseFindings: k.falseFindings } : {}),
  };
}

function toJson(results: Partial<Record<Dataset, object>>, reqs: Requirement[], totalMs: number, verbose: boolean) {
  const out: Record<string, unknown> = { corpus: corpusDir() };
  const seed = results.seed;
  if (seed) {
    if (isSkipped(seed)) out.seed = seed;
    else {
      const s = seed as SeedResult;
      out.seed = {
        file: s.file,
        ms: Math.round(s.ms),
        errors: s.errors,
        attributions: kindJson(s.score.attributions, verbose),
        denials: kindJson(s.score.denials, verbose),
        claims: kindJson(s.score.claims, verbose),
        links: kindJson(s.score.links, verbose),
        cues: prfJson(s.score.cue),
        sources: prfJson(s.score.source),
        contents: prfJson(s.score.content),
      };
    }
  }
  const polnear = results.polnear;
  if (polnear) {
    if (isSkipped(polnear)) out.polnear = polnear;
    else {
      const p = polnear as PolnearResult;
      out.polnear = {
        split: 'dev',
        articles: p.articles,
        goldAttributions: p.goldAttributions,
        goldWithoutCue: p.goldWithoutCue,
        foundItems: p.foundItems,
        ms: Math.round(p.ms),
        errors: p.errors,
        cues: prfJson(p.cue),
        sources: prfJson(p.source),
        contents: prfJson(p.content),
        ...(verbose
          ? {
              missedCues: p.missedCues,
              falseCues: p.falseCues,
              missedExamples: p.missedExamples,
              falseExamples: p.falseExamples,
              perArticle: p.perArticle.map((a) => ({ name: a.name, cue: prfJson(a.cue), source: prfJson(a.source), content: prfJson(a.content) })),
            }
          : {}),
      };
    }
  }
  const emergent = results.emergent;
  if (emergent) {
    if (isSkipped(emergent)) out.emergent = emergent;
    else {
      const e = emergent as EmergentResult;
      out.emergent = {
        split: 'train',
        headlines: e.headlines,
        ms: Math.round(e.ms),
        errors: e.errors,
        against: prfJson(e.score.against),
        confusion: e.score.confusion,
        ...(verbose ? { falsePositives: e.falsePositives, falseNegatives: e.falseNegatives } : {}),
      };
    }
  }
  out.requirements = reqs.map((r) => ({ dataset: r.dataset, name: r.name, value: Number.isNaN(r.value) ? null : round(r.value), target: r.target, status: r.status }));
  out.pass = reqs.every((r) => r.status !== 'FAIL');
  out.totalMs = Math.round(totalMs);
  return out;
}

function printErrors(lines: string[], errors: AnalysisError[]): void {
  if (errors.length === 0) return;
  lines.push(`  ! the analyzer threw on ${errors.length} text(s), scored as empty analyses:`);
  for (const e of errors.slice(0, 10)) lines.push(`    ${e.name}: ${e.message}`);
  if (errors.length > 10) lines.push(`    ... and ${errors.length - 10} more`);
}

function prfRow(label: string, p: Prf, extra = ''): string {
  return `  ${pad(label, 14)}${lpad(f3(p.precision), 7)}${lpad(f3(p.recall), 8)}${lpad(f3(p.f1), 8)}${lpad(p.tp, 7)}${lpad(p.found, 7)}${lpad(p.gold, 7)}${extra}`;
}

const PRF_HEADER = `  ${pad('', 14)}${lpad('P', 7)}${lpad('R', 8)}${lpad('F1', 8)}${lpad('tp', 7)}${lpad('found', 7)}${lpad('gold', 7)}`;

function printText(results: Partial<Record<Dataset, object>>, reqs: Requirement[], totalMs: number, verbose: boolean): string {
  const lines: string[] = [`Counterpoint eval — corpus ${corpusDir()}`, ''];
  const seed = results.seed;
  if (seed) {
    if (isSkipped(seed)) lines.push(`seed: skipped (${seed.skipped})`, '');
    else {
      const s = seed as SeedResult;
      lines.push(`seed: ${s.file}  (${s.ms.toFixed(0)} ms)`);
      const kinds = [
        ['attributions', s.score.attributions],
        ['denials', s.score.denials],
        ['claims', s.score.claims],
        ['links', s.score.links],
      ] as const;
      for (const [label, k] of kinds) lines.push(`  ${label} ${k.requiredFound}/${k.required} required found`);
      lines.push(PRF_HEADER + '  false  optional matched');
      for (const [label, k] of kinds) lines.push(prfRow(label, k.prf, `${lpad(k.falseFound, 7)}  ${k.optionalFound}/${k.optional}`));
      lines.push(prfRow('cues', s.score.cue), prfRow('sources', s.score.source), prfRow('contents', s.score.content));
      printErrors(lines, s.errors);
      if (verbose) {
        for (const [label, k] of kinds) {
          if (k.missed.length > 0) {
            lines.push(`  missed required ${label}:`);
            for (const m of k.missed) lines.push(`    ${m.id}: ${m.text}${m.note ? `  [${m.note}]` : ''}`);
          }
          if (k.falseFindings.length > 0) {
            lines.push(`  false ${label}:`);
            for (const f of k.falseFindings) lines.push(`    ${f.id}: ${f.text}`);
          }
        }
      }
      lines.push('');
    }
  }
  const polnear = results.polnear;
  if (polnear) {
    if (isSkipped(polnear)) lines.push(`polnear: skipped (${polnear.skipped})`, '');
    else {
      const p = polnear as PolnearResult;
      lines.push(
        `polnear dev: ${p.articles} articles, ${p.goldAttributions} gold attributions (${p.goldWithoutCue} without a cue left out), ` +
          `${p.foundItems} found attributions+denials  (${p.ms.toFixed(0)} ms)`,
      );
      lines.push(PRF_HEADER, prfRow('cues', p.cue), prfRow('sources', p.source), prfRow('contents', p.content));
      printErrors(lines, p.errors);
      if (verbose) {
        lines.push('  per article (cue F1 / source F1 / content F1, gold, found):');
        for (const a of p.perArticle) lines.push(`    ${f3(a.cue.f1)} / ${f3(a.source.f1)} / ${f3(a.content.f1)}  ${lpad(a.cue.gold, 3)} ${lpad(a.cue.found, 3)}  ${a.name}`);
        lines.push(`  most frequent missed gold cues: ${p.missedCues.map(([c, n]) => `"${c}" ${n}`).join(', ') || '(none)'}`);
        lines.push(`  most frequent false found cues: ${p.falseCues.map(([c, n]) => `"${c}" ${n}`).join(', ') || '(none)'}`);
        lines.push(`  first ${p.missedExamples.length} missed gold attributions:`, ...p.missedExamples.map((x) => `    ${x}`));
        lines.push(`  first ${p.falseExamples.length} false found attributions/denials:`, ...p.falseExamples.map((x) => `    ${x}`));
      }
      lines.push('');
    }
  }
  const emergent = results.emergent;
  if (emergent) {
    if (isSkipped(emergent)) lines.push(`emergent: skipped (${emergent.skipped})`, '');
    else {
      const e = emergent as EmergentResult;
      lines.push(`emergent train: ${e.headlines} headlines  (${e.ms.toFixed(0)} ms); predicted against = a denial is found`);
      lines.push(PRF_HEADER, prfRow('against', e.score.against));
      lines.push('  confusion (gold stance: predicted against / not against):');
      for (const [stance, c] of Object.entries(e.score.confusion).sort()) lines.push(`    ${pad(stance, 10)}${lpad(c.against, 6)} /${lpad(c.other, 6)}`);
      printErrors(lines, e.errors);
      if (verbose) {
        const show = (title: string, xs: string[]) => {
          lines.push(`  ${title} (${xs.length}${xs.length > 40 ? ', first 40' : ''}):`);
          for (const x of xs.slice(0, 40)) lines.push(`    ${x}`);
        };
        show('false against (denial found, stance not against)', e.falsePositives);
        show('missed against (no denial found)', e.falseNegatives);
      }
      lines.push('');
    }
  }
  lines.push('Requirements (issue 2, "Quality, measured"):');
  for (const r of reqs) lines.push(`  ${r.status}  ${pad(`${r.dataset}: ${r.name}`, 44)}${lpad(r.shown, 8)}  (${r.target})`);
  const failed = reqs.filter((r) => r.status === 'FAIL').length;
  lines.push('', `${failed === 0 ? 'all requirements pass' : `${failed} of ${reqs.length} requirements fail`}; eval took ${(totalMs / 1000).toFixed(1)} s`);
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------

function main(): number {
  let opts: Options;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`eval: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const dir = corpusDir();
  if (!existsSync(dir)) {
    const message = `skipped: ${corpusLabel()} not found (resolved to ${dir}; set COUNTERPOINT_CORPUS to point elsewhere)`;
    if (opts.json) process.stdout.write(JSON.stringify({ skipped: message }) + '\n');
    else process.stdout.write(message + '\n');
    return 0;
  }
  const t0 = performance.now();
  const results: Partial<Record<Dataset, object>> = {};
  const run: Record<Dataset, (d: string) => object> = { seed: evalSeed, polnear: evalPolnear, emergent: evalEmergent };
  for (const d of opts.datasets) results[d] = run[d](dir);
  const totalMs = performance.now() - t0;
  const reqs = requirements(results);
  if (opts.json) process.stdout.write(JSON.stringify(toJson(results, reqs, totalMs, opts.verbose), null, 2) + '\n');
  else process.stdout.write(printText(results, reqs, totalMs, opts.verbose));
  return opts.check && reqs.some((r) => r.status === 'FAIL') ? 1 : 0;
}

process.exitCode = main();
