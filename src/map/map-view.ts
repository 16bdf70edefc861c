// The only owner of the MapLibre map. It draws what it is given and reports clicks and moves;
// it holds no application state of its own (that lives in the store).
import { BASE_COLOURS } from '../config/palette';
import { Map as MapLibreMap, prewarm, setWorkerUrl } from 'maplibre-gl';
import { addControls } from './map-controls';
import type { GeoJSONSource, LngLatBoundsLike, MapGeoJSONFeature, StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Camera, Lang, LayerId } from '../types';
import { extentOf, vertices } from '../analysis/positions';
import { captureMap } from './map-capture';
import { LAYER_IDS } from '../types';
import type { BaseData, ThematicData } from './style';
import { findOnlineBasemap } from '../config/basemaps';
import type { FallbackReason } from './basemap-fallback';
import { OnlineBasemapLayers } from './online-basemap';
import { offlineArchiveUrl } from './offline-archive';
import type { OverlayKind } from './overlays';
import { ensureOverlay, OVERLAY_CLICKABLE, overlaySource } from './overlays';
import { ClusterButtons } from './cluster-buttons';
import { DistrictMarkers } from './district-markers';
import type { DistrictMarkerSpec } from './district-markers';
import { Placement } from './placement';
import type { PlacementOptions } from './placement';
import type { ClusterLabel } from './cluster-buttons';
import { installPlaceInteractions } from './place-interactions';
import { PlacesSource } from './places-source';
import { PointInRoom } from './camera-room';
import type { Room } from './camera-room';
import {
  POINT_LAYER_IDS,
  buildStyle,
  clickableLayerIds,
  clusterLayerIds,
  FONT_STACK,
  labelField,
  SELECTED_SOURCE,
  sourceId,
  styleLayersOf,
} from './style';

// MapLibre 6 is ESM-only and, once bundled, cannot find its worker next to itself: point it at the
// worker file Vite emits (the `?url` import above).
setWorkerUrl(workerUrl);
// Start MapLibre's workers now (fetching and compiling the ~520 kB worker script), while the geodata loads,
// rather than when the map is constructed after it: the first map then finds them ready.
prewarm();

/** The river valley of central Lanzhou (WGS84), from Xigu in the west to Donggang in the east. */
export const OPENING_VIEW: Camera = { lon: 103.79, lat: 36.06, zoom: 11.6 };
/**
 * Chinese characters are always drawn from the device's fonts (TinySDF), also under an online base map whose
 * glyph server would otherwise be asked for them: much less traffic, and no wait for our labels.
 */
export const CJK_FONT_FAMILY =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'PingFang SC', 'Microsoft YaHei', sans-serif";
/** Panning stops a little beyond the municipality (WGS84 degrees: west, south, east, north). */
export const MAX_BOUNDS: LngLatBoundsLike = [101.6, 35.0, 105.6, 37.6];

declare global {
  interface Window {
    /** The MapLibre map, for automation (the browser tests read sources and layers through it). */
    __map?: MapLibreMap;
  }
}

export interface FitOptions {
  /** Screen pixels kept free around the points. */
  padding?: number;
  maxZoom?: number;
  /** Milliseconds; 0 jumps. */
  duration?: number;
}

export interface MapViewOptions {
  container: HTMLElement;
  base: BaseData;
  thematic: ThematicData;
  lang: Lang;
  view: Camera | null;
  attribution: string;
  /** Credits of the embedded base map's own data, shown only while it is drawn. */
  baseAttribution?: string;
  /** Point sites, one per place (src/data/place-features.ts). */
  places: FeatureCollection;
  onSiteClick: (id: string) => void;
  onMoveEnd: (view: Camera) => void;
  /** Accessible name of a cluster's button ("5 cultural-relic protection units: zoom in"). */
  clusterLabel: ClusterLabel;
}

