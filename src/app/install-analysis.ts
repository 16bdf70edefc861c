// Analysis feature (issue 5): the buffer tool and indicators in a "Spatial analysis" panel opened from the
// header, and "Nearby" / "Length" sections in every site's details. This file is the eager part and stays
// tiny: the panel (with @turf/buffer) and the details computations (spatial index, Turf lengths) are loaded
// with dynamic import() the first time they are needed, so they are not in the first-load bundle.
import '../../styles/analysis.css';
import type { AppContext } from './context';
import type { Lang, SiteFeature } from '../types';
import { tAnalysis } from '../i18n/analysis';
import { h } from '../ui/dom';
import type { PanelRuntime } from './analysis-panel-runtime';
import type { DetailsRuntime } from './analysis-details-runtime';

export function installAnalysis(ctx: AppContext): void {
  const { store, notices } = ctx;
  const button = h('button', { type: 'button', id: 'analysis-toggle', 'aria-controls': 'analysis-panel', 'aria-expanded': 'false' });
  const shell = h('section', { id: 'analysis-panel', class: 'panel analysis-panel', hidden: true });
  ctx.slots.headerTools.prepend(button);
  ctx.slots.side.prepend(shell);

  let panel: PanelRuntime | null = null;
  let panelLoading: Promise<PanelRuntime | null> | null = null;
  const loadPanel = (): Promise<PanelRuntime | null> =>
    (panelLoading ??= import('./analysis-panel-runtime')
      .then((m) => {
        panel = m.createPanelRuntime(ctx, shell, { close: () => setOpen(false) });
        return panel;
      })
      .catch((e: unknown) => {
        panelLoading = null;
        notices.show('error', tAnalysis(ctx.lang(), 'loadFailed') + (e instanceof Error ? e.message : String(e)));
        return null;
      }));

  const setOpen = (open: boolean, focus = false) => {
    shell.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (!open) {
      if (focus) button.focus();
      return;
    }
    void loadPanel().then((p) => {
      p?.opened();
      if (focus) p?.focusHeading();
    });
  };
  button.addEventListener('click', () => setOpen(shell.hidden, true));
  shell.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !(e.target instanceof HTMLSelectElement)) {
      e.stopPropagation();
      setOpen(false, true);
    }
  });

  // The store's `buffer` drives the tool: a run from the panel, a shared link and Back/Forward all land here.
  const applyBuffer = (origin: string) => {
    const req = store.get().buffer;
    if (req) {
      setOpen(true);
      void loadPanel().then((p) => p?.showBuffer(req, origin === 'user' || !store.get().view));
    } else {
      ctx.map.setOverlay('buffer', { type: 'FeatureCollection', features: [] });
      panel?.showBuffer(null, false);
    }
  };
  store.subscribe((_s, changed, origin) => {
    if (changed.has('buffer')) applyBuffer(origin);
  });
  if (store.get().buffer) applyBuffer('init');

  ctx.onLang((lang: Lang) => {
    button.textContent = tAnalysis(lang, 'analysisButton');
    shell.setAttribute('aria-label', tAnalysis(lang, 'analysisPanel'));
    panel?.setLang(lang);
  });

  // Details sections: computed by a lazily loaded module; until it arrives the section says "Computing…".
  let details: DetailsRuntime | null = null;
  let detailsLoading: Promise<void> | null = null;
  const loadDetails = () =>
    (detailsLoading ??= import('./analysis-details-runtime')
      .then((m) => {
        details = m.createDetailsRuntime(ctx);
        ctx.refreshDetails();
      })
      .catch((e: unknown) => {
        detailsLoading = null;
        notices.show('error', tAnalysis(ctx.lang(), 'loadFailed') + (e instanceof Error ? e.message : String(e)));
      }));
  const placeholder = (lang: Lang) => h('p', { class: 'hint analysis-pending' }, tAnalysis(lang, 'loading'));
  ctx.addDetailsSection((f: SiteFeature, lang: Lang) => {
    if (details) return details.lengthSection(f, lang);
    return null;
  });
  ctx.addDetailsSection((f: SiteFeature, lang: Lang) => {
    if (details) return details.nearbySection(f, lang);
    void loadDetails();
    return placeholder(lang);
  });
}
