/**
 * The playbook in our own words: each rule's title, what Afterview does, and why
 * (lib/ui/rules.ts lists them; the dashboard's rules page and docs/playbook.md show them).
 * Keys: `rule_<id with _ for .>_title|does|why`. Facts and timings follow PLAYBOOK.md.
 */
export const rules = {
  rulesNav: 'Playbook',
  rulesHeading: 'The playbook',
  rulesIntro:
    'Every task Afterview plans follows one of these rules, and shows its rule id beside it. Here is what each rule has Afterview do, and why.',
  rulesContents: 'Rules on this page',
  rulesDoes: 'What Afterview does',
  rulesWhy: 'Why',
  rulesNotFound: 'There is no rule $1. Here are all of them.',
  rulesHeadingText: '$1 — $2',
  rulesLinkLabel: 'Rule $1: read it in the playbook',

  rule_R1_title: 'Write it down right after',
  rule_R1_does:
    'When an interview ends, Afterview asks what you heard about what comes next: when they expect to decide (a date, or a phrase such as “by the end of next week” that becomes one), the next step, whether, how and when you may follow up and on which number, and any instruction such as “please don’t call”. A notes task is due as the interview ends and becomes late a day later: what the job covers, what you still want to ask, a couple of problems they need solved and how you handled something similar (a figure helps), an honest look at how it went, and what you noticed about culture, travel, location and pay.',
  rule_R1_why:
    'Within a day the details blur. Your notes feed every later message: the specific detail in a thank-you, the idea for a call back, the comparison if an offer comes.',

  rule_R2_title: 'Thank each interviewer',
  rule_R2_does:
    'One thank-you for each interviewer, due before the interview day is over and late a full day after the interview ended. Once a week has passed it is dropped, and your next check-in says thank you instead. It goes out on the channel the employer last used with you, or email otherwise; Afterview suggests a handwritten card only if you marked the culture traditional and their decision is over a week away. The draft thanks them, names the role, says you are still keen, brings up one specific thing that person told you (it cannot be marked final without it), your strongest fit with evidence, anything you forgot to say, the day you will check in, and how to reach you. If an agency consultant is involved, you can let them see the draft before it goes. If the employer asked for no contact, there is no thank-you.',
  rule_R2_why:
    'A short, personal note the same day shows you care, and keeps you in mind while they compare candidates.',

  rule_R3_title: 'A call back, only when invited',
  rule_R3_does:
    'If the interviewer agreed that you may call, a value-add call is planned within a week of the interview, by default three business days after it, at the hour and on the number they suggested. It comes with three or four questions to ask, plus one of their problems and how you solved something like it, with the result.',
  rule_R3_why:
    'A call that brings something useful shows how you think. Without their agreement it is only an interruption.',

  rule_R4_title: 'Your references, and whoever referred you',
  rule_R4_does:
    'Each reference gets a heads-up the day after your first interview, or straight away once the employer wants to contact your referees: which role and company, that a call may come, your latest résumé, and a word asking them to tell you if anyone gets in touch. A request for references leaves the status as it is: it is not an offer. If someone referred you, you let them know how each interview went within two days.',
  rule_R4_why:
    'A reference who expects the call speaks better for you, and a referrer who hears back is glad to have helped.',

  rule_R5_title: 'Check in on where things stand',
  rule_R5_does:
    'Check-ins count from the end of your latest interview, or from the employer’s latest reply if that came later. The rules below say when each one is due, how it is sent and what it says.',
  rule_R5_why:
    'Well-timed, polite check-ins keep you in the running without pressing, and they grow rarer as the process goes on.',

  rule_R5_1_title: 'When they said when to check back',
  rule_R5_1_does:
    'If they named a day you may check back, your first check-in waits for that day, never earlier.',
  rule_R5_1_why: 'Their own date is the one they expect; writing earlier ignores what they asked.',

  rule_R5_2_title: 'When they gave a decision date',
  rule_R5_2_does:
    'With a decision date but no check-back day, your first check-in comes one business day after that date: if they decide tomorrow, you check in the day after. When the decision is more than 14 days off, a light check-in goes first, a week after the interview.',
  rule_R5_2_why:
    'Give them the time they asked for, then ask. A long wait gets one light note in between, so you are not forgotten.',

  rule_R5_3_title: 'When they gave no dates',
  rule_R5_3_does:
    'With neither date, your first check-in is planned five days after the interview. It may go out from the fourth day, and counts as late after the seventh.',
  rule_R5_3_why:
    'Writing within three days looks impatient; waiting much longer than a week lets the trail go cold.',

  rule_R5_4_title: 'Each wait longer than the last',
  rule_R5_4_does:
    'Each check-in after that waits longer than the gap before it (by default 7 days, then 14), and is never planned sooner than the employer said you may write.',
  rule_R5_4_why: 'The longer a process runs, the less often you should write.',

  rule_R5_5_title: 'A reply starts the count again',
  rule_R5_5_does:
    'When the employer replies, the check-ins are planned again from that reply, with any new decision date or check-back day it gives.',
  rule_R5_5_why: 'A reply means the conversation is alive: the clock starts from their latest word.',

  rule_R5_6_title: 'Knowing when to move on',
  rule_R5_6_does:
    'After your limit of unanswered check-ins (2 by default; 2 or 3 in the settings; thank-yous and congratulations do not count), no more check-ins are planned. One task asks instead whether to close the opportunity as moved on; its record stays.',
  rule_R5_6_why:
    'Silence after repeated notes is an answer, and your energy is better spent on other openings.',

  rule_R5_7_title: 'The right channel, on a working day',
  rule_R5_7_does:
    'Afterview uses the channel the person prefers; failing that, the phone if you have their number, and email otherwise. Every task that reaches out to someone falls on a business day: a Saturday or Sunday date moves to the Monday. Calls are planned within the person’s best time, or else your working hours (09:00–17:00 unless you change them). A voicemail stays short: who you are, which role, one line to remember you by, and your number.',
  rule_R5_7_why: 'A note that lands on a Saturday, or a call at dinner time, works against you.',

  rule_R5_8_title: 'What a check-in says',
  rule_R5_8_does:
    'A check-in opens with your one-line introduction and asks whether they need anything else from you. Then it asks: are you still being considered, have they chosen who goes on to the next round, has the timeline moved, is the next step still the same, and when may you check back (the answer becomes your new check-back day). After their decision date it mentions their timeframe and asks where things stand, and never asks why they have not replied.',
  rule_R5_8_why: 'Helpful, specific questions get answers; a complaint about silence does not.',

  rule_R6_title: 'While you wait',
  rule_R6_does:
    'When another interview is the next step, a task to get ready for it. When pay has not come up, a task to look into it, using official wage figures and salary websites for that job and location. Skills the interviewer brought up belong in your notes. The popup warns you when you have fewer than 3 active opportunities, or have not added an application for 7 days.',
  rule_R6_why:
    'Waiting is time to prepare, and keeping other options going means no single answer decides everything.',

  rule_R7_title: 'Good news about the company',
  rule_R7_does:
    'When you note good news about the company (an award, a contract, an expansion), a congratulations is due within two days. It is a contact, not a check-in, so it does not count towards your limit.',
  rule_R7_why: 'Their success is a natural, welcome reason to be in touch.',

  rule_R8_title: 'Offers, rejections and withdrawals',
  rule_R8_does:
    'An offer brings three tasks: ask for it in writing if it was only spoken (and do not resign anywhere until you have it), compare it with your notes, and research pay if you have not. A different role, or a contract where you expected a job, is compared too, and the opportunity stays open; your other opportunities stay active until your start date. A rejection brings a gracious reply and a LinkedIn note (300 characters at most) to your interviewers and the hiring manager; consider a short break and a note of what you learnt. A withdrawal brings a kind letter. A role that was filled or cancelled simply closes. Connecting with the hiring manager on LinkedIn waits until the process is over.',
  rule_R8_why:
    'How you handle the end of a process is remembered. People move on, and your next opening may come from them.',

  rule_R9_title: 'Their instructions come first',
  rule_R9_does:
    'An instruction you captured beats every default: no task uses a channel they ruled out. If they asked not to be contacted, Afterview plans neither a thank-you nor any check-in; instead one reminder for you alone, a week after their decision date, or three weeks after the interview when they gave none.',
  rule_R9_why: 'Doing as they asked shows you listen; ignoring it can cost you the job.',

  rule_R10_title: 'A schedule you can rely on',
  rule_R10_does:
    'The schedule follows only from your records and today’s date. It shows every task it expects if nothing changes: every check-in up to the question of moving on, each one assuming the last got no answer. Anything new plans it again, and the same tasks keep the same ids. What you marked done, skipped or snoozed stays that way; a snoozed task comes back when its snooze ends; a closed opportunity keeps only the tasks that close it.',
  rule_R10_why: 'You can see what is coming, and nothing you decided is lost when plans change.',
} as const;
