// Issue "every site visible somewhere": unplaced sites as district markers (counts follow layers and filters;
// activation opens the filtered List), approximate positions drawn with their uncertainty ring, and
// "Suggest a position" end to end — by mouse (the City Museum journey, timed) and by keyboard, a reload, export
// (the downloaded file read back and checked), re-import through the Import picker, and corrupt storage.
//   E2E_PORT=4306 E2E_DIST=dist-suggest npx vitest run --project e2e tests/e2e/suggest.test.ts
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gotoApp, guardedBrowser, screenshot, waitIdle, waitSettled } from './browser';

const { open, page: openBlank } = guardedBrowser();

// Expected counts from the shipped layer files, computed here (not with the app's code).
interface RawFeature {
  geometry: { type: string; coordinates: number[] } | null;
  properties: {
    id: string;
    layer: string;
    name_en: string;
    district: string | null;
    precision: string;
    level?: string | null;
  };
}
const LAYER_FILES = [
  'tourist-line',
  'scenic-spots',
  'heritage-units',
  'museums',
  'ich-items',
  'designations',
  'transport',
];
const ALL: RawFeature[] = LAYER_FILES.flatMap(
  (l) =>
    (JSON.parse(readFileSync(join(process.cwd(), 'geodata', `${l}.geojson`), 'utf8')) as { features: RawFeature[] })
      .features,
);
const unplacedIn = (district: string, keep: (f: RawFeature) => boolean = () => true) =>
  ALL.filter(
    (f) =>
      (f.geometry === null || f.properties.precision === 'unknown') && f.properties.district === district && keep(f),
  );
const markerName = (n: number, district: string) =>
  `${n} site${n === 1 ? '' : 's'} in ${district} without a known position`;
const CHENGGUAN = 'Chengguan District (城关区)';

