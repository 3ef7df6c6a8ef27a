import { describe, expect, it } from 'vitest';
import { Email, type EmailInput, type Extraction } from '../../../lib/detect/email';
import { extract } from '../../../lib/detect/extract';

/** 2026-03-06 is a Friday; 2026-03-09 a Monday. US clocks go forward on Sunday 2026-03-08,
 * European clocks on Sunday 2026-03-29. */
const FRIDAY_NY = '2026-03-06T10:00:00-05:00';
const MONDAY_NY = '2026-03-09T09:00:00-04:00';
const FRIDAY_PARIS = '2026-03-06T10:00:00+01:00';

function mail(input: Partial<EmailInput> & { body: string }): Email {
  return Email.parse({
    from: 'Amy Lee <amy.lee@acme.example>',
    to: 'Jordan Diaz <jordan@mail.example>',
    subject: '',
    date: FRIDAY_NY,
    ...input,
  });
}

interface Case {
  name: string;
  email: Email;
  expected: Partial<Extraction>;
}

const cases: Case[] = [
  // ---------------------------------------------------------------- company and role
  {
    name: 'ATS display name gives the company; "the … position" gives the role; a no-reply sender is no person',
    email: mail({
      from: 'Acme Recruiting <no-reply@greenhouse.io>',
      subject: 'Thank you for applying',
      body: 'Hi Jordan,\n\nThank you for applying for the Senior Data Analyst position. We will review your application.\n\nAcme Recruiting',
    }),
    expected: { company: 'Acme', role: 'Senior Data Analyst', people: [] },
  },
  {
    name: 'Lever sender "Globex Talent Team"; subject "Your application to Globex"; role from "Application for X (R-…)"',
    email: mail({
      from: 'Globex Talent Team <no-reply@hire.lever.co>',
      subject: 'Your application to Globex',
      body: 'We received your Application for Backend Engineer (R-10423). Thanks!',
    }),
    expected: { company: 'Globex', role: 'Backend Engineer' },
  },
  {
    name: 'subject "Interview with Initech" from a free-mail recruiter (not "Gmail")',
    email: mail({
      from: 'Sam Park <sam.park@gmail.com>',
      subject: 'Interview with Initech',
      body: 'Hi Jordan, are you free for a quick chat next week?\n\nSam',
    }),
    expected: {
      company: 'Initech',
      people: [{ name: 'Sam Park', email: 'sam.park@gmail.com', phone: null }],
    },
  },
  {
    name: '"join Umbrella" in the body; "the Data Analyst role"',
    email: mail({
      from: 'Kim <kim@hey.com>',
      subject: 'Quick question',
      body: 'We would love for you to join Umbrella. The Data Analyst role is still open.',
    }),
    expected: { company: 'Umbrella', role: 'Data Analyst' },
  },
  {
    name: 'signature line after the sender name gives the company',
    email: mail({
      from: 'Dana White <dana.white@outlook.com>',
      subject: 'Following up',
      body: 'Hi Jordan,\n\nGreat to talk today.\n\nBest,\nDana White\nTalent Partner\nVandelay Industries\n',
    }),
    expected: { company: 'Vandelay Industries' },
  },
  {
    name: 'sender domain as the last resort; role from "Re: X position"',
    email: mail({
      from: 'Bob Smith <bob@hooli.com>',
      subject: 'Re: Staff Engineer position',
      body: 'Thanks for chatting today.',
    }),
    expected: { company: 'Hooli', role: 'Staff Engineer' },
  },
  {
    name: 'country second-level domains: careers.wonka.co.uk → Wonka; subject "X – Interview" gives the role',
    email: mail({
      from: 'Anna Berg <anna@careers.wonka.co.uk>',
      subject: 'Data Analyst – Interview',
      body: 'Hello, please find the details below.',
    }),
    expected: { company: 'Wonka', role: 'Data Analyst' },
  },
  {
    name: 'job board sender: company from the subject, never "Linkedin"',
    email: mail({
      from: 'LinkedIn <jobs-noreply@linkedin.com>',
      subject: 'Jordan, your application was sent to Stark Industries',
      body: 'Your application for the Product Manager role was sent to Stark Industries.',
    }),
    expected: { company: 'Stark Industries', role: 'Product Manager', people: [] },
  },
  {
    name: '"position of X" and "at X" with legal suffix removed',
    email: mail({
      from: 'Lee Chan <lee@gmail.com>',
      subject: 'Hello',
      body: 'I am reaching out about the position of Product Designer at Tyrell Corp. Are you open to a chat?',
    }),
    expected: { company: 'Tyrell', role: 'Product Designer' },
  },
  {
    name: 'company: "Name at Company" on a system sender names the employer after the person',
    email: mail({
      from: 'Olivia Mensah at Clearwater Media <no-reply@ashbyhq.com>',
      subject: 'Thanks for applying',
      body: 'Hi Jordan,\n\nThanks for applying. We read every application.\n\nOlivia',
    }),
    expected: { company: 'Clearwater Media' },
  },
  {
    name: 'company: a job board subject "Interview scheduled with X" and "X viewed your application"',
    email: mail({
      from: 'ZipRecruiter <no-reply@ziprecruiter.com>',
      subject: 'Interview scheduled with Pinecrest Cloud Group',
      body: 'An employer scheduled an interview with you.\n\nView details in the app.',
    }),
    expected: { company: 'Pinecrest Cloud Group' },
  },
  {
    name: 'company: a university is an employer, and a store or location after its name is not part of it',
    email: mail({
      from: 'Quarry University Careers <careers@quarryuniversity.example>',
      subject: 'Your application',
      body: 'Thank you for applying.',
    }),
    expected: { company: 'Quarry University' },
  },
  {
    name: 'company: a one-line reply from a domain spelled out in the quoted message',
    email: mail({
      from: 'Wei Quinn <wei.quinn@bluefinmobilitygroup.example>',
      subject: 'Re: Barista application',
      body:
        'thx, got your CV. will review + circle back\n\nWei\n\n' +
        'On Fri, Dec 4, 2026 at 8:40 AM Jordan Diaz <jordan@mail.example> wrote:\n' +
        "> I'm applying for the Barista role at Bluefin Mobility Group.",
    }),
    expected: { company: 'Bluefin Mobility Group' },
  },
  // ---------------------------------------------------------------- people
  {
    name: 'people: sender with signature phone, names with addresses in the body; recipient left out',
    email: mail({
      body:
        'Hi Jordan,\n\nYou will meet Priya Shah (priya.shah@acme.example) and Tom Ng <tom.ng@acme.example>.\n' +
        'Your confirmation went to jordan@mail.example.\n\nBest,\nAmy Lee\nRecruiter, Acme\n+44 20 7946 0958\n',
    }),
    expected: {
      people: [
        { name: 'Amy Lee', email: 'amy.lee@acme.example', phone: '+44 20 7946 0958' },
        { name: 'Priya Shah', email: 'priya.shah@acme.example', phone: null },
        { name: 'Tom Ng', email: 'tom.ng@acme.example', phone: null },
      ],
    },
  },
  {
    name: 'people: US phone formats, names on the same line; Zoom dial-in numbers are not people',
    email: mail({
      body:
        'Reach Carlos Mendez at (415) 555-0134 if anything changes.\n' +
        'Dial-in: +1 646 558 8656, meeting ID 812 3456 7890\n\n' +
        'Thanks,\nAmy Lee\nMobile: 415.555.0199\n',
    }),
    expected: {
      people: [
        { name: 'Amy Lee', email: 'amy.lee@acme.example', phone: '415.555.0199' },
        { name: 'Carlos Mendez', email: null, phone: '(415) 555-0134' },
      ],
    },
  },
  {
    name: 'people: ATS sender skipped; coordinator named before an address; duplicate mentions merged',
    email: mail({
      from: 'Acme Hiring <no-reply@ashbyhq.com>',
      body:
        'Your coordinator is Maria Lopez, maria.lopez@acme.example.\n' +
        'Questions? Write to maria.lopez@acme.example or call Maria Lopez: +1 212 555 0188.',
    }),
    expected: {
      company: 'Acme',
      people: [{ name: 'Maria Lopez', email: 'maria.lopez@acme.example', phone: '+1 212 555 0188' }],
    },
  },
  {
    name: 'people: "Name at Company" on a system sender is a person; their signature title gives the part',
    email: mail({
      from: 'Dana Ortiz at Acme <no-reply@ashbyhq.com>',
      body: 'Hi Jordan,\n\nThanks for applying for the Analyst role.\n\nBest,\nDana\nHead of Talent, Acme',
    }),
    expected: { people: [{ name: 'Dana Ortiz', email: null, phone: null, role: 'recruiter' }] },
  },
  {
    name: 'people: "Name, our Title" and "our Title, Name" in the text, each with the part their title says',
    email: mail({
      body:
        'Nadia Price, our Interview Coordinator, will be in touch to find dates.\n' +
        'You will also hear from our hiring manager, Tom Baker, next week.\n\n' +
        'Best,\nAmy Lee\nSenior Technical Recruiter | Acme',
    }),
    expected: {
      people: [
        { name: 'Amy Lee', email: 'amy.lee@acme.example', phone: null, role: 'recruiter' },
        { name: 'Nadia Price', email: null, phone: null, role: 'recruiter' },
        { name: 'Tom Baker', email: null, phone: null, role: 'hiring_manager' },
      ],
    },
  },
  {
    name: 'people: shared mailboxes, a switchboard number and a title on a phone line are not people',
    email: mail({
      body:
        'For adjustments write to accommodations@acme.example or privacy@acme.example.\n' +
        'Reception: +1 212 555 0100\n\n' +
        'Thanks,\nAmy Lee\nPrincipal Consultant | (312) 555-4877',
    }),
    expected: { people: [{ name: 'Amy Lee', email: 'amy.lee@acme.example', phone: '(312) 555-4877' }] },
  },
  {
    name: 'people: an agency consultant is named as one, whatever their title says',
    email: mail({
      from: 'Hana Hayes <hana.hayes@keystonerecruitment.example>',
      body: 'Hi Jordan,\n\nMy client would like to meet you next week.\n\nBest,\nHana Hayes\nTalent Consultant',
    }),
    expected: {
      people: [
        {
          name: 'Hana Hayes',
          email: 'hana.hayes@keystonerecruitment.example',
          phone: null,
          role: 'agency_consultant',
        },
      ],
    },
  },
  // ---------------------------------------------------------------- interview time
  {
    name: 'weekday and time without a zone: next Tuesday, in the email offset',
    email: mail({ body: 'Your interview is on Tuesday at 2pm with the team.' }),
    expected: { interviewAt: '2026-03-10T14:00:00-05:00' },
  },
  {
    name: 'DST week: "2pm ET" on the Tuesday after clocks change is -04:00 though the email says -05:00',
    email: mail({ body: 'Confirming your interview on Tuesday at 2pm ET.' }),
    expected: { interviewAt: '2026-03-10T14:00:00-04:00' },
  },
  {
    name: 'stated Pacific time in a New York email',
    email: mail({
      date: '2026-03-05T16:00:00-05:00',
      body: 'The call is set for March 10th at 10:30 AM PT.',
    }),
    expected: { interviewAt: '2026-03-10T10:30:00-07:00' },
  },
  {
    name: 'CET written after the European change still means Paris wall clock (+02:00)',
    email: mail({
      date: '2026-03-27T09:00:00+01:00',
      body: 'We would like to confirm the interview on Tuesday 31 March at 10:00 CET.',
    }),
    expected: { interviewAt: '2026-03-31T10:00:00+02:00' },
  },
  {
    name: 'day-first slash date in a UK email',
    email: mail({
      from: 'Olivia Hart <olivia@brightwave.co.uk>',
      date: '2026-03-04T12:00:00+00:00',
      body: 'Your interview will be held on 10/03/2026 at 14:00 at our London office.',
    }),
    expected: { interviewAt: '2026-03-10T14:00:00+00:00', company: 'Brightwave' },
  },
  {
    name: 'date line and time line joined, zone named in words',
    email: mail({
      body: 'Here are the interview details.\n\nDate: Wednesday, March 11\nTime: 9:30 AM Eastern\nLocation: Zoom',
    }),
    expected: { interviewAt: '2026-03-11T09:30:00-04:00' },
  },
  {
    name: 'UTC time in an ISO-like date',
    email: mail({ body: 'Interview slot confirmed: 2026-03-12 15:00 UTC.' }),
    expected: { interviewAt: '2026-03-12T15:00:00+00:00' },
  },
  {
    name: 'French date and time',
    email: mail({
      from: 'Claire Martin <claire.martin@societe.example>',
      date: FRIDAY_PARIS,
      subject: 'Entretien pour le poste de développeur full-stack',
      body: "Bonjour,\n\nJe vous confirme l'entretien le mardi 10 mars à 14h30.\n\nCordialement,\nClaire Martin",
    }),
    expected: { interviewAt: '2026-03-10T14:30:00+01:00', role: 'développeur full-stack' },
  },
  {
    name: 'German date and time',
    email: mail({
      from: 'Jonas Weber <jonas.weber@firma.example>',
      date: FRIDAY_PARIS,
      subject: 'Ihre Bewerbung als Data Engineer (m/w/d)',
      body: 'Hallo Frau Diaz,\n\ngerne laden wir Sie zu einem Gespräch am Dienstag, 10. März um 14:30 Uhr ein.\n\nMit freundlichen Grüßen\nJonas Weber',
    }),
    expected: { interviewAt: '2026-03-10T14:30:00+01:00', role: 'Data Engineer', company: 'Firma' },
  },
  {
    name: 'Spanish date and time, Google Meet link without scheme',
    email: mail({
      from: 'Lucía García <lucia@empresa.example>',
      date: FRIDAY_PARIS,
      subject: 'Entrevista - Analista de Datos',
      body: 'Hola,\n\nLa entrevista será el martes 10 de marzo a las 15:00 por meet.google.com/abc-defg-hij.\n\nSaludos,\nLucía García',
    }),
    expected: {
      interviewAt: '2026-03-10T15:00:00+01:00',
      role: 'Analista de Datos',
      meetingLinks: ['https://meet.google.com/abc-defg-hij'],
    },
  },
  {
    name: 'ICS text in UTC, shown in the email offset',
    email: mail({
      body: 'Invite attached.\n\nBEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260303T190000Z\nDTEND:20260303T200000Z\nSUMMARY:Interview\nEND:VEVENT\nEND:VCALENDAR',
      date: '2026-02-27T10:00:00-05:00',
    }),
    expected: { interviewAt: '2026-03-03T14:00:00-05:00' },
  },
  {
    name: 'ICS text with a TZID keeps that zone (DST-aware)',
    email: mail({
      date: FRIDAY_PARIS,
      body: 'BEGIN:VEVENT\nDESCRIPTION:Interview with the data team about the analyst opening at Acme\nDTSTART;TZID=America/New_York:20260310T140000\nEND:VEVENT',
    }),
    expected: { interviewAt: '2026-03-10T14:00:00-04:00' },
  },
  {
    name: "ICS text: the VTIMEZONE block's own DTSTART lines are not the event",
    email: mail({
      date: FRIDAY_PARIS,
      body: [
        'BEGIN:VCALENDAR',
        'BEGIN:VTIMEZONE',
        'TZID:Europe/Paris',
        'BEGIN:DAYLIGHT',
        'DTSTART:19700329T020000',
        'END:DAYLIGHT',
        'BEGIN:STANDARD',
        'DTSTART:19701025T030000',
        'END:STANDARD',
        'END:VTIMEZONE',
        'BEGIN:VEVENT',
        'DTSTART;TZID=Europe/Paris:20260331T093000',
        'SUMMARY:Entretien',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    }),
    expected: { interviewAt: '2026-03-31T09:30:00+02:00' },
  },
  {
    name: 'Google Calendar invitation subject',
    email: mail({
      from: 'Google Calendar <calendar-notification@google.com>',
      subject: 'Invitation: Interview with Acme @ Tue Mar 3, 2026 2pm - 3pm (EST) (jordan@mail.example)',
      date: '2026-02-27T07:00:00-08:00',
      body: 'You have been invited to the following event.\n\nJoin with Google Meet\nhttps://meet.google.com/xyz-abcd-efg',
    }),
    expected: {
      interviewAt: '2026-03-03T14:00:00-05:00',
      company: 'Acme',
      people: [],
      meetingLinks: ['https://meet.google.com/xyz-abcd-efg'],
    },
  },
  {
    name: 'an older interview time in the quoted reply is ignored',
    email: mail({
      date: '2026-03-03T08:00:00-05:00',
      body:
        'Thanks, looking forward to it!\n\nOn Mon, Mar 2, 2026 at 9:14 AM Amy Lee <amy.lee@acme.example> wrote:\n' +
        '> Your interview is on Wednesday, March 4 at 11am. We will decide by Friday.\n> Please do not call.',
    }),
    expected: {
      interviewAt: null,
      decisionBy: null,
      instructions: { noContact: false, excludedChannels: [], mayCheckBackOn: null, evidence: [] },
    },
  },
  {
    // No zone stated: the email's own offset (-05:00), even though New York is at -04:00 by then.
    name: 'a rescheduled time in the fresh text wins over the quoted one',
    email: mail({
      body:
        "Could we move the interview? Let's do Thursday, March 12 at 3pm instead.\n\n" +
        'On Thu, Mar 5, 2026 at 9:14 AM Amy Lee <amy.lee@acme.example> wrote:\n> Interview on Monday March 9 at 11am.',
    }),
    expected: { interviewAt: '2026-03-12T15:00:00-05:00' },
  },
  {
    name: 'offered slots are not a scheduled interview',
    email: mail({ body: 'Would Tuesday at 2pm or Wednesday at 10am work for a call?' }),
    expected: { interviewAt: null },
  },
  {
    name: 'thanks for a past interview is not a new one',
    email: mail({ body: 'Thank you for interviewing with us on Monday at 10am. We enjoyed meeting you.' }),
    expected: { interviewAt: null },
  },
  // ---------------------------------------------------------------- decision dates
  {
    name: 'decision date is not the interview date in the same sentence',
    email: mail({ body: "We'll share next steps after your interview on Tuesday." }),
    expected: { decisionBy: null },
  },
  {
    name: 'French decision phrase',
    email: mail({
      date: FRIDAY_PARIS,
      body: "Nous reviendrons vers vous d'ici la fin de la semaine prochaine.",
    }),
    expected: { decisionBy: '2026-03-13' },
  },
  {
    name: 'German decision phrase',
    email: mail({
      date: FRIDAY_PARIS,
      body: 'Wir melden uns innerhalb von zwei Wochen mit einer Rückmeldung.',
    }),
    expected: { decisionBy: '2026-03-20' },
  },
  {
    name: 'Spanish decision phrase',
    email: mail({ date: FRIDAY_PARIS, body: 'Te daremos una respuesta antes del miércoles.' }),
    expected: { decisionBy: '2026-03-11' },
  },
  // ---------------------------------------------------------------- meeting links
  {
    name: 'meeting links of every service, trailing punctuation trimmed, duplicates once',
    email: mail({
      body:
        'Zoom: https://us02web.zoom.us/j/81234567890?pwd=abcDEF.\n' +
        'Backup: https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d\n' +
        'Personal: https://teams.live.com/meet/9876543210\n' +
        'Or (https://acme.webex.com/meet/amy), https://whereby.com/acme-interviews!\n' +
        'Again: https://us02web.zoom.us/j/81234567890?pwd=abcDEF',
    }),
    expected: {
      meetingLinks: [
        'https://us02web.zoom.us/j/81234567890?pwd=abcDEF',
        'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d',
        'https://teams.live.com/meet/9876543210',
        'https://acme.webex.com/meet/amy',
        'https://whereby.com/acme-interviews',
      ],
    },
  },
  // ---------------------------------------------------------------- instructions
  {
    name: '"please don\'t call" excludes the phone',
    email: mail({ body: "Thanks for your patience. Please don't call the office; email me instead." }),
    expected: {
      instructions: {
        noContact: false,
        excludedChannels: ['phone'],
        mayCheckBackOn: null,
        evidence: ["Please don't call the office; email me instead."],
      },
    },
  },
  {
    name: '"we will contact you, please don\'t follow up" is no contact',
    email: mail({ body: "We are reviewing all candidates. We will contact you, please don't follow up." }),
    expected: {
      instructions: {
        noContact: true,
        excludedChannels: [],
        mayCheckBackOn: null,
        evidence: ["We will contact you, please don't follow up."],
      },
    },
  },
  {
    name: '"check back with me next Tuesday"',
    email: mail({ body: 'I am out this week. Feel free to check back with me next Tuesday.' }),
    expected: {
      instructions: {
        noContact: false,
        excludedChannels: [],
        mayCheckBackOn: '2026-03-10',
        evidence: ['Feel free to check back with me next Tuesday.'],
      },
    },
  },
  {
    name: '"if you haven\'t heard from us by March 20, feel free to reach out" sets both dates',
    email: mail({ body: "If you haven't heard from us by March 20, feel free to reach out." }),
    expected: {
      decisionBy: '2026-03-20',
      instructions: expect.objectContaining({ mayCheckBackOn: '2026-03-20' }),
    },
  },
  {
    name: 'French: no phone calls, and no chasing',
    email: mail({
      date: FRIDAY_PARIS,
      body: 'Merci de ne pas nous appeler. Merci de ne pas nous relancer, nous vous contacterons.',
    }),
    expected: { instructions: expect.objectContaining({ noContact: true, excludedChannels: ['phone'] }) },
  },
  // ---------------------------------------------------------------- more languages and layouts
  {
    name: 'Calendly: the zone named elsewhere in the email applies to the subject time',
    email: mail({
      from: 'Calendly <notifications@calendly.com>',
      subject: 'New Event: Jordan Diaz - 11:00am Tue, Mar 10, 2026 - 30 Minute Interview',
      body:
        'Hi Amy Lee,\n\nA new event has been scheduled.\n\nEvent Type: 30 Minute Interview\nInvitee: Jordan Diaz\n' +
        'Event Date/Time: 11:00am - Tuesday, March 10, 2026 (Eastern Time - US & Canada)\nLocation: https://zoom.us/j/99999999\n',
    }),
    expected: {
      interviewAt: '2026-03-10T11:00:00-04:00',
      company: null,
      people: [],
      meetingLinks: ['https://zoom.us/j/99999999'],
    },
  },
  {
    name: 'US slash date with Central time after the US change',
    email: mail({ body: 'Your phone screen with Amy is confirmed for Thursday 3/12 at 1:00 PM CT.' }),
    expected: { interviewAt: '2026-03-12T13:00:00-05:00' },
  },
  {
    name: 'job alert: many employers, so no company',
    email: mail({
      from: 'LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>',
      subject: '30+ new jobs for "data analyst"',
      body: 'Data Analyst at Acme\nNew York, NY\nSenior Data Analyst at Globex\nRemote\n\nUnsubscribe | Help',
    }),
    expected: { company: null, people: [], interviewAt: null },
  },
  {
    name: 'signature after "--" on one line: the phone below joins the sender; company from the domain',
    email: mail({
      from: 'Mark Jones <mark.jones@acme.com>',
      subject: 'Hi',
      body: 'See you soon.\n\n--\nMark Jones | Engineering Manager | Acme Inc.\nmark.jones@acme.com | +1 212-555-0147\nwww.acme.com',
    }),
    expected: {
      company: 'Acme',
      people: [{ name: 'Mark Jones', email: 'mark.jones@acme.com', phone: '+1 212-555-0147' }],
    },
  },
  {
    name: 'French: role and company from "poste de … chez …", decision "sous 10 jours"',
    email: mail({
      from: 'Recrutement <rh@decathlon.example>',
      date: FRIDAY_PARIS,
      body: 'Merci pour votre candidature au poste de Chef de projet digital chez Decathlon. Nous vous répondrons sous 10 jours.',
    }),
    expected: { company: 'Decathlon', role: 'Chef de projet digital', decisionBy: '2026-03-16', people: [] },
  },
  {
    name: 'German: "Bewerbung als …", no phone enquiries, answer "Anfang nächster Woche"',
    email: mail({
      from: 'Personalabteilung <jobs@firma.example>',
      date: FRIDAY_PARIS,
      body:
        'Vielen Dank für Ihre Bewerbung als Werkstudent Marketing (m/w/d). Bitte sehen Sie von telefonischen Nachfragen ab. ' +
        'Wir melden uns Anfang nächster Woche.',
    }),
    expected: {
      role: 'Werkstudent Marketing',
      decisionBy: '2026-03-10',
      instructions: {
        noContact: false,
        excludedChannels: ['phone'],
        mayCheckBackOn: null,
        evidence: ['Bitte sehen Sie von telefonischen Nachfragen ab.'],
      },
    },
  },
  {
    name: 'Spanish: "puesto de … en …", answer "la próxima semana" (its Friday)',
    email: mail({
      from: 'Talento <talento@glovo.example>',
      date: FRIDAY_PARIS,
      body: 'Gracias por tu interés en el puesto de desarrollador backend en Glovo. Te contactaremos la próxima semana.',
    }),
    expected: { company: 'Glovo', role: 'desarrollador backend', decisionBy: '2026-03-13' },
  },
  {
    name: 'role with a comma: "the Senior Software Engineer, Platform role"; "within 5 business days"',
    email: mail({
      body: 'Thanks for applying to the Senior Software Engineer, Platform role. We will let you know within 5 business days.',
    }),
    expected: { role: 'Senior Software Engineer, Platform', decisionBy: '2026-03-13' },
  },
  {
    name: '"follow up with me after March 15" allows the 16th; "do not reply to this email" is no ban',
    email: mail({
      body: "You're welcome to follow up with me after March 15.\n\nPlease do not reply to this email.",
    }),
    expected: {
      instructions: {
        noContact: false,
        excludedChannels: [],
        mayCheckBackOn: '2026-03-16',
        evidence: ["You're welcome to follow up with me after March 15."],
      },
    },
  },
];

describe('extract', () => {
  it.each(cases)('$name', ({ email, expected }) => {
    const out = extract(email);
    for (const [key, value] of Object.entries(expected)) {
      // People gained an optional role; a case that names none compares without it.
      const got =
        key === 'people' && (expected.people ?? []).every((p) => !('role' in p))
          ? out.people.map(({ role: _role, ...rest }) => rest)
          : out[key as keyof Extraction];
      expect(got, key).toEqual(value);
    }
  });
});

describe('decisionBy: relative phrases', () => {
  const table: Array<[anchor: string, sentence: string, expected: string]> = [
    // Anchored to Friday 2026-03-06
    [FRIDAY_NY, "We'll get back to you by Friday.", '2026-03-13'],
    [FRIDAY_NY, 'We expect to make a decision by the end of next week.', '2026-03-13'],
    [FRIDAY_NY, 'You will hear from us within two weeks.', '2026-03-20'],
    [FRIDAY_NY, 'We will let you know early next week.', '2026-03-10'],
    [FRIDAY_NY, 'We will share an update in the next 10 days.', '2026-03-16'],
    [FRIDAY_NY, 'We expect to decide by March 13.', '2026-03-13'],
    [FRIDAY_NY, 'We will let you know next week.', '2026-03-13'],
    [FRIDAY_NY, 'We will make a decision by Wednesday.', '2026-03-11'],
    [FRIDAY_NY, 'Expect our decision within 3 business days.', '2026-03-11'],
    // Anchored to Monday 2026-03-09
    [MONDAY_NY, "We'll get back to you by Friday.", '2026-03-13'],
    [MONDAY_NY, 'We expect to make a decision by the end of next week.', '2026-03-20'],
    [MONDAY_NY, 'We will let you know early next week.', '2026-03-17'],
    [MONDAY_NY, 'We will let you know by the end of the week.', '2026-03-13'],
    [MONDAY_NY, 'Expect our decision within 3 business days.', '2026-03-12'],
    [MONDAY_NY, 'You will hear from us within a week or two.', '2026-03-23'],
    [MONDAY_NY, 'We hope to have next steps for you by Monday.', '2026-03-16'],
    // US order read whatever the sender's offset (found when Gmail showed times in UTC)
    ['2026-11-02T10:42:00+00:00', 'The team will make a decision by Friday, November 13.', '2026-11-13'],
    ['2026-11-02T10:42:00+01:00', 'The team will make a decision by Friday, November 13.', '2026-11-13'],
    // Not about a decision: no date
    [FRIDAY_NY, 'Your interview is on Tuesday at 2pm.', ''],
    [FRIDAY_NY, 'I will be out of office until next week.', ''],
  ];
  it.each(table)('%s: %s', (date, body, expected) => {
    expect(extract(mail({ date, body })).decisionBy).toBe(expected === '' ? null : expected);
  });
});

describe('interviewAt: times that are no interview', () => {
  it.each([
    'We received your application on March 2 at 4:15 PM.',
    'Please submit the assessment by Monday at noon.',
    'Our office hours are Monday to Friday, 9am-5pm.',
    'Next steps: we will send a scheduling link. The interview will be 45 minutes.',
    'Can you make it at 4:30pm tomorrow?',
    'Your interview is confirmed for March 10. Timing to follow.',
  ])('%s', (body) => {
    expect(extract(mail({ body })).interviewAt).toBeNull();
  });
});

describe('extract is pure', () => {
  it('gives the same answer for the same email, whatever the host clock', () => {
    const email = mail({ body: 'We will let you know by Friday. Interview on Tuesday at 2pm ET.' });
    expect(extract(email)).toEqual(extract(email));
  });
});