export class MapView {
  private readonly map: MapLibreMap;
  private readonly loaded: Promise<void>;
  private lang: Lang;
  private readonly style: StyleSpecification;
  private readonly pendingOverlays = new Map<OverlayKind, FeatureCollection>();
  private overlaysReady = false;
  private readonly clusterButtons: ClusterButtons;
  private readonly basemap: OnlineBasemapLayers;
  /** Resolves when the thematic layers have first been drawn (the map's first idle). */
  readonly drawn: Promise<void>;
  private districtMarkers: DistrictMarkers | null = null;
  private placement: Placement | null = null;
  /** Whether the selected-site source holds a feature (it starts empty, src/map/style.ts). */
  private selectedShown = false;
  private stackHandler: ((ids: string[], at: { x: number; y: number }) => void) | null = null;
  private readonly places: PlacesSource;
  private readonly pointInRoom: PointInRoom;

  constructor(opts: MapViewOptions) {
    this.lang = opts.lang;
    this.style = buildStyle(opts.base, opts.thematic, opts.places, opts.lang, opts.baseAttribution);
    // The land colour under everything, painted by the element rather than a background layer (one shader
    // program fewer); an online base map covers it with its own.
    opts.container.style.backgroundColor = BASE_COLOURS.context;
    const view = opts.view ?? OPENING_VIEW;
    this.map = new MapLibreMap({
      container: opts.container,
      style: this.style,
      center: [view.lon, view.lat],
      zoom: view.zoom,
      minZoom: 6.5,
      maxZoom: 18,
      maxBounds: MAX_BOUNDS,
      attributionControl: false,
      localIdeographFontFamily: CJK_FONT_FAMILY,
      // The map canvas is labelled by the surrounding region; keyboard panning stays on.
      keyboard: true,
    });
    addControls(this.map, opts.attribution);
    this.loaded = new Promise((resolve) => this.map.once('load', () => resolve()));
    this.places = new PlacesSource(this.map, opts.places.features.length, this.loaded);
    this.pointInRoom = new PointInRoom(this.map);
    window.__map = this.map;
    this.clusterButtons = new ClusterButtons(this.map, opts.clusterLabel);
    const ownLabels = this.style.layers.filter((l) => l.type === 'symbol').map((l) => l.id);
    this.drawn = new Promise((resolve) => this.map.once('idle', () => resolve()));
    this.basemap = new OnlineBasemapLayers(this.map, {
      ownLabelLayers: () => ownLabels,
      ownFont: FONT_STACK,
      ready: this.drawn,
    });

    // Overlays set before the style has loaded are added as soon as it has (not at 'load', after the first
    // full render): their tiles are then laid out in the same round as the thematic layers', not in a second.
    this.map.once('style.load', () => {
      this.overlaysReady = true;
      for (const [kind, data] of this.pendingOverlays) this.setOverlay(kind, data);
      this.pendingOverlays.clear();
    });
    installPlaceInteractions(this.map, {
      clusterLayers: clusterLayerIds(),
      pointLayers: [...POINT_LAYER_IDS, ...OVERLAY_CLICKABLE.filter((id) => !id.endsWith('-line'))],
      lineLayers: [
        ...clickableLayerIds().filter((id) => !POINT_LAYER_IDS.includes(id)),
        ...OVERLAY_CLICKABLE.filter((id) => id.endsWith('-line')),
      ],
      zoomIntoCluster: (c) => void this.zoomIntoCluster(c),
      onSite: opts.onSiteClick,
      onStack: (ids, at) => (this.stackHandler ? this.stackHandler(ids, at) : opts.onSiteClick(ids[0]!)),
      lang: () => this.lang,
      // While a pin is being placed, a click places the pin (src/map/placement.ts) and opens nothing.
      paused: () => this.placement?.isActive ?? false,
    });
    this.map.on('moveend', () => {
      const c = this.map.getCenter();
      opts.onMoveEnd({ lon: c.lng, lat: c.lat, zoom: this.map.getZoom() });
    });
  }

  async zoomIntoCluster(cluster: MapGeoJSONFeature): Promise<void> {
    const src = this.map.getSource<GeoJSONSource>(cluster.source);
    const clusterId = cluster.properties?.cluster_id;
    if (!src || typeof clusterId !== 'number') return;
    const zoom = await src.getClusterExpansionZoom(clusterId);
    const g = cluster.geometry;
    if (g.type === 'Point') this.map.easeTo({ center: [g.coordinates[0] ?? 0, g.coordinates[1] ?? 0], zoom });
  }

