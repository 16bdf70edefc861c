// Analysis feature: the buffer tool and indicators in a "Spatial analysis" panel opened from the
// header, and "Nearby" / "Length" sections in every site's card. This file is the eager part and stays
// tiny: the panel (with @turf/buffer) and the details computations (spatial index, Turf lengths) are loaded
// with dynamic import() the first time they are needed, so they are not in the first-load bundle.
import { setToolText } from '../ui/header-bar';
import '../../styles/analysis.css';
import type { AppContext, Contribution } from './context';
import { errorText, lazy } from './lazy';
import { disclosure } from '../ui/disclosure';
import type { Lang, SiteFeature } from '../types';
import { tAnalysis } from '../i18n/analysis';
import { h } from '../ui/dom';
import type { PanelRuntime } from './analysis-panel-runtime';
import type { DetailsRuntime } from './analysis-details-runtime';

export function installAnalysis(ctx: AppContext): Contribution {
  const { store, notices } = ctx;
  const button = h('button', { type: 'button', id: 'analysis-toggle' });
  const shell = h('section', { id: 'analysis-panel', class: 'panel analysis-panel' });
  const failed = (e: unknown) => {
    notices.show('error', tAnalysis(ctx.lang(), 'loadFailed') + errorText(e));
    return null;
  };

  let panel: PanelRuntime | null = null;
  const loadPanel = lazy(() =>
    import('./analysis-panel-runtime').then(
      (m) => (panel = m.createPanelRuntime(ctx, shell, { close: () => setOpen(false) })),
    ),
  );
  const setOpen = (open: boolean, focus = false) => {
    region.set(open);
    if (!open) {
      if (focus) button.focus();
      return;
    }
    void loadPanel().then((p) => {
      p.opened();
      if (focus) p.focusHeading();
    }, failed);
  };
  const region = disclosure(button, shell, { onToggle: (open) => setOpen(open, true) });
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
      void loadPanel().then((p) => p.showBuffer(req, origin === 'user' || !store.get().view), failed);
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
    setToolText(button, tAnalysis(lang, 'analysisButton'));
    shell.setAttribute('aria-label', tAnalysis(lang, 'analysisPanel'));
    panel?.setLang(lang);
  });

  // Card sections: computed by a lazily loaded module; until it arrives the section says "Computing…".
  let details: DetailsRuntime | null = null;
  const loadDetails = lazy(() =>
    import('./analysis-details-runtime').then((m) => {
      details = m.createDetailsRuntime(ctx);
      ctx.card.refresh();
    }),
  );
  return {
    header: { analysis: button },
    side: { analysis: shell },
    card: {
      // A place's first member with a length to state (a tourist-line stop inside a heritage unit's place).
      length: (_f: SiteFeature, lang: Lang, members: readonly SiteFeature[]) => {
        for (const m of members) {
          const section = details?.lengthSection(m, lang);
          if (section) return section;
        }
        return null;
      },
      nearby: (f: SiteFeature, lang: Lang) => {
        if (details) return details.nearbySection(f, lang);
        void loadDetails().catch(failed);
        return h('p', { class: 'hint analysis-pending' }, tAnalysis(lang, 'loading'));
      },
    },
  };
}
