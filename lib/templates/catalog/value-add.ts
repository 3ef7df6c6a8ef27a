import { message } from '../template';

/**
 * R3: a call the interviewer agreed to. The script opens with the prep the user reads
 * before dialling: three or four questions, and one problem they described with how the
 * user solved something similar, and the result.
 */
export const valueAddTemplates = [
  message(
    'value_add_call',
    'phone',
    {},
    null,
    `
[before you dial: prep, not to read out]
- The problem {firstName} described: {problem}
- What you did about something similar, and the result: {solution}
Questions to ask:
- What would a great first three months look like in this role?
- What is getting in the way of solving that problem today?
- How will you know this hire was a success?
- {openQuestions?}
[then the call]
Hi {firstName}, it’s {myName}. We met on {interviewDate} about the {role} role, and you said I could give you a call. Is now still a good time?
[pause]
I’ve been thinking about what you said about {problem}. I ran into something similar before: {solution}.
I’d love to hear how the team is approaching it.
[listen, then ask your questions]
Thank you, {firstName}. This was really helpful.
`,
  ),
  message(
    'value_add_call',
    'voicemail',
    {},
    null,
    `
Hi {firstName}, it’s {myName}, calling about the {role} role, as we agreed. {blurb} I had a thought about {problem} that I’d love to share. You can reach me on {myPhone}. That’s {myPhone}. Thanks!
`,
  ),
];
