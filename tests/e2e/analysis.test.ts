// Analysis: the buffer tool (from a shared link and from the UI), Nearby and Length in the details, and the
// indicators with the density choropleth. Expected values are computed here, in Node, straight from
// geodata/*.geojson with @turf/point-to-line-distance, @turf/distance and @turf/length — not with the app's
// own bufferQuery / nearbySites — so the page is checked against an independent computation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, Geometry, LineString, Position } from 'geojson';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { distance } from '@turf/distance';
import { length } from '@turf/length';
import { lineSlice } from '@turf/line-slice';
import { nearestPointOnLine } from '@turf/nearest-point-on-line';
import { groupSamePlace } from '../../src/analysis/same-place';
import { gotoApp, launch, openPage, screenshot, waitIdle } from './browser';
import type { GuardedPage } from './browser';

interface Props {
  id: string;
  name_zh: string;
  name_en: string;
  layer?: string;
  precision: 'exact' | 'approximate' | 'unknown';
  kind?: string;
}
type F = Feature<Geometry | null, Props>;

const GEODATA = join(process.cwd(), 'geodata');
const ALL: F[] = readdirSync(GEODATA)
  .filter((n) => n.endsWith('.geojson') && n !== 'districts.geojson')
  .flatMap((n) => (JSON.parse(readFileSync(join(GEODATA, n), 'utf8')) as { features: F[] }).features);
const byId = new Map(ALL.map((f) => [f.properties.id, f]));
const located = (f: F): f is Feature<Geometry, Props> => f.geometry !== null && f.properties.precision !== 'unknown';

/** Points every ≤ stepM metres along a polyline (linear in lon/lat; at 10 m steps the arc differs by < 1 mm). */
function sample(coords: Position[], stepM: number): Position[] {
  const out: Position[] = [];
  for (let i = 0; i + 1 < coords.length; i++) {
    const a = coords[i]!,
      b = coords[i + 1]!;
    const n = Math.max(1, Math.ceil(distance(a, b, { units: 'meters' }) / stepM));
    for (let k = 0; k < n; k++) out.push([a[0]! + ((b[0]! - a[0]!) * k) / n, a[1]! + ((b[1]! - a[1]!) * k) / n]);
  }
  out.push(coords[coords.length - 1]!);
  return out;
}

/** Metres from a feature to a source: points exactly (geodesic point-to-line / haversine), lines by 10 m sampling. */
function distanceTo(source: Feature<Geometry, Props>, f: Feature<Geometry, Props>): number {
  const samples = (g: Geometry): Position[] =>
    g.type === 'Point' ? [g.coordinates] : g.type === 'LineString' ? sample(g.coordinates, 10) : [];
  const s = source.geometry;
  if (s.type === 'LineString') {
    const line = s as LineString;
    return Math.min(
      ...samples(f.geometry).map((p) => pointToLineDistance(p, line, { units: 'meters', method: 'geodesic' })),
    );
  }
  if (s.type === 'Point') {
    if (f.geometry.type === 'LineString') {
      return pointToLineDistance(s.coordinates, f.geometry, { units: 'meters', method: 'geodesic' });
    }
    return Math.min(...samples(f.geometry).map((p) => distance(s.coordinates, p, { units: 'meters' })));
  }
  throw new Error(`unexpected source geometry ${s.type}`);
}

interface Expected {
  hits: Map<string, number>;
  /** Features whose distance is within `margin` of the radius: membership not asserted (rounding / sampling). */
  borderline: Set<string>;
  excluded: number;
}

function expectedBuffer(sourceId: string, radius: number, margin = 15): Expected {
  const source = byId.get(sourceId)!;
  if (!located(source)) throw new Error('source not located');
  const hits = new Map<string, number>();
  const borderline = new Set<string>();
  let excluded = 0;
  for (const f of ALL) {
    if (f.properties.id === sourceId) continue;
    if (!located(f)) {
      excluded++;
      continue;
    }
    const d = distanceTo(source, f);
    if (Math.abs(d - radius) <= margin) borderline.add(f.properties.id);
    else if (d < radius) hits.set(f.properties.id, d);
  }
  return { hits, borderline, excluded };
}

interface Row {
  id: string;
  name: string;
  metres: number;
  approximate: boolean;
}

/** Reads the rows of a list of results like a person would: the button's name, the distance, the marker. */
async function readRows(list: Locator): Promise<Row[]> {
  return list.locator('li').evaluateAll((lis) =>
    lis.map((li) => {
      const text = li.textContent ?? '';
      const m = text.match(/(\d+(?:\.\d+)?) (m|km)\b/);
      const metres = m ? Number(m[1]) * (m[2] === 'km' ? 1000 : 1) : NaN;
      return {
        id: li.getAttribute('data-id') ?? '',
        name: li.querySelector('button')?.textContent ?? '',
        metres,
        approximate: /\bapproximate\b/.test(text),
      };
    }),
  );
}

