import type { Diagnostic } from '@codemirror/lint';
import { EditorSelection } from '@codemirror/state';

import type { ExampleParts } from '../../lib/example-markup.ts';
import { DEFAULT_STEP_LIMIT, MAX_STEP_LIMIT, type ExampleOptions } from '../element/options.ts';
import { decodeShareState, encodeShareState } from '../share/share-state.ts';
import type { ExerciseCheck, LocatedDiagnostic, RunOutcome, RunSnapshot, RunSource } from '../worker/protocol.ts';
import { createWorkerClient, type WorkerClient } from '../worker/worker-client.ts';
import { setEditorText } from './editors/create-editor.ts';
import { buildLayout, defaultText, type EditorName, type ExampleLayout } from './example-layout.ts';
import { stateNames } from './diagram/state-names.ts';
import { statusLine } from './status-line.ts';

/** What the element (and the page around it) can ask of a live example. */
export interface ExampleController {
  parts(): ExampleParts;
  load(parts: ExampleParts): void;
  run(): void;
  step(): void;
  stop(): void;
  focus(): void;
  dispose(): void;
}

type Phase = 'idle' | 'running' | 'paused' | 'waiting';

/** How long typing must pause before the example re-runs. */
const AUTORUN_DELAY_MS = 450;

function mockReturn(mocksText: string | undefined, stateName: string): string | undefined {
  try {
    const mocks = JSON.parse(mocksText ?? '{}') as Record<string, { return?: unknown }[] | undefined>;
    const first = mocks[stateName]?.find((response) => 'return' in response);
    return first === undefined ? undefined : JSON.stringify(first.return);
  } catch {
    return undefined;
  }
}

