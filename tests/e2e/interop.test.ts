// Files people already have (KML, KMZ, TCX, CSV) through the "Import" picker, drawn and listed; a broken one of
// each gets its message and nothing changes; the CSV column picker; and files handed back: the route as KML,
// the filtered site list as CSV, an imported layer as KML (downloads read back).
// Run: E2E_PORT=4307 E2E_DIST=dist-interop npx vitest run --project e2e tests/e2e/interop.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { gotoApp, launch, openPage, renderedIds, screenshot, waitIdle } from './browser';
import type { GuardedPage } from './browser';

let browser: Browser;
let g: GuardedPage;
let dir: string;
const file = (name: string) => join(dir, name);
const FIX = 'tests/fixtures/interop';

beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'lcm-interop-'));
  for (const n of ['places.kml', 'broken.kml', 'activity.tcx', 'broken.tcx', 'points.csv', 'points-gbk.csv'])
    copyFileSync(join(FIX, n), file(n));
  const kml = readFileSync(join(FIX, 'places.kml'), 'utf8').replace('Test point A', 'Zipped point A');
  const kmz = zipSync({ 'doc.kml': strToU8(kml) });
  writeFileSync(file('places.kmz'), kmz);
  writeFileSync(file('broken.kmz'), kmz.slice(0, 60));
  writeFileSync(file('bad-rows.csv'), 'name,lon,lat\nNowhere,abc,\nAlso nowhere,200,95\n');
  // Headers that name no coordinate column: the user picks them.
  writeFileSync(
    file('survey.csv'),
    'label,east,north\nSurvey point 1,103.7605,36.0935\nSurvey point 2,103.7655,36.0955\n',
  );
}, 120_000);
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const alertText = (page: Page) => page.getByRole('alert').first().innerText();
const statusText = (page: Page) => page.locator('.notices-status').innerText();
const layersList = (page: Page) => page.getByRole('list', { name: 'Imported layers' });

async function importFile(page: Page, name: string): Promise<void> {
  await page.getByLabel('Import', { exact: true }).setInputFiles(file(name));
  await page.waitForFunction(
    () =>
      !document.querySelector('#import-panel[aria-busy]') &&
      !/Reading /.test(document.querySelector('.notices-status')?.textContent ?? ''),
    null,
    { timeout: 60_000 },
  );
}

/** The layer row's feature buttons (names from the file). */
async function listedNames(page: Page, fileName: string): Promise<string[]> {
  return layersList(page)
    .getByRole('listitem')
    .filter({ hasText: fileName })
    .getByRole('group', { name: fileName, exact: true })
    .getByRole('button')
    .allTextContents();
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8') };
}

