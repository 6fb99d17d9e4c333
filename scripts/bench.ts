/**
 * `npm run bench` — speed of the analysis core, measured side by side in one run on articles generated
 * from the project's own templates (scripts/lib/article-gen.ts, seeded, so every run reads the same texts):
 *
 * - plainFullMs / markdownFullMs: full analysis (a new Analyzer each time) of a 10,000-word article as
 *   plain text and as Markdown (the same words with headings, lists, emphasis, links and a code block);
 *   every run, warm-up runs included, analyses an article of its own (another seed: other names, numbers
 *   and sentences from the same templates) that the process has not analysed before (`freshTexts`);
 * - plainEditMs / markdownEditMs: re-analysis after a one-character edit in the middle: one Analyzer
 *   analyses the original, then analyses in turn two variants that differ from each other in that
 *   character, so every analysis re-does one paragraph (plus the document-level passes); a timed run
 *   is EDITS_PER_RUN such edits and counts their mean (one edit alone is too short to time after a forced GC);
 * - winkPosMs: the reference, wink-nlp (wink-eng-lite-web-model) tokenising and part-of-speech tagging
 *   the same 10,000 words (`nlp.readDoc(text).tokens().out(its.pos)`), with a pipeline of part-of-speech
 *   tagging alone (`winkNLP(model, ['pos'])`): wink-nlp's default pipeline also runs sentence boundaries,
 *   negation, sentiment, named entities and custom entities, which took the reference from about 18 to
 *   about 35 ms on this article and halved our ratio (the bench used it until 2026-11-29);
 * - ms100k / ms1M: full analysis of plain articles of about 100,000 and 1,000,000 characters (a new one
 *   each run, as above), and the memory the 1M analysis takes.
 *
 * Figures are medians of several timed runs after warm-up runs (with `node --expose-gc`, a GC runs
 * before each timed run so one run's garbage is not charged to the next). What is compared in a ratio is
 * timed interleaved, run by run, so both sides meet the same load (`measureInterleaved`).
 *
 * Usage: npm run bench -- [--json] [--check] [--runs N]
 *   --json   print exactly one JSON object (keys plainFullMs, markdownFullMs, winkPosMs, plainEditMs,
 *            markdownEditMs, ms100k, ms1M, plus ratios, requirements, sizes and memory)
 *   --check  exit 1 when a requirement fails (otherwise the exit status is 0 regardless)
 *   --runs   timed runs of each measurement (default 9); the 10,000-word analyses and the reference run
 *            interleaved after 10 warm-up rounds, the 100k and 1M analyses interleaved after 2
 */
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { Analyzer, type LanguageId } from '../src/core';
import { editVariants, generateArticle, generatePlain, middleEditOffset } from './lib/article-gen';

const SEED = 20260101;
const WORDS = 10_000;

interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number;
}

const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median and range of timed runs, in ms. */
function statOf(times: number[]): Stat {
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs: times.length };
}

/** Alternates `reference` and `subject`, `warm` rounds untimed then `runs` timed, with no forced GC; each is told its round. */
function steadyState(reference: (call: number) => unknown, subject: (call: number) => unknown, warm: number, runs: number): { reference: Stat; subject: Stat } {
  for (let i = 0; i < warm; i++) {
    reference(i);
    subject(i);
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    reference(warm + i);
    a.push(performance.now() - t);
    t = performance.now();
    subject(warm + i);
    b.push(performance.now() - t);
  }
  return { reference: statOf(a), subject: statOf(b) };
}


/**
 * Runs each of `fns` `warm` times untimed, then `runs` rounds in which each runs once, timed, after a forced
 * GC; the order turns by one place every round. Each function is told how many times it ran before, so that
 * it can take a text it has not seen (`freshTexts`). A subject and its reference thus meet the same load on a
 * shared machine: timed in separate blocks, one block could fall in a busy spell and the other not (the
 * plain / wink-nlp ratio swung between 1.08 and 1.59 over three runs that way, and 1M / 100k between 10.0
 * and 12.2). Returns one median and range per function, in ms.
 */
