import { message } from '../template';

/**
 * R8: ask for an offer in writing; reply to a rejection with thanks and an open door;
 * connect on LinkedIn once the process is over (a note of at most 300 characters);
 * withdraw without burning a bridge.
 */
export const outcomeTemplates = [
  message(
    'offer_in_writing',
    'email',
    {},
    'Your offer for the {role} role',
    `
Hi {firstName},

Thank you so much for the offer for the {role} role. I’m delighted.

Could you send me the details in writing, such as salary, start date and benefits? I’d like to go through everything properly before I give you my answer.

I’ll come back to you promptly once I have it.

Best,
{signature}
`,
  ),
  message(
    'offer_in_writing',
    'phone',
    {},
    null,
    `
Hi {firstName}, it’s {myName}.
Thank you so much for the offer for the {role} role. I’m delighted.
[pause]
Could you send me the details in writing: salary, start date and benefits?
I’d like to go through everything properly before I give you my answer.
When could I expect it?
Thanks again, {firstName}!
`,
  ),
  message(
    'rejection_reply',
    'email',
    {},
    'Re: {role}',
    `
Hi {firstName},

Thank you for letting me know. I’m disappointed, of course, but I’m grateful for the time you and the team gave me, and I enjoyed getting to know {company}.

If another role comes up that fits my background, I’d be glad to hear from you. And if you ever have a moment for feedback, I’d welcome it.

All the best,
{signature}
`,
  ),
  message(
    'rejection_reply',
    'linkedin',
    {},
    null,
    `
Hi {firstName}, thank you for letting me know about the {role} role. I’m grateful for your time, and I enjoyed getting to know {company}. If something else comes up that fits, I’d be glad to hear from you.

{myName}
`,
  ),
  message(
    'linkedin_connect',
    'linkedin_note',
    {},
    null,
    `
Hi {firstName}, thank you for the conversations about the {role} role at {company}. I enjoyed meeting you and would be glad to stay in touch.
{myName}
`,
  ),
  message(
    'withdrawal_letter',
    'email',
    {},
    'Withdrawing from the {role} process',
    `
Hi {firstName},

Thank you for considering me for the {role} role, and for the time you and the team have given me. After a lot of thought, I’ve decided to withdraw from the process.

It wasn’t an easy decision. I’ve been impressed by {company} and the people I met, and I hope our paths cross again.

With thanks,
{signature}
`,
  ),
  message(
    'withdrawal_letter',
    'letter',
    {},
    null,
    `
Dear {firstName},

Thank you for considering me for the {role} role. After careful thought, I have decided to withdraw from the process.

I have been impressed by {company} and the people I met, and I hope our paths cross again.

With thanks,
{myName}
`,
  ),
];
