// One writer for every generated GeoJSON file: one feature per line (readable diffs), keys in insertion order,
// trailing newline. Used by scripts/build-geodata.ts and scripts/data-refresh.ts so their output is identical.
export function serializeCollection(features: readonly object[]): string {
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  return `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
}
