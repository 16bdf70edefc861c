import { describe, expect, it } from 'vitest';
import {
  FIGURE_EVIDENCE,
  SWOT_CHART_EVIDENCE,
  SWOT_EVIDENCE,
  evidenceHref,
  evidencePatch,
} from '../../../src/app/dashboard-evidence';
import { readIndicators, readLayers } from '../data/geodata-files';

describe('dashboard evidence links', () => {
  const ind = readIndicators();

  it('every evidence entry names a SWOT item or figure that exists in indicators.json', () => {
    const swotIds = new Set(ind.swot.items.map((i) => i.id));
    for (const id of [...Object.keys(SWOT_EVIDENCE), ...Object.keys(SWOT_CHART_EVIDENCE)])
      expect(swotIds.has(id), id).toBe(true);
    const figureIds = new Set(ind.indicators.map((i) => i.id));
    for (const id of Object.keys(FIGURE_EVIDENCE)) expect(figureIds.has(id), id).toBe(true);
  });

  it('gives a map state to the items the map can show, and says so in the data for exactly those with evidence', () => {
    expect(Object.keys(SWOT_EVIDENCE).sort()).toEqual(
      [
        'cultural-industry-taking-shape',
        'homogenisation',
        'insufficient-integration-of-cultural-resources',
        'rich-historical-cultural-resources',
        'superior-location-convenient-transport',
        'weak-innovation-few-brands',
      ].sort(),
    );
    expect(SWOT_CHART_EVIDENCE).toEqual({ 'talent-brain-drain': 'chart-rank' });
    // An item with a link or a chart also describes it; an item without either has no description (the panel says
    // "nothing to show").
    for (const it of ind.swot.items) {
      const hasEvidence = it.id in SWOT_EVIDENCE || it.id in SWOT_CHART_EVIDENCE;
      expect(it.map_evidence !== null, it.id).toBe(hasEvidence);
    }
  });

  it('points at sites that exist in the layers', () => {
    const layers = readLayers();
    const ids = new Set(Object.values(layers).flatMap((c) => c.features.map((f) => String(f.properties.id))));
    for (const e of Object.values(SWOT_EVIDENCE)) if (e.selected) expect(ids.has(e.selected), e.selected).toBe(true);
    for (const c of ind.name_cards.items) if (c.feature_id) expect(ids.has(c.feature_id), c.feature_id).toBe(true);
  });

  it('says of the designations and of Lanzhou Old Street only what the data holds (no known position)', () => {
    // The SWOT texts for "cultural industry" and "homogenisation" say these are listed, not drawn: if a position
    // is ever added, those texts (in indicators.json) must change with it.
    const layers = readLayers();
    const located = layers.designations.features.filter(
      (f) => f.geometry !== null && f.properties.precision !== 'unknown',
    );
    expect(located.map((f) => f.properties.id)).toEqual([]);
    expect(layers.designations.features.some((f) => f.properties.id === 'lanzhou-creative-culture-park')).toBe(true);
  });

  it('builds permalinks the URL codec reads back', () => {
    expect(evidenceHref(SWOT_EVIDENCE['rich-historical-cultural-resources']!, 'en')).toBe(
      '?lang=en&layers=heritage-units,museums,ich-items',
    );
    expect(evidenceHref(SWOT_EVIDENCE['insufficient-integration-of-cultural-resources']!, 'zh')).toBe(
      '?layers=tourist-line,heritage-units,transport&highlight=unintegrated',
    );
    const patch = evidencePatch(evidenceHref(SWOT_EVIDENCE['homogenisation']!, 'en'));
    expect(patch).toMatchObject({ selected: 'lanzhou-old-street', mainView: 'map', highlight: null, lang: 'en' });
    expect(patch.filters?.layers).toEqual(['designations']);
    const industry = evidencePatch(evidenceHref(SWOT_EVIDENCE['cultural-industry-taking-shape']!, 'en'));
    expect(industry).toMatchObject({ listOpen: true, selected: null });
    expect(industry.filters?.layers).toEqual(['designations']);
  });
});
