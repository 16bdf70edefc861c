// The user's own suggested positions ("My suggestions"), kept in localStorage under a versioned wrapper around
// features of the contribution file (src/data/contribution.ts, docs/contribution-file.md):
//   { "version": 1, "suggestions": [<contribution feature>, …] }
// so what is stored is exactly what "Export suggestions" writes and what an import reads back, checked by the same
// validator. One suggestion per site (the file's rule): `site_id` is the suggestion's id, a new one replaces it.
// Reading never throws; what cannot be read is moved aside to a backup key, never silently dropped.
import type { ContributionFeature, ContributionSource } from '../data/contribution';
import { CONTRIBUTION_FORMAT, CONTRIBUTION_VERSION, isCalendarDate, isHttpUrl, parseContributionFile } from '../data/contribution';
import type { StorageLike } from './saved-routes';

export const SUGGESTIONS_KEY = 'lanzhou-map.suggestions';
export const SUGGESTIONS_VERSION = 1;
/** More than anyone places by hand; keeps a damaged or hostile entry from filling the origin's quota. */
const MAX_SUGGESTIONS = 500;

export type Suggestion = ContributionFeature;
export type SuggestionsProblem = 'corrupt' | 'unknown-version';

export interface LoadedSuggestions {
  suggestions: Suggestion[];
  problem?: SuggestionsProblem;
  /** Where unreadable data was copied (set together with `problem`). */
  backupKey?: string;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

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
  const items = value.suggestions.slice(0, MAX_SUGGESTIONS);
  const { accepted, issues } = parseContributionFile({ type: 'FeatureCollection', format: CONTRIBUTION_FORMAT, version: CONTRIBUTION_VERSION, features: items });
  const bad = issues.length > 0 || value.suggestions.length > MAX_SUGGESTIONS;
  return bad ? { suggestions: accepted, problem: 'corrupt' } : { suggestions: accepted };
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

/** The list with `s` in it: a suggestion for a site already in the list replaces the older one, in its place. */
export function withSuggestion(list: readonly Suggestion[], s: Suggestion): Suggestion[] {
  const i = list.findIndex((o) => o.properties.site_id === s.properties.site_id);
  if (i < 0) return [...list, s];
  return list.map((o, j) => (j === i ? s : o));
}

export function withoutSuggestion(list: readonly Suggestion[], siteId: string): Suggestion[] {
  return list.filter((o) => o.properties.site_id !== siteId);
}

/** Imported suggestions join the list; for a site already in it, the newer `created` wins. */
export function mergeSuggestions(list: readonly Suggestion[], incoming: readonly Suggestion[]): { list: Suggestion[]; added: number; kept: number } {
  let out = [...list];
  let added = 0;
  let kept = 0;
  for (const s of incoming) {
    const old = out.find((o) => o.properties.site_id === s.properties.site_id);
    if (old && old.properties.created >= s.properties.created) {
      kept++;
      continue;
    }
    out = withSuggestion(out, s);
    added++;
  }
  return { list: out, added, kept };
}

export type SourceProblem = 'url-missing' | 'url-invalid' | 'date-missing' | 'date-invalid' | 'date-future';

/**
 * The source as the form gives it: a web address, or an on-site visit with its date (YYYY-MM-DD, not after
 * `today`, the UTC date the suggestion is made). Returns the source or what is wrong, for a message in the UI
 * language; the rules are those of the contribution file, so a saved suggestion always exports cleanly.
 */
export function readFormSource(
  kind: 'url' | 'site-visit',
  url: string,
  date: string,
  today: string,
): { source: ContributionSource } | { problem: SourceProblem } {
  if (kind === 'url') {
    const u = url.trim();
    if (u === '') return { problem: 'url-missing' };
    if (!isHttpUrl(u) || u.length > 2000) return { problem: 'url-invalid' };
    return { source: { kind: 'url', url: u } };
  }
  const d = date.trim();
  if (d === '') return { problem: 'date-missing' };
  if (!isCalendarDate(d)) return { problem: 'date-invalid' };
  if (d > today) return { problem: 'date-future' };
  return { source: { kind: 'site-visit', date: d } };
}
