import { describe, expect, it } from 'vitest';
import { FIGURE_EVIDENCE, SWOT_EVIDENCE, evidenceHref, evidencePatch } from '../../../src/app/dashboard-evidence';
import { readIndicators } from '../data/geodata-files';

describe('dashboard evidence links', () => {
  const ind = readIndicators();

  it('every evidence entry names a SWOT item or figure that exists in indicators.json', () => {
    const swotIds = ind.swot.items.map((i) => i.id);
    expect(Object.keys(SWOT_EVIDENCE).sort()).toEqual([...swotIds].sort());
    const figureIds = new Set(ind.indicators.map((i) => i.id));
    for (const id of Object.keys(FIGURE_EVIDENCE)) expect(figureIds.has(id), id).toBe(true);
  });

  it('builds permalinks the URL codec reads back', () => {
    expect(evidenceHref(SWOT_EVIDENCE['rich-historical-cultural-resources']!, 'en')).toBe('?lang=en&layers=heritage-units,museums,ich-items');
    expect(evidenceHref(SWOT_EVIDENCE['insufficient-integration-of-cultural-resources']!, 'zh')).toBe(
      '?layers=tourist-line,heritage-units,transport&highlight=unintegrated',
    );
    const patch = evidencePatch(evidenceHref(SWOT_EVIDENCE['homogenisation']!, 'en'));
    expect(patch).toMatchObject({ selected: 'lanzhou-old-street', mainView: 'map', highlight: null, lang: 'en' });
    expect(patch.filters?.layers).toEqual(['designations']);
  });
});
