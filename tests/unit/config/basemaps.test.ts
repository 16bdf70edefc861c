import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BASEMAP,
  findOnlineBasemap,
  isAnyBasemapUrl,
  isBasemapUrl,
  isKnownBasemap,
  ONLINE_BASEMAPS,
  onlineBasemapOrigins,
} from '../../../src/config/basemaps';

describe('online base maps', () => {
  it('default to OpenFreeMap liberty, with positron as the quiet alternative, at the documented style URLs', () => {
    expect(DEFAULT_BASEMAP).toBe('liberty');
    const liberty = findOnlineBasemap('liberty');
    const positron = findOnlineBasemap('positron');
    expect(liberty?.kind === 'vector-style' && liberty.styleUrl).toBe('https://tiles.openfreemap.org/styles/liberty');
    expect(positron?.kind === 'vector-style' && positron.styleUrl).toBe(
      'https://tiles.openfreemap.org/styles/positron',
    );
  });

  it('each lists its own URLs under its hosts only', () => {
    for (const b of ONLINE_BASEMAPS) {
      const urls = b.kind === 'raster' ? b.tiles : [b.styleUrl];
      for (const u of urls) expect(isBasemapUrl(u, b)).toBe(true);
    }
  });

  it('the CSP origins are exactly the providers’ hosts, https only', () => {
    expect(onlineBasemapOrigins().sort()).toEqual(['https://tile.openstreetmap.org', 'https://tiles.openfreemap.org']);
  });

  it('refuses URLs off the provider: other hosts, look-alikes, http, ports, credentials, junk', () => {
    const b = { hosts: ['tiles.openfreemap.org'] };
    expect(isBasemapUrl('https://tiles.openfreemap.org/planet/20250101_001001_pt/{z}/{x}/{y}.pbf', b)).toBe(true);
    expect(isBasemapUrl('https://tiles.openfreemap.org/fonts/{fontstack}/{range}.pbf', b)).toBe(true);
    expect(isBasemapUrl('http://tiles.openfreemap.org/styles/liberty', b)).toBe(false);
    expect(isBasemapUrl('https://tiles.openfreemap.org.evil.example/styles/liberty', b)).toBe(false);
    expect(isBasemapUrl('https://evil.example/?https://tiles.openfreemap.org/', b)).toBe(false);
    expect(isBasemapUrl('https://tiles.openfreemap.org:8443/styles/liberty', b)).toBe(false);
    expect(isBasemapUrl('https://user@tiles.openfreemap.org/styles/liberty', b)).toBe(false);
    expect(isBasemapUrl('not a url', b)).toBe(false);
    expect(isBasemapUrl('mapbox://styles/x', b)).toBe(false);
  });

  it('tells base-map requests apart from everything else (the e2e network guard uses this)', () => {
    expect(isAnyBasemapUrl('https://tiles.openfreemap.org/styles/liberty')).toBe(true);
    expect(isAnyBasemapUrl('https://tile.openstreetmap.org/1/0/0.png')).toBe(true);
    expect(isAnyBasemapUrl('https://nominatim.openstreetmap.org/search')).toBe(false);
    expect(isAnyBasemapUrl('https://example.org/')).toBe(false);
  });

  it('knows the ids a setting or a link may carry', () => {
    for (const id of ['embedded', 'liberty', 'positron', 'osm']) expect(isKnownBasemap(id)).toBe(true);
    expect(isKnownBasemap('satellite')).toBe(false);
  });
});
