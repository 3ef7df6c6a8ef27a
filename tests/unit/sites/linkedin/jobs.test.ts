// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJob, readPage } from '@/lib/sites/linkedin/read';
import { LinkedInLayoutError } from '@/lib/sites/linkedin/selectors';

const DIR = 'tests/fixtures/pages/linkedin';
const load = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`${DIR}/${name}`, 'utf8'), 'text/html');
const LI = 'https://www.linkedin.com';
const VIEW = `${LI}/jobs/view/4210000001/`;
const SEARCH = `${LI}/jobs/search/?currentJobId=4210000001&geoId=900000001&keywords=product%20analyst`;

const expected = {
  jobId: '4210000001',
  title: 'Senior Product Analyst',
  company: 'Brightwater Labs',
  location: 'Boston, MA',
  url: VIEW,
};

describe('readJob: the job page and the search side panel read the same job', () => {
  it.each([
    ['job-view.html', VIEW],
    [
      'job-view.html',
      `${LI}/jobs/view/senior-product-analyst-at-brightwater-labs-example-4210000001?trk=example`,
    ],
    ['jobs-search.html', SEARCH],
    ['jobs-search.html', `${LI}/jobs/collections/recommended/?currentJobId=4210000001`],
  ])('%s at %s', (file, url) => {
    expect(readJob(load(file), url)).toEqual(expected);
  });

  it("the side panel's title link says which job is on screen, even when the URL has moved on", () => {
    const page = readPage(load('jobs-search.html'), `${LI}/jobs/search/?currentJobId=4210000007`);
    expect(page).toMatchObject({ kind: 'job', job: expected, missed: [] });
  });

  it('without the title link, the id comes from the URL', () => {
    const doc = load('jobs-search.html');
    const link = doc.querySelector('h1 a')!;
    link.replaceWith(doc.createTextNode(link.textContent ?? ''));
    expect(readJob(doc, SEARCH)).toEqual(expected);
    expect(() => readJob(doc, `${LI}/jobs/search/?keywords=analyst`)).toThrow(LinkedInLayoutError);
    expect(readPage(doc, `${LI}/jobs/search/?keywords=analyst`)).toEqual({
      kind: 'unknown',
      missing: 'job id (in the URL or the title link)',
    });
  });

  it('the list beside the panel never feeds it', () => {
    const doc = load('jobs-search.html');
    doc.querySelector('.jobs-details')!.remove();
    doc.querySelector('.jobs-search__job-details--container')!.remove();
    expect(readPage(doc, SEARCH)).toEqual({ kind: 'unknown', missing: 'job details' });
  });

  it('reads by class names when the heading level changes', () => {
    const doc = load('job-view.html');
    const heading = doc.querySelector('.job-details-jobs-unified-top-card__job-title h1')!;
    const div = doc.createElement('div');
    div.textContent = heading.textContent;
    heading.replaceWith(div);
    expect(readJob(doc, VIEW).title).toBe('Senior Product Analyst');
  });

  it('names the missing title, and leaves company and location null when only they are gone', () => {
    const doc = load('job-view.html');
    doc.querySelector('.job-details-jobs-unified-top-card__company-name')!.remove();
    doc.querySelector('.job-details-jobs-unified-top-card__primary-description-container')!.remove();
    expect(readJob(doc, VIEW)).toEqual({ ...expected, company: null, location: null });
    expect(readPage(doc, VIEW)).toMatchObject({ kind: 'job', missed: ['job company', 'job location'] });
    doc.querySelector('.job-details-jobs-unified-top-card__job-title')!.remove();
    expect(readPage(doc, VIEW)).toEqual({ kind: 'unknown', missing: 'job title' });
  });
});
