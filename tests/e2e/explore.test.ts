// Explore: search in Chinese, pinyin, initials and English; filters that move the map and the list
// together; the keyboard-only list twin; permalinks and back/forward; malformed links; English labels;
// clustering; the phone layout. Elements are found by role and accessible name, as a person would.
//   E2E_PORT=4181 E2E_DIST=dist-explore npx vitest run --project e2e tests/e2e/explore.test.ts
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { BASE_URL, guardedBrowser, renderedIds, screenshot, waitIdle } from './browser';

const { open, page: openBlank } = guardedBrowser();

const searchBox = (page: Page, name: string) => page.getByRole('combobox', { name });
const resultOptions = (page: Page, listName: string) =>
  page.getByRole('listbox', { name: listName }).getByRole('option');
const detailsAside = (page: Page, name: string) => page.getByRole('complementary', { name });

/** The selected-site ring's distance in CSS px from the map canvas centre, or null when none is drawn. */
async function selectedOffsetFromCentre(page: Page): Promise<{ id: string; px: number } | null> {
  return page.evaluate(() => {
    const map = window.__map!;
    const f = map.queryRenderedFeatures({ layers: ['lcm-selected'] })[0];
    if (!f || f.geometry.type !== 'Point') return null;
    const p = map.project(f.geometry.coordinates as [number, number]);
    const c = map.project(map.getCenter());
    return { id: String(f.properties?.id), px: Math.hypot(p.x - c.x, p.y - c.y) };
  });
}

async function expectFlewTo(page: Page, id: string): Promise<void> {
  await waitIdle(page);
  const sel = await selectedOffsetFromCentre(page);
  expect(sel?.id).toBe(id);
  expect(sel!.px).toBeLessThan(5);
  expect(await page.evaluate(() => window.__map!.getZoom())).toBeGreaterThanOrEqual(14);
}

