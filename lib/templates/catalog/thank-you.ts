import { message } from '../template';

/**
 * R2: thanks for the time and the role; renewed interest; one specific thing from that
 * person's conversation (required); the strength that fits, with evidence; anything left
 * unsaid; the date of the first check-in; how to reach the user. Short on purpose.
 */
export const thankYouTemplates = [
  message(
    'thank_you',
    'email',
    { tone: 'warm' },
    'Thanks for your time on {interviewDate}',
    `
Hi {firstName},

Thank you for making time to talk with me on {interviewDate} about the {role} role. I left the conversation even keener to join {company}.

What you said about {specific} has stayed with me.

It is exactly where I can help: {strength}. For example, {evidence}.

One thing I didn’t get to mention: {forgotten?}.

I’ll be in touch on {followUpDate} to see how things are moving.
If anything comes up before then, I’m at {myPhone?}.

Best,
{signature}
`,
  ),
  message(
    'thank_you',
    'email',
    { tone: 'formal' },
    'Thank you: {role} interview on {interviewDate}',
    `
Dear {fullName},

Thank you for meeting with me on {interviewDate} to discuss the {role} position at {company}. Our conversation confirmed my interest in the role.

I particularly valued your remarks on {specific}.

I believe my strength in {strength} would serve the team well; for example, {evidence}.

I would also like to add something I did not mention at the time: {forgotten?}.

With your permission, I will follow up on {followUpDate}.
Should you need anything in the meantime, I can be reached at {myPhone?}.

Kind regards,
{signature}
`,
  ),
  message(
    'thank_you',
    'letter',
    { tone: 'warm' },
    null,
    `
Dear {firstName},

Thank you for your time on {interviewDate}. I loved hearing about {specific}, and I’m more excited than ever about the {role} role at {company}.

I’ll be in touch on {followUpDate}.

Warm wishes,
{myName}
`,
  ),
  message(
    'thank_you',
    'letter',
    { tone: 'formal' },
    null,
    `
Dear {fullName},

Thank you for meeting with me on {interviewDate}. Your thoughts on {specific} gave me a clear picture of the {role} position, and I remain very interested in joining {company}.

I will follow up on {followUpDate}.

With thanks,
{myName}
`,
  ),
  message(
    'thank_you',
    'linkedin',
    { tone: 'warm' },
    null,
    `
Hi {firstName},

Thanks again for the conversation on {interviewDate} about the {role} role. What you said about {specific} really stuck with me, and it’s just the kind of work I enjoy: {strength}.

I’ll check in on {followUpDate}. Have a good week!

{myName}
`,
  ),
  message(
    'thank_you',
    'linkedin',
    { tone: 'formal' },
    null,
    `
Dear {fullName},

Thank you for speaking with me on {interviewDate} about the {role} position at {company}. I appreciated your perspective on {specific}, and I am confident my strength in {strength} would be an asset to the team.

I will follow up on {followUpDate}.

Kind regards,
{myName}
`,
  ),
  message(
    'thank_you',
    'phone',
    { tone: 'warm' },
    null,
    `
Hi {firstName}, it’s {myName}. We spoke on {interviewDate} about the {role} role.
I just wanted to say thank you for your time. I really enjoyed it.
[pause]
What you said about {specific} stuck with me. It’s exactly the kind of work I love: {strength}. For example, {evidence}.
One thing I didn’t get to mention: {forgotten?}.
I’ll check in on {followUpDate}. Thanks again, and have a great day!
`,
  ),
  message(
    'thank_you',
    'phone',
    { tone: 'formal' },
    null,
    `
Hello {fullName}, this is {myName}. We met on {interviewDate} regarding the {role} position.
I am calling to thank you for your time.
[pause]
Your remarks on {specific} were very helpful. They are a good match for my strength in {strength}; for example, {evidence}.
I would also like to add something I did not mention at the time: {forgotten?}.
I will follow up on {followUpDate}. Thank you again.
`,
  ),
  message(
    'thank_you',
    'voicemail',
    { tone: 'warm' },
    null,
    `
Hi {firstName}, it’s {myName}, calling about the {role} role. Thank you for your time on {interviewDate}. I’m still thinking about {specific}. I’ll check in on {followUpDate}, and you can reach me on {myPhone}. That’s {myPhone}. Thanks!
`,
  ),
  message(
    'thank_you',
    'voicemail',
    { tone: 'formal' },
    null,
    `
Hello {fullName}, this is {myName}, regarding the {role} position. Thank you for meeting with me on {interviewDate}; I valued your remarks on {specific}. I will follow up on {followUpDate}. My number is {myPhone}; again, {myPhone}. Thank you.
`,
  ),
  message(
    'thank_you',
    'email',
    { audience: 'agency' },
    'Before I send my thank-you to {aboutName}',
    `
Hi {firstName},

I’ve written a short thank-you to {aboutName} after the interview on {interviewDate}. Would you like to look it over before I send it, or would you rather pass it on yourself? It’s below.

Thanks,
{signature}
`,
  ),
];
