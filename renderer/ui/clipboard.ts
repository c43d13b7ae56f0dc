// Writing text to the clipboard. The async Clipboard API first; where it is refused (the
// Electron session answers every permission check with "no", see electron/security.ts),
// the editing command `copy` from a hidden text area, which needs no permission during a
// user action.

export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Refused or unavailable: fall through to the copy command.
  }
  copyWithCommand(text);
}

function copyWithCommand(text: string): void {
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.className = 'clipboard-source';
  document.body.append(area);
  area.select();
  try {
    // Deprecated but still the only permission-free way to copy in Chromium and Electron.
    if (!document.execCommand('copy')) throw new Error('The clipboard refused the text.');
  } finally {
    area.remove();
    previous?.focus();
  }
}