describe('explore: search', () => {
  it('Chinese substring 铁桥 → ArrowDown + Enter opens 兰州黄河铁桥 and flies there', async () => {
    const { page } = await open('');
    const box = searchBox(page, '搜索');
    await box.fill('铁桥');
    const first = resultOptions(page, '搜索结果').first();
    await expect(first.textContent()).resolves.toContain('兰州黄河铁桥');
    await box.press('ArrowDown');
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBe('search-opt-0');
    await expect(first.getAttribute('aria-selected')).resolves.toBe('true');
    await box.press('Enter');
    const details = detailsAside(page, '详情');
    await details.waitFor();
    await expect(details.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('兰州黄河铁桥');
    expect(page.url()).toContain('site=zhongshan-bridge');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    await expectFlewTo(page, 'zhongshan-bridge');
  });

  it('full pinyin zhongshanqiao → ArrowDown + Enter opens the first result, the Zhongshan Bridge', async () => {
    const { page } = await open('?lang=en');
    const box = searchBox(page, 'Search sites');
    await box.fill('zhongshanqiao');
    const options = resultOptions(page, 'Search results');
    await options.first().waitFor();
    const names = await options.allTextContents();
    // The heritage unit (alias 中山桥) and the tourist-line stop named 中山桥 are one place: one row, with both
    // designations; nothing else.
    expect(names.length).toBe(1);
    for (const n of names) expect(n).toContain('Zhongshan Bridge');
    expect(names[0]).toContain('National key protection unit · Tourist-line stop');
    // The row shows the place's name and, in brackets, the alias that matched (中山桥).
    const firstName = ((await options.first().locator('.search-name').textContent()) ?? '').replace(/ \(中山桥\)$/, '');
    await box.press('ArrowDown');
    await box.press('Enter');
    const details = detailsAside(page, 'Site details');
    await details.waitFor();
    await expect(details.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(firstName);
    expect(page.url()).toMatch(/site=(tourist-line-stop-)?zhongshan-bridge/);
    await expectFlewTo(page, new URL(page.url()).searchParams.get('site')!);
  });

  it('initials zsq → a click on "Lanzhou Yellow River Iron Bridge" opens it', async () => {
    const { page } = await open('?lang=en');
    const box = searchBox(page, 'Search sites');
    await box.fill('zsq');
    const option = resultOptions(page, 'Search results').filter({ hasText: 'Lanzhou Yellow River Iron Bridge' });
    await option.first().waitFor();
    await expect(option.count()).resolves.toBe(1);
    // The option's accessible name reads name, kind and district, apart.
    const label = await option.evaluate((el) => (el.textContent ?? '').replace(/\s+/g, ' '));
    expect(label).toContain(' · National key protection unit · Tourist-line stop · Chengguan District');
    await option.click();
    const details = detailsAside(page, 'Site details');
    await details.waitFor();
    await expect(details.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'Lanzhou Yellow River Iron Bridge (Zhongshan Bridge)',
    );
    expect(page.url()).toContain('site=zhongshan-bridge');
    await expectFlewTo(page, 'zhongshan-bridge');
  });

  it("an alias of a place: 金城 (Lanzhou's old name) finds the municipality and shows all of it", async () => {
    const { page } = await open('?lang=en');
    const box = searchBox(page, 'Search sites');
    await box.fill('金城');
    const option = resultOptions(page, 'Search results').filter({ hasText: 'Municipality (whole city)' });
    await option.first().waitFor();
    await expect(option.first().textContent()).resolves.toContain('Lanzhou');
    const zoomBefore = await page.evaluate(() => window.__map!.getZoom());
    await option.first().click();
    await waitIdle(page);
    // The whole municipality (about 180 km across) is in view: a much lower zoom than the city valley.
    const zoomAfter = await page.evaluate(() => window.__map!.getZoom());
    expect(zoomAfter).toBeLessThan(Math.min(zoomBefore, 9));
    // A place is not a site: no details panel opens.
    await expect(detailsAside(page, 'Site details').isVisible()).resolves.toBe(false);
  });

  it('English words "zhongshan bridge" → a click opens the heritage unit', async () => {
    const { page } = await open('?lang=en');
    const box = searchBox(page, 'Search sites');
    await box.fill('zhongshan bridge');
    const options = resultOptions(page, 'Search results');
    await options.first().waitFor();
    await expect(options.count()).resolves.toBeGreaterThan(0);
    // The matched alias is not repeated when the shown name already contains it.
    for (const t of await options.allTextContents()) expect(t).not.toContain('(Zhongshan Bridge) (Zhongshan Bridge)');
    await options.filter({ hasText: 'National key protection unit' }).click();
    const details = detailsAside(page, 'Site details');
    await details.waitFor();
    await expect(details.getByRole('heading', { level: 2 }).textContent()).resolves.toContain('Iron Bridge');
    expect(page.url()).toContain('site=zhongshan-bridge');
  });

  it('an unlocated site (太平鼓) opens its details and says its position is unknown', async () => {
    const { page } = await open('');
    const box = searchBox(page, '搜索');
    await box.fill('太平鼓');
    const option = resultOptions(page, '搜索结果').filter({ hasText: '兰州太平鼓' }).first();
    await expect(option.textContent()).resolves.toContain('位置未知');
    const zoomBefore = await page.evaluate(() => window.__map!.getZoom());
    await option.click();
    const details = detailsAside(page, '详情');
    await details.waitFor();
    await expect(details.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('兰州太平鼓');
    await expect(details.textContent()).resolves.toContain('位置未知：没有来源给出该地点的坐标');
    expect(page.url()).toContain('site=lanzhou-taiping-drum');
    // Nothing to fly to: the view stays, no selection ring is drawn.
    await waitIdle(page);
    expect(await page.evaluate(() => window.__map!.getZoom())).toBe(zoomBefore);
    expect(await selectedOffsetFromCentre(page)).toBeNull();
  });
});

describe('explore: filters and list', () => {
  it('level = national changes the rendered features and the list rows; an empty result says so', async () => {
    // Zoom 13 over central Lanzhou: above the cluster zoom, so rendered features are sites, not clusters.
    const { page } = await open('?lang=en&map=13/36.0620/103.8200');
    await waitIdle(page);
    const before = await renderedIds(page, 'heritage-units');
    expect(before).toContain('baita-mountain-buildings'); // provincial
    expect(before).toContain('zhongshan-bridge'); // national
    expect(before.some((id) => id.startsWith('cluster:'))).toBe(false);

    await page.getByRole('tab', { name: 'List' }).click();
    const list = page.getByRole('region', { name: 'Sites list' });
    const rows = list.getByRole('list').getByRole('button');
    const rowsBefore = await rows.count();
    // One row per place: the park, the protected buildings and the tourist-line stop on 白塔山 are one row.
    await expect(
      list
        .getByRole('button', {
          name: 'Baita (White Pagoda) Mountain Park · 3A scenic spot · Provincial protection unit · Tourist-line stop · Chengguan District',
          exact: true,
        })
        .count(),
    ).resolves.toBe(1);
    await expect(
      list.getByRole('button', { name: /^Baita \(White Pagoda\) Mountain Building Complex/ }).count(),
    ).resolves.toBe(0);

    await page.getByRole('tab', { name: 'Filters' }).click();
    const national = page.getByRole('checkbox', { name: 'National key protection unit' });
    await national.check();
    await waitIdle(page);
    // Ticking a box keeps keyboard focus on it, though the panel re-renders.
    await expect(national.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(page.url()).toContain('level=national');
    const after = await renderedIds(page, 'heritage-units');
    expect(after).not.toContain('baita-mountain-buildings');
    expect(after).toContain('zhongshan-bridge');
    expect(after.length).toBeLessThan(before.length);
    // Scenic spots are not narrowed by a protection level.
    expect((await renderedIds(page, 'scenic-spots')).length).toBeGreaterThan(0);

    // The list has a tab of its own: back to it to read what the filters left.
    await page.getByRole('tab', { name: 'List' }).click();
    const rowsAfter = await rows.count();
    expect(rowsAfter).toBeLessThan(rowsBefore);
    await expect(
      list.getByRole('button', { name: /^Baita \(White Pagoda\) Mountain Building Complex/ }).count(),
    ).resolves.toBe(0);
    await expect(
      list
        .getByRole('button', {
          name: /^Lanzhou Yellow River Iron Bridge \(Zhongshan Bridge\) · National key protection unit · Tourist-line stop · Chengguan District$/,
        })
        .count(),
    ).resolves.toBe(1);
    await expect(list.getByRole('status').textContent()).resolves.toBe(`${rowsAfter} sites match the filters`);

    // No site in our data lies in Honggu District: the map empties and both panels say so.
    await page.getByRole('tab', { name: 'Filters' }).click();
    await page.getByRole('checkbox', { name: 'Honggu District' }).check();
    await waitIdle(page);
    for (const layer of ['heritage-units', 'scenic-spots', 'museums', 'tourist-line', 'transport']) {
      expect(await renderedIds(page, layer), layer).toEqual([]);
    }
    // The filters panel says it (its own status line), so it is heard with the list's tab closed.
    await expect(page.locator('#filters-panel').getByRole('status').textContent()).resolves.toBe(
      'No site matches the filters.',
    );
    await page.getByRole('tab', { name: 'List' }).click();
    await expect(rows.count()).resolves.toBe(0);
    await expect(list.getByRole('status').textContent()).resolves.toBe('No site matches the filters.');

    await page.getByRole('tab', { name: 'Filters' }).click();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await waitIdle(page);
    await page.getByRole('tab', { name: 'List' }).click();
    await expect(rows.count()).resolves.toBe(rowsBefore);
    expect((await renderedIds(page, 'heritage-units')).sort()).toEqual([...before].sort());
  });

  it('an era range (years, or a dynasty preset) keeps only dated sites that overlap it, on the map and in the list', async () => {
    const { page } = await open('?lang=en&map=13/36.0620/103.8200');
    await waitIdle(page);
    await page.getByRole('tab', { name: 'Filters' }).click();
    // 1930–1950: the Eighth Route Army office (1937–1943) and Wuquan (Ming to Republic) overlap it; the Qing-era
    // bridge and temple do not, and undated sites are hidden while a range is set.
    await page.getByLabel('From', { exact: true }).fill('1930');
    await page.getByLabel('To', { exact: true }).fill('1950');
    await page.getByLabel('To', { exact: true }).press('Tab');
    await page.waitForFunction(() => location.search.includes('era=1930..1950'));
    await waitIdle(page);
    const shown = await renderedIds(page, 'heritage-units');
    expect(shown).toContain('eighth-route-army-office-site');
    expect(shown).not.toContain('zhongshan-bridge');
    expect(shown).not.toContain('baita-mountain-buildings');
    await page.getByRole('tab', { name: 'List' }).click();
    const list = page.getByRole('region', { name: 'Sites list' });
    await expect(list.textContent()).resolves.toContain('Eighth Route Army');
    await expect(list.textContent()).resolves.not.toContain('Iron Bridge');

    // The Qing preset brings the bridge back and drops the 1937–1943 office.
    await page.getByRole('tab', { name: 'Filters' }).click();
    await page.getByLabel('Choose a dynasty').selectOption({ label: 'Qing (1644–1912)' });
    await page.waitForFunction(() => location.search.includes('era=1644..1912'));
    await waitIdle(page);
    const qing = await renderedIds(page, 'heritage-units');
    expect(qing).toContain('zhongshan-bridge');
    expect(qing).not.toContain('eighth-route-army-office-site');
  });

  it('one row per place: 白塔山 is listed once, naming its three designations, and opens one card (desktop, phone)', async () => {
    for (const viewport of [undefined, { width: 390, height: 844 }]) {
      const { page } = await open('?list=1', viewport);
      const list = page.getByRole('region', { name: '地点列表' });
      await list.waitFor();
      const rows = list.getByRole('list').getByRole('button');
      const baita = list.getByRole('button', { name: /^白塔山(景区|建筑群|公园) · / });
      await expect(baita.count()).resolves.toBe(1);
      // What a person reads under the name: every designation of the place, then the district.
      await expect(baita.locator('.site-row-meta').innerText()).resolves.toBe(
        '3A级景区 · 省级文物保护单位 · 风情线站点 · 城关区',
      );
      // The count above the list and the filters' count are places, as the rows are.
      const n = await rows.count();
      await expect(list.getByRole('status').textContent()).resolves.toBe(`${n} 个地点符合筛选条件`);
      await screenshot(page, `list-one-row-per-place-${viewport ? 'phone' : 'desktop'}`);
      await baita.click();
      const card = detailsAside(page, '详情');
      await card.waitFor();
      await expect(card.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('白塔山景区');
      await expect(card.getByRole('list', { name: '称号' }).getByRole('listitem').allTextContents()).resolves.toEqual([
        '3A级景区',
        '省级文物保护单位',
        '风情线站点',
      ]);
    }
  });

  it('keyboard only: Tab to the list, arrows move, Enter opens the details; rows are named "name · kind · district"', async () => {
    const { page } = await open('');
    const focusedName = () =>
      page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return a?.getAttribute('aria-label') ?? a?.textContent ?? '';
      });
    // Tab to the side panel's tabs (one Tab stop: the selected tab) and choose the List tab with End.
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await focusedName()) === '图层' && (await page.evaluate(() => document.activeElement?.role)) === 'tab';
    }
    expect(reached).toBe(true);
    await page.keyboard.press('End');
    const list = page.getByRole('region', { name: '地点列表' });
    await list.waitFor();
    await expect(page.getByRole('tab', { name: '列表' }).getAttribute('aria-selected')).resolves.toBe('true');
    // One way in: the header has no second List button.
    await expect(page.getByRole('banner').getByRole('button', { name: '列表' }).count()).resolves.toBe(0);
    await screenshot(page, 'list-one-way-in-desktop');
    expect(page.url()).toContain('list=1');

    // The example row, from our data: 白塔山景区 is a 3A scenic spot in 城关区, and the same place is a
    // provincial protection unit and a tourist-line stop: one row names all three.
    await expect(
      list
        .getByRole('button', { name: '白塔山景区 · 3A级景区 · 省级文物保护单位 · 风情线站点 · 城关区', exact: true })
        .count(),
    ).resolves.toBe(1);
    await expect(
      list.getByRole('button', { name: '兰州太平鼓 · 国家级非遗 · 位置未知', exact: true }).count(),
    ).resolves.toBe(1);

    // Tab on until focus is inside the list: one Tab stop for the whole list (roving tabindex).
    let inList = false;
    for (let i = 0; i < 30 && !inList; i++) {
      await page.keyboard.press('Tab');
      inList = await page.evaluate(() => document.activeElement?.classList.contains('site-row') ?? false);
    }
    expect(inList).toBe(true);
    const rowNames = await list
      .getByRole('list')
      .getByRole('button')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(await focusedName()).toBe(rowNames[0]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    const chosen = await focusedName();
    expect(chosen).toBe(rowNames[2]);
    await page.keyboard.press('Enter');
    const details = detailsAside(page, '详情');
    await details.waitFor();
    // The card is the place's: its heading is the place's name, and a member listed under another name (a
    // former office that houses a museum) is named on the card too.
    const chosenName = chosen.split(' · ')[0]!;
    const heading = (await details.getByRole('heading', { level: 2 }).textContent()) ?? '';
    if (heading !== chosenName) await details.getByText(`也列为：${chosenName}`).waitFor();
    // Focus moved into the details, so a screen-reader user hears what opened.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('details-heading');
    await page.keyboard.press('End');
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'hidden' });
  });
});

