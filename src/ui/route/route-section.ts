// What the route panel's sections share: the translator they are given on every update, and small setters that
// change a control in place without disturbing the person using it.
import type { RouteStringKey } from '../../i18n/route';
import type { Vars } from '../../i18n/translate';

export type RouteT = (key: RouteStringKey, vars?: Vars) => string;

/** Set a number/text box's value unless the user is in it (their typing wins until they commit it). */
export function setValue(input: HTMLInputElement, value: string | number): void {
  const v = String(value);
  if (input.value !== v && document.activeElement !== input) input.value = v;
}

/** Set text only when it changed, so a screen reader is not told about an unchanged live region. */
export function setText(el: Node, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** A number box's committed value if it is finite and within [min, max]. */
export function numberIn(input: HTMLInputElement, min: number, max: number): number | null {
  const v = input.valueAsNumber;
  return Number.isFinite(v) && v >= min && v <= max ? v : null;
}