function checkAgainst(rows: Row[], exp: Expected, toleranceM: (id: string) => number): void {
  const listed = new Set(rows.map((r) => r.id));
  for (const id of exp.hits.keys()) expect(listed.has(id), `${id} is listed`).toBe(true);
  for (const r of rows) {
    expect(exp.hits.has(r.id) || exp.borderline.has(r.id), `${r.id} belongs in the list`).toBe(true);
    const f = byId.get(r.id)!;
    expect(r.name).toBe(f.properties.name_en);
    expect(r.approximate).toBe(f.properties.precision === 'approximate');
    const d = exp.hits.get(r.id);
    if (d !== undefined)
      expect(Math.abs(r.metres - d), `${r.id}: page ${r.metres} m vs ${d.toFixed(1)} m`).toBeLessThanOrEqual(
        toleranceM(r.id),
      );
  }
}

/** Points: the page rounds to whole metres (≤ 0.5) and uses great-circle vs geodesic (≤ 0.5 %); lines: + sampling. */
const tolerance = (d: number, id: string) => 1 + d * 0.005 + (byId.get(id)?.geometry?.type === 'Point' ? 0 : 10);

async function renderedOverlay(page: Page, layer: string): Promise<number> {
  return page.evaluate((layer) => window.__map!.queryRenderedFeatures({ layers: [layer] }).length, layer);
}

