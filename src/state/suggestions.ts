// The user's own suggested positions ("My suggestions"), kept through src/state/storage.ts under a versioned wrapper
// around features of the contribution file (src/data/contribution.ts, docs/contribution-file.md):
//   { "version": 1, "suggestions": [<contribution feature>, …] }
// so what is stored is exactly what "Export suggestions" writes and what an import reads back, checked by the same
// validator. One suggestion per site (the file's rule): `site_id` is the suggestion's id, a new one replaces it.
// Reading never throws; what cannot be read is moved aside to a backup key, never silently dropped.
import type { ContributionFeature, ContributionSource } from '../data/contribution';
import {
  CONTRIBUTION_FORMAT,
  CONTRIBUTION_VERSION,
  isCalendarDate,
  isHttpUrl,
  parseContributionFile,
} from '../data/contribution';
import type { StorageLike, StoredProblem, StoredRecord, StoreResult } from './storage';
import { loadRecord, parseJson, storeRecord, versionProblem } from './storage';

export const SUGGESTIONS_KEY = 'lanzhou-map.suggestions';
export const SUGGESTIONS_VERSION = 1;
/** More than anyone places by hand; keeps a damaged or hostile entry from filling the origin's quota. */
const MAX_SUGGESTIONS = 500;

export type Suggestion = ContributionFeature;
export type SuggestionsProblem = StoredProblem;

export interface LoadedSuggestions {
  suggestions: Suggestion[];
  problem?: SuggestionsProblem;
  /** Where unreadable data was copied (set together with `problem`). */
  backupKey?: string;
}

/** Parses the stored text; `null` (nothing saved) is no suggestions and no problem. Valid entries survive damage. */
export function parseSuggestions(raw: string | null): { suggestions: Suggestion[]; problem?: SuggestionsProblem } {
  if (raw === null) return { suggestions: [] };
  const value = parseJson(raw);
  const problem = versionProblem(value, SUGGESTIONS_VERSION);
  if (problem) return { suggestions: [], problem };
  const list = (value as { suggestions?: unknown }).suggestions;
  if (!Array.isArray(list)) return { suggestions: [], problem: 'corrupt' };
  const items = list.slice(0, MAX_SUGGESTIONS);
  const { accepted, issues } = parseContributionFile({
    type: 'FeatureCollection',
    format: CONTRIBUTION_FORMAT,
    version: CONTRIBUTION_VERSION,
    features: items,
  });
  const bad = issues.length > 0 || list.length > MAX_SUGGESTIONS;
  return bad ? { suggestions: accepted, problem: 'corrupt' } : { suggestions: accepted };
}

export function serializeSuggestions(list: readonly Suggestion[]): string {
  return JSON.stringify({ version: SUGGESTIONS_VERSION, suggestions: list });
}

function suggestionsRecord(key: string): StoredRecord<Suggestion[]> {
  return {
    key,
    parse: (raw) => {
      const { suggestions, problem } = parseSuggestions(raw);
      return problem ? { value: suggestions, problem } : { value: suggestions };
    },
    serialize: serializeSuggestions,
    empty: () => [],
    keepsReadable: (list) => list.length > 0,
  };
}

/** Reads the saved suggestions; what cannot be read is backed up first (loadRecord, storage.ts). */
export function loadSuggestions(
  storage: StorageLike,
  key = SUGGESTIONS_KEY,
  now: () => Date = () => new Date(),
): LoadedSuggestions {
  const { value, problem, backupKey } = loadRecord(storage, suggestionsRecord(key), now);
  return { suggestions: value, ...(problem ? { problem } : {}), ...(backupKey ? { backupKey } : {}) };
}

export function storeSuggestions(
  storage: StorageLike,
  list: readonly Suggestion[],
  key = SUGGESTIONS_KEY,
): StoreResult {
  return storeRecord(storage, suggestionsRecord(key), list.slice());
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
export function mergeSuggestions(
  list: readonly Suggestion[],
  incoming: readonly Suggestion[],
): { list: Suggestion[]; added: number; kept: number } {
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
