import type { AdapterInfo } from '../adapters/adapter-types.ts';
import { boundResult } from './bound-observation.ts';
import {
  countOutcomes,
  OUTCOMES,
  type CaseResult,
  type Outcome,
  type OutcomeCounts,
} from '../run/outcome.ts';

/** First line of a report. */
export interface ReportHeader {
  /** The suite's name and version, e.g. `@aslkit/conformance@0.1.0`. */
  readonly suite: string;
  /** The git commit of the cases (or `unknown`). */
  readonly suiteCommit: string;
  readonly adapter: AdapterInfo;
  /** ISO 8601 time the run started. */
  readonly started: string;
}

/** Last line of a report. */
export interface ReportFooter {
  readonly finished: string;
  readonly total: number;
  readonly counts: OutcomeCounts;
}

/** A parsed report. */
export interface Report {
  readonly header: ReportHeader;
  readonly results: readonly CaseResult[];
  /** Absent when the run was cut short. */
  readonly footer?: ReportFooter;
}

/** A report file that cannot be read. */
export class ReportError extends Error {
  override readonly name = 'ReportError';
}

/**
 * Serialises one case result as a report line (`{id, outcome, ms, diff?, ...}`). A field of the
 * kept observation longer than 16,000 characters of JSON is summarised (see bound-observation.ts).
 * @param result - a case result
 * @returns one line of JSON, without the newline
 */
export function resultLine(result: CaseResult): string {
  return JSON.stringify(boundResult(result));
}

/**
 * Writes a whole report: header, one line per case, footer with the counts.
 * @param header - the run's header
 * @param results - every case result
 * @param finished - ISO 8601 time the run finished
 * @returns the JSON-lines text, ending with a newline
 */
export function formatReport(
  header: ReportHeader,
  results: readonly CaseResult[],
  finished: string,
): string {
  const footer: ReportFooter = { finished, total: results.length, counts: countOutcomes(results) };
  return (
    [JSON.stringify(header), ...results.map(resultLine), JSON.stringify(footer)].join('\n') + '\n'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseLine(line: string, number: number, source: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new ReportError(`${source}:${number}: not JSON (${(error as Error).message})`);
  }
  if (!isRecord(value)) throw new ReportError(`${source}:${number}: not a JSON object`);
  return value;
}

function asResult(value: Record<string, unknown>, number: number, source: string): CaseResult {
  const { id, outcome, ms } = value;
  if (typeof id !== 'string' || typeof ms !== 'number' || !OUTCOMES.includes(outcome as Outcome)) {
    throw new ReportError(
      `${source}:${number}: a case line needs id (string), outcome (${OUTCOMES.join('|')}) and ms (number)`,
    );
  }
  const features = Array.isArray(value['features']) ? (value['features'] as string[]) : [];
  return { ...(value as unknown as CaseResult), features };
}

function asHeader(value: Record<string, unknown>, source: string): ReportHeader {
  const { suite, suiteCommit, adapter, started } = value;
  if (
    typeof suite !== 'string' ||
    typeof suiteCommit !== 'string' ||
    typeof started !== 'string' ||
    !isRecord(adapter)
  ) {
    throw new ReportError(
      `${source}:1: the first line must be the header {suite, suiteCommit, adapter, started}`,
    );
  }
  return value as unknown as ReportHeader;
}

/**
 * Reads a JSON-lines report. Lines are told apart by their fields: the header has `suite`, a
 * case line has `id` and `outcome`, the footer has `counts`.
 * @param text - the report's text
 * @param source - its name, for error messages
 * @returns the header, the case results and the footer (absent for a cut-short run)
 * @throws ReportError when a line is malformed
 */
export function parseReport(text: string, source: string): Report {
  const lines = text
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim() !== '');
  const first = lines[0];
  if (first === undefined) throw new ReportError(`${source}: empty report`);
  const header = asHeader(parseLine(first.line, first.number, source), source);
  const results: CaseResult[] = [];
  let footer: ReportFooter | undefined;
  for (const { line, number } of lines.slice(1)) {
    const value = parseLine(line, number, source);
    if ('counts' in value) footer = value as unknown as ReportFooter;
    else results.push(asResult(value, number, source));
  }
  return footer === undefined ? { header, results } : { header, results, footer };
}
