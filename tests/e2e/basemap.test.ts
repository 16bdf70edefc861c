// Base-map switcher: the embedded base map needs nothing from outside; an online base map is contacted only
// once the user picks it, its failure falls back to the embedded one with a notice, and the choice is kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { crc32, deflateSync } from 'node:zlib';
import { gotoApp, launch, openPage, waitIdle } from './browser';

// A 256×256 grey PNG made here: tile requests are answered by the test itself, never by the network.
function greyPng(size: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((size + 1) * size, 0xd0);
  for (let y = 0; y < size; y++) rows[y * (size + 1)] = 0; // filter byte per row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const PNG = greyPng(256);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('base-map switcher', () => {
  it('contacts an online base map only when chosen, remembers the choice, and defaults to embedded', async () => {
    const g = await openPage(browser);
    const tileHits: string[] = [];
    // Registered after the guard, so it takes precedence for the tile host: the request is answered locally.
    await g.context.route('https://tile.openstreetmap.org/**', (route) => {
      tileHits.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'image/png', body: PNG });
    });
    await gotoApp(g.page, '?lang=en');
    const select = g.page.getByRole('combobox', { name: 'Base map' });
    await expect(select.inputValue()).resolves.toBe('embedded');
    expect(tileHits).toEqual([]);

    await select.selectOption({ label: 'OpenStreetMap (online)' });
    await waitIdle(g.page);
    expect(tileHits.length).toBeGreaterThan(0);
    expect(tileHits.every((u) => u.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    const raster = await g.page.evaluate(() => window.__map!.getLayer('lcm-online-basemap')?.type ?? null);
    expect(raster).toBe('raster');

    await g.page.reload();
    await g.page.waitForFunction(() => document.body.dataset.mapReady === 'true');
    await expect(g.page.getByRole('combobox', { name: 'Base map' }).inputValue()).resolves.toBe('osm');
    // Nothing but the chosen tile host was ever asked for, and the test answered it.
    expect(g.external.filter((u) => !u.startsWith('https://tile.openstreetmap.org/'))).toEqual([]);
    await g.context.close();
  });

  it('falls back to the embedded base map with a notice when the online one cannot be reached', async () => {
    const g = await openPage(browser);
    await gotoApp(g.page, '?lang=en');
    await g.page.getByRole('combobox', { name: 'Base map' }).selectOption('osm');
    // The guard aborts the tile requests, as a machine without network would.
    await g.page.getByRole('status').getByText('could not be loaded').waitFor();
    await expect(g.page.getByRole('combobox', { name: 'Base map' }).inputValue()).resolves.toBe('embedded');
    const raster = await g.page.evaluate(() => window.__map!.getLayer('lcm-online-basemap') ?? null);
    expect(raster).toBeNull();
    expect(g.external.every((u) => u.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    await g.context.close();
  });
});
