// Start-up and search paths added for speed: they must change nothing a person sees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { gotoApp, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('performance paths', () => {
  it('search answers from the index file built with the app: Chinese, pinyin and an alias', async () => {
    const g = await openPage(browser);
    const { page } = g;
    await gotoApp(page, '?lang=en');
    const box = page.getByRole('combobox', { name: 'Search sites' });
    await box.focus();
    await box.fill('中山桥');
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(options.first().innerText()).resolves.toContain('Zhongshan Bridge');
    await box.fill('zhongshanqiao');
    await expect(options.first().innerText()).resolves.toContain('Zhongshan Bridge');
    // 金城 is an old name of Lanzhou, an alias of the municipality outline (a place, not a site).
    await box.fill('金城');
    await options.first().waitFor();
    expect((await options.allInnerTexts()).some((t) => /Lanzhou/.test(t))).toBe(true);
    // The index came from the file (not built in the page); a build without the file would say 'live'.
    const from = await page.evaluate(
      () => (performance.getEntriesByName('lcm:search-index')[0] as PerformanceMark | undefined)?.detail,
    );
    expect(from).toBe('file');
    expect(g.external).toEqual([]);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });
});
