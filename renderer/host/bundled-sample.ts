// The seed article and its glossary, shipped by Vite as hashed assets next to the
// renderer so the first start can show the app working without any file access.
// Both hosts use this: the assets sit beside index.html in every build.
import articleUrl from '../../seeds/kremlin-kerry.mt.txt?url';
import glossaryUrl from '../../glossaries/ru-en-politics.tsv?url';
import type { PickedFile } from './host';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Cannot load the bundled sample ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function fetchBundledSample(): Promise<{ article: PickedFile; glossary: PickedFile }> {
  const [article, glossary] = await Promise.all([fetchBytes(articleUrl), fetchBytes(glossaryUrl)]);
  return {
    article: { name: 'kremlin-kerry.mt.txt', bytes: article },
    glossary: { name: 'ru-en-politics.tsv', bytes: glossary },
  };
}
