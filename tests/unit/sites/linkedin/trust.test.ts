// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type LinkedInPage, readPage, readProfile } from '@/lib/sites/linkedin/read';
import { LinkedInLayoutError } from '@/lib/sites/linkedin/selectors';

/**
 * What the readers may trust on real pages: a person only when two signals agree, LinkedIn's
 * own pages (missing, sign-in, subpages) for what they are, the parts found and missed, and
 * where our button goes.
 */
const DIR = 'tests/fixtures/pages/linkedin';
const load = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`${DIR}/${name}`, 'utf8'), 'text/html');
const page = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');
const LI = 'https://www.linkedin.com';
const SOMEONE = `${LI}/in/someone-example/`;

const jsonLd = (person: Record<string, unknown>) =>
  `<script type="application/ld+json">${JSON.stringify({ '@type': 'Person', ...person })}</script>`;
const canonical = (href: string) => `<link rel="canonical" href="${href}" />`;
const ogTitle = (title: string) => `<meta property="og:title" content="${title}" />`;

/** A page in brief: its kind, and for a profile the name and the parts missed. */
function kindAndName(read: LinkedInPage) {
  return read.kind === 'profile' ? { kind: read.kind, name: read.profile.name, missed: read.missed } : read;
}

const NO_CARD = ['profile top card', 'profile headline', 'current company', 'profile location'];

describe('a person only when two independent signals agree', () => {
  it.each<[string, string, ReturnType<typeof kindAndName>]>([
    // LinkedIn's public "Profile Not Found" page: title, heading, a /public-profile/ canonical link.
    [
      'the public not-found page',
      readFileSync(`${DIR}/profile-not-found-public.html`, 'utf8'),
      { kind: 'not_found' },
    ],
    // The same page in words no pattern knows: still nobody.
    [
      'a not-found page in other words',
      `<title>Profil introuvable | LinkedIn</title>${canonical(`${LI}/public-profile/in/someone-example`)}
       <h1>Profil introuvable</h1>`,
      { kind: 'unknown', missing: 'profile top card' },
    ],
    [
      'a page whose title, in another language, is its only name',
      `<title>Nicht gefunden | LinkedIn</title><main><h1>Leider nicht gefunden</h1></main>`,
      { kind: 'unknown', missing: 'profile top card' },
    ],
    [
      'a title alone',
      '<title>Priya Natarajan - Senior Recruiter - Brightwater Labs | LinkedIn</title>',
      { kind: 'unknown', missing: 'profile top card' },
    ],
    // og:title and the title are one template, not two witnesses; nor is a canonical link a name.
    [
      'og:title and the title, with a canonical link',
      `<title>Priya Natarajan | LinkedIn</title>${ogTitle('Priya Natarajan | LinkedIn')}${canonical(SOMEONE)}`,
      { kind: 'unknown', missing: 'profile top card' },
    ],
    [
      'a JSON-LD Person alone',
      jsonLd({ name: 'Priya Natarajan' }),
      { kind: 'unknown', missing: 'profile top card' },
    ],
    [
      'a JSON-LD Person the title contradicts',
      `<title>Marcus Okafor | LinkedIn</title>${jsonLd({ name: 'Priya Natarajan' })}`,
      { kind: 'unknown', missing: 'profile top card' },
    ],
    [
      'a JSON-LD Person named "Profile Not Found"',
      `${canonical(SOMEONE)}${jsonLd({ name: 'Profile Not Found' })}`,
      { kind: 'unknown', missing: 'profile top card' },
    ],
    [
      'a JSON-LD Person and the title agreeing',
      `<title>(2) Priya Natarajan | LinkedIn</title>${jsonLd({ name: 'Priya Natarajan' })}`,
      { kind: 'profile', name: 'Priya Natarajan', missed: NO_CARD },
    ],
    [
      'a JSON-LD Person and the canonical link',
      `${canonical(SOMEONE)}${jsonLd({ name: 'Priya Natarajan' })}`,
      { kind: 'profile', name: 'Priya Natarajan', missed: NO_CARD },
    ],
    [
      "a top card's name at a profile's address",
      '<section class="pv-top-card"><h1>Priya Natarajan</h1></section>',
      { kind: 'profile', name: 'Priya Natarajan', missed: NO_CARD.slice(1) },
    ],
  ])('%s', (_what, markup, expected) => {
    expect(kindAndName(readPage(page(markup), SOMEONE))).toEqual(expected);
  });

  it('never makes a person of the not-found page, whoever asks', () => {
    const doc = load('profile-not-found-public.html');
    expect(() => readProfile(doc, `${LI}/in/no-such-person-example`)).toThrow(LinkedInLayoutError);
  });

  it('takes a JSON-LD Person and a title a suffix or accents apart for one person, another name for another', () => {
    const person = jsonLd({ name: 'José García-Ruiz' });
    const same = page(`<title>Jose Garcia-Ruiz, PhD - Analyst | LinkedIn</title>${person}`);
    expect(readProfile(same, SOMEONE)).toMatchObject({ name: 'José García-Ruiz', headline: null });
    const other = page(`<title>José García - Analyst | LinkedIn</title>${person}`);
    expect(() => readProfile(other, SOMEONE)).toThrow(LinkedInLayoutError);
  });
});

