import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAYER_FILES } from '../../../src/data/load-layers';
import { LAYER_IDS } from '../../../src/types';
import { placeAreas, planMerge, reviewSites, reviewTable } from '../../../scripts/lib/contribution-merge';
import { formatContributionRows, latestPerSite, readContributionRows } from '../../../scripts/lib/contributions-table';
import { readGeodata } from '../data/geodata-files';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'contribution', 'city-museum.json');
const text = readFileSync(FIXTURE, 'utf8');
const files = readGeodata();
const sites = reviewSites(LAYER_IDS.map((l) => files[LAYER_FILES[l]]));
const districts = placeAreas(files);

/** The fixture with its first feature's properties and geometry changed. */
function variant(
  change: (f: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }) => void,
): string {
  const fc = JSON.parse(text) as {
    features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[];
  };
  const f = fc.features[0];
  if (!f) throw new Error('fixture has no feature');
  change(f);
  fc.features = [f];
  return JSON.stringify(fc);
}

describe('planMerge', () => {
  it('accepts a well-formed file and plans the rows to record, with the distance moved', () => {
    const plan = planMerge(text, sites, districts, []);
    expect(plan.ok).toBe(true);
    expect(plan.added).toBe(2);
    expect(plan.rows.map((r) => [r.site_id, r.moved_m, r.district_found, r.record])).toEqual([
      ['lanzhou-city-museum', null, '城关区', 'new'],
      ['zhongshan-bridge', 10, '城关区', 'new'],
    ]);
    expect(plan.table.map((r) => [r.site_id, r.source_kind, r.visit_date, r.source_url])).toEqual([
      ['lanzhou-city-museum', 'site-visit', '2026-11-28', ''],
      ['zhongshan-bridge', 'url', '', 'https://example.org/zhongshan-bridge'],
    ]);
    const table = reviewTable(plan);
    expect(table).toContain(
      '| 0 | lanzhou-city-museum (兰州市博物馆) | none → 103.826500, 36.058300 (exact) | newly placed | 城关区 ✓ | on-site visit, 2026-11-28 | accept (new) |',
    );
    expect(table).toContain('| 10 m |');
  });

  it('rejects a point outside the municipality and records nothing', () => {
    const plan = planMerge(
      variant((f) => (f.geometry.coordinates = [104.9, 37.5])),
      sites,
      districts,
      [],
    );
    expect(plan.ok).toBe(false);
    expect(plan.added).toBe(0);
    expect(plan.rows[0]?.problems.map((p) => p.code)).toEqual(['outside-municipality']);
    expect(reviewTable(plan)).toContain('REJECT: [104.9, 37.5] is outside the Lanzhou municipality');
  });

  it('rejects a point in another district than the site declares', () => {
    const plan = planMerge(
      variant((f) => (f.geometry.coordinates = [104.1125, 35.84278])),
      sites,
      districts,
      [],
    );
    expect(plan.rows[0]?.problems.map((p) => p.code)).toEqual(['wrong-district']);
    expect(plan.rows[0]?.district_found).toBe('榆中县');
  });

  it('rejects an unknown site id', () => {
    const plan = planMerge(
      variant((f) => (f.properties.site_id = 'no-such-museum')),
      sites,
      districts,
      [],
    );
    expect(plan.ok).toBe(false);
    expect(plan.rows[0]?.problems).toEqual([{ code: 'unknown-site', message: 'no site has the id "no-such-museum"' }]);
  });

  it('rejects a row without a source, naming the feature', () => {
    const plan = planMerge(
      variant((f) => delete f.properties.source),
      sites,
      districts,
      [],
    );
    expect(plan.ok).toBe(false);
    expect(plan.rows).toEqual([]);
    expect(plan.issues).toEqual([expect.objectContaining({ index: 0, code: 'missing-source' })]);
  });

  it('is idempotent: a re-run on the recorded table adds nothing and keeps the table', () => {
    const first = planMerge(text, sites, districts, []);
    const again = planMerge(text, sites, districts, first.table);
    expect(again.ok).toBe(true);
    expect(again.added).toBe(0);
    expect(again.rows.every((r) => r.record === 'already recorded')).toBe(true);
    expect(formatContributionRows(again.table)).toBe(formatContributionRows(first.table));
  });

  it('writes deterministic output whatever the order of the rows', () => {
    const plan = planMerge(text, sites, districts, []);
    const csv = formatContributionRows(plan.table);
    expect(formatContributionRows([...plan.table].reverse())).toBe(csv);
    expect(csv.split('\n')[0]).toBe(
      'site_id,lon,lat,precision,uncertainty_m,source_kind,source_url,visit_date,note,contributor,app_version,created',
    );
  });

  it('a later contribution for the same site replaces the earlier one in the build', () => {
    const first = planMerge(text, sites, districts, []);
    const later = planMerge(
      variant((f) => {
        f.geometry.coordinates = [103.8266, 36.0584];
        f.properties.created = '2026-12-01T09:00:00Z';
      }),
      sites,
      districts,
      first.table,
    );
    expect(later.rows[0]?.record).toBe('replaces an earlier contribution');
    expect(latestPerSite(later.table).get('lanzhou-city-museum')?.lon).toBe('103.8266');
  });

  it('reads no rows when the table does not exist yet', () => {
    expect(readContributionRows(join(import.meta.dirname, 'no-such-table.csv'))).toEqual([]);
  });
});
