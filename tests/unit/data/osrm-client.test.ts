import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LineString } from 'geojson';
import { fetchOsrmLegs, legsWithFallback, osrmRouteUrl } from '../../../src/data/osrm-client';
import type { RouteStop } from '../../../src/analysis/route-legs';

const STOPS: RouteStop[] = [
  { id: 'a', coordinates: [103.8, 36.06], precision: 'exact', layer: 'museums' },
  { id: 'b', coordinates: [103.81, 36.065], precision: 'exact', layer: 'scenic-spots' },
  { id: 'c', coordinates: [103.82, 36.06], precision: 'approximate', layer: 'heritage-units' },
];

// A route in OSRM v5's documented shape (Route service, geometries=geojson, overview=full). The snapped
// waypoints are a few metres off the stops, and each appears as a vertex of the overview line.
const ROAD = [
  [103.80001, 36.06002],
  [103.805, 36.062],
  [103.81001, 36.06498],
  [103.815, 36.063],
  [103.81999, 36.06001],
];
function okBody(): unknown {
  return {
    code: 'Ok',
    routes: [
      {
        geometry: { type: 'LineString', coordinates: ROAD },
        legs: [
          { distance: 1100.5, duration: 880.4, steps: [], summary: '', weight: 880.4 },
          { distance: 1150.25, duration: 920.2, steps: [], summary: '', weight: 920.2 },
        ],
        distance: 2250.75,
        duration: 1800.6,
        weight_name: 'duration',
        weight: 1800.6,
      },
    ],
    waypoints: [
      { hint: 'x', distance: 2.3, name: '滨河路', location: ROAD[0] },
      { hint: 'y', distance: 2.4, name: '', location: ROAD[2] },
      { hint: 'z', distance: 1.1, name: '', location: ROAD[4] },
    ],
  };
}

