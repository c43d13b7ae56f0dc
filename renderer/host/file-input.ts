// Asks the user for files through a hidden <input type=file>. Chosen over the File
// System Access API (showOpenFilePicker) because it works in every browser and because
// automation (Playwright's `filechooser` event) can drive it; see report in host.ts.
import { checkArticleSize } from '../files/article-size';

export interface FileRequest {
  accept: string;
  multiple: boolean;
}

export function chooseFiles(request: FileRequest): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = request.accept;
    input.multiple = request.multiple;
    input.hidden = true;
    let settled = false;
    const finish = (files: File[]) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])));
    // Fired by Chromium ≥ 113, Firefox ≥ 91, Safari ≥ 16.4 when the dialog is dismissed.
    input.addEventListener('cancel', () => finish([]));
    document.body.append(input);
    input.click();
  });
}

export async function readPickedFile(file: File): Promise<{ name: string; bytes: Uint8Array }> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** An article's bytes, refused (ArticleTooLargeError) before reading when over the limit. */
export async function readArticleFile(file: File): Promise<{ name: string; bytes: Uint8Array }> {
  checkArticleSize(file);
  return readPickedFile(file);
}
