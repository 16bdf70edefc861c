// Draws the chosen base map under the thematic layers, which are in the map from the start and never wait for
// it: the map opens with the embedded base (local GeoJSON) and an online base map is added when, and only if,
// its style and first tiles arrive in time. Otherwise it is removed again and `onFallback` says why.
import type { LayerSpecification, Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';
import type { OnlineBasemap, RasterBasemap } from '../config/basemaps';
import { isBasemapUrl } from '../config/basemaps';
import type { Lang } from '../types';
import type { FallbackReason } from './basemap-fallback';
import { FallbackWatch, STYLE_TIMEOUT_MS, TILES_TIMEOUT_MS } from './basemap-fallback';
import { fetchStyle, localizedName, ONLINE_PREFIX, prepareProviderStyle, StyleTimeout } from './basemap-style';
import { offlineBasemap } from './offline-style';
import type { PreparedBasemap } from './basemap-style';

/** Embedded base layers an online base map replaces (it has its own land, water and place names). */
const EMBEDDED_REPLACED = [
  'lcm-context-fill',
  'lcm-districts-fill',
  'lcm-outline-glow',
  'lcm-river-regional',
  'lcm-river-city',
  'lcm-river-label',
  'lcm-district-labels',
];
/** Embedded layers kept over an online base map: the district lines and the municipality outline. */
const UNDER_BEFORE = 'lcm-districts-line';
const LABELS_AFTER = 'lcm-district-labels';

export interface BasemapTimeouts {
  styleMs: number;
  tilesMs: number;
}

export interface OnlineBasemapOptions {
  /** Our own label layers and the font stack they use with the embedded (glyph-less) style. */
  ownLabelLayers: () => string[];
  ownFont: string[];
  /** Resolves when the thematic layers have been drawn (the map's first idle): the base map is added after. */
  ready: Promise<void>;
  timeouts?: BasemapTimeouts;
}

export class OnlineBasemapLayers {
  private generation = 0;
  private sources: string[] = [];
  private layers: string[] = [];
  private localized: string[] = [];
  private lang: Lang = 'zh';
  private watchCleanup: (() => void) | null = null;
  private embeddedHidden = false;
  private readonly timeouts: BasemapTimeouts;

  constructor(
    private readonly map: MapLibreMap,
    private readonly opts: OnlineBasemapOptions,
  ) {
    this.timeouts = opts.timeouts ?? { styleMs: STYLE_TIMEOUT_MS, tilesMs: TILES_TIMEOUT_MS };
  }

  /** Back to the embedded base map only. */
  showEmbedded(): void {
    this.generation++;
    this.clear();
  }

  /**
   * Shows `b` under the thematic layers. `onFallback` is called at most once, if it cannot be shown in time;
   * the embedded base map is then back in place. `onShown` is called when its first tiles have arrived.
   */
  show(
    b: OnlineBasemap,
    lang: Lang,
    onFallback: (reason: FallbackReason) => void,
    onShown: () => void = () => {},
  ): void {
    if (!FallbackWatch.shouldTry(navigator.onLine)) {
      this.showEmbedded();
      onFallback('offline');
      return;
    }
    this.start(lang, true, onFallback, onShown, async () => {
      if (b.kind === 'raster') {
        await this.opts.ready;
        return b;
      }
      // Fetched at once, while the thematic layers are being drawn; added only after them (first idle).
      const raw = await fetchStyle(b.styleUrl, this.timeouts.styleMs);
      await this.opts.ready;
      return prepareProviderStyle(raw, b, this.lang);
    });
  }

  /**
   * Shows the offline archive (a PMTiles file on our own origin) with the quiet style. If it cannot be read,
   * `onFailed` is called and the GeoJSON base map stays.
   */
  showArchive(url: string, lang: Lang, onFailed: () => void, onShown: () => void = () => {}): void {
    this.start(lang, false, onFailed, onShown, async () => {
      const { openArchive } = await import('./pmtiles-protocol');
      await openArchive(url);
      await this.opts.ready;
      return offlineBasemap(url, this.lang);
    });
  }

  private start(
    lang: Lang,
    online: boolean,
    onFallback: (reason: FallbackReason) => void,
    onShown: () => void,
    load: () => Promise<PreparedBasemap | RasterBasemap>,
  ): void {
    const gen = ++this.generation;
    this.clear();
    this.lang = lang;
    const watch = new FallbackWatch();
    const fallBack = (reason: FallbackReason | null) => {
      if (!reason || gen !== this.generation) return;
      this.generation++;
      this.clear();
      onFallback(reason);
    };
    void load().then(
      (what) => {
        if (gen !== this.generation) return;
        if ('kind' in what) this.addRaster(what);
        else this.addPrepared(what);
        this.watchTiles(gen, watch, fallBack, onShown, online);
      },
      (e: unknown) => fallBack(watch.next({ type: 'style-failed', timedOut: e instanceof StyleTimeout })),
    );
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    for (const id of this.localized)
      if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'text-field', localizedName(lang));
  }

  /** Ids of the online base map's layers now in the map (for tests and toggling). */
  layerIds(): string[] {
    return [...this.layers];
  }

  private addPrepared(p: PreparedBasemap): void {
    const map = this.map;
    for (const [id, spec] of Object.entries(p.sources)) {
      map.addSource(id, spec);
      this.sources.push(id);
    }
    if (p.glyphs) map.setGlyphs(p.glyphs);
    if (p.sprite) map.setSprite(typeof p.sprite === 'string' ? p.sprite : null);
    // Our labels ask the provider's glyph server for a font it has (Latin); CJK is drawn locally (the map's
    // localIdeographFontFamily), and a glyph range that fails is drawn locally too.
    if (p.labelFont)
      for (const id of this.opts.ownLabelLayers())
        if (map.getLayer(id)) map.setLayoutProperty(id, 'text-font', p.labelFont);
    this.insert(p.underLayers, map.getLayer(UNDER_BEFORE) ? UNDER_BEFORE : undefined);
    const order = map.getLayersOrder();
    const after = order.indexOf(LABELS_AFTER);
    this.insert(p.labelLayers, after >= 0 ? order[after + 1] : undefined);
    this.localized = p.localized;
    this.setEmbeddedVisible(false);
  }

  private addRaster(b: RasterBasemap): void {
    const id = `${ONLINE_PREFIX}${b.id}`;
    if (!b.tiles.every((t) => isBasemapUrl(t, b))) return;
    this.map.addSource(id, {
      type: 'raster',
      tiles: b.tiles,
      tileSize: b.tileSize,
      maxzoom: b.maxzoom,
      attribution: b.attribution,
    });
    this.sources.push(id);
    this.insert(
      [{ id, type: 'raster', source: id, metadata: { 'lcm:layer': 'basemap', 'lcm:role': 'online' } }],
      UNDER_BEFORE,
    );
    this.setEmbeddedVisible(false);
  }

  private insert(layers: LayerSpecification[], beforeId: string | undefined): void {
    for (const l of layers) {
      this.map.addLayer(l, beforeId && this.map.getLayer(beforeId) ? beforeId : undefined);
      this.layers.push(l.id);
    }
  }

  /** Listens for the online sources' first tile, a failure, or silence; falls back as FallbackWatch says. */
  private watchTiles(
    gen: number,
    watch: FallbackWatch,
    fallBack: (r: FallbackReason | null) => void,
    onShown: () => void,
    online: boolean,
  ): void {
    const ours = (id: unknown) => typeof id === 'string' && this.sources.includes(id);
    let shown = false;
    const onData = (e: MapSourceDataEvent) => {
      if (!ours(e.sourceId) || !e.tile) return;
      watch.next({ type: 'tile-loaded' });
      if (!shown && gen === this.generation) {
        shown = true;
        onShown();
      }
    };
    const onError = (e: object) => {
      if (ours((e as { sourceId?: unknown }).sourceId)) fallBack(watch.next({ type: 'tile-failed' }));
    };
    const onOffline = () => fallBack(watch.next({ type: 'offline' }));
    const timer = window.setTimeout(() => {
      if (!this.sources.some((id) => this.map.isSourceLoaded(id))) fallBack(watch.next({ type: 'tiles-timeout' }));
    }, this.timeouts.tilesMs);
    this.map.on('sourcedata', onData);
    this.map.on('error', onError);
    // Going offline matters to an online base map only; the archive is on our own origin (and cached).
    if (online) window.addEventListener('offline', onOffline);
    this.watchCleanup = () => {
      window.clearTimeout(timer);
      this.map.off('sourcedata', onData);
      this.map.off('error', onError);
      window.removeEventListener('offline', onOffline);
    };
  }

  private clear(): void {
    this.watchCleanup?.();
    this.watchCleanup = null;
    const map = this.map;
    for (const id of this.layers) if (map.getLayer(id)) map.removeLayer(id);
    for (const id of this.sources) if (map.getSource(id)) map.removeSource(id);
    if (this.sources.length) {
      map.setGlyphs(null);
      map.setSprite(null);
      for (const id of this.opts.ownLabelLayers())
        if (map.getLayer(id)) map.setLayoutProperty(id, 'text-font', this.opts.ownFont);
    }
    this.layers = [];
    this.sources = [];
    this.localized = [];
    if (this.embeddedHidden) this.setEmbeddedVisible(true);
  }

  private setEmbeddedVisible(visible: boolean): void {
    this.embeddedHidden = !visible;
    for (const id of EMBEDDED_REPLACED)
      if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
  }
}
