// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseProfileUrl, readPage, readProfile, type LinkedInProfile } from '@/lib/sites/linkedin/read';
import { LinkedInLayoutError } from '@/lib/sites/linkedin/selectors';

const DIR = 'tests/fixtures/pages/linkedin';
const load = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`${DIR}/${name}`, 'utf8'), 'text/html');
const LI = 'https://www.linkedin.com';

describe('readProfile: every profile fixture, field by field', () => {
  it.each<[string, string, LinkedInProfile]>([
    [
      'profile-2024.html',
      '/in/priya-natarajan-example/',
      {
        name: 'Priya Natarajan',
        headline: 'Senior Recruiter at Brightwater Labs | Hiring for analytics and data teams',
        company: 'Brightwater Labs',
        location: 'Boston, Massachusetts, United States',
        profileUrl: `${LI}/in/priya-natarajan-example/`,
        source: 'top_card_2024',
      },
    ],
    [
      'profile-no-company.html',
      '/in/rosa-delgado-whitfield-example/',
      {
        name: 'Rosa Delgado-Whitfield',
        headline: 'Product Designer | Formerly Copperleaf Systems | Open to new roles',
        company: null,
        location: 'Denver, Colorado, United States',
        profileUrl: `${LI}/in/rosa-delgado-whitfield-example/`,
        source: 'top_card_2024',
      },
    ],
    [
      'profile-2022.html',
      '/in/marcus-okafor-example/',
      {
        name: 'Marcus Okafor',
        headline: 'Director of Analytics at Brightwater Labs',
        company: 'Brightwater Labs',
        location: 'Boston, Massachusetts, United States',
        profileUrl: `${LI}/in/marcus-okafor-example/`,
        source: 'top_card_2022',
      },
    ],
    [
      'profile-public.html',
      '/in/hannah-lindqvist-example',
      {
        name: 'Hannah Lindqvist',
        headline: 'Head of Talent at Copperleaf Systems',
        company: 'Copperleaf Systems',
        location: 'Minneapolis, Minnesota, United States',
        profileUrl: `${LI}/in/hannah-lindqvist-example/`,
        source: 'public',
      },
    ],
    [
      'profile-2020.html',
      // No canonical link: the page's own address, normalised.
      '/in/Grace-Oyelaran-Example?trk=people-also-viewed',
      {
        name: 'Grace Oyelaran',
        headline: 'Talent Acquisition Partner at Meadowgate Health',
        company: 'Meadowgate Health',
        location: 'Columbus, Ohio',
        profileUrl: `${LI}/in/grace-oyelaran-example/`,
        source: 'top_card_2019',
      },
    ],
    [
      'profile-2018.html',
      '/in/dmitri-halvorsen-example/',
      {
        name: 'Dmitri Halvorsen',
        headline: 'Data Engineer at Copperleaf Systems',
        company: 'Copperleaf Systems',
        location: 'Minneapolis, Minnesota',
        profileUrl: `${LI}/in/dmitri-halvorsen-example/`,
        source: 'top_card_2017',
      },
    ],
    [
      'profile-2016-public.html',
      '/in/theo-marchetti-example',
      {
        name: 'Theo Marchetti',
        headline: 'Supply Chain Analyst at Meadowgate Health',
        company: 'Meadowgate Health',
        location: 'Greater Chicago Area',
        profileUrl: `${LI}/in/theo-marchetti-example/`,
        source: 'top_card_2016',
      },
    ],
    [
      'profile-2016-public-limited.html',
      '/in/ines-okonkwo-berg-example',
      {
        name: 'Ines Okonkwo-Berg',
        headline: null,
        company: null,
        location: 'Portland, Oregon Area',
        profileUrl: `${LI}/in/ines-okonkwo-berg-example/`,
        source: 'top_card_2016',
      },
    ],
    [
      'invitation-modal.html',
      '/in/samuel-adeyemi-park-example/',
      {
        name: 'Samuel Adeyemi-Park',
        headline: 'Engineering Manager at Copperleaf Systems',
        company: 'Copperleaf Systems',
        location: 'Minneapolis, Minnesota, United States',
        profileUrl: `${LI}/in/samuel-adeyemi-park-example/`,
        source: 'top_card_2024',
      },
    ],
  ])('%s', (file, path, expected) => {
    expect(readProfile(load(file), LI + path)).toEqual(expected);
  });

  it('throws LinkedInLayoutError when nothing on the page names anyone, or only the title does', () => {
    const doc = load('profile-not-found.html');
    expect(() => readProfile(doc, `${LI}/in/no-such-person-example/`)).toThrow(LinkedInLayoutError);
    const loading = load('profile-title-only.html');
    expect(() => readProfile(loading, `${LI}/in/priya-natarajan-example/`)).toThrow(LinkedInLayoutError);
  });
});

