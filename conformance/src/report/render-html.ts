import type { OutcomeCounts } from '../run/outcome.ts';
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

/**
 * Escapes text for HTML element content and attribute values.
 * @param text - any text
 * @returns the escaped text
 */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1d1d1f}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0}
th,td{border:1px solid #ccc;padding:.25rem .6rem;text-align:left;white-space:nowrap}
th{background:#f2f2f2}
td.all{background:#d9f2d9}td.some{background:#fff1c2}td.none{background:#f7d4d4}td.empty{color:#888}
pre{background:#f6f6f6;padding:.5rem;overflow:auto;max-height:24rem}
details{margin:.4rem 0;border:1px solid #ddd;padding:.3rem .6rem}summary{cursor:pointer}
.outcome{font-weight:600;text-transform:uppercase}
`;

function cellClass(counts: OutcomeCounts | undefined): string {
  if (counts === undefined) return 'empty';
  const ran = counts.pass + counts.fail + counts.xfail + counts.xpass + counts.error;
  if (ran === 0) return 'empty';
  if (counts.pass === ran) return 'all';
  return counts.pass === 0 ? 'none' : 'some';
}

function row(cells: readonly string[], counts: readonly (OutcomeCounts | undefined)[]): string {
  const head = cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('');
  const body = counts
    .map((c) => `<td class="${cellClass(c)}">${escapeHtml(cellText(c))}</td>`)
    .join('');
  return `<tr>${head}${body}</tr>`;
}

function table(heading: readonly string[], body: readonly string[]): string {
  const th = heading.map((cell) => `<th>${escapeHtml(cell)}</th>`).join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

function json(label: string, value: unknown): string {
  return `<h4>${escapeHtml(label)}</h4><pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre>`;
}

function failure(entry: FailureEntry): string {
  const { result, testCase } = entry;
  const title = testCase === undefined ? '' : ` — ${escapeHtml(testCase.title)}`;
  const parts = [
    `<summary><span class="outcome">${escapeHtml(result.outcome)}</span> ${escapeHtml(result.id)} (${escapeHtml(entry.engine)})${title}</summary>`,
  ];
  const note = expectationNote(result);
  if (note !== undefined) parts.push(`<p>${escapeHtml(note)}</p>`);
  parts.push(`<pre>${escapeHtml((result.diff ?? []).join('\n'))}</pre>`);
  parts.push(...failureDocuments(entry).map(([label, value]) => json(label, value)));
  return `<details>${parts.join('')}</details>`;
}

function failureList(entries: readonly FailureEntry[], none: string): string {
  return entries.length === 0 ? `<p>${none}</p>` : entries.map(failure).join('\n');
}

function rowsOf(rows: readonly ComparisonRow[], withFeature: boolean): string[] {
  return rows.map((r) => row(withFeature ? [r.area, r.feature] : [r.area], r.cells));
}

/**
 * Renders a comparison as one self-contained HTML page (inline CSS, no scripts): totals per
 * engine, a table per area, a table per area and feature, and every failing case and every
 * expected failure with its definition, input, expected and actual outcome in collapsible
 * sections.
 * @param comparison - the comparison
 * @returns an HTML document
 */
export function renderHtml(comparison: Comparison): string {
  const engines = comparison.engines.map((engine) => engine.label);
  const totals = table(
    TOTALS_HEADING,
    totalsRows(comparison).map(
      (cells) => `<tr>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`,
    ),
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ASL conformance comparison</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body>
<h1>ASL conformance comparison</h1>
<p>Cells read <code>passed/ran</code>; skipped cases are not counted as ran.</p>
<h2>Totals</h2>${totals}
<h2>By area</h2>${table(['area', ...engines], rowsOf(comparison.areas, false))}
<h2>By area and feature</h2>${table(['area', 'feature', ...engines], rowsOf(comparison.features, true))}
<h2>Failing cases (${comparison.failures.length})</h2>
<p>Cases that fail a run: failed, errors, and expected failures that passed (xpass).</p>
${failureList(comparison.failures, 'No failing cases.')}
<h2>Expected failures (${comparison.expectedFailures.length})</h2>
<p>Cases an engine fails as its expectations file says (xfail), with the file's reason.</p>
${failureList(comparison.expectedFailures, 'No expected failures.')}
</body></html>
`;
}
