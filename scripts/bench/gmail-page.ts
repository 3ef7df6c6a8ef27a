/**
 * What the bench runs inside a real Chromium page: the Gmail content script's per-pass work
 * (read the view, then decide for each row whether it is tracked or looks like job mail),
 * bundled on its own so it can be timed in the page's real DOM.
 */
import { classifyRows } from '../../lib/background/understand';
import { readView } from '../../lib/sites/gmail/read';
import { rowInput } from '../../lib/sites/webmail/understand';

const cache = new Map<string, boolean>();

/**
 * One pass as the list feature makes it: every row read; unseen rows classified once. The
 * classification runs in the background in the extension; here it runs in the page so the
 * whole cost of a pass is timed in one place.
 */
function pass(): number {
  const view = readView(document, location.href, { timeZone: 'America/New_York' });
  if (view.kind !== 'list') throw new Error(`expected the list view, read ${view.kind}`);
  const now = new Date().toISOString();
  const unseen: string[] = [];
  const inputs = [];
  for (const row of view.rows) {
    const key = `${row.threadId}|${row.subject}|${row.snippet}`;
    if (cache.has(key) || unseen.includes(key)) continue;
    // The protocol's row keys are short: the rows are numbered, as the list feature does.
    const input = rowInput(row, String(unseen.length), now);
    if (!input) cache.set(key, false);
    else {
      unseen.push(key);
      inputs.push(input);
    }
  }
  const yes = new Set(classifyRows(inputs).jobRelated);
  unseen.forEach((key, i) => cache.set(key, yes.has(String(i))));
  return view.rows.length;
}

Object.assign(globalThis, {
  afterviewBench: {
    /** A cold scan: nothing cached, every row classified. */
    coldScan(): { ms: number; rows: number } {
      cache.clear();
      const start = performance.now();
      const rows = pass();
      return { ms: performance.now() - start, rows };
    },
    /**
     * Gmail churning: each round changes the DOM the way Gmail does (a row marked read, a
     * snippet updated, a row added at the top and one removed) and the observer's batch
     * handler runs one pass, as the content script does.
     */
    async churn(rounds: number): Promise<number[]> {
      const times: number[] = [];
      const grid = document.querySelector('table[role="grid"] tbody')!;
      let resolve: () => void = () => {};
      const observer = new MutationObserver(() => {
        const start = performance.now();
        pass();
        times.push(performance.now() - start);
        resolve();
      });
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        attributes: true,
        characterData: true,
      });
      for (let i = 0; i < rounds; i++) {
        const done = new Promise<void>((r) => (resolve = r));
        const rows = grid.querySelectorAll('tr');
        rows[i % rows.length]!.classList.toggle('zE');
        const snippet = rows[(i * 7) % rows.length]!.querySelector('.y2');
        if (snippet) snippet.textContent = ` - update ${i}`;
        const last = rows[rows.length - 1]!;
        grid.prepend(last);
        await done;
      }
      observer.disconnect();
      return times;
    },
  },
});
