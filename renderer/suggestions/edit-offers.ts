// Learning from the editor's own fixes: when the same MT words were replaced by the same
// words in two places, a card in the suggestions panel offers "Replace the other N"
// (one undo step) and "Add 'X → Y' to my glossary". The offers are found by the review
// worker when typing pauses (core/review/repeated-edits, off the keystroke path) and
// arrive with the review's findings. A card never takes the focus: it is announced
// politely once. Dismissed offers are not made again for that pair in this article (kept
// with the article's work, a WorkPart).
import type { RepeatedEditOffer } from '../../core/review/repeated-edits';
import type { ArticleWork, DismissedEditOffer } from '../../shared/work';
import { USER_GLOSSARY } from '../../shared/contract';
import type { DiffView } from '../editor/diff-view';
import { monaco } from '../editor/monaco';
import type { ReviewFindings } from '../engine/protocol';
import type { ReviewStore } from '../review/review-store';
import type { Announcer } from '../ui/announcer';
import { h } from '../ui/dom';
import type { WorkPart } from '../work/work-controller';

export interface EditOffersDeps {
  review: ReviewStore;
  diffView: DiffView;
  announcer: Announcer;
  /** Where the cards go (the suggestions panel's offers slot), and a nudge after. */
  host: HTMLElement;
  changedLayout(): void;
  /** Adds "from → to" to the user's glossary (one glossary edit). */
  addToGlossary(from: string, to: string): Promise<boolean>;
  /** The article's work changed (a dismissal). */
  changed(): void;
  /** Where focus goes when the card holding it goes (the suggestions list). */
  focusFallback(): void;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

export class EditOffers implements WorkPart {
  private dismissed: DismissedEditOffer[] = [];
  private offers: readonly RepeatedEditOffer[] = [];
  /** Keys already announced in this article (each offer is told once). */
  private readonly told = new Set<string>();
  private shownFor: ReviewFindings | undefined;

  constructor(private readonly deps: EditOffersDeps) {
    deps.review.onChange((state) => {
      if (state.findings !== this.shownFor && state.findings) this.show(state.findings.offers);
    });
  }

  /** The offers dismissed in this article, for the review request. */
  get all(): DismissedEditOffer[] {
    return this.dismissed;
  }

  capture(): Partial<ArticleWork> {
    return { dismissedEditOffers: this.dismissed };
  }

  restore(work: Readonly<ArticleWork>): void {
    this.dismissed = [...(work.dismissedEditOffers ?? [])];
    this.told.clear();
    this.shownFor = undefined;
    this.show([]);
  }

  private show(offers: readonly RepeatedEditOffer[]): void {
    this.shownFor = this.deps.review.state.findings;
    // An offer's words are normalised as dismissals keep them: compared as they are.
    this.offers = offers.filter((offer) => !this.dismissed.some((gone) => gone.from === offer.from && gone.to === offer.to));
    const host = this.deps.host;
    const hadFocus = host.contains(document.activeElement);
    const focusedAction = hadFocus ? (document.activeElement as HTMLElement).dataset.offerAction : undefined;
    host.replaceChildren(...this.offers.map((offer) => this.card(offer)));
    host.setAttribute('aria-label', 'Learnt from your edits');
    host.setAttribute('role', host.childElementCount > 0 ? 'group' : 'none');
    if (hadFocus) {
      // The focused card may have changed or gone: stay on its place, never the page body.
      const again = host.querySelector<HTMLElement>(`[data-offer-action="${focusedAction}"]`) ?? host.querySelector<HTMLElement>('button');
      if (again) again.focus();
      else this.deps.focusFallback();
    }
    const fresh = this.offers.filter((offer) => !this.told.has(offer.key));
    for (const offer of fresh) this.told.add(offer.key);
    if (fresh[0]) {
      const offer = fresh[0];
      this.deps.announcer.say(`You replaced “${offer.from}” with “${offer.to}” ${offer.done.length} times: the suggestions panel offers to do the rest`);
    }
    this.deps.changedLayout();
  }

