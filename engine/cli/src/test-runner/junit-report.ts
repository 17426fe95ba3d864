/**
 * `aslkit test --junit FILE`: the results as JUnit XML, the format CI systems read (one
 * `<testsuite>` per directory of test files, one `<testcase>` per test, with `<failure>`,
 * `<error>` or `<skipped>`).
 */

/** One test's result, as the report shows it. */
export interface JunitCase {
  /** The test's name (its file, relative, without `.test.json`). */
  readonly name: string;
  /** The case's title. */
  readonly title: string;
  /** The test file. */
  readonly file: string;
  readonly outcome: 'pass' | 'fail' | 'error' | 'skip' | 'xfail' | 'xpass';
  readonly seconds: number;
  /** Why it failed, errored or was skipped. */
  readonly message?: string;
  /** The differences, one per line. */
  readonly details?: readonly string[];
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Escapes text for XML, dropping the characters XML 1.0 cannot hold.
 * @param text - the text
 * @returns the escaped text
 */
export function xmlEscape(text: string): string {
  const allowed = Array.from(text)
    .filter((char) => isXmlChar(char.codePointAt(0) ?? 0))
    .join('');
  return allowed.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** XML 1.0's Char production: tab, newline, carriage return, and everything from space up except U+FFFE/U+FFFF. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code !== 0xfffe && code !== 0xffff)
  );
}

function attributes(values: Readonly<Record<string, string | number>>): string {
  return Object.entries(values)
    .map(([key, value]) => `${key}="${xmlEscape(String(value))}"`)
    .join(' ');
}

function count(cases: readonly JunitCase[]): {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  time: string;
} {
  return {
    tests: cases.length,
    failures: cases.filter((c) => c.outcome === 'fail' || c.outcome === 'xpass').length,
    errors: cases.filter((c) => c.outcome === 'error').length,
    skipped: cases.filter((c) => c.outcome === 'skip' || c.outcome === 'xfail').length,
    time: cases.reduce((sum, c) => sum + c.seconds, 0).toFixed(3),
  };
}

/**
 * The JUnit class name of a test: its directory with dots for slashes, without the `..` and `.`
 * of a directory outside the working one (`../shared/orders/x` → `shared.orders`).
 * @param name - the test's name
 * @returns the class name (`tests` for a test at the top)
 */
function classNameOf(name: string): string {
  const segments = name
    .split('/')
    .slice(0, -1)
    .filter((segment) => segment !== '..' && segment !== '.' && segment !== '');
  return segments.length === 0 ? 'tests' : segments.join('.');
}

function testcase(entry: JunitCase): string {
  const className = classNameOf(entry.name);
  const open = `    <testcase ${attributes({ name: entry.title === entry.name ? entry.name : `${entry.name}: ${entry.title}`, classname: className, file: entry.file, time: entry.seconds.toFixed(3) })}`;
  const body = (entry.details ?? []).join('\n');
  const message = entry.message ?? '';
  switch (entry.outcome) {
    case 'pass':
      return `${open}/>`;
    case 'fail':
    case 'xpass':
      return `${open}>\n      <failure ${attributes({ message, type: entry.outcome })}>${xmlEscape(body)}</failure>\n    </testcase>`;
    case 'error':
      return `${open}>\n      <error ${attributes({ message })}>${xmlEscape(body)}</error>\n    </testcase>`;
    case 'skip':
    case 'xfail':
      return `${open}>\n      <skipped ${attributes({ message })}/>\n    </testcase>`;
  }
}

/**
 * The JUnit XML document.
 * @param cases - every test's result
 * @returns the XML text
 */
export function junitXml(cases: readonly JunitCase[]): string {
  const suites = new Map<string, JunitCase[]>();
  for (const entry of cases) {
    const suite = entry.name.includes('/') ? entry.name.slice(0, entry.name.lastIndexOf('/')) : '.';
    suites.set(suite, [...(suites.get(suite) ?? []), entry]);
  }
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attributes({ name: 'aslkit test', ...count(cases) })}>`,
  ];
  for (const [name, entries] of suites) {
    lines.push(
      `  <testsuite ${attributes({ name, ...count(entries) })}>`,
      ...entries.map(testcase),
      '  </testsuite>',
    );
  }
  lines.push('</testsuites>', '');
  return lines.join('\n');
}
