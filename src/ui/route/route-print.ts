// The printable route: one A4 page with the map image, numbered stops with each stop's first
// fact, the legs and the times. Hidden on screen; styles/route.css shows only this section under @media print.
// It is kept up to date with the route, so printing from the browser menu also gives the route page.
import { tRoute } from '../../i18n/route';
import { clear, h } from '../dom';
import type { Lang } from '../../types';
import type { PrintModel } from '../../analysis/route-view-model';

export class RoutePrint {
  readonly el: HTMLElement;
  private readonly img: HTMLImageElement;
  private readonly content: HTMLElement;
  private lang: Lang = 'zh';

  constructor() {
    this.img = h('img', { class: 'route-print-map', alt: '' });
    this.img.hidden = true;
    this.content = h('div', { class: 'route-print-content' });
    this.el = h(
      'section',
      { id: 'route-print-view', class: 'route-print', 'aria-labelledby': 'route-print-title' },
      h('h1', { id: 'route-print-title' }),
      this.img,
      this.content,
    );
  }

  /** data: URL of the map canvas, or null when it could not be captured (then the page prints without it). */
  setMapImage(dataUrl: string | null): void {
    if (dataUrl) this.img.src = dataUrl;
    else this.img.removeAttribute('src');
    this.img.hidden = !dataUrl;
    this.img.alt = tRoute(this.lang, 'printMapAlt');
  }

  render(m: PrintModel, lang: Lang): void {
    this.lang = lang;
    const t = tRoute.in(lang);
    const title = this.el.querySelector('h1');
    if (title) title.textContent = `${t('printTitle')} · ${m.title}`;
    this.img.alt = t('printMapAlt');
    clear(this.content);
    const stops = h('ol', { class: 'route-print-stops' });
    for (const s of m.stops) {
      stops.append(
        h(
          'li',
          {},
          h('strong', {}, s.name),
          ` · ${s.kind}${s.approximate ? ` · ${t('approximate')}` : ''} · ${s.dwell}`,
          h('div', { class: 'route-print-fact' }, s.fact ?? t('printNoFact')),
        ),
      );
    }
    const legs = h(
      'table',
      { class: 'route-print-legs' },
      h(
        'tbody',
        {},
        ...m.legs.map((l, i) =>
          h(
            'tr',
            {},
            h('td', {}, `${i + 1}`),
            h('td', {}, `${l.from} → ${l.to}`),
            h('td', {}, l.distance),
            h('td', {}, l.kind),
            h('td', {}, l.minutes),
          ),
        ),
      ),
    );
    this.content.append(h('h2', {}, t('printStops')), stops);
    if (m.legs.length) this.content.append(h('h2', {}, t('printLegs')), legs);
    this.content.append(
      h('h2', {}, t('printTimes')),
      h('p', {}, `${t('total')}: ${m.total} · ${t('totalTime')} (${m.mode}): ${m.totalTime}`),
      h('p', { class: 'route-print-foot' }, t('printGenerated')),
    );
  }
}