describe('import and export of common formats', () => {
  it('KML, KMZ, TCX and CSV through the picker: each drawn, listed by name, the map zoomed to it', async () => {
    g = await openPage(browser);
    const { page } = g;
    await gotoApp(page, '?lang=en');
    await expect(page.locator('#import-hint').innerText()).resolves.toContain('KML/KMZ, TCX or CSV/TSV');

    await importFile(page, 'places.kml');
    await expect(statusText(page)).resolves.toContain('Imported “places.kml”: 7 features.');
    await expect(statusText(page)).resolves.toMatch(
      /Not drawn: 1 network links \(links to other files, which this app does not fetch\), 1 ground overlays \(images\)\. The rest of the file was imported\./,
    );
    await expect(statusText(page)).resolves.toMatch(
      /1 tracks or lines have a single position and were imported as points \(placemark 7\)/,
    );
    expect(await listedNames(page, 'places.kml')).toEqual([
      'Test point A',
      'Test line',
      'Test area',
      'Test multi',
      'Test track',
      'Test multitrack',
      'One-position line',
    ]);
    await waitIdle(page);
    // Zoomed to the data: every imported position is in view, and they are drawn.
    const view = await page.evaluate(() => window.__map!.getBounds().toArray());
    expect(view[0][0]).toBeLessThan(103.78);
    expect(view[1][0]).toBeGreaterThan(103.85);
    const drawn = await renderedIds(page, 'overlay-imported');
    expect(drawn.filter((id) => id.startsWith('import-1-')).length).toBeGreaterThanOrEqual(6);
    // The file's style colours its point (KML ff0000ff = red).
    const colours = await page.evaluate(() =>
      window
        .__map!.queryRenderedFeatures({ layers: ['lcm-overlay-imported-point'] })
        .map((f) => f.properties?.color ?? null),
    );
    expect(colours).toContain('#ff0000');

    await importFile(page, 'places.kmz');
    await expect(statusText(page)).resolves.toContain('Imported “places.kmz”: 7 features.');
    expect((await listedNames(page, 'places.kmz'))[0]).toBe('Zipped point A');

    await importFile(page, 'activity.tcx');
    await expect(statusText(page)).resolves.toContain('Imported “activity.tcx”: 4 features.');
    expect(await listedNames(page, 'activity.tcx')).toEqual([
      '2024-05-01T08:00:00Z · lap 1',
      '2024-05-01T08:00:00Z · lap 2',
      'Test course',
      'Water',
    ]);
    await waitIdle(page);
    const lines = await page.evaluate(() =>
      window
        .__map!.queryRenderedFeatures({ layers: ['lcm-overlay-imported-line'] })
        .map((f) => String(f.properties?.id)),
    );
    expect(lines.some((id) => id.startsWith('import-3-'))).toBe(true);

    await importFile(page, 'points.csv');
    await expect(statusText(page)).resolves.toContain('Imported “points.csv”: 3 features.');
    await expect(statusText(page)).resolves.toContain(
      'Longitude read from column “lon”, latitude from “lat”, names from “name”.',
    );
    await expect(statusText(page)).resolves.toContain(
      '1 rows were skipped because their longitude or latitude is blank, not a number or out of range: row 4.',
    );
    expect(await listedNames(page, 'points.csv')).toEqual(['Test point A', 'Test point B', 'Test point C']);

    await importFile(page, 'points-gbk.csv');
    await expect(statusText(page)).resolves.toContain(
      'The file was in GBK (Chinese Windows) encoding and was read as such.',
    );
    expect(await listedNames(page, 'points-gbk.csv')).toEqual(['测试点甲', '测试点乙']);

    // A listed feature opens in the details panel, by keyboard.
    const button = layersList(page)
      .getByRole('group', { name: 'places.kml', exact: true })
      .getByRole('button', { name: 'Test point A' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#details-heading').innerText()).resolves.toBe('Test point A');
    const details = page.getByRole('complementary', { name: 'Details' });
    // The HTML description as plain text, its line break kept.
    await expect(details.innerText()).resolves.toContain('First test point\nsecond line');
    await expect(details.innerText()).resolves.toContain('height_m');
    await screenshot(page, 'interop-imported');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(g.errors).toEqual([]);
    expect(g.external).toEqual([]);
  }, 240_000);

  it('a broken file of each format gets its own message, and nothing else changes', async () => {
    const { page } = g;
    // Let the map finish flying to the opened feature, so the link is stable.
    await waitIdle(page);
    await page.waitForTimeout(1000);
    const urlBefore = page.url();
    const heading = await page.locator('#details-heading').innerText();
    const count = await layersList(page).getByRole('listitem').count();
    const cases: Array<[string, RegExp]> = [
      ['broken.kml', /Malformed KML \(XML\): Opening and ending tag mismatch.*\(line \d+, column \d+\)/],
      ['broken.kmz', /The KMZ archive could not be opened/],
      ['broken.tcx', /Malformed TCX \(XML\):.*line \d+/],
      [
        'bad-rows.csv',
        /No row has usable coordinates: row 2, 3 has a blank, non-numeric or out-of-range longitude or latitude\./,
      ],
    ];
    for (const [name, message] of cases) {
      await importFile(page, name);
      const text = await alertText(page);
      console.log(`${name} → ${text.replace(/\s+/g, ' ').slice(0, 200)}`);
      expect(text).toContain(`Could not import “${name}”`);
      expect(text).toMatch(message);
      expect(text).toContain('Nothing on the map or in your saved data was changed.');
      await expect(layersList(page).getByRole('listitem').count()).resolves.toBe(count);
      await expect(page.locator('#details-heading').innerText()).resolves.toBe(heading);
      expect(page.url()).toBe(urlBefore);
    }
    expect(g.external).toEqual([]);
  });

  it('a CSV whose header names no coordinate column asks for the columns, then imports with them', async () => {
    const { page } = g;
    const count = await layersList(page).getByRole('listitem').count();
    await importFile(page, 'survey.csv');
    await expect(alertText(page)).resolves.toContain(
      'The header row (label, east, north) does not say which columns hold longitude and latitude.',
    );
    await expect(layersList(page).getByRole('listitem').count()).resolves.toBe(count);
    const picker = page.getByRole('group', { name: 'Choose the coordinate columns' });
    await picker.getByLabel('Longitude column').selectOption('east');
    await picker.getByLabel('Latitude column').selectOption('north');
    await picker.getByLabel('Name column').selectOption('label');
    await picker.getByRole('button', { name: 'Import with these columns' }).click();
    await page.waitForFunction(() => !document.querySelector('#import-panel[aria-busy]'));
    await expect(statusText(page)).resolves.toContain('Imported “survey.csv”: 2 features.');
    await expect(picker.isHidden()).resolves.toBe(true);
    expect(await listedNames(page, 'survey.csv')).toEqual(['Survey point 1', 'Survey point 2']);
  });

  it('an imported layer exports as KML that names its placemarks', async () => {
    const { page } = g;
    const row = layersList(page).getByRole('listitem').filter({ hasText: 'points.csv' });
    const { name, text } = await download(page, () =>
      row.getByRole('group', { name: 'Export “points.csv”' }).getByRole('button', { name: 'Export as KML' }).click(),
    );
    expect(name).toBe('points-export.kml');
    expect(text).toContain('<name>Test point A</name>');
    expect(text).toContain('<coordinates>103.8145,36.0648</coordinates>');
    expect(text).toContain('<Data name="note"><value>with, a comma</value></Data>');
  });

  it('exports the route as KML: stops as numbered placemarks, the legs as one line', async () => {
    const { page } = g;
    await gotoApp(page, '?lang=en&route=gansu-provincial-museum,zhongshan-bridge,baita-mountain-buildings');
    // A route in the link opens the planner.
    const route = page.getByRole('region', { name: 'Route' });
    await route.waitFor();
    const stops = await route.locator('.route-stops .route-stop-name').count();
    expect(stops).toBeGreaterThanOrEqual(2);
    const { name, text } = await download(page, () =>
      route.getByRole('button', { name: 'Export KML', exact: true }).click(),
    );
    expect(name).toBe(`lanzhou-route-${stops}-stops.kml`);
    const placemarks = [...text.matchAll(/<Placemark><name>([^<]*)<\/name>/g)].map((m) => m[1]);
    expect(placemarks).toHaveLength(stops + 1);
    expect(placemarks.slice(0, stops).map((n) => n?.split(' ')[0])).toEqual(
      Array.from({ length: stops }, (_, i) => `${i + 1}.`),
    );
    expect(placemarks[stops]).toBe('Route');
    expect(text.match(/<LineString>/g)).toHaveLength(1);
    expect(text).toContain('<Data name="id"><value>zhongshan-bridge</value></Data>');
    // The KML opens again in the route planner: same stops, same order.
    const ids = new URL(page.url()).searchParams.get('route');
    writeFileSync(file('route.kml'), text);
    await gotoApp(page, '?lang=en');
    await page.getByRole('button', { name: 'Route', exact: true }).click();
    await route.waitFor();
    await route.getByLabel('Import route').setInputFiles(file('route.kml'));
    await expect.poll(() => new URL(page.url()).searchParams.get('route'), { timeout: 30_000 }).toBe(ids);
    expect(g.external).toEqual([]);
  });

  it('exports the filtered site list as CSV: the sites the list shows, with WGS84 lon/lat', async () => {
    const { page } = g;
    await gotoApp(page, '?lang=en&layers=museums');
    await page.getByRole('tab', { name: 'List', exact: true }).click();
    const listPanel = page.locator('#list-panel');
    await listPanel.waitFor();
    const summary = await listPanel.getByRole('status').innerText();
    const places = Number(/(\d+) sites match/.exec(summary)?.[1]);
    expect(places).toBeGreaterThan(0);
    // The list has a row per place; the files have a record per designation (a place listed twice has two).
    const note = await page.getByRole('region', { name: 'Export sites' }).innerText();
    const n = Number(/hold the (\d+) records that match the current filters/.exec(note)?.[1]);
    expect(n).toBeGreaterThanOrEqual(places);
    const { name, text } = await download(page, () =>
      page
        .getByRole('group', { name: 'Export the filtered site list' })
        .getByRole('button', { name: 'Export as CSV' })
        .click(),
    );
    expect(name).toBe('lanzhou-sites.csv');
    const rows = text
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toMatch(
      /^name,id,name_zh,name_en,layer,district,address,era,level,grade,category,precision,position_source,sources,lon,lat/,
    );
    // One row per record the note counts, all museums.
    expect(rows.length - 1).toBe(n);
    expect(rows.slice(1).every((r) => r.includes(',museums,'))).toBe(true);
    const lonLat = rows
      .slice(1)
      .map((r) => r.split(','))
      .filter((c) => /^\d+\.\d+$/.test(c.at(-1) ?? ''));
    expect(lonLat.length).toBeGreaterThan(0);
    expect(g.errors).toEqual([]);
    expect(g.external).toEqual([]);
  });
});