/** Creates the live example inside `root` and wires it up. */
export function createExampleController(root: ShadowRoot, initial: ExampleParts, options: ExampleOptions): ExampleController {
  const fromHash = options.syncHash ? decodeShareState(location.hash) : undefined;
  let original: ExampleParts = initial;
  const start = fromHash ?? initial;
  const texts = new Map<EditorName, string | undefined>([
    ['definition', start.definition],
    ['input', start.input],
    ['mocks', start.mocks],
    ['context', start.context],
  ]);
  let client: WorkerClient | undefined;
  let testedState = start.stateName;
  let touched = fromHash !== undefined;
  let phase: Phase = 'idle';
  let solvedBySolve = false;
  let programmatic = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let layout: ExampleLayout;

  const worker = (): WorkerClient => (client ??= createWorkerClient());
  /** The step limit a share link or a loaded example brought (else the element's applies). */
  let ownStepLimit = start.stepLimit;
  const currentStepLimit = (): number => {
    const typed = Number(layout.stepLimit?.value);
    if (layout.stepLimit !== undefined && Number.isInteger(typed) && typed >= 1) return Math.min(typed, MAX_STEP_LIMIT);
    return Math.min(ownStepLimit ?? options.stepLimit, MAX_STEP_LIMIT);
  };
  /** The step limit a share link keeps: none when it is the default. */
  const sharedStepLimit = (): number | undefined => {
    const limit = currentStepLimit();
    return limit === DEFAULT_STEP_LIMIT ? undefined : limit;
  };
  const currentParts = (): ExampleParts => ({
    ...original,
    definition: texts.get('definition') ?? '',
    input: texts.get('input'),
    mocks: texts.get('mocks'),
    context: texts.get('context'),
    stateName: testedState,
    stepLimit: sharedStepLimit(),
  });
  const source = (): RunSource => ({
    definition: texts.get('definition') ?? '',
    input: texts.get('input') ?? '{}',
    mocks: texts.get('mocks'),
    context: texts.get('context'),
    stateName: testedState,
  });
  const showTestState = (): void => {
    layout.testState.show(stateNames(texts.get('definition') ?? ''), testedState);
    layout.buttons.step.disabled = testedState !== undefined;
  };

  const setPhase = (next: Phase): void => {
    phase = next;
    layout.buttons.stop.disabled = next === 'idle';
    layout.buttons.run.textContent = next === 'paused' ? 'Continue' : 'Run';
    layout.root.dataset['phase'] = next;
  };

  const showSnapshot = (snapshot: RunSnapshot): void => {
    setPhase(snapshot.phase);
    const current = snapshot.current;
    layout.diagram.highlight(snapshot.history, 'paused', current);
    layout.history.show(snapshot.history);
    layout.timeline.show(snapshot.history);
    layout.inspector.show(snapshot.steps);
    layout.callbacks.show(snapshot.pendingCallbacks);
    layout.output.showSnapshot(snapshot, current);
    layout.status.textContent = snapshot.phase === 'waiting' ? 'Waiting for a callback' : `Paused${current === undefined ? '' : ` at ${current}`}`;
  };

  const showFinished = (outcome: RunOutcome, check: ExerciseCheck | undefined): void => {
    setPhase('idle');
    layout.callbacks.show([]);
    layout.output.showOutcome(outcome);
    layout.status.textContent = statusLine(outcome);
    if (outcome.kind === 'done') {
      layout.diagram.highlight(outcome.history, outcome.status === 'SUCCEEDED' ? 'succeeded' : 'failed');
      layout.history.show(outcome.history);
      layout.timeline.show(outcome.history);
      layout.inspector.show(outcome.steps);
    } else {
      layout.diagram.highlight([], 'idle');
    }
    layout.exercise?.show(check, solvedBySolve, outcome);
  };

  const listener = { onSnapshot: showSnapshot, onFinished: showFinished };

  const begin = (paused: boolean): void => {
    clearTimeout(timer);
    touched = true;
    setPhase('running');
    layout.output.showRunning();
    layout.status.textContent = 'Running…';
    worker().start(source(), { stepLimit: currentStepLimit(), paused, callbackStates: options.callbackStates, expected: original.expected }, listener);
  };

  const run = (): void => {
    if (phase === 'paused') {
      setPhase('running');
      worker().resume();
    } else if (phase !== 'waiting') begin(false);
  };

  const step = (): void => {
    // TestState runs one state in one go: there is nothing to step through.
    if (testedState !== undefined) run();
    else if (phase === 'paused') worker().step();
    else if (phase === 'idle') begin(true);
  };

  const stop = (): void => {
    clearTimeout(timer);
    client?.stop();
  };

  const setTexts = (parts: ExampleParts): void => {
    programmatic = true;
    // An editor reports its new text through `edited`; a part without an editor is kept as given.
    for (const [name, editor] of layout.editors) setEditorText(editor, parts[name] ?? defaultText(name));
    for (const name of ['definition', 'input', 'mocks', 'context'] as const) if (!layout.editors.has(name)) texts.set(name, parts[name]);
    programmatic = false;
    testedState = parts.stateName;
    showStepLimit(parts.stepLimit);
    layout.diagram.update(parts.definition);
    showTestState();
  };

  /** Shows a step limit that came with the example (a share link, a loaded case), or the element's. */
  function showStepLimit(limit: number | undefined): void {
    ownStepLimit = limit;
    if (layout.stepLimit !== undefined) layout.stepLimit.value = String(Math.min(limit ?? options.stepLimit, MAX_STEP_LIMIT));
  }

  const reset = (): void => {
    stop();
    solvedBySolve = false;
    setTexts(original);
    touched = false;
    syncHash();
    idle();
  };

  const idle = (): void => {
    setPhase('idle');
    layout.output.showIdle('Press Run (or Ctrl+Enter in an editor) to execute this state machine in your browser.');
    layout.status.textContent = '';
    layout.history.show([]);
    layout.timeline.show([]);
    layout.inspector.show([]);
    layout.callbacks.show([]);
    layout.diagram.highlight([], 'idle');
    layout.exercise?.show(undefined, false);
  };

  const syncHash = (): void => {
    if (options.syncHash) history.replaceState(null, '', `#${encodeShareState(currentParts())}`);
  };

  const edited = (name: EditorName, text: string): void => {
    texts.set(name, text);
    if (name === 'definition') {
      layout.diagram.update(text);
      if (!programmatic) showTestState();
    }
    if (programmatic) return;
    // Editing is touching: from now on the example checks and re-runs as the learner types.
    touched = true;
    solvedBySolve = false;
    syncHash();
    clearTimeout(timer);
    if (options.autorun) timer = setTimeout(() => { begin(false); }, AUTORUN_DELAY_MS);
  };

  const diagnose = async (text: string): Promise<Diagnostic[]> => {
    if (!touched) return [];
    const diagnostics = await worker().validate(text);
    return diagnostics.map((d) => ({ from: d.from, to: d.to, severity: d.severity === 'WARNING' ? 'warning' : 'error', message: `${d.code}: ${d.message}`, source: d.path || '/' }));
  };

  const reveal = (diagnostic: LocatedDiagnostic): void => {
    const editor = layout.editors.get('definition');
    if (editor === undefined) return;
    layout.editorTabs.select('definition');
    editor.dispatch({ selection: EditorSelection.range(diagnostic.from, diagnostic.to), scrollIntoView: true });
    editor.focus();
  };

  const share = (): void => {
    const url = new URL(location.href);
    url.hash = encodeShareState(currentParts());
    void navigator.clipboard.writeText(url.href).then(
      () => (layout.status.textContent = 'Link copied'),
      () => (layout.status.textContent = 'Copy the address bar to share this example'),
    );
    syncHash();
  };

  layout = buildLayout(root, start, options, {
    run,
    step,
    stop,
    reset,
    solve: () => {
      if (original.solution === undefined) return;
      setTexts({ ...currentParts(), definition: original.solution });
      solvedBySolve = true;
      begin(false);
    },
    share,
    testStateChanged: (stateName) => {
      testedState = stateName;
      showTestState();
      syncHash();
      if (touched) begin(false);
    },
    playgroundLink: () => `${options.siteBase.replace(/\/?$/, '/')}playground/#${encodeShareState(currentParts())}`,
    edited,
    diagnose,
    selectState: (name) => {
      layout.diagram.select(name);
      layout.inspector.select(name);
      layout.resultTabs.select('inspector');
    },
    reveal,
    callbackOutput: (stateName) => mockReturn(texts.get('mocks'), stateName),
    answer: (token, reply) => {
      setPhase('running');
      worker().answer(token, reply);
    },
  });
  // What runs is what the editors show (an absent part shows its default text).
  for (const [name, editor] of layout.editors) texts.set(name, editor.state.doc.toString());
  showStepLimit(start.stepLimit);
  // A new step limit is part of what a share link keeps.
  layout.stepLimit?.addEventListener('change', () => { syncHash(); });
  layout.diagram.update(start.definition);
  showTestState();
  idle();
  if (fromHash !== undefined) begin(false);

  return {
    parts: currentParts,
    load(parts) {
      stop();
      original = parts;
      setTexts(parts);
      touched = false;
      syncHash();
      idle();
    },
    run,
    step,
    stop,
    focus: () => layout.editors.get('definition')?.focus(),
    dispose() {
      clearTimeout(timer);
      client?.dispose();
    },
  };
}
