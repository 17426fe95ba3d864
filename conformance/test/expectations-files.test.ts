/**
 * The checked-in expectations files (expectations/*.json) explain themselves: every skipped
 * feature, skipped case and xfail has a reason, every entry names a case of the suite, and every
 * xfail of this project's own engine names the issue where its fix belongs. The schema lets a
 * skipped feature be a bare tag (for other engines' files), so the reasons are checked here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSuite } from '../src/case/load-cases.ts';
import { SUITE_CASES_DIR, SUITE_EXPECTATIONS_DIR } from '../src/cli/suite-paths.ts';
import { parseExpectations, reconcileExpectations } from '../src/run/expectations.ts';

/** The files' raw shape, as far as these checks read it. */
interface RawExpectations {
  readonly skip?: {
    readonly features?: readonly (string | { readonly feature: string; readonly reason: string })[];
    readonly cases?: Readonly<Record<string, string>>;
  };
  readonly xfail?: Readonly<Record<string, { readonly reason: string; readonly issue?: string }>>;
}

const blank = (text: string | undefined): boolean => text === undefined || text.trim() === '';

/**
 * Lists the entries of an expectations file that give no reason (or only blanks).
 * @param file - the parsed file
 * @returns one line per entry without a reason
 */
function entriesWithoutReason(file: RawExpectations): string[] {
  const features = (file.skip?.features ?? []).flatMap((entry) =>
    typeof entry === 'string'
      ? [`skip.features: ${entry}`]
      : blank(entry.reason)
        ? [`skip.features: ${entry.feature}`]
        : [],
  );
  const cases = Object.entries(file.skip?.cases ?? {})
    .filter(([, reason]) => blank(reason))
    .map(([id]) => `skip.cases: ${id}`);
  const xfails = Object.entries(file.xfail ?? {})
    .filter(([, entry]) => blank(entry.reason))
    .map(([id]) => `xfail: ${id}`);
  return [...features, ...cases, ...xfails];
}

/**
 * Lists the xfail entries that name no issue.
 * @param file - the parsed file
 * @returns the case ids
 */
function xfailsWithoutIssue(file: RawExpectations): string[] {
  return Object.entries(file.xfail ?? {})
    .filter(([, entry]) => blank(entry.issue))
    .map(([id]) => id);
}

const suite = loadSuite([SUITE_CASES_DIR]);
const caseIds = new Set(suite.cases.map((testCase) => testCase.id));
const files = readdirSync(SUITE_EXPECTATIONS_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => {
    const path = join(SUITE_EXPECTATIONS_DIR, name);
    return { name, path, raw: JSON.parse(readFileSync(path, 'utf8')) as RawExpectations };
  });

describe('the expectations files', () => {
  it('include this project engine and aws-local-stepfunctions', () => {
    expect(files.map((file) => file.name)).toEqual(
      expect.arrayContaining(['aslkit.json', 'aws-local-stepfunctions.json']),
    );
  });

  it.each(files.map((file) => [file.name, file] as const))(
    '%s follows the schema, gives every entry a reason and names only cases of the suite',
    (_name, file) => {
      const expectations = parseExpectations(file.raw, file.path);
      expect(entriesWithoutReason(file.raw)).toStrictEqual([]);
      expect(reconcileExpectations(expectations, caseIds, suite.renamed).warnings).toStrictEqual(
        [],
      );
    },
  );

  it('name an issue for every xfail of this project engine (aslkit.json)', () => {
    const aslkit = files.find((file) => file.name === 'aslkit.json');
    expect(aslkit).toBeDefined();
    expect(xfailsWithoutIssue(aslkit?.raw ?? {})).toStrictEqual([]);
  });

  it('are checked by rules that catch a missing reason or issue', () => {
    const careless: RawExpectations = {
      skip: {
        features: [
          'validation',
          { feature: 'retry', reason: ' ' },
          { feature: 'map', reason: 'slow' },
        ],
        cases: { 'a/b': '', 'a/c': 'takes minutes' },
      },
      xfail: { 'a/d': { reason: '' }, 'a/e': { reason: 'known', issue: 'aslkit#1' } },
    };
    expect(entriesWithoutReason(careless)).toStrictEqual([
      'skip.features: validation',
      'skip.features: retry',
      'skip.cases: a/b',
      'xfail: a/d',
    ]);
    expect(xfailsWithoutIssue(careless)).toStrictEqual(['a/d']);
  });
});
