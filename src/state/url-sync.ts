// Keeps the address bar and the store in step. User actions push a history entry (so Back undoes them);
// map moves replace the current entry (so Back does not replay every pan). Back/forward re-read the URL.
import type { ChangeOrigin, StateKey, Store } from './store';
import { DEFAULT_STATE } from './store';
import { parseUrlState, serializeUrlState } from './url-state';

const REPLACE_ONLY: ReadonlySet<StateKey> = new Set<StateKey>(['view']);

export function startUrlSync(store: Store, onIgnored: (ignored: string[]) => void): () => void {
  const unsubscribe = store.subscribe((state, changed, origin: ChangeOrigin) => {
    if (origin === 'url') return;
    const next = serializeUrlState(state);
    if (next === location.search) return;
    const url = `${location.pathname}${next}${location.hash}`;
    const pushes = [...changed].some((k) => !REPLACE_ONLY.has(k)) && origin === 'user';
    if (pushes) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  });
  const onPop = () => {
    const { state, ignored } = parseUrlState(location.search);
    // Anything absent from the URL returns to its default, so Back fully restores the earlier screen.
    store.update({ ...DEFAULT_STATE, view: store.get().view, ...state }, 'url');
    if (ignored.length) onIgnored(ignored);
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
