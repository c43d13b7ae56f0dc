// A labelled text field for the dialogs: the hint and the error are tied to the input
// (aria-describedby), the error is announced (role="alert") and marks the input invalid.
import { h } from '../ui/dom';

export interface FormField {
  wrapper: HTMLElement;
  input: HTMLInputElement;
  setError(message: string | undefined): void;
}

export function formField(id: string, label: string, value: string, hint?: string): FormField {
  const input = h('input', { id, type: 'text', value, autocomplete: 'off', spellcheck: 'false' });
  const error = h('p', { id: `${id}-error`, class: 'field-error', role: 'alert', hidden: true });
  const hintElement = hint ? h('p', { id: `${id}-hint`, class: 'field-hint' }, hint) : null;
  input.setAttribute('aria-describedby', [hintElement?.id, error.id].filter(Boolean).join(' '));
  const wrapper = h('div', { class: 'field' }, h('label', { for: id }, label), input, hintElement, error);
  const setError = (message: string | undefined) => {
    error.hidden = message === undefined;
    error.textContent = message ?? '';
    input.setAttribute('aria-invalid', message ? 'true' : 'false');
  };
  return { wrapper, input, setError };
}
