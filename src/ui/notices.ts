// Messages for the user in live regions: errors in role="alert", everything else in role="status".
// Notices never block the map; each can be dismissed.
import { h } from './dom';
import { t } from '../i18n/strings';
import type { Lang } from '../types';

export type NoticeKind = 'error' | 'warning' | 'info';

export class Notices {
  private readonly statusRegion: HTMLElement;
  private readonly alertRegion: HTMLElement;

  constructor(
    root: HTMLElement,
    private lang: () => Lang,
  ) {
    this.statusRegion = h('div', { role: 'status', 'aria-live': 'polite', class: 'notices notices-status' });
    this.alertRegion = h('div', { role: 'alert', class: 'notices notices-alert' });
    root.append(this.alertRegion, this.statusRegion);
  }

  show(kind: NoticeKind, message: string, timeoutMs = kind === 'error' ? 0 : 12_000): HTMLElement {
    const region = kind === 'error' ? this.alertRegion : this.statusRegion;
    const item = h('div', { class: `notice notice-${kind}` }, h('span', { class: 'notice-text' }, message));
    const dismiss = h(
      'button',
      { type: 'button', class: 'notice-dismiss', 'aria-label': t(this.lang(), 'dismiss') },
      '×',
    );
    dismiss.addEventListener('click', () => item.remove());
    item.append(dismiss);
    region.append(item);
    if (timeoutMs > 0) window.setTimeout(() => item.remove(), timeoutMs);
    return item;
  }

  clear(): void {
    this.statusRegion.replaceChildren();
    this.alertRegion.replaceChildren();
  }
}