describe('the 2024 top card: the company comes from the aria-label', () => {
  const button = (doc: Document) => doc.querySelector('[aria-label^="Current company:"]')!;

  it('reads what the label says, not the education button beside it or the experience card', () => {
    const doc = load('profile-2024.html');
    button(doc).setAttribute(
      'aria-label',
      'Current company: Tidewell Analytics Inc.. Click to skip to experience card',
    );
    expect(readProfile(doc, `${LI}/in/priya-natarajan-example/`).company).toBe('Tidewell Analytics Inc.');
    button(doc).setAttribute('aria-label', 'Current company: Tidewell Analytics');
    expect(readProfile(doc, `${LI}/in/priya-natarajan-example/`).company).toBe('Tidewell Analytics');
  });

  it('falls back to the running position in the experience card when the button is gone', () => {
    const doc = load('profile-2024.html');
    button(doc).remove();
    expect(readProfile(doc, `${LI}/in/priya-natarajan-example/`).company).toBe('Brightwater Labs');
  });

  it('between jobs, no ended position passes for a current company', () => {
    const doc = load('profile-no-company.html');
    expect(readProfile(doc, `${LI}/in/rosa-delgado-whitfield-example/`).company).toBeNull();
    // The same page once a position runs again: the experience card says so.
    doc.querySelector('.pvs-entity__caption-wrapper')!.textContent = 'Dec 2026 - Present · 1 mo';
    expect(readProfile(doc, `${LI}/in/rosa-delgado-whitfield-example/`).company).toBe('Copperleaf Systems');
  });

  it('reads the headline and name by class when the suggestion attribute and the heading level go', () => {
    const doc = load('profile-2024.html');
    doc
      .querySelector('[data-generated-suggestion-target]')!
      .removeAttribute('data-generated-suggestion-target');
    const profile = readProfile(doc, `${LI}/in/priya-natarajan-example/`);
    expect(profile.headline).toBe(
      'Senior Recruiter at Brightwater Labs | Hiring for analytics and data teams',
    );
    expect(profile.source).toBe('top_card_2024');
  });
});

describe('the 2022 layout', () => {
  it("falls back to the experience section's running position when the top card has no company", () => {
    const doc = load('profile-2022.html');
    doc.querySelector('ul.pv-text-details__right-panel')!.remove();
    const profile = readProfile(doc, `${LI}/in/marcus-okafor-example/`);
    // The employment type in its span stays out of the company's name.
    expect(profile.company).toBe('Brightwater Labs');
    expect(profile.source).toBe('top_card_2022');
  });
});

describe('the layouts of 2016–2020, in their variants', () => {
  const page = (body: string) =>
    new DOMParser().parseFromString(`<title>Someone | LinkedIn</title>${body}`, 'text/html');
  const read = (body: string) => readProfile(page(body), `${LI}/in/someone-example/`);

  it.each<[string, string, Partial<LinkedInProfile>]>([
    [
      // The 2017 redesign before its 2018 revision: the company in an h3 under the headline.
      '2017, first revision',
      `<section class="pv-profile-section pv-top-card-section">
         <h1 class="pv-top-card-section__name Sans-26px-black-85%">Lena Vasquez</h1>
         <h2 class="pv-top-card-section__headline Sans-19px-black-85%">Recruiter at Harborline Staffing</h2>
         <h3 class="pv-top-card-section__company Sans-17px-black-70%">Harborline Staffing</h3>
         <h3 class="pv-top-card-section__location Sans-17px-black-55%">Austin, Texas</h3>
         <h3 class="pv-top-card-section__connections"><span>500+ connections</span></h3>
       </section>`,
      {
        name: 'Lena Vasquez',
        headline: 'Recruiter at Harborline Staffing',
        company: 'Harborline Staffing',
        location: 'Austin, Texas',
        source: 'top_card_2017',
      },
    ],
    [
      // The member view of 2014–2016: the name in a span inside the heading.
      '2016, member view',
      `<div id="top-card" class="top-card"><div class="profile-card"><div class="profile-overview-content">
         <div id="name" class="editable-item"><h1><span class="full-name">Lena Vasquez</span></h1></div>
         <div id="headline" class="editable-item"><p class="title">Recruiter at Harborline Staffing</p></div>
         <div id="location" class="editable-item"><dl><dd><span class="locality"><a name="location">Austin, Texas Area</a></span></dd></dl></div>
         <table><tr id="overview-summary-current"><th>Current</th><td><ol><li><span><strong><a href="/company/harborline-staffing-example">Harborline Staffing</a></strong></span></li></ol></td></tr></table>
         <div class="member-connections"><strong>500+</strong> connections</div>
       </div></div></div>`,
      {
        name: 'Lena Vasquez',
        headline: 'Recruiter at Harborline Staffing',
        company: 'Harborline Staffing',
        location: 'Austin, Texas Area',
        source: 'top_card_2016',
      },
    ],
    [
      // The 2019 layout without a location: its bullet list holds the count alone.
      '2019, no location shown',
      `<section class="pv-top-card"><ul class="pv-top-card--list"><li class="inline t-24 t-black">Lena Vasquez</li></ul>
         <h2 class="mt1 t-18 t-black">Recruiter</h2>
         <ul class="pv-top-card--list pv-top-card--list-bullet"><li class="inline-block"><span>500+ connections</span></li></ul>
       </section>`,
      { name: 'Lena Vasquez', headline: 'Recruiter', location: null, source: 'top_card_2019' },
    ],
  ])('%s', (_layout, body, expected) => {
    expect(read(body)).toMatchObject(expected);
  });

  it('the 2022 bullet list, of the same class as the 2019 name list, never gives a name', () => {
    const doc = load('profile-2022.html');
    doc.querySelector('.pv-text-details__left-panel h1')!.remove();
    // "500+ connections" is not Marcus: the card is there, its name is not.
    expect(readPage(doc, `${LI}/in/marcus-okafor-example/`)).toEqual({
      kind: 'unknown',
      missing: 'profile name',
    });
  });
});

