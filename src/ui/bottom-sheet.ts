// Phone layout (≤ 640 px): a panel becomes a bottom sheet with three states — peek (only its handle and
// title row), half, full — switched by its handle (tap cycles, drag snaps to the nearest state) or by the
// app (opening a site shows its card at half). The visible height is reported so the map's padding follows
// the sheet and the selected site stays in view above it. On wider screens the class is inert.
import { h } from './dom';

export type SheetState = 'peek' | 'half' | 'full';
const ORDER: readonly SheetState[] = ['peek', 'half', 'full'];
export const PHONE_QUERY = '(max-width: 640px)';

export class BottomSheet {
  readonly handle: HTMLButtonElement;
  private state: SheetState;

  constructor(
    private readonly el: HTMLElement,
    initial: SheetState,
    private readonly onHeight: (px: number) => void,
  ) {
    this.state = initial;
    this.handle = h(
      'button',
      { type: 'button', class: 'sheet-handle', 'aria-expanded': 'false' },
      h('span', { class: 'sheet-grip', 'aria-hidden': 'true' }),
    );
    el.prepend(this.handle);
    el.classList.add('sheet');
    this.apply();
    this.handle.addEventListener('click', () => {
      if (this.dragged) return;
      this.set(this.state === 'peek' ? 'half' : this.state === 'half' ? 'full' : 'peek');
    });
    this.enableDrag();
    new ResizeObserver(() => this.report()).observe(el);
    matchMedia(PHONE_QUERY).addEventListener('change', () => this.report());
  }

  get current(): SheetState {
    return this.state;
  }

  setLabel(label: string): void {
    this.handle.setAttribute('aria-label', label);
  }

  set(state: SheetState): void {
    this.state = state;
    this.apply();
  }

  /** Height of the sheet above the bottom edge, in CSS px (0 when hidden or not on a phone). */
  visibleHeight(): number {
    if (!matchMedia(PHONE_QUERY).matches || this.el.hidden) return 0;
    return Math.max(0, window.innerHeight - this.el.getBoundingClientRect().top);
  }

  private apply(): void {
    this.el.dataset['sheet'] = this.state;
    this.handle.setAttribute('aria-expanded', String(this.state !== 'peek'));
    this.el.style.removeProperty('height');
    this.report();
  }

  private report(): void {
    this.onHeight(this.visibleHeight());
  }

  private dragged = false;

  private enableDrag(): void {
    let startY = 0;
    let startH = 0;
    let moving = false;
    this.handle.addEventListener('pointerdown', (e) => {
      if (!matchMedia(PHONE_QUERY).matches) return;
      moving = true;
      this.dragged = false;
      startY = e.clientY;
      startH = this.el.getBoundingClientRect().height;
      this.handle.setPointerCapture(e.pointerId);
    });
    this.handle.addEventListener('pointermove', (e) => {
      if (!moving) return;
      const dy = startY - e.clientY;
      if (Math.abs(dy) > 6) this.dragged = true;
      if (this.dragged) this.el.style.height = `${Math.max(48, startH + dy)}px`;
    });
    this.handle.addEventListener('pointerup', () => {
      if (!moving) return;
      moving = false;
      if (!this.dragged) return;
      // Snap to the state whose height is nearest the dragged one.
      const hNow = this.el.getBoundingClientRect().height;
      const vh = window.innerHeight;
      const targets: Record<SheetState, number> = { peek: 60, half: vh * 0.45, full: vh * 0.85 };
      const best = ORDER.reduce((a, b) => (Math.abs(targets[b] - hNow) < Math.abs(targets[a] - hNow) ? b : a));
      this.set(best);
      // The click that follows a drag must not cycle the state again.
      setTimeout(() => (this.dragged = false), 0);
    });
  }
}
