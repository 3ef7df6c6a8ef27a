import { describe, expect, it } from 'vitest';
import { normalize, senderOf, splitReply, stripNoise } from '../../../lib/detect/text';
import { atsSender } from '../../../lib/detect/senders';

describe('splitReply', () => {
  const cases: Array<{ name: string; body: string; fresh: string; quotedIncludes: string | null }> = [
    {
      name: 'Gmail attribution on one line',
      body: 'Tuesday works.\n\nOn Mon, Mar 2, 2026 at 9:14 AM Amy Lee <amy@acme.example> wrote:\n> Can you do Tuesday at 2pm?\n',
      fresh: 'Tuesday works.',
      quotedIncludes: 'Can you do Tuesday at 2pm?',
    },
    {
      name: 'Gmail attribution split over two lines',
      body: 'Thanks!\n\nOn Mon, Mar 2, 2026 at 9:14 AM Amy Lee <\namy@acme.example> wrote:\n\n> Earlier text\n',
      fresh: 'Thanks!',
      quotedIncludes: 'Earlier text',
    },
    {
      name: 'Apple Mail attribution',
      body: 'Sounds good.\n\nOn Mar 2, 2026, at 09:14, Amy Lee <amy@acme.example> wrote:\n\nOlder words\n',
      fresh: 'Sounds good.',
      quotedIncludes: 'Older words',
    },
    {
      name: 'French attribution',
      body: 'Merci beaucoup.\n\nLe lun. 2 mars 2026 à 09:14, Claire Martin <claire@societe.example> a écrit :\n> Bonjour\n',
      fresh: 'Merci beaucoup.',
      quotedIncludes: 'Bonjour',
    },
    {
      name: 'German attribution',
      body: 'Danke!\n\nAm Mo., 2. März 2026 um 09:14 Uhr schrieb Jonas Weber <jonas@firma.example>:\n> Hallo\n',
      fresh: 'Danke!',
      quotedIncludes: 'Hallo',
    },
    {
      name: 'Spanish attribution',
      body: 'Perfecto.\n\nEl lun, 2 mar 2026 a las 9:14, Lucía García (<lucia@empresa.example>) escribió:\n> Hola\n',
      fresh: 'Perfecto.',
      quotedIncludes: 'Hola',
    },
    {
      name: 'Outlook original message separator',
      body: 'See you then.\n\n-----Original Message-----\nFrom: Amy Lee\nSent: Monday, March 2, 2026 9:14 AM\nOld text\n',
      fresh: 'See you then.',
      quotedIncludes: 'Old text',
    },
    {
      name: 'Outlook From/Sent header block',
      body: 'Confirmed.\n\nFrom: Amy Lee <amy@acme.example>\nSent: Monday, March 2, 2026 9:14 AM\nTo: Jordan\nSubject: Interview\n\nOld text\n',
      fresh: 'Confirmed.',
      quotedIncludes: 'Old text',
    },
    {
      name: 'Bare ">" lines without attribution',
      body: 'My answer\n> their question\n> more\nMore of my answer',
      fresh: 'My answer\nMore of my answer',
      quotedIncludes: 'their question\nmore',
    },
    {
      name: 'Gmail forward stays fresh, header dropped',
      body: 'FYI, see below.\n\n---------- Forwarded message ---------\nFrom: Amy Lee <amy@acme.example>\nDate: Mon, Mar 2, 2026 at 9:14 AM\nSubject: Interview\nTo: Jordan <jordan@mail.example>\n\nYour interview is on Tuesday at 2pm.\n',
      fresh: 'FYI, see below.\n\nYour interview is on Tuesday at 2pm.',
      quotedIncludes: null,
    },
    {
      name: 'Apple Mail forward',
      body: 'Begin forwarded message:\n\nFrom: Amy Lee <amy@acme.example>\nSubject: Interview\nDate: March 2, 2026 at 9:14:00 AM EST\nTo: Jordan\n\nThe interview is confirmed.',
      fresh: 'The interview is confirmed.',
      quotedIncludes: null,
    },
    {
      name: 'French forward',
      body: 'Pour info.\n\nDébut du message réexpédié :\n\nDe: Claire <claire@societe.example>\nObjet: Entretien\nDate: 2 mars 2026\nÀ: Jordan\n\nVotre entretien est confirmé.',
      fresh: 'Pour info.\n\nVotre entretien est confirmé.',
      quotedIncludes: null,
    },
    {
      name: 'German forward',
      body: '---------- Weitergeleitete Nachricht ----------\nVon: Jonas <jonas@firma.example>\nDatum: 2. März 2026\nBetreff: Gespräch\nAn: Jordan\n\nDas Gespräch ist bestätigt.',
      fresh: 'Das Gespräch ist bestätigt.',
      quotedIncludes: null,
    },
    {
      name: 'A forward that itself quotes a reply keeps only the forwarded part fresh',
      body: '---------- Forwarded message ---------\nFrom: Amy <amy@acme.example>\n\nNew text\n\nOn Sun, Mar 1, 2026 at 8:00 PM Bob <bob@acme.example> wrote:\n> old text',
      fresh: 'New text',
      quotedIncludes: 'old text',
    },
    {
      name: 'No quote at all',
      body: 'Just a message.\nOn Tuesday we meet.',
      fresh: 'Just a message.\nOn Tuesday we meet.',
      quotedIncludes: null,
    },
    {
      name: 'Windows line endings',
      body: 'Yes.\r\n\r\nOn Mon, Mar 2, 2026 at 9:14 AM Amy <amy@acme.example> wrote:\r\n> old',
      fresh: 'Yes.',
      quotedIncludes: 'old',
    },
  ];
  it.each(cases)('$name', ({ body, fresh, quotedIncludes }) => {
    const out = splitReply(body);
    expect(out.fresh).toBe(fresh);
    if (quotedIncludes === null) expect(out.quoted).toBe('');
    else expect(out.quoted).toContain(quotedIncludes);
  });
});