function measureInterleaved(fns: readonly ((call: number) => unknown)[], warm: number, runs: number): Stat[] {
  for (let i = 0; i < warm; i++) for (const fn of fns) fn(i);
  const times: number[][] = fns.map(() => []);
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < fns.length; k++) {
      const j = (round + k) % fns.length;
      gc?.();
      const t = performance.now();
      fns[j](warm + round);
      times[j].push(performance.now() - t);
    }
  }
  return times.map(statOf);
}

/**
 * Untimed runs before the timed full analyses (wink-nlp's as well): the document pass's functions run once
 * per analysis, so after three runs V8 had not yet optimised them (`link`, `assembleAll`, `finish`,
 * `analyze`: with three, they reached optimised code only during the Markdown measurement, and the plain
 * figure counted their warm-up).
 */
const FULL_WARM_RUNS = 10;

/** Untimed rounds of the 100k and 1M analyses (the memory run and every run before have warmed the code up). */
const SIZE_WARM_RUNS = 2;

/** Untimed and timed rounds of the steady-state line. */
const STEADY_RUNS = 30;

/**
 * Edits timed per run: a re-analysis takes about a millisecond, less than the sweeping left by the GC
 * forced before each timed run costs, so each timed run re-analyses this many edits and counts their mean
 * (with ten, the sweeping's share swung the plain figure between 0.6 and 1.9 ms from run to run).
 */
const EDITS_PER_RUN = 50;

/**
 * Untimed edit runs first: one edit calls the document pass's functions once where one full analysis calls
 * the detectors thousands of times, so V8 needs many edits (about 100-200 here) before the edit path runs
 * optimised code, as it does while someone types. 20 runs of EDITS_PER_RUN edits.
 */
const EDIT_WARM_RUNS = 20;

/** Times re-analysis after one-character edits: the Analyzer has seen the original, then alternates A, B, A, ... */
function measureEdit(text: string, languageId: LanguageId, warm: number, runs: number): Stat {
  const [a, b] = editVariants(text, middleEditOffset(text));
  const analyzer = new Analyzer();
  analyzer.analyze(text, languageId);
  let i = 0;
  const edits = (): void => {
    for (let k = 0; k < EDITS_PER_RUN; k++) analyzer.analyze(i++ % 2 === 0 ? a : b, languageId);
  };
  const [s] = measureInterleaved([edits], warm, runs);
  return { median: s.median / EDITS_PER_RUN, min: s.min / EDITS_PER_RUN, max: s.max / EDITS_PER_RUN, runs: s.runs };
}

/**
 * `count` texts from the same generator, each from its own seed (`base` + 1, + 2, ...). A full analysis is
 * timed on a text the process has not analysed before: the core keeps what it learns about words (stems,
 * concepts, the model's per-word records and feature sums) from one analysis to the next, so analysing
 * one article again and again would time a warm path that a new article does not take (in November 2026 a
 * new article cost 1.6-2.4 times as much as the same one again).
 */
