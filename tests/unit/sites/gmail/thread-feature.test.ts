// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { INSPECTABLE_UI_KEY } from '@/lib/content/inspectable';
import { loadShadowMode } from '@/lib/content/shadow';
import { call } from '@/lib/messaging/client';
import type { ThreadUnderstanding } from '@/lib/messaging/gmail';
import { createThreadFeature } from '@/lib/sites/webmail/features/thread';
import { type GmailThread, readThread } from '@/lib/sites/gmail/read';
import { blankUnderstanding } from '@/lib/sites/webmail/understand';
import { gmailSite } from '@/lib/sites/gmail/site';

vi.mock('@/lib/messaging/client', () => ({ call: vi.fn() }));

// Our UI opened for inspection (the developer setting), so the test can look inside it.
beforeEach(async () => {
  await fakeBrowser.storage.local.set({ [INSPECTABLE_UI_KEY]: true });
  await loadShadowMode();
});

const ME = 'jordan.rivera@example.com';
const NY = { timeZone: 'America/New_York' };
/** Gmail behind the webmail interface, signed in as ME. */
const site = () => ({ ...gmailSite(document, NY.timeZone), readAccount: () => ME });

/** The interview fixture as the page, read as the feature reads it. */
function openFixture(): GmailThread {
  const parsed = new DOMParser().parseFromString(
    readFileSync('tests/fixtures/pages/gmail/thread-interview.html', 'utf8'),
    'text/html',
  );
  document.body.replaceWith(document.importNode(parsed.body, true));
  return readThread(document, NY);
}

const job: ThreadUnderstanding = { ...blankUnderstanding('Interview', null), label: 'interview_request' };
const host = () => document.querySelector<HTMLElement>('afterview-ui[data-afterview="thread"]');
const trackButton = () =>
  [...(host()?.shadowRoot?.querySelectorAll('button') ?? [])].find(
    (b) => b.textContent === 'Track follow-up',
  );
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The background, answering understandThread when the test says so. */
function background() {
  const pending: Array<{ resolve: (u: ThreadUnderstanding) => void; reject: (e: unknown) => void }> = [];
  vi.mocked(call).mockImplementation(((method: string) => {
    if (method === 'threadStatuses') return Promise.resolve([]);
    if (method === 'understandThread')
      return new Promise((resolve, reject) => pending.push({ resolve, reject }));
    return Promise.reject(new Error(`unexpected ${method}`));
  }) as never);
  return pending;
}

describe('the thread feature asks the background', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.mocked(call).mockReset();
  });

  it('sends the plain thread, shows nothing until the answer, then the button', async () => {
    const pending = background();
    const thread = openFixture();
    const feature = createThreadFeature(site(), { locale: 'en-US' });
    feature.update(thread);
    await settle();
    expect(call).toHaveBeenCalledWith(
      'understandThread',
      expect.objectContaining({ account: ME, messages: expect.any(Array) }),
    );
    const sent = vi.mocked(call).mock.calls.find(([m]) => m === 'understandThread')![1] as {
      messages: Array<{ cc: unknown[] }>;
    };
    expect(sent.messages[2]!.cc).toEqual([
      { name: 'Marcus Okafor', email: 'marcus.okafor@brightwater.example' },
    ]);
    expect(host()?.dataset.state).toBe('loading');
    expect(trackButton()).toBeUndefined();
    pending[0]!.resolve(job);
    await settle();
    expect(host()?.dataset.state).toBe('untracked');
    expect(trackButton()).toBeDefined();
    feature.stop();
  });

  it('drops an answer for a version of the thread no longer on screen', async () => {
    const pending = background();
    const thread = openFixture();
    const feature = createThreadFeature(site(), { locale: 'en-US' });
    feature.update(thread);
    // A message arrives before the first answer: the thread is asked about again.
    feature.update({ ...thread, messages: thread.messages.slice(0, 2) });
    expect(pending).toHaveLength(2);
    pending[0]!.resolve(job);
    await settle();
    expect(trackButton()).toBeUndefined();
    pending[1]!.resolve({ ...job, jobRelated: false });
    await settle();
    expect(trackButton()).toBeUndefined();
    expect(host()?.dataset.state).toBe('untracked');
    feature.stop();
  });

  it('on a failure offers nothing, warns once, and never throws into the page', async () => {
    const pending = background();
    const thread = openFixture();
    const feature = createThreadFeature(site(), { locale: 'en-US' });
    feature.update(thread);
    pending[0]!.reject(new Error('the service worker went away'));
    await settle();
    feature.update({ ...thread, messages: thread.messages.slice(0, 2) });
    pending[1]!.reject(new Error('still away'));
    await settle();
    expect(trackButton()).toBeUndefined();
    expect(host()?.dataset.state).toBe('untracked');
    expect(warn).toHaveBeenCalledTimes(1);
    feature.stop();
  });
});
