// npm run data:refresh — match OpenStreetMap and Wikidata results to our features and write a review report.
// See scripts/queries/README.md. Options:
//   --overpass-file F   recorded Overpass JSON response (no network for OSM)
//   --wikidata-file F   recorded SPARQL JSON response (no network for Wikidata)
//   --geodata DIR       geodata directory (default: geodata/)
//   --out DIR           report directory (default: <geodata>/refresh)
//   --write             apply the proposed updates (refuses if validation would fail)
// With neither file given, both services are queried over the network (maintainers only).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyUpdates,
  candidatesFromOverpass,
  candidatesFromWikidata,
  matchRefresh,
  type Candidate,
  type ProposedUpdate,
  type RefreshReport,
} from './lib/refresh-match';
import { LAYER_FILES, narrowCollection } from '../src/data/load-layers';
import { serializeCollection } from './lib/serialize';
import { validateGeodata } from './lib/validate';
import type { LayerId, SiteCollection } from '../src/types';
import { LAYER_IDS } from '../src/types';

const ROOT = join(import.meta.dirname, '..');
const QUERIES = join(import.meta.dirname, 'queries');

function arg(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}
const overpassFile = arg('--overpass-file');
const wikidataFile = arg('--wikidata-file');
const geodataDir = arg('--geodata') ?? join(ROOT, 'geodata');
const outDir = arg('--out') ?? join(geodataDir, 'refresh');
const write = process.argv.includes('--write');

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as unknown;

async function fetchOverpass(queryFile: string): Promise<unknown> {
  const res = await fetch('https://overpass-api.de/api/interpreter', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `data=${encodeURIComponent(readFileSync(join(QUERIES, queryFile), 'utf8'))}`,
  });
  if (!res.ok) throw new Error(`Overpass ${queryFile}: HTTP ${res.status}`);
  return res.json();
}

async function fetchWikidata(): Promise<unknown> {
  const q = encodeURIComponent(readFileSync(join(QUERIES, 'wikidata-heritage.rq'), 'utf8'));
  const res = await fetch(`https://query.wikidata.org/sparql?format=json&query=${q}`, {
    headers: {
      accept: 'application/sparql-results+json',
      'user-agent': 'lanzhou-cultural-map data:refresh (maintainer run)',
    },
  });
  if (!res.ok) throw new Error(`Wikidata: HTTP ${res.status}`);
  return res.json();
}

