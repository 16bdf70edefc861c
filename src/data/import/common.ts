// The small part of import that the page itself needs (the heavy parsing lives in the worker bundle):
// the size check made before a file is read, and the `layer` value imported features carry.
import type { LayerId } from '../../types';
import type { ImportError } from './outcome';
import { MAX_FILE_BYTES } from './limits';

/**
 * The `layer` of imported features. It is not one of our thematic layers: imported features live only in the
 * catalogue's external set and the 'imported' overlay, never in `catalogue.layers`, so nothing iterates them
 * per layer. The cast is confined here.
 */
export const IMPORTED_LAYER = 'imported' as unknown as LayerId;

/** Refusal before reading: the File's size is known without reading it. */
export function checkFileSize(bytes: number): ImportError | null {
  return bytes > MAX_FILE_BYTES ? { code: 'too-large', bytes, max: MAX_FILE_BYTES } : null;
}
