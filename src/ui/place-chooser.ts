// When one click or tap hits several different places (markers that touch on screen), nothing may stay
// unreachable: this small popover lists them and opens the chosen one. Keyboard: focus starts on the first
// entry, arrows move, Enter opens, Escape closes and returns focus to the map.
import type { Lang } from '../types';
import { tCard } from '../i18n/card';
import { h } from './dom';

export interface ChooserEntry {
  id: string;
  name: string;
  meta: string;
}

export class PlaceChooser {
  readonly el: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly list: HTMLUListElement;
  private returnFocus: HTMLElement | null = null;

  constructor(private readonly onChoose: (id: string) => void) {
    this.heading = h('h2', { id: 'place-chooser-heading' });
    this.list = h('ul', {});
    this.el = h(
      'div',
      { class: 'place-chooser popover', role: 'dialog', 'aria-labelledby': 'place-chooser-heading', hidden: true },
      this.heading,
      this.list,
    );
    this.el.addEventListener('keydown', (e) => this.onKey(e));
    document.addEventListener(
      'pointerdown',
      (e) => {
        if (!this.el.hidden && !this.el.contains(e.target as Node)) this.hide();
      },
      true,
    );
  }

  /** Shows the entries next to a point in the container's pixel coordinates. */
  show(
    entries: readonly ChooserEntry[],
    at: { x: number; y: number },
    lang: Lang,
    returnFocus: HTMLElement | null,
  ): void {
    this.returnFocus = returnFocus;
    this.heading.textContent = tCard(lang, 'chooserHeading', { n: entries.length });
    this.el.setAttribute('aria-label', tCard(lang, 'chooserLabel'));
    this.list.replaceChildren(
      ...entries.map((e) => {
        const b = h(
          'button',
          { type: 'button', 'data-id': e.id },
          h('span', {}, e.name),
          h('span', { class: 'meta' }, e.meta),
        );
        b.addEventListener('click', () => {
          this.hide();
          this.onChoose(e.id);
        });
        return h('li', {}, b);
      }),
    );
    this.el.hidden = false;
    // Keep the popover inside its container: flip left/up when the point is near the right/bottom edge.
    const parent = this.el.parentElement;
    const w = parent?.clientWidth ?? 0;
    const hgt = parent?.clientHeight ?? 0;
    const box = this.el.getBoundingClientRect();
    this.el.style.left = `${Math.max(4, Math.min(at.x + 10, w - box.width - 4))}px`;
    this.el.style.top = `${Math.max(4, Math.min(at.y + 10, hgt - box.height - 4))}px`;
    this.buttons()[0]?.focus();
  }

  hide(): void {
    if (this.el.hidden) return;
    this.el.hidden = true;
    this.returnFocus?.focus({ preventScroll: true });
  }

  private buttons(): HTMLButtonElement[] {
    return [...this.list.querySelectorAll('button')];
  }

  private onKey(e: KeyboardEvent): void {
    const bs = this.buttons();
    const i = bs.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') this.hide();
    else if (e.key === 'ArrowDown') bs[(i + 1) % bs.length]?.focus();
    else if (e.key === 'ArrowUp') bs[(i - 1 + bs.length) % bs.length]?.focus();
    else return;
    e.preventDefault();
  }
}
