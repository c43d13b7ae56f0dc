// The sample articles shipped with the renderer (Vite hashed assets beside index.html, so
// they load without any file access in every build): each an MT, its source in the
// original language and the glossaries that go with it. The first start shows the first
// one. The samples' file names are their own folder: the source controller finds a
// sample's source by the same naming rule as beside a file on disk.
import kremlinMtUrl from '../../seeds/kremlin-kerry.mt.txt?url';
import kremlinSourceUrl from '../../seeds/kremlin-kerry.ru.txt?url';
import politicsUrl from '../../glossaries/ru-en-politics.tsv?url';
import termsUrl from '../../glossaries/ru-en-terms.csv?url';
import bahnMtUrl from '../../seeds/bahn-streik.mt.txt?url';
import bahnSourceUrl from '../../seeds/bahn-streik.de.txt?url';
import bahnTermsUrl from '../../glossaries/de-en-bahn.csv?url';
import type { PickedFile } from './host';

interface BundledFile {
  name: string;
  url: string;
}

export interface BundledSample {
  id: string;
  /** How the Samples dialog names it. */
  title: string;
  /** Its language pair, in words. */
  languages: string;
  article: BundledFile;
  source: BundledFile;
  glossaries: BundledFile[];
}

export const SAMPLES: readonly BundledSample[] = [
  {
    id: 'kremlin-kerry',
    title: 'Kremlin on the Putin–Kerry meeting',
    languages: 'Russian → English',
    article: { name: 'kremlin-kerry.mt.txt', url: kremlinMtUrl },
    source: { name: 'kremlin-kerry.ru.txt', url: kremlinSourceUrl },
    glossaries: [{ name: 'ru-en-politics.tsv', url: politicsUrl }, { name: 'ru-en-terms.csv', url: termsUrl }],
  },
  {
    id: 'bahn-streik',
    title: 'Train drivers’ strike at Deutsche Bahn',
    languages: 'German → English',
    article: { name: 'bahn-streik.mt.txt', url: bahnMtUrl },
    source: { name: 'bahn-streik.de.txt', url: bahnSourceUrl },
    glossaries: [{ name: 'de-en-bahn.csv', url: bahnTermsUrl }],
  },
];

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Cannot load the bundled sample ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function fetchBundledFile(file: BundledFile): Promise<PickedFile> {
  return { name: file.name, bytes: await fetchBytes(file.url) };
}

/** A sample's article and glossaries, as the window opens them. */
export async function fetchSample(sample: BundledSample): Promise<{ article: PickedFile; glossaries: PickedFile[] }> {
  const [article, ...glossaries] = await Promise.all([sample.article, ...sample.glossaries].map(fetchBundledFile));
  return { article: article!, glossaries };
}

/** The first start's sample: its article, its correction glossary and the rest of its glossaries. */
export async function fetchBundledSample(): Promise<{ article: PickedFile; glossary: PickedFile; glossaries?: PickedFile[] }> {
  const { article, glossaries } = await fetchSample(SAMPLES[0]!);
  const [glossary, ...more] = glossaries;
  return { article, glossary: glossary!, glossaries: more };
}
