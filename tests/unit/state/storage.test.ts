import { describe, expect, it } from 'vitest';
import {
  backupKeyFor,
  loadRecord,
  memoryStorage,
  parseJson,
  storeRecord,
  versionProblem,
  type StorageLike,
  type StoredRecord,
} from '../../../src/state/storage';

/** A small record of the kind the app keeps: { version: 1, items: string[] }; bad items are dropped as damage. */
const record: StoredRecord<string[]> = {
  key: 'lanzhou-map.test',
  oldKeys: ['lcm:test'],
  parse: (raw) => {
    const v = parseJson(raw);
    const problem = versionProblem(v, 1);
    if (problem) return { value: [], problem };
    const items = (v as { items?: unknown }).items;
    if (!Array.isArray(items)) return { value: [], problem: 'corrupt' };
    const good = items.filter((x): x is string => typeof x === 'string');
    return good.length === items.length ? { value: good } : { value: good, problem: 'corrupt' };
  },
  serialize: (items) => JSON.stringify({ version: 1, items }),
  empty: () => [],
  keepsReadable: (items) => items.length > 0,
};
const NOW = () => new Date('2026-12-01T06:00:00.000Z');
const BACKUP = 'lanzhou-map.test.backup-2026-12-01T06:00:00.000Z';

describe('storage: one way to keep a value between visits', () => {
  it('round-trips a value, and nothing stored reads as empty with no problem', () => {
    const st = memoryStorage();
    expect(loadRecord(st, record, NOW)).toEqual({ value: [] });
    expect(storeRecord(st, record, ['a', 'b'])).toEqual({ ok: true });
    expect(loadRecord(st, record, NOW)).toEqual({ value: ['a', 'b'] });
    expect(st.dump()).toEqual({ 'lanzhou-map.test': '{"version":1,"items":["a","b"]}' });
  });

  it('backs up unreadable text under <key>.backup-<ISO time>, reports it and clears the key', () => {
    const st = memoryStorage({ 'lanzhou-map.test': '{"version":1,"items":[' });
    expect(loadRecord(st, record, NOW)).toEqual({ value: [], problem: 'corrupt', backupKey: BACKUP });
    expect(st.dump()).toEqual({ [BACKUP]: '{"version":1,"items":[' });
    expect(backupKeyFor('lanzhou-map.test', NOW())).toBe(BACKUP);
  });

  it('keeps the readable part under the key once the whole text is backed up', () => {
    const raw = '{"version":1,"items":["a",7]}';
    const st = memoryStorage({ 'lanzhou-map.test': raw });
    expect(loadRecord(st, record, NOW)).toEqual({ value: ['a'], problem: 'corrupt', backupKey: BACKUP });
    expect(st.dump()).toEqual({ [BACKUP]: raw, 'lanzhou-map.test': '{"version":1,"items":["a"]}' });
  });

  it('backs up a newer version and refuses to overwrite one written since', () => {
    const raw = '{"version":2,"items":["x"]}';
    const st = memoryStorage({ 'lanzhou-map.test': raw });
    expect(loadRecord(st, record, NOW)).toEqual({ value: [], problem: 'unknown-version', backupKey: BACKUP });
    st.setItem('lanzhou-map.test', raw);
    expect(storeRecord(st, record, ['a'])).toEqual({ ok: false, reason: 'newer-version' });
    expect(st.getItem('lanzhou-map.test')).toBe(raw);
  });

  it('moves a value from an old key to the current one', () => {
    const st = memoryStorage({ 'lcm:test': '{"version":1,"items":["old"]}' });
    expect(loadRecord(st, record, NOW)).toEqual({ value: ['old'] });
    expect(st.dump()).toEqual({ 'lanzhou-map.test': '{"version":1,"items":["old"]}' });
  });

  it('when the backup cannot be written, the stored text stays where it was', () => {
    const inner = memoryStorage({ 'lanzhou-map.test': 'garbage' });
    const full: StorageLike = {
      getItem: (k) => inner.getItem(k),
      setItem: () => {
        throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      },
      removeItem: (k) => inner.removeItem(k),
    };
    expect(loadRecord(full, record, NOW)).toEqual({ value: [], problem: 'corrupt' });
    expect(inner.dump()).toEqual({ 'lanzhou-map.test': 'garbage' });
    expect(storeRecord(full, record, ['a'])).toEqual({ ok: false, reason: 'quota' });
  });

  it('storage that cannot be used at all: empty value, told so, and no call throws', () => {
    const denied = () => {
      throw Object.assign(new Error('denied'), { name: 'SecurityError' });
    };
    const broken: StorageLike = { getItem: denied, setItem: denied, removeItem: denied };
    expect(loadRecord(broken, record, NOW)).toEqual({ value: [], storageUnavailable: true });
    expect(storeRecord(broken, record, ['a'])).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('tells damage from a newer version', () => {
    expect(versionProblem({ version: 1 }, 1)).toBeNull();
    expect(versionProblem({ version: 1 }, [2, 1])).toBeNull();
    expect(versionProblem({ version: 3 }, 1)).toBe('unknown-version');
    expect(versionProblem({ version: '1' }, 1)).toBe('corrupt');
    expect(versionProblem([1], 1)).toBe('corrupt');
    expect(versionProblem(parseJson('{nope'), 1)).toBe('corrupt');
  });
});
