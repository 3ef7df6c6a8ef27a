import { describe, expect, it } from 'vitest';
import { Email } from '../../../../lib/detect/email';
import { extract } from '../../../../lib/detect/extract';
import { zoneStated } from '../../../../lib/detect/extract/zones';

const mail = (date: string, subject: string, body: string) =>
  Email.parse({ from: 'Recruiting <jobs@acme.example>', to: 'me@example.com', date, subject, body });

describe('interviewAt: the start of the interview, or null', () => {
  // [what the row stands for, sent, subject, body, interviewAt]
  it.each([
    [
      'agenda: the day on its own line, the first session below',
      '2025-02-19T10:24:00+00:00',
      'Your onsite agenda',
      'Hi Will,\n\nBelow is your agenda.\n\nMonday 3 March 2025\n39 Main St\n\n09:45 - 10:45: Bruno, VP Product\n10:45 - 11:30: Laura, Engineering Lead\n',
      '2025-03-03T09:45:00+00:00',
    ],
    [
      'agenda: the day only in the subject',
      '2026-02-10T09:00:00-06:00',
      'Your onsite agenda - Fri, Feb 20',
      'Hi Sam,\n\nHere is your interview schedule.\n\n10:00 AM - 10:45 AM  Culture\n11:00 AM - 11:45 AM  Technical\n',
      '2026-02-20T10:00:00-06:00',
    ],
    [
      'superday: "log in by" is not the start',
      '2025-11-14T11:53:00+00:00',
      'Superday confirmation',
      'Your Superday is confirmed for Tuesday 18 November 2025.\nPlease log in to the waiting room by 10:15 GMT; your first interview begins at 10:30.\n',
      '2025-11-18T10:30:00+00:00',
    ],
    [
      'a day that finishes at a time: the start wins',
      '2025-11-24T16:03:00+11:00',
      'Assessment Centre: joining instructions',
      'Thank you for booking your place at the Assessment Centre on Thursday 27 November 2025. The day starts at 09:00 AEDT and finishes at around 15:30.\n',
      '2025-11-27T09:00:00+11:00',
    ],
    [
      'reschedule: the new time, not the old one',
      '2025-11-20T15:58:00-06:00',
      'Interview time change',
      'Your interview has been rescheduled.\n\nPreviously: Monday, November 24, 2025 at 2:00 PM CST\nNow: Wednesday, November 26, 2025 at 4:00 PM CST\n',
      '2025-11-26T16:00:00-06:00',
    ],
    [
      'Webex text: the (UTC+00:00) London label is BST in August, and no clock',
      '2025-08-11T14:29:00+01:00',
      'Webex meeting invitation: Product Manager Technical Interview',
      'Rachel invites you to join this Webex meeting.\n\nFriday, 15 August 2025 15:00 | 1 hour 30 minutes | (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\nJoin meeting\nhttps://acme.webex.com/j.php?MTID=abc\n',
      '2025-08-15T15:00:00+01:00',
    ],
    [
      'clock before the day',
      '2025-08-05T15:39:00-04:00',
      'Interview Confirmation',
      'This email confirms your in-person interview on 2:30pm Eastern on Wednesday, August 13th.\n',
      '2025-08-13T14:30:00-04:00',
    ],
    [
      'reminder: "in 1 hour (20:00 GMT)" is today',
      '2026-01-23T18:48:00+00:00',
      'Reminder: your interview starts in 1 hour',
      "Heads up - you're meeting Anna from Northwind in 1 hour (20:00 GMT).\n",
      '2026-01-23T20:00:00+00:00',
    ],
    [
      'text message shorthand "tmrw"',
      '2026-07-27T08:31:00+01:00',
      'New text message',
      'Hi Maya, confirming tmrw 13:00 for the Research Assistant interview, ask for me at the front desk.\n',
      '2026-07-28T13:00:00+01:00',
    ],
    [
      'a manager agreeing to meet',
      '2026-05-22T13:40:00-07:00',
      'See you Monday',
      "Great to hear from you. Let's meet Monday, May 25th at 3:30pm at our office.\n",
      '2026-05-25T15:30:00-07:00',
    ],
    [
      'a week of interviews and a window to call: no time fixed',
      '2026-07-08T15:30:00-07:00',
      'Oral Board Interview Notification',
      'Oral board interviews will be conducted the week of July 20, 2026. To schedule your interview, please call HR between 8:00 a.m. and 4:30 p.m., Monday through Friday.\n',
      null,
    ],
  ])('%s', (_what, date, subject, body, want) => {
    expect(extract(mail(date, subject, body)).interviewAt).toBe(want);
  });
});

describe('zoneStated reads Outlook / Webex offset labels', () => {
  it.each([
    ['(UTC-05:00) Eastern Time (US & Canada)', { zone: 'America/New_York' }],
    ['(UTC-08:00) Pacific Time (US & Canada)', { zone: 'America/Los_Angeles' }],
    ['(UTC+00:00) Dublin, Edinburgh, Lisbon, London', { zone: 'Europe/London' }],
    ['(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', { zone: 'Europe/Paris' }],
    ['(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi', { zone: 'Asia/Kolkata' }],
    ['(UTC+10:00) Canberra, Melbourne, Sydney', { zone: 'Australia/Sydney' }],
    ['(UTC+04:00) Abu Dhabi, Muscat', { offset: 240 }],
    ['10:00 UTC', { offset: 0 }],
  ])('%s', (text, want) => {
    expect(zoneStated(text)).toEqual(want);
  });
});
