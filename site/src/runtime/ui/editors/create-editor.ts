import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json, jsonParseLinter } from '@codemirror/lang-json';
import { bracketMatching, foldGutter, indentOnInput } from '@codemirror/language';
import { lintGutter, linter, type Diagnostic } from '@codemirror/lint';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';

import { aslCompletionSource } from './asl-completion.ts';
import { aslHover } from './asl-hover.ts';
import { editorTheme } from './editor-theme.ts';
import { typeOverSelection } from './type-over-selection.ts';

/** How an editor is set up. */
export interface EditorOptions {
  /** The accessible name of the editor. */
  label: string;
  doc: string;
  /** A state machine definition: ASL completion, hover and diagnostics. */
  asl: boolean;
  /** Called after every change of the text. */
  onChange: (text: string) => void;
  /** Ctrl/Cmd+Enter. */
  onRun: () => void;
  /** ASL diagnostics for a text that is valid JSON (definition editors only). */
  diagnose?: (text: string) => Promise<Diagnostic[]>;
}

function lintSource(diagnose: EditorOptions['diagnose']): Extension {
  const parseErrors = jsonParseLinter();
  return linter(
    async (view) => {
      const errors = parseErrors(view);
      if (errors.length > 0 || diagnose === undefined) return errors;
      return diagnose(view.state.doc.toString());
    },
    { delay: 350 },
  );
}

/** A JSON editor (CodeMirror 6): line numbers, folding, brackets, history, lint, and ASL help. */
export function createJsonEditor(parent: HTMLElement, options: EditorOptions): EditorView {
  const extensions: Extension[] = [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightActiveLine(),
    foldGutter(),
    history(),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    typeOverSelection,
    json(),
    lintGutter(),
    lintSource(options.asl ? options.diagnose : undefined),
    editorTheme,
    EditorView.contentAttributes.of({ 'aria-label': options.label }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange(update.state.doc.toString());
    }),
    keymap.of([
      { key: 'Mod-Enter', run: () => (options.onRun(), true) },
      ...closeBracketsKeymap,
      ...defaultKeymap,
      ...historyKeymap,
      ...completionKeymap,
    ]),
  ];
  if (options.asl) extensions.push(autocompletion({ override: [aslCompletionSource] }), aslHover);
  else extensions.push(autocompletion({ override: [] }));
  return new EditorView({ state: EditorState.create({ doc: options.doc, extensions }), parent });
}

/** Replaces an editor's whole text (one undoable change). */
export function setEditorText(view: EditorView, text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}
