// A list whose rows are kept by key: a row whose key stays is reused (same elements, same focus, same typed
// text), new keys get new rows, gone keys lose theirs, and rows are moved only as far as the new order needs.
// The two pure halves (`reconcileKeys`, `planMoves`) are unit-tested without a DOM; `KeyedList` applies them.

export interface Reconciled<R> {
  /** Rows in the new order. */
  rows: R[];
  /** Row by key for the next call. */
  next: Map<string, R>;
  /** Rows whose key is gone. */
  removed: R[];
}

/**
 * Reuse the row of every key that stays and create the others. A key that repeats in `keys` is told apart by its
 * occurrence (`id`, `id#2`, …), so a list with duplicates still gets one row per item.
 */
export function reconcileKeys<R>(
  old: ReadonlyMap<string, R>,
  keys: readonly string[],
  create: (index: number) => R,
): Reconciled<R> {
  const seen = new Map<string, number>();
  const next = new Map<string, R>();
  const rows = keys.map((k, i) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    const key = n === 1 ? k : `${k}#${n}`;
    const row = old.get(key) ?? create(i);
    next.set(key, row);
    return row;
  });
  const removed = [...old].filter(([k]) => !next.has(k)).map(([, r]) => r);
  return { rows, next, removed };
}

export interface Move<N> {
  item: N;
  /** Insert before this item; null appends. */
  before: N | null;
}

/**
 * The inserts that turn `current` into `wanted` (every wanted item already in `current` or new): walk the wanted
 * order and move an item only when it is not already in place, so a row that keeps its neighbours is never moved
 * (moving a focused element would drop its focus).
 */
export function planMoves<N>(current: readonly N[], wanted: readonly N[]): Move<N>[] {
  const order = current.filter((n) => wanted.includes(n));
  const moves: Move<N>[] = [];
  let at = 0;
  for (const item of wanted) {
    if (order[at] === item) {
      at += 1;
      continue;
    }
    const before = order[at] ?? null;
    const from = order.indexOf(item);
    if (from >= 0) order.splice(from, 1);
    order.splice(at, 0, item);
    at += 1;
    moves.push({ item, before });
  }
  return moves;
}

/** Rows of a list container, keyed; `update` sets a row's text and state in place (also right after `create`). */
export class KeyedList<T, R extends { readonly el: HTMLElement }> {
  private rows = new Map<string, R>();

  constructor(
    readonly container: HTMLElement,
    private readonly key: (item: T) => string,
    private readonly create: (item: T) => R,
    private readonly update: (row: R, item: T, index: number) => void,
  ) {}

  set(items: readonly T[]): void {
    const active = document.activeElement;
    const { rows, next, removed } = reconcileKeys(this.rows, items.map(this.key), (i) => this.create(items[i]!));
    for (const r of removed) r.el.remove();
    rows.forEach((r, i) => this.update(r, items[i]!, i));
    const current = [...this.container.children].filter((c): c is HTMLElement => c instanceof HTMLElement);
    for (const m of planMoves(
      current,
      rows.map((r) => r.el),
    ))
      this.container.insertBefore(m.item, m.before);
    this.rows = next;
    // A moved row keeps its focus: insertBefore drops focus from a moved element in some browsers.
    if (active instanceof HTMLElement && active.isConnected && document.activeElement !== active) active.focus();
  }

  get size(): number {
    return this.rows.size;
  }
}