function reportMarkdown(r: RefreshReport, inputs: string[]): string {
  const fmt = (c: [number, number] | null): string => (c ? `${c[0]}, ${c[1]}` : '—');
  const lines: string[] = [
    '# Data refresh report',
    '',
    `Inputs: ${inputs.join('; ')}`,
    '',
    `- proposed updates: ${r.updates.length} (moved > 100 m: ${r.moved.length})`,
    `- conflicts (not applied): ${r.conflicts.length}`,
    `- matched, nothing to do: ${r.unchanged.length}`,
    `- new results matching no feature (never added automatically): ${r.new.length}`,
    '',
    '## Proposed updates',
    '',
    '| layer | id | kind | matched by | result | from | to | moved (m) |',
    '|---|---|---|---|---|---|---|---|',
    ...r.updates.map(
      (u) =>
        `| ${u.layer} | ${u.id} | ${u.kind} | ${u.matchedBy} | ${u.candidate} ${u.candidateLabel} | ${u.from.precision} ${fmt(u.from.coords)} | ${u.to.precision} ${fmt(u.to.coords)} | ${u.movedM ?? '—'} |`,
    ),
    '',
    '## Moved more than 100 m (check these first)',
    '',
    ...(r.moved.length
      ? r.moved.map((u) => `- ${u.layer} / ${u.id} (${u.name_zh}): ${u.movedM} m to ${u.candidate}`)
      : ['- none']),
    '',
    '## Conflicts (not applied)',
    '',
    ...(r.conflicts.length
      ? r.conflicts.map(
          (c) =>
            `- ${c.layer} / ${c.id} (${c.name_zh}): ${c.reason} — ${c.candidates.map((x) => `${x.ref} ${x.label} @ ${fmt(x.coords)}`).join('; ')}`,
        )
      : ['- none']),
    '',
    '## Matched, nothing to do',
    '',
    ...(r.unchanged.length
      ? r.unchanged.map((u) => `- ${u.layer} / ${u.id}: ${u.candidate} (${u.reason})`)
      : ['- none']),
    '',
    '## New results (match no feature; a person decides)',
    '',
    ...(r.new.length ? r.new.map((n) => `- ${n.ref} ${n.label} @ ${fmt(n.coords)}`) : ['- none']),
    '',
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const candidates: Candidate[] = [];
  const inputs: string[] = [];
  const offline = overpassFile !== null || wikidataFile !== null;
  if (overpassFile) {
    candidates.push(...candidatesFromOverpass(readJson(overpassFile)));
    inputs.push(`Overpass file ${overpassFile}`);
  }
  if (wikidataFile) {
    candidates.push(...candidatesFromWikidata(readJson(wikidataFile)));
    inputs.push(`Wikidata file ${wikidataFile}`);
  }
  if (!offline) {
    mkdirSync(outDir, { recursive: true });
    const sites = await fetchOverpass('overpass-sites.overpassql');
    writeFileSync(join(outDir, 'overpass-sites.json'), JSON.stringify(sites));
    const lines = await fetchOverpass('overpass-lines.overpassql');
    writeFileSync(join(outDir, 'overpass-lines.json'), JSON.stringify(lines)); // for manual review only
    const wd = await fetchWikidata();
    writeFileSync(join(outDir, 'wikidata.json'), JSON.stringify(wd));
    candidates.push(...candidatesFromOverpass(sites), ...candidatesFromWikidata(wd));
    inputs.push('live Overpass API and Wikidata Query Service (responses saved beside this report)');
  }

  const layers: Partial<Record<LayerId, SiteCollection>> = {};
  for (const layer of LAYER_IDS)
    layers[layer] = narrowCollection(layer, readJson(join(geodataDir, LAYER_FILES[layer])));
  const report = matchRefresh(layers, candidates);

  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'refresh-report.json'), `${JSON.stringify(report, null, 1)}\n`);
  writeFileSync(join(outDir, 'refresh-report.md'), reportMarkdown(report, inputs));
  console.log(
    `data:refresh: ${report.updates.length} update(s), ${report.moved.length} moved > 100 m, ${report.conflicts.length} conflict(s), ${report.new.length} new; report in ${outDir}`,
  );

  if (!write) return;
  const updated = applyUpdates(layers, report.updates);
  // Validate the whole directory as it would be after writing.
  const files: Record<string, unknown> = {};
  for (const name of ['districts.geojson', 'indicators.json', 'attribution.json', 'coverage-notes.json']) {
    if (existsSync(join(geodataDir, name))) files[name] = readJson(join(geodataDir, name));
  }
  for (const base of ['municipality-outline', 'context', 'yellow-river', 'district-labels']) {
    const path = join(geodataDir, 'base', `${base}.geojson`);
    if (existsSync(path)) files[`base/${base}.geojson`] = readJson(path);
  }
  for (const layer of LAYER_IDS) files[LAYER_FILES[layer]] = updated[layer];
  const { errors } = validateGeodata(files);
  if (errors.length > 0) {
    for (const e of errors) console.error(`error: ${e}`);
    console.error('data:refresh: not written, the updated data would fail validation');
    process.exit(1);
  }
  for (const layer of LAYER_IDS) {
    const fc = updated[layer];
    if (fc) writeFileSync(join(geodataDir, LAYER_FILES[layer]), serializeCollection(fc.features));
  }
  // Keep accepted updates so scripts/build-geodata.ts re-applies them after a rebuild (latest per feature wins).
  const acceptedPath = join(geodataDir, 'refresh', 'accepted-updates.json');
  const previous = existsSync(acceptedPath) ? (readJson(acceptedPath) as ProposedUpdate[]) : [];
  const merged = [
    ...previous.filter((p) => !report.updates.some((u) => u.layer === p.layer && u.id === p.id)),
    ...report.updates,
  ].sort((a, b) => `${a.layer}/${a.id}`.localeCompare(`${b.layer}/${b.id}`));
  mkdirSync(join(geodataDir, 'refresh'), { recursive: true });
  writeFileSync(acceptedPath, `${JSON.stringify(merged, null, 1)}\n`);
  console.log(`data:refresh: wrote ${report.updates.length} update(s) to ${geodataDir}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