describe('stripNoise', () => {
  const cases: Array<{ name: string; text: string; expected: string }> = [
    {
      name: 'signature after "-- "',
      text: 'See you Tuesday.\n\nBest,\nAmy\n-- \nAmy Lee\nRecruiter, Acme\n+1 415 555 0134',
      expected: 'See you Tuesday.\n\nBest,\nAmy',
    },
    {
      name: 'confidentiality footer, text after it kept',
      text: 'Hello Jordan.\n\nThis email and any attachments are confidential and intended solely\nfor the addressee.\n\nP.S. Bring your ID.',
      expected: 'Hello Jordan.\n\nP.S. Bring your ID.',
    },
    {
      name: 'intended-recipient notice',
      text: 'Thanks.\n\nIf you are not the intended recipient, please delete this message.',
      expected: 'Thanks.',
    },
    {
      name: 'unsubscribe and mailing reason',
      text: 'New jobs for you.\n\nUnsubscribe from these emails\nYou are receiving this email because you applied on our site.',
      expected: 'New jobs for you.',
    },
    {
      name: 'French confidentiality notice',
      text: 'Merci.\n\nCe message et ses pièces jointes sont confidentiels.',
      expected: 'Merci.',
    },
    {
      name: 'nothing to strip',
      text: 'Plain text.\n---\nStill text.',
      expected: 'Plain text.\n---\nStill text.',
    },
  ];
  it.each(cases)('$name', ({ text, expected }) => {
    expect(stripNoise(text)).toBe(expected);
  });
});

describe('normalize', () => {
  it.each([
    ['It’s  GREAT\n\tnews', "it's great news"],
    ['“Quoted” «Guillemets»', '"quoted" "guillemets"'],
    ['  Étienne  Gaël  ', 'étienne gaël'],
    ['Full‑time – remote', 'full-time - remote'],
  ])('%s', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });
});

