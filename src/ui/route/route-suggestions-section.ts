// Suggested routes with their sources. Their content changes only with the language (the planner builds them
// once per language), so the cards are rebuilt only when what they show changed, never on a route edit.
import type { RouteModel, SuggestionView } from '../../analysis/route-view-model';
import { h, safeLink } from '../dom';
import type { RouteT } from './route-section';
import { setText } from './route-section';

export class RouteSuggestionsSection {
  readonly el: HTMLElement;
  private readonly heading = h('h3', {});
  private readonly cards = h('div', {});
  private shown = '';

  constructor(private readonly onUse: (id: string) => void) {
    this.el = h('div', { class: 'route-suggestions' }, this.heading, this.cards);
  }

  update(m: RouteModel, t: RouteT): void {
    setText(this.heading, t('suggestionsHeading'));
    const key = JSON.stringify([t('suggestion'), m.suggestions]);
    if (key === this.shown) return;
    this.shown = key;
    this.cards.replaceChildren(...m.suggestions.map((s) => this.card(s, t)));
  }

  private card(s: SuggestionView, t: RouteT): HTMLElement {
    const card = h(
      'article',
      { class: 'route-suggestion', 'aria-label': `${t('suggestion')}: ${s.title}` },
      h('p', { class: 'route-badge' }, t('suggestion')),
      h('h4', {}, s.title),
    );
    const ol = h('ol', {});
    for (const st of s.stops) {
      const src = h('span', { class: 'fact-source' });
      for (const ref of st.sources) src.append(' [', safeLink(ref.url, ref.title || ref.url), ']');
      ol.append(
        h(
          'li',
          {},
          st.name,
          st.approximate ? ` (${t('approximate')})` : '',
          ' ',
          h('span', { class: 'hint' }, `${t('sourcesOf')}:`),
          src,
        ),
      );
    }
    card.append(h('p', { class: 'hint' }, t('suggestionStops', { n: s.stops.length })), ol);
    if (s.skipped.length)
      card.append(h('p', { class: 'hint' }, t('suggestionSkipped', { names: s.skipped.join('、') })));
    if (s.missingCards.length)
      card.append(h('p', { class: 'route-warning' }, t('nameCardsMissing', { cards: s.missingCards.join('；') })));
    const use = h(
      'button',
      { type: 'button', 'aria-label': t('useSuggestion', { title: s.title }) },
      t('useSuggestion', { title: s.title }),
    );
    use.disabled = s.stops.length === 0;
    use.addEventListener('click', () => this.onUse(s.id));
    card.append(use);
    return card;
  }
}
