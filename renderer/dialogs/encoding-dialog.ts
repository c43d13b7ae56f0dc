// "Reopen with encoding…": when an article's text comes out garbled (or does not decode
// at all), the editor picks the encoding the file was written in, seeing the first lines
// decoded with each choice before committing to it.
import { h } from '../ui/dom';
import { showModal } from './modal';

/** The encodings newsrooms still receive, by WHATWG label, with what they are for. */
export const ENCODING_CHOICES: ReadonlyArray<{ label: string; name: string }> = [
  { label: 'utf-8', name: 'Unicode (UTF-8)' },
  { label: 'utf-16le', name: 'Unicode (UTF-16, little-endian)' },
  { label: 'utf-16be', name: 'Unicode (UTF-16, big-endian)' },
  { label: 'windows-1251', name: 'Cyrillic (Windows-1251)' },
  { label: 'koi8-r', name: 'Cyrillic (KOI8-R)' },
  { label: 'koi8-u', name: 'Cyrillic, Ukrainian (KOI8-U)' },
  { label: 'iso-8859-5', name: 'Cyrillic (ISO 8859-5)' },
  { label: 'ibm866', name: 'Cyrillic (DOS 866)' },
  { label: 'windows-1252', name: 'Western European (Windows-1252, Latin-1)' },
  { label: 'iso-8859-15', name: 'Western European (ISO 8859-15)' },
  { label: 'windows-1250', name: 'Central European (Windows-1250)' },
  { label: 'iso-8859-2', name: 'Central European (ISO 8859-2)' },
  { label: 'windows-1253', name: 'Greek (Windows-1253)' },
  { label: 'windows-1254', name: 'Turkish (Windows-1254)' },
  { label: 'windows-1257', name: 'Baltic (Windows-1257)' },
  { label: 'windows-1255', name: 'Hebrew (Windows-1255)' },
  { label: 'windows-1256', name: 'Arabic (Windows-1256)' },
  { label: 'shift_jis', name: 'Japanese (Shift_JIS)' },
  { label: 'euc-jp', name: 'Japanese (EUC-JP)' },
  { label: 'gb18030', name: 'Chinese, Simplified (GB18030 / GBK)' },
  { label: 'big5', name: 'Chinese, Traditional (Big5)' },
  { label: 'euc-kr', name: 'Korean (EUC-KR)' },
];

const PREVIEW_BYTES = 600;

/** The file's first bytes decoded as `label`: what the editor judges the choice by. */
export function previewDecode(bytes: Uint8Array, label: string): string {
  try {
    const text = new TextDecoder(label).decode(bytes.subarray(0, PREVIEW_BYTES));
    return text.replace(/\r\n?/g, '\n').split('\n').slice(0, 6).join('\n');
  } catch {
    return '';
  }
}

/** Asks which encoding to read `bytes` with; null when cancelled. */
export async function chooseEncoding(fileName: string, bytes: Uint8Array, current: string | undefined): Promise<string | null> {
  const select = h('select', { id: 'encoding-choice' }) as HTMLSelectElement;
  for (const choice of ENCODING_CHOICES) {
    const option = h('option', { value: choice.label }, choice.name) as HTMLOptionElement;
    option.selected = choice.label === current;
    select.append(option);
  }
  const preview = h('pre', { class: 'encoding-preview', 'aria-live': 'polite', 'aria-label': 'Preview' });
  const update = () => {
    preview.textContent = previewDecode(bytes, select.value) || '(nothing readable in this encoding)';
  };
  select.addEventListener('change', update);
  update();
  const body = h(
    'div',
    { class: 'fields' },
    h('div', { class: 'field' }, h('label', { for: select.id }, 'Encoding'), select),
    h('p', { class: 'field-hint' }, 'The beginning of the file in this encoding:'),
    preview,
  );
  const choice = await showModal<'reopen' | 'cancel'>({
    title: 'Reopen with encoding',
    description: `Read ${fileName} again, in the encoding it was written in. Your work on the garbled text stays saved.`,
    body,
    buttons: [
      { label: 'Cancel', value: 'cancel' },
      { label: 'Reopen', value: 'reopen', primary: true, submit: true },
    ],
    dismissValue: 'cancel',
    initialFocus: select,
  });
  return choice === 'reopen' ? select.value : null;
}

/** An article that could not be decoded: the error, and the way out. */
export function askAfterDecodeError(message: string): Promise<'encoding' | 'ok'> {
  return showModal<'encoding' | 'ok'>({
    title: 'Cannot open the article',
    description: message,
    buttons: [
      { label: 'Reopen with encoding…', value: 'encoding' },
      { label: 'OK', value: 'ok', primary: true },
    ],
    dismissValue: 'ok',
    className: 'modal-error',
  });
}