describe('the public profile: top card, then JSON-LD, then og tags, then the title', () => {
  const url = `${LI}/in/hannah-lindqvist-example`;
  const doc = load('profile-public.html');
  const remove = (selector: string) => {
    for (const element of doc.querySelectorAll(selector)) element.remove();
  };
  const profileUrl = `${LI}/in/hannah-lindqvist-example/`;

  it('each source in turn, as the one before it is removed from a copy of the page', () => {
    expect(readProfile(doc, url).source).toBe('public');

    remove('section.top-card-layout');
    expect(readProfile(doc, url)).toEqual({
      name: 'Hannah Lindqvist',
      headline: 'Head of Talent',
      // worksFor also lists an employer whose role has ended.
      company: 'Copperleaf Systems',
      location: 'Minneapolis, Minnesota',
      profileUrl,
      source: 'json_ld',
    });

    // og:title and the title are one template: together they are still one witness, and a
    // title names LinkedIn's own pages too. Nobody is read from them.
    remove('script[type="application/ld+json"]');
    expect(() => readProfile(doc, url)).toThrow(LinkedInLayoutError);
  });

  it('fills what the JSON-LD leaves out from the og tags and the title naming the same person', () => {
    const copy = load('profile-public.html');
    copy.querySelector('section.top-card-layout')!.remove();
    const script = copy.querySelector('script[type="application/ld+json"]')!;
    script.textContent = JSON.stringify({ '@type': 'Person', name: 'Hannah Lindqvist' });
    // og:title is the shared page title, "Name - Company | LinkedIn"; og:description adds the place.
    expect(readProfile(copy, url)).toEqual({
      name: 'Hannah Lindqvist',
      headline: null,
      company: 'Copperleaf Systems',
      location: 'Minneapolis',
      profileUrl,
      source: 'json_ld',
    });
    copy.querySelector('link[rel="canonical"]')!.remove();
    for (const meta of copy.querySelectorAll('meta')) meta.remove();
    expect(
      readProfile(copy, 'https://uk.linkedin.com/in/Hannah-Lindqvist-Example/?originalSubdomain=uk'),
    ).toMatchObject({ name: 'Hannah Lindqvist', company: 'Copperleaf Systems', location: null, profileUrl });
    copy.title = 'LinkedIn';
    expect(() => readProfile(copy, url)).toThrow(LinkedInLayoutError);
  });

  it('skips a JSON-LD block that does not parse', () => {
    const copy = load('profile-public.html');
    copy.querySelector('section.top-card-layout')!.remove();
    const broken = copy.createElement('script');
    broken.setAttribute('type', 'application/ld+json');
    broken.textContent = '{ not json';
    copy.head.prepend(broken);
    expect(readProfile(copy, url).source).toBe('json_ld');
  });
});