describe('sign-in pages and modals', () => {
  const KEIKO = `${LI}/in/keiko-brandt-example`;

  it('reads the public profile under the sign-in modal, says it is behind the wall, and offers no place for a button', () => {
    const read = readPage(load('profile-public-signin.html'), KEIKO);
    expect(read).toMatchObject({
      kind: 'profile',
      profile: {
        name: 'Keiko Brandt',
        company: 'Meadowgate Health',
        location: 'Chicago, Illinois, United States',
      },
      behindSignIn: true,
      anchor: null,
      missed: [],
    });
  });

  it('is the wall when the modal hides a page that names nobody twice', () => {
    const doc = load('profile-public-signin.html');
    doc.querySelector('section.top-card-layout')!.remove();
    doc.querySelector('script[type="application/ld+json"]')!.remove();
    expect(readPage(doc, KEIKO)).toEqual({ kind: 'authwall' });
  });

  it('is not behind the wall when the sign-in prompt is only kept hidden in the page', () => {
    const read = readPage(load('profile-public.html'), `${LI}/in/hannah-lindqvist-example`);
    expect(read).toMatchObject({ kind: 'profile', behindSignIn: false });
    expect(read.kind === 'profile' && read.anchor?.textContent?.trim()).toBe('Hannah Lindqvist');
  });

  it('gives no place for a button under a dialog that hides the profile (the invitation)', () => {
    const read = readPage(load('invitation-modal.html'), `${LI}/in/samuel-adeyemi-park-example/`);
    expect(read).toMatchObject({ kind: 'profile', anchor: null, behindSignIn: false });
  });

  it.each([['[inert]'], ['[aria-hidden="true"]']])('nor under a part marked %s', (marker) => {
    const doc = load('profile-2024.html');
    const main = doc.querySelector('main')!;
    if (marker === '[inert]') main.setAttribute('inert', '');
    else main.setAttribute('aria-hidden', 'true');
    expect(readPage(doc, `${LI}/in/priya-natarajan-example/`)).toMatchObject({
      kind: 'profile',
      anchor: null,
    });
  });
});

