// Builds the contract files in geodata/ from the copied research tables (geodata/research/*.csv), the build's
// curated tables (geodata/research/build/*.csv) and geometry (geodata/sources/**). One builder per layer lives
// in scripts/geodata/. Deterministic: same inputs → byte-identical outputs (no clocks, no randomness, fixed key
// order, coordinates rounded to 6 decimals ≈ 0.1 m).
//
// Rules it follows (see geodata/SOURCES.md):
// - No coordinate is typed in code: every position is read from a research row or a source file; the only
//   computations are a GCJ-02 → WGS84 conversion (gcoord), slicing the river line for the tourist line,
//   clipping railway vertex runs to the municipality box, and district label points.
// - No position → geometry null, precision "unknown". Rows that cannot become features are written to
//   geodata/coverage-notes.json with the reason.
// Run: npx tsx scripts/build-geodata.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { coverageNotes, OUT } from './geodata/common';
import { buildHeritage } from './geodata/heritage';
import { buildScenic } from './geodata/scenic';
import { buildMuseums } from './geodata/museums';
import { buildIch } from './geodata/ich';
import { buildDesignations } from './geodata/designations';
import { buildStops, buildTouristLine } from './geodata/tourist-line';
import { buildTransport, noteUnshippedStations } from './geodata/transport';
import { buildBaseFiles, buildDistricts } from './geodata/base';
import { noteCuratedCoverage } from './geodata/coverage';
import { buildAdditions, checkAdditionsExplained } from './geodata/additions';
import { withAcceptedUpdates, withQuality, writeCollection } from './geodata/write';
import { checkAllClassified } from './geodata/source-quality';

function main(): void {
  const heritage = [...buildHeritage(), ...buildAdditions('heritage-units')];
  const scenic = buildScenic();
  const museums = buildMuseums();
  const ich = buildIch();
  const designations = [...buildDesignations(), ...buildAdditions('designations')];
  checkAdditionsExplained(['heritage-units', 'designations']);
  const stops = buildStops();
  const transport = buildTransport();
  noteUnshippedStations();
  noteCuratedCoverage();

  writeCollection('heritage-units.geojson', withQuality(withAcceptedUpdates('heritage-units', heritage)));
  writeCollection('scenic-spots.geojson', withQuality(withAcceptedUpdates('scenic-spots', scenic)));
  writeCollection('museums.geojson', withQuality(withAcceptedUpdates('museums', museums)));
  writeCollection('ich-items.geojson', withQuality(ich));
  writeCollection('designations.geojson', withQuality(withAcceptedUpdates('designations', designations)));
  writeCollection(
    'tourist-line.geojson',
    withQuality(withAcceptedUpdates('tourist-line', [...buildTouristLine(stops), ...stops])),
  );
  writeCollection('transport.geojson', withQuality(withAcceptedUpdates('transport', transport)));
  const districts = buildDistricts();
  writeCollection('districts.geojson', withQuality(districts));
  checkAllClassified();
  for (const [rel, features] of Object.entries(buildBaseFiles(districts))) writeCollection(rel, features);

  const notesSorted = [...coverageNotes].sort((a, b) => (a.layer + a.name_zh).localeCompare(b.layer + b.name_zh, 'en'));
  writeFileSync(join(OUT, 'coverage-notes.json'), `${JSON.stringify(notesSorted, null, 1)}\n`);
  console.log(
    `heritage ${heritage.length}, scenic ${scenic.length}, museums ${museums.length}, ich ${ich.length}, designations ${designations.length}, stops ${stops.length}, coverage notes ${coverageNotes.length}`,
  );
}

main();
