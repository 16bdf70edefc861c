// Lazily loaded: the "Spatial analysis" panel with the buffer tool (@turf/buffer, the heavy part) and the
// indicators. Wires the panel's callbacks to the store and its results to the map overlays.
import type { AppContext } from './context';
import type { BufferRequest } from '../state/store';
import { tAnalysis } from '../i18n/analysis';
import { bufferQuery } from '../analysis/buffer-query';
import { computeIndicators } from '../analysis/indicators';
import type { DistrictFeature, Indicators } from '../analysis/indicators';
import { PointIndex } from '../analysis/spatial-index';
import { isLocated } from '../analysis/features';
import { bufferSourceGroups, densityChoropleth } from '../analysis/analysis-model';
import { AnalysisPanel } from '../ui/analysis/analysis-panel';
import { siteName } from '../ui/site-labels';
import type { Lang } from '../types';

export interface PanelRuntime {
  /** The panel became visible: compute the indicators if not done yet. */
  opened: () => void;
  focusHeading: () => void;
  /** Show (or clear, with null) a buffer request; `fit` moves the map to the buffer. */
  showBuffer: (req: BufferRequest | null, fit: boolean) => void;
  setLang: (lang: Lang) => void;
}

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

export function createPanelRuntime(ctx: AppContext, shell: HTMLElement, hooks: { close: () => void }): PanelRuntime {
  const all = ctx.catalogue.all();
  const index = PointIndex.ofFeatures(all);
  const districts = ctx.districts.features.filter(
    (d): d is DistrictFeature =>
      (d.geometry.type === 'Polygon' || d.geometry.type === 'MultiPolygon') &&
      typeof d.properties?.['name_zh'] === 'string',
  );
  let indicators: Indicators | null = null;
  let density = false;

  const drawDensity = () => {
    if (!density || !indicators) return ctx.map.setOverlay('choropleth', EMPTY);
    const lang = ctx.lang();
    ctx.map.setOverlay(
      'choropleth',
      densityChoropleth(indicators.perDistrict.rows, districts, (r) =>
        tAnalysis(lang, 'densityLabel', {
          district: lang === 'zh' ? r.name_zh : (r.name_en ?? r.name_zh),
          value: r.perThousandKm2.toFixed(2),
        }),
      ),
    );
  };

  const panel = new AnalysisPanel({
    onRun: (source, metres) => {
      const cur = ctx.store.get().buffer;
      // Same request again (e.g. after panning away): show it again rather than doing nothing.
      if (cur && cur.source === source && cur.metres === metres) showBuffer(cur, true);
      else ctx.store.update({ buffer: { source, metres } });
    },
    onClear: () => ctx.store.update({ buffer: null }),
    onOpenSite: (id) => ctx.store.update({ selected: id }),
    openSite: () => {
      const id = ctx.store.get().selected;
      const f = id ? ctx.catalogue.get(id) : undefined;
      return { id: f ? f.properties.id : null, located: !!f && isLocated(f) };
    },
    onDensity: (on) => {
      density = on;
      drawDensity();
    },
    onClose: hooks.close,
  });
  shell.append(panel.el);
  const g = bufferSourceGroups(all);
  panel.setSources([
    { key: 'groupTouristLine', features: g.touristLine },
    { key: 'groupStations', features: g.stations },
    { key: 'groupRailways', features: g.railways },
    { key: 'groupSites', features: g.sites },
  ]);
  panel.setLang(ctx.lang());

  function showBuffer(req: BufferRequest | null, fit: boolean): void {
    if (!req) {
      ctx.map.setOverlay('buffer', EMPTY);
      panel.showBuffer({ kind: 'none' });
      return;
    }
    const lang = ctx.lang();
    const source = ctx.catalogue.get(req.source);
    panel.setRequest(req.source, req.metres);
    if (!source || !isLocated(source)) {
      const text = tAnalysis(lang, source ? 'sourceNotLocated' : 'unknownSource') + req.source;
      ctx.map.setOverlay('buffer', EMPTY);
      panel.showBuffer({ kind: 'problem', text });
      ctx.notices.show('warning', text);
      return;
    }
    const result = bufferQuery(source, all, req.metres, { index });
    ctx.map.setOverlay('buffer', { type: 'FeatureCollection', features: result.buffer ? [result.buffer] : [] });
    panel.showBuffer({ kind: 'result', result, sourceName: siteName(lang, source) });
    const ring =
      result.buffer?.geometry.type === 'Polygon'
        ? result.buffer.geometry.coordinates[0]
        : result.buffer?.geometry.coordinates[0]?.[0];
    if (fit && ring)
      ctx.map.focus({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: ring } });
  }

  return {
    opened: () => {
      if (indicators) return;
      // Deferred a frame so the panel (and "Computing…") paints before the work.
      requestAnimationFrame(() => {
        indicators = computeIndicators(all, districts);
        panel.showIndicators(indicators);
        drawDensity();
      });
    },
    focusHeading: () => panel.focusHeading(),
    showBuffer,
    setLang: (lang) => {
      panel.setLang(lang);
      const req = ctx.store.get().buffer;
      if (req) showBuffer(req, false);
      drawDensity();
    },
  };
}
