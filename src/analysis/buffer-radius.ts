// The buffer tool's radius bounds, apart from the buffer code: the URL codec (src/state/url-state.ts) checks
// `?buffer=` radii with them, and importing src/analysis/buffer-query.ts there would put Turf buffer (and
// its 270 kB geometry engine) into the first-load bundle.

/** Radius bounds from the issue: 100 m – 10 km. */
export const MIN_BUFFER_M = 100;
export const MAX_BUFFER_M = 10_000;

export interface RadiusCheck {
  /** The radius used, in metres, clamped into [MIN_BUFFER_M, MAX_BUFFER_M]. */
  metres: number;
  /** True when the requested value was outside the bounds and was clamped. */
  clamped: boolean;
}

/** Clamp a requested radius into 100–10,000 m. Non-finite input (NaN, ±Infinity, non-number) throws RangeError. */
export function validateRadius(requested: number): RadiusCheck {
  if (typeof requested !== 'number' || !Number.isFinite(requested)) {
    throw new RangeError(`buffer radius must be a finite number of metres, got ${String(requested)}`);
  }
  const metres = Math.min(MAX_BUFFER_M, Math.max(MIN_BUFFER_M, requested));
  return { metres, clamped: metres !== requested };
}
