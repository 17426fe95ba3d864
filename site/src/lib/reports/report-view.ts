import type { CaseResult, Outcome, Report } from '@aslkit/conformance';

/** Outcomes of a case that did not pass, in the order the report lists them: what breaks a run first. */
export const NOT_PASSED: readonly Outcome[] = ['fail', 'error', 'xpass', 'xfail'];

/** What each outcome that did not pass means, for the report and the case pages. */
export const OUTCOME_MEANING: Readonly<Record<Outcome, string>> = {
  pass: 'The engine did what the case expects.',
  fail: 'The engine ran the case and its outcome differs from the expected one.',
  error: 'The engine or its adapter broke while running the case.',
  xpass: 'The case is listed as an expected failure for this engine, but it passed: its expectations file is out of date.',
  xfail: 'A known difference: the engine does not do what the case expects, and its expectations file says why.',
  skip: 'The case was not run on this engine.',
};

/** One report file as the site shows it: a URL-safe name (the file name), the run and its label. */
export interface ReportRun {
  /** The file name without `.jsonl`: unique, so two runs of one engine get pages of their own. */
  slug: string;
  report: Report;
}

/** The URL segment of a report file: its name without `.jsonl`, made safe for a path. Pure. */
export function reportSlug(file: string): string {
  const slug = file
    .replace(/\.jsonl$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'report' : slug;
}

/** A run's cases that did not pass, fail first and xfail last, by id within an outcome. Pure. */
export function notPassed(report: Report): CaseResult[] {
  const rank = (result: CaseResult): number => NOT_PASSED.indexOf(result.outcome);
  return report.results
    .filter((result) => NOT_PASSED.includes(result.outcome))
    .toSorted((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The page of a case that did not pass in a run: `<base>conformance/<slug>/<case id>/`. Pure. */
export function casePagePath(base: string, slug: string, id: string): string {
  return `${base}conformance/${slug}/${id}/`;
}

/** Why cases were skipped in a run: each reason with how many cases it covers, most first. Pure. */
export function skipReasons(report: Report): { reason: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const result of report.results) {
    if (result.outcome !== 'skip') continue;
    const reason = result.reason ?? 'no reason given';
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return [...counts].map(([reason, count]) => ({ reason, count })).toSorted((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}
