import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  loadSavedRoutes,
  parseSavedRoutes,
  SAVED_ROUTES_KEY,
  serializeSavedRoutes,
  storeSavedRoutes,
  type SavedRoute,
} from '../../../src/state/saved-routes';
import { memoryStorage, type StorageLike } from '../../../src/state/storage';

const R1: SavedRoute = {
  id: 'r1',
  name: '五张名片 Five name cards',
  stopIds: ['zhongshan-bridge', 'gansu-museum'],
  mode: 'walk',
  createdAt: '2026-11-28T10:00:00.000Z',
};
const R2: SavedRoute = { id: 'r2', name: '', stopIds: [], mode: 'drive', createdAt: '2026-11-29T08:30:00Z' };
const NOW = () => new Date('2026-12-01T12:00:00.000Z');
const BACKUP = `${SAVED_ROUTES_KEY}.backup-2026-12-01T12:00:00.000Z`;

describe('parseSavedRoutes / serializeSavedRoutes', () => {
  it('round-trips version 1', () => {
    const raw = serializeSavedRoutes([R1, R2]);
    expect(JSON.parse(raw)).toMatchObject({ version: 1 });
    expect(parseSavedRoutes(raw)).toEqual({ routes: [R1, R2] });
  });

  it('nothing stored is not a problem', () => {
    expect(parseSavedRoutes(null)).toEqual({ routes: [] });
  });

  it('corrupt: invalid JSON, wrong shapes', () => {
    for (const raw of [
      '',
      '{',
      'null',
      '[]',
      '"x"',
      '{"routes":[]}',
      '{"version":"1","routes":[]}',
      '{"version":1}',
      '{"version":1,"routes":{}}',
    ]) {
      expect(parseSavedRoutes(raw), raw).toEqual({ routes: [], problem: 'corrupt' });
    }
  });

  it('corrupt entries are dropped, the rest kept', () => {
    const raw = JSON.stringify({
      version: 1,
      routes: [R1, { ...R2, mode: 'fly' }, { ...R2, stopIds: ['Bad Id'] }, { ...R2, createdAt: 'yesterday' }, R1, R2],
    });
    expect(parseSavedRoutes(raw)).toEqual({ routes: [R1, R2], problem: 'corrupt' });
  });

  it('unknown version', () => {
    expect(parseSavedRoutes('{"version":2,"routes":[]}')).toEqual({ routes: [], problem: 'unknown-version' });
    expect(parseSavedRoutes('{"version":0}')).toEqual({ routes: [], problem: 'unknown-version' });
  });

  it('property: never throws on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const r = parseSavedRoutes(raw);
        expect(Array.isArray(r.routes)).toBe(true);
      }),
      { numRuns: 500, seed: 6 },
    );
  });
});

describe('loadSavedRoutes / storeSavedRoutes with an in-memory Storage', () => {
  it('loads and stores', () => {
    const s = memoryStorage();
    expect(loadSavedRoutes(s)).toEqual({ routes: [] });
    expect(storeSavedRoutes(s, [R1])).toEqual({ ok: true });
    expect(loadSavedRoutes(s)).toEqual({ routes: [R1] });
  });

  it('corrupt data is moved aside to a backup key and the caller is told', () => {
    const s = memoryStorage({ [SAVED_ROUTES_KEY]: '{"version":1,"routes":[' });
    const r = loadSavedRoutes(s, undefined, NOW);
    expect(r).toEqual({ routes: [], problem: 'corrupt', backupKey: BACKUP });
    expect(s.dump()).toEqual({ [BACKUP]: '{"version":1,"routes":[' });
    // The next save starts clean.
    expect(storeSavedRoutes(s, [R2])).toEqual({ ok: true });
    expect(loadSavedRoutes(s)).toEqual({ routes: [R2] });
  });

  it('partly corrupt: good routes stay under the main key, the original is backed up', () => {
    const raw = JSON.stringify({ version: 1, routes: [R1, { nope: true }] });
    const s = memoryStorage({ [SAVED_ROUTES_KEY]: raw });
    expect(loadSavedRoutes(s, undefined, NOW)).toEqual({ routes: [R1], problem: 'corrupt', backupKey: BACKUP });
    expect(s.dump()[BACKUP]).toBe(raw);
    expect(parseSavedRoutes(s.dump()[SAVED_ROUTES_KEY] ?? null)).toEqual({ routes: [R1] });
  });

  it('unknown version is moved aside, and a newer version written later is not overwritten', () => {
    const v2 = '{"version":2,"routes":[{"id":"x"}]}';
    const s = memoryStorage({ [SAVED_ROUTES_KEY]: v2 });
    expect(loadSavedRoutes(s, undefined, NOW)).toEqual({ routes: [], problem: 'unknown-version', backupKey: BACKUP });
    expect(s.dump()[BACKUP]).toBe(v2);
    s.setItem(SAVED_ROUTES_KEY, v2); // another tab, newer app
    expect(storeSavedRoutes(s, [R1])).toEqual({ ok: false, reason: 'newer-version' });
    expect(s.getItem(SAVED_ROUTES_KEY)).toBe(v2);
  });

  it('when the backup cannot be written, the original stays put', () => {
    const inner = memoryStorage({ [SAVED_ROUTES_KEY]: 'garbage' });
    const full: StorageLike = {
      getItem: (k) => inner.getItem(k),
      setItem: () => {
        const e = new Error('full');
        e.name = 'QuotaExceededError';
        throw e;
      },
      removeItem: (k) => inner.removeItem(k),
    };
    expect(loadSavedRoutes(full, undefined, NOW)).toEqual({ routes: [], problem: 'corrupt' });
    expect(inner.getItem(SAVED_ROUTES_KEY)).toBe('garbage');
    expect(storeSavedRoutes(full, [R1])).toEqual({ ok: false, reason: 'quota' });
  });

  it('storage that throws on access (private mode) degrades to nothing saved', () => {
    const broken: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => undefined,
    };
    expect(loadSavedRoutes(broken)).toEqual({ routes: [], storageUnavailable: true });
    expect(storeSavedRoutes(broken, [R1])).toEqual({ ok: false, reason: 'unavailable' });
  });
});
