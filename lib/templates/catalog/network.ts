import { message } from '../template';

/**
 * R4: a heads-up for each reference (the job and company, that they may be called, an
 * updated résumé, please say if contacted) and an update for whoever referred the user.
 * R7: congratulations on the company's news; a touch, not a check-in, so no status question.
 */
export const networkTemplates = [
  message(
    'reference_heads_up',
    'email',
    {},
    'A heads-up: {company} may call you about me',
    `
Hi {firstName},

I’m in the running for the {role} role at {company}, and I’ve given your name as a reference, so they may get in touch soon.

I’ve attached my updated résumé so you can see what I’ve been up to lately.

If it helps, the strength they care about most is {strength?}.

Would you let me know if they contact you? Thank you so much for doing this.

Best,
{signature}
`,
  ),
  message(
    'reference_heads_up',
    'phone',
    {},
    null,
    `
Hi {firstName}, it’s {myName}. Have you got two minutes?
[pause]
I’m interviewing for the {role} role at {company}, and I’ve given your name as a reference. They may call you soon.
If it helps, the strength they care about most is {strength?}.
I’ll email you my updated résumé today.
Would you let me know if they get in touch?
Thank you, {firstName}. I really appreciate it.
`,
  ),
  message(
    'reference_heads_up',
    'linkedin',
    {},
    null,
    `
Hi {firstName}, a quick heads-up: I’m interviewing for the {role} role at {company} and gave your name as a reference, so they may get in touch soon. I’ll send you my updated résumé. Would you let me know if they contact you? Thank you so much!

{myName}
`,
  ),
  message(
    'referrer_check_in',
    'email',
    {},
    'An update on {company}',
    `
Hi {firstName},

Thank you again for putting me forward at {company}. I interviewed for the {role} role on {interviewDate}, and I enjoyed it.

The next step is {nextStep?}.

I’ll let you know how it turns out. I really appreciate your help.

Best,
{signature}
`,
  ),
  message(
    'referrer_check_in',
    'linkedin',
    {},
    null,
    `
Hi {firstName}, thanks again for referring me to {company}! I interviewed for the {role} role on {interviewDate} and enjoyed it. I’ll let you know how it turns out.

{myName}
`,
  ),
  message(
    'congrats',
    'email',
    {},
    'Congratulations on {news}',
    `
Hi {firstName},

I just saw the news about {news}. Congratulations to you and everyone at {company}!

It’s great to see, and it makes the {role} role sound even more exciting.

Best,
{signature}
`,
  ),
  message(
    'congrats',
    'linkedin',
    {},
    null,
    `
Hi {firstName}, I just saw the news about {news}. Congratulations to you and the whole team at {company}!

{myName}
`,
  ),
  message(
    'congrats',
    'letter',
    {},
    null,
    `
Dear {firstName},

Congratulations on {news}! It was lovely to read, and I’m delighted for you and everyone at {company}.

Warm wishes,
{myName}
`,
  ),
];
