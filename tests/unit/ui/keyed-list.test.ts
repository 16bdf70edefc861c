import { describe, expect, it } from 'vitest';
import { planMoves, reconcileKeys } from '../../../src/ui/keyed-list';

/** Apply the planned inserts to an array, as the DOM's insertBefore would. */
function apply<N>(current: N[], wanted: N[]): N[] {
  const out = current.filter((n) => wanted.includes(n));
  for (const { item, before } of planMoves(current, wanted)) {
    const from = out.indexOf(item);
    if (from >= 0) out.splice(from, 1);
    out.splice(before === null ? out.length : out.indexOf(before), 0, item);
  }
  return out;
}

describe('reconcileKeys', () => {
  it('reuses the row of a key that stays, creates new ones, reports gone ones', () => {
    let made = 0;
    const create = (i: number) => ({ made: ++made, i });
    const first = reconcileKeys(new Map(), ['a', 'b', 'c'], create);
    expect(first.rows.map((r) => r.made)).toEqual([1, 2, 3]);
    const second = reconcileKeys(first.next, ['c', 'a', 'd'], create);
    expect(second.rows[0]).toBe(first.rows[2]);
    expect(second.rows[1]).toBe(first.rows[0]);
    expect(second.rows[2]!.made).toBe(4);
    expect(second.removed).toEqual([first.rows[1]]);
    expect([...second.next.keys()]).toEqual(['c', 'a', 'd']);
  });

  it('gives a repeated key one row per occurrence', () => {
    const r = reconcileKeys(new Map(), ['x', 'x', 'y'], (i) => ({ i }));
    expect(new Set(r.rows).size).toBe(3);
    const again = reconcileKeys(r.next, ['x', 'x'], (i) => ({ i: 100 + i }));
    expect(again.rows).toEqual([r.rows[0], r.rows[1]]);
    expect(again.removed).toEqual([r.rows[2]]);
  });
});

describe('planMoves', () => {
  it('does nothing when the order is unchanged', () => {
    expect(planMoves(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual([]);
  });

  it('moves the neighbour, not the row that moved down (its focus stays)', () => {
    const moves = planMoves(['a', 'b', 'c', 'd'], ['b', 'a', 'c', 'd']);
    expect(moves.map((m) => m.item)).toEqual(['b']);
  });

  it('reaches every permutation, with new items and removals', () => {
    const cases: Array<[string[], string[]]> = [
      [
        ['a', 'b', 'c'],
        ['c', 'b', 'a'],
      ],
      [
        ['a', 'b', 'c', 'd'],
        ['d', 'a', 'b', 'c'],
      ],
      [
        ['a', 'b', 'c'],
        ['b', 'n', 'c'],
      ],
      [[], ['n', 'm']],
      [['a', 'b'], []],
    ];
    for (const [current, wanted] of cases) expect(apply(current, wanted)).toEqual(wanted);
  });
});
