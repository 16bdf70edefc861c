// The app's vocabulary, at the bottom of the dependency graph (every layer may import it; it imports nothing
// of ours): the data contract shared by every layer file in geodata/ (see geodata/SOURCES.md), and the few
// words the layers above share — UI language, travel mode, site-id pattern, map camera.
// GeoJSON types come from @types/geojson; a raw file is narrowed to these types once, in data/load-layers.ts.
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Point } from 'geojson';

export type Precision = 'exact' | 'approximate' | 'unknown';
export type Crs = 'WGS84' | 'GCJ-02' | 'BD-09';

/**
 * How much a source can be trusted, by what it is (scripts/lib/source-class.ts decides it from the address):
 * - official: an official list, a government site or notice (gov.cn, a government notice transcribed on Wikisource);
 * - encyclopaedia: Wikipedia or Baidu Baike themselves (not copies on other domains);
 * - osm-wikidata: an OpenStreetMap object or a Wikidata item (or a dataset derived from one, named as such);
 * - own-site: the museum's or site's own page (or its institution's);
 * - news: an established news outlet publishing under its own name;
 * - travel-other: a travel site, tour operator, blog or any other site;
 * - mirror: a copy of someone else's page on an unrelated domain, origin unknown.
 * "travel-other" and "mirror" are the weak classes: a fact resting only on them is flagged in the app.
 */
export type SourceClass =
  'official' | 'encyclopaedia' | 'osm-wikidata' | 'own-site' | 'news' | 'travel-other' | 'mirror';
export const SOURCE_CLASSES: readonly SourceClass[] = [
  'official',
  'encyclopaedia',
  'osm-wikidata',
  'own-site',
  'news',
  'travel-other',
  'mirror',
];
export const WEAK_SOURCE_CLASSES: readonly SourceClass[] = ['travel-other', 'mirror'];

export interface SourceRef {
  title: string;
  url: string;
  /** Set on every source in the layer files; optional so hand-made fixtures and older files still read. */
  class?: SourceClass;
}

/** A short sourced statement, written in our own words, in both languages. */
export interface Fact {
  zh: string;
  en: string;
  sources: SourceRef[];
  /**
   * True when no credible source carries the fact: every source is weak (travel-other / mirror) or none could be
   * read. The app labels such a fact "unverified" / "未核实". Absent or false otherwise.
   */
  unverified?: boolean;
}

/** Layer ids: one per geodata file (designations, transport and the tourist line each count as one layer). */
export type LayerId =
  'tourist-line' | 'scenic-spots' | 'heritage-units' | 'museums' | 'ich-items' | 'designations' | 'transport';

export const LAYER_IDS: readonly LayerId[] = [
  'tourist-line',
  'scenic-spots',
  'heritage-units',
  'museums',
  'ich-items',
  'designations',
  'transport',
];

export type HeritageLevel = 'national' | 'provincial' | 'municipal' | 'county';
export type HeritageCategory =
  'archaeological-site' | 'ancient-tomb' | 'ancient-building' | 'cave-temple-stone-carving' | 'modern-historic';
export type ScenicGrade = '5A' | '4A' | '3A' | '2A' | '1A';
export type TransportKind = 'railway' | 'high-speed-railway' | 'expressway' | 'station' | 'airport';

