// The import Web Worker: reads the File, parses and checks it (parse-import.ts) off the main thread, so a
// 20 MB file or a million points never freezes the page. Every format (GeoJSON, GPX, KML, KMZ, TCX, CSV) goes
// through here. XML is parsed with @xmldom/xmldom because workers have no DOMParser.
import type { Crs } from '../../types';
import { parseXmlStrict } from './xmldom-parse';
import { checkFileSize, parseImportBytes } from './parse-import';
import type { CsvColumnChoice, ImportOutcome } from './parse-import';

export interface ImportRequest {
  requestId: number;
  file: File;
  crs: Crs;
  importNo: number;
  /** CSV: the longitude/latitude/name columns the user chose after the header did not say. */
  csvColumns?: CsvColumnChoice | null;
}

export interface ImportResponse {
  requestId: number;
  outcome: ImportOutcome;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const { requestId, file, crs, importNo, csvColumns } = e.data;
  const base: ImportOutcome = { fileName: file.name, format: null, crs, errors: [], warnings: [], features: [] };
  let outcome: ImportOutcome;
  const tooLarge = checkFileSize(file.size);
  if (tooLarge) outcome = { ...base, errors: [tooLarge] };
  else {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      outcome = parseImportBytes(bytes, {
        fileName: file.name,
        crs,
        importNo,
        csvColumns: csvColumns ?? null,
        parseXml: parseXmlStrict,
      });
    } catch (err) {
      outcome = { ...base, errors: [{ code: 'internal', detail: err instanceof Error ? err.message : String(err) }] };
    }
  }
  const response: ImportResponse = { requestId, outcome };
  scope.postMessage(response);
};
