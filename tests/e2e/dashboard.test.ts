// Dashboard and data coverage: the paper's citation, its twelve SWOT items and every figure with its section in both
// languages, evidence links that change the map without a reload, fit it clear of the panels and work as
// permalinks, charts with unclipped labels and tables, coverage.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Browser, Page } from 'playwright-core';
import type { IndicatorsFile } from '../../src/data/indicators-file';
import { formatValue } from '../../src/i18n/dashboard';
import { gotoApp, launch, openPage, renderedIds, screenshot, waitIdle } from './browser';

const IND = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'geodata', 'indicators.json'), 'utf8'),
) as IndicatorsFile;
const TRANSPORT = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'geodata', 'transport.geojson'), 'utf8'),
) as FeatureCollection;

function coordsOf(g: Geometry | null): [number, number][] {
  if (!g) return [];
  if (g.type === 'Point') return [g.coordinates as [number, number]];
  if (g.type === 'LineString' || g.type === 'MultiPoint') return g.coordinates as [number, number][];
  if (g.type === 'MultiLineString' || g.type === 'Polygon') return g.coordinates.flat() as [number, number][];
  return [];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function highlighted(page: Page): Promise<string[]> {
  await waitIdle(page);
  return page.evaluate(() => {
    const map = window.__map!;
    return [
      ...new Set(map.queryRenderedFeatures({ layers: ['lcm-overlay-highlight'] }).map((f) => String(f.properties?.id))),
    ];
  });
}

async function checkedLayers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input[id^="layer-toggle-"]')]
      .filter((i) => i.checked)
      .map((i) => i.id.replace('layer-toggle-', '')),
  );
}

const QUADRANT_HEADINGS = {
  en: {
    strength: 'Strengths (S)',
    weakness: 'Weaknesses (W)',
    opportunity: 'Opportunities (O)',
    threat: 'Threats (T)',
  },
  zh: { strength: '优势（S）', weakness: '劣势（W）', opportunity: '机会（O）', threat: '威胁（T）' },
} as const;

/** Chart texts whose bounding box leaves their SVG (by more than half a pixel). */
async function clippedChartLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('#dashboard figure.chart svg')].flatMap((s) => {
      const r = s.getBoundingClientRect();
      return [...s.querySelectorAll('text')]
        .filter((t) => {
          const q = t.getBoundingClientRect();
          return (
            q.width === 0 ||
            q.left < r.left - 0.5 ||
            q.right > r.right + 0.5 ||
            q.top < r.top - 0.5 ||
            q.bottom > r.bottom + 0.5
          );
        })
        .map((t) => `${s.closest('figure')?.id}: ${t.textContent}`);
    }),
  );
}

