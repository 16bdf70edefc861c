// KMZ is a ZIP holding one main KML document (by convention doc.kml, else the first .kml at the top level)
// plus images. Only that document is inflated (fflate's filter), and only when its declared size is within
// the file-size limit, so a "zip bomb" is refused before anything is inflated; the inflated size is checked
// again because a header can lie.
import { unzipSync } from 'fflate';
import { MAX_FILE_BYTES } from './limits';
import type { ImportError } from './outcome';

export function readKmz(bytes: Uint8Array): { kml: Uint8Array } | { error: ImportError } {
  const names: string[] = [];
  let tooLarge = 0;
  try {
    // First pass: list entries without inflating any (the filter returns false for all).
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch (e) {
    return { error: { code: 'kmz-broken', detail: e instanceof Error ? e.message : String(e) } };
  }
  const kmls = names.filter((n) => /\.kml$/i.test(n) && !n.startsWith('__MACOSX/'));
  const main = kmls.find((n) => n.toLowerCase() === 'doc.kml') ?? kmls.find((n) => !n.includes('/')) ?? kmls[0];
  if (main === undefined) return { error: { code: 'kmz-no-kml', entries: names.length } };
  let out: Record<string, Uint8Array>;
  try {
    out = unzipSync(bytes, {
      filter: (f) => {
        if (f.name !== main) return false;
        if (f.originalSize > MAX_FILE_BYTES) {
          tooLarge = f.originalSize;
          return false;
        }
        return true;
      },
    });
  } catch (e) {
    return { error: { code: 'kmz-broken', detail: e instanceof Error ? e.message : String(e) } };
  }
  if (tooLarge > 0) return { error: { code: 'too-large', bytes: tooLarge, max: MAX_FILE_BYTES } };
  const kml = out[main];
  if (!kml) return { error: { code: 'kmz-no-kml', entries: names.length } };
  if (kml.length > MAX_FILE_BYTES) return { error: { code: 'too-large', bytes: kml.length, max: MAX_FILE_BYTES } };
  return { kml };
}
