import { describe, expect, it } from 'vitest';
import { findRole, withHead } from '../../../../lib/detect/extract/role';

// Role shapes by family: each row is a shape employers use, not one email.
describe('findRole: the role applied for, from its common shapes', () => {
  it.each([
    // Occupations beyond the office count as job nouns.
    [
      'Thornbury Games - Barista',
      'We appreciate you applying for Barista at Thornbury Games.',
      'Thornbury Games',
      'Barista',
    ],
    // Table and form lines.
    [
      'Application CAND-55 received',
      'Reference: CAND-55\nPosition: Content Designer\nLocation: New York',
      'City of Meridian',
      'Content Designer',
    ],
    [
      'You have an offer',
      'Position Title | Warehouse Associate\nStart | Monday',
      'Redstone',
      'Warehouse Associate',
    ],
    // "Equal Opportunity Employer" is no role; the role stops before the requisition number.
    [
      'Thank you',
      'We received your application for Customer Service Representative, requisition 2026-86814.\n\nOvela is an Equal Opportunity Employer.',
      'Ovela',
      'Customer Service Representative',
    ],
    // Reference numbers before or after the title.
    ['Your application for JR607924 Registered Nurse', '', 'Brisk', 'Registered Nurse'],
    ['Your application for Marketing Manager - Job Ref 95633', '', null, 'Marketing Manager'],
    // A bracketed qualifier that is part of the title stays.
    [
      'Got it! Mobile Developer (iOS) @ Osprey',
      'Just confirming we got your application.',
      'Osprey',
      'Mobile Developer (iOS)',
    ],
    // Words ahead of the title in a subject ("Thanks for applying for …", "X is hiring a …").
    ['Thanks for applying for Senior Product Manager!', '', null, 'Senior Product Manager'],
    [
      'Stonebridge & Co is hiring a Business Intelligence Analyst',
      '',
      'Stonebridge & Co',
      'Business Intelligence Analyst',
    ],
    ['Proceso de selección Senior Product Manager – siguiente paso', '', null, 'Senior Product Manager'],
    ['Riverbend Energy – Head of Product search', '', 'Riverbend Energy', 'Head of Product'],
    // "the X process / interview / offer".
    [
      'Quick update on timing',
      'The Pharmacy Technician process is taking a little longer.',
      null,
      'Pharmacy Technician',
    ],
    // Years: a leading or trailing year is part of a programme's name.
    [
      'Application submitted - 2026 Operations Graduate Programme',
      '',
      null,
      '2026 Operations Graduate Programme',
    ],
    [
      'Application acknowledgement – Graduate Actuarial Programme 2026',
      '',
      null,
      'Graduate Actuarial Programme 2026',
    ],
    // A job card: the title on its own line, the employer and place under it.
    [
      'Your application was sent to City of Harbor',
      '[image: City of Harbor]\nPhysical Therapist\nCity of Harbor · Atlanta, GA',
      'City of Harbor',
      'Physical Therapist',
    ],
    // Job alerts list many roles: none is the candidate's.
    ['18 new jobs for Data Analyst', 'Data Analyst at Acme', null, null],
    // A recruiter's signature title is not the role.
    [
      'Update on timing',
      'Thanks,\nMia Lund\nTalent Acquisition Partner | Orbit Dynamics',
      'Orbit Dynamics',
      null,
    ],
  ])('%s', (subject, body, company, role) => {
    expect(findRole(subject, body, company)).toBe(role);
  });

  it('falls back on the quoted letter when the reply never names the role', () => {
    expect(
      findRole(
        'Re: Application',
        'Can we talk on Monday?',
        null,
        "> I'm writing to apply for the HR Generalist position.",
      ),
    ).toBe('HR Generalist');
  });
});

describe('withHead: a title stands on its head noun', () => {
  it.each([
    ['Senior Data Analyst', true],
    ['Analista de Datos', true],
    ['Data Scientist, Experimentation', true],
    ['Harbor Engineering', false],
    ['Thornbury Games Group', false],
  ])('%s → %s', (title, ok) => {
    expect(withHead(title) !== null).toBe(ok);
  });
});
