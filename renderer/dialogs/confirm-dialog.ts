// Small messages and questions shown inside the app (never window.confirm, which blocks the
// renderer and cannot be styled or described to assistive tech).
import { showModal } from './modal';

export function showError(title: string, message: string): Promise<void> {
  return showModal<void>({
    title,
    description: message,
    buttons: [{ label: 'OK', value: undefined, primary: true }],
    dismissValue: undefined,
    className: 'modal-error',
  });
}
