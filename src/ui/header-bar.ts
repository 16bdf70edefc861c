// The header: title, search, then the tools as icon + text buttons in groups (plan · research · settings). On a
// phone (≤ 640 px) the groups fold into one menu behind a ☰ button, so no control runs off the screen; from
// 641 px up they sit in one row (the search box gives way first). The same buttons are used in both layouts (CSS
// decides), so a button's state never differs between them.
import type { Lang } from '../types';
import { h } from './dom';
import type { IconName } from './icons';
import { icon } from './icons';
import { PHONE_QUERY } from './bottom-sheet';

export type HeaderGroup = 'plan' | 'research' | 'settings';
export const HEADER_GROUPS: readonly HeaderGroup[] = ['plan', 'research', 'settings'];

const MENU_LABEL: Record<Lang, string> = { zh: '菜单', en: 'Menu' };
const GROUP_LABEL: Record<HeaderGroup, Record<Lang, string>> = {
  plan: { zh: '规划', en: 'Plan' },
  research: { zh: '研究', en: 'Research' },
  settings: { zh: '设置', en: 'Settings' },
};

/**
 * Gives a button an icon and a text label that survives `setLabel` (installers used to set textContent,
 * which would drop the icon). Returns a function that sets the label text.
 */
export function iconButton(button: HTMLElement, name: IconName): void {
  // Keep elements an installer put in the button (the route's stop count); only its text moves into the label.
  const extras = [...button.children];
  const text = h('span', { class: 'button-text' }, button.textContent ?? '');
  button.replaceChildren(icon(name), text, ...extras.filter((e) => !e.classList.contains('button-text')));
  button.classList.add('tool');
  button.title = text.textContent ?? '';
}

/** Sets a tool button's text without dropping its icon (also its tooltip, shown when the text is folded away). */
export function setToolText(button: HTMLElement, text: string): void {
  const label = button.querySelector('.button-text');
  if (label) label.textContent = text;
  else button.textContent = text;
  button.title = text;
}

export class HeaderBar {
  readonly menuButton: HTMLButtonElement;
  readonly actions: HTMLElement;
  private readonly groups: Record<HeaderGroup, HTMLElement>;

  constructor(host: HTMLElement) {
    this.groups = {} as Record<HeaderGroup, HTMLElement>;
    this.actions = h('nav', { id: 'header-actions', class: 'header-actions' });
    for (const g of HEADER_GROUPS) {
      this.groups[g] = h('div', { class: `header-group header-group-${g}`, role: 'group' });
      this.actions.append(this.groups[g]);
    }
    this.menuButton = h(
      'button',
      {
        type: 'button',
        id: 'header-menu',
        class: 'tool menu-button',
        'aria-controls': 'header-actions',
        'aria-expanded': 'false',
      },
      icon('menu'),
    );
    this.menuButton.addEventListener('click', () =>
      this.setMenuOpen(this.menuButton.getAttribute('aria-expanded') !== 'true'),
    );
    // A choice in the menu closes it (the panel it opens is what the user wants to see next).
    this.actions.addEventListener('click', (e) => {
      if ((e.target as HTMLElement).closest('button') && matchMedia(PHONE_QUERY).matches) this.setMenuOpen(false);
    });
    // Escape anywhere or a press outside closes the open menu (Escape returns focus to its button).
    document.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || !this.actions.classList.contains('open')) return;
      this.setMenuOpen(false);
      this.menuButton.focus();
    });
    document.addEventListener(
      'pointerdown',
      (e) => {
        const t = e.target as Node;
        if (this.actions.classList.contains('open') && !this.actions.contains(t) && !this.menuButton.contains(t))
          this.setMenuOpen(false);
      },
      true,
    );
    host.append(this.menuButton, this.actions);
  }

  add(group: HeaderGroup, el: HTMLElement): void {
    this.groups[group].append(el);
  }

  setLang(lang: Lang): void {
    this.menuButton.setAttribute('aria-label', MENU_LABEL[lang]);
    this.menuButton.title = MENU_LABEL[lang];
    for (const g of HEADER_GROUPS) this.groups[g].setAttribute('aria-label', GROUP_LABEL[g][lang]);
  }

  setMenuOpen(open: boolean): void {
    this.menuButton.setAttribute('aria-expanded', String(open));
    this.actions.classList.toggle('open', open);
    if (open) this.actions.querySelector<HTMLElement>('button')?.focus();
  }
}
