// @vitest-environment happy-dom
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as S from '@/lib/sites/linkedin/selectors';

describe('the query helpers', () => {
  const doc = new DOMParser().parseFromString(
    '<div id="a" class="x"></div><div id="b" class="y"></div><div id="c" class="y"></div>',
    'text/html',
  );
  const both = { name: 'thing', alternatives: ['.y', '.x'] };
  const neither = { name: 'missing thing', alternatives: ['.z', '.w'] };

  it('queryFirst and queryAllFirst: the first alternative that matches wins, never a mix', () => {
    expect(S.queryFirst(doc, both)?.id).toBe('b');
    expect(S.queryFirst(doc, neither)).toBeNull();
    expect(S.queryAllFirst(doc, both).map((e) => e.id)).toEqual(['b', 'c']);
    expect(S.queryAllFirst(doc, neither)).toEqual([]);
  });

  it('matchesAny, closestFirst and matchedAlternative', () => {
    const c = doc.getElementById('c')!;
    expect(S.matchesAny(c, both)).toBe(true);
    expect(S.matchesAny(c, neither)).toBe(false);
    expect(S.closestFirst(c, both)).toBe(c);
    expect(S.closestFirst(c, neither)).toBeNull();
    expect(S.matchedAlternative(doc, both)).toBe('.y');
    expect(S.matchedAlternative(doc, neither)).toBeNull();
  });

  it('queryRequired throws LinkedInLayoutError naming the landmark', () => {
    expect(S.queryRequired(doc, both).id).toBe('b');
    let error: unknown;
    try {
      S.queryRequired(doc, neither);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(S.LinkedInLayoutError);
    expect(error).toBeInstanceOf(Error);
    expect((error as S.LinkedInLayoutError).name).toBe('LinkedInLayoutError');
    expect((error as S.LinkedInLayoutError).landmark).toBe('missing thing');
    expect((error as Error).message).toBe('LinkedIn layout: could not find the missing thing');
  });
});

describe('every landmark', () => {
  const landmarks = Object.values(S).filter(
    (value): value is S.Landmark => typeof value === 'object' && value !== null && 'alternatives' in value,
  );

  it.each(landmarks.map((l) => [l.name, l] as const))('%s: valid alternatives', (_name, l) => {
    expect(l.alternatives.length).toBeGreaterThan(0);
    for (const alternative of l.alternatives) expect(() => document.querySelector(alternative)).not.toThrow();
  });

  it("every landmark's alternatives are commented, with when they were seen", () => {
    const source = readFileSync('lib/sites/linkedin/selectors.ts', 'utf8');
    const blocks = source.split(/\nexport const /).filter((b) => /^\w+ = landmark\(/.test(b));
    expect(blocks.length).toBe(landmarks.length);
    for (const block of blocks) expect(block).toMatch(/\/\/[^\n]*[Ss]een 2026-11/);
  });

  it('landmark names are unique, so an error names one place', () => {
    const names = landmarks.map((l) => l.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('the wording patterns', () => {
  it.each([
    ['Current company: Brightwater Labs. Click to skip to experience card', 'Brightwater Labs'],
    ['Current company: Acme Inc.. Click to skip to experience card', 'Acme Inc.'],
    ['Current company: Brightwater Labs', 'Brightwater Labs'],
    ['Current company: Brightwater Labs.', 'Brightwater Labs'],
    ['Education: Northfield State University. Click to skip to education card', undefined],
  ])('currentCompanyLabel: %s', (label, company) => {
    expect(S.currentCompanyLabel.exec(label)?.[1]).toBe(company);
  });

  it.each([
    ['This page doesn’t exist', true],
    ["This page doesn't exist", true],
    ['Page Not Found', true],
    ['This profile is not available', true],
    ['Priya Natarajan', false],
  ])('notFoundWording: %s', (text, found) => {
    expect(S.notFoundWording.test(text)).toBe(found);
  });

  it("notFoundWording: the public pages' wordings, only as the whole heading or title", () => {
    const found = [
      'Profile Not Found',
      'Profile unavailable',
      'This profile doesn’t exist',
      'The profile you’re looking for could not be found.',
      'The page you are looking for was not found',
      'Sorry, we couldn’t find this profile',
      'We can’t find that page',
    ];
    const not = ['Profile Not Found Analyst', 'Head of Profile Quality', 'Priya Natarajan'];
    for (const text of found) expect(S.notFoundWording.test(text), text).toBe(true);
    for (const text of not) expect(S.notFoundWording.test(text), text).toBe(false);
  });
});

describe('what is not a location', () => {
  it.each([
    ['500+ connections', true],
    ['1,234 followers', true],
    ['See connections (152)', true],
    ['Contact info', true],
    ['500+', true],
    ['Reposted 2 days ago', true],
    ['Over 100 applicants', true],
    ['Boston, Massachusetts, United States', false],
    ['Greater Chicago Area', false],
    ['Washington DC-Baltimore Area', false],
    ['São Paulo, Brazil', false],
  ])('notALocation: %s → %s', (text, meta) => {
    expect(S.notALocation.test(text)).toBe(meta);
  });
});

describe('selectors live in one file', () => {
  it('no other file under lib/sites/linkedin queries the page with a selector of its own', () => {
    const others = readdirSync('lib/sites/linkedin').filter((f) => f.endsWith('.ts') && f !== 'selectors.ts');
    expect(others.length).toBeGreaterThan(0);
    for (const file of others) {
      const source = readFileSync(`lib/sites/linkedin/${file}`, 'utf8');
      expect(source, file).not.toMatch(
        /\.(querySelector|querySelectorAll|closest|matches|getElementsBy\w+)\(/,
      );
      expect(source, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML/);
    }
  });
});

describe('a job or a person is not a missing page', () => {
  it('only the whole heading counts', () => {
    expect(S.notFoundWording.test('Page Not Found Triage Engineer')).toBe(false);
    expect(S.notFoundWording.test('This page doesn’t exist.')).toBe(true);
  });
});
