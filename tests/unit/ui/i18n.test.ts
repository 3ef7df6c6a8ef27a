import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fill, t } from '@/lib/ui/i18n';
import { messages } from '@/lib/ui/strings';
import { catalogue, MESSAGES_FILE } from '@/scripts/messages';

describe('strings', () => {
  it('are all in the browser’s catalogue, which is current (npm run messages)', () => {
    expect(readFileSync(MESSAGES_FILE, 'utf8')).toBe(catalogue());
  });

  it('use keys the browser accepts', () => {
    for (const key of Object.keys(messages)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('fill $1… in order and fall back to English outside the extension', () => {
    expect(fill('Due $1 at $2', ['today', '5 pm'])).toBe('Due today at 5 pm');
    expect(t('loadFailed', 'disk full')).toBe('Afterview could not load its data: disk full');
  });
});