  private card(offer: RepeatedEditOffer): HTMLElement {
    const remaining = offer.remaining.length;
    const pair = `“${offer.from} → ${offer.to}”`;
    const button = (label: string, action: string, run: () => void, attributes: Record<string, string> = {}) => {
      const element = h('button', { type: 'button', class: 'button button-small', 'data-offer-action': action, ...attributes }, label);
      element.addEventListener('click', run);
      return element;
    };
    const headingId = `edit-offer-${hashKey(offer.key)}`;
    return h(
      'section',
      { class: 'edit-offer', 'aria-labelledby': headingId },
      h(
        'p',
        { id: headingId },
        'You replaced ',
        h('span', { class: 'edit-offer-pair' }, `“${offer.from}”`),
        ' with ',
        h('span', { class: 'edit-offer-pair' }, `“${offer.to}”`),
        ` ${plural(offer.done.length, 'time', 'times')}.`,
        remaining > 0 ? ` ${plural(remaining, 'other place still has', 'other places still have')} “${offer.from}”.` : '',
      ),
      h(
        'div',
        { class: 'edit-offer-actions' },
        remaining > 0 ? button(`Replace the other ${remaining.toLocaleString()}`, 'replace', () => void this.replaceOthers(offer)) : null,
        button('Add to my glossary', 'add', () => void this.addToGlossary(offer), { 'aria-label': `Add ${pair} to ${USER_GLOSSARY.title}` }),
        button('Dismiss', 'dismiss', () => this.dismiss(offer), { 'aria-label': `Dismiss the offer for ${pair}` }),
      ),
    );
  }

  /** The other places, replaced as the glossary entry would (case carried over): one undo step. */
  private async replaceOthers(offer: RepeatedEditOffer): Promise<void> {
    const { review, diffView, announcer } = this.deps;
    let current: RepeatedEditOffer | undefined = offer;
    const model = diffView.postEditModel;
    if (!model) return;
    if (!review.isFresh) {
      await review.whenFresh();
      if (diffView.postEditModel !== model) return;
      current = review.state.findings?.offers.find((candidate) => candidate.key === offer.key);
    }
    const places = (current?.remaining ?? []).filter((place) => model.getValue().slice(place.peStart, place.peEnd) === place.text);
    if (places.length === 0) {
      announcer.say('Nothing left to replace');
      return;
    }
    const editor = diffView.modified;
    const edits = places.map((place) => {
      const start = model.getPositionAt(place.peStart);
      const end = model.getPositionAt(place.peEnd);
      return { range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column), text: place.replacement, forceMoveMarkers: true };
    });
    editor.pushUndoStop();
    editor.executeEdits('glossa.repeat-edit', edits);
    editor.pushUndoStop();
    announcer.say(`Replaced “${offer.from}” with “${offer.to}” in ${plural(places.length, 'more place', 'more places')} (Ctrl+Z undoes)`);
    review.refresh();
  }

  private async addToGlossary(offer: RepeatedEditOffer): Promise<void> {
    if (await this.deps.addToGlossary(offer.from, offer.to)) {
      this.deps.announcer.say(`Added “${offer.from} → ${offer.to}” to ${USER_GLOSSARY.title}: the other places are now suggestions`);
      // The glossary now makes the pair: the next review drops the offer.
      this.deps.review.refresh();
    }
  }

  private dismiss(offer: RepeatedEditOffer): void {
    this.dismissed = [...this.dismissed, { from: offer.from, to: offer.to }];
    this.deps.changed();
    this.show(this.offers);
    this.deps.review.refresh();
  }
}

/** A short id for an offer's key (element ids must not hold its NUL separator). */
function hashKey(key: string): string {
  let hash = 5381;
  for (let i = 0; i < key.length; i++) hash = ((hash << 5) + hash + key.charCodeAt(i)) >>> 0;
  return hash.toString(36);
}
