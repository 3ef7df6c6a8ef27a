import { describe, expect, it } from 'vitest';
import type { EmailLabel } from '@/lib/detect/email';
import { threadVerdict } from '@/lib/detect/thread';

const employer = (label: EmailLabel, confidence = 0.9) => ({ label, confidence, fromUser: false });
const user = (label: EmailLabel) => ({ label, confidence: 0.9, fromUser: true });

describe('threadVerdict', () => {
  it.each([
    ['empty thread', [], null, null],
    ['only the user wrote', [user('interview_request')], null, null],
    ['one invitation', [employer('interview_request')], 'interview_request', 0],
    [
      'the latest employer message decides',
      [employer('interview_request'), employer('interview_scheduled')],
      'interview_scheduled',
      1,
    ],
    [
      "the user's own reply never decides",
      [employer('interview_request'), user('interview_scheduled')],
      'interview_request',
      0,
    ],
    [
      'a rejection after an invitation wins',
      [employer('interview_request'), employer('rejection')],
      'rejection',
      1,
    ],
    [
      'small talk after a rejection does not undo it',
      [employer('interview_scheduled'), employer('rejection'), user('other'), employer('status_update')],
      'rejection',
      1,
    ],
    ['an offer after a rejection replaces it', [employer('rejection'), employer('offer')], 'offer', 1],
    ['a thanks-only employer note is not news', [employer('assessment'), employer('other')], 'assessment', 0],
  ] as const)('%s', (_name, messages, label, index) => {
    const verdict = threadVerdict(messages);
    expect(verdict.label).toBe(label);
    expect(verdict.index).toBe(index);
  });

  it('carries the deciding message’s confidence', () => {
    expect(threadVerdict([employer('offer', 0.42)]).confidence).toBe(0.42);
  });
});
