// Opening a bundled sample (Help › Sample articles): its glossaries are loaded (those not
// loaded yet), then its MT opens like any article, with the work kept on it if there is
// some; its source is found by the source controller, as beside a file on disk.
import { hashBytes } from '../../shared/hash';
import type { GlossaryList } from '../glossaries/glossary-list';
import { fetchSample, type BundledSample } from '../host/bundled-sample';
import type { WorkController } from '../work/work-controller';

export async function openSample(sample: BundledSample, deps: { glossaries: GlossaryList; work: WorkController }): Promise<void> {
  const { article, glossaries } = await fetchSample(sample);
  for (const file of glossaries) {
    const hash = hashBytes(file.bytes);
    if (!deps.glossaries.all.some((item) => item.hash === hash)) await deps.glossaries.add(file);
  }
  await deps.work.openFile(article);
}