  /** What a click on several different places at once does (ids top first; position in container pixels). */
  onStackClick(handler: (ids: string[], at: { x: number; y: number }) => void): void {
    this.stackHandler = handler;
  }

  /** Replaces the point sites (one marker per place). */
  setPlaces(data: FeatureCollection): void {
    this.places.set(data);
  }

  /**
   * Screen pixels covered by panels over the map (the card on the right, a bottom sheet on a phone): the
   * camera centres and fits within the rest, so a selected site or a route stays visible.
   */
  setPadding(p: { top: number; right: number; bottom: number; left: number }): void {
    const now = this.map.getPadding();
    if (now.top === p.top && now.right === p.right && now.bottom === p.bottom && now.left === p.left) return;
    this.pointInRoom.setPadding(p);
  }

  setLayerData(layer: LayerId, data: FeatureCollection): void {
    this.map.getSource<GeoJSONSource>(sourceId(layer))?.setData(data);
  }

  /** Replaces an overlay's data; an empty FeatureCollection clears it. */
  setOverlay(kind: OverlayKind, data: FeatureCollection): void {
    if (!this.overlaysReady) {
      this.pendingOverlays.set(kind, data);
      return;
    }
    if (!ensureOverlay(this.map, kind, 'lcm-transport-line', data)) return;
    this.map.getSource<GeoJSONSource>(overlaySource(kind))?.setData(data);
  }

  /** Markers for unplaced sites per district; `onActivate` gets the marker's key (a click, or Enter on it). */
  setDistrictMarkers(specs: readonly DistrictMarkerSpec[], onActivate: (key: string) => void): void {
    this.districtMarkers ??= new DistrictMarkers(this.map, onActivate);
    this.districtMarkers.set(specs);
  }

  /** Centres the map on a point, zoomed in to at least `minZoom`; with `clear`, in the part panels leave free. */
  showPoint(p: [number, number], minZoom: number, clear?: Room): void {
    this.pointInRoom.show(p, minZoom, clear);
  }

  /** Starts placement mode (ending any earlier one); the returned handle ends it. */
  startPlacement(opts: PlacementOptions): Placement {
    this.placement?.end();
    this.placement = new Placement(this.map, opts);
    return this.placement;
  }

  setClusterLabel(label: ClusterLabel): void {
    this.clusterButtons.setLabel(label);
  }

