// XML files (GPX, KML, TCX): parse once, then let the root element decide the format, so a KML saved with a
// .gpx name (or no extension) is still read as KML. Well-formedness errors come from the parser with their
// line and column. @xmldom/xmldom does not expand entities declared in a DTD ("billion laughs" files fail as
// "entity not found" instead of expanding), and it never fetches external entities.
import type { FeatureCollection } from 'geojson';
import type { ImportError, ImportFormat, ImportWarning } from './outcome';
import { readGpxDocument } from './gpx';
import { readKmlDocument } from './kml';
import { readTcxDocument } from './tcx';
import type { AnyDocument } from './xml-dom';

export interface XmlRead {
  format: ImportFormat;
  value: FeatureCollection;
  warnings: ImportWarning[];
  /** How the file numbers its items in messages ('placemark' for KML). */
  unit: 'feature' | 'placemark';
}

const ROOTS: Record<string, ImportFormat> = { gpx: 'gpx', kml: 'kml', TrainingCenterDatabase: 'tcx' };

export function readXml(
  text: string,
  expected: ImportFormat | null,
  parseXml: (t: string) => AnyDocument,
): XmlRead | { error: ImportError } {
  let doc: AnyDocument;
  try {
    doc = parseXml(text);
  } catch (e) {
    // The worker's parser (xmldom-parse.ts) throws with the line and column in the message.
    return {
      error: {
        code: 'xml-syntax',
        format: expected,
        detail: e instanceof Error ? (e.message.split('\n')[0] ?? '').slice(0, 300) : String(e),
      },
    };
  }
  // Browsers do not throw: they return a document holding <parsererror>.
  const perr = doc.getElementsByTagName('parsererror').item(0);
  if (perr)
    return { error: { code: 'xml-syntax', format: expected, detail: (perr.textContent ?? '').trim().slice(0, 300) } };
  const root = doc.documentElement;
  const rootName = root ? (root.localName ?? root.nodeName ?? '') : '';
  const format = ROOTS[rootName];
  if (format === undefined) {
    return { error: expected === 'gpx' ? { code: 'not-gpx', root: rootName } : { code: 'xml-root', root: rootName } };
  }
  const read = format === 'gpx' ? readGpxDocument(doc) : format === 'kml' ? readKmlDocument(doc) : readTcxDocument(doc);
  if ('error' in read) return read;
  return { format, value: read.value, warnings: read.warnings, unit: format === 'kml' ? 'placemark' : 'feature' };
}