describe('soft power dashboard', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`?view=dashboard opens with the citation, the twelve SWOT items, every figure with its section, in ${lang}`, async () => {
      const g = await openPage(browser, { viewport: { width: 1440, height: 900 } });
      await gotoApp(g.page, lang === 'en' ? '?lang=en&view=dashboard' : '?view=dashboard');
      const dash = g.page.getByRole('region', { name: lang === 'en' ? 'Soft power dashboard' : '软实力仪表板' });
      await dash.waitFor();
      await dash.locator('.kpi').first().waitFor();

      // The citation comes first: title in both languages, authors, institution, project number.
      const citation = dash.getByRole('region', { name: lang === 'en' ? 'The paper' : '论文', exact: true });
      const cited = (await citation.textContent()) ?? '';
      for (const part of [
        IND.paper.title.en,
        IND.paper.title.zh,
        IND.paper.authors[lang],
        IND.paper.institution[lang],
        '24-B17',
      ])
        expect(cited).toContain(part);
      const firstSection = await dash.locator('.dashboard-body > section').first().getAttribute('class');
      expect(firstSection).toBe('dash-citation');

      // Twelve SWOT items, three under each quadrant heading, in the paper's order, with the arguing section and
      // either an evidence link or a plain "nothing to show".
      for (const [q, heading] of Object.entries(QUADRANT_HEADINGS[lang])) {
        const quadrant = dash.getByRole('region', { name: heading, exact: true });
        const items = IND.swot.items.filter((i) => i.quadrant === q);
        expect(items).toHaveLength(3);
        await expect(
          quadrant.locator('.swot-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-swot'))),
        ).resolves.toEqual(items.map((i) => i.id));
        for (const item of items) {
          const text = (await quadrant.locator(`[data-swot="${item.id}"]`).textContent()) ?? '';
          expect(text).toContain(item.term[lang]);
          expect(text).toContain(item.text[lang]);
          expect(text).toContain(item.argued_in);
          if (item.map_evidence) expect(text).toContain(item.map_evidence[lang]);
          else
            expect(text).toContain(
              lang === 'en' ? 'The map has nothing to show for this.' : '地图上没有可显示的内容。',
            );
        }
      }

      // Every figure: its value on its tile, and the tile names the figure's section (and reference marker);
      // the group's footnote names the section and gives the reference in full.
      for (const ind of IND.indicators) {
        const el = dash.locator(`[data-indicator="${ind.id}"]`);
        await expect(el.count(), ind.id).resolves.toBe(1);
        expect((await el.textContent()) ?? '', ind.id).toContain(
          formatValue(lang, ind.value, ind.unit).replace(/ .*/, ''),
        );
        const tile = dash
          .locator('li.kpi')
          .filter({ has: g.page.locator(`[data-indicator="${ind.id}"]`) })
          .or(dash.locator(`li.kpi[data-indicator="${ind.id}"]`))
          .first();
        const tileText = (await tile.textContent()) ?? '';
        expect(tileText, ind.id).toContain(ind.section);
        if (ind.year !== null) expect(tileText, ind.id).toContain(String(ind.year));
        const footnote =
          (await tile
            .locator('xpath=ancestor::section[contains(@class,"figure-group")]')
            .locator('.dash-footnote')
            .textContent()) ?? '';
        expect(footnote, ind.id).toContain(ind.section);
        if (ind.reference) expect(footnote, ind.id).toContain(IND.references[ind.reference]![lang]);
        if (ind.year === null) expect(footnote, ind.id).toContain(ind.year_note![lang]);
        if (ind.notes) expect(footnote, ind.id).toContain(ind.notes[lang]);
      }

      // Nothing a reader sees mentions issues, trackers or repository paths.
      const visible = await g.page.evaluate(() => document.body.innerText);
      expect(visible).not.toMatch(/\bissues?\b|tracker|议题/i);
      expect(visible).not.toMatch(/\b(geodata|src|tests|scripts|docs)\/|\.(md|ts|json)\b/);
      expect(visible).not.toMatch(/not recorded|未记录/);

      // Charts: no label leaves its SVG, no doubled "X · X" label, and a better rank sits further right.
      expect(await clippedChartLabels(g.page)).toEqual([]);
      const labels = await dash.locator('figure.chart text').allTextContents();
      expect(labels.filter((l) => /^(.+) · \1$/.test(l))).toEqual([]);
      const dots = await dash
        .locator('#chart-rank circle')
        .evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cx'))));
      expect(dots).toHaveLength(3);
      const [lanzhou, xian, chengdu] = dots as [number, number, number];
      expect(xian).toBeGreaterThan(chengdu); // 7th beats 9th
      expect(chengdu).toBeGreaterThan(lanzhou); // 9th beats 25th

      await screenshot(g.page, `dashboard-${lang}`);
      expect(g.external).toEqual([]);
      expect(g.errors).toEqual([]);
      await g.context.close();
    });
  }

  it('keeps chart labels inside their SVG on a phone, in zh', async () => {
    const g = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await gotoApp(g.page, '?view=dashboard');
    await g.page.locator('#dashboard figure.chart').first().waitFor();
    expect(await clippedChartLabels(g.page)).toEqual([]);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it('a SWOT item with evidence changes the map, in zh', async () => {
    const g = await openPage(browser);
    // Start far from the corridors (zoomed in on one street) so the fit has to move the map.
    await gotoApp(g.page, '?view=dashboard&map=16/36.06/103.83');
    const dash = g.page.getByRole('region', { name: '软实力仪表板' });
    await dash.getByRole('link', { name: '在地图上查看：区位与交通' }).click();
    await dash.waitFor({ state: 'hidden' });
    expect(await checkedLayers(g.page)).toEqual(['transport']);
    expect(g.page.url()).toContain('layers=transport');
    await waitIdle(g.page);
    // The map was fitted to the transport layer: every located corridor and station lies within the view.
    const located = TRANSPORT.features.flatMap((f) => coordsOf(f.geometry));
    expect(located.length).toBeGreaterThan(0);
    const outside = await g.page.evaluate((pts) => {
      const b = window.__map!.getBounds();
      return pts.filter(([x, y]) => !b.contains([x, y]));
    }, located);
    expect(outside).toEqual([]);
    expect((await renderedIds(g.page, 'transport')).length).toBeGreaterThan(0);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  // The two evidence tests move the map many times; on a loaded machine each move settles in seconds: 3 min each.
  it('opens from the header button; SWOT evidence links change the map without a reload', async () => {
    const g = await openPage(browser);
    await gotoApp(g.page, '?lang=en');
    const open = g.page.getByRole('button', { name: 'Soft power dashboard' });
    await open.click();
    await expect(open.getAttribute('aria-expanded')).resolves.toBe('true');
    const dash = g.page.getByRole('region', { name: 'Soft power dashboard' });
    await dash.locator('.swot-item').first().waitFor();
    expect(g.page.url()).toContain('view=dashboard');
    await g.page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));

    await dash.getByRole('link', { name: 'Show on the map: Historical and cultural resources' }).click();
    await dash.waitFor({ state: 'hidden' });
    expect(await checkedLayers(g.page)).toEqual(['heritage-units', 'museums', 'ich-items']);
    expect(g.page.url()).toContain('layers=heritage-units,museums,ich-items');
    expect(g.page.url()).not.toContain('view=dashboard');

    await open.click();
    await dash.getByRole('link', { name: 'Show on the map: Geographical location and transport' }).click();
    await dash.waitFor({ state: 'hidden' });
    expect(await checkedLayers(g.page)).toEqual(['transport']);

    await open.click();
    await dash.getByRole('link', { name: 'Show on the map: Integration of resources' }).click();
    await dash.waitFor({ state: 'hidden' });
    expect(g.page.url()).toContain('highlight=unintegrated');
    const ids = await highlighted(g.page);
    expect(ids).toContain('lu-tusi-yamen');
    expect(ids).not.toContain('zhongshan-bridge');
    // The fit keeps every highlighted unit inside the map and clear of the notice that explains the rings.
    const k = Number(
      /\((\d+) of \d+ measured/.exec(
        (await g.page.locator('.notice', { hasText: 'farther than 1 km' }).textContent()) ?? '',
      )?.[1],
    );
    expect(ids).toHaveLength(k);
    const misplaced = await g.page.evaluate(() => {
      const map = window.__map!;
      const canvas = map.getCanvas().getBoundingClientRect();
      const covers = [...document.querySelectorAll('#notices .notice, #main > :not(.map)')]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0);
      return map.queryRenderedFeatures({ layers: ['lcm-overlay-highlight'] }).flatMap((f) => {
        const [x, y] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
        const p = map.project([x, y]);
        const px = canvas.left + p.x,
          py = canvas.top + p.y;
        const inside =
          px > canvas.left + 10 && px < canvas.right - 10 && py > canvas.top + 10 && py < canvas.bottom - 10;
        const covered = covers.some((r) => px >= r.left && px <= r.right && py >= r.top && py <= r.bottom);
        return inside && !covered ? [] : [String(f.properties?.id)];
      });
    });
    expect(misplaced).toEqual([]);
    await screenshot(g.page, 'dashboard-unintegrated');

    await open.click();
    await dash.getByRole('link', { name: 'Show on the map: Homogenisation' }).click();
    await dash.waitFor({ state: 'hidden' });
    const details = g.page.getByRole('complementary', { name: 'Site details' });
    await details.waitFor();
    await expect(details.textContent()).resolves.toContain('Lanzhou Old Street');
    expect(await highlighted(g.page)).toEqual([]);
    expect(g.page.url()).toContain('site=lanzhou-old-street');

    // Back returns to the highlight state: the links are history entries, not reloads.
    await g.page.goBack();
    await details.waitFor({ state: 'hidden' });
    expect(await highlighted(g.page)).toContain('lu-tusi-yamen');
    expect(await g.page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);

    expect(await g.page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
    expect(g.external).toEqual([]);
    expect(g.errors).toEqual([]);
    await g.context.close();
  }, 180_000);

  it('evidence for the cultural industry, the brands and talent: designations list, the bridge, the ranks chart', async () => {
    const g = await openPage(browser);
    await gotoApp(g.page, '?lang=en&view=dashboard');
    const open = g.page.getByRole('button', { name: 'Soft power dashboard' });
    const dash = g.page.getByRole('region', { name: 'Soft power dashboard' });
    const details = g.page.getByRole('complementary', { name: 'Site details' });
    await dash.locator('.swot-item').first().waitFor();

    // Cultural industry: the designations are listed (none has a position), the list opens.
    await dash.getByRole('link', { name: 'Show on the map: Cultural industry taking shape' }).click();
    await dash.waitFor({ state: 'hidden' });
    expect(await checkedLayers(g.page)).toEqual(['designations']);
    expect(g.page.url()).toContain('list=1');
    await expect(
      g.page.getByRole('listitem').filter({ hasText: 'Lanzhou Creative Culture Industrial Park' }).count(),
    ).resolves.toBeGreaterThan(0);

    // Brands: the bridge among the five name cards is selected on the map; the tourist line runs along the river.
    await open.click();
    const cards = dash.locator('[data-swot="weak-innovation-few-brands"] [data-card]');
    await expect(
      cards.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-card')}:${e.getAttribute('data-status')}`)),
    ).resolves.toEqual(['noodles:absent', 'bridge:exact', 'river:approximate', 'book:unknown', 'drama:absent']);
    await dash.getByRole('link', { name: 'Show on the map: Innovation and brands' }).click();
    await dash.waitFor({ state: 'hidden' });
    await details.waitFor();
    await expect(details.textContent()).resolves.toContain('Zhongshan Bridge');
    expect(await checkedLayers(g.page)).toEqual(['tourist-line', 'heritage-units']);

    // Talent: the map has nothing; the link goes to the ranks chart in the dashboard.
    await open.click();
    await dash.getByRole('link', { name: 'See the ranks chart: Talent and brain drain' }).click();
    await expect(g.page.evaluate(() => document.activeElement?.id)).resolves.toBe('chart-rank');
    await expect(dash.isVisible()).resolves.toBe(true);

    expect(g.external).toEqual([]);
    expect(g.errors).toEqual([]);
    await g.context.close();
  }, 180_000);

  it('an evidence link opened as a new page shows the same state (permalink)', async () => {
    const g = await openPage(browser);
    await gotoApp(g.page, '?lang=en&view=dashboard');
    const href = await g.page
      .getByRole('link', { name: 'Show on the map: Integration of resources' })
      .getAttribute('href');
    expect(href).toMatch(/^\?/);
    await g.context.close();
    const g2 = await openPage(browser);
    await gotoApp(g2.page, href!);
    expect(await checkedLayers(g2.page)).toEqual(['tourist-line', 'heritage-units', 'transport']);
    expect(await highlighted(g2.page)).toContain('lu-tusi-yamen');
    await expect(g2.page.getByRole('status').filter({ hasText: 'farther than 1 km' }).count()).resolves.toBeGreaterThan(
      0,
    );
    expect(g2.external).toEqual([]);
    await g2.context.close();
  });

  it('every chart has a table alternative with a caption', async () => {
    const g = await openPage(browser);
    await gotoApp(g.page, '?lang=en&view=dashboard');
    const charts = g.page.locator('figure.chart');
    await charts.first().waitFor();
    const n = await charts.count();
    expect(n).toBe(3);
    for (let i = 0; i < n; i++) {
      const chart = charts.nth(i);
      await expect(chart.getByRole('img').count()).resolves.toBe(1);
      const table = chart.locator('table');
      await expect(table.isVisible()).resolves.toBe(false);
      await chart.getByRole('button', { name: 'Show as table' }).click();
      await expect(table.isVisible()).resolves.toBe(true);
      await expect(table.locator('caption').textContent()).resolves.not.toBe('');
      await expect(chart.getByRole('button', { name: 'Hide table' }).getAttribute('aria-expanded')).resolves.toBe(
        'true',
      );
    }
    await expect(g.page.locator('#chart-growth table').textContent()).resolves.toContain('1,095.5%');
    await expect(g.page.locator('#chart-rank table').textContent()).resolves.toContain('25th');
    const layerRow = g.page.locator('#chart-layers table tr', { hasText: 'National key units' });
    await expect(layerRow.locator('td').allTextContents()).resolves.toEqual(['10', '9']);
    expect(g.external).toEqual([]);
    await g.context.close();
  });
});

describe('data coverage view', () => {
  it("shows the paper's counts beside ours and the not-identified note, in en and zh", async () => {
    const g = await openPage(browser);
    await gotoApp(g.page, '?lang=en');
    const toggle = g.page.getByRole('button', { name: 'Data coverage' });
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    const view = g.page.getByRole('region', { name: 'Data coverage' });
    const heritage = view.getByRole('region', { name: 'Cultural-relic protection units' });
    await heritage.waitFor();
    const row = heritage
      .getByRole('table', { name: 'Cultural-relic protection units: counts' })
      .getByRole('row', { name: /National key units/ });
    await expect(row.locator('td').allTextContents()).resolves.toEqual(['10', '9']);
    await expect(heritage.textContent()).resolves.toContain('the 10th is not identified by any source we hold');
    await expect(heritage.getByRole('table', { name: /position precision/ }).textContent()).resolves.toMatch(
      /Exact.*Approximate.*Unknown position/,
    );
    await expect(view.textContent()).resolves.toContain('A radio navigation aid');
    await screenshot(g.page, 'coverage-en');

    await g.page.getByRole('button', { name: 'Switch to English' }).or(g.page.locator('#lang-toggle')).click();
    const zhView = g.page.getByRole('region', { name: '数据覆盖' });
    await expect(zhView.textContent()).resolves.toContain('第10处未被我们掌握的任何资料指明');
    expect(g.external).toEqual([]);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });
});