const requests: string[] = [];
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url.pathname + url.search);
    const reply = (status: number, body: string): void => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body);
    };
    if (url.pathname.startsWith('/ok/')) return reply(200, JSON.stringify(okBody()));
    if (url.pathname.startsWith('/noroute/')) {
      return reply(400, JSON.stringify({ code: 'NoRoute', message: 'Impossible route between points' }));
    }
    if (url.pathname.startsWith('/garbage/')) return reply(200, '<html>proxy error</html>');
    if (url.pathname.startsWith('/wrongshape/')) {
      const b = okBody() as { routes: Array<{ legs: unknown[] }> };
      b.routes[0]!.legs = [];
      return reply(200, JSON.stringify(b));
    }
    if (url.pathname.startsWith('/polyline/')) {
      const b = okBody() as { routes: Array<{ geometry: unknown }> };
      b.routes[0]!.geometry = 'o}~pEw{hwR??'; // encoded polyline: the geometries=geojson flag was ignored
      return reply(200, JSON.stringify(b));
    }
    if (url.pathname.startsWith('/slow/')) return; // never answers: the client must time out
    reply(404, JSON.stringify({ code: 'InvalidUrl', message: 'not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A port that was just free: bind, read the port, close. */
async function deadPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

describe('osrm-client', () => {
  it('builds the documented URL', () => {
    expect(osrmRouteUrl('http://h:5000/', 'foot', STOPS)).toBe(
      'http://h:5000/route/v1/foot/103.800000,36.060000;103.810000,36.065000;103.820000,36.060000?overview=full&geometries=geojson',
    );
    expect(osrmRouteUrl('ftp://h', 'foot', STOPS)).toBeNull();
    expect(osrmRouteUrl('not a url', 'foot', STOPS)).toBeNull();
  });

  it('returns road legs cut at the waypoints, with the server distance plus stop connectors', async () => {
    const r = await fetchOsrmLegs(STOPS, { baseUrl: `${base}/ok` }, 'cycle');
    expect(requests.at(-1)).toBe(
      '/ok/route/v1/bike/103.800000,36.060000;103.810000,36.065000;103.820000,36.060000?overview=full&geometries=geojson',
    );
    if (!r.ok) throw new Error(`expected ok, got ${r.reason}: ${r.detail}`);
    expect(r.legs).toHaveLength(2);
    const [l1, l2] = r.legs as [(typeof r.legs)[0], (typeof r.legs)[0]];
    expect(l1.kind).toBe('road');
    expect(l1.reason).toBe('leg.road.osrm');
    expect(l1.geometry.coordinates).toEqual([STOPS[0]!.coordinates, ROAD[0], ROAD[1], ROAD[2], STOPS[1]!.coordinates]);
    expect(l2.geometry.coordinates).toEqual([STOPS[1]!.coordinates, ROAD[2], ROAD[3], ROAD[4], STOPS[2]!.coordinates]);
    // Connectors are a few metres; the road distance dominates.
    expect(l1.metres).toBeGreaterThan(1100.5);
    expect(l1.metres).toBeLessThan(1100.5 + 10);
    expect(l2.approximate).toBe(true);
    expect(l1.serverSeconds).toBe(880.4);
    expect(r.totalSeconds).toBeCloseTo(1800.6, 6);
  });

  it('not configured: says so without any request', async () => {
    const before = requests.length;
    for (const baseUrl of [undefined, null, '', '   ']) {
      const r = await fetchOsrmLegs(STOPS, { baseUrl });
      expect(r).toMatchObject({ ok: false, reason: 'not-configured' });
    }
    expect(requests.length).toBe(before);
  });

  it('unreachable: connection refused and timeout', async () => {
    const refused = await fetchOsrmLegs(STOPS, { baseUrl: `http://127.0.0.1:${await deadPort()}`, timeoutMs: 2000 });
    expect(refused).toMatchObject({ ok: false, reason: 'unreachable' });
    const slow = await fetchOsrmLegs(STOPS, { baseUrl: `${base}/slow`, timeoutMs: 150 });
    expect(slow).toMatchObject({ ok: false, reason: 'unreachable' });
    if (!slow.ok) expect(slow.detail).toMatch(/timeout/);
  });

  it('bad-response: not JSON, wrong leg count, polyline instead of GeoJSON, unknown code', async () => {
    for (const path of ['garbage', 'wrongshape', 'polyline', 'nothing-here']) {
      const r = await fetchOsrmLegs(STOPS, { baseUrl: `${base}/${path}` });
      expect(r, path).toMatchObject({ ok: false, reason: 'bad-response' });
    }
  });

  it('no-route: OSRM NoRoute answer', async () => {
    const r = await fetchOsrmLegs(STOPS, { baseUrl: `${base}/noroute` });
    expect(r).toMatchObject({ ok: false, reason: 'no-route' });
  });

  it('legsWithFallback: offline legs when the server fails, and the straight legs say why', async () => {
    const line: LineString = {
      type: 'LineString',
      coordinates: [
        [103.79, 36.0605],
        [103.83, 36.0605],
      ],
    };
    const ok = await legsWithFallback(STOPS, line, { baseUrl: `${base}/ok` });
    expect(ok.routing).toBe('osrm');
    const none = await legsWithFallback(STOPS, null, {});
    expect(none.routing).toBe('not-configured');
    expect(none.legs.every((l) => l.reason === 'leg.straight.no-tourist-line')).toBe(true);
    const down = await legsWithFallback(STOPS, line, { baseUrl: `${base}/noroute` });
    expect(down.routing).toBe('no-route');
    // a and c are within 500 m of the line, b (~500 m north) may not be: whatever the kind, straight legs carry the failure.
    for (const l of down.legs) {
      expect(l.reason).toBe(l.kind === 'tourist-line' ? 'leg.tourist-line' : 'leg.straight.routing-no-route');
    }
    expect(down.legs).toHaveLength(2);
  });
});
