import {
  cellText,
  expectationNote,
  failureDocuments,
  TOTALS_HEADING,
  totalsRows,
  type Comparison,
  type ComparisonRow,
  type FailureEntry,
} from './comparison.ts';

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function table(heading: readonly string[], body: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(heading), line(heading.map(() => '---')), ...body.map(line)].join('\n');
}

function rowCells(row: ComparisonRow): string[] {
  return row.cells.map(cellText);
}

function fenced(label: string, value: unknown): string {
  return `${label}:\n\n\`\`\`json\n${JSON.stringify(value, null, 2)}\n\`\`\``;
}

function failureList(entries: readonly FailureEntry[], none: string): string {
  return entries.length === 0 ? none : entries.map(failureSection).join('\n\n');
}

function failureSection(entry: FailureEntry): string {
  const { result, testCase } = entry;
  const parts = [`### ${result.id} — ${entry.engine}: ${result.outcome}`];
  if (testCase !== undefined) parts.push(testCase.title);
  const note = expectationNote(result);
  if (note !== undefined) parts.push(note);
  parts.push(`\`\`\`text\n${(result.diff ?? []).join('\n')}\n\`\`\``);
  parts.push(...failureDocuments(entry).map(([label, value]) => fenced(label, value)));
  return parts.join('\n\n');
}

/**
 * Renders a comparison as Markdown: totals per engine, a table per area, a table per area and
 * feature, then every failing case and every expected failure with its definition, input,
 * expected and actual outcome.
 * @param comparison - the comparison
 * @returns Markdown text
 */
export function renderMarkdown(comparison: Comparison): string {
  const engines = comparison.engines.map((engine) => engine.label);
  const totals = table(TOTALS_HEADING, totalsRows(comparison));
  const areas = table(
    ['area', ...engines],
    comparison.areas.map((row) => [row.area, ...rowCells(row)]),
  );
  const features = table(
    ['area', 'feature', ...engines],
    comparison.features.map((row) => [row.area, row.feature, ...rowCells(row)]),
  );
  return (
    [
      '# ASL conformance comparison',
      'Cells read `passed/ran` (skipped cases are not counted as ran).',
      '## Totals',
      totals,
      '## By area',
      areas,
      '## By area and feature',
      features,
      `## Failing cases (${comparison.failures.length})`,
      'Cases that fail a run: failed, errors, and expected failures that passed (xpass).',
      failureList(comparison.failures, 'No failing cases.'),
      `## Expected failures (${comparison.expectedFailures.length})`,
      "Cases an engine fails as its expectations file says (xfail), with the file's reason.",
      failureList(comparison.expectedFailures, 'No expected failures.'),
    ].join('\n\n') + '\n'
  );
}