describe('explore: permalinks, malformed links, languages, clusters', () => {
  it('a copied URL restores layers, filters, selection and language in a new page; back/forward work', async () => {
    const a = await open('?lang=en');
    const page = a.page;
    await page.getByRole('checkbox', { name: 'Transport corridors' }).uncheck();
    await page.getByRole('tab', { name: 'Filters' }).click();
    await page.getByRole('checkbox', { name: 'National key protection unit' }).check();
    await searchBox(page, 'Search sites').fill('zsq');
    await resultOptions(page, 'Search results').filter({ hasText: 'Iron Bridge' }).click();
    await detailsAside(page, 'Site details').waitFor();
    await waitIdle(page);
    const copied = page.url();
    expect(copied).toContain('lang=en');
    expect(copied).toContain('level=national');
    expect(copied).toContain('site=zhongshan-bridge');
    expect(copied).toMatch(/layers=[^&]*heritage-units/);
    expect(copied).not.toMatch(/layers=[^&]*transport/);
    const view = await page.evaluate(() => ({ z: window.__map!.getZoom(), c: window.__map!.getCenter().toArray() }));

    const b = await open(copied.slice(BASE_URL.length));
    const p2 = b.page;
    await expect(p2.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await expect(p2.getByRole('checkbox', { name: 'Transport corridors' }).isChecked()).resolves.toBe(false);
    await expect(p2.getByRole('checkbox', { name: 'Museums' }).isChecked()).resolves.toBe(true);
    await p2.getByRole('tab', { name: 'Filters' }).click();
    await p2.getByRole('heading', { name: 'Filters (1)' }).waitFor();
    await expect(p2.getByRole('checkbox', { name: 'National key protection unit' }).isChecked()).resolves.toBe(true);
    await expect(p2.getByRole('checkbox', { name: 'Provincial protection unit' }).isChecked()).resolves.toBe(false);
    const d2 = detailsAside(p2, 'Site details');
    await d2.waitFor();
    await expect(d2.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'Lanzhou Yellow River Iron Bridge (Zhongshan Bridge)',
    );
    await waitIdle(p2);
    const view2 = await p2.evaluate(() => ({ z: window.__map!.getZoom(), c: window.__map!.getCenter().toArray() }));
    expect(view2.z).toBeCloseTo(view.z, 1);
    expect(view2.c[0]).toBeCloseTo(view.c[0]!, 4);
    expect(view2.c[1]).toBeCloseTo(view.c[1]!, 4);
    expect(await renderedIds(p2, 'transport')).toEqual([]);
    expect(await renderedIds(p2, 'heritage-units')).not.toContain('baita-mountain-buildings');

    // Back: the selection goes; back again: the level filter goes; forward twice: both return.
    await page.goBack();
    await detailsAside(page, 'Site details').waitFor({ state: 'hidden' });
    expect(page.url()).not.toContain('site=');
    expect(page.url()).toContain('level=national');
    await page.goBack();
    await expect
      .poll(() => page.getByRole('checkbox', { name: 'National key protection unit' }).isChecked())
      .toBe(false);
    expect(page.url()).not.toContain('level=');
    await page.getByRole('tab', { name: 'Layers' }).click();
    await expect(page.getByRole('checkbox', { name: 'Transport corridors' }).isChecked()).resolves.toBe(false);
    await page.getByRole('tab', { name: 'Filters' }).click();
    await page.goForward();
    await page.goForward();
    await detailsAside(page, 'Site details').waitFor();
    await expect(page.getByRole('checkbox', { name: 'National key protection unit' }).isChecked()).resolves.toBe(true);
    expect(page.url()).toContain('site=zhongshan-bridge');
  });

  it('a malformed URL shows a notice (role status) and a working map', async () => {
    const g = await openBlank();
    const { page } = g;
    await page.goto(BASE_URL + '?map=99/abc/x&layers=nope&lang=xx&site=%3Cscript%3E&foo=bar&era=3000..1');
    // The notice is polite and dismisses itself after 12 s, so it is read as soon as it appears.
    const notice = page.getByRole('status').filter({ hasText: '链接中有无法识别的参数已被忽略' });
    await notice.waitFor({ timeout: 60_000 });
    await expect(notice.count()).resolves.toBe(1);
    const text = (await notice.textContent()) ?? '';
    for (const part of ['map=99/abc/x', 'layers=nope', 'lang=xx', 'foo=bar', 'era=3000..1'])
      expect(text).toContain(part);
    // Defaults stand in for what was refused; the map draws and responds.
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('zh-Hans');
    await page.waitForFunction(() => document.body.dataset.mapReady === 'true', null, { timeout: 60_000 });
    await waitIdle(page);
    expect((await renderedIds(page, 'heritage-units')).length).toBeGreaterThan(0);
    const z0 = await page.evaluate(() => window.__map!.getZoom());
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await waitIdle(page);
    expect(await page.evaluate(() => window.__map!.getZoom())).toBeGreaterThan(z0);
    await expect(detailsAside(page, '详情').isVisible()).resolves.toBe(false);
  });

  it('?lang=en shows English map labels and English UI; the language button switches both', async () => {
    const { page } = await open('?lang=en&map=15/36.0650/103.8190');
    await waitIdle(page);
    const labelLayers = await page.evaluate(() => {
      const map = window.__map!;
      return map
        .getStyle()
        .layers.filter(
          (l) => l.type === 'symbol' && (l.metadata as Record<string, string> | undefined)?.['lcm:role'] === 'label',
        )
        .map((l) => ({ id: l.id, field: JSON.stringify(map.getLayoutProperty(l.id, 'text-field')) }));
    });
    // District names, stations and the one places layer (every point site).
    expect(labelLayers.length).toBeGreaterThanOrEqual(3);
    // Every name label follows the language (the tourist-line stop numbers "4/7" are drawn by a layer whose
    // role is 'stop', not 'label').
    for (const l of labelLayers) {
      expect(l.field, l.id).toBe('["coalesce",["get","name_en"],["get","name_zh"]]');
    }
    const shown = await page.evaluate(() =>
      window.__map!.queryRenderedFeatures({ layers: ['lcm-places-label'] }).map((f) => String(f.properties?.name_en)),
    );
    expect(shown).toContain('Lanzhou Yellow River Iron Bridge (Zhongshan Bridge)');
    await expect(page.getByRole('combobox', { name: 'Search sites' }).count()).resolves.toBe(1);
    await expect(page.getByRole('region', { name: 'Layers' }).count()).resolves.toBe(1);
    await expect(page.getByRole('tab', { name: 'List' }).count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Lanzhou Cultural Map');

    await page.getByRole('button', { name: '切换到中文' }).click();
    await waitIdle(page);
    const zhField = await page.evaluate(() =>
      JSON.stringify(window.__map!.getLayoutProperty('lcm-places-label', 'text-field')),
    );
    expect(zhField).toBe('["coalesce",["get","name_zh"],["get","name_en"]]');
    await expect(page.getByRole('combobox', { name: '搜索' }).count()).resolves.toBe(1);
    await expect(page.getByRole('tab', { name: '列表' }).count()).resolves.toBe(1);
    expect(page.url()).not.toContain('lang=');
  });

  it('places cluster together at low zoom (9 and the minimum 6.5); a click or Enter on one zooms in', async () => {
    const { page } = await open('?lang=en&map=9/36.0620/103.8200');
    await waitIdle(page);
    const clustersAt = () =>
      page.evaluate(() =>
        window
          .__map!.queryRenderedFeatures({ layers: ['lcm-places-cluster'] })
          .map((f) => ({
            count: Number(f.properties?.point_count),
            at: f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : null,
          })),
      );
    // Our data: the places of central Chengguan/Qilihe lie within a few km — dense enough to cluster at z 9.
    const at9 = await clustersAt();
    expect(at9.length).toBeGreaterThan(0);
    expect(at9[0]!.count).toBeGreaterThanOrEqual(2);
    // The count is drawn on the cluster.
    const countLabels = await page.evaluate(() =>
      window
        .__map!.queryRenderedFeatures({ layers: ['lcm-places-cluster-count'] })
        .map((f) => String(f.properties?.point_count_abbreviated)),
    );
    expect(countLabels).toContain(String(at9[0]!.count));

    await page.evaluate(() => window.__map!.jumpTo({ zoom: 6.5 }));
    await waitIdle(page);
    const atMin = await clustersAt();
    expect(atMin.length).toBeGreaterThan(0);
    expect(Math.max(...atMin.map((c) => c.count))).toBeGreaterThanOrEqual(at9[0]!.count);

    const target = atMin.reduce((a, b) => (b.count > a.count ? b : a));
    const pt = await page.evaluate((lnglat) => {
      const map = window.__map!;
      const p = map.project(lnglat);
      const r = map.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }, target.at!);
    const z0 = await page.evaluate(() => window.__map!.getZoom());
    await page.mouse.click(pt.x, pt.y);
    await page.waitForFunction((z) => window.__map!.getZoom() > z + 0.5, z0);
    await waitIdle(page);
    expect(await page.evaluate(() => window.__map!.getZoom())).toBeGreaterThan(z0);
    // A cluster click zooms; it does not open details.
    await expect(detailsAside(page, 'Site details').isVisible()).resolves.toBe(false);

    // Keyboard: each cluster on screen has a button named by its count; Enter zooms in too.
    await page.evaluate(() => window.__map!.jumpTo({ zoom: 6.5 }));
    await waitIdle(page);
    const clusterButton = page.getByRole('button', { name: /^\d+ places: zoom in$/ }).first();
    await clusterButton.waitFor();
    const z1 = await page.evaluate(() => window.__map!.getZoom());
    await clusterButton.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((z) => window.__map!.getZoom() > z + 0.5, z1);
    await expect(detailsAside(page, 'Site details').isVisible()).resolves.toBe(false);
  });
});

describe('explore: phone', () => {
  async function expectTouchTargets(locators: Locator[], what: string): Promise<number> {
    let n = 0;
    for (const loc of locators) {
      for (const el of await loc.all()) {
        if (!(await el.isVisible())) continue;
        const box = await el.boundingBox();
        const name = (await el.getAttribute('aria-label')) ?? (await el.textContent()) ?? '';
        expect(box, `${what}: ${name}`).not.toBeNull();
        expect(box!.height, `${what} height: ${name}`).toBeGreaterThanOrEqual(44);
        expect(box!.width, `${what} width: ${name}`).toBeGreaterThanOrEqual(44);
        n += 1;
      }
    }
    return n;
  }

  it('390×844: with the sheet pulled up to full height, the base-map notice does not cover its tab strip', async () => {
    const { page } = await open('?list=1', { width: 390, height: 844 });
    // Offline here: the online base map fails and the fallback notice shows.
    const notice = page.locator('.notice').filter({ hasText: '内置底图' });
    await notice.waitFor();
    const handle = page.getByRole('button', { name: '展开或收起图层面板' });
    await handle.click();
    await expect(page.locator('#side').getAttribute('data-sheet')).resolves.toBe('full');
    const tabs = page.getByRole('tablist');
    const n = (await notice.boundingBox())!;
    const t = (await tabs.boundingBox())!;
    expect(n.y >= t.y + t.height || n.y + n.height <= t.y).toBe(true);
    await screenshot(page, 'phone-notice-full-sheet');
    // The tabs can be used while the notice is up.
    await page.getByRole('tab', { name: '筛选' }).click();
    await expect(page.getByRole('tab', { name: '筛选' }).getAttribute('aria-selected')).resolves.toBe('true');
  });

  it('390×844: panels are a bottom sheet, the map stays usable, touch targets ≥ 44 px', async () => {
    const { page } = await open('?lang=en&list=1', { width: 390, height: 844 });
    await waitIdle(page);
    const sheet = await page.locator('#side').boundingBox();
    const map = await page.getByRole('region', { name: 'Lanzhou cultural map (map area)' }).boundingBox();
    expect(sheet && map).toBeTruthy();
    // The sheet is anchored to the bottom edge, spans the width, and at most ~45 % of the height; between the
    // header (title, tools, search) and the sheet, a third of the screen or more is map.
    expect(sheet!.y + sheet!.height).toBeCloseTo(844, -1);
    expect(sheet!.width).toBeCloseTo(390, -1);
    expect(sheet!.height).toBeLessThanOrEqual(844 * 0.45);
    const mapVisibleAbove = sheet!.y - map!.y;
    expect(mapVisibleAbove).toBeGreaterThan(844 / 3);

    await page.getByRole('tab', { name: 'Filters' }).click();
    const side = page.locator('#side');
    const counted = await expectTouchTargets(
      [
        page.locator('header').getByRole('button'),
        page.getByRole('combobox', { name: 'Search sites' }),
        side.getByRole('button'),
        // Checkbox labels are what a finger hits: they toggle their box (the boxes keep their normal 18 px).
        side.locator('.filter-option label:not(.visually-hidden), .layer-row label'),
        page.getByRole('button', { name: /^Zoom (in|out)$/ }),
      ],
      'touch target',
    );
    expect(counted).toBeGreaterThan(20);
    await screenshot(page, 'explore-phone-390x844-filters');

    // The map still pans by touch-sized drags above the sheet.
    const c0 = await page.evaluate(() => window.__map!.getCenter().toArray());
    const y = map!.y + mapVisibleAbove / 2;
    await page.mouse.move(200, y);
    await page.mouse.down();
    await page.mouse.move(120, y + 40, { steps: 8 });
    await page.mouse.up();
    await waitIdle(page);
    const c1 = await page.evaluate(() => window.__map!.getCenter().toArray());
    expect(Math.abs(c1[0]! - c0[0]!)).toBeGreaterThan(0.001);

    // Search from the phone: results are touch-sized, details open as a bottom sheet too.
    const box = page.getByRole('combobox', { name: 'Search sites' });
    await box.fill('baita');
    const options = resultOptions(page, 'Search results');
    await expectTouchTargets([options], 'search result');
    await options.filter({ hasText: '3A scenic spot' }).click();
    const details = detailsAside(page, 'Site details');
    await details.waitFor();
    const d = await details.boundingBox();
    expect(d!.y + d!.height).toBeCloseTo(844, -1);
    expect(d!.y).toBeGreaterThan(844 * 0.35);
    await expectTouchTargets([details.getByRole('button', { name: 'Close site details' })], 'close');
    await screenshot(page, 'explore-phone-390x844');
  });
});
