// Small yes/no questions asked inside the app (never window.confirm, which blocks the
// renderer and cannot be styled or described to assistive tech).
import { showModal } from './modal';

export function confirmDiscard(what: string): Promise<'save' | 'discard' | 'cancel'> {
  return showModal<'save' | 'discard' | 'cancel'>({
    title: 'Save your changes?',
    description: `${what} has unsaved changes. Save the session first, or discard them.`,
    buttons: [
      { label: 'Cancel', value: 'cancel' },
      { label: 'Discard changes', value: 'discard' },
      { label: 'Save session', value: 'save', primary: true },
    ],
    dismissValue: 'cancel',
  });
}

export function showError(title: string, message: string): Promise<void> {
  return showModal<void>({
    title,
    description: message,
    buttons: [{ label: 'OK', value: undefined, primary: true }],
    dismissValue: undefined,
    className: 'modal-error',
  });
}
