import { deleteDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { ForbiddenError } from '@/lib/messaging/router';
import { openAfterviewDb } from '@/lib/store/db';

const name = 'afterview-test-handlers';
afterEach(() => deleteDB(name));

const extension = { caller: 'extension' as const, site: null };

function setup() {
  const opened = openAfterviewDb(name);
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
    const { handlers, opened } = setup();
    expect(await handlers.ping({}, extension)).toEqual({ pong: true, version: '9.9.9' });
    (await opened).close();
  });

  it('records a site seen by its own content script and lists it', async () => {
    const { handlers, opened } = setup();
    await handlers.siteSeen({ site: 'linkedin' }, { caller: 'content', site: 'linkedin' });
    expect(await handlers.siteStatus({}, extension)).toEqual([
      {
        site: 'linkedin',
        firstSeen: '2026-05-01T12:00:00.000Z',
        lastSeen: '2026-05-01T12:00:00.000Z',
        visits: 1,
      },
    ]);
    (await opened).close();
  });

  it('refuses a content script speaking for another site, and writes nothing', async () => {
    const { handlers, opened } = setup();
    await expect(
      handlers.siteSeen({ site: 'gmail' }, { caller: 'content', site: 'linkedin' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await (await opened).getAll('sites')).toEqual([]);
    (await opened).close();
  });

  it('saves records, returns the replanned opportunity, and refreshes badge and alarm after each write', async () => {
    const { handlers, opened, afterWrite } = setup();
    const opportunity = await handlers.saveOpportunity(
      {
        company: 'Example Corp',
        role: 'Analyst',
        status: 'interviewing',
        appliedAt: null,
        outcome: null,
        outcomeAt: null,
        culture: null,
        payDiscussed: true,
        referredBy: null,
        offer: null,
        blurb: null,
        demo: false,
      },
      extension,
    );
    await handlers.saveInterview(
      {
        opportunityId: opportunity.id,
        id: 'i1',
        start: '2026-04-28T14:00:00Z',
        end: '2026-04-28T15:00:00Z',
        round: null,
        format: 'video',
        interviewers: [],
        decisionBy: null,
        mayCheckBackOn: null,
        mayCall: false,
        noContact: false,
        excludedChannels: [],
        referencesRequested: false,
        nextStep: null,
      },
      extension,
    );
    const detail = await handlers.getOpportunity({ id: opportunity.id }, extension);
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
    (await opened).close();
  });
});
