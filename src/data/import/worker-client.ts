// Main-thread side of the import worker: one worker, created on first use, answering requests by id.
import type { Crs } from '../../types';
import type { CsvColumnChoice, ImportOutcome } from './parse-import';
import type { ImportRequest, ImportResponse } from './import-worker';

export class ImportWorkerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (o: ImportOutcome) => void; fileName: string; crs: Crs }>();

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<ImportResponse>) => {
      const p = this.pending.get(e.data.requestId);
      if (!p) return;
      this.pending.delete(e.data.requestId);
      p.resolve(e.data.outcome);
    };
    // A worker that fails to load or crashes answers every waiting request with an error, then is replaced.
    w.onerror = (e) => {
      e.preventDefault();
      this.failAll(e.message || 'worker error');
    };
    this.worker = w;
    return w;
  }

  private failAll(detail: string): void {
    for (const [, p] of this.pending) {
      p.resolve({
        fileName: p.fileName,
        format: null,
        crs: p.crs,
        errors: [{ code: 'internal', detail }],
        warnings: [],
        features: [],
      });
    }
    this.pending.clear();
    this.worker?.terminate();
    this.worker = null;
  }

  run(file: File, crs: Crs, importNo: number, csvColumns: CsvColumnChoice | null = null): Promise<ImportOutcome> {
    const requestId = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(requestId, { resolve, fileName: file.name, crs });
      const req: ImportRequest = { requestId, file, crs, importNo, csvColumns };
      this.ensure().postMessage(req);
    });
  }
}
