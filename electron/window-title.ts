// The native window title. Pure (no Electron import) so it is unit-tested.

/**
 * Title from the renderer with the unsaved marker each OS expects: macOS shows a dot in
 * the close button (documentEdited), elsewhere the title itself starts with "●".
 */
export function windowTitle(title: string, dirty: boolean, platform: NodeJS.Platform): string {
  const base = title.trim() === '' ? 'Glossa' : title;
  return dirty && platform !== 'darwin' ? `● ${base}` : base;
}
