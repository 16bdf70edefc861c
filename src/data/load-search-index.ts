// Loads the search index on first use: the file built with the app (scripts/lib/search-index-plugin.ts) when
// it matches the data the app shows, otherwise (dev server, data changed at run time) built live — only then is
// the pinyin dictionary (src/data/search-build.ts) loaded.
import { searchIndexUrl } from 'virtual:lcm-search-index';
import type { SearchableFeature, SearchIndex } from './search-index';
import { parseSearchIndex } from './search-index-file';

export async function loadSearchIndex(
  inputs: readonly SearchableFeature[],
  url: string | null = searchIndexUrl,
): Promise<{ index: SearchIndex; from: 'file' | 'live' }> {
  if (url) {
    try {
      const res = await fetch(url);
      if (res.ok) return { index: parseSearchIndex(await res.json(), inputs), from: 'file' };
    } catch {
      // Unreadable or for other data: build it live below; search works either way.
    }
  }
  const { buildSearchIndex } = await import('./search-build');
  return { index: buildSearchIndex(inputs), from: 'live' };
}

export { search } from './search-index';