describe('readProfile: the page title, for a person the JSON-LD names', () => {
  const titled = (title: string, name?: string) => {
    const person = name ? { '@type': 'Person', name } : null;
    const doc = new DOMParser().parseFromString(
      person ? `<script type="application/ld+json">${JSON.stringify(person)}</script>` : '<p></p>',
      'text/html',
    );
    doc.title = title;
    return readProfile(doc, `${LI}/in/someone-example/`);
  };

  it.each([
    [
      'Priya Natarajan - Senior Recruiter - Brightwater Labs | LinkedIn',
      { name: 'Priya Natarajan', headline: 'Senior Recruiter', company: 'Brightwater Labs' },
    ],
    [
      'Hannah Lindqvist - Copperleaf Systems | LinkedIn',
      { name: 'Hannah Lindqvist', headline: null, company: 'Copperleaf Systems' },
    ],
    [
      '(12) Rosa Delgado-Whitfield | LinkedIn',
      { name: 'Rosa Delgado-Whitfield', headline: null, company: null },
    ],
    [
      'Marcus Okafor – Director - Analytics – Brightwater Labs | LinkedIn',
      { name: 'Marcus Okafor', headline: 'Director - Analytics', company: 'Brightwater Labs' },
    ],
  ])('%s', (title, expected) => {
    expect(titled(title, expected.name)).toMatchObject({ ...expected, location: null, source: 'json_ld' });
  });

  it.each([
    'LinkedIn',
    'Sign Up | LinkedIn',
    '(3) Feed | LinkedIn',
    'Priya Natarajan',
    'Profile Not Found | LinkedIn',
    // A title alone, however plausible, is no person.
    'Priya Natarajan - Senior Recruiter - Brightwater Labs | LinkedIn',
  ])('not a profile: %s', (title) => {
    expect(() => titled(title)).toThrow(LinkedInLayoutError);
  });
});

describe('normaliseProfileUrl', () => {
  const slug = `${LI}/in/priya-natarajan-example/`;
  it.each<[string, string | null]>([
    ['https://www.linkedin.com/in/priya-natarajan-example/', slug],
    ['https://www.linkedin.com/in/priya-natarajan-example', slug],
    ['https://www.linkedin.com/in/Priya-Natarajan-Example/', slug],
    ['https://www.linkedin.com/in/priya-natarajan-example/?trk=public_profile&originalSubdomain=uk', slug],
    ['https://www.linkedin.com/in/priya-natarajan-example#experience', slug],
    ['https://www.linkedin.com/in/priya-natarajan-example/details/experience/', slug],
    ['https://www.linkedin.com/in/priya-natarajan-example/overlay/contact-info/', slug],
    ['https://www.linkedin.com/in/priya-natarajan-example/fr', slug],
    ['https://www.linkedin.com/in/priya-natarajan-example/?locale=de_DE', slug],
    ['https://uk.linkedin.com/in/priya-natarajan-example', slug],
    ['https://linkedin.com/in/priya-natarajan-example/', slug],
    ['http://www.linkedin.com/in/priya-natarajan-example/', slug],
    ['www.linkedin.com/in/priya-natarajan-example', slug],
    ['linkedin.com/in/PRIYA-NATARAJAN-EXAMPLE', slug],
    ['https://www.linkedin.com/IN/priya-natarajan-example/', slug],
    // Percent-encoded letters are decoded, lowercased and encoded again.
    ['https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-example/', `${LI}/in/jos%C3%A9-garc%C3%ADa-example/`],
    ['https://www.linkedin.com/in/JOS%C3%89-example/', `${LI}/in/jos%C3%A9-example/`],
    // Member ids are case-sensitive: kept as written.
    [
      'https://www.linkedin.com/in/ACoAAExamplePriyaNatarajan0001',
      `${LI}/in/ACoAAExamplePriyaNatarajan0001/`,
    ],
    // Not a profile, or not LinkedIn.
    ['https://www.linkedin.com/company/brightwater-labs-example/', null],
    ['https://www.linkedin.com/in/', null],
    ['https://www.linkedin.com/jobs/view/4210000001/', null],
    ['https://www.example.com/in/priya-natarajan-example/', null],
    ['https://linkedin.com.example/in/priya-natarajan-example/', null],
    ['https://notlinkedin.com/in/priya-natarajan-example/', null],
    ['ftp://www.linkedin.com/in/priya-natarajan-example/', null],
    ['/in/priya-natarajan-example/', null],
    ['https://www.linkedin.com/in/%E0%A4%A/', null],
    ['', null],
    ['not a url', null],
  ])('%s → %s', (url, expected) => {
    expect(normaliseProfileUrl(url)).toBe(expected);
  });
});
