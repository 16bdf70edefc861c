import { describe, expect, it } from 'vitest';
import gcoord from 'gcoord';
import { amapLink, baiduLink, directionsLinks, osmLink } from '../../../src/data/directions';
import { haversineM } from '../../../src/analysis/geodesy';

// 白塔山 as the data holds it (WGS84).
const BAITA = { name: '白塔山景区', position: [103.807648, 36.070381] as [number, number], city: '兰州' };

const params = (href: string) => new URL(href).searchParams;

describe('Amap', () => {
  it('navigates to the point converted to GCJ-02 (the navigation scheme has no datum parameter)', () => {
    const l = amapLink(BAITA);
    const u = new URL(l.href);
    expect(u.origin + u.pathname).toBe('https://uri.amap.com/navigation');
    const [lon, lat, name] = params(l.href).get('to')!.split(',');
    expect(name).toBe('白塔山景区');
    expect(l.datum).toBe('GCJ-02');
    // Converting back gives the WGS84 point within 1 m.
    const [blon, blat] = gcoord.transform([Number(lon), Number(lat)], gcoord.GCJ02, gcoord.WGS84);
    expect(haversineM(blon, blat, BAITA.position[0], BAITA.position[1])).toBeLessThan(1);
    // The GCJ-02 shift in Lanzhou is a few hundred metres, so sending WGS84 here would be visibly wrong.
    expect(haversineM(Number(lon), Number(lat), BAITA.position[0], BAITA.position[1])).toBeGreaterThan(100);
  });
  it('searches the name in the city when there is no position', () => {
    const l = amapLink({ ...BAITA, position: null });
    expect(new URL(l.href).pathname).toBe('/search');
    expect(params(l.href).get('keyword')).toBe('白塔山景区');
    expect(params(l.href).get('city')).toBe('兰州');
    expect(l.datum).toBeNull();
  });
});

describe('Baidu', () => {
  it('marks the WGS84 point with coord_type=wgs84, latitude first', () => {
    const l = baiduLink(BAITA);
    const p = params(l.href);
    expect(new URL(l.href).pathname).toBe('/marker');
    expect(p.get('location')).toBe('36.070381,103.807648');
    expect(p.get('coord_type')).toBe('wgs84');
    expect(p.get('output')).toBe('html');
    expect(p.get('title')).toBe('白塔山景区');
    expect(p.get('src')).toMatch(/^webapp\./);
    expect(l).toMatchObject({ datum: 'WGS84', sent: BAITA.position });
  });
  it('searches by name and region without a position', () => {
    const p = params(baiduLink({ ...BAITA, position: null }).href);
    expect(p.get('query')).toBe('白塔山景区');
    expect(p.get('region')).toBe('兰州');
  });
});

describe('OpenStreetMap', () => {
  it('routes to the WGS84 point', () => {
    const l = osmLink(BAITA);
    expect(params(l.href).get('to')).toBe('36.070381,103.807648');
    expect(new URL(l.href).hash).toBe('#map=17/36.070381/103.807648');
  });
  it('searches name and city without a position', () => {
    expect(params(osmLink({ ...BAITA, position: null }).href).get('query')).toBe('白塔山景区 兰州');
  });
});

it('offers Amap, Baidu and OpenStreetMap, in that order, all over https', () => {
  const links = directionsLinks(BAITA);
  expect(links.map((l) => l.app)).toEqual(['amap', 'baidu', 'osm']);
  for (const l of links) expect(new URL(l.href).protocol).toBe('https:');
});

it('encodes names that contain URL syntax', () => {
  const p = params(baiduLink({ ...BAITA, name: 'A&B=C #1' }).href);
  expect(p.get('title')).toBe('A&B=C #1');
});
