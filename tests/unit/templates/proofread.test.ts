import { describe, expect, it } from 'vitest';
import { type Draft, type Flag, proofread } from '@/lib/templates/proofread';

const amy = { name: 'Amy Chen', firstName: 'Amy' };

const CLEAN_EMAIL = [
  'Hi Amy,',
  '',
  'Thank you for taking the time to talk with me on Tuesday about the platform team at Acme Labs.',
  'I especially enjoyed hearing how the team moved billing to event sourcing, and it made me even',
  'more excited about the role.',
  '',
  'Here are the notes I mentioned:',
  '- the migration checklist',
  '- the on-call rota idea',
  '',
  'The write-up is at https://example.com/notes',
  '',
  'Best,',
  'Sam Rivera',
  'sam@example.com',
].join('\n');

function draft(over: Partial<Draft> = {}): Draft {
  return {
    text: CLEAN_EMAIL,
    subject: 'Thank you for Tuesday',
    channel: 'email',
    kind: 'thank_you',
    recipient: amy,
    company: 'Acme Labs',
    otherCompanies: ['Globex', 'Initech', 'Acme'],
    otherPeople: ['Dana Lee', 'José Ortega'],
    specificDetail: 'moved billing to event sourcing',
    gaps: [],
    ...over,
  };
}

function codes(flags: Flag[], code?: Flag['code']): Flag[] {
  return code ? flags.filter((f) => f.code === code) : flags;
}

function pointed(d: Draft, f: Flag): string {
  return (f.field === 'subject' ? (d.subject ?? '') : d.text).slice(f.start, f.end);
}

