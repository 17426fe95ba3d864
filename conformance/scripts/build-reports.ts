/**
 * Regenerates the checked-in conformance reports (see conformance/reports/README.md):
 *
 *   pnpm conformance:reports            (= node --conditions=source conformance/scripts/build-reports.ts)
 *   node --conditions=source conformance/scripts/build-reports.ts --out DIR --cases DIR
 *
 * runs the suite against each engine below with its expectations file, writes one JSON-lines
 * report per engine (`<adapter id>.jsonl`), then the comparison of all of them as
 * `comparison.md` and `comparison.html`, all into `--out` (default conformance/reports/).
 * `--cases` (repeatable) runs other case directories instead of the suite's own.
 *
 * A run whose cases fail still gets its report written (the report is how the failures are
 * seen); the script says so and exits 0. It exits 2 when a run cannot be set up at all, and 1
 * when the runs name different suite commits (a commit landed while they ran).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { main } from '../src/cli/cli.ts';
import { EXIT_FAILED, EXIT_OK, type CliIo } from '../src/cli/cli-io.ts';
import { parseReport } from '../src/report/jsonl-report.ts';

/** The engines of the checked-in comparison, in column order: adapter spec and report file. */
const REPORT_ENGINES = [
  { adapter: 'aslkit', file: 'aslkit.jsonl' },
  { adapter: 'aws-local-stepfunctions', file: 'aws-local-stepfunctions.jsonl' },
] as const;

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: fileURLToPath(new URL('../reports/', import.meta.url)) },
    cases: { type: 'string', multiple: true, default: [] },
  },
});
const outDir = values.out;
const caseArgs = values.cases.flatMap((dir) => ['--cases', dir]);
mkdirSync(outDir, { recursive: true });

/** Prints a run's errors and its closing line only (the tables are in the comparison). */
function quietIo(label: string): CliIo & { last: () => string } {
  let last = '';
  return {
    out: (text) => {
      last = text;
    },
    err: (text) => process.stderr.write(`${label}: ${text}\n`),
    last: () => last,
  };
}

/** Uncommitted changes under engine/ (the aslkit run used them; its header names only the commit). */
function uncommittedEngineChanges(): string {
  try {
    const engineDir = fileURLToPath(new URL('../../engine/', import.meta.url));
    return execFileSync('git', ['-C', engineDir, 'status', '--porcelain', '--', '.'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
}

const failing: string[] = [];
for (const { adapter, file } of REPORT_ENGINES) {
  const io = quietIo(adapter);
  const report = join(outDir, file);
  const status = await main(
    ['run', '--adapter', adapter, '--quiet', '--report', report, ...caseArgs],
    io,
  );
  if (status !== EXIT_OK && status !== EXIT_FAILED) process.exit(status);
  if (status === EXIT_FAILED) failing.push(adapter);
  process.stdout.write(`${adapter}: ${io.last()}\n  wrote ${report}\n`);
}

const reportIo = quietIo('report');
const markdown = join(outDir, 'comparison.md');
const html = join(outDir, 'comparison.html');
const status = await main(
  [
    'report',
    ...REPORT_ENGINES.map(({ file }) => join(outDir, file)),
    ...caseArgs,
    '--markdown',
    markdown,
    '--html',
    html,
  ],
  reportIo,
);
if (status !== EXIT_OK) process.exit(status);
process.stdout.write(`comparison: wrote ${markdown} and ${html}\n`);
if (uncommittedEngineChanges() !== '') {
  process.stdout.write(
    'note: engine/ has uncommitted changes; the aslkit report shows them, not the suite commit alone\n',
  );
}
// Other commits landing during the runs would leave the reports naming different suite commits.
const commits = new Set(
  REPORT_ENGINES.map(({ file }) => {
    const path = join(outDir, file);
    return parseReport(readFileSync(path, 'utf8'), path).header.suiteCommit;
  }),
);
if (commits.size > 1) {
  process.stderr.write(
    `the runs name different suite commits (${[...commits].join(', ')}): HEAD moved while they ran; run this again\n`,
  );
  process.exit(EXIT_FAILED);
}
if (failing.length > 0) {
  process.stdout.write(
    `note: ${failing.join(', ')} had failing cases (fail, error or xpass); they are listed in the comparison\n`,
  );
}
