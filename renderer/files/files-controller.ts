// Every way a file comes into the window: Open (the host's dialog), Open recent (toolbar
// menu or the native File menu), drag and drop, and Load glossary. Articles and `.glossa`
// work files go to the work controller, which shows them with their work and adds them to
// Recent once they opened; glossaries go to the glossary list. Errors name the file.
import { showError } from '../dialogs/confirm-dialog';
import type { GlossaryList } from '../glossaries/glossary-list';
import type { Host, PickedFile } from '../host/host';
import type { Announcer } from '../ui/announcer';
import type { WorkController } from '../work/work-controller';
import { checkArticleSize } from './article-size';
import type { DroppedFiles } from './drop-target';

export interface FilesControllerDeps {
  host: Host;
  work: WorkController;
  glossaries: GlossaryList;
  announcer: Announcer;
  /** A text file dropped while an article is open may be that article's source
   *  (renderer/source/source-controller.ts): 'article' opens it as before. */
  roleOfDrop?: (file: PickedFile) => Promise<'source' | 'article' | 'cancel'>;
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class FilesController {
  constructor(private readonly deps: FilesControllerDeps) {}

  async openArticle(): Promise<void> {
    const { host, work } = this.deps;
    let file: PickedFile | null;
    try {
      file = await host.openArticle();
    } catch (error) {
      // Too large, unreadable, gone: the host names the file and the reason.
      await showError('Cannot open the article', messageOf(error));
      return;
    }
    if (file) await work.openFile(file);
  }

  async openRecent(path: string): Promise<void> {
    const { host, work } = this.deps;
    let file: PickedFile | null;
    try {
      file = await host.openRecent(path);
    } catch (error) {
      await showError('Cannot open the article', messageOf(error));
      return;
    }
    if (!file) {
      await showError('Cannot open the article', `${path} is no longer available.`);
      return;
    }
    await work.openFile(file);
  }

  async loadGlossaries(): Promise<void> {
    await this.addGlossaryFiles(await this.deps.host.openGlossaries());
  }

  async onDrop(files: DroppedFiles): Promise<void> {
    const { host, work, announcer } = this.deps;
    const pick = async (file: File): Promise<PickedFile> =>
      host.pickedFromDrop ? host.pickedFromDrop(file) : { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    if (files.ignored.length > 0) {
      // Neither an article nor a glossary, or a second article (one opens at a time).
      announcer.error(`Not opened: ${files.ignored.map((f) => f.name).join(', ')}`);
    }
    if (files.glossaries.length > 0) await this.addGlossaryFiles(await Promise.all(files.glossaries.map(pick)));
    if (files.article) {
      try {
        checkArticleSize(files.article);
      } catch (error) {
        await showError('Cannot open the article', messageOf(error));
        return;
      }
    }
    if (!files.article) return;
    const picked = await pick(files.article);
    if (this.deps.roleOfDrop && (await this.deps.roleOfDrop(picked)) !== 'article') return;
    await work.openFile(picked);
  }

  private async addGlossaryFiles(files: PickedFile[]): Promise<void> {
    const { glossaries, announcer } = this.deps;
    for (const file of files) {
      const duplicate = glossaries.all.find((item) => item.file === (file.path ?? file.name) && bytesEqual(item.bytes, file.bytes));
      if (duplicate) {
        announcer.say(`${file.name} is already loaded.`);
        continue;
      }
      const item = await glossaries.add(file);
      if (item.error) announcer.error(`Glossary not loaded: ${item.error}`);
      else announcer.say(`Loaded ${file.name}: ${item.summary?.entryCount ?? 0} corrections`);
    }
  }
}