describe('senderOf', () => {
  it.each([
    [
      'Amy Lee <Amy.Lee@Acme.Example>',
      { name: 'Amy Lee', address: 'amy.lee@acme.example', domain: 'acme.example' },
    ],
    [
      '"Lee, Amy" <amy@acme.example>',
      { name: 'Lee, Amy', address: 'amy@acme.example', domain: 'acme.example' },
    ],
    ['amy@acme.example (Amy Lee)', { name: 'Amy Lee', address: 'amy@acme.example', domain: 'acme.example' }],
    ['amy@acme.example', { name: null, address: 'amy@acme.example', domain: 'acme.example' }],
    ['<amy@acme.example>', { name: null, address: 'amy@acme.example', domain: 'acme.example' }],
    [
      'Acme Recruiting <no-reply@us.greenhouse-mail.io>',
      { name: 'Acme Recruiting', address: 'no-reply@us.greenhouse-mail.io', domain: 'us.greenhouse-mail.io' },
    ],
    ['Just A Name', { name: 'Just A Name', address: null, domain: null }],
    ['', { name: null, address: null, domain: null }],
  ])('%s', (from, expected) => {
    expect(senderOf(from)).toEqual(expected);
  });
});

describe('atsSender', () => {
  it.each([
    ['no-reply@greenhouse.io', 'Greenhouse', 'ats'],
    ['no-reply@us.greenhouse-mail.io', 'Greenhouse', 'ats'],
    ['notifications@hire.lever.co', 'Lever', 'ats'],
    ['acme@myworkday.com', 'Workday', 'ats'],
    ['jobs@acme.myworkdayjobs.com', 'Workday', 'ats'],
    ['no-reply@ashbyhq.com', 'Ashby', 'ats'],
    ['mail@smartrecruiters.com', 'SmartRecruiters', 'ats'],
    ['x@talent.icims.com', 'iCIMS', 'ats'],
    ['x@jobvite.com', 'Jobvite', 'ats'],
    ['x@workable.com', 'Workable', 'ats'],
    ['x@acme.bamboohr.com', 'BambooHR', 'ats'],
    ['x@taleo.net', 'Taleo', 'ats'],
    ['x@successfactors.com', 'SAP SuccessFactors', 'ats'],
    ['x@sapsf.com', 'SAP SuccessFactors', 'ats'],
    ['x@teamtailor.com', 'Teamtailor', 'ats'],
    ['x@acme.personio.de', 'Personio', 'ats'],
    ['x@personio.com', 'Personio', 'ats'],
    ['x@recruitee.com', 'Recruitee', 'ats'],
    ['x@jazzhr.com', 'JazzHR', 'ats'],
    ['x@breezy.hr', 'Breezy HR', 'ats'],
    ['x@goodtime.io', 'GoodTime', 'scheduling'],
    ['notifications@calendly.com', 'Calendly', 'scheduling'],
    ['calendar-notification@google.com', 'Google Calendar', 'scheduling'],
    ['no-reply@calendar.office365.com', 'Outlook Calendar', 'scheduling'],
    ['x@cal.com', 'Cal.com', 'scheduling'],
    ['jobs-noreply@linkedin.com', 'LinkedIn', 'job_board'],
    ['alert@indeed.com', 'Indeed', 'job_board'],
    ['x@glassdoor.com', 'Glassdoor', 'job_board'],
    ['x@ziprecruiter.com', 'ZipRecruiter', 'job_board'],
    ['x@stepstone.de', 'StepStone', 'job_board'],
    ['x@mail.stepstone.co.uk', 'StepStone', 'job_board'],
    ['x@welcometothejungle.com', 'Welcome to the Jungle', 'job_board'],
    ['x@monster.com', 'Monster', 'job_board'],
    ['x@hackerrank.com', 'HackerRank', 'assessment'],
    ['x@codility.com', 'Codility', 'assessment'],
    ['x@codesignal.com', 'CodeSignal', 'assessment'],
    ['x@testgorilla.com', 'TestGorilla', 'assessment'],
    ['x@hirevue.com', 'HireVue', 'assessment'],
    ['x@coderbyte.com', 'Coderbyte', 'assessment'],
    ['NO-REPLY@GREENHOUSE.IO', 'Greenhouse', 'ats'],
  ])('%s → %s', (address, system, kind) => {
    expect(atsSender(address)).toEqual({ system, kind });
  });

  it.each([
    [null],
    [''],
    ['amy@acme.example'],
    ['x@notgreenhouse.io'],
    ['x@greenhouse.io.evil.example'],
    ['someone@google.com'],
    ['friend@outlook.com'],
    ['not-an-address'],
  ])('%s is no hiring system', (address) => {
    expect(atsSender(address)).toBeNull();
  });
});
