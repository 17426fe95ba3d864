import type { Transaction } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/**
 * Text typed over a selection, applied by the editor instead of the browser.
 *
 * When a keystroke replaces selected text that crosses lines or highlighted tokens, Chrome and
 * Safari merge the DOM nodes themselves and keep each part's look with inline `style`
 * attributes. CodeMirror reads the change back and discards those nodes, so nothing shows, but a
 * page with a strict Content-Security-Policy (`style-src` without `'unsafe-inline'`) logs a
 * violation for every such keystroke. Handling the `beforeinput` event here means the browser
 * never edits the DOM: the text goes through the editor's input handlers (bracket closing,
 * indentation on input) as typed text, so completion and undo behave as usual. Typing with an
 * empty selection, IME composition and Android's EditContext input are left to CodeMirror.
 */
export const typeOverSelection = EditorView.domEventHandlers({
  beforeinput(event, view) {
    if (event.inputType !== 'insertText' || event.data === null || event.isComposing || view.composing) return false;
    const { selection } = view.state;
    if (selection.ranges.every((range) => range.empty)) return false;
    const text = event.data;
    const insert = (): Transaction => view.state.update(view.state.replaceSelection(text), { userEvent: 'input.type', scrollIntoView: true });
    event.preventDefault();
    const { from, to } = selection.main;
    if (!view.state.facet(EditorView.inputHandler).some((handler) => handler(view, from, to, text, insert))) view.dispatch(insert());
    return true;
  },
});
