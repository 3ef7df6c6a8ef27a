/**
 * The store under load, in the real IndexedDB of headless Chromium with the built extension:
 * 10,000 opportunities and 100,000 tasks, then the two reads the UI depends on — the badge's
 * due-tasks count and the popup's data (through the real background, as the popup asks).
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { extensionDir, launchExtension } from '../support/extension';
import { type BenchSection, type Metric, percentile, round } from './registry';

const OPPORTUNITIES = 10_000;
const TASKS_PER_OPPORTUNITY = 10;
const RUNS = 25;

export const storeSection: BenchSection = {
  name: 'store',
  description: `IndexedDB in headless Chromium: ${OPPORTUNITIES.toLocaleString('en-US')} opportunities, ${(OPPORTUNITIES * TASKS_PER_OPPORTUNITY).toLocaleString('en-US')} tasks`,
  async run() {
    if (!existsSync(join(extensionDir, 'manifest.json'))) execSync('npx wxt build', { stdio: 'ignore' });
    const session = await launchExtension();
    try {
      // Make the background create its database, then fill it from our own page.
      await session.call('ping');
      await session.call('listOpportunities');
      const page = await session.extensionContextPage();
      // tsx compiles with keepNames, which wraps functions in `__name(…)`; the page has none.
      await page.evaluate('globalThis.__name = (fn) => fn');
      const seedMs = await page.evaluate(seed, {
        opportunities: OPPORTUNITIES,
        perOpportunity: TASKS_PER_OPPORTUNITY,
      });

      const dueCount = await page.evaluate(timeDueCount, RUNS);
      const popup: number[] = [];
      let shown = 0;
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        const reply = (await session.call('popupData')) as {
          ok: boolean;
          result: { dueToday: unknown[]; overdue: unknown[] };
        };
        popup.push(performance.now() - started);
        if (!reply.ok) throw new Error('popupData failed during the bench');
        shown = reply.result.dueToday.length + reply.result.overdue.length;
      }
      return [
        metric('seed.ms', seedMs, 'ms'),
        metric('dueCount.p50', percentile(dueCount.times, 50), 'ms'),
        metric('dueCount.p95', percentile(dueCount.times, 95), 'ms'),
        metric('dueCount.tasks', dueCount.count, 'tasks'),
        metric('popupData.p50', percentile(popup, 50), 'ms'),
        metric('popupData.p95', percentile(popup, 95), 'ms'),
        metric('popupData.tasksShown', shown, 'tasks'),
      ];
    } finally {
      await session.close();
    }
  },
};

function metric(name: string, value: number, unit: string): Metric {
  return { name: `store.${name}`, value: round(value), unit };
}

/** Runs in the extension page: realistic records written straight into the stores. */
export function seed({
  opportunities,
  perOpportunity,
}: {
  opportunities: number;
  perOpportunity: number;
}): Promise<number> {
  const started = performance.now();
  const kinds = [
    'notes',
    'thank_you',
    'check_in',
    'check_in',
    'move_on',
    'salary_research',
    'prep_next_round',
  ];
  const statuses = ['applied', 'interviewing', 'awaiting_decision', 'offer', 'closed'];
  const now = Date.now();
  const day = 86_400_000;
  return new Promise((done, fail) => {
    const open = indexedDB.open('afterview');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['opportunities', 'people', 'tasks'], 'readwrite');
      for (let o = 0; o < opportunities; o++) {
        const id = `bench-${o}`;
        const at = new Date(now - (o % 90) * day).toISOString();
        tx.objectStore('opportunities').put({
          id,
          company: `Company ${o}`,
          role: 'Analyst',
          status: statuses[o % statuses.length],
          appliedAt: at,
          outcome: null,
          outcomeAt: null,
          culture: null,
          payDiscussed: false,
          referredBy: null,
          offer: null,
          blurb: null,
          jobUrl: null,
          location: null,
          demo: false,
          createdAt: at,
          updatedAt: at,
        });
        tx.objectStore('people').put({
          id: `${id}-p`,
          opportunityId: id,
          name: `Person ${o}`,
          role: 'recruiter',
          email: `p${o}@example.com`,
          phone: null,
          linkedinUrl: null,
          title: null,
          prefers: null,
          bestTime: null,
        });
        for (let t = 0; t < perOpportunity; t++) {
          // Spread over two months either side of today. Ahead: open. Behind: mostly done,
          // 1 in 20 left open (overdue or due now), as for someone who acts on most of them.
          const dueAt = now + (((o * 7 + t * 13) % 120) - 60) * day;
          const open = dueAt > now || (o + t) % 20 === 0 ? 1 : 0;
          const due = new Date(dueAt).toISOString();
          tx.objectStore('tasks').put({
            opportunityId: id,
            id: `${kinds[t % kinds.length]}:${t}`,
            kind: kinds[t % kinds.length],
            person: t % 2 ? `${id}-p` : null,
            earliest: due,
            due,
            late: new Date(dueAt + 2 * day).toISOString(),
            channel: t % 2 ? 'email' : null,
            rule: 'R5.3',
            state: open ? 'pending' : 'done',
            dueAt,
            lateAt: dueAt + 2 * day,
            open,
          });
        }
      }
      tx.oncomplete = () => {
        db.close();
        done(performance.now() - started);
      };
      tx.onerror = () => fail(tx.error);
    };
  });
}

/** Runs in the extension page: the badge's query (open tasks due by now, by index), timed. */
function timeDueCount(runs: number): Promise<{ times: number[]; count: number }> {
  return new Promise((done, fail) => {
    const open = indexedDB.open('afterview');
    open.onerror = () => fail(open.error);
    open.onsuccess = async () => {
      const db = open.result;
      const times: number[] = [];
      let count = 0;
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        count = await new Promise<number>((resolve, reject) => {
          const range = IDBKeyRange.bound([1, -Infinity], [1, Date.now()]);
          const request = db.transaction('tasks').objectStore('tasks').index('by-open-due').count(range);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        times.push(performance.now() - started);
      }
      db.close();
      done({ times, count });
    };
  });
}