describe('proofread', () => {
  it('finds nothing in a clean, realistic thank-you email', () => {
    expect(proofread(draft())).toEqual([]);
  });

  type Case = {
    name: string;
    draft: Partial<Draft>;
    code: Flag['code'];
    /** What each flag of this code points at, in order; [] means no flag of this code. */
    expect: string[];
    field?: Flag['field'];
  };

  const cases: Case[] = [
    // gap
    {
      name: 'gap from render',
      draft: {
        text: 'Hi Amy,\n\nI enjoyed [something specific Amy said] a lot.\n\nBest,\nSam',
        gaps: [{ name: 'specificDetail', label: 'something specific Amy said', start: 18, end: 47 }],
        specificDetail: null,
      },
      code: 'gap',
      expect: ['[something specific Amy said]'],
    },
    {
      name: 'stale gap positions are found again',
      draft: {
        text: 'Hi Amy,\n\nReally, I enjoyed [your next step] a lot.',
        gaps: [{ name: 'nextStep', label: 'your next step', start: 18, end: 34 }],
      },
      code: 'gap',
      expect: ['[your next step]'],
    },
    {
      name: 'a filled gap is not flagged',
      draft: {
        text: 'Hi Amy,\n\nI enjoyed the demo a lot.',
        gaps: [{ name: 'nextStep', label: 'your next step', start: 18, end: 34 }],
      },
      code: 'gap',
      expect: [],
    },
    {
      name: 'bracket gap typed into the text and subject',
      draft: { text: 'Hi Amy,\n\nSee you on [date].', subject: 'Re: [role title]' },
      code: 'gap',
      expect: ['[role title]', '[date]'],
    },
    {
      name: 'voicemail stage direction is not a gap',
      draft: {
        channel: 'voicemail',
        kind: 'check_in',
        text: 'Hi Amy, it is Sam Rivera. [pause] I wanted to check in on the role. My number is 555 0100.',
      },
      code: 'gap',
      expect: [],
    },
    {
      name: 'links and footnotes are not gaps',
      draft: { text: 'Hi Amy,\n\nThe [write-up](https://example.com) is here [1].' },
      code: 'gap',
      expect: [],
    },
    // doubled_word
    {
      name: 'doubled word',
      draft: { text: 'Hi Amy,\n\nThanks for the the chat about moved billing to event sourcing.' },
      code: 'doubled_word',
      expect: ['the the'],
    },
    {
      name: 'doubled word, mixed case, and in the subject',
      draft: { text: 'Hi Amy,\n\nI look forward to To hearing back.', subject: 'Thank you you' },
      code: 'doubled_word',
      expect: ['you you', 'to To'],
    },
    {
      name: 'doubled word wrapped onto the next line',
      draft: { text: 'Hi Amy,\n\nThanks for the\nthe chat.' },
      code: 'doubled_word',
      expect: ['the\nthe'],
    },
    {
      name: 'deliberate pairs, numbers and sentence breaks are fine',
      draft: {
        text: 'Hi Amy,\n\nWe had had 2 2 calls. I think that that works. It went well.\nWell, see you soon.\nSoon\nSoon enough.',
      },
      code: 'doubled_word',
      expect: [],
    },
    // no_end_punctuation
    {
      name: 'a line of prose that just stops',
      draft: { text: 'Hi Amy,\n\nThanks for the chat about moved billing to event sourcing\n\nBest,\nSam' },
      code: 'no_end_punctuation',
      expect: ['sourcing'],
    },
    {
      name: 'greeting, bullets, URLs, sign-off, signature, emoji and quotes are fine',
      draft: {
        text: 'Dear Ms. Chen,\n\nIt was great to meet you! 🙂\nShe said “ship it.”\n- item one\n* item two\nhttps://example.com/x\nThanks so much,\nSam Rivera\nStaff Engineer',
      },
      code: 'no_end_punctuation',
      expect: [],
    },
    {
      name: 'a trailing name without a sign-off is treated as a signature',
      draft: { text: 'Hi Amy,\n\nThanks again for the chat.\n\nSam' },
      code: 'no_end_punctuation',
      expect: [],
    },
    {
      name: 'phone scripts are notes and never flagged',
      draft: { channel: 'phone', kind: 'check_in', text: 'Open with thanks\nAsk about timeline\n[wait]' },
      code: 'no_end_punctuation',
      expect: [],
    },
    {
      name: 'voicemail line without punctuation, stage direction ignored',
      draft: {
        channel: 'voicemail',
        kind: 'check_in',
        text: '[smile]\nHi Amy, it is Sam Rivera calling about the role\nMy number is 555 0100.',
      },
      code: 'no_end_punctuation',
      expect: ['role'],
    },
    // wrong_greeting
    {
      name: 'greeting to someone else the user tracks',
      draft: { text: 'Hi Dana,\n\nThanks for the chat.' },
      code: 'wrong_greeting',
      expect: ['Dana'],
    },
    {
      name: 'greeting to an unknown name',
      draft: { text: 'Hello Bob Smith, thanks for the chat.' },
      code: 'wrong_greeting',
      expect: ['Bob Smith'],
    },
    {
      name: 'foreign greeting to the wrong person',
      draft: { text: 'Liebe Dana,\n\nvielen Dank.' },
      code: 'wrong_greeting',
      expect: ['Dana'],
    },
    {
      name: 'first name, full name, title and surname, any case, are fine',
      draft: { text: 'Dear Ms. Chen,\n\nThanks.' },
      code: 'wrong_greeting',
      expect: [],
    },
    {
      name: 'full name in lower case, greeting followed by prose',
      draft: { text: 'Good morning amy chen, thanks for the chat.' },
      code: 'wrong_greeting',
      expect: [],
    },
    {
      name: 'name followed by prose without a comma',
      draft: { text: 'Hi Amy thanks for the chat.' },
      code: 'wrong_greeting',
      expect: [],
    },
    {
      name: 'comma after the greeting word',
      draft: { text: 'Hi, Dana!\n\nThanks.' },
      code: 'wrong_greeting',
      expect: ['Dana'],
    },
    {
      name: 'generic greetings name no one',
      draft: { text: 'Hi there,\n\nThanks.' },
      code: 'wrong_greeting',
      expect: [],
    },
    {
      name: 'accent-insensitive: "Jose" greets José',
      draft: { recipient: { name: 'José Ortega', firstName: 'José' }, text: 'Hola Jose,\n\nGracias.' },
      code: 'wrong_greeting',
      expect: [],
    },
    {
      name: 'accent-insensitive: "JOSÉ" greets Jose',
      draft: { recipient: { name: 'Jose Ortega', firstName: 'Jose' }, text: 'Bonjour JOSÉ,\n\nMerci.' },
      code: 'wrong_greeting',
      expect: [],
    },
    {
      name: 'accent-insensitive: "José" is not Josefina',
      draft: { recipient: { name: 'Josefina Ruiz', firstName: 'Josefina' }, text: 'Hola José,\n\nGracias.' },
      code: 'wrong_greeting',
      expect: ['José'],
    },
    {
      name: 'no recipient: only a name of another tracked person is flagged',
      draft: { recipient: null, text: 'Hi Dana,\n\nThanks.' },
      code: 'wrong_greeting',
      expect: ['Dana'],
    },
    {
      name: 'no recipient and an unknown name: nothing to compare with',
      draft: { recipient: null, text: 'Hi Priya,\n\nThanks.' },
      code: 'wrong_greeting',
      expect: [],
    },
    // wrong_company
    {
      name: 'another company in the text and subject',
      draft: {
        text: 'Hi Amy,\n\nI am excited about joining globex and moved billing to event sourcing.',
        subject: 'Thanks from an Initech fan',
      },
      code: 'wrong_company',
      expect: ['Initech', 'globex'],
    },
    {
      name: 'a shorter company name inside this one is fine, as are partial words',
      draft: { text: 'Hi Amy,\n\nAcme Labs and ACME LABS sound great. Globexcellent.' },
      code: 'wrong_company',
      expect: [],
    },
    {
      name: 'the shorter other company on its own is flagged',
      draft: { text: 'Hi Amy,\n\nI loved Acme, truly.' },
      code: 'wrong_company',
      expect: ['Acme'],
    },
    // too_long
    {
      name: 'LinkedIn note of 301 characters',
      draft: { channel: 'linkedin_note', kind: 'linkedin_connect', text: 'a'.repeat(300) + 'b' },
      code: 'too_long',
      expect: ['b'],
    },
    {
      name: 'LinkedIn note of exactly 300 characters',
      draft: { channel: 'linkedin_note', kind: 'linkedin_connect', text: 'a'.repeat(299) + '.' },
      code: 'too_long',
      expect: [],
    },
    {
      name: 'voicemail over 450 characters',
      draft: { channel: 'voicemail', kind: 'check_in', text: 'x'.repeat(440) + ' overflowing.' },
      code: 'too_long',
      expect: ['ng.'],
    },
    {
      name: 'email has no limit',
      draft: { text: 'Hi Amy,\n\n' + 'Long. '.repeat(5000) },
      code: 'too_long',
      expect: [],
    },
    // missing_specific
    {
      name: 'thank-you without a recorded detail',
      draft: { specificDetail: null, text: 'Hi Amy,\n\nThanks for the chat.' },
      code: 'missing_specific',
      expect: ['Thanks for the chat.'],
    },
    {
      name: 'thank-you whose text leaves the detail out',
      draft: { specificDetail: 'the new pricing page', text: 'Hi Amy,\n\nThanks for the chat.' },
      code: 'missing_specific',
      expect: ['Thanks for the chat.'],
    },
    {
      name: 'detail present despite different case and line wrapping',
      draft: {
        specificDetail: '“Moved billing to  event sourcing.”',
        text: 'Hi Amy,\n\nYou MOVED billing to\nevent sourcing!',
      },
      code: 'missing_specific',
      expect: [],
    },
    {
      name: 'detail recorded and a gap is still there for it',
      draft: {
        specificDetail: 'the new pricing page',
        text: 'Hi Amy,\n\nI enjoyed [something specific Amy said].',
        gaps: [{ name: 'specificDetail', label: 'something specific Amy said', start: 18, end: 47 }],
      },
      code: 'missing_specific',
      expect: [],
    },
    {
      name: 'check-ins need no detail',
      draft: { kind: 'check_in', specificDetail: null, text: 'Hi Amy,\n\nAny news?' },
      code: 'missing_specific',
      expect: [],
    },
  ];

  it.each(cases)('$code: $name', (c) => {
    const d = draft(c.draft);
    const flags = codes(proofread(d), c.code);
    expect(flags.map((f) => pointed(d, f))).toEqual(c.expect);
    for (const f of flags) {
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.start).toBeLessThanOrEqual(f.end);
    }
  });

  it('puts subject flags first, then sorts by position', () => {
    const d = draft({
      subject: 'Globex [role] role',
      text: 'Hi Dana,\n\nThe the chat at Initech was great\n\nBest,\nSam',
      specificDetail: null,
    });
    const flags = proofread(d);
    expect(flags.map((f) => [f.field, f.code, pointed(d, f)])).toEqual([
      ['subject', 'wrong_company', 'Globex'],
      ['subject', 'gap', '[role]'],
      ['text', 'wrong_greeting', 'Dana'],
      ['text', 'doubled_word', 'The the'],
      ['text', 'missing_specific', 'The the chat at Initech was great'],
      ['text', 'wrong_company', 'Initech'],
      ['text', 'no_end_punctuation', 'great'],
    ]);
  });

  it('says where and why in each message', () => {
    const d = draft({
      channel: 'linkedin_note',
      kind: 'thank_you',
      specificDetail: null,
      text: 'Hi Dana,\n\nI enjoyed [something specific Amy said] at Globex the the most\n' + 'z'.repeat(300),
    });
    const byCode = Object.fromEntries(proofread(d).map((f) => [f.code, f.message]));
    expect(byCode.gap).toBe(
      'Fill in “something specific Amy said” before sending: it is still a placeholder on line 3.',
    );
    expect(byCode.doubled_word).toContain('line 3');
    expect(byCode.wrong_greeting).toContain('Dana Lee');
    expect(byCode.wrong_greeting).toContain('Amy Chen');
    expect(byCode.wrong_company).toContain('Acme Labs');
    expect(byCode.too_long).toMatch(/\d+ characters, over the 300-character limit/);
    expect(byCode.missing_specific).toContain('one specific thing Amy said');
  });

  it('never throws on odd input', () => {
    const odd: Array<Partial<Draft>> = [
      { text: '' },
      { text: '   \n\n  ' },
      { text: '🙂🙂🙂' },
      { text: 'Hi 👋,\n\n🎉 🎉\n[' },
      { text: 'word '.repeat(40000), channel: 'linkedin' },
      { text: 'Hi\u0000Amy\r\nThanks\r\n', subject: null, recipient: null, specificDetail: '' },
      { gaps: [{ name: 'x', label: '', start: 5000, end: -3 }] },
      { recipient: { name: '', firstName: '' }, company: '', otherCompanies: [''], otherPeople: [''] },
      { text: undefined as unknown as string, gaps: null as unknown as [] },
    ];
    for (const o of odd) expect(() => proofread(draft(o))).not.toThrow();
    expect(proofread(draft({ text: '', kind: 'check_in' }))).toEqual([]);
  });
});