  setVisibleLayers(visible: readonly LayerId[]): void {
    for (const layer of LAYER_IDS) {
      const v = visible.includes(layer) ? 'visible' : 'none';
      for (const id of styleLayersOf(this.style, layer)) {
        // Unset means visible. Setting 'visible' over unset is not a no-op for MapLibre: it reloads the
        // layer's source (every tile laid out again), which is what delayed the first idle.
        if (this.map.getLayer(id) && (this.map.getLayoutProperty(id, 'visibility') ?? 'visible') !== v)
          this.map.setLayoutProperty(id, 'visibility', v);
      }
    }
  }

  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.basemap.setLang(lang);
    for (const l of this.style.layers) {
      if (l.type === 'symbol' && (l.metadata as { 'lcm:role'?: string } | undefined)?.['lcm:role'] === 'label') {
        this.map.setLayoutProperty(l.id, 'text-field', labelField(lang));
      }
    }
  }

  showSelected(feature: Feature<Geometry | null> | null): void {
    const src = this.map.getSource<GeoJSONSource>(SELECTED_SOURCE);
    const features = feature?.geometry?.type === 'Point' ? [feature as Feature<Geometry>] : [];
    // Clearing what is already clear (the start, with nothing selected) would reload the source for nothing.
    if (features.length === 0 && !this.selectedShown) return;
    this.selectedShown = features.length > 0;
    src?.setData({ type: 'FeatureCollection', features });
  }

  /** Flies to a located feature; lines and areas (a district, the municipality) are fitted to their extent. */
  focus(feature: Feature<Geometry | null>): void {
    const g = feature.geometry;
    if (!g) return;
    if (g.type === 'Point') {
      this.map.flyTo({
        center: [g.coordinates[0] ?? 0, g.coordinates[1] ?? 0],
        zoom: Math.max(this.map.getZoom(), 14),
        duration: 600,
      });
      return;
    }
    this.fitPoints(vertices(g), { padding: 60, duration: 600 });
  }

  /** Fits the map to the extent of WGS84 positions (nothing happens for none). */
  fitPoints(points: readonly Position[], opts: FitOptions = {}): void {
    const box = extentOf(points);
    if (!box) return;
    this.map.fitBounds(box, {
      padding: opts.padding ?? 60,
      duration: opts.duration ?? 600,
      ...(opts.maxZoom !== undefined ? { maxZoom: opts.maxZoom } : {}),
    });
  }

  /** Resolves once the style and the first data are loaded (at once if that has already happened). */
  whenLoaded(): Promise<void> {
    return this.loaded;
  }

  /** Resolves when the map next finishes drawing everything it has (tiles loaded, no transition running). */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => this.map.once('idle', () => resolve()));
  }

  /** Moves the keyboard focus to the map canvas (arrow keys then pan the map). */
  focusCanvas(): void {
    this.map.getCanvas().focus();
  }

  /** The map as a PNG data: URL once it has settled (up to `settleMs` ms), or null (src/map/map-capture.ts). */
  capture(settleMs = 6000): Promise<string | null> {
    return captureMap(this.map, settleMs);
  }

  /**
   * Draws point layer `sourceLayer` of the PMTiles archive at `url` (absolute http(s) URL) under `beforeId`,
   * after the map has loaded. The PMTiles code (and the `pmtiles` library) load only when this is called.
   */
  async addPmtilesLayer(url: string, sourceLayer: string, beforeId?: string): Promise<void> {
    const [{ addPmtilesPointLayer }] = await Promise.all([import('./pmtiles-layer'), this.loaded]);
    await addPmtilesPointLayer(this.map, url, sourceLayer, beforeId);
  }

  /**
   * Fits the camera to everything in `features` (points, lines, areas), keeping `padding` px clear on each side
   * (the panels over the map). Features without geometry are ignored.
   */
  fitTo(
    features: readonly Feature<Geometry | null>[],
    padding: { top: number; right: number; bottom: number; left: number },
  ): void {
    const box = extentOf(features.flatMap((f) => (f.geometry ? vertices(f.geometry) : [])));
    if (!box) return;
    const [w, s, e, n] = box;
    // fitBounds (unlike easeTo) does not keep the padding for later camera moves. A lone point gets a box of
    // ±0.002° (about 200 m) so the fit has an extent; maxZoom keeps it at street level.
    const d = e - w < 1e-6 && n - s < 1e-6 ? 0.002 : 0;
    this.map.fitBounds([w - d, s - d, e + d, n + d], { padding, maxZoom: 15, duration: 600 });
  }

  /**
   * Shows base map `id` under the thematic layers ("embedded", or an online one). An online base map is added
   * after the thematic layers are drawn; `onFallback` fires once if it cannot be reached in time, and the
   * embedded base map is back. `onShown` fires when its first tiles have arrived.
   */
  setBasemap(id: string, onFallback: (reason: FallbackReason) => void, onShown?: () => void): void {
    const online = findOnlineBasemap(id);
    if (!online) return this.showEmbedded(onShown);
    this.basemap.show(
      online,
      this.lang,
      (reason) => {
        this.showEmbedded();
        onFallback(reason);
      },
      onShown,
    );
  }

  /** The offline archive (geodata/base/lanzhou.pmtiles) when the build has one; else the GeoJSON base map. */
  private showEmbedded(onShown?: () => void): void {
    const archive = offlineArchiveUrl();
    if (archive) this.basemap.showArchive(archive, this.lang, () => this.basemap.showEmbedded(), onShown);
    else this.basemap.showEmbedded();
  }

  /** Layer ids of the online base map now drawn (empty with the embedded one). */
  basemapLayerIds(): string[] {
    return this.basemap.layerIds();
  }

  /** Names the map region for assistive technology (the container becomes a labelled region landmark). */
  setLabel(label: string): void {
    const el = this.map.getContainer();
    el.setAttribute('role', 'region');
    el.setAttribute('aria-label', label);
  }

  setView(view: Camera): void {
    this.map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
  }

  center(): [number, number] {
    const c = this.map.getCenter();
    return [c.lng, c.lat];
  }
}
