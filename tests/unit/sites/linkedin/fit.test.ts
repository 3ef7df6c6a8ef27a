import { describe, expect, it } from 'vitest';
import { fitWithin } from '@/lib/sites/linkedin/features/writing';

describe('fitWithin: a note kept within LinkedIn’s limit', () => {
  it.each([
    ['leaves a short note alone', 'Hi Sam, glad to stay in touch.', 300, 'Hi Sam, glad to stay in touch.'],
    [
      'cuts at the last whole sentence that fits',
      'Hi Sam. Thanks for everything. More words here',
      32,
      'Hi Sam. Thanks for everything.',
    ],
    ['else at the last whole word', 'Hi Sam thanks for all the conversations', 20, 'Hi Sam thanks for'],
  ])('%s', (_name, text, limit, expected) => {
    const fitted = fitWithin(text, limit);
    expect(fitted).toBe(expected);
    expect(fitted.length).toBeLessThanOrEqual(limit);
  });
});
