/**
 * What the bench runs inside a real Chromium page: a webmail content script's per-pass work
 * (read the view, then decide for each row whether it is tracked or looks like job mail),
 * bundled on its own so it can be timed in the page's real DOM. The page's host says which
 * webmail it is; each has its readers and the DOM changes its list goes through.
 */
import { classifyRows } from '../../lib/background/understand';
import { readView as readGmail } from '../../lib/sites/gmail/read';
import { readView as readOutlook } from '../../lib/sites/outlook/read';
import type { MailView } from '../../lib/sites/webmail/site';
import { rowInput } from '../../lib/sites/webmail/understand';

const ZONE = 'America/New_York';

interface Webmail {
  read: () => MailView | { kind: 'unknown'; missing: string };
  /** The list's row container and one row of it. */
  rows: string;
  /** What the site changes when a row is read or unread, and a row's preview text. */
  toggleUnread: (row: Element) => void;
  snippet: string;
}

const webmails: Record<string, Webmail> = {
  'mail.google.com': {
    read: () => readGmail(document, location.href, { timeZone: ZONE }),
    rows: 'table[role="grid"] tbody > tr',
    toggleUnread: (row) => row.classList.toggle('zE'),
    snippet: '.y2',
  },
  'outlook.live.com': {
    read: () => readOutlook(document, location.href, { timeZone: ZONE, dayFirst: false }),
    rows: '[role="listbox"] [role="option"][data-convid]',
    toggleUnread: (row) => {
      const label = row.getAttribute('aria-label') ?? '';
      row.setAttribute('aria-label', label.startsWith('Unread ') ? label.slice(7) : `Unread ${label}`);
    },
    snippet: 'span:not([title])',
  },
};

const webmail = webmails[location.hostname];
if (!webmail) throw new Error(`No bench for ${location.hostname}`);

const cache = new Map<string, boolean>();

/**
 * One pass as the list feature makes it: every row read; unseen rows classified once. The
 * classification runs in the background in the extension; here it runs in the page so the
 * whole cost of a pass is timed in one place.
 */
function pass(): number {
  const view = webmail!.read();
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
    /** A cold scan: nothing cached, every row new to the readers and classified. */
    coldScan(): { ms: number; rows: number } {
      cache.clear();
      // Fresh row elements: nothing a reader remembers of a row carries over.
      for (const row of Array.from(document.querySelectorAll(webmail!.rows)))
        row.replaceWith(row.cloneNode(true));
      const start = performance.now();
      const rows = pass();
      return { ms: performance.now() - start, rows };
    },
    /**
     * The list churning: each round changes the DOM the way the site does (a row marked
     * read, a preview updated, a row moved to the top) and the observer's batch handler runs
     * one pass, as the content script does.
     */
    async churn(rounds: number): Promise<number[]> {
      const times: number[] = [];
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
        const rows = document.querySelectorAll(webmail!.rows);
        webmail!.toggleUnread(rows[i % rows.length]!);
        const snippets = rows[(i * 7) % rows.length]!.querySelectorAll(webmail!.snippet);
        const snippet = snippets[snippets.length - 1];
        if (snippet) snippet.textContent = ` - update ${i}`;
        const last = rows[rows.length - 1]!;
        last.parentElement!.prepend(last);
        await done;
      }
      observer.disconnect();
      return times;
    },
  },
});
