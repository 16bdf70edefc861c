// One disclosure pattern for every button that opens and closes a region: `aria-expanded` on the button and
// `hidden` on the region always agree. By default a click toggles; with `onToggle` the click only asks (e.g. a
// store update) and the owner calls `set` when the state actually changes.
export interface Disclosure {
  readonly open: boolean;
  set(open: boolean): void;
}

export interface DisclosureOptions {
  /** Called on click with the state asked for; when given, the click does not change anything by itself. */
  onToggle?: (open: boolean) => void;
  /** Called after every change of state. */
  onChange?: (open: boolean) => void;
}

export function disclosure(button: HTMLElement, region: HTMLElement | null, opts: DisclosureOptions = {}): Disclosure {
  const d: Disclosure = {
    get open() {
      return button.getAttribute('aria-expanded') === 'true';
    },
    set(open: boolean) {
      button.setAttribute('aria-expanded', String(open));
      if (region) region.hidden = !open;
      opts.onChange?.(open);
    },
  };
  button.setAttribute('aria-expanded', String(d.open));
  if (region) {
    region.hidden = !d.open;
    if (region.id) button.setAttribute('aria-controls', region.id);
  }
  button.addEventListener('click', () => {
    if (opts.onToggle) opts.onToggle(!d.open);
    else d.set(!d.open);
  });
  return d;
}
