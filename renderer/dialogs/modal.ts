// A modal dialog on the native <dialog> element: the browser gives it the dialog role,
// traps focus, makes the rest of the page inert and closes it on Escape. This wrapper
// adds a title and description wired through aria-labelledby/-describedby, a button
// row, and a promise for the button the user chose.
import { h } from '../ui/dom';

export interface ModalButton<T> {
  label: string;
  value: T;
  primary?: boolean;
  /** Submit the form (Enter in a field picks this button). */
  submit?: boolean;
}

export interface ModalOptions<T> {
  title: string;
  description?: string | Node;
  body?: Node;
  buttons: ModalButton<T>[];
  /** Value when the dialog is dismissed (Escape). */
  dismissValue: T;
  /** Called on submit and on any other button but the dismissing one; return false to
   *  keep the dialog open (validation). */
  validate?: (value: T) => boolean;
  /** Element to focus first; default the first field, else the primary button. */
  initialFocus?: HTMLElement;
  className?: string;
}

let nextId = 1;
let openCount = 0;

/** True while any modal is open: global shortcuts stand aside. */
export function isModalOpen(): boolean {
  return openCount > 0;
}

/** A modal built elsewhere (the glossary manager) counts as open until the returned
 *  function is called. */
export function holdModal(): () => void {
  openCount++;
  let held = true;
  return () => {
    if (held) openCount--;
    held = false;
  };
}

export function showModal<T>(options: ModalOptions<T>): Promise<T> {
  const id = `modal-${nextId++}`;
  const title = h('h2', { id: `${id}-title`, class: 'modal-title' }, options.title);
  const description =
    options.description === undefined
      ? null
      : h('div', { id: `${id}-description`, class: 'modal-description' }, options.description);
  const form = h('form', { method: 'dialog', class: 'modal-form' });
  const buttonRow = h('div', { class: 'modal-buttons' });
  const dialog = h(
    'dialog',
    {
      class: `modal ${options.className ?? ''}`.trim(),
      'aria-labelledby': title.id,
      'aria-describedby': description ? description.id : undefined,
    },
    form,
  );
  form.append(title);
  if (description) form.append(description);
  if (options.body) form.append(options.body);
  form.append(buttonRow);

  return new Promise<T>((resolve) => {
    let result = options.dismissValue;
    const buttons = options.buttons.map((button) => {
      const element = h(
        'button',
        { type: button.submit ? 'submit' : 'button', class: button.primary ? 'button primary' : 'button' },
        button.label,
      );
      element.addEventListener('click', (event) => {
        if (button.submit) return; // handled by the form's submit
        event.preventDefault();
        // Any button that acts (all but the one that dismisses) validates like submit.
        if (options.validate && button.value !== options.dismissValue && !options.validate(button.value)) return;
        result = button.value;
        dialog.close();
      });
      buttonRow.append(element);
      return { button, element };
    });
    form.addEventListener('submit', (event) => {
      const submitter = buttons.find((b) => b.button.submit);
      if (!submitter) return;
      if (options.validate && !options.validate(submitter.button.value)) {
        event.preventDefault();
        return;
      }
      result = submitter.button.value;
    });
    dialog.addEventListener('close', () => {
      openCount--;
      dialog.remove();
      resolve(result);
    });
    document.body.append(dialog);
    openCount++;
    dialog.showModal();
    const firstField = form.querySelector<HTMLElement>('input, textarea, select');
    const primary = buttons.find((b) => b.button.primary)?.element;
    (options.initialFocus ?? firstField ?? primary ?? buttons[0]?.element)?.focus();
  });
}
