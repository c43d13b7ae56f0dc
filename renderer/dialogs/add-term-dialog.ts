// "Add to glossary": the selected MT wording and the correction the editor wants in its
// place, saved to the user's own glossary, and either applied at once wherever it appears
// ("Add and apply everywhere", the default: one undo step) or only added ("Only add").
// Fields are labelled, errors are announced and tied to their field, and Enter submits.
import { USER_GLOSSARY } from '../../shared/contract';
import { h } from '../ui/dom';
import { formField as field } from './form-field';
import { showModal } from './modal';

export interface NewTerm {
  source: string;
  target: string;
  note: string;
}

/** A TSV cell cannot hold tabs or line breaks; a term that does is a selection mistake. */
function problemWith(label: string, value: string, required: boolean): string | undefined {
  if (required && value.trim() === '') return `${label} is required.`;
  if (/[\t\r\n]/.test(value)) return `${label} must be on one line, without tabs.`;
  return undefined;
}

export interface TermDecision {
  term: NewTerm;
  /** Apply it at once wherever it appears in the post-edit. */
  applyEverywhere: boolean;
}

export async function askForTerm(selection: string): Promise<TermDecision | null> {
  const source = field('term-source', 'Text as the MT writes it', selection.trim());
  const target = field('term-target', 'Correction', '', 'What it should read.');
  const note = field('term-note', 'Note (optional)', '');
  const body = h('div', { class: 'fields' }, source.wrapper, target.wrapper, note.wrapper);

  const validate = (): boolean => {
    const problems = [
      [source, problemWith('The text', source.input.value, true)],
      [target, problemWith('The correction', target.input.value, true)],
      [note, problemWith('The note', note.input.value, false)],
    ] as const;
    for (const [f, problem] of problems) f.setError(problem);
    const firstBad = problems.find(([, problem]) => problem !== undefined);
    firstBad?.[0].input.focus();
    return firstBad === undefined;
  };

  const choice = await showModal<'apply' | 'add' | 'cancel'>({
    title: 'Add to my glossary',
    description: `Saved to your own glossary (${USER_GLOSSARY.fileName}). "Add and apply everywhere" also makes the correction in this article now, wherever the text appears (Ctrl+Z undoes it in one step); "Only add" leaves the text as it is and lists the hits as suggestions.`,
    body,
    buttons: [
      { label: 'Cancel', value: 'cancel' },
      { label: 'Only add', value: 'add' },
      { label: 'Add and apply everywhere', value: 'apply', primary: true, submit: true },
    ],
    dismissValue: 'cancel',
    validate: (value) => value === 'cancel' || validate(),
    initialFocus: source.input.value ? target.input : source.input,
  });
  if (choice === 'cancel') return null;
  return {
    term: { source: source.input.value.trim(), target: target.input.value.trim(), note: note.input.value.trim() },
    applyEverywhere: choice === 'apply',
  };
}

/** The 1-based line of the last line in a glossary text that ends with a newline: where
 *  appendTerm put the new term, and how the engine names the entry (Change.line). */
export function lastLine(bytes: Uint8Array): number {
  let lines = 0;
  for (const byte of bytes) if (byte === 10) lines++;
  return Math.max(1, lines);
}

/** The user glossary with one more line; starts the file with a header when empty. */
export function appendTerm(existing: Uint8Array | undefined, term: NewTerm): Uint8Array {
  const decoder = new TextDecoder();
  let text = existing && existing.length > 0 ? decoder.decode(existing) : '# My corrections (Glossa)\n# source\ttarget\tnote\n';
  if (!text.endsWith('\n')) text += '\n';
  text += `${term.source}\t${term.target}${term.note ? `\t${term.note}` : ''}\n`;
  return new TextEncoder().encode(text);
}
