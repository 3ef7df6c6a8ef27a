import { message } from '../template';

/**
 * R2: thanks for the time and the role; renewed interest; one specific thing from that
 * person's conversation (required); the strength that fits, with evidence; anything left
 * unsaid; the date of the first check-in; how to reach the user. Short on purpose.
 *
 * Written notes (email, card, LinkedIn) come in three wordings, each in the same order:
 * when several people from one interview are thanked, each gets a different one (by their
 * place in the interview's list), so no two of their notes share a paragraph.
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
    {
      subject: 'Thank you for {interviewDate}',
      body: `
Hi {firstName},

I really appreciated our conversation on {interviewDate} about the {role} role, and it made me want to be part of {company} all the more.

I keep coming back to your point about {specific}.

That is the kind of challenge I do well with: {strength}. One example: {evidence}.

Something I meant to say at the time: {forgotten?}.

I’ll follow up on {followUpDate} to hear where things stand.
You can also reach me at {myPhone?} whenever suits you.

All the best,
{signature}
`,
    },
    {
      subject: 'Great talking with you on {interviewDate}',
      body: `
Hi {firstName},

Thanks so much for the time you gave me on {interviewDate} to talk about the {role} role. I came away more certain that {company} is where I want to be.

Your thoughts on {specific} gave me a lot to think about.

I’d bring {strength} to that work. To give you an idea, {evidence}.

I also wanted to add: {forgotten?}.

My plan is to check in on {followUpDate}.
In the meantime, my number is {myPhone?}.

Warm regards,
{signature}
`,
    },
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
    {
      subject: 'With thanks: our meeting on {interviewDate}',
      body: `
Dear {fullName},

I am grateful for the time you took on {interviewDate} to talk with me about the {role} position. It strengthened my wish to contribute to {company}.

Your observations about {specific} were especially useful to me.

This is an area where my experience in {strength} applies directly. To illustrate, {evidence}.

There is one point I would like to add to our discussion: {forgotten?}.

I intend to contact you again on {followUpDate}.
If it would help before then, my telephone number is {myPhone?}.

Yours sincerely,
{signature}
`,
    },
    {
      subject: '{role} position: thank you for {interviewDate}',
      body: `
Dear {fullName},

Many thanks for our discussion on {interviewDate} about the {role} position. I left even more convinced that I would like to join {company}.

What you explained about {specific} was most helpful.

I am confident that {strength} is where I could add value quickly; as one example, {evidence}.

I should also have mentioned the following: {forgotten?}.

I will write again on {followUpDate} to learn how the process is progressing.
I can be reached at {myPhone?} at any point until then.

Best regards,
{signature}
`,
    },
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
    {
      subject: null,
      body: `
Dear {firstName},

Thanks so much for meeting me on {interviewDate}. Hearing about {specific} made me even keener on the {role} role at {company}.

You’ll hear from me again on {followUpDate}.

All the best,
{myName}
`,
    },
    {
      subject: null,
      body: `
Dear {firstName},

I’m grateful for our conversation on {interviewDate}. What you shared about {specific} stayed with me, and I’d be glad to bring my skills to the {role} role at {company}.

I plan to check in on {followUpDate}.

Best wishes,
{myName}
`,
    },
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
    {
      subject: null,
      body: `
Dear {fullName},

I am grateful for the time you gave me on {interviewDate}. Your account of {specific} was most informative, and it has strengthened my interest in the {role} position at {company}.

I will be in touch again on {followUpDate}.

Yours sincerely,
{myName}
`,
    },
    {
      subject: null,
      body: `
Dear {fullName},

Many thanks for our meeting on {interviewDate}. I valued what you said about {specific}; it confirmed that the {role} position at {company} is one I would be proud to take on.

I shall write again on {followUpDate}.

Kind regards,
{myName}
`,
    },
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
    {
      subject: null,
      body: `
Hi {firstName},

Thank you for talking with me on {interviewDate} about the {role} role. Your point about {specific} has stayed on my mind, and it lines up well with what I do best: {strength}.

I’ll follow up on {followUpDate}. Enjoy the rest of your week!

{myName}
`,
    },
    {
      subject: null,
      body: `
Hi {firstName},

It was great to talk on {interviewDate} about the {role} role, and thank you for your time. I’m still thinking over {specific}, which plays right to my strength: {strength}.

I’ll be in touch on {followUpDate}. Speak soon!

{myName}
`,
    },
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
    {
      subject: null,
      body: `
Dear {fullName},

I am grateful for our conversation on {interviewDate} regarding the {role} position at {company}. Your remarks on {specific} were valuable to me, and I believe my experience in {strength} fits that work closely.

I look forward to speaking again, and will contact you on {followUpDate}.

Yours sincerely,
{myName}
`,
    },
    {
      subject: null,
      body: `
Dear {fullName},

Many thanks for discussing the {role} position at {company} with me on {interviewDate}. I found your view of {specific} most helpful, and it reinforced my belief that my strength in {strength} would serve the team.

I shall be in touch on {followUpDate}.

Best regards,
{myName}
`,
    },
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
