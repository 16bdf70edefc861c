// Where the embedded base map's archive is: geodata/base/lanzhou.pmtiles when `npm run basemap:extract` has
// written it (bundled with a hashed name), or a stand-in the browser tests name in local storage.
import { resolveArchiveUrl, TEST_ARCHIVE_KEY } from './offline-style';

/** The offline base map archive, bundled (hashed) only if `npm run basemap:extract` has written it. */
const ARCHIVES = import.meta.glob<string>('../../geodata/base/lanzhou.pmtiles', {
  query: '?url',
  import: 'default',
  eager: true,
});

export function offlineArchiveUrl(): string | null {
  let override: string | null = null;
  try {
    override = localStorage.getItem(TEST_ARCHIVE_KEY);
  } catch {
    // storage blocked: no stand-in
  }
  return resolveArchiveUrl(ARCHIVES['../../geodata/base/lanzhou.pmtiles'], location.href, override);
}
