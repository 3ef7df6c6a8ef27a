// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '@/lib/messaging/client';
import type { ProfileStatus } from '@/lib/messaging/linkedin';
import { createJobFeature } from '@/lib/sites/linkedin/features/job';
import { chipTitle, createProfileFeature } from '@/lib/sites/linkedin/features/profile';
import { type LinkedInPage, readPage } from '@/lib/sites/linkedin/read';

vi.mock('@/lib/messaging/client', () => ({ call: vi.fn() }));

const LI = 'https://www.linkedin.com';

/** A fixture as the live page, head and all (the readers look at the title and the canonical link). */
function show(file: string): void {
  const parsed = new DOMParser().parseFromString(
    readFileSync(`tests/fixtures/pages/linkedin/${file}`, 'utf8'),
    'text/html',
  );
  document.head.replaceChildren(
    ...Array.from(parsed.head.childNodes, (node) => document.importNode(node, true)),
  );
  document.body.replaceWith(document.importNode(parsed.body, true));
}

function read<K extends LinkedInPage['kind']>(url: string, kind: K): Extract<LinkedInPage, { kind: K }> {
  const page = readPage(document, url);
  if (page.kind !== kind) throw new Error(`read as ${page.kind}, not ${kind}`);
  return page as Extract<LinkedInPage, { kind: K }>;
}

/** A heading for screen readers before everything else, as pages put before their landmarks. */
function headingFirst(text: string): void {
  const early = document.createElement('h1');
  early.className = 'visually-hidden';
  early.textContent = text;
  document.body.prepend(early);
}

const host = (name: string) => document.querySelector(`afterview-ui[data-afterview="${name}"]`);
const hiddenAncestor = (element: Element) => element.closest('[aria-hidden="true"], [inert], [hidden]');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  vi.mocked(call).mockImplementation((async (method: string) => {
    if (method === 'profileStatus') return [];
    throw new Error(`unexpected ${method}`);
  }) as never);
});
afterEach(() => vi.mocked(call).mockReset());

describe('the profile button goes beside the name the reader read', () => {
  const PRIYA = `${LI}/in/priya-natarajan-example/`;

  it.each([
    ['profile-2024.html', PRIYA, 'section[data-member-id] h1'],
    ['profile-2020.html', `${LI}/in/grace-oyelaran-example/`, 'ul.pv-top-card--list > li.t-24'],
    ['profile-2016-public.html', `${LI}/in/theo-marchetti-example`, 'h1#name'],
  ])('%s: beside its name, not after the first heading of the page', async (file, url, name) => {
    show(file);
    headingFirst('Notifications');
    const feature = createProfileFeature({ locale: 'en-US' });
    feature.update(read(url, 'profile'));
    await settle();
    expect(host('profile')?.previousElementSibling).toBe(document.querySelector(name));
    // A later pass after the page redrew the heading's surroundings puts it back beside it.
    document.body.append(host('profile')!);
    feature.update(read(url, 'profile'));
    expect(host('profile')?.previousElementSibling).toBe(document.querySelector(name));
    feature.stop();
  });

  it('is never put where assistive technology cannot go: not under the sign-in modal, beside the name once it is gone', async () => {
    const KEIKO = `${LI}/in/keiko-brandt-example`;
    show('profile-public-signin.html');
    const feature = createProfileFeature({ locale: 'en-US' });
    feature.update(read(KEIKO, 'profile'));
    await settle();
    for (const ours of document.querySelectorAll('afterview-ui')) expect(hiddenAncestor(ours)).toBeNull();
    expect(host('profile')).toBeNull();

    // The visitor dismisses the modal: LinkedIn removes it and gives the page back.
    document.querySelector('.contextual-sign-in-modal')!.remove();
    for (const part of document.querySelectorAll('[aria-hidden="true"]')) part.removeAttribute('aria-hidden');
    feature.update(read(KEIKO, 'profile'));
    await settle();
    expect(host('profile')?.previousElementSibling).toBe(document.querySelector('h1.top-card-layout__title'));
    expect(hiddenAncestor(host('profile')!)).toBeNull();
    feature.stop();
  });

  it('is not put under the invitation dialog either, and comes back beside the name when it closes', async () => {
    const SAMUEL = `${LI}/in/samuel-adeyemi-park-example/`;
    show('invitation-modal.html');
    const feature = createProfileFeature({ locale: 'en-US' });
    feature.update(read(SAMUEL, 'profile'));
    await settle();
    expect(host('profile')).toBeNull();
    document.querySelector('[role="dialog"]')!.remove();
    document.querySelector('.application-outlet')!.removeAttribute('aria-hidden');
    feature.update(read(SAMUEL, 'profile'));
    expect(host('profile')?.previousElementSibling).toBe(
      document.querySelector('section[data-member-id] h1'),
    );
    feature.stop();
  });
});

describe("the job button goes beside the job's title", () => {
  it('in the side panel, not after a heading above the list', () => {
    show('jobs-search.html');
    headingFirst('Top job picks for you');
    const feature = createJobFeature();
    feature.update(read(`${LI}/jobs/search/?currentJobId=4210000001`, 'job'));
    expect(host('job')?.previousElementSibling).toBe(document.querySelector('.jobs-details h1'));
    feature.stop();
  });
});

describe("a chip's title", () => {
  const status: ProfileStatus = {
    opportunityId: 'o1',
    company: 'Brightwater Labs International Holdings',
    role: 'Senior Product Analyst',
    status: 'applied',
    personRole: 'recruiter',
    text: 'Follow up with Priya Natarajan on Tuesday, March 14',
    tone: 'next',
  };

  it('holds the whole text the chip may cut short, the role, then what a click does', () => {
    const title = chipTitle(status, 'Priya Natarajan');
    expect(title).toContain(
      'Brightwater Labs International Holdings · Follow up with Priya Natarajan on Tuesday, March 14',
    );
    expect(title).toContain('Senior Product Analyst');
    expect(title).toContain('add Priya Natarajan to another opportunity');
  });
});
