// The user's own suggested positions ("My suggestions"), kept in localStorage under a versioned schema:
//   { "version": 1, "suggestions": [{ "id", "siteId", "position": [lon, lat], "precision", "source", "note",
//     "contributor", "createdAt" }] }
// Positions are WGS84 degrees (what the map gives). Reading never throws; what cannot be read is moved aside to
// a backup key, never silently dropped, and the caller says so. One suggestion per site: a new one replaces it.
import type { StorageLike } from './saved-routes';

export const SUGGESTIONS_KEY = 'lanzhou-map.suggestions';
export const SUGGESTIONS_VERSION = 1;

export type SuggestionSource = { kind: 'url'; url: string } | { kind: 'visit'; date: string };
export type ClaimedPrecision = 'exact' | 'approximate';

export interface Suggestion {
  id: string;
  siteId: string;
  /** WGS84 [lon, lat] in degrees. */
  position: [number, number];
  precision: ClaimedPrecision;
  source: SuggestionSource;
  note: string | null;
  contributor: string | null;
  /** ISO 8601 timestamp. */
  createdAt: string;
}

export type SuggestionsProblem = 'corrupt' | 'unknown-version';

export interface LoadedSuggestions {
  suggestions: Suggestion[];
  problem?: SuggestionsProblem;
  /** Where unreadable data was copied (set together with `problem`). */
  backupKey?: string;
}

/** Limits keep one entry small: a note is a sentence or two, a name a name, a URL a URL. */
export const MAX_NOTE = 1000;
export const MAX_CONTRIBUTOR = 100;
export const MAX_URL = 2000;
const MAX_SUGGESTIONS = 500;
const SITE_ID_RE = /^[a-z0-9][a-z0-9-]{0,99}$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A real calendar date written YYYY-MM-DD (2025-02-30 is refused). */
export function isIsoDate(s: string): boolean {
  if (!DATE_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function isHttpUrl(s: string): boolean {
  if (s.length > MAX_URL) return false;
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

function readSource(x: unknown): SuggestionSource | null {
  if (!isRecord(x)) return null;
  if (x.kind === 'url' && typeof x.url === 'string' && isHttpUrl(x.url)) return { kind: 'url', url: x.url };
  if (x.kind === 'visit' && typeof x.date === 'string' && isIsoDate(x.date)) return { kind: 'visit', date: x.date };
  return null;
}

const optText = (x: unknown, max: number): string | null | undefined =>
  x === null || x === undefined ? null : typeof x === 'string' && x.length <= max ? x : undefined;

export function readSuggestion(x: unknown): Suggestion | null {
  if (!isRecord(x)) return null;
  const { id, siteId, position, precision, createdAt } = x;
  if (typeof id !== 'string' || id === '' || id.length > 100) return null;
  if (typeof siteId !== 'string' || !SITE_ID_RE.test(siteId)) return null;
  if (!Array.isArray(position) || position.length !== 2) return null;
  const [lon, lat] = position as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) return null;
  if (precision !== 'exact' && precision !== 'approximate') return null;
  const source = readSource(x.source);
  const note = optText(x.note, MAX_NOTE);
  const contributor = optText(x.contributor, MAX_CONTRIBUTOR);
  if (!source || note === undefined || contributor === undefined) return null;
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) return null;
  return { id, siteId, position: [lon, lat], precision, source, note, contributor, createdAt };
}

/** Parses the stored text; `null` (nothing saved) is no suggestions and no problem. Valid entries survive damage. */
export function parseSuggestions(raw: string | null): { suggestions: Suggestion[]; problem?: SuggestionsProblem } {
  if (raw === null) return { suggestions: [] };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { suggestions: [], problem: 'corrupt' };
  }
  if (!isRecord(value)) return { suggestions: [], problem: 'corrupt' };
  if (value.version !== SUGGESTIONS_VERSION) {
    return { suggestions: [], problem: typeof value.version === 'number' ? 'unknown-version' : 'corrupt' };
  }
  if (!Array.isArray(value.suggestions)) return { suggestions: [], problem: 'corrupt' };
  const out: Suggestion[] = [];
  let bad = false;
  for (const item of value.suggestions.slice(0, MAX_SUGGESTIONS)) {
    const s = readSuggestion(item);
    if (!s || out.some((o) => o.id === s.id)) bad = true;
    else out.push(s);
  }
  return bad || value.suggestions.length > MAX_SUGGESTIONS ? { suggestions: out, problem: 'corrupt' } : { suggestions: out };
}

