// A map a visitor can use: one marker per place, every located site reachable by a click, the place card
// (badges, actions, Directions deep links, Share), the side-panel tabs, the phone's bottom sheet and header,
// the desktop header in one row, and the route's own colour, count and fit. Screenshots go to test-artifacts/.
//   E2E_PORT=4304 npx vitest run --project e2e tests/e2e/place-card.test.ts
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import gcoord from 'gcoord';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gotoApp, guardedBrowser, screenshot, waitIdle } from './browser';

const { open, page: blankPage } = guardedBrowser();

interface Site {
  id: string;
  layer: string;
  name_zh: string;
  name_en: string;
  lon: number;
  lat: number;
}

/** Every located point of the shipped data, read the way the validator reads it. */
function locatedSites(): Site[] {
  const out: Site[] = [];
  for (const file of ['scenic-spots', 'heritage-units', 'museums', 'tourist-line', 'ich-items', 'designations']) {
    const fc = JSON.parse(readFileSync(join(process.cwd(), 'geodata', `${file}.geojson`), 'utf8')) as {
      features: Array<{
        geometry: { type: string; coordinates: number[] } | null;
        properties: Record<string, unknown>;
      }>;
    };
    for (const f of fc.features) {
      if (f.geometry?.type !== 'Point' || f.properties['precision'] === 'unknown') continue;
      const [lon = 0, lat = 0] = f.geometry.coordinates;
      const p = f.properties;
      out.push({
        id: String(p['id']),
        layer: String(p['layer']),
        name_zh: String(p['name_zh']),
        name_en: String(p['name_en']),
        lon,
        lat,
      });
    }
  }
  return out;
}

const card = (page: Page, name = '详情') => page.getByRole('complementary', { name });

