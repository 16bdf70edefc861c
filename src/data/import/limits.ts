// Limits for imported files. They keep a hostile or accidental file from freezing the page or the map:
// MapLibre tiles every imported feature on its worker, and 50,000 features or 500,000 vertices is already far
// more than any hand-made layer of Lanzhou sites (our whole catalogue is a few hundred sites).

/** Files larger than this are refused before they are read (bytes; 20 MiB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** At most this many features per file. */
export const MAX_FEATURES = 50_000;
/** At most this many coordinate positions (vertices) per file. */
export const MAX_POSITIONS = 500_000;
/** Warnings and errors list at most this many example feature numbers each. */
export const MAX_EXAMPLES = 10;
/** A name longer than this (UTF-16 code units) is cut; property values likewise. */
export const MAX_NAME = 200;
export const MAX_VALUE = 500;
/** At most this many of a feature's own properties are kept for the details panel. */
export const MAX_PROPERTIES = 40;

/**
 * Bounding box of the Lanzhou municipality outline (geodata/base/municipality-outline.geojson), WGS84 degrees
 * [west, south, east, north], rounded outward to 0.01°. A unit test checks it still contains the outline.
 */
export const LANZHOU_BBOX: readonly [number, number, number, number] = [102.59, 35.57, 104.58, 37.0];
/**
 * Positions more than this far outside that box are "far outside Lanzhou" (degrees; 0.5° ≈ 45 km east–west and
 * 55 km north–south at 36° N): typically swapped lon/lat, a projected file, or the wrong place altogether.
 */
export const FAR_MARGIN_DEG = 0.5;
