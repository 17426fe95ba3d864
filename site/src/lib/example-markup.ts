/**
 * The light-DOM markup of an `<asl-example>` element, shared by the Astro components and the
 * Markdown fence plugins. Before the runtime loads (or without JavaScript) the definition and
 * input read as plain `<pre>` blocks; the rest travels as inert `<script type="application/json">`
 * parts, which a strict Content-Security-Policy allows because they never execute.
 */

/** What an example is made of: JSON texts as the learner sees and edits them. */
export interface ExampleParts {
  definition: string;
  input?: string | undefined;
  mocks?: string | undefined;
  context?: string | undefined;
  /** Exercise only: the expected outcome (a conformance `expected` object). */
  expected?: string | undefined;
  /** Exercise only: the solution definition, loaded by the Solve button. */
  solution?: string | undefined;
  /** Test this one state, as AWS's TestState API does, instead of running the whole machine. */
  stateName?: string | undefined;
  /** The most state transitions a run may take, when the example (a share link) sets its own. */
  stepLimit?: number | undefined;
}

/** Attributes of the element; `undefined` and `false` leave an attribute out. */
export type ExampleAttributes = Record<string, string | boolean | undefined>;

const VISIBLE_PARTS = ['definition', 'input'] as const;
const HIDDEN_PARTS = ['mocks', 'context', 'expected', 'solution'] as const;

const PART_LABELS: Record<(typeof VISIBLE_PARTS)[number], string> = {
  definition: 'State machine definition',
  input: 'Execution input',
};

/** Escapes text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Escapes JSON text for a `<script type="application/json">` body: `<` becomes `\u003c` (an
 * equivalent JSON escape inside strings, and `<` can only occur inside strings), so neither
 * `</script>` nor `<!--` can end the element early.
 */
export function escapeScriptJson(json: string): string {
  return json.replace(/</g, '\\u003c');
}

function renderAttributes(attributes: ExampleAttributes): string {
  return Object.entries(attributes)
    .flatMap(([name, value]) => {
      if (value === undefined || value === false) return [];
      if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`Invalid attribute name: ${name}`);
      return value === true ? [` ${name}`] : [` ${name}="${escapeHtml(value)}"`];
    })
    .join('');
}

/** Renders the complete `<asl-example>` element with its light-DOM parts. Pure. */
export function renderExampleMarkup(parts: ExampleParts, attributes: ExampleAttributes = {}): string {
  if (parts.stateName !== undefined) attributes = { ...attributes, 'test-state': parts.stateName };
  const visible = VISIBLE_PARTS.flatMap((name) => {
    const text = parts[name];
    if (text === undefined) return [];
    return [`<pre data-part="${name}" aria-label="${PART_LABELS[name]}"><code>${escapeHtml(text)}</code></pre>`];
  });
  const hidden = HIDDEN_PARTS.flatMap((name) => {
    const text = parts[name];
    if (text === undefined) return [];
    return [`<script type="application/json" data-part="${name}">${escapeScriptJson(text)}</script>`];
  });
  return `<asl-example${renderAttributes(attributes)}>${[...visible, ...hidden].join('')}</asl-example>`;
}

/** Pretty-prints a JSON value the way every example shows it (two-space indent). */
export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
