// The review behind `npm run data:contribute`: a contribution file (src/data/contribution.ts) checked against the
// schema, the map data (scripts/lib/contribution-review.ts) and the rows already accepted, giving a verdict per row
// and the table that --write would record. Pure: text and data in, plan out (the CLI does the file work).
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { PlaceAreas } from '../../src/analysis/place-of-point';
import { parseContributionText, type ContributionIssue } from '../../src/data/contribution';
import {
  reviewContributions,
  reviewSiteFromFeature,
  type ContributionVerdict,
  type ReviewSite,
} from './contribution-review';
import {
  describeRowSource,
  rowFromFeature,
  sameContribution,
  sortRows,
  type ContributionRow,
} from './contributions-table';

export type RecordState = 'new' | 'already recorded' | 'replaces an earlier contribution';

export interface MergeRow extends ContributionVerdict {
  row: ContributionRow;
  record: RecordState;
}

export interface MergePlan {
  /** Problems with the file or a feature's schema (the feature is not reviewed further). */
  issues: ContributionIssue[];
  rows: MergeRow[];
  /** True when the file has no schema issue and every row passed review. */
  ok: boolean;
  /** The table --write records: the existing rows plus the new ones, sorted. */
  table: ContributionRow[];
  added: number;
}

/** Every feature of the layer files, keyed by id, as the review needs it. */
export function reviewSites(layerFiles: readonly unknown[]): Map<string, ReviewSite> {
  const out = new Map<string, ReviewSite>();
  for (const fc of layerFiles) {
    const features = (fc as { features?: Feature<Geometry | null, Record<string, unknown>>[] }).features ?? [];
    for (const f of features) {
      const s = reviewSiteFromFeature(f);
      if (s) out.set(s.id, s);
    }
  }
  return out;
}

/** The municipality outline and the district polygons of a geodata directory read by readGeodataDir. */
export function placeAreas(files: Readonly<Record<string, unknown>>): PlaceAreas {
  return {
    municipality: files['base/municipality-outline.geojson'] as FeatureCollection,
    districts: files['districts.geojson'] as FeatureCollection,
  };
}

export function planMerge(
  text: string,
  sites: ReadonlyMap<string, ReviewSite>,
  where: PlaceAreas,
  existing: readonly ContributionRow[],
): MergePlan {
  const parsed = parseContributionText(text);
  const verdicts = reviewContributions(
    parsed.accepted.map((feature, i) => ({ index: parsed.acceptedIndex[i] ?? -1, feature })),
    sites,
    where,
  );
  const rows: MergeRow[] = verdicts.map((v, i) => {
    const row = rowFromFeature(parsed.accepted[i] ?? (undefined as never));
    const same = existing.some((e) => sameContribution(e, row));
    const earlier = existing.some((e) => e.site_id === row.site_id);
    return { ...v, row, record: same ? 'already recorded' : earlier ? 'replaces an earlier contribution' : 'new' };
  });
  const ok = parsed.issues.length === 0 && rows.length > 0 && rows.every((r) => r.ok);
  const fresh = ok ? rows.filter((r) => r.record !== 'already recorded').map((r) => r.row) : [];
  return { issues: parsed.issues, rows, ok, table: sortRows([...existing, ...fresh]), added: fresh.length };
}

const fmt = (c: [number, number] | null): string => (c ? `${c[0].toFixed(6)}, ${c[1].toFixed(6)}` : 'none');

/** The review table printed for the maintainer: what changes for each site, and why a row is refused. */
export function reviewTable(plan: MergePlan): string {
  const lines = [
    '| # | site | old → new position | moved | district check | source | verdict |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of plan.rows) {
    const name = r.site ? `${r.site_id} (${r.site.name_zh})` : r.site_id;
    const moved = r.moved_m === null ? 'newly placed' : `${r.moved_m} m`;
    const declared = r.site?.district ?? 'not stated';
    const district =
      r.district_found === null
        ? 'outside Lanzhou'
        : r.district_found === declared
          ? `${r.district_found} ✓`
          : `in ${r.district_found}, declared ${declared}`;
    const verdict = r.ok ? `accept (${r.record})` : `REJECT: ${r.problems.map((p) => p.message).join('; ')}`;
    lines.push(
      `| ${r.index} | ${name} | ${fmt(r.from)} → ${fmt(r.to)} (${r.row.precision}) | ${moved} | ${district} | ${describeRowSource(r.row)} | ${verdict} |`,
    );
  }
  return lines.join('\n');
}

/** One line per schema problem, naming the feature. */
export function issueLines(plan: MergePlan): string[] {
  return plan.issues.map((i) => `${i.index === null ? 'file' : `feature #${i.index}`}: ${i.message}`);
}
