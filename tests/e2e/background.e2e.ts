import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ExtensionSession, fixturePage, launchExtension } from '../../scripts/support/extension';

interface Reply<T> {
  ok: boolean;
  result: T;
  error?: { code: string; message: string };
}

const opportunity = {
  company: 'Example Corp',
  role: 'Data Analyst',
  status: 'interviewing',
  payDiscussed: true,
};

function interview(opportunityId: string, endsInMs: number) {
  const end = Date.now() + endsInMs;
  return {
    opportunityId,
    id: 'i1',
    start: new Date(end - 3_600_000).toISOString(),
    end: new Date(end).toISOString(),
  };
}

describe('background: store, wake-ups, badge and notifications in real Chromium', () => {
  let session: ExtensionSession;
  beforeEach(async () => {
    session = await launchExtension();
  });
  afterEach(async () => {
    await session?.close();
  });

  it('keeps what a content script wrote when the service worker is stopped and restarted', async () => {
    const gmail = await session.openPage(
      'https://mail.google.com/mail/u/0/#inbox',
      await fixturePage('gmail-shell.html'),
    );
    await expect
      .poll(() => gmail.locator('afterview-presence [role="status"]').getAttribute('data-state'))
      .toBe('connected');
    const saved = (await session.call('saveOpportunity', opportunity)) as Reply<{ id: string }>;
    expect(saved.ok).toBe(true);

    await session.stopServiceWorker();
    await expect.poll(() => session.isServiceWorkerRunning()).toBe(false);

    // A message wakes a fresh worker, which reads everything back from IndexedDB.
    const listed = (await session.call('listOpportunities')) as Reply<Array<{ id: string; company: string }>>;
    expect(listed.result.map((o) => [o.id, o.company])).toEqual([[saved.result.id, 'Example Corp']]);
    expect(await session.isServiceWorkerRunning()).toBe(true);
    const sites = (await session.call('siteStatus')) as Reply<Array<{ site: string }>>;
    expect(sites.result.map((s) => s.site)).toEqual(['gmail']);
  });

  it('answers a bad request with a typed error and writes nothing', async () => {
    const reply = (await session.call('saveOpportunity', {
      ...opportunity,
      status: 'hired',
      __proto__: { x: 1 },
    })) as Reply<null>;
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(reply.error!.message).toMatch(/params\.status/);
    expect(await session.readStore('opportunities')).toEqual([]);
  });

  it('restores every record identically: export, wipe, import', async () => {
    const saved = (await session.call('saveOpportunity', opportunity)) as Reply<{ id: string }>;
    const id = saved.result.id;
    const amy = (await session.call('savePerson', {
      opportunityId: id,
      name: 'Amy Example',
      role: 'interviewer',
      email: 'amy@example.com',
    })) as Reply<{ id: string }>;
    await session.call('saveInterview', { ...interview(id, -86_400_000), interviewers: [amy.result.id] });
    await session.call('addTouch', {
      opportunityId: id,
      at: new Date().toISOString(),
      person: amy.result.id,
      direction: 'sent',
      channel: 'email',
      purpose: 'thank_you',
    });
    await session.call('setTaskState', { opportunityId: id, id: 'notes:i1', state: 'done' });

    const stores = ['opportunities', 'people', 'interviews', 'touches', 'taskStates', 'tasks'];
    const before = Object.fromEntries(
      await Promise.all(stores.map(async (s) => [s, await session.readStore(s)])),
    );
    expect(before.tasks).not.toEqual([]);
    const backup = (await session.call('exportBackup')) as Reply<unknown>;
    expect(backup).toMatchObject({ ok: true, result: { format: 'afterview-backup', version: 1 } });

    expect(await session.call('wipe', { confirm: true })).toEqual({ ok: true, result: null });
    for (const store of stores) expect(await session.readStore(store), store).toEqual([]);

    const imported = (await session.call('importBackup', {
      file: JSON.stringify(backup.result),
      mode: 'replace',
    })) as Reply<Record<string, number>>;
    expect(imported.result).toMatchObject({
      opportunities: 1,
      people: 1,
      interviews: 1,
      touches: 1,
      taskStates: 1,
    });
    const after = Object.fromEntries(
      await Promise.all(stores.map(async (s) => [s, await session.readStore(s)])),
    );
    expect(after).toEqual(before);

    // A damaged file is refused whole, naming the record and field, and changes nothing.
    const damaged = structuredClone(backup.result) as { people: Array<{ role: string }> };
    damaged.people[0]!.role = 'boss';
    const refused = (await session.call('importBackup', {
      file: JSON.stringify(damaged),
      mode: 'replace',
    })) as Reply<null>;
    expect(refused.error?.code).toBe('bad_request');
    expect(refused.error?.message).toMatch(/people\[0\].*\.role/);
    const untouched = Object.fromEntries(
      await Promise.all(stores.map(async (s) => [s, await session.readStore(s)])),
    );
    expect(untouched).toEqual(before);
  });

  it('wakes on its alarm when a task becomes due: badge count and notification', async () => {
    const saved = (await session.call('saveOpportunity', opportunity)) as Reply<{ id: string }>;
    // The interview ends in 3 s: its notes task (R1) becomes due then.
    const written = (await session.call(
      'saveInterview',
      interview(saved.result.id, 3_000),
    )) as Reply<unknown>;
    expect(written.ok).toBe(true);

    const page = await session.extensionContextPage();
    expect(await page.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    const alarm = await page.evaluate(() => chrome.alarms.get('afterview-wake'));
    expect(alarm?.scheduledTime).toBeLessThan(Date.now() + 10_000);

    // No test code touches the worker from here: only its own alarm can do this.
    await expect
      .poll(() => page.evaluate(() => chrome.action.getBadgeText({})), { timeout: 20_000 })
      .toBe('1');
    const notifications = await page.evaluate(() => chrome.notifications.getAll());
    expect(Object.keys(notifications)).toEqual([
      `afterview|${encodeURIComponent(saved.result.id)}|notes%3Ai1`,
    ]);
  });
});
