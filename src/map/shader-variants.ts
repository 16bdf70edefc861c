// Fewer shader programs at start-up. MapLibre compiles one program per combination of paint properties that are
// per-feature (vertex attributes) or constant (uniforms), and compiling is slow under software WebGL (the bench's
// "shader programs compiled"). The style's circle layers differ only in which of a few properties come from the
// data, and so did its dashed lines; giving them all the same per-feature set makes each kind one program.
// A constant turned per-feature draws exactly as before: the expression returns the constant for every feature.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

/** Per kind of layer: the properties every such layer reads per feature, with MapLibre's defaults. */
const PER_FEATURE: Record<string, Record<string, unknown>> = {
  circle: { 'circle-radius': 5, 'circle-color': '#000000', 'circle-opacity': 1, 'circle-stroke-color': '#000000' },
  // Only dashed lines: they use their own program, whose one per-feature width is the transport lines'.
  dashedLine: { 'line-width': 1 },
};

/** Expression operators that read a feature; any of them makes a value per-feature. */
const FEATURE_OPS = new Set(['get', 'has', 'properties', 'geometry-type', 'id', 'feature-state', 'accumulated']);

function readsFeature(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  if (typeof v[0] === 'string' && FEATURE_OPS.has(v[0])) return true;
  return v.some(readsFeature);
}

function readsZoom(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  if (v[0] === 'zoom') return true;
  return v.some(readsZoom);
}

/** The same constant for every feature, written so that MapLibre evaluates it per feature. */
export function perFeature(value: unknown): ExpressionSpecification {
  return ['case', ['==', ['geometry-type'], 'Point'], value, value] as ExpressionSpecification;
}

function kindOf(layer: LayerSpecification): string | null {
  if (layer.type === 'circle') return 'circle';
  if (layer.type === 'line' && layer.paint && 'line-dasharray' in layer.paint) return 'dashedLine';
  return null;
}

/** The layers with every layer of a kind reading the same properties per feature; other layers unchanged. */
export function uniformShaderVariants(layers: readonly LayerSpecification[]): LayerSpecification[] {
  return layers.map((layer) => {
    const kind = kindOf(layer);
    if (!kind) return layer;
    const paint: Record<string, unknown> = { ...(layer.paint ?? {}) };
    for (const [prop, fallback] of Object.entries(PER_FEATURE[kind]!)) {
      const v = paint[prop] ?? fallback;
      // A zoom expression stays as it is: made per-feature it would be a third kind (zoom and feature).
      if (!readsFeature(v) && !readsZoom(v)) paint[prop] = perFeature(v);
    }
    return { ...layer, paint } as LayerSpecification;
  });
}