describe("a profile's subpages and LinkedIn's other pages are left alone", () => {
  const doc = load('profile-2024.html');
  it.each([
    ['/in/priya-natarajan-example/details/experience/', 'elsewhere'],
    [
      '/in/priya-natarajan-example/details/skills/?profileUrn=urn%3Ali%3Afsd_profile%3A900000101',
      'elsewhere',
    ],
    ['/in/priya-natarajan-example/recent-activity/all/', 'elsewhere'],
    ['/in/priya-natarajan-example/overlay/contact-info/', 'elsewhere'],
    ['/in/priya-natarajan-example/overlay/about-this-profile/', 'elsewhere'],
    ['/in/priya-natarajan-example/edit/intro/', 'elsewhere'],
    ['/feed/', 'elsewhere'],
    ['/jobs/', 'elsewhere'],
    ['/company/brightwater-labs-example/', 'elsewhere'],
  ])('%s: %s', (path, kind) => {
    expect(readPage(doc, LI + path).kind).toBe(kind);
  });

  it('the profile itself, and its language versions, are the profile, read in full', () => {
    for (const path of ['', 'fr/', '?originalSubdomain=uk']) {
      expect(readPage(doc, `${LI}/in/priya-natarajan-example/${path}`), path).toMatchObject({
        kind: 'profile',
        missed: [],
      });
    }
  });

  it('whatever the page holds, a subpage is left alone (no warning for a missing top card)', () => {
    expect(
      readPage(load('profile-details.html'), `${LI}/in/priya-natarajan-example/details/experience/`),
    ).toEqual({
      kind: 'elsewhere',
    });
  });
});

describe('the reader names what it missed', () => {
  it('the top card when there is none, the name when the card is there without one', () => {
    const cases: Array<[string, string]> = [
      ['<title>Feed | LinkedIn</title><main><h1>Jordan Rivera</h1></main>', 'profile top card'],
      [
        '<section class="pv-top-card"><div class="text-body-medium">Senior Recruiter</div></section>',
        'profile name',
      ],
      [
        '<section class="top-card-layout"><h2 class="top-card-layout__headline">Head of Talent</h2></section>',
        'profile name',
      ],
    ];
    for (const [markup, missing] of cases) {
      expect(readPage(page(markup), SOMEONE), markup).toEqual({ kind: 'unknown', missing });
    }
  });

  const missedOf = (read: LinkedInPage) =>
    read.kind === 'profile' || read.kind === 'job' ? read.missed : read;

  it.each<[string, string, (doc: Document) => void, string[]]>([
    ['profile-2024.html', '/in/priya-natarajan-example/', () => {}, []],
    // Between jobs is no part missing: the experience card says there is no current company.
    ['profile-no-company.html', '/in/rosa-delgado-whitfield-example/', () => {}, []],
    ['profile-2022.html', '/in/marcus-okafor-example/', () => {}, []],
    ['profile-2018.html', '/in/dmitri-halvorsen-example/', () => {}, []],
    ['profile-2016-public.html', '/in/theo-marchetti-example', () => {}, []],
    // A member who hides headline and positions from the public: name and address only.
    [
      'profile-2016-public-limited.html',
      '/in/ines-okonkwo-berg-example',
      () => {},
      ['profile headline', 'current company'],
    ],
    [
      'profile-2024.html',
      '/in/priya-natarajan-example/',
      (doc) => {
        doc.querySelector('[data-generated-suggestion-target]')!.remove();
        doc.querySelector('.text-body-small.inline.t-black--light')!.remove();
      },
      ['profile headline', 'profile location'],
    ],
    [
      'profile-2024.html',
      '/in/priya-natarajan-example/',
      (doc) => {
        doc.querySelector('[aria-label^="Current company:"]')!.remove();
        doc.querySelector('#experience')!.closest('section')!.remove();
      },
      ['current company'],
    ],
    // The name from the JSON-LD, confirmed: the top card itself is missing (and the button with it).
    [
      'profile-public.html',
      '/in/hannah-lindqvist-example',
      (doc) => doc.querySelector('section.top-card-layout')!.remove(),
      ['profile top card'],
    ],
    ['job-view.html', '/jobs/view/4210000001/', () => {}, []],
    [
      'job-view.html',
      '/jobs/view/4210000001/',
      (doc) => doc.querySelector('.job-details-jobs-unified-top-card__company-name')!.remove(),
      ['job company'],
    ],
    [
      'job-view.html',
      '/jobs/view/4210000001/',
      (doc) =>
        doc.querySelector('.job-details-jobs-unified-top-card__primary-description-container')!.remove(),
      ['job location'],
    ],
  ])('%s at %s, changed: %s', (file, path, change, missed) => {
    const doc = load(file);
    change(doc);
    expect(missedOf(readPage(doc, LI + path))).toEqual(missed);
  });
});

