import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, Store } from '../../../src/state/store';
import type { StateKey } from '../../../src/state/store';

describe('Store', () => {
  it('tells listeners only of keys whose value changed, with the origin', () => {
    const store = new Store();
    const heard: Array<[StateKey[], string]> = [];
    store.subscribe((_s, changed, origin) => heard.push([[...changed], origin]));
    store.update({ lang: DEFAULT_STATE.lang });
    store.update({ lang: 'en', selected: null }, 'url');
    expect(heard).toEqual([[['lang'], 'url']]);
  });

  it('a change made by a listener reaches every listener after the change that caused it, in order', () => {
    const store = new Store();
    const seen: string[] = [];
    // The first listener reacts to a selection by moving the map (as opening the card pads the map).
    store.subscribe((_s, changed) => {
      if (changed.has('selected')) store.update({ view: { lon: 103.8, lat: 36.06, zoom: 14 } }, 'map');
    });
    store.subscribe((state, changed, origin) =>
      seen.push(`${[...changed].join()}:${origin}:${state.selected}:${state.view?.zoom ?? '-'}`),
    );
    store.update({ selected: 'zhongshan-bridge' });
    // The second listener hears of the selection first, with the state of that moment (no view yet).
    expect(seen).toEqual(['selected:user:zhongshan-bridge:-', 'view:map:zhongshan-bridge:14']);
    expect(store.get().view?.zoom).toBe(14);
  });

  it('a listener that throws does not leave the store deaf', () => {
    const store = new Store();
    let calls = 0;
    const off = store.subscribe(() => {
      throw new Error('boom');
    });
    expect(() => store.update({ lang: 'en' })).toThrow('boom');
    off();
    store.subscribe(() => calls++);
    store.update({ lang: 'zh' });
    expect(calls).toBe(1);
  });
});
