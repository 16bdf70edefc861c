// The import Web Worker: reads the File, parses and checks it (parse-import.ts) off the main thread, so a
// 20 MB file or a million points never freezes the page. GPX is parsed with @xmldom/xmldom because workers
// have no DOMParser.
import { DOMParser } from '@xmldom/xmldom';
import type { Crs } from '../types';
import { checkFileSize, parseImport } from './parse-import';
import type { ImportOutcome } from './parse-import';

export interface ImportRequest {
  requestId: number;
  file: File;
  crs: Crs;
  importNo: number;
}

export interface ImportResponse {
  requestId: number;
  outcome: ImportOutcome;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const { requestId, file, crs, importNo } = e.data;
  const base: ImportOutcome = { fileName: file.name, format: null, crs, errors: [], warnings: [], features: [] };
  let outcome: ImportOutcome;
  const tooLarge = checkFileSize(file.size);
  if (tooLarge) outcome = { ...base, errors: [tooLarge] };
  else {
    try {
      const text = await file.text();
      outcome = parseImport(text, {
        fileName: file.name,
        crs,
        importNo,
        // xmldom 0.9 reports well-formedness errors by throwing (onError 'error'/'fatalError' → throw).
        parseXml: (t) =>
          new DOMParser({
            onError: (level, msg) => {
              if (level !== 'warning') throw new Error(msg);
            },
          }).parseFromString(t, 'application/xml'),
      });
    } catch (err) {
      outcome = { ...base, errors: [{ code: 'internal', detail: err instanceof Error ? err.message : String(err) }] };
    }
  }
  const response: ImportResponse = { requestId, outcome };
  scope.postMessage(response);
};