describe('a location is a place, never the meta text beside it', () => {
  const PRIYA = `${LI}/in/priya-natarajan-example/`;
  const locationSpan = (doc: Document) => doc.querySelector('.text-body-small.inline.t-black--light')!;

  it('the 2022 layout: the location beside Contact info, not the connections in the bullet list', () => {
    expect(readProfile(load('profile-2022.html'), `${LI}/in/marcus-okafor-example/`).location).toBe(
      'Boston, Massachusetts, United States',
    );
  });

  it.each(['500+ connections', '1,234 followers', 'See connections (152)', 'Contact info', '500+'])(
    'the 2024 top card with "%s" where the location was: no location, and it is said',
    (meta) => {
      const doc = load('profile-2024.html');
      locationSpan(doc).textContent = meta;
      const read = readPage(doc, PRIYA);
      expect(read).toMatchObject({
        kind: 'profile',
        profile: { location: null },
        missed: ['profile location'],
      });
    },
  );

  it('the public top card: past the counts in its subline, the JSON-LD gives the place', () => {
    const doc = load('profile-public.html');
    const [place] = doc.querySelectorAll('.top-card__subline-item');
    place!.textContent = '1,234 followers';
    expect(readProfile(doc, `${LI}/in/hannah-lindqvist-example`).location).toBe('Minneapolis, Minnesota');
  });

  it('a job posted without a location: its posting facts are not one', () => {
    const doc = load('job-view.html');
    const line = doc.querySelector('.job-details-jobs-unified-top-card__primary-description-container')!;
    line.textContent = 'Reposted 2 days ago · Over 100 applicants';
    expect(readPage(doc, `${LI}/jobs/view/4210000001/`)).toMatchObject({
      kind: 'job',
      job: { location: null },
      missed: ['job location'],
    });
  });
});

describe('the anchor is the heading the name was read from', () => {
  it('not the first level-1 heading of the page', () => {
    const doc = load('profile-2024.html');
    // A heading for screen readers before the top card, as pages put before their landmarks.
    const early = doc.createElement('h1');
    early.className = 'visually-hidden';
    early.textContent = 'Notifications';
    doc.body.prepend(early);
    const read = readPage(doc, `${LI}/in/priya-natarajan-example/`);
    expect(read.kind === 'profile' && read.anchor).toBe(doc.querySelector('section[data-member-id] h1'));
  });

  it.each([
    ['profile-2020.html', '/in/grace-oyelaran-example/', 'ul.pv-top-card--list > li.t-24'],
    ['profile-2018.html', '/in/dmitri-halvorsen-example/', 'h1.pv-top-card-section__name'],
    ['profile-2016-public.html', '/in/theo-marchetti-example', 'h1#name'],
    ['profile-public.html', '/in/hannah-lindqvist-example', 'h1.top-card-layout__title'],
  ])('%s: %s', (file, path, selector) => {
    const doc = load(file);
    const read = readPage(doc, LI + path);
    expect(read.kind === 'profile' && read.anchor).toBe(doc.querySelector(selector));
  });

  it("a job's title in its details, not a heading elsewhere on the page", () => {
    const doc = load('jobs-search.html');
    const early = doc.createElement('h1');
    early.textContent = 'Top job picks for you';
    doc.querySelector('main, body')!.prepend(early);
    const read = readPage(doc, `${LI}/jobs/search/?currentJobId=4210000001`);
    expect(read.kind === 'job' && read.anchor).toBe(doc.querySelector('.jobs-details h1'));
  });
});
