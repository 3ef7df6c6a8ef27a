import { describe, expect, it } from 'vitest';
import { companyKey, roleKey, sameJob } from '@/lib/model/jobs';

describe('sameJob: the same company and role, however written', () => {
  it.each<[string, [string, string], [string, string], boolean]>([
    ['identical', ['Brightwater Labs', 'Product Analyst'], ['Brightwater Labs', 'Product Analyst'], true],
    [
      'case, legal form, punctuation',
      ['Brightwater Labs, Inc.', 'Product Analyst'],
      ['brightwater labs', 'product analyst'],
      true,
    ],
    ['abbreviated title', ['Acme GmbH', 'Sr. Data Engineer'], ['ACME', 'Senior Data Engineer'], true],
    ['accents and ampersand', ['Café & Co', 'Barista II'], ['Cafe and', 'Barista 2'], true],
    [
      'another role',
      ['Brightwater Labs', 'Product Analyst'],
      ['Brightwater Labs', 'Senior Product Analyst'],
      false,
    ],
    [
      'another company',
      ['Brightwater Labs', 'Product Analyst'],
      ['Brightwater Studio', 'Product Analyst'],
      false,
    ],
    ['empty names never match', ['Inc.', ''], ['LLC', ''], false],
  ])('%s', (_name, [companyA, roleA], [companyB, roleB], expected) => {
    expect(sameJob({ company: companyA, role: roleA }, { company: companyB, role: roleB })).toBe(expected);
  });

  it('keys read as words', () => {
    expect(companyKey('The Northwind Traders Company, Ltd.')).toBe('northwind traders');
    expect(roleKey('VP, Eng.')).toBe('vice president engineer');
  });
});
