// Dashboard (issue 7) and data coverage (issue 3): every figure and the SWOT items we hold in both languages,
// evidence links that change the map without a reload and work as permalinks, charts with tables, coverage.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { IndicatorsFile } from '../../src/data/indicators';
import { formatValue } from '../../src/i18n/dashboard';
import { gotoApp, launch, openPage, screenshot, waitIdle } from './browser';

const IND = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'geodata', 'indicators.json'), 'utf8')) as IndicatorsFile;

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
    return [...new Set(map.queryRenderedFeatures({ layers: ['lcm-overlay-highlight'] }).map((f) => String(f.properties?.id)))];
  });
}

async function checkedLayers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input[id^="layer-toggle-"]')].filter((i) => i.checked).map((i) => i.id.replace('layer-toggle-', '')),
  );
}

describe('soft power dashboard', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`?view=dashboard shows every figure and the SWOT items we hold, in ${lang}`, async () => {
      const g = await openPage(browser);
      await gotoApp(g.page, lang === 'en' ? '?lang=en&view=dashboard' : '?view=dashboard');
      const dash = g.page.getByRole('region', { name: lang === 'en' ? 'Soft power dashboard' : '软实力仪表板' });
      await dash.waitFor();
      await dash.locator('.figure-card').first().waitFor();
      for (const ind of IND.indicators) {
        const card = dash.locator(`[data-indicator="${ind.id}"]`);
        const text = (await card.textContent()) ?? '';
        expect(text, ind.id).toContain(ind.label[lang]);
        expect(text, ind.id).toContain(formatValue(lang, ind.value, ind.unit));
        expect(text, ind.id).toContain(ind.year !== null ? String(ind.year) : lang === 'en' ? 'year not stated' : '年份未注明');
        expect(text, ind.id).toContain(lang === 'en' ? 'section not recorded' : '论文章节未记录');
      }
      for (const item of IND.swot.items) {
        const li = dash.locator(`[data-swot="${item.id}"]`);
        const text = (await li.textContent()) ?? '';
        expect(text).toContain(item.text.en);
        expect(text).toContain(item.text.zh);
        expect(text).toContain(lang === 'en' ? 'quadrant not stated in our sources' : '我们的资料未说明其象限');
      }
      await expect(dash.textContent()).resolves.toContain(IND.swot.missing[lang]);
      await screenshot(g.page, `dashboard-${lang}`);
      expect(g.external).toEqual([]);
      expect(g.errors).toEqual([]);
      await g.context.close();
    });
  }

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

    await dash.getByRole('link', { name: 'Show on the map: rich historical and cultural resources' }).click();
    await dash.waitFor({ state: 'hidden' });
    expect(await checkedLayers(g.page)).toEqual(['heritage-units', 'museums', 'ich-items']);
    expect(g.page.url()).toContain('layers=heritage-units,museums,ich-items');
    expect(g.page.url()).not.toContain('view=dashboard');

    await open.click();
    await dash.getByRole('link', { name: 'Show on the map: superior location and convenient transport' }).click();
    await dash.waitFor({ state: 'hidden' });
    expect(await checkedLayers(g.page)).toEqual(['transport']);

    await open.click();
    await dash.getByRole('link', { name: 'Show on the map: insufficient integration of cultural resources' }).click();
    await dash.waitFor({ state: 'hidden' });
    expect(g.page.url()).toContain('highlight=unintegrated');
    const ids = await highlighted(g.page);
    expect(ids).toContain('lu-tusi-yamen');
    expect(ids).not.toContain('zhongshan-bridge');
    await screenshot(g.page, 'dashboard-unintegrated');

    await open.click();
    await dash.getByRole('link', { name: 'Show on the map: homogenisation' }).click();
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
    expect(g.external).toEqual([]);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it('an evidence link opened as a new page shows the same state (permalink)', async () => {
    const g = await openPage(browser);
    await gotoApp(g.page, '?lang=en&view=dashboard');
    const href = await g.page
      .getByRole('link', { name: 'Show on the map: insufficient integration of cultural resources' })
      .getAttribute('href');
    expect(href).toMatch(/^\?/);
    await g.context.close();
    const g2 = await openPage(browser);
    await gotoApp(g2.page, href!);
    expect(await checkedLayers(g2.page)).toEqual(['tourist-line', 'heritage-units', 'transport']);
    expect(await highlighted(g2.page)).toContain('lu-tusi-yamen');
    await expect(g2.page.getByRole('status').filter({ hasText: 'farther than 1 km' }).count()).resolves.toBeGreaterThan(0);
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
      await expect(chart.getByRole('button', { name: 'Hide table' }).getAttribute('aria-expanded')).resolves.toBe('true');
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
    const row = heritage.getByRole('table', { name: 'Cultural-relic protection units: counts' }).getByRole('row', { name: /National key units/ });
    await expect(row.locator('td').allTextContents()).resolves.toEqual(['10', '9']);
    await expect(heritage.textContent()).resolves.toContain('the 10th is not identified by any source we hold');
    await expect(heritage.getByRole('table', { name: /position precision/ }).textContent()).resolves.toMatch(/Exact.*Approximate.*Unknown position/);
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