let browser: Browser;
let g: GuardedPage;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('analysis', () => {
  it('?buffer=yellow-river-tourist-line:1000 opens the panel and lists what an independent computation finds', async () => {
    g = await openPage(browser);
    await gotoApp(g.page, '?buffer=yellow-river-tourist-line:1000&lang=en');
    const toggle = g.page.getByRole('button', { name: 'Analysis', exact: true });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    const region = g.page.getByRole('region', { name: 'Buffer results' });
    await region.getByText(/features within 1000 m of/).waitFor();
    const rows = await readRows(region);
    const exp = expectedBuffer('yellow-river-tourist-line', 1000);
    console.log(
      'tourist line 1 km:',
      rows.map((r) => `${r.id} ${r.metres} m${r.approximate ? ' (approx.)' : ''}`).join('; '),
    );
    checkAgainst(rows, exp, (id) => tolerance(exp.hits.get(id) ?? 0, id));
    expect(rows.length).toBeGreaterThan(0);
    // A count per layer, and the excluded ones stated.
    const text = (await region.textContent()) ?? '';
    const heritage = rows.filter((r) => byId.get(r.id)?.properties.layer === 'heritage-units').length;
    expect(text).toContain(`Cultural-relic protection units (${heritage})`);
    await expect(
      region.getByText(`${exp.excluded} sites without a known position were excluded.`).isVisible(),
    ).resolves.toBe(true);
    await waitIdle(g.page);
    expect(await renderedOverlay(g.page, 'lcm-overlay-buffer-fill')).toBeGreaterThan(0);
    await screenshot(g.page, 'analysis-buffer-tourist-line');
    expect(g.external).toEqual([]);
    expect(g.errors).toEqual([]);
  }, 180_000);

  it('a listed site opens its details, whose Nearby list matches a haversine scan and follows the chosen distance', async () => {
    const region = g.page.getByRole('region', { name: 'Buffer results' });
    const target = 'lanzhou-city-god-temple';
    await region.getByRole('button', { name: byId.get(target)!.properties.name_en }).click();
    const details = g.page.getByRole('complementary', { name: 'Site details' });
    await details.waitFor();
    expect(g.page.url()).toContain(`site=${target}`);
    const nearby = details.getByRole('region', { name: 'Nearby' });
    await nearby.waitFor();
    await expect(nearby.getByRole('combobox', { name: 'Within' }).inputValue()).resolves.toBe('1000');
    const src = byId.get(target)! as Feature<Geometry, Props>;
    for (const radius of [1000, 5000]) {
      if (radius !== 1000) await nearby.getByRole('combobox', { name: 'Within' }).selectOption({ label: '5 km' });
      const rows = await readRows(nearby);
      // Nearby lists point sites only (nearest 10 places: one row per place, under its primary id, at its nearest
      // member's distance; none of the opened place's own members); lines are measured in the buffer tool.
      const placeOf = new Map<string, string>();
      for (const p of groupSamePlace(
        ALL.map((f) => ({ ...f, properties: { ...f.properties, layer: f.properties.layer ?? '' } })),
      ))
        for (const m of p.members) placeOf.set(m, p.id);
      const own = placeOf.get(target) ?? target;
      const nearest = new Map<string, number>();
      for (const f of ALL) {
        if (!located(f) || f.geometry.type !== 'Point') continue;
        const place = placeOf.get(f.properties.id) ?? f.properties.id;
        const d = distanceTo(src, f);
        if (place === own || d > radius) continue;
        nearest.set(place, Math.min(nearest.get(place) ?? Infinity, d));
      }
      const expected = [...nearest]
        .map(([id, d]) => ({ id, d }))
        .sort((a, b) => a.d - b.d)
        .slice(0, 10);
      console.log(`nearby ${target} ${radius} m:`, rows.map((r) => `${r.id} ${r.metres}`).join('; '));
      expect(rows.map((r) => r.id).sort()).toEqual(expected.map((x) => x.id).sort());
      for (const r of rows) expect(Math.abs(r.metres - expected.find((x) => x.id === r.id)!.d)).toBeLessThanOrEqual(1);
      expect(rows.map((r) => r.metres)).toEqual([...rows.map((r) => r.metres)].sort((a, b) => a - b));
    }
    expect(g.external).toEqual([]);
  });

  it('indicators: the density map switch draws the choropleth over the districts', async () => {
    const panel = g.page.getByRole('region', { name: 'Spatial analysis' });
    const indicators = panel.getByRole('region', { name: 'Indicators' });
    const share = indicators.getByRole('table', { name: /within 1 km of the Yellow River/ });
    await share.waitFor();
    const heritageRow = (await share.getByRole('row', { name: /Cultural-relic protection units/ }).textContent()) ?? '';
    console.log('indicator row (heritage units, 1 km of tourist line):', heritageRow);
    // Independent: heritage units located within 1 km of the line / located heritage units.
    const line = byId.get('yellow-river-tourist-line')! as Feature<Geometry, Props>;
    const heritage = ALL.filter((f) => f.properties.layer === 'heritage-units');
    const loc = heritage.filter(located);
    const within = loc.filter((f) => distanceTo(line, f) <= 1000).length;
    const share100 = ((within / loc.length) * 100).toFixed(1);
    expect(heritageRow.replace(/\s+/g, ' ')).toContain(`${share100} %`);
    const cells = await share
      .getByRole('row', { name: /Cultural-relic protection units/ })
      .getByRole('cell')
      .allTextContents();
    expect(cells.slice(0, 2)).toEqual([String(within), String(loc.length)]);
    expect(cells[4]).toBe(String(heritage.length - loc.length));
    await expect(
      indicators.getByRole('table', { name: 'Sites per district and density' }).getByRole('row').count(),
    ).resolves.toBe(9);

    expect(await renderedOverlay(g.page, 'lcm-overlay-choropleth-fill')).toBe(0);
    await indicators.getByRole('checkbox', { name: 'Show density map' }).check();
    await g.page.evaluate(() => window.__map!.jumpTo({ center: [103.6, 36.3], zoom: 7.5 }));
    await waitIdle(g.page);
    const feats = await g.page.evaluate(() =>
      window
        .__map!.queryRenderedFeatures({ layers: ['lcm-overlay-choropleth-fill'] })
        .map((f) => ({ value: Number(f.properties?.['value']), label: String(f.properties?.['label']) })),
    );
    expect(feats.length).toBeGreaterThan(0);
    expect(feats.every((f) => f.value >= 0 && f.value <= 1 && / per 1,000 km²$/.test(f.label))).toBe(true);
    expect(feats.some((f) => f.value === 1)).toBe(true);
    await screenshot(g.page, 'analysis-density');
    await indicators.getByRole('checkbox', { name: 'Show density map' }).uncheck();
    await waitIdle(g.page);
    expect(await renderedOverlay(g.page, 'lcm-overlay-choropleth-fill')).toBe(0);
    expect(g.external).toEqual([]);
    await g.context.close();
  }, 180_000);

  it('runs the tool from the UI on a station: results, the URL gains buffer=, Clear removes the overlay', async () => {
    g = await openPage(browser);
    await gotoApp(g.page, '?lang=en');
    const toggle = g.page.getByRole('button', { name: 'Analysis', exact: true });
    await expect(toggle.getAttribute('aria-controls')).resolves.toBe('analysis-panel');
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    const buffer = g.page.getByRole('region', { name: 'Buffer' });
    await buffer.getByRole('combobox', { name: 'Buffer source' }).selectOption({ label: 'Lanzhou railway station' });
    await buffer.getByRole('spinbutton', { name: 'Radius (metres)' }).fill('2000');
    await expect(buffer.getByRole('slider', { name: 'Radius slider (metres)' }).inputValue()).resolves.toBe('2000');
    await buffer.getByRole('button', { name: 'Show buffer' }).click();
    const region = g.page.getByRole('region', { name: 'Buffer results' });
    await region.getByText(/features within 2000 m of “Lanzhou railway station”/).waitFor();
    expect(g.page.url()).toContain('buffer=lanzhou-railway-station:2000');
    const rows = await readRows(region);
    const exp = expectedBuffer('lanzhou-railway-station', 2000);
    console.log('station 2 km:', rows.map((r) => `${r.id} ${r.metres} m`).join('; '));
    checkAgainst(rows, exp, (id) => tolerance(exp.hits.get(id) ?? 0, id));
    await expect(region.textContent()).resolves.toContain('every distance is approximate');
    await waitIdle(g.page);
    expect(await renderedOverlay(g.page, 'lcm-overlay-buffer-fill')).toBeGreaterThan(0);
    await screenshot(g.page, 'analysis-buffer-station');

    await buffer.getByRole('button', { name: 'Clear buffer' }).click();
    await region.getByText('No buffer chosen yet.').waitFor();
    expect(g.page.url()).not.toContain('buffer=');
    await waitIdle(g.page);
    expect(await renderedOverlay(g.page, 'lcm-overlay-buffer-fill')).toBe(0);
    // Back brings the buffer back from the URL.
    await g.page.goBack();
    await region.getByText(/features within 2000 m/).waitFor();
    expect(g.external).toEqual([]);
    expect(g.errors).toEqual([]);
    await g.context.close();
  }, 180_000);

  it('the tourist line’s details state its length, labelled approximate', async () => {
    g = await openPage(browser);
    await gotoApp(g.page, '?site=yellow-river-tourist-line&lang=en');
    const details = g.page.getByRole('complementary', { name: 'Site details' });
    const lengthRegion = details.getByRole('region', { name: 'Length' });
    await lengthRegion.waitFor();
    const text = (await lengthRegion.textContent()) ?? '';
    const line = byId.get('yellow-river-tourist-line')!;
    const km = length(line as Feature<LineString>, { units: 'kilometers' });
    console.log(`tourist line length: page "${text}", turf ${km.toFixed(3)} km`);
    expect(text).toContain(`Total length${km.toFixed(2)} km`);
    expect(text).toContain('approximate');
    expect(g.external).toEqual([]);
    await g.context.close();
  }, 180_000);

  it('a tourist-line stop compares along-line and straight; a railway states its length within the municipality', async () => {
    g = await openPage(browser);
    const details = g.page.getByRole('complementary', { name: 'Site details' });
    const line = byId.get('yellow-river-tourist-line')!;
    await gotoApp(g.page, '?site=tourist-line-stop-zhongshan-bridge&lang=en');
    const along = details.getByRole('region', { name: 'Distance along the line vs straight line' });
    await along.waitFor();
    const rows = await along.getByRole('row').allTextContents();
    console.log('stop distances:', rows.join(' | '));
    const baita = byId.get('tourist-line-stop-baita-mountain')!;
    const straight = distance(
      (byId.get('tourist-line-stop-zhongshan-bridge')!.geometry as { coordinates: Position }).coordinates,
      (baita.geometry as { coordinates: Position }).coordinates,
      { units: 'kilometers' },
    );
    const row = await along
      .getByRole('row', { name: new RegExp(baita.properties.name_en) })
      .getByRole('cell')
      .allTextContents();
    expect(row[1]).toBe(`${straight.toFixed(2)} km`);
    // Along the line: both stops snapped to the line, the piece between cut and measured (Turf, in the test).
    const snap = (id: string) =>
      nearestPointOnLine(
        line as Feature<LineString>,
        (byId.get(id)!.geometry as { coordinates: Position }).coordinates,
      );
    const alongKm = length(
      lineSlice(snap('tourist-line-stop-zhongshan-bridge'), snap(baita.properties.id), line as Feature<LineString>),
      { units: 'kilometers' },
    );
    expect(Math.abs(Number(row[0]?.replace(' km', '')) - alongKm)).toBeLessThanOrEqual(0.006);

    await gotoApp(g.page, '?site=railway-vmap0-129719&lang=en');
    const rail = details.getByRole('region', { name: 'Length' });
    await rail.waitFor();
    await expect(rail.textContent()).resolves.toContain('Length within Lanzhou municipality');

    await gotoApp(g.page, '?site=tourist-line-stop-jinchengguan&lang=en');
    await details.getByRole('region', { name: 'Nearby' }).getByText('nearby sites cannot be computed').waitFor();
    expect(g.external).toEqual([]);
    expect(g.errors).toEqual([]);
    await g.context.close();
  }, 180_000);
});
