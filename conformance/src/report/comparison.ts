import { areaOf, caseInput, type ConformanceCase } from '../case/case-types.ts';
import {
  countOutcomes,
  FAILING_OUTCOMES,
  type CaseResult,
  type OutcomeCounts,
} from '../run/outcome.ts';
import type { Report } from './jsonl-report.ts';

/** One engine (one report) in a comparison. */
export interface EngineColumn {
  readonly label: string;
  /** The suite's name and version the run used, e.g. `@aslkit/conformance@0.1.0`. */
  readonly suite: string;
  readonly suiteCommit: string;
  readonly started: string;
}

/** One row of a comparison: a group and each engine's counts for it (undefined: no case ran). */
export interface ComparisonRow {
  readonly area: string;
  /** Empty for an area's own row. */
  readonly feature: string;
  readonly cells: readonly (OutcomeCounts | undefined)[];
}

/** A case one engine did not pass (or an xpass), with what is needed to understand it. */
export interface FailureEntry {
  readonly engine: string;
  readonly result: CaseResult;
  /** The case (absent when the report names a case the given cases do not have). */
  readonly testCase?: ConformanceCase;
}

/** Everything a comparison report shows. */
export interface Comparison {
  readonly engines: readonly EngineColumn[];
  readonly totals: readonly OutcomeCounts[];
  readonly areas: readonly ComparisonRow[];
  readonly features: readonly ComparisonRow[];
  /** Cases that fail the run: fail, error and xpass. */
  readonly failures: readonly FailureEntry[];
  /** Cases an engine fails as its expectations file says (xfail), with the reason. */
  readonly expectedFailures: readonly FailureEntry[];
}

function engineLabels(reports: readonly Report[]): string[] {
  const seen = new Map<string, number>();
  return reports.map(({ header }) => {
    const base = `${header.adapter.name} ${header.adapter.version}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} #${count}`;
  });
}

function rows(
  reports: readonly Report[],
  keysOf: (result: CaseResult) => readonly { area: string; feature: string }[],
): ComparisonRow[] {
  const grouped = new Map<string, { area: string; feature: string; perEngine: CaseResult[][] }>();
  reports.forEach((report, engine) => {
    for (const result of report.results) {
      for (const key of keysOf(result)) {
        const id = `${key.area}\u0000${key.feature}`;
        const entry = grouped.get(id) ?? { ...key, perEngine: reports.map(() => []) };
        entry.perEngine[engine]?.push(result);
        grouped.set(id, entry);
      }
    }
  });
  return [...grouped.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, { area, feature, perEngine }]) => ({
      area,
      feature,
      cells: perEngine.map((results) =>
        results.length === 0 ? undefined : countOutcomes(results),
      ),
    }));
}

/**
 * Builds a comparison of one or more runs (one per engine): counts per engine × area and per
 * engine × area × feature, the list of failing cases (fail, error, xpass) and the list of
 * expected failures (xfail), each joined with its case's definition, input and expectation.
 * @param reports - parsed JSON-lines reports
 * @param cases - the suite's cases, by id (to show definitions and expectations)
 * @returns the comparison
 */
export function buildComparison(
  reports: readonly Report[],
  cases: ReadonlyMap<string, ConformanceCase>,
): Comparison {
  const labels = engineLabels(reports);
  const engines = reports.map((report, index) => ({
    label: labels[index] ?? report.header.adapter.name,
    suite: report.header.suite,
    suiteCommit: report.header.suiteCommit,
    started: report.header.started,
  }));
  const entries = (keep: (result: CaseResult) => boolean): FailureEntry[] =>
    reports.flatMap((report, index) =>
      report.results.filter(keep).map((result): FailureEntry => {
        const testCase = cases.get(result.id);
        const engine = labels[index] ?? report.header.adapter.name;
        return testCase === undefined ? { engine, result } : { engine, result, testCase };
      }),
    );
  return {
    engines,
    totals: reports.map((report) => countOutcomes(report.results)),
    areas: rows(reports, (result) => [{ area: areaOf(result.id), feature: '' }]),
    features: rows(reports, (result) =>
      result.features.map((feature) => ({ area: areaOf(result.id), feature })),
    ),
    failures: entries((result) => FAILING_OUTCOMES.has(result.outcome)),
    expectedFailures: entries((result) => result.outcome === 'xfail'),
  };
}

/**
 * Summarises counts for one comparison cell: `passed/ran`, where `ran` excludes skips.
 * @param counts - the cell's counts, or undefined when the engine ran nothing there
 * @returns e.g. `12/14`, `12/14 (3 skipped)` or `–`
 */
export function cellText(counts: OutcomeCounts | undefined): string {
  if (counts === undefined) return '–';
  const ran = counts.pass + counts.fail + counts.xfail + counts.xpass + counts.error;
  const skipped = counts.skip > 0 ? ` (${counts.skip} skipped)` : '';
  return `${counts.pass}/${ran}${skipped}`;
}

/** Heading of the totals table. */
export const TOTALS_HEADING = [
  'engine',
  'suite',
  'suite commit',
  'started',
  'passed',
  'failed',
  'skipped',
  'xfail',
  'xpass',
  'errors',
];

/**
 * The rows of the totals table: one per engine (name and version), with the suite and its commit,
 * the run's start time and the counts.
 * @param comparison - the comparison
 * @returns one row of cell texts per engine, in {@link TOTALS_HEADING} order
 */
export function totalsRows(comparison: Comparison): string[][] {
  return comparison.engines.map((engine, index) => {
    const c = comparison.totals[index];
    const counts = c === undefined ? [] : [c.pass, c.fail, c.skip, c.xfail, c.xpass, c.error];
    return [engine.label, engine.suite, engine.suiteCommit, engine.started, ...counts.map(String)];
  });
}

/**
 * The JSON documents shown for a failing case: its definition, input, Context Object values and
 * mocks (when it has them) and expected outcome (when the case is known), and what the engine
 * reported.
 * @param entry - a failing case
 * @returns label and value pairs, in display order
 */
export function failureDocuments(entry: FailureEntry): [label: string, value: unknown][] {
  const documents: [string, unknown][] = [];
  const { testCase, result } = entry;
  if (testCase !== undefined) {
    documents.push(['Definition', testCase.definition], ['Input', caseInput(testCase)]);
    if (testCase.context !== undefined) documents.push(['Context', testCase.context]);
    if (testCase.mocks !== undefined) documents.push(['Mocks', testCase.mocks]);
    documents.push(['Expected', testCase.expected]);
  }
  if (result.observed !== undefined) documents.push(['Actual', result.observed]);
  return documents;
}

/**
 * The line that says why a case was expected to fail (xfail, xpass), from the engine's
 * expectations file.
 * @param result - a case result
 * @returns e.g. `Expected to fail: StringMatches treats ? as a wildcard (issue: aslkit#12)`, or
 *   undefined when the result carries no reason
 */
export function expectationNote(result: CaseResult): string | undefined {
  if (result.reason === undefined) return undefined;
  const issue = result.issue === undefined ? '' : ` (issue: ${result.issue})`;
  return `Expected to fail: ${result.reason}${issue}`;
}
