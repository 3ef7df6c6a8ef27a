import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it } from 'vitest';
import { AfterviewError, call } from '@/lib/messaging/client';

function answerWith(reply: unknown) {
  fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(reply));
}

describe('call', () => {
  it('sends the envelope and returns the checked result', async () => {
    const seen: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      seen.push(message);
      return Promise.resolve({ ok: true, result: { pong: true, version: '0.1.0' } });
    });
    await expect(call('ping', {})).resolves.toEqual({ pong: true, version: '0.1.0' });
    expect(seen).toEqual([{ afterview: 1, method: 'ping', params: {} }]);
  });

  it('throws the typed error the background answered', async () => {
    answerWith({ ok: false, error: { code: 'forbidden', message: 'no' } });
    await expect(call('siteStatus', {})).rejects.toMatchObject({ code: 'forbidden', message: 'no' });
  });

  it.each([
    ['a malformed reply', { yes: 1 }, /Unexpected answer to ping/],
    ['a result of the wrong shape', { ok: true, result: { pong: 'yes' } }, /ping\.result\.pong/],
  ])('rejects %s', async (_name, reply, message) => {
    answerWith(reply);
    const error = await call('ping', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AfterviewError);
    expect((error as Error).message).toMatch(message);
  });
});
