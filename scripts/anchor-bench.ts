/**
 * Anchoring benchmark: over the article revisions in test/fixtures/revisions (written for the project), anchors
 * each annotation made on an article's v0.md in each revision and counts correct anchors (the anchored range
 * overlaps the true location of the annotated words), orphans (split into "text deleted", the right answer, and
 * "missed", text still there), and wrong anchors (must be 0). Reports time per anchor.
 *
 *   npx tsx scripts/anchor-bench.ts [--json] [--verbose] [--runs N] [--pad CHARS] [--dir DIR]
 *
 * --pad embeds each revision in the middle of about CHARS characters of the other articles' text, to measure
 * anchoring in a long document (and that the other articles' text does not attract wrong anchors).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { anchor, selectorsFor, type AnchorResult, type Selectors } from '../src/core/annotations';

type Loc = string | { quote: string; occurrence: number };
interface Truth {
  annotations: Record<string, Loc>;
  revisions: Record<string, Record<string, Loc | null>>;
}

type Outcome = 'correct' | 'orphan-deleted' | 'orphan-missed' | 'wrong';

interface Row {
  article: string;
  revision: string;
  annotation: string;
  outcome: Outcome;
  status: AnchorResult['status'];
  score: number;
  microseconds: number;
  anchored?: string;
  expected: string | null;
}

function args() {
  const a = process.argv.slice(2);
  const get = (name: string) => {
    const i = a.indexOf(name);
    return i >= 0 ? a[i + 1] : undefined;
  };
  return {
    json: a.includes('--json'),
    verbose: a.includes('--verbose'),
    runs: Number(get('--runs') ?? 200),
    /** Embed each revision in this many characters of other articles' text (a long document), 0: off. */
    pad: Number(get('--pad') ?? 0),
    dir: get('--dir') ?? join(__dirname, '..', 'test', 'fixtures', 'revisions'),
  };
}

function locate(text: string, loc: Loc, where: string): { start: number; end: number } {
  const quote = typeof loc === 'string' ? loc : loc.quote;
  const occurrence = typeof loc === 'string' ? 0 : loc.occurrence;
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  if (found.length === 0) throw new Error(`${where}: ${JSON.stringify(quote)} not found`);
  if (typeof loc === 'string' && found.length > 1) throw new Error(`${where}: ${JSON.stringify(quote)} occurs ${found.length} times; give { quote, occurrence }`);
  if (occurrence >= found.length) throw new Error(`${where}: occurrence ${occurrence} of ${JSON.stringify(quote)} not found`);
  return { start: found[occurrence], end: found[occurrence] + quote.length };
}

