import { message } from '../template';

/**
 * R5.8: who the user is (the blurb), "do you have everything you need from me?", then the
 * questions: still a candidate, second round chosen, timeframe changed, next step still the
 * same, may I check back and when. After the decision date: mention their timeframe and ask
 * where things stand — never ask why they have not answered.
 */
export const checkInTemplates = [
  message(
    'check_in',
    'email',
    { tone: 'warm', stage: 'before_decision' },
    'Checking in: {role}',
    `
Hi {firstName},

I hope your week is going well. I’m writing to check in on the {role} role we talked about on {interviewDate}.

In case it helps to place me: {blurb?}

Is there anything else you need from me, such as references or examples of my work?

I’d also love to know whether your timeframe is still the same.
Is the next step still {nextStep?}?

Is there a good time for me to check back with you?

Best,
{signature}
`,
  ),
  message(
    'check_in',
    'email',
    { tone: 'formal', stage: 'before_decision' },
    'Following up: {role} position',
    `
Dear {fullName},

I am writing to follow up on our conversation of {interviewDate} about the {role} position at {company}.

As a reminder: {blurb?}

Please let me know if you need anything further from me, such as references or samples of my work.

I would also be grateful to know whether the timeframe for your decision is unchanged.
Is the next step still {nextStep?}?

May I check back with you, and if so, when would suit you?

Kind regards,
{signature}
`,
  ),
  message(
    'check_in',
    'email',
    { tone: 'warm', stage: 'after_decision' },
    'Checking in: {role}',
    `
Hi {firstName},

I hope all is well. When we spoke on {interviewDate}, you mentioned you hoped to decide on the {role} role by {decisionDate}, so I wanted to ask where things stand.

In case it helps to place me: {blurb?}

I’m still very interested, and happy to send anything else you need from me.

Is there a good time for me to check back with you?

Best,
{signature}
`,
  ),
  message(
    'check_in',
    'email',
    { tone: 'formal', stage: 'after_decision' },
    'Following up: {role} position',
    `
Dear {fullName},

When we met on {interviewDate}, you mentioned that you expected to reach a decision on the {role} position by {decisionDate}. I am writing to ask where the process now stands.

As a reminder: {blurb?}

I remain very interested in joining {company}, and I would be glad to provide anything further you need from me.

May I check back with you, and if so, when would suit you?

Kind regards,
{signature}
`,
  ),
  message(
    'check_in',
    'linkedin',
    { tone: 'warm', stage: 'before_decision' },
    null,
    `
Hi {firstName}, I hope you’re well! I’m checking in on the {role} role we discussed on {interviewDate}. Is there anything else you need from me? And is there a good time for me to check back?

{myName}
`,
  ),
  message(
    'check_in',
    'linkedin',
    { tone: 'formal', stage: 'before_decision' },
    null,
    `
Dear {fullName}, I am following up on our conversation of {interviewDate} about the {role} position. Please let me know if you need anything further from me, and when it would suit you for me to check back.

Kind regards,
{myName}
`,
  ),
  message(
    'check_in',
    'linkedin',
    { tone: 'warm', stage: 'after_decision' },
    null,
    `
Hi {firstName}, I hope you’re well! You mentioned you hoped to decide on the {role} role by {decisionDate}, so I wanted to ask where things stand. I’m still very interested, and happy to send anything you need.

{myName}
`,
  ),
  message(
    'check_in',
    'linkedin',
    { tone: 'formal', stage: 'after_decision' },
    null,
    `
Dear {fullName}, you mentioned that you expected to decide on the {role} position by {decisionDate}. May I ask where the process now stands? I remain very interested and would be glad to provide anything further.

Kind regards,
{myName}
`,
  ),
  message(
    'check_in',
    'phone',
    { tone: 'warm', stage: 'before_decision' },
    null,
    `
Hi {firstName}, it’s {myName}. We spoke on {interviewDate} about the {role} role.
{blurb}
Have you got a couple of minutes?
[pause]
Do you have everything you need from me?
Then, as time allows:
- Am I still in the running for the role?
- Have you picked the candidates for the second round yet?
- Has your timeframe changed at all?
- Is the next step still {nextStep?}?
- May I check back with you, and when would suit you?
[after the call: the date they give becomes your next check-in]
Thanks so much, {firstName}. Talk soon!
`,
  ),
  message(
    'check_in',
    'phone',
    { tone: 'formal', stage: 'before_decision' },
    null,
    `
Hello {fullName}, this is {myName}. We met on {interviewDate} regarding the {role} position.
{blurb}
Is this a convenient moment?
[pause]
Do you have everything you need from me?
Then, as time allows:
- Am I still under consideration for the position?
- Have the candidates for the second round been selected?
- Has the timeframe for your decision changed?
- Is the next step still {nextStep?}?
- May I check back with you, and when would be convenient?
[after the call: the date they give becomes your next check-in]
Thank you for your time.
`,
  ),
  message(
    'check_in',
    'phone',
    { tone: 'warm', stage: 'after_decision' },
    null,
    `
Hi {firstName}, it’s {myName}. We spoke on {interviewDate} about the {role} role.
{blurb}
Have you got a couple of minutes?
[pause]
You mentioned you hoped to decide by {decisionDate}, so I wanted to ask where things stand.
Do you have everything you need from me?
Then, as time allows:
- Am I still in the running for the role?
- Is the next step still {nextStep?}?
- May I check back with you, and when would suit you?
[after the call: the date they give becomes your next check-in]
Thanks so much, {firstName}. Talk soon!
`,
  ),
  message(
    'check_in',
    'phone',
    { tone: 'formal', stage: 'after_decision' },
    null,
    `
Hello {fullName}, this is {myName}. We met on {interviewDate} regarding the {role} position.
{blurb}
Is this a convenient moment?
[pause]
You mentioned that you expected to decide by {decisionDate}. May I ask where the process now stands?
Do you have everything you need from me?
Then, as time allows:
- Am I still under consideration for the position?
- Is the next step still {nextStep?}?
- May I check back with you, and when would be convenient?
[after the call: the date they give becomes your next check-in]
Thank you for your time.
`,
  ),
  message(
    'check_in',
    'voicemail',
    { tone: 'warm', stage: 'before_decision' },
    null,
    `
Hi {firstName}, it’s {myName}, calling about the {role} role. {blurb} I’m checking in to see if you need anything else from me. You can reach me on {myPhone}. That’s {myPhone}. Thanks!
`,
  ),
  message(
    'check_in',
    'voicemail',
    { tone: 'formal', stage: 'before_decision' },
    null,
    `
Hello {fullName}, this is {myName}, regarding the {role} position. {blurb} I am calling to follow up and to ask whether you need anything further from me. My number is {myPhone}; again, {myPhone}. Thank you.
`,
  ),
  message(
    'check_in',
    'voicemail',
    { tone: 'warm', stage: 'after_decision' },
    null,
    `
Hi {firstName}, it’s {myName}, calling about the {role} role. {blurb} You mentioned you hoped to decide by {decisionDate}, so I’m checking in on where things stand. You can reach me on {myPhone}. That’s {myPhone}. Thanks!
`,
  ),
  message(
    'check_in',
    'voicemail',
    { tone: 'formal', stage: 'after_decision' },
    null,
    `
Hello {fullName}, this is {myName}, regarding the {role} position. {blurb} You mentioned a decision by {decisionDate}, and I am calling to ask where the process stands. My number is {myPhone}; again, {myPhone}. Thank you.
`,
  ),
];