export function serializeSuggestions(list: readonly Suggestion[]): string {
  return JSON.stringify({ version: SUGGESTIONS_VERSION, suggestions: list });
}

/**
 * Reads the saved suggestions. On a problem the raw text is copied to `<key>.backup-<ISO time>` first; then the
 * readable entries (if any) are written back and the rest is cleared. If the backup cannot be written, the main
 * key is left untouched so nothing is lost.
 */
export function loadSuggestions(storage: StorageLike, key = SUGGESTIONS_KEY, now: () => Date = () => new Date()): LoadedSuggestions {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { suggestions: [] };
  }
  const parsed = parseSuggestions(raw);
  if (!parsed.problem || raw === null) return parsed;
  const backupKey = `${key}.backup-${now().toISOString()}`;
  try {
    storage.setItem(backupKey, raw);
  } catch {
    return parsed;
  }
  try {
    if (parsed.suggestions.length > 0) storage.setItem(key, serializeSuggestions(parsed.suggestions));
    else storage.removeItem(key);
  } catch {
    // The backup exists; leaving the main key as it was loses nothing.
  }
  return { ...parsed, backupKey };
}

export type SaveResult = { ok: true } | { ok: false; reason: 'unavailable' | 'quota' | 'newer-version' };

export function storeSuggestions(storage: StorageLike, list: readonly Suggestion[], key = SUGGESTIONS_KEY): SaveResult {
  try {
    const current = storage.getItem(key);
    if (current !== null && parseSuggestions(current).problem === 'unknown-version') return { ok: false, reason: 'newer-version' };
    storage.setItem(key, serializeSuggestions(list));
    return { ok: true };
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    return { ok: false, reason: /quota/i.test(name) ? 'quota' : 'unavailable' };
  }
}

/** The list with `s` in it: a suggestion for a site already in the list replaces the older one (same place in the list). */
export function withSuggestion(list: readonly Suggestion[], s: Suggestion): Suggestion[] {
  const i = list.findIndex((o) => o.siteId === s.siteId);
  if (i < 0) return [...list, s];
  return list.map((o, j) => (j === i ? s : o));
}

export function withoutSuggestion(list: readonly Suggestion[], id: string): Suggestion[] {
  return list.filter((o) => o.id !== id);
}

/** A local id, unique within the list: time in base 36 plus a counter. */
export function newSuggestionId(list: readonly Suggestion[], now: Date): string {
  const base = `sg-${now.getTime().toString(36)}`;
  let n = 0;
  while (list.some((o) => o.id === `${base}-${n}`)) n++;
  return `${base}-${n}`;
}

export type SourceProblem = 'url-missing' | 'url-invalid' | 'date-missing' | 'date-invalid' | 'date-future';

/**
 * The source as the form gives it: a URL, or an on-site visit with its date (YYYY-MM-DD, not after `today`).
 * Returns the source or what is wrong with it, so the form can say so in the user's language.
 */
export function readFormSource(
  kind: 'url' | 'visit',
  url: string,
  date: string,
  today: string,
): { source: SuggestionSource } | { problem: SourceProblem } {
  if (kind === 'url') {
    const u = url.trim();
    if (u === '') return { problem: 'url-missing' };
    if (!isHttpUrl(u)) return { problem: 'url-invalid' };
    return { source: { kind: 'url', url: u } };
  }
  const d = date.trim();
  if (d === '') return { problem: 'date-missing' };
  if (!isIsoDate(d)) return { problem: 'date-invalid' };
  if (d > today) return { problem: 'date-future' };
  return { source: { kind: 'visit', date: d } };
}
