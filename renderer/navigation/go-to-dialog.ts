// Ctrl+G: go to a line ("12"), a line and column ("12:5") or a paragraph ("¶12", "p12")
// of the post-edit (core/text/go-to-target.ts), numbered as the status bar numbers them.
// A small dialog: one labelled field, the error said in it until the input names a place.
import { goToTarget } from '../../core/text/go-to-target';
import { formField } from '../dialogs/form-field';
import { showModal } from '../dialogs/modal';
import { h } from '../ui/dom';

export interface GoToPlace {
  offset: number;
  line: number;
  column: number;
  paragraph?: number;
}

/**
 * Asks where to go in `text`; null when the editor cancels. `go` is called with the place
 * as soon as the input names one, before the dialog has closed: a key typed right after
 * Enter then lands there, not where the caret was.
 */
export async function askGoTo(
  text: string,
  current: { line: number; paragraph: number; lines: number; paragraphs: number },
  go: (place: GoToPlace) => void,
): Promise<GoToPlace | null> {
  const field = formField(
    'go-to-target',
    'Line, line:column or ¶paragraph',
    '',
    `For example 12, 12:5 or ¶3. Now at line ${current.line} of ${current.lines.toLocaleString()}, paragraph ${current.paragraph} of ${current.paragraphs.toLocaleString()}.`,
  );
  let place: GoToPlace | null = null;
  const validate = (): boolean => {
    const target = goToTarget(text, field.input.value);
    if ('error' in target) {
      field.setError(`Cannot go there: ${target.error}.`);
      field.input.focus();
      return false;
    }
    field.setError(undefined);
    place = target;
    go(target);
    return true;
  };
  const chosen = await showModal<boolean>({
    title: 'Go to',
    body: h('div', { class: 'fields' }, field.wrapper),
    buttons: [
      { label: 'Cancel', value: false },
      { label: 'Go', value: true, primary: true, submit: true },
    ],
    dismissValue: false,
    validate: (value) => !value || validate(),
    initialFocus: field.input,
    className: 'modal-narrow',
  });
  return chosen ? place : null;
}
