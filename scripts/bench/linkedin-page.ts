/** What the bench runs inside a LinkedIn fixture page: the profile reader, timed in the real DOM. */
import { readPage } from '../../lib/sites/linkedin/read';

/** Reads per timed batch: one read is below the browser's timer resolution. */
const BATCH = 25;

Object.assign(globalThis, {
  afterviewBench: {
    /** Read the page in `batches` batches (as each pass of the content script does); µs per read. */
    readPage(batches: number): { perReadUs: number[]; kind: string } {
      const perReadUs: number[] = [];
      let kind = '';
      for (let b = 0; b < batches; b++) {
        const start = performance.now();
        for (let i = 0; i < BATCH; i++) kind = readPage(document, location.href).kind;
        perReadUs.push(((performance.now() - start) * 1000) / BATCH);
      }
      return { perReadUs, kind };
    },
  },
});
