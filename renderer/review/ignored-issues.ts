// QA issues the editor chose to ignore, one by one, kept with the article's work (a
// WorkPart). An issue is remembered by its key (core/work/ignored-issues: the check, the
// flagged text and a few words around it), so it stays ignored through edits elsewhere
// and comes back when the flagged words themselves change. The review worker splits the
// findings by these keys (ReviewFindings.ignored); until its next answer, an issue just
// ignored is hidden here so it leaves the list at once. The report lists them apart.
import type { QaIssue } from '../../core/qa/types';
import { ignoredIssueKey, type IgnoredIssueKey } from '../../core/work/ignored-issues';
import { ignoredIssueKeys, type ArticleWork, type IgnoredIssue } from '../../shared/work';
import type { ReviewFindings } from '../engine/protocol';
import type { WorkPart } from '../work/work-controller';

function keyString(key: IgnoredIssueKey): string {
  return [key.check, key.text, key.before, key.after].join('\u0000');
}

export interface IgnoredIssuesDeps {
  /** The post-edit as it stands. */
  text(): string;
  /** The latest findings (their `ignored` issues carry current offsets). */
  findings(): ReviewFindings | undefined;
  /** Ask for a review with the keys as they are now. */
  refresh(): void;
  /** The article's work changed (autosave; unsaved until Ctrl+S). */
  changed(): void;
}

export class IgnoredIssues implements WorkPart {
  private keys: IgnoredIssueKey[] = [];
  /** Ignored since the last findings arrived: hidden until the worker splits them off. */
  private justIgnored = new Set<QaIssue>();
  private hiddenFor: ReviewFindings | undefined;
  private filtered: { findings: ReviewFindings; size: number; issues: QaIssue[] } | undefined;

  constructor(private readonly deps: IgnoredIssuesDeps) {}

  /** The keys, for review and export requests. */
  get all(): IgnoredIssueKey[] {
    return this.keys;
  }

  /** Ignore `issue`, found in findings that describe `text` (the current post-edit). */
  ignore(issue: QaIssue): void {
    const key = ignoredIssueKey(issue, this.deps.text());
    if (!this.keys.some((known) => keyString(known) === keyString(key))) this.keys = [...this.keys, key];
    this.justIgnored.add(issue);
    this.deps.changed();
    this.deps.refresh();
  }

  /** Every ignored issue comes back. */
  restoreAll(): void {
    if (this.keys.length === 0) return;
    this.keys = [];
    this.justIgnored.clear();
    this.deps.changed();
    this.deps.refresh();
  }

  /** The findings' issues less those just ignored (the same array while nothing is). */
  shown(findings: ReviewFindings): QaIssue[] {
    if (this.hiddenFor !== findings) {
      // Newer findings were split by the worker with every key: nothing left to hide.
      if (this.hiddenFor !== undefined) this.justIgnored.clear();
      this.hiddenFor = findings;
    }
    if (this.justIgnored.size === 0) return findings.issues;
    if (this.filtered?.findings === findings && this.filtered.size === this.justIgnored.size) return this.filtered.issues;
    const issues = findings.issues.filter((issue) => !this.justIgnored.has(issue));
    this.filtered = { findings, size: this.justIgnored.size, issues };
    return issues;
  }

  /** Ignored issues still in the text, as far as the latest findings know. */
  count(findings: ReviewFindings | undefined): number {
    return (findings?.ignored.length ?? 0) + this.justIgnored.size;
  }

  capture(): Partial<ArticleWork> {
    const text = this.deps.text();
    const located = new Map<string, QaIssue>();
    for (const issue of this.deps.findings()?.ignored ?? []) {
      const key = ignoredIssueKey(issue, text);
      located.set(keyString(key), issue);
    }
    const ignoredIssues: IgnoredIssue[] = this.keys.map((key) => {
      const issue = located.get(keyString(key));
      // Not in the text right now (its words were edited): kept, at the end of the text,
      // in case an undo brings it back.
      const start = Math.min(issue?.start ?? text.length, text.length);
      const end = Math.min(issue?.end ?? text.length, text.length);
      return { check: key.check, start, end: Math.max(start, end), message: issue?.message ?? '', text: key.text, before: key.before, after: key.after };
    });
    return { ignoredIssues };
  }

  restore(work: Readonly<ArticleWork>): void {
    this.keys = ignoredIssueKeys(work);
    this.justIgnored.clear();
    this.hiddenFor = undefined;
    this.filtered = undefined;
  }
}
