// Export: the formats come from core/export's registry (asked of the engine worker once),
// the bytes are made in the reviewing worker, and the host saves them (a save dialog in
// Electron, a download in the browser). "Copy cleaned text" puts the same text the .txt
// export holds on the clipboard.
import type { IgnoredIssueKey } from '../../core/work/ignored-issues';
import { showError } from '../dialogs/confirm-dialog';
import type { EffortSnapshot } from '../../core/work/effort';
import type { EngineClient } from '../engine/engine-client';
import type { ReviewContext } from '../review/review-store';
import { exportFileName, type ExportFormat } from '../files/export-formats';
import type { Host } from '../host/host';
import type { Announcer } from '../ui/announcer';
import { copyText } from '../ui/clipboard';
import type { WorkController } from '../work/work-controller';

export interface ExportControllerDeps {
  host: Host;
  engine: EngineClient;
  work: WorkController;
  announcer: Announcer;
  /** The editing effort so far and the confirmed paragraphs (the report's effort figures). */
  effort?(): Promise<EffortSnapshot | undefined>;
  confirmedParagraphs?(): number[];
  /** The source and the dictionary: the report shows the source, QA checks against it. */
  context?: () => ReviewContext;
  /** QA issues the editor ignored: the report lists them apart. */
  ignoredIssues?: () => IgnoredIssueKey[];
}

export class ExportController {
  private formatList: Promise<readonly ExportFormat[]> | undefined;

  constructor(private readonly deps: ExportControllerDeps) {}

  formats(): Promise<readonly ExportFormat[]> {
    this.formatList ??= this.deps.engine.call('export-formats', {}).then((answer) => answer.formats);
    return this.formatList;
  }

  async exportAs(format: ExportFormat): Promise<void> {
    const { host, engine, work, announcer } = this.deps;
    // Asked first: the effort describes the text as it is when it answers.
    const effort = await this.deps.effort?.().catch(() => undefined);
    const article = work.article;
    const postEdit = work.postEdit();
    if (!article || postEdit === undefined) return;
    const language = work.language?.iso6391;
    const result = await engine.call('export', {
      format: format.id,
      postEdit,
      mt: article.mtText,
      lineEnding: article.lineEnding,
      // A file that came with a byte-order mark goes back with one (txt and md).
      byteOrderMark: article.hadBom,
      ...(language ? { language } : {}),
      // The report and the JSON count what the editor applied and skipped.
      ...work.decisions(),
      ...(effort ? { effort } : {}),
      ...(this.deps.confirmedParagraphs ? { confirmedParagraphs: this.deps.confirmedParagraphs() } : {}),
      ...this.deps.context?.(),
      ...(this.deps.ignoredIssues ? { ignoredIssues: this.deps.ignoredIssues() } : {}),
    });
    if (!result.ok) {
      await showError('Export failed', result.error);
      return;
    }
    try {
      const where = await host.saveExport(exportFileName(article.name, format.extension), result.bytes, format.mimeType);
      if (where) announcer.say(`Exported ${where.split(/[\\/]/).pop() ?? where}`);
    } catch (error) {
      await showError('Export failed', error instanceof Error ? error.message : String(error));
    }
  }

  /** The post-edit as it stands, for pasting into a CMS: what the .txt export holds. */
  async copyCleanedText(): Promise<void> {
    const { work, announcer } = this.deps;
    const text = work.postEdit();
    if (text === undefined) return;
    try {
      await copyText(text);
    } catch (error) {
      announcer.error(`Could not copy: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    announcer.say('Copied the cleaned text');
  }
}