/** Properties every feature of every layer carries. Unknown values are null, never guessed. */
export interface SiteProperties {
  id: string;
  layer: LayerId;
  name_zh: string;
  name_en: string;
  /** Other names people search for (中山桥 = 兰州黄河铁桥 = 黄河第一桥). */
  aliases?: string[];
  /** County-level district in Chinese (城关区 …), or null when no source states it. */
  district: string | null;
  address: string | null;
  precision: Precision;
  position_source: string | null;
  crs_original: Crs | null;
  /** [lon, lat] as given by the source before conversion to WGS84, or null. */
  position_original: [number, number] | null;
  facts: Fact[];
  sources: SourceRef[];
  /** Derived lines say what they were drawn from. */
  derived_from?: string | null;
  // Layer-specific fields (absent on other layers).
  level?: HeritageLevel | null;
  batch?: string | number | null;
  year_listed?: number | null;
  national_number?: string | null;
  category?: string | null;
  era?: string | null;
  era_start?: number | null;
  era_end?: number | null;
  grade?: ScenicGrade | null;
  year_rated?: number | null;
  museum_type?: string | null;
  opening_year?: number | null;
  code?: string | null;
  place?: string | null;
  designation?: string | null;
  year?: number | null;
  kind?: TransportKind | null;
  stop_order?: number | null;
  /** Notes on disagreements between sources, in our own words. */
  notes?: string | null;
  /**
   * Radius in metres within which the site lies, for an approximate point (a village or park anchor standing for
   * a site): from the source's own description when it gives one, else the 2 km bound of "approximate". Null for
   * exact points and for sites without a position.
   */
  uncertainty_m?: number | null;
  /** Derived lines drawn from several geometries: each part, west to east, with its source and precision. */
  segments?:
    | {
        from_lon: number;
        to_lon: number;
        geometry_source: string;
        precision: Precision;
        uncertainty_m: number | null;
      }[]
    | null;
  /** Set when the position came from a reviewed contribution (geodata/research/contributions.csv). */
  contributed_by?: string | null;
  // Added for the data-coverage view (all optional, so older readers keep working).
  // era_start / era_end (above) are derived from `era` by src/data/era.ts (negative = BCE), null when unmapped.
  /** OpenStreetMap object the position came from or is known to belong to, as "node/123", "way/123" or "relation/123". */
  osm_id?: string | null;
  /** Wikidata item id ("Q123") when a source gives it; never guessed. */
  wikidata?: string | null;
  /** How sure the grade / status is: "confirmed", "proposed (public notice)", "qunar-only", "unconfirmed" … */
  status?: string | null;
  /** Category as the source writes it (Chinese), next to the normalised `category`. */
  category_zh?: string | null;
  /** Stop label as in the research table ("3a"): stops at the same crossing share a number. */
  stop_label?: string | null;
  /** Designation as the source writes it (Chinese). */
  designation_zh?: string | null;
  /** Designation level (national / provincial). */
  designation_level?: string | null;
}

/** Files that are not thematic layers but still carry `layer` on each feature. */
export type AuxLayerId = 'districts';

/** Properties of a county-level district polygon (districts.geojson). */
export interface DistrictProperties {
  id: string;
  layer: AuxLayerId;
  name_zh: string;
  name_en: string;
  adcode: number;
  district: string;
  address: null;
  precision: Precision;
  position_source: string;
  crs_original: Crs;
  position_original: null;
  facts: Fact[];
  sources: SourceRef[];
  notes?: string | null;
}

/** Base-map layer ids: one per file in geodata/base/. */
export type BaseLayerId = 'base-municipality-outline' | 'base-context' | 'base-yellow-river' | 'base-district-labels';

/** Properties of base-map features: drawing only, no claims about sites. */
export interface BaseProperties {
  id: string;
  layer: BaseLayerId;
  name_zh: string | null;
  name_en: string | null;
  /** What the feature is: "municipality", "province", "prefecture", "river", "district-label". */
  kind: string;
  /** Other names people search for (金城 is an old name for Lanzhou). */
  aliases?: string[];
  /** For the river: "city" (OSM, use at city zoom) or "regional" (Natural Earth, regional zoom only). */
  scale?: 'city' | 'regional' | null;
  adcode?: number | null;
  source: string;
  licence: string;
}

export type SiteGeometry = Point | LineString | MultiLineString | Geometry;
export type SiteFeature = Feature<SiteGeometry | null, SiteProperties>;
export type SiteCollection = FeatureCollection<SiteGeometry | null, SiteProperties>;

/** The two UI languages. */
export type Lang = 'zh' | 'en';

export function isLang(v: unknown): v is Lang {
  return v === 'zh' || v === 'en';
}

/** How the visitor travels between route stops. */
export type TravelMode = 'walk' | 'cycle' | 'drive';
export const TRAVEL_MODES: readonly TravelMode[] = ['walk', 'cycle', 'drive'];

/** Site ids in the data, the URL, saved routes and route files: lower-case ASCII words joined by '-'. */
export const SITE_ID_RE = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** What the map shows: its centre (WGS84 degrees) and zoom level. */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

/** True when `v` is one of `values` (narrows a string from a URL or storage to a union type). */
export function isOneOf<T extends string>(values: readonly T[], v: unknown): v is T {
  return typeof v === 'string' && (values as readonly string[]).includes(v);
}
