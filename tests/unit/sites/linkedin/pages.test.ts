// @vitest-environment happy-dom
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  findInvitationNote,
  findMessageComposer,
  readPage,
  readProfile,
  type LinkedInPage,
} from '@/lib/sites/linkedin/read';

const DIR = 'tests/fixtures/pages/linkedin';
const load = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`${DIR}/${name}`, 'utf8'), 'text/html');
const LI = 'https://www.linkedin.com';

/** What a page reads as, in brief: its kind and the fields that say which page it is. */
function summary(page: LinkedInPage) {
  if (page.kind === 'profile')
    return { kind: page.kind, name: page.profile.name, source: page.profile.source };
  if (page.kind === 'job') return { kind: page.kind, jobId: page.job.jobId, title: page.job.title };
  if (page.kind === 'messaging') {
    return { kind: page.kind, participant: page.conversation.participantName };
  }
  return page;
}

describe('readPage: every fixture reads as the page it mirrors', () => {
  it.each([
    [
      'profile-2024.html',
      '/in/priya-natarajan-example/',
      { kind: 'profile', name: 'Priya Natarajan', source: 'top_card_2024' },
    ],
    [
      'profile-no-company.html',
      '/in/rosa-delgado-whitfield-example/',
      { kind: 'profile', name: 'Rosa Delgado-Whitfield', source: 'top_card_2024' },
    ],
    [
      'profile-2022.html',
      '/in/marcus-okafor-example/',
      { kind: 'profile', name: 'Marcus Okafor', source: 'top_card_2022' },
    ],
    [
      'profile-public.html',
      '/in/hannah-lindqvist-example',
      { kind: 'profile', name: 'Hannah Lindqvist', source: 'public' },
    ],
    [
      'profile-2020.html',
      '/in/grace-oyelaran-example/',
      { kind: 'profile', name: 'Grace Oyelaran', source: 'top_card_2019' },
    ],
    [
      'profile-2018.html',
      '/in/dmitri-halvorsen-example/',
      { kind: 'profile', name: 'Dmitri Halvorsen', source: 'top_card_2017' },
    ],
    [
      'profile-2016-public.html',
      '/in/theo-marchetti-example',
      { kind: 'profile', name: 'Theo Marchetti', source: 'top_card_2016' },
    ],
    [
      'profile-2016-public-limited.html',
      '/in/ines-okonkwo-berg-example',
      { kind: 'profile', name: 'Ines Okonkwo-Berg', source: 'top_card_2016' },
    ],
    [
      'profile-public-signin.html',
      '/in/keiko-brandt-example',
      { kind: 'profile', name: 'Keiko Brandt', source: 'public' },
    ],
    // A profile still loading: only its title names anyone, and a title alone is no person.
    [
      'profile-title-only.html',
      '/in/priya-natarajan-example/',
      { kind: 'unknown', missing: 'profile top card' },
    ],
    [
      'invitation-modal.html',
      '/in/samuel-adeyemi-park-example/',
      { kind: 'profile', name: 'Samuel Adeyemi-Park', source: 'top_card_2024' },
    ],
    ['profile-not-found.html', '/in/no-such-person-example/', { kind: 'not_found' }],
    ['profile-not-found-public.html', '/in/no-such-person-example', { kind: 'not_found' }],
    ['profile-details.html', '/in/priya-natarajan-example/details/experience/', { kind: 'elsewhere' }],
    [
      'authwall.html',
      '/authwall?trk=bf&sessionRedirect=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fpriya-natarajan-example%2F',
      { kind: 'authwall' },
    ],
    // LinkedIn also serves the wall at the profile's own address.
    ['authwall.html', '/in/priya-natarajan-example/', { kind: 'authwall' }],
    [
      'job-view.html',
      '/jobs/view/4210000001/',
      { kind: 'job', jobId: '4210000001', title: 'Senior Product Analyst' },
    ],
    [
      'jobs-search.html',
      '/jobs/search/?currentJobId=4210000001&geoId=900000001&keywords=product%20analyst',
      { kind: 'job', jobId: '4210000001', title: 'Senior Product Analyst' },
    ],
    [
      'messaging.html',
      '/messaging/thread/2-ZXhhbXBsZS10aHJlYWQtcHJpeWE=/',
      { kind: 'messaging', participant: 'Priya Natarajan' },
    ],
  ])('%s at %s', (file, path, expected) => {
    expect(summary(readPage(load(file), LI + path))).toEqual(expected);
  });

  it('is unknown off LinkedIn, and never throws on a page of any shape', () => {
    expect(
      readPage(load('profile-2024.html'), 'https://www.example.com/in/priya-natarajan-example/'),
    ).toEqual({
      kind: 'unknown',
      missing: 'LinkedIn address (www.linkedin.com)',
    });
    expect(readPage(load('profile-2024.html'), 'not a url').kind).toBe('unknown');
    const empty = new DOMParser().parseFromString('<p>hello</p>', 'text/html');
    for (const path of ['/in/someone-example/', '/jobs/view/4210000001/', '/messaging/']) {
      expect(readPage(empty, LI + path).kind, path).toBe('unknown');
    }
  });

  it('does not take the hidden sign-in prompt of a public profile for the wall, even with the top card gone', () => {
    const doc = load('profile-public.html');
    doc.querySelector('section.top-card-layout')!.remove();
    expect(summary(readPage(doc, `${LI}/in/hannah-lindqvist-example`))).toEqual({
      kind: 'profile',
      name: 'Hannah Lindqvist',
      source: 'json_ld',
    });
  });

  it("does not take LinkedIn's own page titles for a name", () => {
    const doc = new DOMParser().parseFromString('<title>Sign Up | LinkedIn</title>', 'text/html');
    expect(readPage(doc, `${LI}/in/someone-example/`).kind).toBe('unknown');
  });

  it('knows a missing page by its title alone', () => {
    const doc = new DOMParser().parseFromString('<title>Page Not Found | LinkedIn</title>', 'text/html');
    expect(readPage(doc, `${LI}/in/someone-example/`)).toEqual({ kind: 'not_found' });
  });
});

