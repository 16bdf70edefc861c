// Golden files: tests/fixtures/<operation>/in/<case>.(geojson|json) → tests/fixtures/<operation>/out/<case>.json.
// Outputs are rounded to 1e-6 before comparing or writing, so last-bit floating-point noise does not churn them.
// Regenerate with: UPDATE_GOLDEN=1 npx vitest run --project unit
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** Deep copy with every number rounded to 1e-6 (and -0 → 0); keys keep their insertion order. */
export function roundDeep(value: unknown): unknown {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value);
    const r = Math.round(value * 1e6) / 1e6;
    return Object.is(r, -0) ? 0 : r;
  }
  if (Array.isArray(value)) return value.map(roundDeep);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = roundDeep(v);
    return out;
  }
  return value;
}

/** Parsed input fixture; `.geojson` is tried before `.json`. The caller states the type it expects. */
export function readFixture<T>(operation: string, name: string): T {
  const base = join(FIXTURES, operation, 'in', name);
  const file = existsSync(`${base}.geojson`) ? `${base}.geojson` : `${base}.json`;
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Compare `actual` (rounded) with the stored output, or write it when UPDATE_GOLDEN=1. */
export function expectGolden(operation: string, name: string, actual: unknown): void {
  const file = join(FIXTURES, operation, 'out', `${name}.json`);
  const rounded = roundDeep(actual);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(rounded, null, 2)}\n`);
    return;
  }
  if (!existsSync(file)) throw new Error(`missing golden file ${file}; run with UPDATE_GOLDEN=1 to create it`);
  expect(rounded).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}
