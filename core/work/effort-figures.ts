// The effort figures the change report and the JSON export show next to HTER, in the
// units PET and MateCat use: active seconds and keystrokes per paragraph and for the
// article, and seconds per word (MateCat's time to edit). Pure: the report calls it with a
// tracker's snapshot, the HTER report and the confirmation status it already has.
import type { HterReport } from '../review/hter.js';
import type { EffortSnapshot } from './effort.js';
import type { ParagraphStatus } from './paragraph-status.js';

export interface ParagraphEffortFigures {
  /** 0-based paragraph of the post-edit. */
  paragraph: number;
  activeSeconds: number;
  keystrokes: number;
  words: number;
  /** Active seconds per post-edit word; null for a paragraph without words. */
  secondsPerWord: number | null;
  /** TER (%) of the aligned group the paragraph is in, when HTER was given. */
  ter?: number;
  confirmed?: boolean;
}

export interface EffortFigures {
  activeSeconds: number;
  keystrokes: number;
  words: number;
  secondsPerWord: number | null;
  /** HTER (%) of the article, when given. */
  hter?: number;
  /** Confirmed paragraphs, when a status was given. */
  confirmed?: { confirmed: number; total: number };
  paragraphs: ParagraphEffortFigures[];
  /** Effort on paragraphs since deleted (counted in the article's totals). */
  removed: { activeSeconds: number; keystrokes: number };
}

export function effortFigures(snapshot: EffortSnapshot, options: { hter?: HterReport; status?: ParagraphStatus } = {}): EffortFigures {
  const terOf = new Map<number, number>();
  for (const group of options.hter?.paragraphs ?? []) for (const pe of group.pe) terOf.set(pe, group.ter);
  const status = options.status && options.status.texts.length === snapshot.paragraphs.length ? options.status : undefined;
  const paragraphs = snapshot.paragraphs.map((p): ParagraphEffortFigures => {
    const ter = terOf.get(p.paragraph);
    return {
      paragraph: p.paragraph,
      activeSeconds: seconds(p.activeMs),
      keystrokes: p.keystrokes,
      words: p.words,
      secondsPerWord: perWord(p.activeMs, p.words),
      ...(ter !== undefined ? { ter: round(ter, 2) } : {}),
      ...(status ? { confirmed: status.confirmed[p.paragraph] === true } : {}),
    };
  });
  return {
    activeSeconds: seconds(snapshot.activeMs),
    keystrokes: snapshot.keystrokes,
    words: snapshot.words,
    secondsPerWord: perWord(snapshot.activeMs, snapshot.words),
    ...(options.hter ? { hter: round(options.hter.ter, 2) } : {}),
    ...(status ? { confirmed: { confirmed: status.confirmed.filter(Boolean).length, total: status.texts.length } } : {}),
    paragraphs,
    removed: { activeSeconds: seconds(snapshot.removed.activeMs), keystrokes: snapshot.removed.keystrokes },
  };
}

function seconds(ms: number): number {
  return round(ms / 1000, 1);
}

function perWord(ms: number, words: number): number | null {
  return words === 0 ? null : round(ms / 1000 / words, 2);
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