describe('the readers only read', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.html'));
  it.each(files)('%s is the same page after every reader has run over it', (file) => {
    const doc = load(file);
    const serialise = () => new XMLSerializer().serializeToString(doc);
    const before = serialise();
    readPage(doc, `${LI}/in/someone-example/`);
    readPage(doc, `${LI}/jobs/view/4210000001/`);
    readPage(doc, `${LI}/messaging/`);
    try {
      readProfile(doc, `${LI}/in/someone-example/`);
    } catch {
      // Pages without a profile throw; only the page's state matters here.
    }
    findMessageComposer(doc);
    findInvitationNote(doc);
    expect(serialise()).toBe(before);
  });
});

describe('the fixtures themselves', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.html'));

  it('include every page the readers are tested on, each described in the README', () => {
    expect(files.sort()).toEqual(
      [
        'authwall.html',
        'invitation-modal.html',
        'job-view.html',
        'jobs-search.html',
        'messaging.html',
        'profile-2016-public-limited.html',
        'profile-2016-public.html',
        'profile-2018.html',
        'profile-2020.html',
        'profile-2022.html',
        'profile-2024.html',
        'profile-details.html',
        'profile-no-company.html',
        'profile-not-found-public.html',
        'profile-not-found.html',
        'profile-public-signin.html',
        'profile-public.html',
        'profile-title-only.html',
      ].sort(),
    );
    const readme = readFileSync(`${DIR}/README.md`, 'utf8');
    for (const file of files) expect(readme).toContain(`\`${file}\``);
  });

  it.each(files)(
    '%s opens with a comment: the LinkedIn page, the layout and date it mirrors, the Afterview team, no real data',
    (file) => {
      const text = readFileSync(`${DIR}/${file}`, 'utf8');
      const comment = /^<!doctype html>\s*<!--([\s\S]*?)-->/i.exec(text)?.[1] ?? '';
      expect(comment).toMatch(/LinkedIn/);
      // "Mirrors LinkedIn's 2018 markup", "…markup as of 2026-11": which layout, and when.
      expect(comment).toMatch(/Mirrors LinkedIn[’']s [^.]*?\b20[12]\d\b/);
      expect(comment).toMatch(/2026-11/);
      expect(comment).toMatch(/Afterview team/);
      expect(comment).toMatch(/no real data/i);
      expect(comment).toMatch(/not captured from a live\s+session/);
    },
  );

  it.each(files)(
    '%s: every profile and company is one of ours, every address on an example domain; nothing loads',
    (file) => {
      const text = readFileSync(`${DIR}/${file}`, 'utf8');
      for (const [, kind, slug] of text.matchAll(/\/(in|company|school)\/([A-Za-z0-9%_-]+)/g)) {
        expect(slug, `${kind}/${slug}`).toMatch(kind === 'in' ? /-example$|^ACoAAExample/ : /-example$/);
      }
      for (const address of text.match(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]+/g) ?? []) {
        expect(address).toMatch(/(?:\.example|@example\.com)$/);
      }
      // Only LinkedIn's own addresses appear (and schema.org, JSON-LD's vocabulary, which
      // names and loads nothing), and nothing is fetched: no script file, no style sheet, no
      // image or frame source, no CSS url(). Structured data (JSON-LD) is inline text and the
      // canonical link is a name, not a load.
      for (const [url] of text.matchAll(/https?:\/\/[^\s"'<>)]+/g)) {
        expect(new URL(url).hostname, url).toMatch(/(?:^|\.)linkedin\.com$|^schema\.org$/);
      }
      expect(text).not.toMatch(/\s(?:src|srcset)=|url\(|<iframe|<style/i);
      for (const [tag] of text.matchAll(/<script[^>]*>/gi))
        expect(tag).toBe('<script type="application/ld+json">');
      for (const [tag] of text.matchAll(/<link[^>]*>/gi)) expect(tag).toMatch(/^<link rel="canonical" /);
    },
  );
});