describe('unplaced sites on the map', () => {
  // Long journeys: on a loaded 2-core machine each step waits for the software-rendered map.
  it(
    'one dashed marker per district, counts following the layer toggles and filters; activation opens the filtered List',
    { timeout: 240_000 },
    async () => {
      const { page } = await open('?lang=en');
      const all = unplacedIn('城关区');
      expect(all.length).toBeGreaterThan(0);
      const marker = () =>
        page.getByRole('button', { name: / in Chengguan District \(城关区\) without a known position$/ });
      await expect(marker().getAttribute('aria-label')).resolves.toBe(markerName(all.length, CHENGGUAN));
      // Hollow and dashed, never a filled site dot.
      await expect(marker().evaluate((el) => getComputedStyle(el).borderStyle)).resolves.toBe('dashed');
      await expect(
        page.getByRole('button', { name: markerName(unplacedIn('榆中县').length, 'Yuzhong County (榆中县)') }).count(),
      ).resolves.toBe(1);

      // Layer toggle: museums off → their unplaced sites leave the count.
      await page.getByRole('checkbox', { name: 'Museums' }).uncheck();
      const noMuseums = unplacedIn('城关区', (f) => f.properties.layer !== 'museums');
      await expect(marker().getAttribute('aria-label')).resolves.toBe(markerName(noMuseums.length, CHENGGUAN));
      await page.getByRole('checkbox', { name: 'Museums' }).check();

      // A filter: national protection level narrows heritage units and ICH items only.
      await page.getByRole('tab', { name: 'Filters' }).click();
      await page.getByRole('checkbox', { name: 'National key protection unit' }).check();
      const national = unplacedIn(
        '城关区',
        (f) => !['heritage-units', 'ich-items'].includes(f.properties.layer) || f.properties.level === 'national',
      );
      await expect(marker().getAttribute('aria-label')).resolves.toBe(markerName(national.length, CHENGGUAN));
      await page.getByRole('button', { name: /^Clear filters/ }).click();
      await expect(marker().getAttribute('aria-label')).resolves.toBe(markerName(all.length, CHENGGUAN));

      // Click: the List opens, filtered to the district and to "position unknown".
      await marker().click();
      const list = page.getByRole('region', { name: 'Sites list' });
      await list.waitFor();
      const rows = list.getByRole('list').getByRole('button');
      await expect(rows.count()).resolves.toBe(all.length);
      const names = await rows.evaluateAll((els) =>
        els.map((e) => e.querySelector('.site-row-name')?.textContent ?? ''),
      );
      expect(names.sort()).toEqual(all.map((f) => f.properties.name_en).sort());
      await expect(rows.first().evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      expect(page.url()).toContain('position=unknown');
      expect(decodeURIComponent(page.url())).toContain('district=城关区');
      // The filters that did it are in the Filters tab.
      await page.getByRole('tab', { name: 'Filters' }).click();
      await expect(page.getByRole('checkbox', { name: 'Position unknown only' }).isChecked()).resolves.toBe(true);
      await expect(page.getByRole('checkbox', { name: 'Chengguan District' }).isChecked()).resolves.toBe(true);
      // With only that district left, the other districts' markers are gone.
      await expect(page.locator('.unplaced-marker').count()).resolves.toBe(1);
      await screenshot(page, 'suggest-district-list');

      // Keyboard: a marker is a button; Enter on it does the same.
      await page.getByRole('button', { name: /^Clear filters/ }).click();
      const yuzhong = unplacedIn('榆中县');
      const yMarker = page.getByRole('button', { name: markerName(yuzhong.length, 'Yuzhong County (榆中县)') });
      await yMarker.focus();
      await page.keyboard.press('Enter');
      await expect(rows.count()).resolves.toBe(yuzhong.length);
      await expect(rows.first().evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    },
  );

  it('an approximate point is drawn with a dashed ring of its uncertainty radius', async () => {
    const approx = ALL.filter((f) => f.properties.precision === 'approximate' && f.geometry?.type === 'Point');
    const target = approx.find((f) => f.properties.id === 'shichuan-pear-orchard') ?? approx[0]!;
    const [lon, lat] = target.geometry!.coordinates as [number, number];
    const { page } = await open(`?lang=en&map=12/${lat}/${lon}`);
    await waitIdle(page);
    const ring = await page.evaluate((id) => {
      const map = window.__map!;
      const f = map
        .queryRenderedFeatures({ layers: ['lcm-overlay-uncertainty-line'] })
        .find((x) => x.properties?.id === id);
      return f
        ? {
            radius: f.properties?.radius_m as number,
            dash: map.getPaintProperty('lcm-overlay-uncertainty-line', 'line-dasharray'),
          }
        : null;
    }, target.properties.id);
    expect(ring).not.toBeNull();
    // The data's own radius when it states one, else the 2 km bound of "approximate".
    const stated = (target.properties as { uncertainty_m?: number | null }).uncertainty_m;
    expect(ring!.radius).toBe(stated ?? 2000);
    expect(ring!.dash).toBeTruthy();
  });
});

/** What is on top at the middle of a box: 'pin' for the placement pin, else the element's opening tag. */
async function topmostAt(page: Page, b: { x: number; y: number; width: number; height: number }): Promise<string> {
  return page.evaluate(
    ({ x, y }) => {
      const el = document.elementFromPoint(x, y);
      if (el?.closest('[aria-label^="Position pin"]')) return 'pin';
      return el ? el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1) : 'nothing';
    },
    { x: b.x + b.width / 2, y: b.y + b.height / 2 },
  );
}

/** Reads the position the panel shows ("Latitude 36.061234, longitude 103.826543 (WGS84)"). */
async function shownPosition(page: Page): Promise<[number, number]> {
  const text = (await page.locator('#suggest-panel .suggest-coords').textContent()) ?? '';
  const m = /Latitude (-?[\d.]+), longitude (-?[\d.]+)/.exec(text);
  expect(m, text).not.toBeNull();
  return [Number(m![2]), Number(m![1])];
}

async function openSite(page: Page, query: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Search sites' });
  await box.fill(query);
  await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
  await box.press('ArrowDown');
  await box.press('Enter');
  await page.getByRole('complementary', { name: 'Site details' }).waitFor();
}

const myList = (page: Page) => page.getByRole('list', { name: 'My suggestions' });

describe('suggest a position', () => {
  it(
    'by mouse: a planner places the City Museum with a source in under a minute; reload, export, re-import',
    { timeout: 240_000 },
    async () => {
      const g = await open('?lang=en');
      const { page } = g;
      const t0 = Date.now();
      await openSite(page, '兰州市博物馆');
      const card = page.getByRole('complementary', { name: 'Site details' });
      await expect(card.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Lanzhou City Museum');
      await card.getByRole('button', { name: 'Suggest a position' }).click();
      const panel = page.getByRole('region', { name: 'Suggest a position: Lanzhou City Museum' });
      await panel.waitFor();
      await waitIdle(page);
      // A crosshair over the map while placing.
      await expect(
        page.locator('#map .maplibregl-canvas-container').evaluate((el) => el.classList.contains('placing')),
      ).resolves.toBe(true);
      // Click a spot on the map near the pin (a test input, not a claim about where the museum is): the pin goes
      // there. Relative to the pin, once the camera has stopped, so a late easing cannot move the spot elsewhere.
      await waitSettled(page);
      const start = (await page.getByRole('button', { name: /^Position pin at latitude/ }).boundingBox())!;
      // The map brought the pin into the part the suggest panel leaves free: nothing covers it.
      await expect(topmostAt(page, start)).resolves.toBe('pin');
      // Whole pixels: the page receives integer mouse positions.
      const click = { x: Math.round(start.x + start.width / 2 + 30), y: Math.round(start.y + start.height / 2 + 20) };
      await page.mouse.click(click.x, click.y);
      const placed = await shownPosition(page);
      const expected = await page.evaluate(({ x, y }) => {
        const r = window.__map!.getCanvas().getBoundingClientRect();
        const ll = window.__map!.unproject([x - r.left, y - r.top]);
        return [ll.lng, ll.lat];
      }, click);
      // Within half a pixel at zoom 14 (≈ 2 m).
      expect(placed[0]).toBeCloseTo(expected[0]!, 4);
      expect(placed[1]).toBeCloseTo(expected[1]!, 4);
      await expect(panel.locator('.suggest-check').textContent()).resolves.toBe(
        'The point is in Chengguan District (城关区), the district our data gives.',
      );
      // Drag the pin 40 px to the right.
      const pin = page.getByRole('button', { name: /^Position pin at latitude/ });
      await waitSettled(page);
      const pb = (await pin.boundingBox())!;
      // What a person would grab: the pin itself is under the pointer (not a panel or the map beside it).
      await expect(topmostAt(page, pb)).resolves.toBe('pin');
      await page.mouse.move(pb.x + pb.width / 2, pb.y + pb.height / 2);
      await page.mouse.down();
      await page.mouse.move(pb.x + pb.width / 2 + 20, pb.y + pb.height / 2, { steps: 4 });
      await page.mouse.move(pb.x + pb.width / 2 + 40, pb.y + pb.height / 2, { steps: 4 });
      await page.mouse.up();
      const dragged = await shownPosition(page);
      expect(dragged[0]).toBeGreaterThan(placed[0]);
      expect(dragged[1]).toBeCloseTo(placed[1], 4);

      await panel.getByRole('button', { name: 'Use this position' }).click();
      // The source is required.
      await panel.getByRole('button', { name: 'Save suggestion' }).click();
      await expect(panel.getByText('Give the web address of your source.').isVisible()).resolves.toBe(true);
      const url = 'https://www.example.org/lanzhou-city-museum-address';
      await panel.getByLabel('Web address (URL)').fill(url);
      await panel.getByLabel('Your name (optional)').fill('Test planner');
      await panel.getByRole('button', { name: 'Save suggestion' }).click();
      await page.getByText('Your suggestion for “Lanzhou City Museum” is saved.').waitFor();
      const seconds = (Date.now() - t0) / 1000;
      console.log(
        `City Museum placed with a source in ${seconds.toFixed(1)} s (search → card → place → drag → source → save)`,
      );
      expect(seconds).toBeLessThan(60);

      // Drawn as "your suggestion", listed under My suggestions, shown in the card.
      await expect(panel.isVisible()).resolves.toBe(false);
      await expect(card.getByRole('heading', { name: 'Your suggestion' }).count()).resolves.toBe(1);
      await expect(myList(page).getByRole('button', { name: 'Open “Lanzhou City Museum”' }).count()).resolves.toBe(1);
      await waitIdle(page);
      const drawn = await page.evaluate(() =>
        window.__map!.queryRenderedFeatures({ layers: ['lcm-overlay-suggestion-point'] }).map((f) => f.properties?.id),
      );
      expect(drawn).toContain('lanzhou-city-museum');
      await screenshot(page, 'suggest-saved');

      // Survives a reload.
      await page.reload();
      await page.waitForFunction(() => document.body.dataset.mapReady === 'true', null, { timeout: 60_000 });
      await expect(myList(page).getByRole('listitem').count()).resolves.toBe(1);
      await expect(myList(page).textContent()).resolves.toContain(
        `Latitude ${dragged[1].toFixed(6)}, longitude ${dragged[0].toFixed(6)}`,
      );

      // Export: one contribution file, read back from the download.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export suggestions' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^lanzhou-suggestions-\d{4}-\d{2}-\d{2}\.geojson$/);
      // Saved under its own name, as a browser would, so the import below sees a real file name.
      const path = join(mkdtempSync(join(tmpdir(), 'lcm-suggest-')), download.suggestedFilename());
      await download.saveAs(path);
      const file = JSON.parse(readFileSync(path, 'utf8')) as {
        type: string;
        format: string;
        version: number;
        features: Array<{ geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }>;
      };
      expect(file.type).toBe('FeatureCollection');
      expect(file.format).toBe('lanzhou-cultural-map/contribution');
      expect(file.version).toBe(1);
      expect(file.features).toHaveLength(1);
      const [f] = file.features;
      expect(f!.geometry.type).toBe('Point');
      expect(f!.geometry.coordinates[0]).toBeCloseTo(dragged[0], 6);
      expect(f!.geometry.coordinates[1]).toBeCloseTo(dragged[1], 6);
      expect(f!.properties).toMatchObject({
        site_id: 'lanzhou-city-museum',
        precision: 'exact',
        uncertainty_m: null,
        source: { kind: 'url', url },
        note: null,
        contributor: 'Test planner',
        app_version: JSON.parse(readFileSync('package.json', 'utf8')).version,
      });
      expect(Date.now() - Date.parse(String(f!.properties.created))).toBeLessThan(10 * 60_000);

      // Remove, then import the exported file: it comes back as a suggestion.
      await myList(page).getByRole('button', { name: 'Remove the suggestion for “Lanzhou City Museum”' }).click();
      await expect(page.getByText('No suggestions yet.', { exact: false }).isVisible()).resolves.toBe(true);
      await page.getByLabel('Import', { exact: true }).setInputFiles(path);
      await page
        .getByText(`Read 1 position suggestions from “${download.suggestedFilename()}”; see “My suggestions”.`)
        .waitFor();
      await expect(myList(page).getByRole('button', { name: 'Open “Lanzhou City Museum”' }).count()).resolves.toBe(1);
      await expect(myList(page).textContent()).resolves.toContain(url);
      // It did not become an imported layer.
      await expect(page.getByRole('list', { name: 'Imported layers' }).getByRole('listitem').count()).resolves.toBe(0);
    },
  );

  it(
    'by keyboard: arrows move the pin, Enter confirms, the form submits with Enter; Esc cancels; a wrong district is named',
    { timeout: 240_000 },
    async () => {
      const { page } = await open('?lang=en');
      await openSite(page, 'Lanzhou City Museum');
      const card = page.getByRole('complementary', { name: 'Site details' });
      const button = card.getByRole('button', { name: 'Suggest a position' });
      await button.press('Enter');
      const pin = page.getByRole('button', { name: /^Position pin at latitude/ });
      await expect(pin.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await waitIdle(page);
      const start = await shownPosition(page);
      const pxBefore = await page.evaluate((p) => window.__map!.project(p as [number, number]), start);
      for (const k of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowUp', 'ArrowUp']) await page.keyboard.press(k);
      const moved = await shownPosition(page);
      const pxAfter = await page.evaluate((p) => window.__map!.project(p as [number, number]), moved);
      // 10 px per press: 30 px right, 20 px up.
      expect(pxAfter.x - pxBefore.x).toBeCloseTo(30, 0);
      expect(pxAfter.y - pxBefore.y).toBeCloseTo(-20, 0);
      await expect(pin.getAttribute('aria-label')).resolves.toContain(`latitude ${moved[1].toFixed(6)}`);

      // Esc cancels: nothing saved, focus back on the card's button.
      await page.keyboard.press('Escape');
      await page.getByText('Cancelled; nothing was saved.').waitFor();
      await expect(page.locator('#suggest-panel').isVisible()).resolves.toBe(false);
      await expect(
        card.getByRole('button', { name: 'Suggest a position' }).evaluate((el) => el === document.activeElement),
      ).resolves.toBe(true);
      await expect(myList(page).count()).resolves.toBe(0);

      // Again; zoom out with "-", then Shift+arrows walk the pin west out of 城关区: the check names the district.
      await page.keyboard.press('Enter');
      await expect(pin.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      // Once the map has finished bringing the pin into view.
      await waitSettled(page);
      const zoomBefore = await page.evaluate(() => window.__map!.getZoom());
      await page.keyboard.press('-');
      await page.keyboard.press('-');
      await waitIdle(page);
      await expect(page.evaluate(() => window.__map!.getZoom())).resolves.toBeCloseTo(zoomBefore - 2, 1);
      const check = page.locator('#suggest-panel .suggest-check');
      for (let i = 0; i < 40 && !/Warning: the point is in /.test((await check.textContent()) ?? ''); i++)
        await page.keyboard.press('Shift+ArrowLeft');
      await expect(check.textContent()).resolves.toMatch(
        /^Warning: the point is in (Qilihe District \(七里河区\)|Anning District \(安宁区\)|Xigu District \(西固区\)), but our data places this site in Chengguan District \(城关区\)\./,
      );
      // Back east until the check is happy again.
      for (let i = 0; i < 40 && !/^The point is in Chengguan/.test((await check.textContent()) ?? ''); i++)
        await page.keyboard.press('ArrowRight');
      await expect(check.textContent()).resolves.toMatch(/^The point is in Chengguan District/);
      const chosen = await shownPosition(page);

      // Enter confirms the pin: focus goes to the source; on-site visit with a date, by keyboard.
      await page.keyboard.press('Enter');
      await expect(page.getByLabel('Web address (URL)').evaluate((el) => el === document.activeElement)).resolves.toBe(
        true,
      );
      await page.getByLabel('On-site visit').focus();
      await page.keyboard.press('Space');
      // The date field's own keyboard entry follows the browser's locale (mm/dd/yyyy here); fill sets it as ISO.
      await page.getByLabel('Date of the visit').fill('2099-01-01');
      await page.getByLabel('Date of the visit').press('Enter');
      await expect(page.getByText('The date of the visit cannot be after today.').isVisible()).resolves.toBe(true);
      await page.getByLabel('Date of the visit').fill('2025-10-01');
      await page.getByLabel('Note (optional)').fill('East gate on 庆阳路');
      await page.getByLabel('Your name (optional)').focus();
      await page.keyboard.press('Enter');
      await page.getByText('Your suggestion for “Lanzhou City Museum” is saved.').waitFor();
      await expect(myList(page).textContent()).resolves.toContain('on-site visit, 2025-10-01');
      await expect(myList(page).textContent()).resolves.toContain(`Latitude ${chosen[1].toFixed(6)}`);
    },
  );

  it('Chinese: 提供位置 and 保存建议, the marker named 城关区 N 处位置未知', async () => {
    const { page } = await open('');
    const n = unplacedIn('城关区').length;
    await expect(page.getByRole('button', { name: `城关区 ${n} 处位置未知` }).count()).resolves.toBe(1);
    const box = page.getByRole('combobox', { name: '搜索' });
    await box.fill('兰州市博物馆');
    await page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').first().waitFor();
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.getByRole('button', { name: '提供位置' }).click();
    await page.getByRole('button', { name: '使用此位置' }).click();
    await page.getByLabel('网址').fill('https://www.example.org/zh');
    await page.getByRole('button', { name: '保存建议' }).click();
    await page.getByText('已保存你对“兰州市博物馆”的位置建议。').waitFor();
    await expect(page.getByRole('list', { name: '我的建议' }).getByRole('listitem').count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: '导出建议' }).isEnabled()).resolves.toBe(true);
    // A located site offers a correction.
    await box.fill('中山桥');
    await page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').first().waitFor();
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect(page.getByRole('button', { name: '纠正位置' }).count()).resolves.toBe(1);
  });

  it('corrupt saved suggestions are backed up, the user is told where, and the app starts', async () => {
    const g = await openBlank();
    const { page } = g;
    await gotoApp(page, '?lang=en');
    const broken = '{"version":1,"suggestions":[{"type":"Feature",';
    await page.evaluate((b) => localStorage.setItem('lanzhou-map.suggestions', b), broken);
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.mapReady === 'true', null, { timeout: 60_000 });
    const notice = page.getByText(
      /Your saved position suggestions could not all be read \(damaged data\); the data was backed up to lanzhou-map\.suggestions\.backup-/,
    );
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    const key = /backed up to (\S+),/.exec(text)?.[1];
    expect(key).toBeTruthy();
    await expect(page.evaluate((k) => localStorage.getItem(k), key!)).resolves.toBe(broken);
    await expect(page.evaluate(() => localStorage.getItem('lanzhou-map.suggestions'))).resolves.toBeNull();
    await expect(page.getByText('No suggestions yet.', { exact: false }).isVisible()).resolves.toBe(true);
  });
});
