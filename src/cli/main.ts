/** The `counterpoint` command line: `analyze` and `export`, on the same core as the extension. */
import { Analyzer } from '../core/analyzer';
import { nodeAnalyzeIo, runAnalyze } from './analyze';
import { nodeExportIo, runExport } from './export';

const USAGE = `Usage: counterpoint <command> [options]

Commands:
  analyze [--format json|jsonl] [--language markdown|plaintext] FILE...
          print the claims, attributions, denials and links found in each article (Analysis JSON)
  export --format json|w3c|claimreview|csv|markdown [--out FILE] ARTICLE...
          export each article's findings and annotations

Run 'counterpoint <command> --help' for a command's options.
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'analyze':
      return runAnalyze(rest, nodeAnalyzeIo());
    case 'export':
      return runExport(rest, nodeExportIo((text, languageId, path) => new Analyzer().analyze(text, languageId, path)));
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`counterpoint: unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}

// A reader that stops early ("counterpoint analyze a.md | head") closes the pipe: stop quietly, as other
// command-line tools do, rather than with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`counterpoint: internal error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 70;
  },
);