/** Screen position of the place marker drawn for a point, after centring the map on it. */
async function markerAt(page: Page, lon: number, lat: number, zoom = 15): Promise<{ x: number; y: number } | null> {
  await page.evaluate(
    ([lon, lat, zoom]) => window.__map!.jumpTo({ center: [lon!, lat!], zoom: zoom! }),
    [lon, lat, zoom],
  );
  await waitIdle(page);
  return page.evaluate(
    ([lon, lat]) => {
      const map = window.__map!;
      const p = map.project([lon!, lat!]);
      const hits = map.queryRenderedFeatures(
        [
          [p.x - 4, p.y - 4],
          [p.x + 4, p.y + 4],
        ],
        { layers: ['lcm-places-point'] },
      );
      if (!hits.length) return null;
      const r = map.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    [lon, lat],
  );
}

describe('one marker per place', () => {
  it('白塔山 is one marker whose card lists all its designations as badges', async () => {
    const { page } = await open('');
    await page.evaluate(() => window.__map!.jumpTo({ center: [103.8076, 36.0704], zoom: 15 }));
    await waitIdle(page);
    const drawn = await page.evaluate(() =>
      window
        .__map!.queryRenderedFeatures({ layers: ['lcm-places-point'] })
        .filter((f) => String(f.properties?.name_zh).startsWith('白塔山'))
        .map((f) => String(f.properties?.id)),
    );
    expect(drawn).toEqual(['baita-mountain-park']);
    const at = await markerAt(page, 103.807648, 36.070381);
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    const c = card(page);
    await c.waitFor();
    await expect(c.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('白塔山景区');
    const badges = await c.getByRole('list', { name: '称号' }).getByRole('listitem').allTextContents();
    expect(badges).toEqual(['3A级景区', '省级文物保护单位', '风情线站点']);
    // Actions in one row, in this order, right under the summary.
    const actions = c.getByRole('group', { name: '操作' });
    const names = await actions.getByRole('button').allTextContents();
    expect(names.map((n) => n.trim())).toEqual(['加入路线', '导航', '分享']);
    await screenshot(page, 'card-desktop-zh');
  });

  it('a click on every located site opens a card that covers it: none is hidden under another', async () => {
    const { page } = await open('?lang=en');
    const sites = locatedSites();
    expect(sites.length).toBeGreaterThan(10);
    const cardText = new Map<string, string>();
    for (const s of sites) {
      // The markers drawn within 100 px of the site (a place's marker sits on its primary member, which may be
      // up to ~200 m away: about 100 px at z 15), nearest first.
      await page.evaluate(([lon, lat]) => window.__map!.jumpTo({ center: [lon!, lat!], zoom: 15 }), [s.lon, s.lat]);
      await waitIdle(page);
      const candidates = await page.evaluate(
        ([lon, lat]) => {
          const map = window.__map!;
          const p = map.project([lon!, lat!]);
          const r = map.getCanvas().getBoundingClientRect();
          return map
            .queryRenderedFeatures(
              [
                [p.x - 100, p.y - 100],
                [p.x + 100, p.y + 100],
              ],
              { layers: ['lcm-places-point'] },
            )
            .map((f) => {
              const q = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
              return {
                id: String(f.properties?.id),
                x: r.left + q.x,
                y: r.top + q.y,
                d: Math.hypot(q.x - p.x, q.y - p.y),
              };
            })
            .sort((a, b) => a.d - b.d);
        },
        [s.lon, s.lat],
      );
      expect(candidates.length, `${s.id} drawn`).toBeGreaterThan(0);
      // A marker already clicked for another member of its place need not be clicked again.
      let found = candidates.some((c) => cardText.get(c.id)?.includes(s.name_en));
      for (const c of found ? [] : candidates) {
        await page.mouse.click(c.x, c.y);
        // Several different places under one click: a chooser lists them; take this site's entry if it has one.
        const chooser = page.getByRole('dialog', { name: 'Choose a place' });
        if (await chooser.isVisible()) {
          const entries = chooser.getByRole('button');
          const named = entries.filter({ hasText: s.name_en });
          await ((await named.count()) ? named.first() : entries.first()).click();
        }
        const card = page.getByRole('complementary', { name: 'Site details' });
        await card.waitFor();
        // The card names the site itself, or lists it among the place's members (in "About this data").
        const text = (await card.textContent())!;
        cardText.set(c.id, text);
        found = text.includes(s.name_en);
        await page.keyboard.press('Escape');
        await card.waitFor({ state: 'hidden' });
        if (found) break;
      }
      expect(found, `${s.id} reachable by a click`).toBe(true);
    }
  }, 480_000);
});

describe('place card', () => {
  it('Directions hands the WGS84 position to Baidu and OSM and the converted GCJ-02 one to Amap; Share copies the permalink', async () => {
    const g = await open('?site=baita-mountain-park&lang=en');
    const { page } = g;
    await g.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    const c = card(page, 'Site details');
    await c.waitFor();
    await c.getByRole('button', { name: 'Directions' }).click();
    const menu = c.getByRole('list', { name: 'Open directions in' });
    const href = async (name: string) => new URL((await menu.getByRole('link', { name }).getAttribute('href'))!);
    const baidu = await href('Baidu Maps');
    expect(baidu.searchParams.get('location')).toBe('36.070381,103.807648');
    expect(baidu.searchParams.get('coord_type')).toBe('wgs84');
    const osm = await href('OpenStreetMap');
    expect(osm.searchParams.get('to')).toBe('36.070381,103.807648');
    const amap = await href('Amap');
    const [lon, lat] = amap.searchParams.get('to')!.split(',').map(Number);
    const [elon, elat] = gcoord.transform([103.807648, 36.070381], gcoord.WGS84, gcoord.GCJ02);
    expect(lon).toBeCloseTo(elon, 6);
    expect(lat).toBeCloseTo(elat, 6);
    // Links open in a new tab and never leave the page by themselves (the network guard would record it).
    expect(
      await menu.getByRole('link').evaluateAll((as) => as.every((a) => a.getAttribute('target') === '_blank')),
    ).toBe(true);
    // Escape closes the open menu only: the card stays, focus returns to Directions.
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    await expect(c.isVisible()).resolves.toBe(true);
    await expect(
      c.getByRole('button', { name: 'Directions' }).evaluate((b) => b === document.activeElement),
    ).resolves.toBe(true);

    await c.getByRole('button', { name: 'Share' }).click();
    await c.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get('site')).toBe('baita-mountain-park');
    // Every value fits: no fact row is wider than the card.
    const overflow = await c.evaluate(
      (el) => [...el.querySelectorAll('dd, dt, p, li')].filter((x) => x.scrollWidth > x.clientWidth + 1).length,
    );
    expect(overflow).toBe(0);
    await screenshot(page, 'card-desktop-en');
  });

  it('a site with no position gets name-and-city searches instead of coordinates', async () => {
    const { page } = await open('?site=lanzhou-taiping-drum&lang=en');
    const c = card(page, 'Site details');
    await c.waitFor();
    await c.getByRole('button', { name: 'Directions' }).click();
    const amap = new URL((await c.getByRole('link', { name: 'Amap' }).getAttribute('href'))!);
    expect(amap.pathname).toBe('/search');
    expect(amap.searchParams.get('keyword')).toBe('兰州太平鼓');
    expect(amap.searchParams.get('city')).toBe('兰州');
  });
  it('a statement only weak sources carry says "Unverified"; About this data names the kind of each source', async () => {
    // 红山寺遗址 (Hongsi Site): its listing rests on copies of unknown origin and an OpenStreetMap object.
    const { page } = await open('?lang=en&site=hongsi-site');
    const card = page.getByRole('complementary', { name: 'Site details' });
    await card.waitFor();
    const fact = card.getByText('Gansu provincial protected unit, batch 5 (1993).');
    await expect(fact.locator('.badge-unverified').textContent()).resolves.toBe('Unverified');
    await card.getByText('About this data').click();
    const sources = card
      .getByRole('list')
      .filter({ has: page.getByRole('link') })
      .last();
    const kinds = await sources.locator('li .badge-source').allTextContents();
    expect(kinds).toContain('Copy of unknown origin');
    expect(kinds).toContain('OpenStreetMap or Wikidata');
    expect(kinds.length).toBe(await sources.getByRole('link').count());
    // In Chinese too.
    await page.getByRole('button', { name: '切换到中文' }).click();
    const cardZh = page.getByRole('complementary', { name: '详情' });
    await expect(cardZh.locator('.badge-unverified').first().textContent()).resolves.toBe('未核实');
    await cardZh.getByText('关于这些数据').click();
    await expect(cardZh.getByText('来源不明的转载').first().isVisible()).resolves.toBe(true);
  });

  it('key facts of a place with several designations say which designation a year or batch belongs to', async () => {
    for (const [query, viewport, expected] of [
      [
        '?site=baita-mountain-park',
        { width: 390, height: 844 },
        [
          ['评定年份（3A级景区）', '2021'],
          ['公布年份（省级文物保护单位）', '2011'],
          ['批次（省级文物保护单位）', '7'],
        ],
      ],
      [
        '?lang=en&site=baita-mountain-park',
        undefined,
        [
          ['Year rated (3A scenic spot)', '2021'],
          ['Year listed (Provincial protection unit)', '2011'],
          ['Batch (Provincial protection unit)', '7'],
        ],
      ],
    ] as const) {
      const { page } = await open(query, viewport);
      const card = page.getByRole('complementary', { name: /^(Site details|详情)$/ });
      await card.waitFor();
      const facts = card.locator('dl.card-facts');
      const rows = await facts.evaluate((dl) =>
        [...dl.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
      );
      for (const row of expected) expect(rows).toContainEqual(row);
      await facts.scrollIntoViewIfNeeded();
      await screenshot(page, `card-facts-by-designation-${viewport ? 'phone-zh' : 'desktop-en'}`);
    }
  });

  it('About this data names each source by a short readable title, linked; the full title is its tooltip', async () => {
    for (const [query, about, viewport] of [
      ['?lang=en&site=zhongshan-bridge', 'About this data', undefined],
      ['?site=zhongshan-bridge', '关于这些数据', { width: 390, height: 844 }],
    ] as const) {
      const { page } = await open(query, viewport);
      const card = page.getByRole('complementary', { name: /^(Site details|详情)$/ });
      await card.waitFor();
      await card.getByText(about).click();
      // A repository file cited as "GitHub owner/repo: data/national-level/62.json @ 0dbd96e11d03".
      // (Listed once under Sources; the facts it supports link to it too.)
      const repo = card
        .locator('.details-sources')
        .getByRole('link', { name: 'GitHub lingdian1226/china-cultural-heritage · 62.json', exact: true });
      await expect(repo.getAttribute('href')).resolves.toBe('https://github.com/lingdian1226/china-cultural-heritage');
      await expect(repo.getAttribute('title')).resolves.toContain('data/national-level/62.json');
      await repo.scrollIntoViewIfNeeded();
      await screenshot(page, `card-source-titles-${viewport ? 'phone-zh' : 'desktop-en'}`);
      for (const name of await card.locator('.details-sources a').allInnerTexts()) {
        expect(name.length, name).toBeLessThanOrEqual(71);
        expect(name, name).not.toMatch(/@ [0-9a-f]{7}|commit [0-9a-f]{7}/);
      }
    }
  });

  it('a keyboard user on a card button keeps focus when the late card sections arrive', async () => {
    // The nearby/length sections come from a lazily loaded chunk; hold it back until the user is on a button.
    const g = await blankPage();
    let release = (): void => {};
    const gate = new Promise<void>((r) => (release = r));
    await g.page.route(/analysis-details-runtime[^/]*\.js$/, async (route) => {
      await gate;
      await route.fallback();
    });
    await gotoApp(g.page, '?lang=en&site=lanzhou-city-museum');
    const c = card(g.page, 'Site details');
    await c.getByText('Computing…').waitFor();
    await c.getByRole('button', { name: 'Suggest a position' }).focus();
    release();
    await c.getByText('Computing…').waitFor({ state: 'detached' });
    await expect(
      c.getByRole('button', { name: 'Suggest a position' }).evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    // And Enter on it still does what it says.
    await g.page.keyboard.press('Enter');
    await g.page.getByRole('region', { name: 'Suggest a position: Lanzhou City Museum' }).waitFor();
  });
});

describe('side panel tabs', () => {
  it('List opens in view and takes focus; arrow keys move between tabs; ?list=1 opens the List tab', async () => {
    const { page } = await open('?lang=en');
    const tabs = page.getByRole('tablist');
    await tabs.getByRole('tab', { name: 'List' }).click();
    const heading = page.getByRole('heading', { name: 'Sites list' });
    await expect(heading.isVisible()).resolves.toBe(true);
    const box = await heading.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(800);
    await expect(page.evaluate(() => document.activeElement?.closest('[role=tabpanel]')?.id)).resolves.toBe(
      'side-tabpanel-list',
    );
    await tabs.getByRole('tab', { name: 'List' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(tabs.getByRole('tab', { name: 'Filters' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Filters');

    const g2 = await open('?lang=en&list=1');
    await expect(g2.page.getByRole('tab', { name: 'List' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(g2.page.getByRole('heading', { name: 'Sites list' }).isVisible()).resolves.toBe(true);
  });

  it('1024×768: the header is one row', async () => {
    const { page } = await open('?lang=en', { width: 1024, height: 768 });
    const header = await page.getByRole('banner').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(60);
    const controls = page.getByRole('banner').locator('button:visible, input:visible');
    for (const el of await controls.all()) {
      const b = await el.boundingBox();
      expect(b!.x + b!.width).toBeLessThanOrEqual(1024);
      expect(b!.y).toBeLessThan(header!.y + header!.height);
    }
    await screenshot(page, 'header-1024-en');
  });
});

describe('phone 390×844', () => {
  it('an opened site lies above the card sheet; no header control is off-screen; the layers sheet starts collapsed', async () => {
    const { page } = await open('?lang=en', { width: 390, height: 844 });
    const side = await page.locator('#side').boundingBox();
    expect(side!.height).toBeLessThan(120);
    for (const el of await page.getByRole('banner').locator('button:visible, input:visible').all()) {
      const b = await el.boundingBox();
      expect(b!.x).toBeGreaterThanOrEqual(0);
      expect(b!.x + b!.width).toBeLessThanOrEqual(390);
    }
    // Header = search + menu; the menu holds the tools.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Route' }).waitFor();
    await page.keyboard.press('Escape');

    await page.getByRole('combobox', { name: 'Search sites' }).fill('baita');
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
    const c = card(page, 'Site details');
    await c.waitFor();
    await waitIdle(page);
    const sheetTop = (await c.boundingBox())!.y;
    const marker = await page.evaluate(() => {
      const map = window.__map!;
      const f = map.queryRenderedFeatures({ layers: ['lcm-selected'] })[0];
      if (!f || f.geometry.type !== 'Point') return null;
      const p = map.project(f.geometry.coordinates as [number, number]);
      return p.y + map.getCanvas().getBoundingClientRect().top;
    });
    expect(marker).not.toBeNull();
    expect(marker!).toBeLessThan(sheetTop - 10);
    expect(marker!).toBeGreaterThan(60);
    // The base-map notice (the network is cut here) sits under the header, clear of the card and its actions.
    // (Notices dismiss themselves after 12 s, so where they appear is read from their container.)
    const noticesTop = await page.locator('#notices').evaluate((el) => el.getBoundingClientRect().top);
    expect(noticesTop).toBeLessThan(120);
    expect(noticesTop).toBeLessThan(sheetTop);
    await screenshot(page, 'card-phone-en');
  });
});
