import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { ForbiddenError } from '@/lib/messaging/router';
import { interview, opportunity, useTestDb } from '../store/fixtures';

const newDb = useTestDb('afterview-test-handlers');

const extension = { caller: 'extension' as const, site: null };

function setup() {
  const opened = newDb();
  const afterWrite = vi.fn(async () => {});
  const handlers = createHandlers({
    db: () => opened,
    now: () => new Date('2026-05-01T12:00:00Z'),
    version: '9.9.9',
    afterWrite,
  });
  return { handlers, opened, afterWrite };
}

describe('background handlers', () => {
  it('answers ping with the version', async () => {
    const { handlers } = setup();
    expect(await handlers.ping({}, extension)).toEqual({ pong: true, version: '9.9.9' });
  });

  it('records a site seen by its own content script and lists it', async () => {
    const { handlers } = setup();
    await handlers.siteSeen(
      { site: 'linkedin', layout: 'recognised', missing: null },
      { caller: 'content', site: 'linkedin', origin: 'https://www.linkedin.com' },
    );
    expect(await handlers.siteStatus({}, extension)).toEqual([
      {
        site: 'linkedin',
        firstSeen: '2026-05-01T12:00:00.000Z',
        lastSeen: '2026-05-01T12:00:00.000Z',
        visits: 1,
        layout: 'recognised',
        missing: null,
        origin: 'https://www.linkedin.com',
      },
    ]);
  });

  it('refuses a content script speaking for another site, and writes nothing', async () => {
    const { handlers, opened } = setup();
    await expect(
      handlers.siteSeen(
        { site: 'gmail', layout: 'recognised', missing: null },
        { caller: 'content', site: 'linkedin' },
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await (await opened).getAll('sites')).toEqual([]);
  });

  it('saves records, returns the replanned opportunity, and refreshes badge and alarm after each write', async () => {
    const { handlers, afterWrite } = setup();
    const saved = await handlers.saveOpportunity(
      opportunity(undefined, { company: 'Example Corp', role: 'Analyst', appliedAt: null }),
      extension,
    );
    await handlers.saveInterview(
      interview('i1', saved.id, { start: '2026-04-28T14:00:00Z', end: '2026-04-28T15:00:00Z', round: null }),
      extension,
    );
    const detail = await handlers.getOpportunity({ id: saved.id }, extension);
    expect(detail.interviews.map((i) => i.id)).toEqual(['i1']);
    expect(detail.tasks.map((t) => t.id).sort()).toEqual([
      'check_in:i1:1',
      'check_in:i1:2',
      'move_on:i1',
      'notes:i1',
    ]);
    expect(afterWrite).toHaveBeenCalledTimes(2);
    await expect(handlers.getOpportunity({ id: 'nope' }, extension)).rejects.toThrow(
      /No opportunity with id "nope"/,
    );
  });

  it('keeps the user’s own wording of a template, and resets it to the default', async () => {
    const { handlers } = setup();
    const id = 'thank_you.email.warm';
    const edited = await handlers.saveTemplate(
      { id, subject: 'Thanks, {firstName}', body: 'Hi {firstName}!' },
      extension,
    );
    expect(edited.templates).toEqual({ [id]: { subject: 'Thanks, {firstName}', body: 'Hi {firstName}!' } });
    expect((await handlers.getSettings({}, extension)).templates[id]?.body).toBe('Hi {firstName}!');
    const reset = await handlers.resetTemplate({ id }, extension);
    expect(reset.templates).toEqual({});
    expect((await handlers.getSettings({}, extension)).templates).toEqual({});
  });
});