function main(): void {
  const opt = args();
  if (!existsSync(opt.dir)) {
    console.error(`anchor-bench: no revisions directory at ${opt.dir}`);
    process.exit(1);
  }
  const rows: Row[] = [];
  const articles = readdirSync(opt.dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const filler = (except: string): [string, string] => {
    if (opt.pad <= 0) return ['', ''];
    const parts: string[] = [];
    for (const a of articles.filter((x) => x !== except)) {
      for (const f of readdirSync(join(opt.dir, a)).filter((f) => f.endsWith('.md')).sort()) parts.push(readFileSync(join(opt.dir, a, f), 'utf8'));
    }
    let all = parts.join('\n\n');
    while (all.length < opt.pad) all += '\n\n' + all;
    all = all.slice(0, opt.pad);
    const half = all.lastIndexOf('\n\n', all.length / 2);
    return [all.slice(0, half) + '\n\n', '\n\n' + all.slice(half + 2)];
  };
  for (const article of articles) {
    const dir = join(opt.dir, article);
    const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth;
    const v0 = readFileSync(join(dir, 'v0.md'), 'utf8');
    const selectors = new Map<string, Selectors>();
    for (const [key, loc] of Object.entries(truth.annotations)) {
      const { start, end } = locate(v0, loc, `${article}/v0.md ${key}`);
      selectors.set(key, selectorsFor(v0, start, end));
    }
    const [before, after] = filler(article);
    for (const [revision, changes] of Object.entries(truth.revisions)) {
      const own = readFileSync(join(dir, revision), 'utf8');
      const text = before + own + after;
      for (const [key, sel] of selectors) {
        const loc = key in changes ? changes[key] : truth.annotations[key];
        const inOwn = loc === null ? null : locate(own, loc, `${article}/${revision} ${key}`);
        const expected = inOwn === null ? null : { start: inOwn.start + before.length, end: inOwn.end + before.length };
        // Warm-up, then time.
        let result = anchor(sel, text);
        const t0 = process.hrtime.bigint();
        for (let i = 0; i < opt.runs; i++) result = anchor(sel, text);
        const microseconds = Number(process.hrtime.bigint() - t0) / 1000 / opt.runs;
        let outcome: Outcome;
        if (result.status === 'orphan') outcome = expected === null ? 'orphan-deleted' : 'orphan-missed';
        else outcome = expected !== null && result.start < expected.end && expected.start < result.end ? 'correct' : 'wrong';
        rows.push({
          article, revision, annotation: key, outcome, status: result.status, score: Number(result.score.toFixed(3)), microseconds,
          ...(result.status !== 'orphan' ? { anchored: text.slice(result.start, result.end) } : {}),
          expected: expected === null ? null : text.slice(expected.start, expected.end),
        });
      }
    }
  }

  const summarize = (rs: Row[]) => ({
    anchors: rs.length,
    correct: rs.filter((r) => r.outcome === 'correct').length,
    exact: rs.filter((r) => r.outcome === 'correct' && r.status === 'exact').length,
    moved: rs.filter((r) => r.outcome === 'correct' && r.status === 'moved').length,
    fuzzy: rs.filter((r) => r.outcome === 'correct' && r.status === 'fuzzy').length,
    orphanDeleted: rs.filter((r) => r.outcome === 'orphan-deleted').length,
    orphanMissed: rs.filter((r) => r.outcome === 'orphan-missed').length,
    wrong: rs.filter((r) => r.outcome === 'wrong').length,
    meanMicroseconds: Number((rs.reduce((s, r) => s + r.microseconds, 0) / Math.max(1, rs.length)).toFixed(1)),
    maxMicroseconds: Number(Math.max(0, ...rs.map((r) => r.microseconds)).toFixed(1)),
  });
  const revisions = [...new Set(rows.map((r) => r.revision))].sort();
  const byRevision = revisions.map((revision) => ({ revision, ...summarize(rows.filter((r) => r.revision === revision)) }));
  const total = summarize(rows);

  if (opt.json) {
    console.log(JSON.stringify({ articles, runs: opt.runs, pad: opt.pad, total, byRevision, anchors: opt.verbose ? rows : undefined }, null, 2));
  } else {
    const size = opt.pad > 0 ? `, each revision inside ${opt.pad} characters of other articles` : '';
    console.log(`Anchoring benchmark: ${articles.length} articles (${articles.join(', ')}), ${rows.length} anchors${size}, timing over ${opt.runs} runs each\n`);
    const head = ['revision', 'anchors', 'correct', 'exact', 'moved', 'fuzzy', 'orphan(deleted)', 'orphan(missed)', 'wrong', 'mean µs', 'max µs'];
    const line = (r: ReturnType<typeof summarize> & { revision: string }) =>
      [r.revision, r.anchors, r.correct, r.exact, r.moved, r.fuzzy, r.orphanDeleted, r.orphanMissed, r.wrong, r.meanMicroseconds, r.maxMicroseconds].map(String);
    const table = [head, ...byRevision.map(line), line({ revision: 'TOTAL', ...total })];
    const widths = head.map((_, i) => Math.max(...table.map((r) => r[i].length)));
    for (const [i, r] of table.entries()) {
      console.log(r.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  '));
      if (i === 0 || i === table.length - 2) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    }
    const notable = rows.filter((r) => opt.verbose || r.outcome === 'wrong' || r.outcome === 'orphan-missed');
    if (notable.length > 0) {
      console.log(`\n${opt.verbose ? 'All anchors' : 'Missed and wrong anchors'}:`);
      for (const r of notable) {
        console.log(`  ${r.outcome.padEnd(14)} ${r.article}/${r.revision} ${r.annotation}: ${r.status} ${r.score}  expected ${JSON.stringify(r.expected)}${r.anchored !== undefined ? `  got ${JSON.stringify(r.anchored)}` : ''}`);
      }
    }
  }
  if (total.wrong > 0) process.exitCode = 2;
}

main();
