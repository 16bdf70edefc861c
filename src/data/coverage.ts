// placeholder, replaced below
import type { LayerId, SourceRef } from './types';
export interface CoverageNote {
  layer: LayerId | 'transport-lines';
  name_zh: string;
  research_file: string;
  reason: { zh: string; en: string };
  sources: SourceRef[];
}