function freshTexts<T>(base: number, count: number, make: (seed: number) => T): T[] {
  return Array.from({ length: count }, (_, i) => make(base + 1 + i));
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

interface Requirement {
  name: string;
  value: number;
  op: '<=' | '>=';
  limit: number;
  pass: boolean;
}

function req(name: string, value: number, op: '<=' | '>=', limit: number): Requirement {
  return { name, value, op, limit, pass: op === '<=' ? value <= limit : value >= limit };
}

function main(): number {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      json: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      runs: { type: 'string', default: '9' },
    },
    strict: true,
  });
  const runs = Math.max(1, Number.parseInt(values.runs, 10) || 9);
  const log = (s: string) => {
    if (!values.json) process.stderr.write(s);
  };

  // the article of the edit measurements
  const article = generateArticle(SEED, WORDS);
  const text1M = generatePlain(SEED, 1_000_000);

  // Memory of the 1M analysis first, while the process is still small (maxRSS is a process-lifetime peak).
  log('measuring 1M memory...\n');
  gc?.();
  const before = process.memoryUsage();
  const t1M = performance.now();
  const result1M = new Analyzer().analyze(text1M, 'plaintext');
  const firstMs1M = performance.now() - t1M;
  const after = process.memoryUsage();
  gc?.();
  const retained = process.memoryUsage();
  const memory1M = {
    heapBeforeMB: mb(before.heapUsed),
    heapAfterMB: mb(after.heapUsed),
    heapGrowthMB: mb(after.heapUsed - before.heapUsed),
    retainedWithResultMB: mb(retained.heapUsed - before.heapUsed),
    rssAfterMB: mb(after.rss),
    maxRssMB: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10,
    firstRunMs: Math.round(firstMs1M),
    items: result1M.attributions.length + result1M.denials.length + result1M.claims.length + result1M.links.length,
    gcExposed: gc !== undefined,
  };

  log('generating the articles...\n');
  // Texts never analysed before each full analysis (`freshTexts`): plain and Markdown from different seeds,
  // since the two share words; wink-nlp tags the plain analysis's text.
  const fullRounds = FULL_WARM_RUNS + runs;
  const plainGenerated = freshTexts(SEED, fullRounds, (seed) => generateArticle(seed, WORDS));
  const plainArticles = plainGenerated.map((a) => a.plain);
  const markdownArticles = freshTexts(SEED + 1000, fullRounds, (seed) => generateArticle(seed, WORDS).markdown);
  const sizeRounds = SIZE_WARM_RUNS + runs;
  const texts100k = freshTexts(SEED + 2000, sizeRounds, (seed) => generatePlain(seed, 100_000));
  const texts1M = freshTexts(SEED + 3000, sizeRounds, (seed) => generatePlain(seed, 1_000_000));
  const steadyArticles = freshTexts(SEED + 4000, 2 * STEADY_RUNS, (seed) => generateArticle(seed, WORDS).plain);

  log('wink-nlp reference...\n');
  // Tokens and part-of-speech tags only: the requirement's "the time wink-nlp needs just to tag them".
  const nlp = winkNLP(model, ['pos']);
  const its = nlp.its;
  log('full analysis, 10,000 words, interleaved with the reference...\n');
  const [wink, plainFull, markdownFull] = measureInterleaved(
    [
      (i) => nlp.readDoc(plainArticles[i]).tokens().out(its.pos),
      (i) => new Analyzer().analyze(plainArticles[i], 'plaintext'),
      (i) => new Analyzer().analyze(markdownArticles[i], 'markdown'),
    ],
    FULL_WARM_RUNS,
    runs,
  );

  log('one-character edits...\n');
  const plainEdit = measureEdit(article.plain, 'plaintext', EDIT_WARM_RUNS, runs);
  const markdownEdit = measureEdit(article.markdown, 'markdown', EDIT_WARM_RUNS, runs);

  log('100k and 1M characters...\n');
  const [s100k, s1M] = measureInterleaved(
    [(i) => new Analyzer().analyze(texts100k[i], 'plaintext'), (i) => new Analyzer().analyze(texts1M[i], 'plaintext')],
    SIZE_WARM_RUNS,
    runs,
  );

  // Steady state, for information (the requirements use the figures above): wink-nlp and the plain full
  // analysis alternate, 30 untimed rounds then 30 timed, no forced GC, as the code runs when it is hot
  // (an editor re-analysing on every keystroke): each run pays its share of collection as it comes.
  log('steady state...\n');
  const steady = steadyState(
    (i) => nlp.readDoc(steadyArticles[i]).tokens().out(its.pos),
    (i) => new Analyzer().analyze(steadyArticles[i], 'plaintext'),
    STEADY_RUNS,
    STEADY_RUNS,
  );

  const r = (x: number) => Math.round(x * 1000) / 1000;
  const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.POSITIVE_INFINITY);
  const ratios = {
    plainFullOverWinkPos: ratio(plainFull.median, wink.median),
    markdownFullOverPlainFull: ratio(markdownFull.median, plainFull.median),
    plainFullOverPlainEdit: ratio(plainFull.median, plainEdit.median),
    markdownFullOverMarkdownEdit: ratio(markdownFull.median, markdownEdit.median),
    ms1MOverMs100k: ratio(s1M.median, s100k.median),
  };
  const reqs = [
    req('plain full / wink-nlp POS (10k words)', ratios.plainFullOverWinkPos, '<=', 0.5),
    req('markdown full / plain full', ratios.markdownFullOverPlainFull, '<=', 1.5),
    req('plain full / plain edit', ratios.plainFullOverPlainEdit, '>=', 20),
    req('markdown full / markdown edit', ratios.markdownFullOverMarkdownEdit, '>=', 20),
    req('1M chars / 100k chars', ratios.ms1MOverMs100k, '<=', 12),
  ];

  const sizes = {
    words10k: article.words,
    freshWords10k: { min: Math.min(...plainGenerated.map((a) => a.words)), max: Math.max(...plainGenerated.map((a) => a.words)) },
    plainChars: article.plain.length,
    markdownChars: article.markdown.length,
    chars100k: texts100k[0].length,
    chars1M: texts1M[0].length,
  };

  if (values.json) {
    const out = {
      plainFullMs: r(plainFull.median),
      markdownFullMs: r(markdownFull.median),
      winkPosMs: r(wink.median),
      plainEditMs: r(plainEdit.median),
      markdownEditMs: r(markdownEdit.median),
      ms100k: r(s100k.median),
      ms1M: r(s1M.median),
      ratios: Object.fromEntries(Object.entries(ratios).map(([k, v]) => [k, r(v)])),
      requirements: reqs.map((q) => ({ ...q, value: r(q.value) })),
      pass: reqs.every((q) => q.pass),
      runs: { plainFull, markdownFull, winkPos: wink, plainEdit, markdownEdit, ms100k: s100k, ms1M: s1M },
      steadyState: { winkPosMs: r(steady.reference.median), plainFullMs: r(steady.subject.median), plainFullOverWinkPos: r(steady.subject.median / steady.reference.median) },
      sizes,
      memory1M,
      node: process.version,
    };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    const f = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
    const row = (label: string, s: Stat, note = '') =>
      `  ${label.padEnd(34)}${f(s.median).padStart(9)} ms   (min ${f(s.min)}, max ${f(s.max)}, ${s.runs} runs)${note}`;
    const lines = [
      `Counterpoint bench — node ${process.version}${gc ? ', gc between runs' : ' (run with node --expose-gc for gc between runs)'}`,
      `  texts: a new article for every full analysis (${sizes.freshWords10k.min}-${sizes.freshWords10k.max} words); edits in one of ${sizes.words10k} words = ` +
        `${sizes.plainChars} chars plain / ${sizes.markdownChars} chars Markdown; ${sizes.chars100k} and ${sizes.chars1M} chars plain`,
      '',
      '  median of timed runs after warm-up',
      row('wink-nlp tokens + POS, 10k words', wink, '  (reference)'),
      row('full analysis, plain 10k words', plainFull),
      row('full analysis, Markdown 10k words', markdownFull),
      row('one-char edit, plain', plainEdit),
      row('one-char edit, Markdown', markdownEdit),
      row('full analysis, 100k chars', s100k),
      row('full analysis, 1M chars', s1M),
      '',
      `  1M chars memory: heap ${memory1M.heapBeforeMB} -> ${memory1M.heapAfterMB} MB (+${memory1M.heapGrowthMB} MB during the analysis, ` +
        `${memory1M.retainedWithResultMB} MB retained with the result), rss ${memory1M.rssAfterMB} MB, process peak rss ${memory1M.maxRssMB} MB; ` +
        `first (cold) run ${memory1M.firstRunMs} ms, ${memory1M.items} items found`,
      '',
      `  steady state (30 alternating runs after 30, no forced GC): wink-nlp ${f(steady.reference.median)} ms, plain full ${f(steady.subject.median)} ms, ` +
        `ratio ${f(steady.subject.median / steady.reference.median)} (information only)`,
      '',
      '  requirements (issue 2, "Speed, measured")',
      ...reqs.map((q) => `  ${q.pass ? 'PASS' : 'FAIL'}  ${q.name.padEnd(40)}${f(q.value).padStart(9)}  (${q.op} ${q.limit})`),
      '',
      reqs.every((q) => q.pass) ? 'all speed requirements pass' : `${reqs.filter((q) => !q.pass).length} of ${reqs.length} speed requirements fail`,
    ];
    process.stdout.write(lines.join('\n') + '\n');
  }
  return values.check && !reqs.every((q) => q.pass) ? 1 : 0;
}

process.exitCode = main();
